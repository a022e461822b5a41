"""The readable copy of everything the agency holds about one person (PDPA section 30), put in
the access export beside its JSON and CSV files.

Plain data in (``AccessReport``: sections of rows of field/value pairs, values still typed, so
dates are written as the reader reads them, B.E. in Thai), PDF bytes out. The sections are the
tables the export found from the schema; a table this module has no title for is still printed,
under its own name, so a new table is never left out of the readable copy either.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from vocdesk.domain.clock import thai_time
from vocdesk.domain.enums import AuditAction, LifecycleStage, Sentiment
from vocdesk.domain.messages import QT_TRANSLATE_NOOP
from vocdesk.domain.pdpa.terms import ConsentPurpose, NoticePlace, RequestKind, RequestStatus
from vocdesk.domain.registry import LawfulBasis
from vocdesk.reports.document import PageFurniture, PdfMetadata, build_pdf
from vocdesk.reports.kit import DASH, Heading, Wording, gap, no_data, paragraph, styles
from vocdesk.reports.stakeholder_profile import LAWFUL_BASIS_LABELS, label
from vocdesk.reports.tables import thai_table

CONTEXT = "PdpaAccessReport"
MAX_VALUE = 600  # characters of a long value (an audit entry's changes) printed

# fmt: off
TABLE_TITLES: dict[str, str] = {
    "stakeholder": QT_TRANSLATE_NOOP("PdpaAccessReport", "Registry record"),
    "consent": QT_TRANSLATE_NOOP("PdpaAccessReport", "Consents"),
    "privacy_notice_shown": QT_TRANSLATE_NOOP("PdpaAccessReport", "Privacy notices shown"),
    "data_subject_request": QT_TRANSLATE_NOOP("PdpaAccessReport", "Requests of the data subject"),
    "feedback_entry": QT_TRANSLATE_NOOP("PdpaAccessReport", "Feedback"),
    "complaint": QT_TRANSLATE_NOOP("PdpaAccessReport", "Complaints"),
    "complaint_status_change": QT_TRANSLATE_NOOP("PdpaAccessReport", "Complaint history"),
    "complaint_attachment": QT_TRANSLATE_NOOP("PdpaAccessReport", "Attachments"),
    "complaint_access": QT_TRANSLATE_NOOP("PdpaAccessReport", "Who may read a confidential complaint"),
    "survey_response": QT_TRANSLATE_NOOP("PdpaAccessReport", "Survey responses"),
    "survey_answer": QT_TRANSLATE_NOOP("PdpaAccessReport", "Survey answers"),
    "activity": QT_TRANSLATE_NOOP("PdpaAccessReport", "Activities"),
    "activity_participant": QT_TRANSLATE_NOOP("PdpaAccessReport", "Activities taken part in"),
    "reminder": QT_TRANSLATE_NOOP("PdpaAccessReport", "Reminders"),
    "improvement_complaint": QT_TRANSLATE_NOOP("PdpaAccessReport", "Improvements from complaints"),
    "improvement_feedback": QT_TRANSLATE_NOOP("PdpaAccessReport", "Improvements from feedback"),
    "audit_entry": QT_TRANSLATE_NOOP("PdpaAccessReport", "Audit trail: who saw and changed these records"),
}
FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("PdpaAccessReport", "Name"),
    "organisation": QT_TRANSLATE_NOOP("PdpaAccessReport", "Organisation"),
    "national_id": QT_TRANSLATE_NOOP("PdpaAccessReport", "National ID"),
    "phone": QT_TRANSLATE_NOOP("PdpaAccessReport", "Phone"),
    "phone2": QT_TRANSLATE_NOOP("PdpaAccessReport", "Second phone"),
    "email": QT_TRANSLATE_NOOP("PdpaAccessReport", "E-mail"),
    "line_id": QT_TRANSLATE_NOOP("PdpaAccessReport", "LINE ID"),
    "address": QT_TRANSLATE_NOOP("PdpaAccessReport", "Address"),
    "province": QT_TRANSLATE_NOOP("PdpaAccessReport", "Province"),
    "district": QT_TRANSLATE_NOOP("PdpaAccessReport", "District"),
    "kind": QT_TRANSLATE_NOOP("PdpaAccessReport", "Kind"),
    "status": QT_TRANSLATE_NOOP("PdpaAccessReport", "Status"),
    "segment_id": QT_TRANSLATE_NOOP("PdpaAccessReport", "Segment"),
    "preferred_channel_id": QT_TRANSLATE_NOOP("PdpaAccessReport", "Preferred channel"),
    "channel_id": QT_TRANSLATE_NOOP("PdpaAccessReport", "Channel"),
    "given_channel_id": QT_TRANSLATE_NOOP("PdpaAccessReport", "Given through"),
    "withdrawn_channel_id": QT_TRANSLATE_NOOP("PdpaAccessReport", "Withdrawn through"),
    "notify_channel_id": QT_TRANSLATE_NOOP("PdpaAccessReport", "Result notified through"),
    "service_id": QT_TRANSLATE_NOOP("PdpaAccessReport", "Service"),
    "office_id": QT_TRANSLATE_NOOP("PdpaAccessReport", "Office"),
    "category_id": QT_TRANSLATE_NOOP("PdpaAccessReport", "Category"),
    "survey_id": QT_TRANSLATE_NOOP("PdpaAccessReport", "Survey"),
    "question_id": QT_TRANSLATE_NOOP("PdpaAccessReport", "Question"),
    "notice_id": QT_TRANSLATE_NOOP("PdpaAccessReport", "Privacy notice"),
    "tags": QT_TRANSLATE_NOOP("PdpaAccessReport", "Tags"),
    "notes": QT_TRANSLATE_NOOP("PdpaAccessReport", "Notes"),
    "note": QT_TRANSLATE_NOOP("PdpaAccessReport", "Note"),
    "lawful_basis": QT_TRANSLATE_NOOP("PdpaAccessReport", "Lawful basis"),
    "restricted": QT_TRANSLATE_NOOP("PdpaAccessReport", "Processing restricted"),
    "sensitive": QT_TRANSLATE_NOOP("PdpaAccessReport", "Sensitive data"),
    "retention_until": QT_TRANSLATE_NOOP("PdpaAccessReport", "Kept until"),
    "created_at": QT_TRANSLATE_NOOP("PdpaAccessReport", "Recorded"),
    "received_at": QT_TRANSLATE_NOOP("PdpaAccessReport", "Received"),
    "received_on": QT_TRANSLATE_NOOP("PdpaAccessReport", "Received"),
    "number": QT_TRANSLATE_NOOP("PdpaAccessReport", "Number"),
    "type": QT_TRANSLATE_NOOP("PdpaAccessReport", "Type"),
    "text": QT_TRANSLATE_NOOP("PdpaAccessReport", "Text"),
    "subject": QT_TRANSLATE_NOOP("PdpaAccessReport", "Subject"),
    "details": QT_TRANSLATE_NOOP("PdpaAccessReport", "Details"),
    "resolution": QT_TRANSLATE_NOOP("PdpaAccessReport", "Resolution"),
    "assigned_to": QT_TRANSLATE_NOOP("PdpaAccessReport", "Assigned to"),
    "due_on": QT_TRANSLATE_NOOP("PdpaAccessReport", "Due"),
    "closed_at": QT_TRANSLATE_NOOP("PdpaAccessReport", "Closed"),
    "closed_on": QT_TRANSLATE_NOOP("PdpaAccessReport", "Closed"),
    "complainant_name": QT_TRANSLATE_NOOP("PdpaAccessReport", "Complainant"),
    "complainant_contact": QT_TRANSLATE_NOOP("PdpaAccessReport", "Complainant's contact"),
    "purpose": QT_TRANSLATE_NOOP("PdpaAccessReport", "Purpose"),
    "given_on": QT_TRANSLATE_NOOP("PdpaAccessReport", "Given on"),
    "withdrawn_on": QT_TRANSLATE_NOOP("PdpaAccessReport", "Withdrawn on"),
    "shown_at": QT_TRANSLATE_NOOP("PdpaAccessReport", "Shown"),
    "place": QT_TRANSLATE_NOOP("PdpaAccessReport", "Where"),
    "requester": QT_TRANSLATE_NOOP("PdpaAccessReport", "Requester"),
    "officer": QT_TRANSLATE_NOOP("PdpaAccessReport", "Officer"),
    "outcome": QT_TRANSLATE_NOOP("PdpaAccessReport", "Outcome"),
    "submitted_on": QT_TRANSLATE_NOOP("PdpaAccessReport", "Submitted"),
    "comment": QT_TRANSLATE_NOOP("PdpaAccessReport", "Comment"),
    "value": QT_TRANSLATE_NOOP("PdpaAccessReport", "Answer"),
    "occurred_at": QT_TRANSLATE_NOOP("PdpaAccessReport", "When"),
    "staff": QT_TRANSLATE_NOOP("PdpaAccessReport", "Staff"),
    "file_name": QT_TRANSLATE_NOOP("PdpaAccessReport", "File"),
    "file": QT_TRANSLATE_NOOP("PdpaAccessReport", "In the export"),
    "at": QT_TRANSLATE_NOOP("PdpaAccessReport", "When"),
    "user": QT_TRANSLATE_NOOP("PdpaAccessReport", "By"),
    "action": QT_TRANSLATE_NOOP("PdpaAccessReport", "Action"),
    "entity": QT_TRANSLATE_NOOP("PdpaAccessReport", "Record"),
    "changes": QT_TRANSLATE_NOOP("PdpaAccessReport", "What changed"),
    "changed_at": QT_TRANSLATE_NOOP("PdpaAccessReport", "When"),
    "changed_by": QT_TRANSLATE_NOOP("PdpaAccessReport", "By"),
    "from_status": QT_TRANSLATE_NOOP("PdpaAccessReport", "From"),
    "to_status": QT_TRANSLATE_NOOP("PdpaAccessReport", "To"),
    "user_name": QT_TRANSLATE_NOOP("PdpaAccessReport", "Account"),
    "party_type": QT_TRANSLATE_NOOP("PdpaAccessReport", "Person or organisation"),
    "external_ref": QT_TRANSLATE_NOOP("PdpaAccessReport", "Reference"),
    "reference": QT_TRANSLATE_NOOP("PdpaAccessReport", "Reference"),
    "relationship_officer": QT_TRANSLATE_NOOP("PdpaAccessReport", "Relationship officer"),
    "contact_every_months": QT_TRANSLATE_NOOP("PdpaAccessReport", "Contact every (months)"),
    "consent_follow_up": QT_TRANSLATE_NOOP("PdpaAccessReport", "Consent to follow-up surveys"),
    "consent_date": QT_TRANSLATE_NOOP("PdpaAccessReport", "Consent given on"),
    "restricted_on": QT_TRANSLATE_NOOP("PdpaAccessReport", "Restricted on"),
    "anonymised_at": QT_TRANSLATE_NOOP("PdpaAccessReport", "Anonymised"),
    "archived": QT_TRANSLATE_NOOP("PdpaAccessReport", "Archived"),
    "archived_at": QT_TRANSLATE_NOOP("PdpaAccessReport", "Archived on"),
    "stage": QT_TRANSLATE_NOOP("PdpaAccessReport", "Stage of the service"),
    "sentiment": QT_TRANSLATE_NOOP("PdpaAccessReport", "Sentiment"),
    "follow_up_on": QT_TRANSLATE_NOOP("PdpaAccessReport", "Follow up on"),
    "done_on": QT_TRANSLATE_NOOP("PdpaAccessReport", "Done on"),
    "source": QT_TRANSLATE_NOOP("PdpaAccessReport", "Source"),
    "priority": QT_TRANSLATE_NOOP("PdpaAccessReport", "Priority"),
    "confidential": QT_TRANSLATE_NOOP("PdpaAccessReport", "Confidential"),
    "anonymous": QT_TRANSLATE_NOOP("PdpaAccessReport", "Anonymous"),
    "acknowledged_at": QT_TRANSLATE_NOOP("PdpaAccessReport", "Acknowledged"),
    "first_response_at": QT_TRANSLATE_NOOP("PdpaAccessReport", "First response"),
    "resolved_at": QT_TRANSLATE_NOOP("PdpaAccessReport", "Resolved"),
    "notified_at": QT_TRANSLATE_NOOP("PdpaAccessReport", "Result notified"),
    "follow_up_score": QT_TRANSLATE_NOOP("PdpaAccessReport", "Satisfaction at follow-up"),
    "follow_up_comment": QT_TRANSLATE_NOOP("PdpaAccessReport", "Comment at follow-up"),
    "form_number": QT_TRANSLATE_NOOP("PdpaAccessReport", "Form number"),
    "importance": QT_TRANSLATE_NOOP("PdpaAccessReport", "Importance"),
    "no_opinion": QT_TRANSLATE_NOOP("PdpaAccessReport", "No opinion"),
    "media_type": QT_TRANSLATE_NOOP("PdpaAccessReport", "File type"),
    "size": QT_TRANSLATE_NOOP("PdpaAccessReport", "Size (bytes)"),
    "added_by": QT_TRANSLATE_NOOP("PdpaAccessReport", "Added by"),
    "shown_by": QT_TRANSLATE_NOOP("PdpaAccessReport", "Shown by"),
    "recorded_by": QT_TRANSLATE_NOOP("PdpaAccessReport", "Recorded by"),
    "forwarded_agency": QT_TRANSLATE_NOOP("PdpaAccessReport", "Forwarded to"),
    "forwarded_on": QT_TRANSLATE_NOOP("PdpaAccessReport", "Forwarded on"),
    "corrective_action": QT_TRANSLATE_NOOP("PdpaAccessReport", "Corrective action"),
    "trust_restored": QT_TRANSLATE_NOOP("PdpaAccessReport", "Trust restored"),
    "reopen_count": QT_TRANSLATE_NOOP("PdpaAccessReport", "Times reopened"),
    "unit": QT_TRANSLATE_NOOP("PdpaAccessReport", "Unit"),
    "root_cause_id": QT_TRANSLATE_NOOP("PdpaAccessReport", "Root cause"),
}
# The window's labels of the enums the profile report does not name (ui/labels.py, in the
# enum's own context, so the .ts translates them once).
EXTRA_LABELS: list[tuple[StrEnum, tuple[str, str]]] = [
    (LifecycleStage.BEFORE, ("LifecycleStage", QT_TRANSLATE_NOOP("LifecycleStage", "Before the service"))),
    (LifecycleStage.DURING, ("LifecycleStage", QT_TRANSLATE_NOOP("LifecycleStage", "During the service"))),
    (LifecycleStage.AFTER, ("LifecycleStage", QT_TRANSLATE_NOOP("LifecycleStage", "After the service"))),
    (Sentiment.POSITIVE, ("Sentiment", QT_TRANSLATE_NOOP("Sentiment", "Positive"))),
    (Sentiment.NEUTRAL, ("Sentiment", QT_TRANSLATE_NOOP("Sentiment", "Neutral"))),
    (Sentiment.NEGATIVE, ("Sentiment", QT_TRANSLATE_NOOP("Sentiment", "Negative"))),
    (AuditAction.CREATE, ("AuditAction", QT_TRANSLATE_NOOP("AuditAction", "Created"))),
    (AuditAction.UPDATE, ("AuditAction", QT_TRANSLATE_NOOP("AuditAction", "Changed"))),
    (AuditAction.DELETE, ("AuditAction", QT_TRANSLATE_NOOP("AuditAction", "Deleted"))),
    (AuditAction.MERGE, ("AuditAction", QT_TRANSLATE_NOOP("AuditAction", "Merged"))),
    (AuditAction.ARCHIVE, ("AuditAction", QT_TRANSLATE_NOOP("AuditAction", "Archived"))),
    (AuditAction.EXPORT, ("AuditAction", QT_TRANSLATE_NOOP("AuditAction", "Exported"))),
    (AuditAction.PRINT, ("AuditAction", QT_TRANSLATE_NOOP("AuditAction", "Printed"))),
    (AuditAction.VIEW, ("AuditAction", QT_TRANSLATE_NOOP("AuditAction", "Personal data shown"))),
    (AuditAction.ANONYMISE, ("AuditAction", QT_TRANSLATE_NOOP("AuditAction", "Anonymised"))),
    (ConsentPurpose.SERVICE, ("ConsentPurpose", QT_TRANSLATE_NOOP("ConsentPurpose", "Contact about the service"))),
    (ConsentPurpose.FOLLOW_UP_SURVEY, ("ConsentPurpose", QT_TRANSLATE_NOOP("ConsentPurpose", "Follow-up surveys"))),
    (ConsentPurpose.NEWS, ("ConsentPurpose", QT_TRANSLATE_NOOP("ConsentPurpose", "News from the agency"))),
    (NoticePlace.STAKEHOLDER_FORM, ("NoticePlace", QT_TRANSLATE_NOOP("NoticePlace", "Registry form"))),
    (NoticePlace.QUICK_ENTRY, ("NoticePlace", QT_TRANSLATE_NOOP("NoticePlace", "Quick entry"))),
    (NoticePlace.COMPLAINT_FORM, ("NoticePlace", QT_TRANSLATE_NOOP("NoticePlace", "Complaint form"))),
    (NoticePlace.QUESTIONNAIRE, ("NoticePlace", QT_TRANSLATE_NOOP("NoticePlace", "Paper questionnaire"))),
    (RequestKind.ACCESS, ("RequestKind", QT_TRANSLATE_NOOP("RequestKind", "Access"))),
    (RequestKind.PORTABILITY, ("RequestKind", QT_TRANSLATE_NOOP("RequestKind", "Portability"))),
    (RequestKind.CORRECTION, ("RequestKind", QT_TRANSLATE_NOOP("RequestKind", "Correction"))),
    (RequestKind.OBJECTION, ("RequestKind", QT_TRANSLATE_NOOP("RequestKind", "Objection"))),
    (RequestKind.RESTRICTION, ("RequestKind", QT_TRANSLATE_NOOP("RequestKind", "Restriction"))),
    (RequestKind.ERASURE, ("RequestKind", QT_TRANSLATE_NOOP("RequestKind", "Erasure"))),
    (RequestKind.WITHDRAW_CONSENT, ("RequestKind", QT_TRANSLATE_NOOP("RequestKind", "Consent withdrawn"))),
    (RequestStatus.OPEN, ("RequestStatus", QT_TRANSLATE_NOOP("RequestStatus", "Open"))),
    (RequestStatus.DONE, ("RequestStatus", QT_TRANSLATE_NOOP("RequestStatus", "Answered"))),
    (RequestStatus.REFUSED, ("RequestStatus", QT_TRANSLATE_NOOP("RequestStatus", "Refused"))),
]
EXTRA_ENUM_LABELS: dict[tuple[type, str], tuple[str, str]] = {
    (type(value), value.value): texts for value, texts in EXTRA_LABELS
}
# fmt: on


@dataclass(frozen=True)
class AccessSection:
    table: str  # the table's name (its title from TABLE_TITLES)
    rows: tuple[tuple[tuple[str, Any], ...], ...]  # each row: (column, value) pairs, typed


@dataclass(frozen=True)
class AccessReport:
    name: str
    national_id: str
    made_on: date
    sections: tuple[AccessSection, ...]
    files: int = 0  # attachments written beside the report


def build_access_report(
    data: AccessReport, words: Wording, furniture: PageFurniture, metadata: PdfMetadata
) -> bytes:
    return build_pdf(lambda: _story(data, words), furniture, metadata)


def _t(words: Wording, text: str, **params: Any) -> str:
    return words.say(CONTEXT, text, **params)


def table_title(words: Wording, table: str) -> str:
    found = TABLE_TITLES.get(table)
    return _t(words, found) if found else table.replace("_", " ")


def _story(data: AccessReport, words: Wording) -> list[Flowable]:
    kit = styles()
    story: list[Flowable] = [
        paragraph(
            _t(
                words,
                QT_TRANSLATE_NOOP("PdpaAccessReport", "Personal data held about {name}"),
                name=data.name,
            ),
            kit.title,
        ),  # fmt: skip
        paragraph(
            _t(
                words,
                QT_TRANSLATE_NOOP(
                    "PdpaAccessReport",
                    "This copy lists every record of the agency that refers to the person, made on {day} at their request under sections 30 and 31 of the Personal Data Protection Act B.E. 2562. The same data is in person.json and in one CSV file per table, with the attached files, in the same export.",
                ),
                day=words.date(data.made_on),
            )
        ),  # fmt: skip
    ]
    summary = [
        (table_title(words, section.table), words.number(len(section.rows)))
        for section in data.sections
    ]
    story.append(Heading(_t(words, QT_TRANSLATE_NOOP("PdpaAccessReport", "Contents")), 0))
    header = (_t(words, QT_TRANSLATE_NOOP("PdpaAccessReport", "Records")),
              _t(words, QT_TRANSLATE_NOOP("PdpaAccessReport", "Count")))  # fmt: skip
    table = thai_table(header, summary, (130 * mm, 30 * mm), kit.table_header, kit.table_body)
    table.hAlign = "LEFT"
    story.append(table)
    for section in data.sections:
        story.append(Heading(table_title(words, section.table), 0))
        if not section.rows:
            story.append(no_data(_t(words, QT_TRANSLATE_NOOP("PdpaAccessReport", "None."))))
            continue
        for index, row in enumerate(section.rows, start=1):
            if len(section.rows) > 1:
                story.append(paragraph(f"{words.number(index)}.", kit.bold))
            story.append(_pairs(row, words))
            story.append(gap(4))
    return story


def _pairs(row: Sequence[tuple[str, Any]], words: Wording) -> Flowable:
    """A record as item/value rows; empty fields left out (person.json holds every one)."""
    kit = styles()
    rows = [
        (field_label(words, column), _field_value(words, column, value))
        for column, value in row
        if value is not None and value != "" and value != []
    ]
    header = (_t(words, QT_TRANSLATE_NOOP("PdpaAccessReport", "Item")),
              _t(words, QT_TRANSLATE_NOOP("PdpaAccessReport", "Value")))  # fmt: skip
    table = thai_table(header, rows, (50 * mm, 124 * mm), kit.table_header, kit.table_body)
    table.hAlign = "LEFT"
    return table


def _field_value(words: Wording, column: str, value: Any) -> str:
    if column == "lawful_basis":
        try:
            basis = LawfulBasis(value)
        except ValueError:
            return str(value)
        return words.say("StakeholderForm", LAWFUL_BASIS_LABELS[basis])
    if column == "entity" and isinstance(value, str):
        return table_title(words, value)
    return value_text(words, value)


def field_label(words: Wording, column: str) -> str:
    found = FIELD_LABELS.get(column)
    if found:
        return _t(words, found)
    return column.removesuffix("_id").replace("_", " ")


def value_text(words: Wording, value: Any) -> str:
    if value is None or value == "" or value == []:
        return DASH
    if isinstance(value, bool):
        if value:
            return _t(words, QT_TRANSLATE_NOOP("PdpaAccessReport", "Yes"))
        return _t(words, QT_TRANSLATE_NOOP("PdpaAccessReport", "No"))
    if isinstance(value, datetime):
        return words.moment(thai_time(value))
    if isinstance(value, date):
        return words.date(value)
    if isinstance(value, StrEnum):
        extra = EXTRA_ENUM_LABELS.get((type(value), value.value))
        return words.say(*extra) if extra else label(words, value)
    if isinstance(value, int | float):
        return words.number(value, 0 if isinstance(value, int) else 2)
    if isinstance(value, dict | list):
        text = json.dumps(value, ensure_ascii=False)
    else:
        text = str(value)
    return text if len(text) <= MAX_VALUE else text[:MAX_VALUE] + "…"
