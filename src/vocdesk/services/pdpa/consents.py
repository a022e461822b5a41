"""Consents per person and purpose (issue 19, PDPA section 19): given and withdrawn, each with
its day and channel, the history kept (giving again after a withdrawal is a new row).

The stakeholder's ``consent_follow_up`` and ``consent_date`` columns are the current state of the
follow-up-survey purpose, for the lists, exports and reports that read them; only this module
writes them (``give_consent``, ``withdraw_consent``, and ``sync_follow_up`` for the form's tick
and the registry import), so the two can never disagree.

``contactable(purpose)`` is the one SQL condition for "this person may be contacted for this
purpose": a consent given and not withdrawn, the person's processing not restricted (an
objection or a restriction request) and their data not anonymised. Follow-up reminders, contact
reminders and contact exports use it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from sqlalchemy import ColumnElement, Table, and_, delete, exists, or_, select
from sqlalchemy.orm import Session, aliased

from vocdesk.db.base import utc_now
from vocdesk.db.driver_insert import DriverInsert
from vocdesk.db.models import AuditEntry, Channel, Consent, PrivacyNotice, Reminder, Stakeholder
from vocdesk.domain.accounts import Permission
from vocdesk.domain.clock import thai_today
from vocdesk.domain.enums import AuditAction, ReminderSource, ReminderStatus
from vocdesk.domain.ids import new_id
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error
from vocdesk.domain.pdpa.terms import ConsentPurpose
from vocdesk.domain.tables import Named
from vocdesk.services.authorization import acting, requires
from vocdesk.services.catalogue_choices import active_channels
from vocdesk.services.database import Database

CONTEXT = "Consents"
NOTE_MAX_LENGTH = 1000


@dataclass(frozen=True)
class ConsentRow:
    """One consent, given and perhaps withdrawn."""

    id: uuid.UUID
    purpose: ConsentPurpose
    given_on: date
    given_channel: Named | None
    notice_version: int | None
    withdrawn_on: date | None
    withdrawn_channel: Named | None
    recorded_by: str
    note: str

    @property
    def in_force(self) -> bool:
        return self.withdrawn_on is None


@dataclass(frozen=True)
class PurposeState:
    """A purpose for one person: the consent in force, if any, else the last one withdrawn."""

    purpose: ConsentPurpose
    latest: ConsentRow | None

    @property
    def given(self) -> bool:
        return self.latest is not None and self.latest.in_force


def consent_in_force(purpose: ConsentPurpose, person: Any = Stakeholder.id) -> ColumnElement[bool]:
    """SQL: the person (a column holding a stakeholder's id) has a consent for ``purpose`` given
    and not withdrawn."""
    return exists().where(
        Consent.stakeholder_id == person,
        Consent.purpose == purpose,
        Consent.withdrawn_on.is_(None),
    )


def contactable(purpose: ConsentPurpose) -> ColumnElement[bool]:
    """SQL over ``Stakeholder``: the person may be contacted for ``purpose`` (consent in force,
    processing not restricted, data not anonymised). The query must select from stakeholder."""
    return and_(
        consent_in_force(purpose),
        Stakeholder.restricted.is_(False),
        Stakeholder.anonymised_at.is_(None),
    )


def not_refused(purpose: ConsentPurpose) -> ColumnElement[bool]:
    """SQL over ``Stakeholder``, for uses whose lawful basis need not be consent (a contact
    interval's call on a partner organisation): processing not restricted, data not anonymised,
    and no consent for ``purpose`` withdrawn without one given again since."""
    withdrawn = exists().where(
        Consent.stakeholder_id == Stakeholder.id,
        Consent.purpose == purpose,
        Consent.withdrawn_on.is_not(None),
    )
    return and_(
        Stakeholder.restricted.is_(False),
        Stakeholder.anonymised_at.is_(None),
        or_(~withdrawn, consent_in_force(purpose)),
    )


def has_not_refused(session: Session, stakeholder_id: uuid.UUID, purpose: ConsentPurpose) -> bool:
    """Whether one person may still be contacted for a use whose lawful basis need not be
    consent (``not_refused``)."""
    stmt = select(Stakeholder.id).where(Stakeholder.id == stakeholder_id, not_refused(purpose))
    return session.scalar(stmt) is not None


def _open_consent(
    session: Session, stakeholder_id: uuid.UUID, purpose: ConsentPurpose
) -> Consent | None:
    stmt = (
        select(Consent)
        .where(Consent.stakeholder_id == stakeholder_id, Consent.purpose == purpose,
               Consent.withdrawn_on.is_(None))
        .order_by(Consent.given_on.desc(), Consent.created_at.desc())
    )  # fmt: skip
    return session.scalars(stmt).first()


def _audit(session: Session, user: str, stakeholder_id: uuid.UUID, changes: dict[str, Any]) -> None:
    session.add(AuditEntry(at=utc_now(), user=user, action=AuditAction.UPDATE, entity="stakeholder",
                           entity_id=stakeholder_id, changes=changes))  # fmt: skip


def _check_day(day: date, today: date) -> None:
    if day > today:
        raise user_error(
            CONTEXT, QT_TRANSLATE_NOOP("Consents", "The day of a consent or its withdrawal cannot be in the future.")
        )  # fmt: skip


def _check_note(note: str) -> str:
    note = note.strip()
    if len(note) > NOTE_MAX_LENGTH:
        raise user_error(
            CONTEXT,
            QT_TRANSLATE_NOOP("Consents", "The note is {length} characters long; at most {limit} are allowed."),
            length=len(note), limit=NOTE_MAX_LENGTH,
        )  # fmt: skip
    return note


def _mirror(person: Stakeholder, purpose: ConsentPurpose, given_on: date | None) -> None:
    """The follow-up purpose's state on the stakeholder's own columns: given (and the day), or
    not in force (``consent_date`` then kept: the day it was given, or a consent date recorded
    for the lawful basis; ``sync_follow_up`` sets it as the form or the file says)."""
    if purpose is ConsentPurpose.FOLLOW_UP_SURVEY:
        _set(person, "consent_follow_up", given_on is not None)
        if given_on is not None:
            _set(person, "consent_date", given_on)


def _set(person: Stakeholder, name: str, value: object) -> None:
    """Assign only a change: setting a column to the value it holds still counts as a change
    for the record's version (a form that just saved would then be refused its next save)."""
    if getattr(person, name) != value:
        setattr(person, name, value)


def give_consent(
    session: Session,
    person: Stakeholder,
    purpose: ConsentPurpose,
    given_on: date,
    user: str,
    *,
    today: date,
    channel_id: uuid.UUID | None = None,
    notice_id: uuid.UUID | None = None,
    note: str = "",
) -> Consent:
    """Record a consent in the caller's transaction; refused when one is in force already."""
    _check_day(given_on, today)
    note = _check_note(note)
    if person.anonymised_at is not None:
        raise user_error(
            CONTEXT, QT_TRANSLATE_NOOP("Consents", "This person's data was anonymised; no consent can be recorded.")
        )  # fmt: skip
    if _open_consent(session, person.id, purpose) is not None:
        raise user_error(
            CONTEXT, QT_TRANSLATE_NOOP("Consents", "The person has already given this consent; withdraw it first.")
        )  # fmt: skip
    row = Consent(stakeholder_id=person.id, purpose=purpose, given_on=given_on,
                  given_channel_id=channel_id, notice_id=notice_id, recorded_by=user, note=note)  # fmt: skip
    session.add(row)
    _mirror(person, purpose, given_on)
    session.flush()
    notice = session.get(PrivacyNotice, notice_id) if notice_id is not None else None
    _audit(session, user, person.id, {"consent_given": {
        "purpose": purpose.value, "given_on": given_on.isoformat(),
        "channel_id": str(channel_id) if channel_id else None,
        "notice_version": notice.version if notice is not None else None, "note": note}})  # fmt: skip
    return row


def withdraw_consent(
    session: Session,
    person: Stakeholder,
    purpose: ConsentPurpose,
    withdrawn_on: date,
    user: str,
    *,
    today: date,
    channel_id: uuid.UUID | None = None,
    note: str = "",
) -> Consent:
    """Record the withdrawal of the consent in force, in the caller's transaction."""
    _check_day(withdrawn_on, today)
    note = _check_note(note)
    row = _open_consent(session, person.id, purpose)
    if row is None:
        raise user_error(
            CONTEXT, QT_TRANSLATE_NOOP("Consents", "The person has not given this consent; there is nothing to withdraw.")
        )  # fmt: skip
    # Two records merged may each have brought a consent in force for the purpose: a
    # withdrawal ends them all, or the person would still be contactable.
    in_force = session.scalars(
        select(Consent).where(Consent.stakeholder_id == person.id, Consent.purpose == purpose,
                              Consent.withdrawn_on.is_(None))
    ).all()  # fmt: skip
    if withdrawn_on < max(c.given_on for c in in_force):
        raise user_error(
            CONTEXT, QT_TRANSLATE_NOOP("Consents", "A consent cannot be withdrawn before the day it was given.")
        )  # fmt: skip
    for consent in in_force:
        consent.withdrawn_on, consent.withdrawn_channel_id = withdrawn_on, channel_id
        if note:
            consent.note = f"{consent.note}\n{note}".strip()
    _mirror(person, purpose, None)
    dropped = 0
    if purpose is ConsentPurpose.FOLLOW_UP_SURVEY:
        # The follow-up calls already queued stop with the consent (a case resolved later gets
        # none: services.follow_ups asks ``has_not_refused``).
        dropped = drop_queued_calls(session, person.id, (ReminderSource.COMPLAINT,))
    _audit(session, user, person.id, {"consent_withdrawn": {
        "purpose": purpose.value, "given_on": row.given_on.isoformat(),
        "withdrawn_on": withdrawn_on.isoformat(),
        "channel_id": str(channel_id) if channel_id else None, "note": note,
        "follow_up_reminders_dropped": dropped}})  # fmt: skip
    return row


QUEUED_CALLS = (ReminderSource.COMPLAINT, ReminderSource.CONTACT_INTERVAL)


def drop_queued_calls(
    session: Session,
    stakeholder_id: uuid.UUID,
    sources: tuple[ReminderSource, ...] = QUEUED_CALLS,
) -> int:
    """Delete the person's open reminders the software queued from ``sources`` (a complaint's
    follow-up call, a contact by the interval): a withdrawal of the follow-up consent, a
    restriction and an anonymisation stop the calls already queued, as ``not_refused`` keeps new
    ones from being made. A reminder written by hand and those done stay. Returns how many."""
    ids = list(session.scalars(select(Reminder.id).where(
        Reminder.stakeholder_id == stakeholder_id, Reminder.source.in_(sources),
        Reminder.status == ReminderStatus.OPEN)))  # fmt: skip
    if ids:
        session.execute(delete(Reminder).where(Reminder.id.in_(ids)))
    return len(ids)


def sync_follow_up(
    session: Session,
    person: Stakeholder,
    wanted: bool,
    given_on: date | None,
    user: str,
    *,
    today: date,
) -> None:
    """Bring the follow-up-survey consent to the state a form's tick or an import's column asks
    for: given on ``given_on`` (today if none), or withdrawn today. A consent in force whose day
    is corrected keeps its row with the day put right (audited)."""
    purpose = ConsentPurpose.FOLLOW_UP_SURVEY
    row = _open_consent(session, person.id, purpose)
    if wanted and row is None:
        give_consent(session, person, purpose, given_on or today, user, today=today)
    elif wanted and row is not None and given_on is not None and row.given_on != given_on:
        _check_day(given_on, today)
        before, row.given_on = row.given_on, given_on
        _mirror(person, purpose, given_on)
        _audit(session, user, person.id, {"consent_corrected": {
            "purpose": purpose.value, "given_on": [before.isoformat(), given_on.isoformat()]}})  # fmt: skip
    elif wanted and row is not None:
        _mirror(person, purpose, row.given_on)
    elif not wanted and row is not None:
        withdraw_consent(session, person, purpose, today, user, today=today)
        _set(person, "consent_date", given_on)
    else:
        _mirror(person, purpose, None)
        _set(person, "consent_date", given_on)


def sync_follow_ups(
    session: Session,
    wanted: dict[uuid.UUID, tuple[bool, date | None]],
    user: str,
    *,
    today: date,
) -> None:
    """``sync_follow_up`` for many people at once (the registry import, which has written the
    stakeholders' own follow-up columns already): only those whose state changes are named in
    ``wanted`` (id -> consent wanted, day given). A consent given to a person with none in force
    is written in bulk (its row and its audit entry, as ``give_consent`` writes them: an import
    of 20,000 people spent 26 s in one ORM round per person); a withdrawal, a day put right or
    an anonymised person goes through ``sync_follow_up`` one by one."""
    purpose = ConsentPurpose.FOLLOW_UP_SURVEY
    ids = list(wanted)
    for start in range(0, len(ids), 900):  # SQLite's bound-parameter limit
        chunk = ids[start : start + 900]
        in_force = set(session.scalars(
            select(Consent.stakeholder_id).where(Consent.stakeholder_id.in_(chunk), Consent.purpose == purpose,
                                                 Consent.withdrawn_on.is_(None))
        ))  # fmt: skip
        anonymised = set(session.scalars(
            select(Stakeholder.id).where(Stakeholder.id.in_(chunk), Stakeholder.anonymised_at.is_not(None))
        ))  # fmt: skip
        consents: list[dict[str, Any]] = []
        audits: list[dict[str, Any]] = []
        one_by_one: list[uuid.UUID] = []
        now = utc_now()
        for person in chunk:
            given, on = wanted[person]
            if (not given or on is None or on > today or person in in_force
                    or person in anonymised):  # fmt: skip
                one_by_one.append(person)
                continue
            consents.append({"id": new_id(), "stakeholder_id": person, "purpose": purpose, "given_on": on,
                             "given_channel_id": None, "notice_id": None, "withdrawn_on": None,
                             "withdrawn_channel_id": None, "recorded_by": user, "note": "",
                             "created_at": now, "updated_at": now})  # fmt: skip
            audits.append({"id": new_id(), "at": now, "user": user, "action": AuditAction.UPDATE,
                           "entity": "stakeholder", "entity_id": person, "changes": {"consent_given": {
                               "purpose": purpose.value, "given_on": on.isoformat(), "channel_id": None,
                               "notice_version": None, "note": ""}},
                           "created_at": now, "updated_at": now})  # fmt: skip
        if consents:
            # Through the driver's executemany (each model maps one Table; SQLAlchemy types it as
            # any FROM): Core's processing of each row cost more than the inserts (issue 18).
            connection = session.connection()
            for table, rows in ((Consent.__table__, consents), (AuditEntry.__table__, audits)):
                writer = DriverInsert(cast(Table, table), connection.dialect, tuple(rows[0]))
                writer.write(connection, rows)
        if one_by_one:
            stmt = select(Stakeholder).where(Stakeholder.id.in_(one_by_one))
            for row in session.scalars(stmt):
                given, on = wanted[row.id]
                sync_follow_up(session, row, given, on, user, today=today)


class ConsentsService:
    def __init__(self, db: Database, today: Callable[[], date] = thai_today) -> None:
        self._db = db
        self._today = today

    @requires(Permission.READ)
    def states(self, stakeholder_id: uuid.UUID) -> list[PurposeState]:
        """Each purpose, in ``ConsentPurpose`` order, with its consent in force or last withdrawn."""
        rows = self.history(stakeholder_id)
        states = []
        for purpose in ConsentPurpose:
            mine = [r for r in rows if r.purpose is purpose]
            in_force = [r for r in mine if r.in_force]
            latest = (in_force or mine)[0] if mine else None
            states.append(PurposeState(purpose, latest))
        return states

    @requires(Permission.READ)
    def history(self, stakeholder_id: uuid.UUID) -> list[ConsentRow]:
        """Every consent the person gave, the latest first."""
        given, withdrawn = aliased(Channel), aliased(Channel)
        stmt = (
            select(Consent, given.name_th, given.name_en, withdrawn.name_th, withdrawn.name_en,
                   PrivacyNotice.version)
            .outerjoin(given, given.id == Consent.given_channel_id)
            .outerjoin(withdrawn, withdrawn.id == Consent.withdrawn_channel_id)
            .outerjoin(PrivacyNotice, PrivacyNotice.id == Consent.notice_id)
            .where(Consent.stakeholder_id == stakeholder_id)
            .order_by(Consent.given_on.desc(), Consent.created_at.desc())
        )  # fmt: skip
        with self._db.session_scope() as session:
            return [
                ConsentRow(
                    c.id,
                    c.purpose,
                    c.given_on,
                    Named(g_th, g_en) if c.given_channel_id else None,
                    version,
                    c.withdrawn_on,
                    Named(w_th, w_en) if c.withdrawn_channel_id else None,
                    c.recorded_by,
                    c.note,
                )  # fmt: skip
                for c, g_th, g_en, w_th, w_en, version in session.execute(stmt)
            ]

    @requires(Permission.READ)
    def channel_choices(self) -> list[tuple[uuid.UUID, Named]]:
        """The channels a consent may be given or withdrawn through."""
        with self._db.session_scope() as session:
            return active_channels(session)

    @requires(Permission.RECORD)
    def give(
        self,
        stakeholder_id: uuid.UUID,
        purpose: ConsentPurpose,
        given_on: date | None = None,
        channel_id: uuid.UUID | None = None,
        notice_id: uuid.UUID | None = None,
        note: str = "",
    ) -> uuid.UUID:
        """Record that the person gave a consent (today unless ``given_on``); audited."""
        user, today = acting(self._db).login, self._today()
        with self._db.session_scope() as session:
            person = self._person(session, stakeholder_id)
            row = give_consent(session, person, purpose, given_on or today, user, today=today,
                               channel_id=channel_id, notice_id=notice_id, note=note)  # fmt: skip
            return row.id

    @requires(Permission.RECORD)
    def withdraw(
        self,
        stakeholder_id: uuid.UUID,
        purpose: ConsentPurpose,
        withdrawn_on: date | None = None,
        channel_id: uuid.UUID | None = None,
        note: str = "",
    ) -> None:
        """Record that the person withdrew a consent (today unless ``withdrawn_on``); audited."""
        user, today = acting(self._db).login, self._today()
        with self._db.session_scope() as session:
            person = self._person(session, stakeholder_id)
            withdraw_consent(session, person, purpose, withdrawn_on or today, user, today=today,
                             channel_id=channel_id, note=note)  # fmt: skip

    @staticmethod
    def _person(session: Session, stakeholder_id: uuid.UUID) -> Stakeholder:
        person = session.get(Stakeholder, stakeholder_id)
        if person is None:
            raise user_error(
                CONTEXT,
                QT_TRANSLATE_NOOP("Consents", "The person no longer exists; it may have been merged or deleted."),
            )  # fmt: skip
        return person


__all__ = [
    "ConsentRow", "ConsentsService", "PurposeState", "consent_in_force", "contactable", "give_consent",
    "not_refused", "sync_follow_up", "sync_follow_ups", "withdraw_consent",
]  # fmt: skip
