"""What goes into and comes out of the complaint-case service: drafts, a case's details, its
history and attachments, links between cases, and the word similarity behind possible
duplicates. Plain frozen dataclasses; no database here."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from vocdesk.domain.complaints.service_standard import Milestone, MilestoneCheck
from vocdesk.domain.enums import ComplaintStatus, Priority
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error
from vocdesk.domain.tables import Named
from vocdesk.text.thai_words import line_segments

CONTEXT = "ComplaintCases"
MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024  # per file: keeps the database file and its backups small
S = ComplaintStatus


# --- what comes in ---------------------------------------------------------------------------
@dataclass(frozen=True)
class AttachmentFile:
    file_name: str
    content: bytes
    media_type: str = ""


@dataclass(frozen=True)
class CaseDraft:
    received_at: datetime
    channel_id: uuid.UUID | None
    category_id: uuid.UUID | None
    subject: str
    details: str = ""
    stakeholder_id: uuid.UUID | None = None
    anonymous: bool = False
    complainant_name: str = ""
    complainant_contact: str = ""
    service_id: uuid.UUID | None = None
    office_id: uuid.UUID | None = None
    province: str = ""
    district: str = ""
    priority: Priority = Priority.MEDIUM
    confidential: bool = False
    unit: str = ""
    assigned_to: str = ""
    feedback_entry_id: uuid.UUID | None = None
    duplicate_of_id: uuid.UUID | None = None
    attachments: tuple[AttachmentFile, ...] = ()
    # The case's version this draft was read at (``draft_of_case``; None for a new case): a
    # correction saved after another window saved the case is refused (migration 0012).
    version: int | None = None


@dataclass(frozen=True)
class Forwarding:
    agency: str
    on: date
    reference: str = ""


@dataclass(frozen=True)
class Resolution:
    summary: str
    notified_at: datetime
    notify_channel_id: uuid.UUID | None
    root_cause_id: uuid.UUID | None = None
    corrective_action: str = ""


# --- what goes out ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Choice:
    id: uuid.UUID
    code: str
    name: Named


@dataclass(frozen=True)
class HistoryEntry:
    changed_at: datetime
    changed_by: str
    from_status: ComplaintStatus | None
    to_status: ComplaintStatus
    note: str


@dataclass(frozen=True)
class AttachmentInfo:
    id: uuid.UUID
    file_name: str
    media_type: str
    size: int
    added_by: str
    added_at: datetime


@dataclass(frozen=True)
class CaseLink:
    id: uuid.UUID
    number: str
    subject: str
    status: ComplaintStatus
    received_at: datetime
    similarity: float = 0.0


@dataclass(frozen=True)
class CaseDetails:
    id: uuid.UUID
    number: str
    hidden: bool  # confidential and the reader is not allowed: texts below are empty
    received_at: datetime
    channel: Named
    category: Named
    category_id: uuid.UUID
    subject: str
    details: str
    complainant: str  # the registry name, the name given, or "" when anonymous
    complainant_contact: str
    stakeholder_id: uuid.UUID | None
    anonymous: bool
    service: Named | None
    office: Named | None
    province: str
    district: str
    priority: Priority
    confidential: bool
    status: ComplaintStatus
    unit: str
    assigned_to: str
    due_on: date | None
    forwarded_agency: str
    forwarded_on: date | None
    forwarded_reference: str
    resolution: str
    root_cause: Named | None
    corrective_action: str
    notified_at: datetime | None
    notify_channel: Named | None
    follow_up_score: int | None
    follow_up_comment: str
    trust_restored: bool | None
    reopen_count: int
    feedback_entry_id: uuid.UUID | None
    duplicate_of: CaseLink | None
    duplicates: tuple[CaseLink, ...]
    history: tuple[HistoryEntry, ...]
    attachments: tuple[AttachmentInfo, ...]
    milestones: dict[Milestone, MilestoneCheck]
    allowed_next: tuple[ComplaintStatus, ...]
    access: tuple[str, ...] = field(default_factory=tuple)  # people added to a confidential case
    # What the reader may do with it (``access``): work on it (moves along, corrections,
    # attachments, follow-up), and manage it (assign, end or reopen, merge, the access list).
    workable: bool = False
    manageable: bool = False
    version: int | None = None  # the case's saves (0012): a move or assignment names it
    # PDPA (issue 19): the complainant's contact is masked unless the reader asked to see it
    # (and may); a sensitive complainant's free texts are withheld from readers without the
    # personal-data grant (``sensitive_withheld``: the texts above are empty).
    personal_revealed: bool = False
    sensitive: bool = False
    sensitive_withheld: bool = False

    @property
    def paused(self) -> bool:
        return self.status is S.WAITING


def _words(text: str) -> frozenset[str]:
    """The words of ``text`` (Thai split by ICU), lower-cased, without one-letter pieces."""
    words = set()
    for piece in line_segments(text.casefold()):
        word = piece.strip(" \t\n.,;:!?()[]\"'-/")
        if len(word) > 1:
            words.add(word)
    return frozenset(words)


def similarity(a: str, b: str) -> float:
    """Share of words two texts have in common (Jaccard), 0..1."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / len(wa | wb)


def check_attachment(attachment: AttachmentFile) -> None:
    if not attachment.file_name.strip():
        raise user_error(
            CONTEXT, QT_TRANSLATE_NOOP("ComplaintCases", "An attachment needs a file name.")
        )
    if len(attachment.content) > MAX_ATTACHMENT_BYTES:
        raise user_error(CONTEXT, QT_TRANSLATE_NOOP("ComplaintCases",
                         "{name} is larger than {limit} MB: attach a smaller file."),
                         name=attachment.file_name, limit=MAX_ATTACHMENT_BYTES // (1024 * 1024))  # fmt: skip
