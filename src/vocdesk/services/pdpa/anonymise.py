"""Erasure by anonymisation (issue 19, PDPA section 33): a person, or records past retention.

**A person** (``AnonymiseService.anonymise_person``): the stakeholder's personal fields are
replaced — the name by ``REDACTED`` and a short id (the same in both languages), the national ID,
phones, e-mail, LINE id, address, notes, external reference, tags, organisation (of a person)
and the duplicate keys emptied, consents' flags off, the sensitive mark off — while what the
statistics count by is kept: kind, status, segment, province, party type, the relationship
officer, archived or not. Tags are emptied: they are free labels ("ผู้พิการ", "VIP") that can
be special-category data, and no figure counts by them. Every record that points at the person
is scrubbed of their traces and of national-ID and phone patterns (``domain.pdpa.scrub``): their
feedback, complaints (subject, details, resolution, comments, status notes; the complainant's
name and contact emptied; attachments removed), activities (their own and those they took part
in), reminders, survey responses (comment and open answers), requests and consent notes. The
records stay linked to the anonymised stakeholder, so every KPI, listening summary and survey
figure counts them as before. Confidential complaints are anonymised too: the act shows nothing
of them. The audit trail's before/after values of all those records, and any other entry that
holds one of the person's identifiers, are scrubbed; the act itself is logged (ANONYMISE) with
counts and no erased value. ``anonymised_at`` is set on the stakeholder and on each of their own
records (activities they only took part in are scrubbed, not marked).

**Records** (``anonymise_records``, for the retention review): the same per record, each with
the traces of the person it points at (if that person is not anonymised already) and the
general patterns; the link to the person is kept (their registry record has its own period).
One ANONYMISE audit entry is written per record; the caller writes the ``RetentionRun``.

**No trace in the live file** (``forget_erased``, run after the transaction): the writes run with
``PRAGMA secure_delete`` (freed bytes zeroed), then the full-text index is merged into one
segment ('optimize': its old segments, which still held the words, are freed and zeroed), the
file is rewritten (VACUUM: free pages and stale copies in pages written before secure_delete
was on go), and the write-ahead log is checkpointed and truncated. Backups made before keep the
person until they age out by rotation (docs/pdpa.md). On a PostgreSQL server the tables an
anonymisation writes are vacuumed instead (their dead row versions removed, outside any
transaction); what the server itself keeps (WAL, its backups) is its administrator's to age out
(docs/pdpa.md, "On a PostgreSQL server").
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.db.base import utc_now
from vocdesk.db.models import (
    Activity,
    Complaint,
    Consent,
    DataSubjectRequest,
    FeedbackEntry,
    Reminder,
    Stakeholder,
    SurveyResponse,
)
from vocdesk.db.models.listening.entries import SEARCH_INDEX_TABLE
from vocdesk.db.models.timeline import activity_participant
from vocdesk.domain.accounts import Permission
from vocdesk.domain.enums import PartyType
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, user_error
from vocdesk.domain.pdpa.scrub import REDACTED, PersonTraces, Scrubber
from vocdesk.domain.pdpa.terms import RetentionRecordType
from vocdesk.domain.thai_id import normalise_national_id
from vocdesk.services.authorization import acting, requires
from vocdesk.services.database import Database
from vocdesk.services.pdpa.consents import drop_queued_calls
from vocdesk.services.pdpa.scrubbing import (
    log_anonymised,
    scrub_activity,
    scrub_audit,
    scrub_complaint,
    scrub_feedback,
    scrub_mentions,
    scrub_response,
    scrub_row,
    traces_of,
)

CONTEXT = "Anonymise"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AnonymisedPerson:
    """What an anonymisation changed: records per table, attachments removed, audit entries
    scrubbed. No personal value."""

    stakeholder_id: uuid.UUID
    shown_as: str  # the neutral name the record now has
    records: dict[str, int] = field(default_factory=dict)
    attachments_removed: int = 0
    audit_entries_scrubbed: int = 0
    # Steps of ``forget_erased`` another connection kept from finishing (see there).
    cleaning_unfinished: tuple[str, ...] = ()

    @property
    def total_records(self) -> int:
        return sum(self.records.values())


def anonymous_name(stakeholder_id: uuid.UUID) -> str:
    """The neutral name an anonymised record is shown by: the marker and a short id."""
    return f"{REDACTED} {stakeholder_id.hex[:8]}"


def _replace_personal_fields(person: Stakeholder) -> None:
    person.name = anonymous_name(person.id)
    person.national_id = None
    person.phone = person.phone2 = person.email = person.line_id = ""
    person.address = person.notes = ""
    person.external_ref = None
    person.tags = []
    if person.party_type is PartyType.PERSON:
        person.organisation = ""
    person.name_key = person.email_key = ""
    person.lawful_basis = ""
    person.consent_follow_up = False
    person.consent_date = None
    person.sensitive = False


def anonymise_person(
    session: Session, stakeholder_id: uuid.UUID, *, user: str, now: datetime
) -> AnonymisedPerson:
    """Anonymise one person and everything that points at them, in ``session`` (no commit)."""
    person = session.get(Stakeholder, stakeholder_id)
    if person is None:
        raise person_gone()
    if person.anonymised_at is not None:
        raise already_anonymised(person.anonymised_at)
    traces = traces_of(session, person)
    scrubber = Scrubber(traces)
    counts: dict[str, int] = {}
    touched: list[tuple[str, uuid.UUID]] = [("stakeholder", person.id)]

    def mark(table: str, row: Any) -> None:
        counts[table] = counts.get(table, 0) + 1
        touched.append((table, row.id))
        if hasattr(row, "anonymised_at"):
            row.anonymised_at = now

    for entry in session.scalars(
        select(FeedbackEntry).where(FeedbackEntry.stakeholder_id == person.id)
    ):
        scrub_feedback(session, entry, scrubber)
        mark("feedback_entry", entry)
    attachments = 0
    for case in session.scalars(select(Complaint).where(Complaint.stakeholder_id == person.id)):
        attachments += scrub_complaint(session, case, scrubber)
        mark("complaint", case)
    for activity in session.scalars(select(Activity).where(Activity.stakeholder_id == person.id)):
        scrub_activity(session, activity, scrubber)
        mark("activity", activity)
    joined = select(activity_participant.c.activity_id).where(
        activity_participant.c.stakeholder_id == person.id
    )
    for activity in session.scalars(
        select(Activity).where(Activity.id.in_(joined), Activity.stakeholder_id != person.id)
    ):
        scrub_activity(session, activity, scrubber)
        counts["activity_participant"] = counts.get("activity_participant", 0) + 1
        touched.append(("activity", activity.id))
    drop_queued_calls(session, person.id)  # nobody to call any more
    for reminder in session.scalars(select(Reminder).where(Reminder.stakeholder_id == person.id)):
        scrub_row(reminder, "reminder", scrubber)
        counts["reminder"] = counts.get("reminder", 0) + 1
    for response in session.scalars(
        select(SurveyResponse).where(SurveyResponse.stakeholder_id == person.id)
    ):
        scrub_response(session, response, scrubber)
        mark("survey_response", response)
    for request in session.scalars(
        select(DataSubjectRequest).where(DataSubjectRequest.stakeholder_id == person.id)
    ):
        scrub_row(request, "data_subject_request", scrubber)
        counts["data_subject_request"] = counts.get("data_subject_request", 0) + 1
        touched.append(("data_subject_request", request.id))
    for consent in session.scalars(select(Consent).where(Consent.stakeholder_id == person.id)):
        scrub_row(consent, "consent", scrubber)
    mentioning = scrub_mentions(session, scrubber, traces, person.id)
    if mentioning:
        counts["mentions"] = len(mentioning)
    _replace_personal_fields(person)
    person.anonymised_at = now
    session.flush()
    scrubbed = scrub_audit(session, scrubber, touched, traces, mentioning)
    result = AnonymisedPerson(
        stakeholder_id=person.id, shown_as=person.name, records=counts,
        attachments_removed=attachments, audit_entries_scrubbed=scrubbed,
    )  # fmt: skip
    log_anonymised(session, "stakeholder", person.id, user=user, now=now, changes={
        "records": counts, "attachments_removed": attachments,
        "audit_entries_scrubbed": scrubbed})  # fmt: skip
    return result


_RECORD_MODELS: dict[RetentionRecordType, Any] = {
    RetentionRecordType.FEEDBACK: FeedbackEntry,
    RetentionRecordType.COMPLAINT: Complaint,
    RetentionRecordType.SURVEY_RESPONSE: SurveyResponse,
    RetentionRecordType.ACTIVITY: Activity,
}
_TABLES = {
    RetentionRecordType.FEEDBACK: "feedback_entry",
    RetentionRecordType.COMPLAINT: "complaint",
    RetentionRecordType.SURVEY_RESPONSE: "survey_response",
    RetentionRecordType.ACTIVITY: "activity",
}


def anonymise_records(
    session: Session,
    record_type: RetentionRecordType,
    ids: Iterable[uuid.UUID],
    *,
    user: str,
    now: datetime,
) -> int:
    """Anonymise records of one kind in ``session`` (no commit), one ANONYMISE audit entry each;
    records already anonymised are skipped. Returns how many were anonymised. Stakeholders are
    anonymised as persons (``anonymise_person``). Call ``forget_erased`` after the commit."""
    wanted = list(dict.fromkeys(ids))
    done = 0
    if record_type is RetentionRecordType.STAKEHOLDER:
        for start in range(0, len(wanted), 500):
            for person_id in session.scalars(select(Stakeholder.id).where(
                Stakeholder.id.in_(wanted[start:start + 500]),
                Stakeholder.anonymised_at.is_(None))).all():  # fmt: skip
                anonymise_person(session, person_id, user=user, now=now)
                done += 1
        return done
    model = _RECORD_MODELS[record_type]
    table = _TABLES[record_type]
    scrubbers: dict[uuid.UUID | None, tuple[Scrubber, PersonTraces | None]] = {}
    for start in range(0, len(wanted), 500):
        rows = session.scalars(
            select(model).where(
                model.id.in_(wanted[start : start + 500]), model.anonymised_at.is_(None)
            )  # fmt: skip
        ).all()
        for row in rows:
            scrubber = _scrubber_for(session, row.stakeholder_id, scrubbers)
            removed = 0
            if record_type is RetentionRecordType.FEEDBACK:
                scrub_feedback(session, row, scrubber)
            elif record_type is RetentionRecordType.COMPLAINT:
                removed = scrub_complaint(session, row, scrubber)
            elif record_type is RetentionRecordType.SURVEY_RESPONSE:
                scrub_response(session, row, scrubber)
            else:
                scrub_activity(session, row, scrubber)
            row.anonymised_at = now
            session.flush()
            scrub_audit(session, scrubber, [(table, row.id)])
            log_anonymised(session, table, row.id, user=user, now=now,
                           changes={"retention": record_type.value,
                                    "attachments_removed": removed})  # fmt: skip
            done += 1
    return done


def _scrubber_for(
    session: Session,
    person_id: uuid.UUID | None,
    cache: dict[uuid.UUID | None, tuple[Scrubber, PersonTraces | None]],
) -> Scrubber:
    if person_id not in cache:
        person = session.get(Stakeholder, person_id) if person_id is not None else None
        if person is None or person.anonymised_at is not None:
            cache[person_id] = (Scrubber(PersonTraces()), None)
        else:
            traces = traces_of(session, person)
            cache[person_id] = (Scrubber(traces), traces)
    return cache[person_id][0]


# --- the live file ------------------------------------------------------------------------------


def secure_delete(session: Session) -> None:
    """Zero the bytes this transaction frees (SQLite); a no-op on other databases."""
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("PRAGMA secure_delete = ON")


# The tables an anonymisation writes (PostgreSQL: vacuumed after it; docs/pdpa.md).
ERASED_TABLES = (
    "stakeholder", "feedback_entry", "complaint", "complaint_status_change", "complaint_attachment",
    "activity", "reminder", "survey_response", "survey_answer", "consent", "data_subject_request",
    "audit_entry",
)  # fmt: skip


def forget_erased(db: Database) -> list[str]:
    """After an anonymisation's commit: the full-text index merged (its old segments held the
    words), the file rewritten without free pages, the write-ahead log emptied. Returns the
    steps that could not finish because another connection held the file (logged): a reader
    keeps the log's old pages until it ends; the last connection to close the file checkpoints
    and deletes the log, and the next anonymisation repeats every step.

    On PostgreSQL: ``VACUUM`` of the ``ERASED_TABLES`` (the old row versions removed from
    their pages once no transaction can see them; a transaction still open elsewhere keeps them
    until the next anonymisation's vacuum), step "vacuum" when it could not run."""
    if db.engine.dialect.name == "postgresql":
        return _vacuum_erased(db)
    if db.engine.dialect.name != "sqlite":
        return []
    unfinished: list[str] = []
    with db.engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA secure_delete = ON")
        for step, statement in (
            ("optimize", f"INSERT INTO {SEARCH_INDEX_TABLE}({SEARCH_INDEX_TABLE}) VALUES ('optimize')"),
            ("vacuum", "VACUUM"),
            ("checkpoint", "PRAGMA wal_checkpoint(TRUNCATE)"),
        ):  # fmt: skip
            try:
                row = raw.execute(statement).fetchone()
                raw.commit()
            except Exception as exc:  # noqa: BLE001 - busy or locked: logged, repeated next time
                log.warning("After anonymisation, %s did not run: %s", step, exc)
                unfinished.append(step)
                continue
            if step == "checkpoint" and row is not None and row[0]:  # (busy, frames, copied)
                log.warning(
                    "After anonymisation, the write-ahead log is still read by another connection"
                )
                unfinished.append(step)
    return unfinished


def _vacuum_erased(db: Database) -> list[str]:
    """PostgreSQL's part of ``forget_erased``: VACUUM runs outside a transaction (autocommit)."""
    quote = db.engine.dialect.identifier_preparer.quote
    tables = ", ".join(quote(name) for name in ERASED_TABLES)
    try:
        with db.engine.connect() as connection:
            connection.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql(
                f"VACUUM {tables}"
            )
    except Exception as exc:  # noqa: BLE001 - the server refused (rights, a lock): logged
        log.warning("After anonymisation, vacuum did not run: %s", exc)
        return ["vacuum"]
    return []


# --- the service ----------------------------------------------------------------------------------


class AnonymiseService:
    """Erasure by anonymisation, for the administrator who may erase and see personal data."""

    def __init__(self, db: Database, now: Callable[[], datetime] = utc_now) -> None:
        self._db = db
        self._now = now

    @requires(Permission.ERASE)
    @requires(Permission.PERSONAL_DATA)
    def anonymise_person(self, stakeholder_id: uuid.UUID) -> AnonymisedPerson:
        """Anonymise one person (see the module's text); cannot be undone."""
        user = acting(self._db).login
        with self._db.session_scope() as session:
            secure_delete(session)
            result = anonymise_person(session, stakeholder_id, user=user, now=self._now())
        return replace(result, cleaning_unfinished=tuple(forget_erased(self._db)))

    @requires(Permission.ERASE)
    @requires(Permission.PERSONAL_DATA)
    def find_person(self, id_or_national_id: str) -> uuid.UUID:
        """The stakeholder named by its id (as shown) or its national ID; raises ``UserError``."""
        text = id_or_national_id.strip()
        with self._db.session_scope() as session:
            try:
                found = session.get(Stakeholder, uuid.UUID(text))
            except ValueError:
                found = None
            if found is not None:
                return found.id
            digits = normalise_national_id(text)
            holders = session.scalars(
                select(Stakeholder.id).where(Stakeholder.national_id == digits).limit(2)
            ).all()
            if not holders:
                raise person_not_found(text)
            if len(holders) > 1:  # two records of one person: the act must name which
                raise user_error(CONTEXT, QT_TRANSLATE_NOOP(
                    "Anonymise", "More than one record has the national ID “{value}”: merge "
                    "them first, or give the record's id."), value=text)  # fmt: skip
            return holders[0]


def person_gone() -> UserError:
    return user_error(CONTEXT, QT_TRANSLATE_NOOP("Anonymise", "The person no longer exists."))


def person_not_found(text: str) -> UserError:
    return user_error(CONTEXT, QT_TRANSLATE_NOOP(
        "Anonymise", "No stakeholder has the id or national ID “{value}”."), value=text)  # fmt: skip


def already_anonymised(at: datetime) -> UserError:
    return user_error(CONTEXT, QT_TRANSLATE_NOOP(
        "Anonymise", "This person's data was already anonymised on {moment}."), moment=at)  # fmt: skip


__all__ = [
    "AnonymiseService", "AnonymisedPerson", "anonymise_person", "anonymise_records",
    "anonymous_name", "forget_erased", "secure_delete",
]  # fmt: skip
