"""Working complaint cases: register, move through the workflow, assign, resolve, follow up,
attachments, duplicates, confidential access. Each public method is one user action and one
transaction.

Numbers: ``{prefix}{fiscal year B.E.}/{sequence:06d}``, e.g. ``2569/000123``; the sequence
restarts each fiscal year, and the prefix (empty by default, e.g. ``ศธ-``) is a setting kept in
the database so every PC of an office numbers alike.

Milestones of the service standard are stamped by the workflow itself: a case is acknowledged
by its first move out of "received", gets its first response when it first goes to work (in
progress, forwarded, co-handled), is resolved or rejected; it is resolved and the complainant
notified when it moves to "resolved" (with the day and channel of the notice). The due date
kept on the case (``due_on``) is the resolve deadline, recomputed from the history's pauses on
every move.

Who acts is the login name of the person at the PC (see ``services.complaints``); only people
allowed to read a confidential case may change it.
"""

from __future__ import annotations

import mimetypes
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from vocdesk.db.base import utc_now
from vocdesk.db.models import (
    AuditEntry,
    Channel,
    Complaint,
    ComplaintAccess,
    ComplaintAttachment,
    ComplaintCategory,
    ComplaintOfficer,
    ComplaintRootCause,
    ComplaintSetting,
    ComplaintStatusChange,
    FeedbackEntry,
    Holiday,
    Office,
    Service,
)
from vocdesk.domain.clock import thai_date, thai_today
from vocdesk.domain.complaints.service_standard import (
    Milestone,
    Pause,
    ServiceStandard,
    assess,
    due_date,
    pauses_from_history,
)
from vocdesk.domain.complaints.workflow import (
    FINISHED_STATUSES,
    OPEN_STATUSES,
    allowed_next,
    check_transition,
)
from vocdesk.domain.enums import AuditAction, ComplaintStatus
from vocdesk.domain.fiscal import fiscal_year_be
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, user_error
from vocdesk.domain.provinces import find_province
from vocdesk.domain.tables import Named
from vocdesk.domain.working_days import WorkingCalendar
from vocdesk.services.complaints.case_records import (
    CONTEXT,
    MAX_ATTACHMENT_BYTES,
    AttachmentFile,
    AttachmentInfo,
    CaseDetails,
    CaseDraft,
    CaseLink,
    Choice,
    Forwarding,
    HistoryEntry,
    Resolution,
    check_attachment,
    similarity,
)
from vocdesk.services.complaints.queues import is_confidential_officer, os_user_name
from vocdesk.services.database import Database
from vocdesk.services.registry.stakeholders import RegistryService

__all__ = [
    "MAX_ATTACHMENT_BYTES",
    "NUMBER_PREFIX_KEY",
    "AttachmentFile",
    "AttachmentInfo",
    "CaseDetails",
    "CaseDraft",
    "CaseLink",
    "Choice",
    "ComplaintCasesService",
    "Forwarding",
    "HistoryEntry",
    "Resolution",
    "similarity",
]

NUMBER_PREFIX_KEY = "number_prefix"
S = ComplaintStatus
# Moves that send the complainant a first response.
_FIRST_RESPONSE_STATUSES = frozenset(
    {S.IN_PROGRESS, S.FORWARDED, S.CO_HANDLED, S.RESOLVED, S.REJECTED}
)
DUPLICATE_MIN_SIMILARITY = 0.2
NUMBERING_ATTEMPTS = 5  # registrations retried after another PC took the number


def case_pauses(history: Iterable[tuple[datetime, ComplaintStatus]], today: date) -> list[Pause]:
    """A case's paused days from its history: (stored UTC moment, status entered), in order."""
    return pauses_from_history([(thai_date(at), status) for at, status in history], today)


def resolve_due_on(
    calendar: WorkingCalendar, received_at: datetime, resolve_days: int,
    history: Iterable[tuple[datetime, ComplaintStatus]], today: date,
) -> date:  # fmt: skip
    """The due date kept on a case (``due_on``): its category's resolve target counted from the
    day of receipt, the paused days of its history left out. The workflow and the import both
    keep it so."""
    return due_date(calendar, thai_date(received_at), resolve_days, case_pauses(history, today))


class ComplaintCasesService:
    def __init__(
        self,
        db: Database,
        today: Callable[[], date] = thai_today,
        now: Callable[[], datetime] = utc_now,
        current_user: Callable[[], str] = os_user_name,
        registry: RegistryService | None = None,
    ) -> None:
        self._db = db
        self._today = today
        self._now = now
        self._user = current_user
        self._registry = registry if registry is not None else RegistryService(db)

    # --- catalogues for the forms ---------------------------------------------------------
    def channels(self) -> list[Choice]:
        stmt = (
            select(Channel)
            .where(Channel.active.is_(True))
            .order_by(Channel.sort_order, Channel.code)
        )
        return self._choices(stmt)

    def categories(self) -> list[Choice]:
        stmt = (
            select(ComplaintCategory)
            .where(ComplaintCategory.active.is_(True))
            .order_by(ComplaintCategory.code)
        )
        return self._choices(stmt)

    def root_causes(self) -> list[Choice]:
        stmt = (
            select(ComplaintRootCause)
            .where(ComplaintRootCause.active.is_(True))
            .order_by(ComplaintRootCause.code)
        )
        return self._choices(stmt)

    def services(self) -> list[Choice]:
        return self._choices(select(Service).order_by(Service.code))

    def offices(self) -> list[Choice]:
        return self._choices(select(Office).order_by(Office.code))

    def _choices(self, stmt) -> list[Choice]:  # noqa: ANN001 - a select of a catalogue entity
        with self._db.session_scope() as session:
            return [
                Choice(e.id, e.code, Named(e.name_th, e.name_en)) for e in session.scalars(stmt)
            ]

    @property
    def registry(self) -> RegistryService:
        """The registry's search (name, phone, ID, organisation), for the complainant field."""
        return self._registry

    def find_case(self, number: str) -> uuid.UUID:
        """The case with this number (e.g. 2569/000123, or 2569/123)."""
        number = number.strip()
        with self._db.session_scope() as session:
            found = session.scalar(select(Complaint.id).where(Complaint.number == number))
            if found is None and "/" in number:
                year, _, sequence = number.rpartition("/")
                if sequence.isdigit():
                    found = session.scalar(select(Complaint.id).where(
                        Complaint.number.endswith(f"{year[-4:]}/{int(sequence):06d}")))  # fmt: skip
            if found is None:
                raise user_error(CONTEXT, QT_TRANSLATE_NOOP("ComplaintCases", "There is no case numbered {number}."),
                                 number=number)  # fmt: skip
            return found

    # --- settings -------------------------------------------------------------------------
    def number_prefix(self) -> str:
        with self._db.session_scope() as session:
            setting = session.get(ComplaintSetting, NUMBER_PREFIX_KEY)
            return setting.value if setting else ""

    def set_number_prefix(self, prefix: str) -> None:
        prefix = prefix.strip()
        if len(prefix) > 20 or "/" in prefix:
            raise user_error(CONTEXT, QT_TRANSLATE_NOOP("ComplaintCases",
                             "A number prefix has at most 20 characters and no '/'."))  # fmt: skip
        with self._db.session_scope() as session:
            session.merge(ComplaintSetting(key=NUMBER_PREFIX_KEY, value=prefix))

    def confidential_officers(self) -> list[str]:
        with self._db.session_scope() as session:
            return list(
                session.scalars(
                    select(ComplaintOfficer.user_name).order_by(ComplaintOfficer.user_name)
                )
            )

    def set_confidential_officers(self, names: Sequence[str]) -> None:
        wanted = {n.strip() for n in names if n.strip()}
        with self._db.session_scope() as session:
            session.execute(
                delete(ComplaintOfficer).where(ComplaintOfficer.user_name.not_in(wanted))
            )
            have = set(session.scalars(select(ComplaintOfficer.user_name)))
            session.add_all(ComplaintOfficer(user_name=n) for n in sorted(wanted - have))

    # --- registering ----------------------------------------------------------------------
    def register(self, draft: CaseDraft) -> CaseLink:
        """Register a case; returns its number. Everything or nothing is saved.

        Two PCs registering at the same moment may both pick the next number; the one that
        saves second hits the UNIQUE rule and tries again, in a new transaction, with the next
        number (a few times, then a message asking to save again)."""
        checked = self._checked(draft)
        at_least = 1
        for _attempt in range(NUMBERING_ATTEMPTS):
            try:
                return self._register(draft, checked, at_least)
            except _NumberTaken as taken:
                at_least = taken.sequence + 1
        raise user_error(CONTEXT, QT_TRANSLATE_NOOP("ComplaintCases",
                         "Other PCs took the next case numbers at the same moment; save again."))  # fmt: skip

    def _register(self, draft: CaseDraft, checked: dict[str, object], at_least: int) -> CaseLink:
        user = self._user()
        with self._db.session_scope() as session:
            category = session.get(ComplaintCategory, draft.category_id)
            if category is None or session.get(Channel, draft.channel_id) is None:
                raise user_error(CONTEXT, QT_TRANSLATE_NOOP("ComplaintCases",
                                 "The chosen channel or category no longer exists."))  # fmt: skip
            fiscal_year = fiscal_year_be(thai_date(draft.received_at))
            sequence = max(at_least, (session.scalar(select(func.max(Complaint.sequence)).where(
                Complaint.fiscal_year == fiscal_year)) or 0) + 1)  # fmt: skip
            setting = session.get(ComplaintSetting, NUMBER_PREFIX_KEY)
            number = f"{setting.value if setting else ''}{fiscal_year}/{sequence:06d}"
            case = Complaint(
                fiscal_year=fiscal_year,
                sequence=sequence,
                number=number,
                status=S.RECEIVED,
                feedback_entry_id=draft.feedback_entry_id,
                duplicate_of_id=draft.duplicate_of_id,
                **checked,
            )
            case.due_on = due_date(
                self._calendar(session), thai_date(draft.received_at), category.resolve_days
            )
            session.add(case)
            try:
                session.flush()
            except IntegrityError as error:
                if _is_number_clash(error):
                    raise _NumberTaken(sequence) from error
                raise
            session.add(ComplaintStatusChange(
                complaint_id=case.id, changed_at=self._now(), changed_by=user, from_status=None,
                to_status=S.RECEIVED, note="",
            ))  # fmt: skip
            for attachment in draft.attachments:
                session.add(_attachment_row(case.id, attachment, user))
            if case.confidential and user and user != case.assigned_to:
                # Whoever took the report down knows it already: they keep reading it.
                session.add(ComplaintAccess(complaint_id=case.id, user_name=user))
            session.add(AuditEntry(at=self._now(), user=user, action=AuditAction.CREATE, entity="complaint",
                                   entity_id=case.id, changes={"number": number}))  # fmt: skip
            return CaseLink(case.id, number, case.subject, S.RECEIVED, draft.received_at)

    def draft_of_case(self, case_id: uuid.UUID) -> CaseDraft:
        """A registered case's fields, to correct them in the form."""
        with self._db.session_scope() as session:
            c = self._writable(session, case_id)
            return CaseDraft(
                received_at=c.received_at, channel_id=c.channel_id, category_id=c.category_id, subject=c.subject,
                details=c.details, stakeholder_id=c.stakeholder_id, anonymous=c.anonymous,
                complainant_name=c.complainant_name, complainant_contact=c.complainant_contact,
                service_id=c.service_id, office_id=c.office_id, province=c.province, district=c.district,
                priority=c.priority, confidential=c.confidential, unit=c.unit, assigned_to=c.assigned_to,
                feedback_entry_id=c.feedback_entry_id, duplicate_of_id=c.duplicate_of_id,
            )  # fmt: skip

    def update_case(self, case_id: uuid.UUID, draft: CaseDraft) -> None:
        """Correct what was registered (the number stays; the due date follows a new category
        or received day; new attachments in ``draft`` are added). Checked like a registration."""
        checked = self._checked(draft)
        with self._db.session_scope() as session:
            case = self._writable(session, case_id)
            if (
                session.get(ComplaintCategory, draft.category_id) is None
                or session.get(Channel, draft.channel_id) is None
            ):
                raise user_error(CONTEXT, QT_TRANSLATE_NOOP("ComplaintCases",
                                 "The chosen channel or category no longer exists."))  # fmt: skip
            before = {
                "subject": case.subject,
                "category_id": str(case.category_id),
                "received_at": str(case.received_at),
            }
            for name, value in checked.items():
                setattr(case, name, value)
            for attachment in draft.attachments:
                session.add(_attachment_row(case.id, attachment, self._user()))
            session.flush()
            self._update_due(session, case)
            self._audit(session, case.id, AuditAction.UPDATE, {"before": before})

    def _checked(self, draft: CaseDraft) -> dict[str, object]:
        """The case columns of ``draft``, checked and tidied; raises ``UserError``."""
        subject = " ".join(draft.subject.split())
        if not subject:
            raise user_error(
                CONTEXT, QT_TRANSLATE_NOOP("ComplaintCases", "Enter the subject of the complaint.")
            )
        if draft.channel_id is None:
            raise user_error(
                CONTEXT,
                QT_TRANSLATE_NOOP("ComplaintCases", "Choose the channel the complaint came by."),
            )
        if draft.category_id is None:
            raise user_error(
                CONTEXT,
                QT_TRANSLATE_NOOP("ComplaintCases", "Choose the category of the complaint."),
            )
        if draft.received_at.tzinfo is None:
            raise ValueError("received_at must be an aware datetime")
        if thai_date(draft.received_at) > self._today():
            raise user_error(
                CONTEXT, QT_TRANSLATE_NOOP("ComplaintCases", "The received date is in the future.")
            )
        if len(subject) > 500:
            raise user_error(
                CONTEXT,
                QT_TRANSLATE_NOOP("ComplaintCases", "The subject is longer than 500 characters."),
            )
        province = draft.province.strip()
        if province:
            found = find_province(province)
            if found is None:
                raise user_error(CONTEXT, QT_TRANSLATE_NOOP("ComplaintCases", "Unknown province: {province}"),
                                 province=province)  # fmt: skip
            province = found.name_th
        for attachment in draft.attachments:
            check_attachment(attachment)
        return {
            "received_at": draft.received_at, "channel_id": draft.channel_id,
            "stakeholder_id": None if draft.anonymous else draft.stakeholder_id, "anonymous": draft.anonymous,
            "complainant_name": "" if draft.anonymous else draft.complainant_name.strip(),
            "complainant_contact": "" if draft.anonymous else draft.complainant_contact.strip(),
            "subject": subject, "details": draft.details.strip(), "category_id": draft.category_id,
            "service_id": draft.service_id, "office_id": draft.office_id, "province": province,
            "district": draft.district.strip(), "priority": draft.priority, "confidential": draft.confidential,
            "unit": draft.unit.strip(), "assigned_to": draft.assigned_to.strip(),
        }  # fmt: skip

    def register_from_feedback(self, feedback_id: uuid.UUID, draft: CaseDraft) -> CaseLink:
        """Register a case from a listening-log entry, linked to it (the entry's text, channel
        and person usually prefill ``draft``; see ``draft_from_feedback``)."""
        return self.register(replace(draft, feedback_entry_id=feedback_id))

    def draft_from_feedback(self, feedback_id: uuid.UUID) -> CaseDraft:
        """A registration prefilled from a listening-log entry."""
        with self._db.session_scope() as session:
            entry = session.get(FeedbackEntry, feedback_id)
            if entry is None:
                raise user_error(
                    CONTEXT,
                    QT_TRANSLATE_NOOP("ComplaintCases", "The listening entry no longer exists."),
                )
            first_line = entry.text.strip().splitlines()[0] if entry.text.strip() else ""
            return CaseDraft(
                received_at=entry.received_at, channel_id=entry.channel_id, category_id=None,
                subject=first_line[:200], details=entry.text, stakeholder_id=entry.stakeholder_id,
                complainant_name=entry.stakeholder.name if entry.stakeholder else "",
                service_id=entry.service_id, office_id=entry.office_id, feedback_entry_id=entry.id,
            )  # fmt: skip

    def cases_of_feedback(self, feedback_id: uuid.UUID) -> list[CaseLink]:
        """The cases registered from a listening entry (the link back)."""
        with self._db.session_scope() as session:
            stmt = (
                select(Complaint)
                .where(Complaint.feedback_entry_id == feedback_id)
                .order_by(Complaint.number)
            )
            return [
                CaseLink(c.id, c.number, c.subject, c.status, c.received_at)
                for c in session.scalars(stmt)
            ]

    # --- duplicates -------------------------------------------------------------------------
    def possible_duplicates(
        self, category_id: uuid.UUID | None, province: str, district: str, text: str,
        exclude_id: uuid.UUID | None = None, limit: int = 5,
    ) -> list[CaseLink]:  # fmt: skip
        """Open cases of the same category and place whose words resemble ``text``, most
        similar first. Confidential cases are left out: their words must not show."""
        if category_id is None or not text.strip():
            return []
        found = find_province(province) if province.strip() else None
        stmt = (
            select(
                Complaint.id,
                Complaint.number,
                Complaint.subject,
                Complaint.details,
                Complaint.status,
                Complaint.received_at,
            )  # fmt: skip
            .where(
                Complaint.category_id == category_id,
                Complaint.status.in_(OPEN_STATUSES),
                Complaint.confidential.is_(False),
            )  # fmt: skip
            .order_by(Complaint.received_at.desc())
            .limit(1000)  # the recent open cases of one category and place: few
        )
        if found is not None:
            stmt = stmt.where(Complaint.province == found.name_th)
        if district.strip():
            stmt = stmt.where(Complaint.district == district.strip())
        if exclude_id is not None:
            stmt = stmt.where(Complaint.id != exclude_id)
        with self._db.session_scope() as session:
            rows = session.execute(stmt).all()
        scored = [
            CaseLink(
                r.id,
                r.number,
                r.subject,
                r.status,
                r.received_at,
                similarity(text, f"{r.subject} {r.details}"),
            )
            for r in rows
        ]
        scored = [c for c in scored if c.similarity >= DUPLICATE_MIN_SIMILARITY]
        scored.sort(key=lambda c: (-c.similarity, c.number))
        return scored[:limit]

    def link_duplicate(self, case_id: uuid.UUID, original_id: uuid.UUID) -> None:
        """Mark ``case_id`` as a duplicate of ``original_id`` (both stay)."""
        if case_id == original_id:
            raise user_error(
                CONTEXT, QT_TRANSLATE_NOOP("ComplaintCases", "A case cannot duplicate itself.")
            )
        with self._db.session_scope() as session:
            case = self._writable(session, case_id)
            original = self._writable(session, original_id)
            if original.duplicate_of_id == case.id:
                raise user_error(CONTEXT, QT_TRANSLATE_NOOP("ComplaintCases",
                                 "Case {number} is already marked as a duplicate of this one."),
                                 number=original.number)  # fmt: skip
            case.duplicate_of_id = original.id
            self._audit(session, case.id, AuditAction.UPDATE, {"duplicate_of": original.number})

    def merge_duplicate(self, case_id: uuid.UUID, original_id: uuid.UUID) -> None:
        """Merge a duplicate into the original: its attachments move over, it is linked and
        ends as "rejected / not relevant" with a note naming the original."""
        with self._db.session_scope() as session:
            case = self._writable(session, case_id)
            original = self._writable(session, original_id)
            if case.id == original.id:
                raise user_error(
                    CONTEXT, QT_TRANSLATE_NOOP("ComplaintCases", "A case cannot duplicate itself.")
                )
            check_transition(case.status, S.REJECTED)
            for attachment in session.scalars(select(ComplaintAttachment).where(
                    ComplaintAttachment.complaint_id == case.id)):  # fmt: skip
                attachment.complaint_id = original.id
            case.duplicate_of_id = original.id
            self._move(session, case, S.REJECTED, f"→ {original.number}")
            self._audit(session, case.id, AuditAction.MERGE, {"into": original.number})

    # --- the workflow -------------------------------------------------------------------------
    def transition(
        self, case_id: uuid.UUID, target: ComplaintStatus, note: str = "", *,
        forwarding: Forwarding | None = None, resolution: Resolution | None = None,
    ) -> None:  # fmt: skip
        """Move a case to ``target``; forwarding needs the agency and date, resolving needs the
        summary and when and how the complainant was told, reopening needs a reason (``note``)."""
        target = S(target)
        with self._db.session_scope() as session:
            case = self._writable(session, case_id)
            check_transition(case.status, target, note)
            if target is S.FORWARDED:
                if forwarding is None or not forwarding.agency.strip():
                    raise user_error(CONTEXT, QT_TRANSLATE_NOOP("ComplaintCases",
                                     "Name the agency the case is forwarded to."))  # fmt: skip
                case.forwarded_agency = forwarding.agency.strip()
                case.forwarded_on = forwarding.on
                case.forwarded_reference = forwarding.reference.strip()
            if target is S.RESOLVED:
                self._resolve(session, case, resolution)
            if target is S.REOPENED:
                case.reopen_count += 1
                case.resolved_at = case.closed_at = case.notified_at = None
            self._move(session, case, target, note.strip())

    def _resolve(self, session: Session, case: Complaint, resolution: Resolution | None) -> None:
        if resolution is None or not resolution.summary.strip():
            raise user_error(
                CONTEXT, QT_TRANSLATE_NOOP("ComplaintCases", "Write the resolution summary.")
            )
        if resolution.notify_channel_id is None:
            raise user_error(CONTEXT, QT_TRANSLATE_NOOP("ComplaintCases",
                             "Choose the channel by which the complainant was told the result."))  # fmt: skip
        told_on = thai_date(resolution.notified_at)
        if told_on < thai_date(case.received_at) or told_on > self._today():
            raise user_error(CONTEXT, QT_TRANSLATE_NOOP("ComplaintCases",
                             "The day the complainant was told must be between receipt and today."))  # fmt: skip
        case.resolution = resolution.summary.strip()
        case.root_cause_id = resolution.root_cause_id
        case.corrective_action = resolution.corrective_action.strip()
        case.notified_at = resolution.notified_at
        case.notify_channel_id = resolution.notify_channel_id

    def _move(self, session: Session, case: Complaint, target: ComplaintStatus, note: str) -> None:
        now = self._now()
        if case.acknowledged_at is None:
            case.acknowledged_at = now
        if case.first_response_at is None and target in _FIRST_RESPONSE_STATUSES:
            case.first_response_at = now
        if target is S.RESOLVED:
            case.resolved_at = now
        if target in (S.CLOSED, S.REJECTED, S.WITHDRAWN):
            case.closed_at = now
        session.add(ComplaintStatusChange(complaint_id=case.id, changed_at=now, changed_by=self._user(),
                                          from_status=case.status, to_status=target, note=note))  # fmt: skip
        case.status = target
        session.flush()
        self._update_due(session, case)

    def _update_due(self, session: Session, case: Complaint) -> None:
        category = session.get(ComplaintCategory, case.category_id)
        case.due_on = resolve_due_on(self._calendar(session), case.received_at, category.resolve_days,
                                     self._moves(session, case.id), self._today())  # fmt: skip

    def _pauses(self, session: Session, case_id: uuid.UUID) -> list[Pause]:
        return case_pauses(self._moves(session, case_id), self._today())

    @staticmethod
    def _moves(session: Session, case_id: uuid.UUID) -> list[tuple[datetime, ComplaintStatus]]:
        return [tuple(row) for row in session.execute(
            select(ComplaintStatusChange.changed_at, ComplaintStatusChange.to_status)
            .where(ComplaintStatusChange.complaint_id == case_id)
            .order_by(ComplaintStatusChange.changed_at, ComplaintStatusChange.id)
        )]  # fmt: skip

    def assign(self, case_id: uuid.UUID, unit: str, person: str) -> None:
        with self._db.session_scope() as session:
            case = self._writable(session, case_id)
            if case.status in FINISHED_STATUSES:
                raise user_error(
                    CONTEXT,
                    QT_TRANSLATE_NOOP("ComplaintCases", "A finished case cannot be reassigned."),
                )
            before = {"unit": case.unit, "assigned_to": case.assigned_to}
            case.unit, case.assigned_to = unit.strip(), person.strip()
            self._audit(session, case.id, AuditAction.UPDATE,
                        {"before": before, "after": {"unit": case.unit, "assigned_to": case.assigned_to}})  # fmt: skip

    def record_follow_up(
        self, case_id: uuid.UUID, score: int, comment: str, trust_restored: bool | None
    ) -> None:
        """The complainant's satisfaction with the handling (1-5), after the result."""
        if score not in range(1, 6):
            raise user_error(
                CONTEXT, QT_TRANSLATE_NOOP("ComplaintCases", "Satisfaction is a score from 1 to 5.")
            )
        with self._db.session_scope() as session:
            case = self._writable(session, case_id)
            if case.status not in (S.RESOLVED, S.CLOSED):
                raise user_error(CONTEXT, QT_TRANSLATE_NOOP("ComplaintCases",
                                 "Follow-up is recorded once the complainant was told the result."))  # fmt: skip
            case.follow_up_score, case.follow_up_comment = score, comment.strip()
            case.trust_restored, case.followed_up_at = trust_restored, self._now()

    # --- confidential access ----------------------------------------------------------------
    def grant_access(self, case_id: uuid.UUID, user_name: str) -> None:
        user_name = user_name.strip()
        if not user_name:
            return
        with self._db.session_scope() as session:
            case = self._writable(session, case_id)
            exists = session.scalar(select(ComplaintAccess.id).where(
                ComplaintAccess.complaint_id == case.id, ComplaintAccess.user_name == user_name))  # fmt: skip
            if exists is None:
                session.add(ComplaintAccess(complaint_id=case.id, user_name=user_name))

    def revoke_access(self, case_id: uuid.UUID, user_name: str) -> None:
        with self._db.session_scope() as session:
            case = self._writable(session, case_id)
            session.execute(delete(ComplaintAccess).where(
                ComplaintAccess.complaint_id == case.id, ComplaintAccess.user_name == user_name))  # fmt: skip

    # --- attachments ------------------------------------------------------------------------
    def add_attachment(self, case_id: uuid.UUID, attachment: AttachmentFile) -> uuid.UUID:
        check_attachment(attachment)
        with self._db.session_scope() as session:
            case = self._writable(session, case_id)
            row = _attachment_row(case.id, attachment, self._user())
            session.add(row)
            session.flush()
            return row.id

    def attachment_content(self, attachment_id: uuid.UUID) -> tuple[str, bytes]:
        """The file name and bytes of an attachment (only for those allowed to read the case)."""
        with self._db.session_scope() as session:
            row = session.get(ComplaintAttachment, attachment_id)
            if row is None:
                raise _gone()
            self._writable(session, row.complaint_id)
            return row.file_name, row.content

    def remove_attachment(self, attachment_id: uuid.UUID) -> None:
        with self._db.session_scope() as session:
            row = session.get(ComplaintAttachment, attachment_id)
            if row is None:
                raise _gone()
            self._writable(session, row.complaint_id)
            session.delete(row)
            self._audit(
                session, row.complaint_id, AuditAction.DELETE, {"attachment": row.file_name}
            )

    # --- reading one case -------------------------------------------------------------------
    def case(self, case_id: uuid.UUID) -> CaseDetails:
        with self._db.session_scope() as session:
            c = session.get(Complaint, case_id)
            if c is None:
                raise _gone()
            hidden = not self._can_read(session, c)
            category = c.category
            standard = ServiceStandard(category.acknowledge_days, category.first_response_days,
                                       category.resolve_days, category.notify_days, category.warn_days_before)  # fmt: skip
            pauses = self._pauses(session, c.id)
            done = {
                Milestone.ACKNOWLEDGE: _day(c.acknowledged_at),
                Milestone.FIRST_RESPONSE: _day(c.first_response_at),
                Milestone.RESOLVE: _day(c.resolved_at)
                or (_day(c.closed_at) if c.status in FINISHED_STATUSES else None),
                Milestone.NOTIFY: _day(c.notified_at),
            }
            milestones = assess(standard, self._calendar(session), thai_date(c.received_at), done, pauses,
                                self._today())  # fmt: skip
            if c.stakeholder is not None:
                complainant = c.stakeholder.name
            else:
                complainant = c.complainant_name
            original = session.get(Complaint, c.duplicate_of_id) if c.duplicate_of_id else None
            duplicates = session.scalars(select(Complaint).where(Complaint.duplicate_of_id == c.id)
                                         .order_by(Complaint.number)).all()  # fmt: skip
            attachments = session.scalars(select(ComplaintAttachment).where(
                ComplaintAttachment.complaint_id == c.id).order_by(ComplaintAttachment.created_at)).all()  # fmt: skip
            access = session.scalars(select(ComplaintAccess.user_name).where(
                ComplaintAccess.complaint_id == c.id).order_by(ComplaintAccess.user_name)).all()  # fmt: skip

            def text(value: str) -> str:
                return "" if hidden else value

            def link(other: Complaint) -> CaseLink:
                return CaseLink(other.id, other.number, "" if (other.confidential and hidden) else other.subject,
                                other.status, other.received_at)  # fmt: skip

            return CaseDetails(
                id=c.id, number=c.number, hidden=hidden, received_at=c.received_at,
                channel=_named(c.channel), category=_named(category), category_id=category.id,
                subject=text(c.subject), details=text(c.details), complainant=text(complainant),
                complainant_contact=text(c.complainant_contact), stakeholder_id=None if hidden else c.stakeholder_id,
                anonymous=c.anonymous, service=_named(c.service), office=_named(c.office),
                province=c.province, district=c.district, priority=c.priority, confidential=c.confidential,
                status=c.status, unit=c.unit, assigned_to=c.assigned_to, due_on=c.due_on,
                forwarded_agency=c.forwarded_agency, forwarded_on=c.forwarded_on,
                forwarded_reference=c.forwarded_reference, resolution=text(c.resolution),
                root_cause=_named(c.root_cause), corrective_action=text(c.corrective_action),
                notified_at=c.notified_at, notify_channel=_named(c.notify_channel),
                follow_up_score=c.follow_up_score, follow_up_comment=text(c.follow_up_comment),
                trust_restored=c.trust_restored, reopen_count=c.reopen_count,
                feedback_entry_id=c.feedback_entry_id,
                duplicate_of=link(original) if original else None,
                duplicates=tuple(link(d) for d in duplicates),
                history=tuple(HistoryEntry(h.changed_at, h.changed_by, h.from_status, h.to_status, text(h.note))
                              for h in c.history),
                attachments=() if hidden else tuple(
                    AttachmentInfo(a.id, a.file_name, a.media_type, a.size, a.added_by, a.created_at)
                    for a in attachments),
                milestones=milestones,
                allowed_next=() if hidden else allowed_next(c.status),
                access=() if hidden else tuple(access),
            )  # fmt: skip

    # --- helpers ------------------------------------------------------------------------------
    def _can_read(self, session: Session, case: Complaint) -> bool:
        if not case.confidential:
            return True
        user = self._user()
        if not user:
            return False
        if case.assigned_to == user or is_confidential_officer(session, user):
            return True
        return session.scalar(select(ComplaintAccess.id).where(
            ComplaintAccess.complaint_id == case.id, ComplaintAccess.user_name == user)) is not None  # fmt: skip

    def _writable(self, session: Session, case_id: uuid.UUID) -> Complaint:
        case = session.get(Complaint, case_id)
        if case is None:
            raise _gone()
        if not self._can_read(session, case):
            raise user_error(CONTEXT, QT_TRANSLATE_NOOP("ComplaintCases",
                             "Case {number} is confidential: only the officers allowed may open or change it."),
                             number=case.number)  # fmt: skip
        return case

    @staticmethod
    def _calendar(session: Session) -> WorkingCalendar:
        return WorkingCalendar(session.scalars(select(Holiday.day)))

    def _audit(
        self, session: Session, case_id: uuid.UUID, action: AuditAction, changes: dict
    ) -> None:
        session.add(AuditEntry(at=self._now(), user=self._user(), action=action, entity="complaint",
                               entity_id=case_id, changes=changes))  # fmt: skip


class _NumberTaken(Exception):
    """Another PC saved a case with this sequence (or its number) first."""

    def __init__(self, sequence: int) -> None:
        super().__init__(sequence)
        self.sequence = sequence


def _is_number_clash(error: IntegrityError) -> bool:
    # SQLite: "UNIQUE constraint failed: complaint.fiscal_year, complaint.sequence";
    # PostgreSQL names the constraint (uq_complaint_number, ...).
    text = str(error.orig).lower()
    return (
        "complaint" in text
        and ("sequence" in text or "number" in text)
        and "attachment" not in text
    )


def _attachment_row(
    case_id: uuid.UUID, attachment: AttachmentFile, user: str
) -> ComplaintAttachment:
    name = attachment.file_name.strip()[-255:]
    media_type = (
        attachment.media_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
    )
    return ComplaintAttachment(complaint_id=case_id, file_name=name, media_type=media_type,
                               size=len(attachment.content), content=attachment.content, added_by=user)  # fmt: skip


def _gone() -> UserError:
    return user_error(CONTEXT, QT_TRANSLATE_NOOP("ComplaintCases", "The case no longer exists."))


def _day(moment: datetime | None) -> date | None:
    return None if moment is None else thai_date(moment)


def _named(entity: object | None) -> Named | None:
    if entity is None:
        return None
    return Named(entity.name_th, entity.name_en)  # type: ignore[attr-defined]
