"""Sending and receiving bundles between offices (issue 20, docs/offices.md): the service the
command line (``vocdesk bundle``) and the window call.

``send`` collects what changed since the last bundle to an office (``changes.collect``) and
writes it (``bundle_file.write_bundle``); ``receive`` reads a bundle and merges it
(``merge.receive_bundle``); ``conflicts`` and ``resolve`` are the review of fields two offices
changed unseen (``conflicts``). Each is one transaction: a bundle that cannot be written leaves
nothing recorded, a bundle that cannot be merged leaves nothing changed. Long work reports its
progress through a ``ProgressCallback``; the window runs it off the GUI thread.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from vocdesk.db.base import utc_now
from vocdesk.db.models import AppSetting, AuditEntry, Complaint, SyncBundle, SyncConflict, SyncPeer
from vocdesk.domain.accounts import Permission, Principal
from vocdesk.domain.enums import AuditAction
from vocdesk.domain.ids import new_id
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error
from vocdesk.services.authorization import acting, requires
from vocdesk.services.confidentiality import may_read_all, not_readable, readable_condition
from vocdesk.services.database import Database
from vocdesk.services.exchange import bundle_file
from vocdesk.services.exchange.bundle_file import BundleHeader, read_header, write_bundle
from vocdesk.services.exchange.changes import TOMBSTONES, collect, stamp_offices
from vocdesk.services.exchange.conflicts import ConflictRow, open_conflicts, resolve_conflict
from vocdesk.services.exchange.merge import ReceiveSummary, receive_bundle
from vocdesk.services.exchange.office import NAME_KEY, checked_code, office_code
from vocdesk.services.exchange.tables import RULES, RULES_BY_NAME
from vocdesk.services.transfer import ProgressCallback

__all__ = ["ConflictRow", "ExchangeService", "PeerRow", "ReceiveSummary", "SendSummary"]

CONTEXT = "Exchange"
NO_OFFICE = QT_TRANSLATE_NOOP(
    "Exchange",
    "This installation has no office code yet, and a bundle names the office it comes from. "
    "An administrator gives it in File › Settings… (This office), or with vocdesk settings set "
    "office_code; then the bundle can be sent.",
)
TO_ITSELF = QT_TRANSLATE_NOOP(
    "Exchange", "{office} is this office's own code: a bundle is sent to another office."
)
AUDIT_ENTITY = "bundle"  # the audit trail's entity of a bundle sent or received


@dataclass(frozen=True)
class SendSummary:
    """What a bundle sent holds: records per table (deletions included; ``deleted`` says how
    many of them were deletions) and the file written."""

    bundle_id: uuid.UUID
    path: Path
    to_office: str  # "" : any office
    sequence: int
    made_at: datetime
    since: datetime | None  # None: everything
    counts: MappingProxyType[str, int] = field(default_factory=lambda: MappingProxyType({}))
    deleted: MappingProxyType[str, int] = field(default_factory=lambda: MappingProxyType({}))
    attachments: int = 0
    size: int = 0  # bytes of the file
    conflicts: int = 0  # always 0 for a send (the command line prints the same fields)
    skipped: int = 0

    @property
    def records(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class PeerRow:
    """Another office exchanged with, and how far each direction has gone."""

    office_code: str
    office_name: str
    last_sent_at: datetime | None
    last_sent_sequence: int
    last_received_sequence: int
    last_received_made_at: datetime | None
    acknowledged_made_at: datetime | None


class ExchangeService:
    """Bundles between this office and the others."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @requires(Permission.EXPORT)
    def send(
        self,
        out: Path,
        passphrase: str,
        *,
        to_office: str = "",
        everything: bool = False,
        progress: ProgressCallback | None = None,
    ) -> SendSummary:
        """Write to ``out`` a bundle for ``to_office`` of what changed since the last bundle
        sent there, or of everything (``everything``, an office never sent to, or no office
        named), encrypted under ``passphrase``, and record it.

        The watermark (``sync_peer.last_sent_at``) is the moment collection began, taken once
        this transaction holds the write lock (SQLite): every change committed before it was
        visible and is in the bundle, and a change committed after it was stamped later, so
        the next bundle collects it. It is not the newest ``touched_at`` collected: a clock set
        ahead when a record was saved would put that in the future and the next bundles would
        miss what is changed until then; the overlap of ``changes.OVERLAP`` covers a
        transaction still open meanwhile (a server with several users) and clocks a little
        apart. All in one transaction: the file is written inside it, and a failed write rolls
        back the stamping, the bundle's record and the office's watermark alike."""
        out = Path(out)
        if len(passphrase) < bundle_file.MIN_PASSPHRASE_LENGTH:  # before any work
            raise user_error(
                bundle_file.CONTEXT, bundle_file.SHORT_PASSPHRASE,
                count=bundle_file.MIN_PASSPHRASE_LENGTH,
            )  # fmt: skip
        destination = checked_code(to_office) if to_office.strip() else ""
        login = acting(self._db).login
        written: list[Path] = []
        try:
            with self._db.writing_first(), self._db.session_scope() as session:
                return self._send(
                    session, out, passphrase, destination, everything, progress, login, written
                )
        except BaseException:
            for path in written:  # written, then not recorded: a bundle that must not travel
                path.unlink(missing_ok=True)
            raise

    def _send(
        self, session: Session, out: Path, passphrase: str, destination: str,
        everything: bool, progress: ProgressCallback | None, login: str, written: list[Path],
    ) -> SendSummary:  # fmt: skip
        """``send`` inside its transaction; ``written`` gets ``out`` once the file is there."""
        code, name = _office(session)
        if not code:
            raise user_error(CONTEXT, NO_OFFICE)
        if destination == code:
            raise user_error(CONTEXT, TO_ITSELF, office=code)
        peer = _peer(session, destination) if destination else None
        began = utc_now()  # the write lock is held from the first statement above
        since = None if everything or peer is None else peer.last_sent_at
        stamp_offices(session, code)
        collected = collect(
            session, since=since, to_office=destination, progress=_then_one_more(progress)
        )
        counts = dict(collected.counts)
        deleted = _deletions_by_table(collected.payload)
        for table, number in deleted.items():
            counts[table] = counts.get(table, 0) + number
        counts.pop(TOMBSTONES, None)
        header = BundleHeader(
            bundle_id=new_id(), from_office=code, from_office_name=name,
            to_office=destination, sequence=_last_sequence(session, peer) + 1,
            made_at=began, since=since, schema_revision=_schema_revision(session),
            counts=counts,
            acknowledged_made_at=peer.last_received_made_at if peer else None,
        )  # fmt: skip
        write_bundle(out, header, collected.payload, collected.attachments, passphrase)
        written.append(out)
        if progress is not None:
            steps = len(RULES) + 2
            progress(steps, steps)
        done = utc_now()
        session.add(
            SyncBundle(
                bundle_id=header.bundle_id, direction="sent", office_code=destination,
                sequence=header.sequence, made_at=began, since=since,
                record_count=sum(counts.values()), file_name=out.name[:500], done_at=done,
            )
        )  # fmt: skip
        if peer is not None:
            peer.last_sent_at = began
            peer.last_sent_sequence = header.sequence
        session.add(
            AuditEntry(
                at=done, user=login, action=AuditAction.EXPORT, entity=AUDIT_ENTITY,
                entity_id=header.bundle_id,
                changes={
                    "kind": "bundle", "file": out.name, "to_office": destination,
                    "sequence": header.sequence, "everything": since is None,
                    "rows": sum(counts.values()),
                },
            )
        )  # fmt: skip
        return SendSummary(
            bundle_id=header.bundle_id, path=out, to_office=destination,
            sequence=header.sequence, made_at=began, since=since,
            counts=MappingProxyType(counts), deleted=MappingProxyType(deleted),
            attachments=len(collected.attachments), size=out.stat().st_size,
        )  # fmt: skip

    @requires(Permission.IMPORT)
    def receive(
        self, bundle: Path, passphrase: str, *, progress: ProgressCallback | None = None
    ) -> ReceiveSummary:
        """Merge the bundle at ``bundle`` (``merge.receive_bundle``): verified whole before
        anything is written, all in one transaction; the same bundle again changes nothing."""
        bundle = Path(bundle)
        header, payload, attachments = bundle_file.read_bundle(bundle, passphrase)
        login = acting(self._db).login
        with self._db.writing_first(), self._db.session_scope() as session:
            summary = receive_bundle(
                session,
                header,
                payload,
                attachments,
                progress=progress,
                file_name=bundle.name,
                user=login,
            )
            if not summary.already_received:
                session.add(
                    AuditEntry(
                        at=utc_now(), user=login, action=AuditAction.MERGE,
                        entity=AUDIT_ENTITY, entity_id=header.bundle_id,
                        changes={
                            "kind": "bundle", "file": bundle.name,
                            "from_office": header.from_office, "sequence": header.sequence,
                            "rows": summary.changed, "conflicts": summary.conflicts,
                        },
                    )
                )  # fmt: skip
        return summary

    @requires(Permission.READ)
    def conflicts(self, open_only: bool = True) -> list[ConflictRow]:
        """The fields two offices changed without seeing each other's change (``conflicts``),
        newest first; settled ones too with ``open_only=False``. A confidential complaint's
        conflicts (the case, its history, its attachments) are left out for a person who may
        not read the case, as every list of cases leaves it out (``services.confidentiality``)."""
        principal = acting(self._db)
        with self._db.session_scope() as session:
            # A person's identifiers in the two values are masked for a reader without the
            # personal-data grant, as in every list (services.pdpa.masking).
            rows = open_conflicts(
                session, open_only=open_only,
                reveal_personal=principal.may(Permission.PERSONAL_DATA),
            )  # fmt: skip
            if may_read_all(principal):
                return rows
            hidden = _unreadable_cases(session, principal, rows)
            return [row for row in rows if _case_of(session, row) not in hidden]

    @requires(Permission.READ)
    def open_conflict_count(self) -> int:
        """How many conflicts wait for review (the File menu's count, read after every save):
        one count in SQL, unless the reader may not read every confidential case."""
        principal = acting(self._db)
        if not may_read_all(principal):
            return len(self.conflicts())
        with self._db.session_scope() as session:
            return (
                session.scalar(
                    sa.select(sa.func.count())
                    .select_from(SyncConflict)
                    .where(SyncConflict.resolved_at.is_(None))
                )
                or 0
            )

    @requires(Permission.IMPORT)
    def resolve(self, conflict_id: uuid.UUID, take_incoming: bool) -> None:
        """Settle a conflict: keep the value the merge kept, or take the other, written as a
        new edit made here that the next bundles carry on (``conflicts.resolve_conflict``).

        ``Permission.IMPORT``: settling what a received bundle left for review finishes
        receiving it, and is for those who receive bundles (supervisors and administrators),
        whichever table the field is in, as the merge itself writes to every table. A field of
        a confidential complaint needs the right to read that case too."""
        principal = acting(self._db)
        with self._db.session_scope() as session:
            conflict = session.get(SyncConflict, conflict_id)
            if conflict is not None and not may_read_all(principal):
                case = _case_id(session, conflict.table_name, conflict.row_id)
                if case is not None:
                    number = session.scalar(
                        sa.select(Complaint.number).where(
                            Complaint.id == case, sa.not_(readable_condition(principal))
                        )
                    )
                    if number is not None:
                        raise not_readable(number)
            resolve_conflict(session, conflict_id, take_incoming, principal.login)

    @requires(Permission.IMPORT)
    def describe(self, bundle: Path) -> BundleHeader:
        """The clear header of a bundle (who sent it to whom, when, how many records of each
        table), read without its passphrase."""
        return read_header(Path(bundle))

    @requires(Permission.READ)
    def peers(self) -> list[PeerRow]:
        """The offices exchanged with, by code."""
        with self._db.session_scope() as session:
            peers = session.scalars(sa.select(SyncPeer).order_by(SyncPeer.office_code))
            return [
                PeerRow(
                    p.office_code, p.office_name, p.last_sent_at, p.last_sent_sequence,
                    p.last_received_sequence, p.last_received_made_at, p.acknowledged_made_at,
                )
                for p in peers
            ]  # fmt: skip


_CASE_TABLES = {"complaint": "id", "complaint_status_change": "complaint_id",
                "complaint_attachment": "complaint_id"}  # fmt: skip


def _case_id(session: Session, table_name: str, row_id: str) -> uuid.UUID | None:
    """The complaint case a conflict's record belongs to (None: not a case's record, or gone)."""
    column = _CASE_TABLES.get(table_name)
    if column is None:
        return None
    try:
        key = uuid.UUID(row_id)
    except ValueError:
        return None
    if column == "id":
        return key
    table = RULES_BY_NAME[table_name].table
    found = session.scalar(sa.select(table.c[column]).where(table.c.id == key))
    return found if isinstance(found, uuid.UUID) else None


def _case_of(session: Session, row: ConflictRow) -> uuid.UUID | None:
    return _case_id(session, row.table, row.row_id)


def _unreadable_cases(
    session: Session, principal: Principal, rows: list[ConflictRow]
) -> set[uuid.UUID]:
    """Of the cases ``rows`` belong to, those ``principal`` may not read."""
    cases = {case for row in rows if (case := _case_of(session, row)) is not None}
    if not cases:
        return set()
    statement = sa.select(Complaint.id).where(
        Complaint.id.in_(cases), sa.not_(readable_condition(principal))
    )
    return set(session.scalars(statement))


def _then_one_more(progress: ProgressCallback | None) -> ProgressCallback | None:
    """The collection's progress, with one step more to come (writing the file)."""
    if progress is None:
        return None
    reported = progress

    def report(done: int, total: int) -> None:
        reported(done, total + 1)

    return report


def _office(session: Session) -> tuple[str, str]:
    setting = session.get(AppSetting, NAME_KEY)
    return office_code(session), setting.value if setting is not None else ""


def _peer(session: Session, code: str) -> SyncPeer:
    """The office ``code`` exchanges with (added, empty, when never seen), locked until the
    transaction ends on a server (two sends to one office at once number one after the other;
    SQLite's write lock, taken first, does the same)."""
    statement = sa.select(SyncPeer).where(SyncPeer.office_code == code).with_for_update()
    peer = session.scalars(statement).one_or_none()
    if peer is None:
        peer = SyncPeer(office_code=code, office_name="", last_sent_sequence=0)
        peer.last_received_sequence = 0
        session.add(peer)
    return peer


def _last_sequence(session: Session, peer: SyncPeer | None) -> int:
    """The running number of the last bundle to ``peer`` (to any office when None)."""
    if peer is not None:
        return peer.last_sent_sequence
    statement = sa.select(sa.func.max(SyncBundle.sequence)).where(
        SyncBundle.direction == "sent", SyncBundle.office_code == ""
    )
    return session.scalar(statement) or 0


def _schema_revision(session: Session) -> str:
    """The migration revision this database is at (alembic_version)."""
    return str(session.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() or "")


def _deletions_by_table(payload: dict[str, Any]) -> dict[str, int]:
    deleted: dict[str, int] = {}
    for tombstone in payload["tombstones"]:
        deleted[tombstone["table"]] = deleted.get(tombstone["table"], 0) + 1
    return deleted
