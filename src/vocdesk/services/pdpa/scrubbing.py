"""What anonymisation changes in each kind of record, inside the caller's transaction.

Which columns of a record are free text that may name a person is declared here once per table
(``FREE_TEXT``); ``KEPT_TEXT`` names the text columns that are left as they are (codes, numbers,
the agency's own staff). A test walks every table that points at a stakeholder, and the tables
hanging on their records, and fails when a text column is in neither: a new table or column
cannot be forgotten.

The audit trail's entries of a record carry its values before and after each change; they are
scrubbed with the same rules (``scrub_audit``), and entries about other records that still hold
one of the person's identifiers are found by searching the stored JSON for them.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import Table, Text, cast, delete, func, or_, select
from sqlalchemy.orm import Session

from vocdesk.db.models import (
    Activity,
    AuditEntry,
    Complaint,
    ComplaintAttachment,
    ComplaintStatusChange,
    FeedbackEntry,
    Reminder,
    Stakeholder,
    SurveyAnswer,
    SurveyResponse,
)
from vocdesk.domain.enums import AuditAction
from vocdesk.domain.messages import UserError
from vocdesk.domain.pdpa.scrub import PersonTraces, Scrubber, strip_title
from vocdesk.domain.phone import PhoneKind, normalise_phone
from vocdesk.domain.registry import name_key
from vocdesk.domain.thai_id import format_national_id, normalise_national_id

# Free text that may name someone, per table: scrubbed. ``stakeholder`` is replaced, not scrubbed.
FREE_TEXT: dict[str, tuple[str, ...]] = {
    "feedback_entry": ("text",),
    "complaint": ("subject", "details", "resolution", "corrective_action", "follow_up_comment",
                  "complainant_name", "complainant_contact"),
    "complaint_status_change": ("note",),
    "activity": ("subject", "notes", "outcome"),
    "reminder": ("note",),
    "survey_response": ("comment",),
    "survey_answer": ("text",),
    "data_subject_request": ("requester", "details", "outcome"),
    "consent": ("note",),
}  # fmt: skip
# Text columns left as they are: codes and numbers, the agency's own people, enumerations.
KEPT_TEXT: dict[str, tuple[str, ...]] = {
    "feedback_entry": ("stage", "type", "sentiment", "staff", "reference", "status"),
    "complaint": ("number", "province", "district", "priority", "status", "assigned_to", "unit",
                  "forwarded_agency", "forwarded_reference"),
    "complaint_status_change": ("changed_by", "from_status", "to_status"),
    "complaint_attachment": ("file_name", "media_type", "added_by"),  # the files are removed
    "complaint_access": ("user_name",),
    "activity": ("kind", "stage", "staff"),
    "reminder": ("assigned_to", "source", "status"),
    "survey_response": ("form_number", "scores", "importances"),
    "data_subject_request": ("kind", "officer", "status"),
    "consent": ("purpose", "recorded_by"),
    "privacy_notice_shown": ("place", "shown_by"),
}  # fmt: skip
# Office codes every travelling table carries (issue 20) and the complaint's numbering series.
EXCHANGE_COLUMNS = ("origin_office", "edited_office", "series")
# The complainant's own fields: emptied rather than scrubbed.
COMPLAINANT_FIELDS = ("complainant_name", "complainant_contact")


def traces_of(session: Session, person: Stakeholder) -> PersonTraces:
    """Everything that identifies ``person``: their values now, the values the audit trail says
    they had before (a corrected name or phone), and the names they gave on their complaints."""
    names = {person.name}
    ids = {person.national_id or ""}
    phones = {person.phone, person.phone2}
    emails = {person.email}
    other = {person.line_id, person.external_ref or ""}
    fields = {"name": names, "national_id": ids, "phone": phones, "phone2": phones,
              "email": emails, "line_id": other, "external_ref": other}  # fmt: skip
    entries = session.scalars(select(AuditEntry.changes).where(
        AuditEntry.entity == "stakeholder", AuditEntry.entity_id == person.id))  # fmt: skip
    for changes in entries:
        for field, value in (changes or {}).items():
            if field in fields:
                fields[field].update(_strings(value))
    complainants = session.execute(
        select(Complaint.complainant_name, Complaint.complainant_contact).where(
            Complaint.stakeholder_id == person.id
        )
    )
    for complainant, contact in complainants:
        names.add(complainant)
        other.add(contact)
    return PersonTraces(
        names=_clean(names), national_ids=_clean(ids), phones=_clean(phones),
        emails=_clean(emails), other=_clean(other),
    )  # fmt: skip


def _strings(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)


def _clean(values: set[str]) -> tuple[str, ...]:
    return tuple(sorted(v.strip() for v in values if v and v.strip()))


def scrub_row(row: object, table: str, scrubber: Scrubber) -> bool:
    """Scrub the free texts of one ORM row; whether anything changed."""
    changed = False
    for column in FREE_TEXT[table]:
        value = getattr(row, column)
        if value is None:
            continue
        if table == "complaint" and column in COMPLAINANT_FIELDS:
            new = ""
        else:
            new = scrubber.scrub(value)
        if new != value:
            setattr(row, column, new)
            changed = True
    return changed


def scrub_feedback(session: Session, row: FeedbackEntry, scrubber: Scrubber) -> None:
    scrub_row(row, "feedback_entry", scrubber)


def scrub_complaint(session: Session, row: Complaint, scrubber: Scrubber) -> int:
    """The case's texts, its status notes and reminders scrubbed, its files removed; returns the
    number of attachments removed."""
    scrub_row(row, "complaint", scrubber)
    for change in session.scalars(
        select(ComplaintStatusChange).where(ComplaintStatusChange.complaint_id == row.id)
    ):
        scrub_row(change, "complaint_status_change", scrubber)
    for reminder in session.scalars(select(Reminder).where(Reminder.complaint_id == row.id)):
        scrub_row(reminder, "reminder", scrubber)
    removed = session.execute(
        delete(ComplaintAttachment).where(ComplaintAttachment.complaint_id == row.id)
    )
    return int(getattr(removed, "rowcount", 0) or 0)


def scrub_activity(session: Session, row: Activity, scrubber: Scrubber) -> None:
    scrub_row(row, "activity", scrubber)
    for reminder in session.scalars(select(Reminder).where(Reminder.activity_id == row.id)):
        scrub_row(reminder, "reminder", scrubber)


def scrub_response(session: Session, row: SurveyResponse, scrubber: Scrubber) -> None:
    scrub_row(row, "survey_response", scrubber)
    for answer in session.scalars(select(SurveyAnswer).where(SurveyAnswer.response_id == row.id)):
        if answer.text:
            scrub_row(answer, "survey_answer", scrubber)


# Records about someone else, or no one, whose words may mention the person (a neighbour's
# complaint naming them, an anonymous entry with their phone): searched, and scrubbed of the
# person's own traces only — the other person's numbers stay.
MENTION_COLUMNS: dict[type[Any], tuple[str, ...]] = {
    FeedbackEntry: ("text",),
    Complaint: ("subject", "details", "resolution", "corrective_action", "follow_up_comment",
                "complainant_name", "complainant_contact"),
    Activity: ("subject", "notes", "outcome"),
    SurveyResponse: ("comment",),
}  # fmt: skip


def mention_needles(traces: PersonTraces) -> set[str]:
    """Strong forms of the person's identifiers to search texts for: the whole name (without
    its title, with and without spaces), the national ID plain and grouped, each phone as
    digits, as displayed and with dashes, the e-mail. Name parts are left out: a surname alone
    would find other people."""
    found: set[str] = set()
    for name in traces.names:
        words = strip_title(name).split()
        if words and len("".join(words)) >= 4:
            found.update({" ".join(words), "".join(words)})
    for national_id in traces.national_ids:
        digits = normalise_national_id(national_id)
        found.update({digits, format_national_id(digits)})
    for phone in traces.phones:
        try:
            number = normalise_phone(phone)
        except UserError:
            continue
        if number.kind is PhoneKind.HOTLINE:
            continue
        national = "0" + number.e164.removeprefix("+66")
        found.update({national, number.display, number.display.replace(" ", "-"), number.e164})
    found.update(e for e in traces.emails if "@" in e)
    return {needle for needle in found if len(needle) >= 4}


def scrub_mentions(
    session: Session, scrubber: Scrubber, traces: PersonTraces, person_id: uuid.UUID
) -> list[tuple[str, uuid.UUID]]:
    """Scrub the person's traces out of records that are not theirs but mention them; returns
    the records changed (table, id)."""
    needles = sorted(mention_needles(traces))
    changed: list[tuple[str, uuid.UUID]] = []
    if not needles:
        return changed
    for model, columns in MENTION_COLUMNS.items():
        owner = model.stakeholder_id
        found = or_(
            *(_position(session, getattr(model, c), n) > 0 for c in columns for n in needles)
        )
        stmt = select(model).where(or_(owner.is_(None), owner != person_id), found)
        for row in session.scalars(stmt):
            altered = False
            for column in columns:
                value = getattr(row, column)
                new = scrubber.scrub_own(value) if value else value
                if new != value:
                    setattr(row, column, new)
                    altered = True
            if altered:
                changed.append((model.__tablename__, row.id))
    return changed


def _scrub_json(value: Any, scrub: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return scrub(value)
    if isinstance(value, list):
        return [_scrub_json(item, scrub) for item in value]
    if isinstance(value, dict):
        return {key: _scrub_json(item, scrub) for key, item in value.items()}
    return value


def _needles(traces: PersonTraces) -> set[str]:
    """What the stored JSON of an audit entry holds when it mentions the person: each value as
    written and as JSON escapes it (Thai letters are stored as \\u0e.. escapes), lower-cased."""
    found: set[str] = set()
    values = [*traces.national_ids, *traces.emails, *traces.other, *traces.phones]
    for name in traces.names:
        values.append(name)
        values.extend(word for word in name.split() if len(word) >= 3)
        values.append(name_key(name))
    for value in values:
        if len(value) < 3:
            continue
        found.add(value.lower())
        found.add(json.dumps(value)[1:-1].lower())
    for phone in traces.phones:  # stored as +66812345678; typed as 081-234-5678
        digits = "".join(ch for ch in phone if ch.isdigit())
        if len(digits) >= 8:
            found.add(digits[-8:])
    return found


def scrub_audit(
    session: Session,
    scrubber: Scrubber,
    records: Iterable[tuple[str, uuid.UUID]],
    traces: PersonTraces | None = None,
    mentioning: Iterable[tuple[str, uuid.UUID]] = (),
) -> int:
    """Scrub the audit entries of ``records`` (table, id) fully (the person's traces and the
    general patterns); those of ``mentioning`` (others' records that named the person) and,
    given the person's ``traces``, every other entry whose stored values mention them, of the
    person's own traces only. Returns the entries changed."""
    full = _entries_of(session, records)
    ids = _entries_of(session, mentioning) - full
    if traces is not None:
        needles = sorted(_needles(traces))
        if needles:  # one pass over the trail, whatever the number of forms searched
            stored = func.lower(cast(AuditEntry.changes, Text))
            ids.update(session.scalars(select(AuditEntry.id).where(
                or_(*(_position(session, stored, needle) > 0 for needle in needles)))))  # fmt: skip
    ids -= full
    return _scrub_entries(session, full, scrubber.scrub) + _scrub_entries(
        session, ids, scrubber.scrub_own
    )


def _entries_of(session: Session, records: Iterable[tuple[str, uuid.UUID]]) -> set[uuid.UUID]:
    wanted: dict[str, set[uuid.UUID]] = {}
    for table, record_id in records:
        wanted.setdefault(table, set()).add(record_id)
    ids: set[uuid.UUID] = set()
    for table, record_ids in wanted.items():
        listed = list(record_ids)
        for start in range(0, len(listed), 500):
            ids.update(session.scalars(select(AuditEntry.id).where(
                AuditEntry.entity == table, AuditEntry.entity_id.in_(listed[start:start + 500]))))  # fmt: skip
    return ids


def _scrub_entries(session: Session, ids: set[uuid.UUID], scrub: Callable[[str], str]) -> int:
    changed = 0
    listed = list(ids)
    for start in range(0, len(listed), 500):
        for entry in session.scalars(
            select(AuditEntry).where(AuditEntry.id.in_(listed[start : start + 500]))
        ):
            if entry.action == AuditAction.ANONYMISE:
                continue
            scrubbed = _scrub_json(entry.changes, scrub)
            if scrubbed != entry.changes:
                entry.changes = scrubbed
                changed += 1
    return changed


def log_anonymised(
    session: Session,
    table: str,
    record_id: uuid.UUID,
    *,
    user: str,
    now: datetime,
    changes: dict[str, Any],
) -> None:
    """The act on the audit trail, with counts and field names only: no erased value."""
    session.add(AuditEntry(at=now, user=user, action=AuditAction.ANONYMISE, entity=table,
                           entity_id=record_id, changes=changes))  # fmt: skip


def text_columns(table: Table) -> list[str]:
    """The columns of ``table`` that hold text (for the test that every one is classified)."""
    from sqlalchemy import Enum, String

    return [
        column.name
        for column in table.columns
        if isinstance(column.type, String | Text)
        and not isinstance(column.type, Enum)
        and not column.foreign_keys
        and column.name not in EXCHANGE_COLUMNS
    ]


def _position(session: Session, text: Any, needle: str) -> Any:
    """Where ``needle`` starts in ``text`` (1-based; 0: not there): SQLite's ``instr``,
    PostgreSQL's ``strpos``."""
    postgres = session.get_bind().dialect.name == "postgresql"
    return (func.strpos if postgres else func.instr)(text, needle)
