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

Who acts is the signed-in person (``services.authorization.acting``), read at each call; only
people allowed to read a confidential case may change it (``confidentiality``). Every public
method is gated: reading needs ``Permission.READ``; registering and working a case assigned to
oneself or to nobody ``Permission.RECORD``; assigning, the moves that end or reopen a case,
merging, removing attachments, the access list and any work on a case assigned to someone else
``Permission.MANAGE_CASES`` (checked by ``access`` inside the action, where the case is known);
the number prefix ``Permission.MANAGE_CATALOGUES``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
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
from vocdesk.domain.accounts import Permission
from vocdesk.domain.clock import thai_today
from vocdesk.domain.enums import ComplaintStatus
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error
from vocdesk.domain.tables import Named
from vocdesk.services.authorization import may as _may
from vocdesk.services.authorization import open_to_anyone_signed_in, requires
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
from vocdesk.services.complaints.workflow import MANAGING_MOVES, CaseWorkflow
from vocdesk.services.database import Database
from vocdesk.services.pdpa.masking import record_views, reveal, sees_sensitive
from vocdesk.services.registry.stakeholders import RegistryService

__all__ = [
    "MANAGING_MOVES",
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
        registry: RegistryService | None = None,
    ) -> None:
        self._db = db
        self._registry = registry if registry is not None else RegistryService(db)
        self._access = CaseAccess(db, now)
        self._numbering = CaseNumbering(db)
        self._workflow = CaseWorkflow(db, self._access, today, now)
        self._duplicates = CaseDuplicates(db, self._access, self._workflow)
        self._attachments = CaseAttachments(db, self._access)
        self._reader = CaseReader(db, self._access, today)

    @open_to_anyone_signed_in
    def may(self, permission: Permission) -> bool:
        """Whether the person signed in may ``permission``: the window hides or disables what
        the service would refuse (one case's own limits come with it: ``CaseDetails.workable``
        and ``manageable``)."""
        return _may(self._db, permission)

    # --- catalogues for the forms -------------------------------------------------------------
    @requires(Permission.READ)
    def channels(self) -> list[Choice]:
        stmt = (
            select(Channel)
            .where(Channel.active.is_(True))
            .order_by(Channel.sort_order, Channel.code)
        )
        return self._choices(stmt)

    @requires(Permission.READ)
    def categories(self) -> list[Choice]:
        stmt = (
            select(ComplaintCategory)
            .where(ComplaintCategory.active.is_(True))
            .order_by(ComplaintCategory.code)
        )
        return self._choices(stmt)

    @requires(Permission.READ)
    def root_causes(self) -> list[Choice]:
        stmt = (
            select(ComplaintRootCause)
            .where(ComplaintRootCause.active.is_(True))
            .order_by(ComplaintRootCause.code)
        )
        return self._choices(stmt)

    @requires(Permission.READ)
    def services(self) -> list[Choice]:
        return self._choices(select(Service).order_by(Service.code))

    @requires(Permission.READ)
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

    @requires(Permission.READ)
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

    # --- settings: numbering.py -------------------------------------------------
    @requires(Permission.READ)
    def number_prefix(self) -> str:
        return self._numbering.number_prefix()

    @requires(Permission.MANAGE_CATALOGUES)
    def set_number_prefix(self, prefix: str) -> None:
        self._numbering.set_number_prefix(prefix)

    # --- registering and the workflow: workflow.py --------------------------------------------
    @requires(Permission.RECORD)
    def register(self, draft: CaseDraft) -> CaseLink:
        return self._workflow.register(draft)

    @requires(Permission.READ)
    def draft_of_case(self, case_id: uuid.UUID) -> CaseDraft:
        return self._workflow.draft_of_case(case_id)

    @requires(Permission.RECORD)
    def update_case(self, case_id: uuid.UUID, draft: CaseDraft) -> None:
        """Save the correction ``draft`` (read by ``draft_of_case``, its version with it):
        refused with the record's words if another window saved the case since."""
        self._workflow.update_case(case_id, draft)

    @requires(Permission.RECORD)
    def register_from_feedback(self, feedback_id: uuid.UUID, draft: CaseDraft) -> CaseLink:
        return self._workflow.register_from_feedback(feedback_id, draft)

    @requires(Permission.READ)
    def draft_from_feedback(self, feedback_id: uuid.UUID) -> CaseDraft:
        return self._workflow.draft_from_feedback(feedback_id)

    @requires(Permission.READ)
    def cases_of_feedback(self, feedback_id: uuid.UUID) -> list[CaseLink]:
        return self._workflow.cases_of_feedback(feedback_id)

    @requires(Permission.RECORD)
    def transition(
        self, case_id: uuid.UUID, target: ComplaintStatus, note: str = "", *,
        forwarding: Forwarding | None = None, resolution: Resolution | None = None,
        version: int | None = None,
    ) -> None:  # fmt: skip
        """``version``: the case's as the view showed it (``CaseDetails.version``); a move over
        another window's save made since is refused (so are ``assign`` and the follow-up)."""
        self._workflow.transition(
            case_id, target, note, forwarding=forwarding, resolution=resolution, version=version
        )

    @requires(Permission.MANAGE_CASES)
    def assign(
        self, case_id: uuid.UUID, unit: str, person: str, *, version: int | None = None
    ) -> None:
        self._workflow.assign(case_id, unit, person, version=version)

    @requires(Permission.RECORD)
    def record_follow_up(
        self, case_id: uuid.UUID, score: int, comment: str, trust_restored: bool | None,
        *, version: int | None = None,
    ) -> None:  # fmt: skip
        self._workflow.record_follow_up(case_id, score, comment, trust_restored, version=version)

    # --- duplicates: duplicates.py ------------------------------------------------------------
    @requires(Permission.READ)
    def possible_duplicates(
        self, category_id: uuid.UUID | None, province: str, district: str, text: str,
        exclude_id: uuid.UUID | None = None, limit: int = 5,
    ) -> list[CaseLink]:  # fmt: skip
        return self._duplicates.possible_duplicates(
            category_id, province, district, text, exclude_id, limit
        )

    @requires(Permission.RECORD)
    def link_duplicate(
        self, case_id: uuid.UUID, original_id: uuid.UUID, *, version: int | None = None
    ) -> None:
        """``version``: the case's as the view showed it; refused if it was saved since."""
        self._duplicates.link_duplicate(case_id, original_id, version=version)

    @requires(Permission.MANAGE_CASES)
    def merge_duplicate(
        self, case_id: uuid.UUID, original_id: uuid.UUID, *, version: int | None = None
    ) -> None:
        """``version``: the case's as the view showed it; refused if it was saved since."""
        self._duplicates.merge_duplicate(case_id, original_id, version=version)

    # --- confidential access: access.py -------------------------------------------------------
    @requires(Permission.MANAGE_CASES)
    def grant_access(self, case_id: uuid.UUID, user_name: str) -> None:
        self._access.grant_access(case_id, user_name)

    @requires(Permission.MANAGE_CASES)
    def revoke_access(self, case_id: uuid.UUID, user_name: str) -> None:
        self._access.revoke_access(case_id, user_name)

    # --- attachments: attachments.py ----------------------------------------------------------
    @requires(Permission.RECORD)
    def add_attachment(
        self, case_id: uuid.UUID, attachment: AttachmentFile, *, version: int | None = None
    ) -> uuid.UUID:
        """``version``: the case's as the view showed it; refused if it was saved since."""
        return self._attachments.add_attachment(case_id, attachment, version=version)

    @requires(Permission.READ)
    def attachment_content(self, attachment_id: uuid.UUID) -> tuple[str, bytes]:
        return self._attachments.attachment_content(attachment_id)

    @requires(Permission.MANAGE_CASES)
    def remove_attachment(self, attachment_id: uuid.UUID, *, version: int | None = None) -> None:
        """``version``: its case's as the view showed it; refused if it was saved since."""
        self._attachments.remove_attachment(attachment_id, version=version)

    # --- reading one case: details.py ---------------------------------------------------------
    @requires(Permission.READ)
    def case(self, case_id: uuid.UUID, *, reveal_personal: bool = False) -> CaseDetails:
        """One case for its view. The complainant's contact is masked unless
        ``reveal_personal``, which needs the personal-data grant and is put on the audit trail
        (VIEW of the case)."""
        if reveal_personal:
            reveal(self._db)
        found = self._reader.case(case_id, reveal_personal=reveal_personal)
        if found.personal_revealed:
            record_views(self._db, "complaint", [case_id], "case view")
        return found

    @open_to_anyone_signed_in
    def may_reveal_personal(self) -> bool:
        """Whether the person signed in may ask for a complainant's contact whole."""
        return sees_sensitive(self._db)
