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
    OTHER = "other"


class SurveyMethod(StrEnum):
    """How the answers were collected."""

    PAPER = "paper"
    FACE_TO_FACE = "face_to_face"
    PHONE = "phone"
    ONLINE = "online"


class QuestionType(StrEnum):
    """The kinds of survey question; the values are the structure workbook's ``type`` column."""

    RATING = "rating"  # a scale of ``points`` levels
    IMPORTANCE = "importance"  # importance and satisfaction, both on the scale
    NPS = "nps"  # 0-10: how likely to recommend
    SINGLE = "single"  # one of the choices
    MULTIPLE = "multiple"  # any of the choices
    NUMBER = "number"
    TEXT = "text"
    PROFILE = "profile"  # about the respondent: places the response in a segment


class ProfileField(StrEnum):
    """What a respondent-profile question asks."""

    RESPONDENT_KIND = "respondent_kind"
    SEGMENT = "segment"
    SEX = "sex"
    AGE_BAND = "age_band"
    EDUCATION = "education"
    OCCUPATION = "occupation"


class BandConvention(StrEnum):
    """How a mean is read as a Thai interpretation band (DESIGN.md §4)."""

    EQUAL_WIDTH = "equal_width"  # 5-point: 1.00-1.80, 1.81-2.60, ... 4.21-5.00
    ROUNDING = "rounding"  # 5-point: 1.00-1.50, 1.51-2.50, ... 4.51-5.00


class BenchmarkScale(StrEnum):
    """The scale a comparator's published value is on."""

    FOUR_POINT = "four_point"
    FIVE_POINT = "five_point"
    PERCENT = "percent"


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
    LETTER = "letter"
    TRAINING = "training"
    AGREEMENT = "agreement"  # e.g. a memorandum of understanding (MOU)
    SOCIAL_MEDIA = "social_media"


class ReminderSource(StrEnum):
    """Why a reminder to get in touch exists."""

    ACTIVITY = "activity"  # an activity's follow-up date
    COMPLAINT = "complaint"  # a complaint's follow-up date
    CONTACT_INTERVAL = "contact_interval"  # the stakeholder is due a contact by the interval
    MANUAL = "manual"


class ReminderStatus(StrEnum):
    OPEN = "open"
    DONE = "done"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    MERGE = "merge"
    ARCHIVE = "archive"
    # Issue 16: what is not a change of a record, kept in the same trail.
    SIGN_IN = "sign_in"
    SIGN_IN_FAILED = "sign_in_failed"
    SIGN_OUT = "sign_out"
    PASSWORD = "password"  # a password set, changed or reset (never the password itself)
    PERMISSION = "permission"  # a role, a grant or an account's state changed
    TOKEN = "token"  # an access token issued or revoked
    EXPORT = "export"
    PRINT = "print"
    RESTORE = "restore"
    # Issue 19: personal data shown or exported unmasked, and a person's data anonymised.
    VIEW = "view"
    ANONYMISE = "anonymise"
