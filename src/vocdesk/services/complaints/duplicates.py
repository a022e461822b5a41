"""The same complaint received twice: cases that may be duplicates (open, same category and
place, similar words), marking one as a duplicate of another, merging it into the original.
Both name the duplicate's version the case view showed: refused if it was saved since."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from vocdesk.db.base import utc_now
from vocdesk.db.models import Complaint, ComplaintAttachment
from vocdesk.domain.complaints.workflow import OPEN_STATUSES, check_transition
from vocdesk.domain.enums import AuditAction, ComplaintStatus
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error
from vocdesk.domain.provinces import find_province
from vocdesk.services.complaints.access import CaseAccess
from vocdesk.services.complaints.case_records import CONTEXT, CaseLink, similarity
from vocdesk.services.complaints.workflow import CaseWorkflow
from vocdesk.services.database import Database, check_version

DUPLICATE_MIN_SIMILARITY = 0.2


class CaseDuplicates:
    def __init__(self, db: Database, access: CaseAccess, workflow: CaseWorkflow) -> None:
        self._db = db
        self._access = access
        self._workflow = workflow

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

    def link_duplicate(
        self, case_id: uuid.UUID, original_id: uuid.UUID, *, version: int | None = None
    ) -> None:
        """Mark ``case_id`` as a duplicate of ``original_id`` (both stay)."""
        if case_id == original_id:
            raise user_error(
                CONTEXT, QT_TRANSLATE_NOOP("ComplaintCases", "A case cannot duplicate itself.")
            )
        with self._db.session_scope() as session:
            case = self._access.workable(session, case_id)
            check_version(case, version)
            original = self._access.writable(session, original_id)
            if original.duplicate_of_id == case.id:
                raise user_error(CONTEXT, QT_TRANSLATE_NOOP("ComplaintCases",
                                 "Case {number} is already marked as a duplicate of this one."),
                                 number=original.number)  # fmt: skip
            case.duplicate_of_id = original.id
            self._access.audit(
                session, case.id, AuditAction.UPDATE, {"duplicate_of": original.number}
            )

    def merge_duplicate(
        self, case_id: uuid.UUID, original_id: uuid.UUID, *, version: int | None = None
    ) -> None:
        """Merge a duplicate into the original: its attachments move over, it is linked and
        ends as "rejected / not relevant" with a note naming the original."""
        with self._db.session_scope() as session:
            case = self._access.managed(session, case_id)  # it ends the case
            check_version(case, version)
            original = self._access.writable(session, original_id)
            if case.id == original.id:
                raise user_error(
                    CONTEXT, QT_TRANSLATE_NOOP("ComplaintCases", "A case cannot duplicate itself.")
                )
            check_transition(case.status, ComplaintStatus.REJECTED)
            for attachment in session.scalars(select(ComplaintAttachment).where(
                    ComplaintAttachment.complaint_id == case.id)):  # fmt: skip
                attachment.complaint_id = original.id
                original.updated_at = utc_now()  # its files changed: its version moves on
            case.duplicate_of_id = original.id
            self._workflow.move(session, case, ComplaintStatus.REJECTED, f"→ {original.number}")
            self._access.audit(session, case.id, AuditAction.MERGE, {"into": original.number})
