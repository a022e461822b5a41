"""One complaint case as the case view shows it: its fields, history, attachments, linked cases
and where it stands against its service standard. A confidential case the reader may not read
comes with its number, dates and status only (``CaseDetails.hidden``)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime
from typing import Protocol

from sqlalchemy import select

from vocdesk.db.models import Complaint, ComplaintAccess, ComplaintAttachment
from vocdesk.domain.accounts import Permission
from vocdesk.domain.clock import thai_date
from vocdesk.domain.complaints.service_standard import Milestone, ServiceStandard, assess
from vocdesk.domain.complaints.workflow import FINISHED_STATUSES, allowed_next
from vocdesk.domain.pdpa.masking import mask_contact
from vocdesk.domain.tables import Named
from vocdesk.services.complaints.access import CaseAccess, case_gone
from vocdesk.services.complaints.case_records import (
    AttachmentInfo,
    CaseDetails,
    CaseLink,
    HistoryEntry,
)
from vocdesk.services.complaints.due import case_moves, case_pauses, working_calendar
from vocdesk.services.database import Database


class CaseReader:
    def __init__(self, db: Database, access: CaseAccess, today: Callable[[], date]) -> None:
        self._db = db
        self._access = access
        self._today = today

    def case(self, case_id: uuid.UUID, *, reveal_personal: bool = False) -> CaseDetails:
        """The case as its view shows it; the complainant's contact masked unless
        ``reveal_personal`` (the caller checked the grant and records the view)."""
        with self._db.session_scope() as session:
            c = session.get(Complaint, case_id)
            if c is None:
                raise case_gone()
            hidden = not self._access.can_read(session, c)
            principal = self._access.principal()
            manageable = not hidden and principal.may(Permission.MANAGE_CASES)
            workable = manageable or (
                not hidden
                and principal.may(Permission.RECORD)
                and c.assigned_to in ("", principal.login)
            )
            category = c.category
            standard = ServiceStandard(category.acknowledge_days, category.first_response_days,
                                       category.resolve_days, category.notify_days, category.warn_days_before)  # fmt: skip
            pauses = case_pauses(case_moves(session, c.id), self._today())
            done = {
                Milestone.ACKNOWLEDGE: _day(c.acknowledged_at),
                Milestone.FIRST_RESPONSE: _day(c.first_response_at),
                Milestone.RESOLVE: _day(c.resolved_at)
                or (_day(c.closed_at) if c.status in FINISHED_STATUSES else None),
                Milestone.NOTIFY: _day(c.notified_at),
            }
            milestones = assess(standard, working_calendar(session, c.office_id), thai_date(c.received_at), done, pauses,
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

            sensitive = c.stakeholder is not None and bool(c.stakeholder.sensitive)
            withheld = sensitive and not hidden and not principal.may(Permission.PERSONAL_DATA)

            def text(value: str) -> str:
                return "" if hidden else value

            def free(value: str) -> str:  # a sensitive person's words (PDPA s.26)
                return "" if hidden or withheld else value

            contact = text(c.complainant_contact)
            if not reveal_personal:
                contact = mask_contact(contact)

            def link(other: Complaint) -> CaseLink:
                shown = self._access.can_read(session, other)
                return CaseLink(other.id, other.number, other.subject if shown else "",
                                other.status, other.received_at)  # fmt: skip

            return CaseDetails(
                id=c.id, number=c.number, hidden=hidden, received_at=c.received_at,
                channel=_named(c.channel), category=_named(category), category_id=category.id,
                subject=text(c.subject), details=free(c.details), complainant=text(complainant),
                complainant_contact=contact, stakeholder_id=None if hidden else c.stakeholder_id,
                anonymous=c.anonymous, service=_named_or_none(c.service), office=_named_or_none(c.office),
                province=c.province, district=c.district, priority=c.priority, confidential=c.confidential,
                status=c.status, unit=c.unit, assigned_to=c.assigned_to, due_on=c.due_on,
                forwarded_agency=c.forwarded_agency, forwarded_on=c.forwarded_on,
                forwarded_reference=c.forwarded_reference, resolution=free(c.resolution),
                root_cause=_named_or_none(c.root_cause), corrective_action=free(c.corrective_action),
                notified_at=c.notified_at, notify_channel=_named_or_none(c.notify_channel),
                follow_up_score=c.follow_up_score, follow_up_comment=free(c.follow_up_comment),
                trust_restored=c.trust_restored, reopen_count=c.reopen_count,
                feedback_entry_id=c.feedback_entry_id,
                duplicate_of=link(original) if original else None,
                duplicates=tuple(link(d) for d in duplicates),
                history=tuple(HistoryEntry(h.changed_at, h.changed_by, h.from_status, h.to_status, free(h.note))
                              for h in c.history),
                attachments=() if hidden else tuple(
                    AttachmentInfo(a.id, a.file_name, a.media_type, a.size, a.added_by, a.created_at)
                    for a in attachments),
                milestones=milestones,
                allowed_next=() if hidden else allowed_next(c.status),
                access=() if hidden else tuple(access),
                workable=workable, manageable=manageable, version=c.version,
                personal_revealed=reveal_personal and not hidden, sensitive=sensitive and not hidden,
                sensitive_withheld=withheld,
            )  # fmt: skip


class _Catalogued(Protocol):
    """A catalogue entry (channel, category, service, office, root cause): its two names."""

    @property
    def name_th(self) -> str: ...

    @property
    def name_en(self) -> str: ...


def _day(moment: datetime | None) -> date | None:
    return None if moment is None else thai_date(moment)


def _named(entity: _Catalogued) -> Named:
    return Named(entity.name_th, entity.name_en)


def _named_or_none(entity: _Catalogued | None) -> Named | None:
    return None if entity is None else _named(entity)
