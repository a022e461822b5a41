"""Working complaint cases: register, move through the workflow, assign, resolve, follow up,
attachments, duplicates, confidential access. Each public method is one user action and one
transaction.

``ComplaintCasesService`` is what the window sees; it gives the forms their catalogues and
hands every other action to the module that holds it:

- ``workflow``: registering (by hand or from a listening-log entry), corrections, status moves
  with the milestones they stamp, assignment, follow-up;
- ``numbering``: case numbers (``2569/000123``, the office's prefix) and the retry when two PCs
  take one at the same moment;
- ``due``: the due date kept on a case, counted from its category and its history's pauses;
- ``duplicates``: possible duplicates, linking and merging;
- ``attachments``: files kept with a case;
- ``access``: who may read and change a confidential case, and the audit trail of who did;
- ``details``: one case as the case view shows it.

Who acts is the login name of the person at the PC (see ``services.complaints``); only people
allowed to read a confidential case may change it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Protocol, TypeVar

from sqlalchemy import Select, select

from vocdesk.db.base import utc_now
from vocdesk.db.models import (
    Channel,
    Complaint,
    ComplaintCategory,
    ComplaintRootCause,
    Office,
    Service,
)
from vocdesk.domain.clock import thai_today
from vocdesk.domain.enums import ComplaintStatus
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error
from vocdesk.domain.tables import Named
from vocdesk.services.complaints.access import CaseAccess
from vocdesk.services.complaints.attachments import CaseAttachments
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
    similarity,
)
from vocdesk.services.complaints.details import CaseReader
from vocdesk.services.complaints.duplicates import CaseDuplicates
from vocdesk.services.complaints.numbering import NUMBER_PREFIX_KEY, CaseNumbering
from vocdesk.services.complaints.queues import os_user_name
from vocdesk.services.complaints.workflow import CaseWorkflow
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


class _CatalogueEntry(Protocol):
    """A row of a catalogue the forms choose from (channel, category, root cause, ...)."""

    @property
    def id(self) -> uuid.UUID: ...

    @property
    def code(self) -> str: ...

    @property
    def name_th(self) -> str: ...

    @property
    def name_en(self) -> str: ...


_Entry = TypeVar("_Entry", bound=_CatalogueEntry)


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
        self._registry = registry if registry is not None else RegistryService(db)
        self._access = CaseAccess(db, now, current_user)
        self._numbering = CaseNumbering(db)
        self._workflow = CaseWorkflow(db, self._access, today, now)
        self._duplicates = CaseDuplicates(db, self._access, self._workflow)
        self._attachments = CaseAttachments(db, self._access)
        self._reader = CaseReader(db, self._access, today)

    # --- catalogues for the forms -------------------------------------------------------------
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

    def _choices(self, stmt: Select[_Entry]) -> list[Choice]:
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

    # --- settings: numbering.py and access.py -------------------------------------------------
    def number_prefix(self) -> str:
        return self._numbering.number_prefix()

    def set_number_prefix(self, prefix: str) -> None:
        self._numbering.set_number_prefix(prefix)

    def confidential_officers(self) -> list[str]:
        return self._access.confidential_officers()

    def set_confidential_officers(self, names: Sequence[str]) -> None:
        self._access.set_confidential_officers(names)

    # --- registering and the workflow: workflow.py --------------------------------------------
    def register(self, draft: CaseDraft) -> CaseLink:
        return self._workflow.register(draft)

    def draft_of_case(self, case_id: uuid.UUID) -> CaseDraft:
        return self._workflow.draft_of_case(case_id)

    def update_case(self, case_id: uuid.UUID, draft: CaseDraft) -> None:
        self._workflow.update_case(case_id, draft)

    def register_from_feedback(self, feedback_id: uuid.UUID, draft: CaseDraft) -> CaseLink:
        return self._workflow.register_from_feedback(feedback_id, draft)

    def draft_from_feedback(self, feedback_id: uuid.UUID) -> CaseDraft:
        return self._workflow.draft_from_feedback(feedback_id)

    def cases_of_feedback(self, feedback_id: uuid.UUID) -> list[CaseLink]:
        return self._workflow.cases_of_feedback(feedback_id)

    def transition(
        self, case_id: uuid.UUID, target: ComplaintStatus, note: str = "", *,
        forwarding: Forwarding | None = None, resolution: Resolution | None = None,
    ) -> None:  # fmt: skip
        self._workflow.transition(
            case_id, target, note, forwarding=forwarding, resolution=resolution
        )

    def assign(self, case_id: uuid.UUID, unit: str, person: str) -> None:
        self._workflow.assign(case_id, unit, person)

    def record_follow_up(
        self, case_id: uuid.UUID, score: int, comment: str, trust_restored: bool | None
    ) -> None:
        self._workflow.record_follow_up(case_id, score, comment, trust_restored)

    # --- duplicates: duplicates.py ------------------------------------------------------------
    def possible_duplicates(
        self, category_id: uuid.UUID | None, province: str, district: str, text: str,
        exclude_id: uuid.UUID | None = None, limit: int = 5,
    ) -> list[CaseLink]:  # fmt: skip
        return self._duplicates.possible_duplicates(
            category_id, province, district, text, exclude_id, limit
        )

    def link_duplicate(self, case_id: uuid.UUID, original_id: uuid.UUID) -> None:
        self._duplicates.link_duplicate(case_id, original_id)

    def merge_duplicate(self, case_id: uuid.UUID, original_id: uuid.UUID) -> None:
        self._duplicates.merge_duplicate(case_id, original_id)

    # --- confidential access: access.py -------------------------------------------------------
    def grant_access(self, case_id: uuid.UUID, user_name: str) -> None:
        self._access.grant_access(case_id, user_name)

    def revoke_access(self, case_id: uuid.UUID, user_name: str) -> None:
        self._access.revoke_access(case_id, user_name)

    # --- attachments: attachments.py ----------------------------------------------------------
    def add_attachment(self, case_id: uuid.UUID, attachment: AttachmentFile) -> uuid.UUID:
        return self._attachments.add_attachment(case_id, attachment)

    def attachment_content(self, attachment_id: uuid.UUID) -> tuple[str, bytes]:
        return self._attachments.attachment_content(attachment_id)

    def remove_attachment(self, attachment_id: uuid.UUID) -> None:
        self._attachments.remove_attachment(attachment_id)

    # --- reading one case: details.py ---------------------------------------------------------
    def case(self, case_id: uuid.UUID) -> CaseDetails:
        return self._reader.case(case_id)
