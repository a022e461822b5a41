"""Reading the audit trail (issue 16): who did what to which record, when, and what changed.

Every service writes ``AuditEntry`` rows as it works (creates, changes, merges, deletes, sign-ins,
permission changes, exports, prints, restores). This service only reads them, for those who may
(``Permission.VIEW_AUDIT``: administrators): a lazy, paged list, newest first, narrowed by
period, user, action, record type and an entity id or words in the changes; and an export of the
same rows to CSV or XLSX, which is itself written to the trail. Nothing here edits or deletes an
entry; the application has no way to.

An entry's ``changes`` come in the shapes the services write: ``{field: [before, after]}``,
``{"before": {...}, "after": {...}}`` and plain ``{field: value}``; ``field_changes`` reads all
three as one list of ``FieldChange``.

Confidential complaint text kept in the trail follows the one reading rule
(``services.confidentiality``), simply: for a complaint entry whose case the reader
may not read in full (or that no longer exists), the values of the protected fields (subject,
details, complainant, contact, resolution, notes, comments, attachments) are withheld
(``FieldChange.hidden``; shown as "(confidential)"), and the words search does not look into
that entry's changes.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Select, String, and_, cast, exists, func, not_, or_, select

from vocdesk.db.base import utc_now
from vocdesk.db.models import AuditEntry, Complaint
from vocdesk.domain.accounts import Permission, Principal
from vocdesk.domain.clock import start_of_thai_day
from vocdesk.domain.enums import AuditAction
from vocdesk.domain.messages import QT_TRANSLATE_NOOP
from vocdesk.domain.tables import TableQuery
from vocdesk.io.table_file import write_rows, write_through_partial
from vocdesk.services.authorization import acting, require, requires
from vocdesk.services.confidentiality import readable_condition
from vocdesk.services.database import Database

__all__ = [
    "EXPORT_HEADERS",
    "PROTECTED_COMPLAINT_FIELDS",
    "CONFIDENTIAL_MARK",
    "AuditFilter",
    "AuditRow",
    "AuditTrailService",
    "FieldChange",
    "field_changes",
]

CONTEXT = "AuditTrail"
# What stands in place of a protected value the reader may not see (translated where shown).
CONFIDENTIAL_MARK = QT_TRANSLATE_NOOP("AuditTrail", "(confidential)")
# The fields of a complaint entry whose values are the case's protected text.
PROTECTED_COMPLAINT_FIELDS = frozenset({
    "subject", "details", "complainant", "complainant_name", "contact", "resolution",
    "corrective_action", "comment", "note", "attachment", "file_name",
})  # fmt: skip
EXPORT_HEADERS = ["at", "user", "action", "entity", "entity_id", "changes"]
SORT_KEYS = {"at", "user", "action", "entity"}
EXPORT_ENTITY = "audit_entry"  # the entity of the trail's own EXPORT entry
_TRAIL_ID = uuid.UUID(int=0)  # the trail as a whole (an export of it is not one record's)


@dataclass(frozen=True)
class AuditFilter:
    """Which entries to show. ``start``/``end`` are days on the agency's clock (Thai time, as
    the window shows the entries), both included."""

    start: date | None = None
    end: date | None = None
    user: str = ""
    action: AuditAction | None = None
    entity: str = ""  # a table name ("complaint", "stakeholder", "user_account", ...)
    text: str = ""  # an entity id (or its start), or words that must appear in the changes


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: Any  # None: no value before (a creation, or a plain note of the entry)
    after: Any
    hidden: bool = False  # confidential: the reader may not see the values

    def text(self, hidden_text: str = CONFIDENTIAL_MARK) -> str:
        """ "field: before → after" (or "field: value"); the values withheld when hidden."""
        if self.hidden:
            return f"{self.field}: {hidden_text}"
        if self.before is None:
            return f"{self.field}: {_shown(self.after)}"
        return f"{self.field}: {_shown(self.before)} → {_shown(self.after)}"


@dataclass(frozen=True)
class AuditRow:
    id: uuid.UUID
    at: datetime  # aware, UTC
    user: str
    action: AuditAction
    entity: str
    entity_id: uuid.UUID
    changes: tuple[FieldChange, ...]

    def summary(self, hidden_text: str = CONFIDENTIAL_MARK) -> str:
        """The changed fields on one line: "field: before → after; field: value"."""
        return "; ".join(change.text(hidden_text) for change in self.changes)


def field_changes(
    changes: dict[str, Any] | None, hide: frozenset[str] = frozenset()
) -> tuple[FieldChange, ...]:
    """The entry's ``changes`` as one list, whatever shape the writing service chose; the
    values of the fields in ``hide`` withheld."""
    if not changes:
        return ()
    found: list[FieldChange] = []
    before, after = changes.get("before"), changes.get("after")
    if isinstance(before, dict) or isinstance(after, dict):
        before = before if isinstance(before, dict) else {}
        after = after if isinstance(after, dict) else {}
        for name in [*before, *(k for k in after if k not in before)]:
            found.append(FieldChange(name, before.get(name), after.get(name), name in hide))
        rest = {k: v for k, v in changes.items() if k not in ("before", "after")}
    else:
        rest = changes
    for name, value in rest.items():
        if isinstance(value, list) and len(value) == 2:
            found.append(FieldChange(name, value[0], value[1], name in hide))
        else:
            found.append(FieldChange(name, None, value, name in hide))
    return tuple(found)


def _shown(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return value if value else "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return json.dumps(value, ensure_ascii=False)


_ANY_QUERY = TableQuery()
_ALL = AuditFilter()


class AuditTrailService:
    """The audit trail, read-only, for those allowed to see it (``Permission.VIEW_AUDIT``)."""

    def __init__(self, db: Database, now: Callable[[], datetime] = utc_now) -> None:
        self._db = db
        self._now = now

    @requires(Permission.VIEW_AUDIT)
    def count_entries(self, query: TableQuery = _ANY_QUERY, filters: AuditFilter = _ALL) -> int:
        principal = acting(self._db)
        with self._db.session_scope() as session:
            stmt = _filtered(select(func.count(AuditEntry.id)), query, filters, principal)
            return int(session.scalar(stmt) or 0)

    @requires(Permission.VIEW_AUDIT)
    def entries(
        self,
        query: TableQuery = _ANY_QUERY,
        offset: int = 0,
        limit: int = 200,
        filters: AuditFilter = _ALL,
    ) -> list[AuditRow]:
        """One page of entries, newest first unless ``query`` sorts otherwise."""
        principal = acting(self._db)
        with self._db.session_scope() as session:
            stmt = _ordered(
                _filtered(select(AuditEntry, _masked(principal)), query, filters, principal), query
            )
            result = session.execute(stmt.offset(offset).limit(limit))
            return [_row(entry, bool(masked)) for entry, masked in result]

    @requires(Permission.VIEW_AUDIT)
    def users(self) -> list[str]:
        """Everyone who appears in the trail, for the filter's list."""
        with self._db.session_scope() as session:
            return list(
                session.scalars(select(AuditEntry.user).distinct().order_by(AuditEntry.user))
            )

    @requires(Permission.VIEW_AUDIT)
    def entities(self) -> list[str]:
        """The record types that appear in the trail (table names)."""
        with self._db.session_scope() as session:
            return list(
                session.scalars(select(AuditEntry.entity).distinct().order_by(AuditEntry.entity))
            )

    @requires(Permission.VIEW_AUDIT)
    def export(
        self,
        path: Path,
        filters: AuditFilter = _ALL,
        query: TableQuery = _ANY_QUERY,
        *,
        hidden_text: str = CONFIDENTIAL_MARK,
        progress: Callable[[int, int], None] | None = None,
    ) -> int:
        """Write the entries ``filters`` select to ``path`` (XLSX for .xlsx, else CSV, UTF-8),
        newest first, as shown; returns how many. The export itself goes into the trail."""
        principal = require(self._db, Permission.EXPORT)
        path = Path(path)
        total = self.count_entries(query, filters)

        def rows() -> Iterator[Sequence[Any]]:
            with self._db.session_scope() as session:
                stmt = _ordered(
                    _filtered(select(AuditEntry, _masked(principal)), query, filters, principal),
                    query,
                )
                for done, (entry, masked) in enumerate(
                    session.execute(stmt.execution_options(yield_per=2000)), start=1
                ):
                    row = _row(entry, bool(masked))
                    yield [row.at.isoformat(timespec="seconds"), row.user, row.action.value,
                           row.entity, row.entity_id.hex, row.summary(hidden_text)]  # fmt: skip
                    if progress is not None and done % 5000 == 0:
                        progress(done, total)

        written = write_through_partial(
            path, lambda partial: write_rows(EXPORT_HEADERS, rows(), partial)
        )
        with self._db.session_scope() as session:
            session.add(AuditEntry(at=self._now(), user=principal.login, action=AuditAction.EXPORT,
                                   entity=EXPORT_ENTITY, entity_id=_TRAIL_ID,
                                   changes={"file": path.name, "rows": written,
                                            "filters": _filter_note(filters, query)}))  # fmt: skip
        if progress is not None:
            progress(written, written)
        return written


def _row(entry: AuditEntry, masked: bool) -> AuditRow:
    hide = PROTECTED_COMPLAINT_FIELDS if masked else frozenset()
    return AuditRow(entry.id, entry.at, entry.user, entry.action, entry.entity, entry.entity_id,
                    field_changes(entry.changes, hide))  # fmt: skip


def _masked(principal: Principal) -> ColumnElement[bool]:
    """True for a complaint entry whose case ``principal`` may not read in full (or that is gone)."""
    readable = exists().where(Complaint.id == AuditEntry.entity_id, readable_condition(principal))
    return and_(AuditEntry.entity == "complaint", not_(readable)).label("masked")


def _filtered(
    stmt: Select[*tuple[Any, ...]], query: TableQuery, filters: AuditFilter, principal: Principal
) -> Select[*tuple[Any, ...]]:
    e = AuditEntry
    if filters.start is not None:
        stmt = stmt.where(e.at >= start_of_thai_day(filters.start))
    if filters.end is not None:
        stmt = stmt.where(e.at < start_of_thai_day(filters.end + timedelta(days=1)))
    if filters.user:
        stmt = stmt.where(e.user == filters.user)
    if filters.action is not None:
        stmt = stmt.where(e.action == filters.action)
    if filters.entity:
        stmt = stmt.where(e.entity == filters.entity)
    words = [*filters.text.split(), *query.search_terms()]
    if words:
        changes_text = func.lower(cast(e.changes, String))
        id_text = func.lower(cast(e.entity_id, String))
        searchable = not_(_masked(principal))
        for word in words:
            lowered = word.lower().replace("-", "")
            escaped = json.dumps(word.lower())[1:-1]  # how JSON keeps Thai letters: \u0e2a...
            in_changes = or_(changes_text.contains(word.lower(), autoescape=True),
                             changes_text.contains(escaped, autoescape=True))  # fmt: skip
            stmt = stmt.where(or_(
                id_text.contains(lowered, autoescape=True),
                func.lower(e.user).contains(word.lower(), autoescape=True),
                and_(searchable, in_changes),
            ))  # fmt: skip
    return stmt


def _ordered(stmt: Select[*tuple[Any, ...]], query: TableQuery) -> Select[*tuple[Any, ...]]:
    e = AuditEntry
    key = query.sort_key if query.sort_key in SORT_KEYS else "at"
    descending = query.descending if query.sort_key in SORT_KEYS else True
    column = getattr(e, key)
    primary = column.desc() if descending else column.asc()
    newest = (
        [e.at.desc(), e.id.desc()] if key != "at" else [e.id.desc() if descending else e.id.asc()]
    )
    return stmt.order_by(primary, *newest)


def _filter_note(filters: AuditFilter, query: TableQuery) -> str:
    """Which filters narrowed an export, never their values (words typed into the search may
    be a person's name or national ID)."""
    used = [
        ("period", filters.start is not None or filters.end is not None),
        ("user", bool(filters.user)),
        ("action", filters.action is not None),
        ("record type", bool(filters.entity)),
        ("search", bool(filters.text or query.search)),
    ]
    return ", ".join(name for name, on in used if on)
