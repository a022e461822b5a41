"""The closed vocabularies of the five areas. Values are stored in the database: never rename one.

Each enum's member labels for the UI live in ``vocdesk.ui.labels`` (translated there); the
English and Thai words follow DESIGN.md §3.
"""

from __future__ import annotations

from enum import StrEnum


class SegmentKind(StrEnum):
    SERVICE_RECIPIENT = "service_recipient"
    STAKEHOLDER = "stakeholder"


class Priority(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class StakeholderKind(StrEnum):
    SERVICE_RECIPIENT = "service_recipient"
    STAKEHOLDER = "stakeholder"
    PARTNER = "partner"
    COMPARATOR = "comparator"


class PartyType(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"


class StakeholderStatus(StrEnum):
    CURRENT = "current"
    POTENTIAL = "potential"
    FORMER = "former"


class LifecycleStage(StrEnum):
    BEFORE = "before"
    DURING = "during"
    AFTER = "after"


class FeedbackType(StrEnum):
    NEED = "need"
    EXPECTATION = "expectation"
    SUGGESTION = "suggestion"
    COMPLIMENT = "compliment"
    INQUIRY = "inquiry"
    COMPLAINT = "complaint"
    OTHER = "other"


class Sentiment(StrEnum):
    POSITIVE = "positive"
    NEUTRAL = "neutral"
    NEGATIVE = "negative"


class SurveyKind(StrEnum):
    SATISFACTION = "satisfaction"
    ENGAGEMENT = "engagement"
    DISSATISFACTION = "dissatisfaction"


class ComplaintStatus(StrEnum):
    RECEIVED = "received"
    SCREENING = "screening"
    IN_PROGRESS = "in_progress"
    FORWARDED = "forwarded"
    CO_HANDLED = "co_handled"
    WAITING = "waiting"
    RESOLVED = "resolved"
    CLOSED = "closed"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    REOPENED = "reopened"


class ActivityKind(StrEnum):
    MEETING = "meeting"
    CALL = "call"
    VISIT = "visit"
    EMAIL = "email"
    EVENT = "event"
    NOTE = "note"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    MERGE = "merge"
    ARCHIVE = "archive"
