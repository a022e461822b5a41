"""The complaint-case workflow: register a case (by hand or from a listening-log entry), correct
it, move it through its statuses, assign it, record the complainant's follow-up. Each public
method is one user action and one transaction.

Milestones of the service standard are stamped by the workflow itself: a case is acknowledged
by its first move out of "received", gets its first response when it first goes to work (in
progress, forwarded, co-handled), is resolved or rejected; it is resolved and the complainant
notified when it moves to "resolved" (with the day and channel of the notice). The due date
kept on the case (``due_on``, see ``due``) is recomputed from the history's pauses on every
move.

Who may do what (``access``): registering and working a case assigned to oneself or to nobody
need ``Permission.RECORD``; assigning (also through the form's assignee when it names someone
else), changing the confidential flag, and the moves that end or reopen a case (resolved,
closed, rejected, withdrawn, reopened) need ``Permission.MANAGE_CASES``, as does any action on a
case assigned to someone else.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.db.base import utc_now
from vocdesk.db.models import (
    AuditEntry,
    Channel,
    Complaint,
    ComplaintAccess,
    ComplaintCategory,
    ComplaintStatusChange,
    FeedbackEntry,
)
from vocdesk.domain.accounts import Permission
from vocdesk.domain.clock import thai_date
from vocdesk.domain.complaints.service_standard import due_date
from vocdesk.domain.complaints.workflow import FINISHED_STATUSES, check_transition
from vocdesk.domain.enums import AuditAction, ComplaintStatus
from vocdesk.domain.fiscal import fiscal_year_be
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error
from vocdesk.domain.provinces import find_province
from vocdesk.services.authorization import not_allowed
from vocdesk.services.complaints.access import CaseAccess
from vocdesk.services.complaints.attachments import attachment_row
from vocdesk.services.complaints.case_records import (
    CONTEXT,
    CaseDraft,
    CaseLink,
    Forwarding,
    Resolution,
    check_attachment,
)
from vocdesk.services.complaints.due import update_due, working_calendar
from vocdesk.services.complaints.numbering import flush_numbered, next_number, save_numbered
from vocdesk.services.confidentiality import readable_condition
from vocdesk.services.database import Database, check_version
from vocdesk.services.follow_ups import schedule_complaint_follow_up

S = ComplaintStatus
# Moves that send the complainant a first response.
_FIRST_RESPONSE_STATUSES = frozenset(
    {S.IN_PROGRESS, S.FORWARDED, S.CO_HANDLED, S.RESOLVED, S.REJECTED}
)
# Moves that end or reopen a case: for those who manage cases (supervisors).
MANAGING_MOVES = frozenset({S.RESOLVED, S.CLOSED, S.REJECTED, S.WITHDRAWN, S.REOPENED})


class CaseWorkflow:
    def __init__(
        self,
        db: Database,
        access: CaseAccess,
        today: Callable[[], date],
        now: Callable[[], datetime],
    ) -> None:
        self._db = db
        self._access = access
        self._today = today
        self._now = now

    # --- registering ----------------------------------------------------------------------
    def register(self, draft: CaseDraft) -> CaseLink:
        """Register a case; returns its number. Everything or nothing is saved (another PC
        taking the number first makes it try again with the next: see ``numbering``)."""
        checked = self._checked(draft)
        principal = self._access.principal()
        if checked["assigned_to"] not in ("", principal.login) and not principal.may(
            Permission.MANAGE_CASES
        ):
            raise not_allowed(principal, Permission.MANAGE_CASES)
        return save_numbered(lambda at_least: self._register(draft, checked, at_least))

    def _register(self, draft: CaseDraft, checked: dict[str, object], at_least: int) -> CaseLink:
        user = self._access.user()
        with self._db.session_scope() as session:
            category = session.get(ComplaintCategory, draft.category_id)
            if category is None or session.get(Channel, draft.channel_id) is None:
                raise user_error(CONTEXT, QT_TRANSLATE_NOOP("ComplaintCases",
                                 "The chosen channel or category no longer exists."))  # fmt: skip
            fiscal_year = fiscal_year_be(thai_date(draft.received_at))
            series, sequence, number = next_number(session, fiscal_year, at_least)
            case = Complaint(
                series=series,
                fiscal_year=fiscal_year,
                sequence=sequence,
                number=number,
                status=S.RECEIVED,
                feedback_entry_id=draft.feedback_entry_id,
                duplicate_of_id=draft.duplicate_of_id,
                **checked,
            )
            case.due_on = due_date(
                working_calendar(session, draft.office_id),
                thai_date(draft.received_at),
                category.resolve_days,
            )
            session.add(case)
            flush_numbered(session, sequence)
            session.add(ComplaintStatusChange(
                complaint_id=case.id, changed_at=self._now(), changed_by=user, from_status=None,
                to_status=S.RECEIVED, note="",
            ))  # fmt: skip
            for attachment in draft.attachments:
                session.add(attachment_row(case.id, attachment, user))
            if case.confidential and user and user != case.assigned_to:
                # Whoever took the report down knows it already: they keep reading it.
                session.add(ComplaintAccess(complaint_id=case.id, user_name=user))
            session.add(AuditEntry(at=self._now(), user=user, action=AuditAction.CREATE, entity="complaint",
                                   entity_id=case.id, changes={"number": number}))  # fmt: skip
            return CaseLink(case.id, number, case.subject, S.RECEIVED, draft.received_at)

    def draft_of_case(self, case_id: uuid.UUID) -> CaseDraft:
        """A registered case's fields, to correct them in the form."""
        with self._db.session_scope() as session:
            c = self._access.writable(session, case_id)
            withheld = self._withheld(c)  # PDPA s.26: a sensitive complainant's words
            return CaseDraft(
                received_at=c.received_at, channel_id=c.channel_id, category_id=c.category_id, subject=c.subject,
                details="" if withheld else c.details, stakeholder_id=c.stakeholder_id, anonymous=c.anonymous,
                complainant_name=c.complainant_name, complainant_contact=c.complainant_contact,
                service_id=c.service_id, office_id=c.office_id, province=c.province, district=c.district,
                priority=c.priority, confidential=c.confidential, unit=c.unit, assigned_to=c.assigned_to,
                feedback_entry_id=c.feedback_entry_id, duplicate_of_id=c.duplicate_of_id,
                version=c.version,
            )  # fmt: skip

    def _withheld(self, case: Complaint) -> bool:
        """Whether the case's details are withheld from the person acting: its complainant is
        marked sensitive (PDPA s.26) and they lack the personal-data grant."""
        person = case.stakeholder
        return (
            person is not None
            and bool(person.sensitive)
            and not self._access.principal().may(Permission.PERSONAL_DATA)
        )

    def update_case(self, case_id: uuid.UUID, draft: CaseDraft) -> None:
        """Correct what was registered (the number stays; the due date follows a new category
        or received day; new attachments in ``draft`` are added). Checked like a registration.
        Refused when the case was saved since ``draft`` was read (``draft.version``)."""
        checked = self._checked(draft)
        with self._db.session_scope() as session:
            case = self._access.workable(session, case_id)
            check_version(case, draft.version)
            principal = self._access.principal()
            if (
                checked["assigned_to"] != case.assigned_to
                or checked["confidential"] != case.confidential
            ) and not principal.may(Permission.MANAGE_CASES):
                # The assignee and the confidential flag decide who reads the case.
                raise not_allowed(principal, Permission.MANAGE_CASES)
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
            if self._withheld(case):  # not shown to this reader (draft_of_case): kept as stored
                checked["details"] = case.details
            for name, value in checked.items():
                setattr(case, name, value)
            for attachment in draft.attachments:
                session.add(attachment_row(case.id, attachment, self._access.user()))
            case.updated_at = utc_now()  # a save, even of attachments alone: the version moves on
            session.flush()
            update_due(session, case, self._today())
            self._access.audit(session, case.id, AuditAction.UPDATE, {"before": before})

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

    # --- from the listening log -----------------------------------------------------------
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
        """The cases registered from a listening entry (the link back); a confidential case
        the reader may not read comes with its number only (an empty subject)."""
        readable = readable_condition(self._access.principal())
        with self._db.session_scope() as session:
            stmt = (
                select(Complaint, readable.label("readable"))
                .where(Complaint.feedback_entry_id == feedback_id)
                .order_by(Complaint.number)
            )
            return [
                CaseLink(c.id, c.number, c.subject if shown else "", c.status, c.received_at)
                for c, shown in session.execute(stmt)
            ]

    # --- the workflow -------------------------------------------------------------------------
    def transition(
        self, case_id: uuid.UUID, target: ComplaintStatus, note: str = "", *,
        forwarding: Forwarding | None = None, resolution: Resolution | None = None,
        version: int | None = None,
    ) -> None:  # fmt: skip
        """Move a case to ``target``; forwarding needs the agency and date, resolving needs the
        summary and when and how the complainant was told, reopening needs a reason (``note``).
        ``version``: the one the case view showed; the move is refused if the case was saved
        since (another window moved it meanwhile)."""
        target = S(target)
        with self._db.session_scope() as session:
            if target in MANAGING_MOVES:
                case = self._access.managed(session, case_id)
            else:
                case = self._access.workable(session, case_id)
            check_version(case, version)
            check_transition(case.status, target, note)
            if target is S.FORWARDED:
                if forwarding is None or not forwarding.agency.strip():
                    raise user_error(CONTEXT, QT_TRANSLATE_NOOP("ComplaintCases",
                                     "Name the agency the case is forwarded to."))  # fmt: skip
                case.forwarded_agency = forwarding.agency.strip()
                case.forwarded_on = forwarding.on
                case.forwarded_reference = forwarding.reference.strip()
            if target is S.RESOLVED:
                self._resolve(case, resolution)
            if target is S.REOPENED:
                case.reopen_count += 1
                case.resolved_at = case.closed_at = case.notified_at = None
            self.move(session, case, target, note.strip())
            if target is S.RESOLVED:  # the complainant's follow-up falls due some working days on
                schedule_complaint_follow_up(session, case)

    def _resolve(self, case: Complaint, resolution: Resolution | None) -> None:
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

    def move(self, session: Session, case: Complaint, target: ComplaintStatus, note: str) -> None:
        """Move ``case`` (already checked: ``check_transition``) to ``target`` inside the caller's
        transaction: the milestones it reaches, its history and its due date."""
        now = self._now()
        if case.acknowledged_at is None:
            case.acknowledged_at = now
        if case.first_response_at is None and target in _FIRST_RESPONSE_STATUSES:
            case.first_response_at = now
        if target is S.RESOLVED:
            case.resolved_at = now
        if target in (S.CLOSED, S.REJECTED, S.WITHDRAWN):
            case.closed_at = now
        session.add(ComplaintStatusChange(complaint_id=case.id, changed_at=now, changed_by=self._access.user(),
                                          from_status=case.status, to_status=target, note=note))  # fmt: skip
        case.status = target
        session.flush()
        update_due(session, case, self._today())

    def assign(
        self, case_id: uuid.UUID, unit: str, person: str, *, version: int | None = None
    ) -> None:
        with self._db.session_scope() as session:
            case = self._access.managed(session, case_id)
            check_version(case, version)
            if case.status in FINISHED_STATUSES:
                raise user_error(
                    CONTEXT,
                    QT_TRANSLATE_NOOP("ComplaintCases", "A finished case cannot be reassigned."),
                )
            before = {"unit": case.unit, "assigned_to": case.assigned_to}
            case.unit, case.assigned_to = unit.strip(), person.strip()
            self._access.audit(session, case.id, AuditAction.UPDATE,
                               {"before": before, "after": {"unit": case.unit, "assigned_to": case.assigned_to}})  # fmt: skip

    def record_follow_up(
        self, case_id: uuid.UUID, score: int, comment: str, trust_restored: bool | None,
        *, version: int | None = None,
    ) -> None:  # fmt: skip
        """The complainant's satisfaction with the handling (1-5), after the result."""
        if score not in range(1, 6):
            raise user_error(
                CONTEXT, QT_TRANSLATE_NOOP("ComplaintCases", "Satisfaction is a score from 1 to 5.")
            )
        with self._db.session_scope() as session:
            case = self._access.workable(session, case_id)
            check_version(case, version)
            if case.status not in (S.RESOLVED, S.CLOSED):
                raise user_error(CONTEXT, QT_TRANSLATE_NOOP("ComplaintCases",
                                 "Follow-up is recorded once the complainant was told the result."))  # fmt: skip
            case.follow_up_score, case.follow_up_comment = score, comment.strip()
            case.trust_restored, case.followed_up_at = trust_restored, self._now()
