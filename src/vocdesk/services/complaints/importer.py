"""Importing complaint cases from CSV/XLSX (another system's export, or ours); the file's columns
are in ``transfer_columns``.

A case is matched by its number: importing a file again updates the cases it already brought
instead of adding them twice. A platform's own ticket number is kept as the case number, so its
next export matches too. A case's history may come in the "history" column, one change per line
("when | status | note"); without it a new case gets the history its dates tell (received, then
its status at its last recorded moment). Everything is checked first and written in one
transaction, or nothing is written.

Confidential cases follow the one reading rule (``services.confidentiality``), and an
import cannot raise anyone's access (issue 16). The fields that decide who reads a case, its
assignee and its confidential flag, change only for a person who manages cases
(``Permission.MANAGE_CASES``), and on a confidential case only for one who may read it; a row
that would change them otherwise is refused (its row and column named) and nothing is written.
(The case's own access list is not a column of the file: an import never touches it.) An
existing case the importing person may not read keeps its protected fields, confidential flag,
assignee and history whatever the file holds (a file exported before such cases were left out
carried them blank); and an existing case whose subject cell is blank keeps its subject.
A row matching a case that was anonymised (issue 19, PDPA s.33: a file made before would write
the complainant's data back) is a problem of the file, its row named, and nothing is written.
Checking and importing need ``Permission.IMPORT``.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta, timezone
from enum import StrEnum
from functools import lru_cache
from operator import attrgetter, itemgetter
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import Table, Uuid, delete, not_, select
from sqlalchemy.orm import Session

from vocdesk.db.base import UtcDateTime, utc_now
from vocdesk.db.bulk import driver_placeholders, update_by_id
from vocdesk.db.models import (
    Channel,
    Complaint,
    ComplaintCategory,
    ComplaintStatusChange,
    Office,
)
from vocdesk.domain.accounts import Permission, Principal
from vocdesk.domain.clock import thai_date, thai_today
from vocdesk.domain.enums import ComplaintStatus, Priority
from vocdesk.domain.fiscal import fiscal_year_be
from vocdesk.domain.ids import new_id, new_id_ints
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, Message, UserError
from vocdesk.domain.working_days import WorkingCalendar
from vocdesk.io.cells import format_datetime
from vocdesk.io.collector import collector_paused
from vocdesk.io.table_spec import CheckedTable, Problem
from vocdesk.services.authorization import acting, requires
from vocdesk.services.complaints.due import resolve_due_on, working_calendar
from vocdesk.services.complaints.numbering import case_number, series_in_force, series_of
from vocdesk.services.complaints.transfer_columns import (
    BATCH,
    CONTEXT,
    PROTECTED,
    HistoryLine,
    complaint_spec,
)
from vocdesk.services.confidentiality import readable_condition
from vocdesk.services.database import Database
from vocdesk.services.transfer import ImportSummary, ProgressCallback, ValueMaps

_NUMBER = re.compile(
    r"(?:.*?)(\d{4})/(\d{1,9})"
)  # "2569/000123", "ศธ2569/12", "BKK-2569/000123": fiscal year, sequence


# What an import writes of a case (``_fill``, then the due date): compared with what is stored,
# so that a case the file does not change is not written (its version and updated_at stay).
_WRITTEN = (
    "received_at", "subject", "category_id", "channel_id", "office_id", "status", "priority", "details",
    "province", "district", "unit", "assigned_to", "complainant_name", "complainant_contact", "forwarded_agency",
    "forwarded_reference", "resolution", "corrective_action", "follow_up_comment", "anonymous", "confidential",
    "acknowledged_at", "first_response_at", "resolved_at", "notified_at", "closed_at", "forwarded_on",
    "follow_up_score", "trust_restored", "due_on", "reopen_count",
)  # fmt: skip
_FILLED_TEXTS = ("details", "province", "district", "unit", "assigned_to", "complainant_name",
                 "complainant_contact", "forwarded_agency", "forwarded_reference", "resolution",
                 "corrective_action", "follow_up_comment")  # fmt: skip
_FILLED_AS_GIVEN = ("acknowledged_at", "first_response_at", "resolved_at", "notified_at", "closed_at",
                    "forwarded_on", "follow_up_score", "trust_restored", "due_on")  # fmt: skip
_written = itemgetter(*_WRITTEN)  # a case's namespace (``vars``) -> what is written, in order
_CASE_KEYS = ("id", "series", "fiscal_year", "sequence", "number", *_WRITTEN)  # a new case's row
# The history's columns given as stored (``_DriverInsert.new_ids``, ``stored_value``).
_STORED_HISTORY_KEYS = frozenset({"id", "complaint_id"})


@lru_cache(maxsize=4096)  # a file repeats its categories and channels on every row
def _catalogue_key(text: str) -> str:
    return " ".join(text.lower().split())


def _lookup(
    session: Session, entity: type[ComplaintCategory] | type[Office] | type[Channel]
) -> dict[str, uuid.UUID]:
    """A catalogue's ids by code, Thai name and English name (matched without case)."""
    found: dict[str, uuid.UUID] = {}
    for row in session.execute(select(entity.id, entity.code, entity.name_th, entity.name_en)):
        for text in (row.name_en, row.name_th, row.code):
            found[_catalogue_key(text)] = row.id
    return found


# A case without a category or channel takes a default from the catalogue; an empty one has none.
_NO_CATEGORIES = Message(CONTEXT, QT_TRANSLATE_NOOP("ComplaintTransfer",
    "there are no complaint categories yet: add them (Complaints › Categories and standards…) before importing cases."))  # fmt: skip
_NO_CHANNELS = Message(CONTEXT, QT_TRANSLATE_NOOP("ComplaintTransfer",
    "there are no channels yet: give each case its channel (a new name is added), or add channels first."))  # fmt: skip


class ComplaintImporter:
    value_columns: dict[str, type[StrEnum]] = {"status": ComplaintStatus}

    def __init__(
        self,
        db: Database,
        value_maps: ValueMaps | None = None,
        now: Callable[[], datetime] | None = None,
        today: Callable[[], date] = thai_today,
    ) -> None:
        self._db = db
        self.spec = complaint_spec(value_maps)
        self._now = now or utc_now
        self._today = today  # an open pause runs up to today

    @requires(Permission.IMPORT)
    def check(self, table: CheckedTable) -> list[Problem]:
        stored, erased = self._stored(table)
        problems: list[Problem] = self._access_problems(table, stored)
        for row in table.rows if erased else ():  # PDPA s.33: a file does not undo an erasure
            if row.values.get("number") in erased:
                problems.append(row.problem(None, Message("TableCheck", QT_TRANSLATE_NOOP(
                    "TableCheck", "this row would bring back the data of a person who was anonymised; take it out of the file."),
                    {})))  # fmt: skip
        first_row: dict[str, int] = {}
        for row in table.rows:
            number = row.values.get("number")
            if number and number in first_row:
                problems.append(row.problem("number", Message(CONTEXT, QT_TRANSLATE_NOOP(
                    "ComplaintTransfer", "the case number {value} is already on row {first_row}."),
                    {"value": number, "first_row": first_row[number]})))  # fmt: skip
            elif number:
                first_row[number] = row.number
        untitled = [row for row in table.rows if not row.values.get("subject")]
        with self._db.session_scope() as session:
            categories = _lookup(session, ComplaintCategory)
            offices = _lookup(session, Office)
            any_channel = session.scalar(select(Channel.id).limit(1)) is not None
            known: set[str] = set()
            for start in range(0, len(untitled), BATCH):
                numbers = [
                    row.values["number"]
                    for row in untitled[start : start + BATCH]
                    if row.values.get("number")
                ]
                known.update(
                    session.scalars(select(Complaint.number).where(Complaint.number.in_(numbers)))
                )
        for row in untitled:
            if row.values.get("number") not in known:
                problems.append(row.problem("subject", Message(CONTEXT, QT_TRANSLATE_NOOP(
                    "ComplaintTransfer", "a new case needs its subject (only a case already here may leave it empty)."))))  # fmt: skip
        for row in table.rows:
            values = row.values
            if not categories and not values.get("category"):
                problems.append(row.problem("category", _NO_CATEGORIES))
            if not any_channel and not values.get("channel"):
                problems.append(row.problem("channel", _NO_CHANNELS))
            category = values.get("category")
            if category and _catalogue_key(category) not in categories:
                problems.append(row.problem("category", Message(CONTEXT, QT_TRANSLATE_NOOP(
                    "ComplaintTransfer", "there is no complaint category “{value}” (give its code, or its Thai or English name)."),
                    {"value": category})))  # fmt: skip
            office = values.get("office")
            if office and _catalogue_key(office) not in offices:
                problems.append(row.problem("office", Message(CONTEXT, QT_TRANSLATE_NOOP(
                    "ComplaintTransfer", "there is no office “{value}”."), {"value": office})))  # fmt: skip
            received = values.get("received_at")
            for key in (
                "acknowledged_at",
                "first_response_at",
                "resolved_at",
                "notified_at",
                "closed_at",
            ):
                moment = values.get(key)
                if received is not None and moment is not None and moment < received:
                    problems.append(row.problem(key, Message(CONTEXT, QT_TRANSLATE_NOOP(
                        "ComplaintTransfer", "{moment} is before the case was received ({received})."),
                        {"moment": format_datetime(moment), "received": format_datetime(received)})))  # fmt: skip
        return problems

    def _stored(self, table: CheckedTable) -> tuple[dict[str, tuple[str, bool, bool]], set[str]]:
        """The cases the rows match, by number: their assignee, confidential flag and whether
        the person importing may read them; and the numbers of those anonymised (issue 19).
        One query per batch of numbers (the number is a unique index)."""
        stored: dict[str, tuple[str, bool, bool]] = {}
        erased: set[str] = set()
        numbers = [row.values["number"] for row in table.rows if row.values.get("number")]
        readable = readable_condition(acting(self._db))
        with self._db.session_scope() as session:
            for start in range(0, len(numbers), BATCH):
                for number, assignee, confidential, shown, anonymised in session.execute(
                    select(Complaint.number, Complaint.assigned_to, Complaint.confidential,
                           readable.label("readable"), Complaint.anonymised_at.is_not(None))
                    .where(Complaint.number.in_(numbers[start : start + BATCH]))
                ):  # fmt: skip
                    stored[number] = (assignee, bool(confidential), bool(shown))
                    if anonymised:
                        erased.add(number)
        return stored, erased

    def _access_problems(
        self, table: CheckedTable, stored: dict[str, tuple[str, bool, bool]]
    ) -> list[Problem]:
        """Rows that would change who reads a case (its assignee or confidential flag) for a
        person not allowed to: see the module's note."""
        principal = acting(self._db)
        manages = principal.may(Permission.MANAGE_CASES)
        problems: list[Problem] = []
        for row in table.rows:
            assignee = row.values.get("assigned_to") or ""
            confidential = bool(row.values.get("confidential"))
            found = stored.get(row.values.get("number") or "")
            if found is None:  # a new case: only oneself, or nobody, unless one manages cases
                if assignee not in ("", principal.login) and not manages:
                    problems.append(row.problem("assigned_to", _access_refused(principal)))
                continue
            was_assignee, was_confidential, shown = found
            if manages and shown:
                continue
            # A case one may not read keeps what the file leaves out (``_kept``); what the file
            # names otherwise would change it.
            if assignee != was_assignee and (shown or "assigned_to" in row.letters):
                problems.append(row.problem("assigned_to", _access_refused(principal)))
            if confidential != was_confidential and (shown or "confidential" in row.letters):
                problems.append(row.problem("confidential", _access_refused(principal)))
        return problems

    @requires(Permission.IMPORT)
    def apply(self, table: CheckedTable, progress: ProgressCallback | None = None) -> ImportSummary:
        added = updated = 0
        notices: list[Message] = []
        total = len(table.rows)
        note = table.path.name
        cases = cast(Table, Complaint.__table__)
        changes_table = cast(Table, ComplaintStatusChange.__table__)
        # Many objects, no cycles: the garbage collector waits (``io.collector``).
        with collector_paused(), self._db.session_scope() as session, session.no_autoflush:
            readable = readable_condition(acting(self._db))
            kept_hidden = 0
            calendars: dict[uuid.UUID | None, WorkingCalendar] = {}  # each office's, once
            categories = _lookup(session, ComplaintCategory)
            standards = {
                row.id: row.resolve_days for row in session.scalars(select(ComplaintCategory))
            }
            other = categories.get("other") or next(iter(standards), None)
            offices = _lookup(session, Office)
            channels = _lookup(session, Channel)
            default_channel = channels.get("walk_in") or next(iter(channels.values()), None)
            numbering = _Numbering(session, series_in_force(session))
            dialect = session.get_bind().dialect
            new_cases = _DriverInsert(
                cases, dialect, (*_CASE_KEYS, "created_at", "updated_at", "touched_at")
            )
            new_changes = _DriverInsert(changes_table, dialect, ("id", "complaint_id", "changed_at",
                                        "from_status", "to_status", "note", "created_at", "updated_at",
                                        "touched_at"))  # fmt: skip
            for done_from in range(0, total, BATCH):
                # One batch: its cases, their last statuses and replaced histories in a few
                # queries, written by Core executemany (ORM objects cost ~20x more per case).
                rows = table.rows[done_from : done_from + BATCH]
                numbers = [row.values["number"] for row in rows if row.values.get("number")]
                existing = {
                    r.number: SimpleNamespace(**r._asdict())
                    for r in session.execute(select(*cases.c).where(cases.c.number.in_(numbers)))
                }
                loaded = {c.id: _written(vars(c)) for c in existing.values()}
                # Cases this person may not read: the file cannot hold their contents (their
                # export left them blank), so what is stored stays.
                hidden = set(session.scalars(select(Complaint.id).where(
                    Complaint.number.in_(numbers), not_(readable))))  # fmt: skip
                stored: dict[uuid.UUID, list[tuple[datetime, ComplaintStatus]]] = {}
                for case_id, changed_at, status in session.execute(
                    select(ComplaintStatusChange.complaint_id, ComplaintStatusChange.changed_at, ComplaintStatusChange.to_status)
                    .where(ComplaintStatusChange.complaint_id.in_([c.id for c in existing.values()]))
                    .order_by(ComplaintStatusChange.changed_at, ComplaintStatusChange.id)
                ):  # fmt: skip
                    stored.setdefault(case_id, []).append((changed_at, status))
                replaced = {existing[row.values["number"]].id for row in rows
                            if row.values.get("history") and row.values.get("number") in existing} - hidden  # fmt: skip
                if replaced:
                    session.execute(
                        delete(ComplaintStatusChange).where(
                            ComplaintStatusChange.complaint_id.in_(replaced)
                        )
                    )
                inserts: list[tuple[Any, ...]] = []
                updates: list[dict[str, Any]] = []
                # The batch's history lines (changed_at, from_status, to_status, note), and
                # each one's case id as stored (once per case).
                history: list[tuple[Any, ...]] = []
                history_cases: list[Any] = []
                for row in rows:
                    values = row.values
                    channel_name = values.get("channel")
                    if channel_name and _catalogue_key(channel_name) not in channels:
                        channels[_catalogue_key(channel_name)] = self._add_channel(
                            session, channel_name
                        )
                        notices.append(Message(CONTEXT, QT_TRANSLATE_NOOP("ComplaintTransfer", "channel “{name}” was added."),
                                               {"name": channel_name}))  # fmt: skip
                    case = existing.get(values.get("number") or "")
                    is_new = case is None
                    if case is None:
                        case = numbering.new_case(values)
                        added += 1
                    else:
                        updated += 1
                    category_id = (
                        categories[_catalogue_key(values["category"])]
                        if values.get("category")
                        else (case.category_id or other)
                    )
                    kept = self._kept(case, values, hidden)
                    before = (case.category_id, case.due_on)
                    kept_hidden += case.id in hidden
                    channel_id = (
                        channels[_catalogue_key(channel_name)]
                        if channel_name
                        else (case.channel_id or default_channel)
                    )
                    if (
                        category_id is None or channel_id is None
                    ):  # an empty catalogue, and the row names none
                        raise UserError(_NO_CATEGORIES if category_id is None else _NO_CHANNELS)
                    self._fill(case, values, category_id=category_id, channel_id=channel_id,
                               office_id=offices[_catalogue_key(values["office"])] if values.get("office") else None)  # fmt: skip
                    for key, value in kept.items():
                        setattr(case, key, value)
                    lines = None if case.id in hidden else values.get("history")
                    was = stored.get(case.id, [])
                    changes = self._history(
                        case, lines, was[-1][1] if was else None, is_new=is_new, note=note
                    )
                    if changes:
                        history += changes
                        history_cases += [new_changes.stored_value("complaint_id", case.id)] * len(
                            changes
                        )
                    # The file's due date stands, unless it is the one stored and what it was
                    # counted from (category, history) changed: then it is counted again.
                    due_on = case.due_on
                    if due_on is None or (not is_new and due_on == before[1]):
                        moves = sorted(([] if case.id in replaced else was) + [(c[0], c[2]) for c in changes],
                                       key=_first)  # fmt: skip
                        if due_on is None or category_id != before[0] or moves != was:
                            if case.office_id not in calendars:
                                calendars[case.office_id] = working_calendar(
                                    session, case.office_id
                                )
                            case.due_on = resolve_due_on(
                                calendars[case.office_id],
                                case.received_at,
                                standards[category_id],
                                moves,
                                self._today(),
                            )
                    written = _written(vars(case))
                    if is_new:
                        inserts.append((case.id, case.series, case.fiscal_year, case.sequence, case.number,
                                        *written))  # fmt: skip
                    elif written != loaded[case.id]:  # as the ORM: an unchanged case is not written
                        updates.append({"id": case.id, **dict(zip(_WRITTEN, written, strict=True))})
                session.flush()  # channels added by this batch
                moment = utc_now()  # created_at and updated_at of the batch's new rows
                stamps = {"created_at": moment, "updated_at": moment, "touched_at": moment}
                if inserts:
                    new_cases.write_columns(session, dict(zip(_CASE_KEYS, zip(*inserts, strict=True),
                                                              strict=True)), len(inserts), stamps)  # fmt: skip
                update_by_id(session, Complaint, updates)
                if history:
                    moments, from_status, to_status, notes = zip(*history, strict=True)
                    columns: dict[str, Sequence[Any]] = {
                               "id": new_changes.new_ids("id", len(history)),
                               "complaint_id": history_cases, "changed_at": moments,
                               "from_status": from_status, "to_status": to_status, "note": notes}  # fmt: skip
                    new_changes.write_columns(session, columns, len(history), stamps,
                                              _STORED_HISTORY_KEYS)  # fmt: skip
                if progress is not None:
                    progress(min(done_from + BATCH, total), total)
        if kept_hidden:
            kept_note = (
                QT_TRANSLATE_NOOP("ComplaintTransfer",
                    "One confidential case you may not read kept its contents and history; the file changed only its other columns.")
                if kept_hidden == 1 else
                QT_TRANSLATE_NOOP("ComplaintTransfer",
                    "{count} confidential cases you may not read kept their contents and history; the file changed only their other columns.")
            )  # fmt: skip
            notices.append(Message(CONTEXT, kept_note, {"count": kept_hidden}))
        return ImportSummary(added, updated, notices)

    # -- one case -------------------------------------------------------------------------------

    @staticmethod
    def _kept(case: Any, values: dict[str, Any], hidden: set[uuid.UUID]) -> dict[str, Any]:
        """What of an existing case the file must not change: everything protected of a case the
        importing person may not read, and a subject the file leaves empty."""
        if case.id in hidden:
            return {key: getattr(case, key) for key in (*PROTECTED, "confidential", "assigned_to")}
        return {"subject": case.subject} if case.subject and not values.get("subject") else {}

    @staticmethod
    def _add_channel(session: Session, name: str) -> uuid.UUID:
        channel = Channel(id=new_id(), code=name[:40], name_th=name, name_en=name, sort_order=1000)
        session.add(channel)
        return channel.id

    @staticmethod
    def _fill(case: Any, values: dict[str, Any], *, category_id: uuid.UUID, channel_id: uuid.UUID,
              office_id: uuid.UUID | None) -> None:  # fmt: skip
        fields = vars(case)  # a SimpleNamespace: its fields set at once
        get = values.get
        fields["received_at"] = values["received_at"]
        fields["subject"] = get("subject") or ""
        fields["category_id"] = category_id
        fields["channel_id"] = channel_id
        fields["office_id"] = office_id
        fields["status"] = get("status") or case.status or ComplaintStatus.RECEIVED
        fields["priority"] = get("priority") or case.priority or Priority.MEDIUM
        for key in _FILLED_TEXTS:
            fields[key] = get(key) or ""
        for key in ("anonymous", "confidential"):
            fields[key] = bool(get(key))
        for key in _FILLED_AS_GIVEN:
            fields[key] = get(key)
        fields["reopen_count"] = get("reopen_count") or 0

    def _history(
        self, case: Any, lines: list[HistoryLine] | None, current: ComplaintStatus | None, *,
        is_new: bool, note: str,
    ) -> list[tuple[datetime, ComplaintStatus | None, ComplaintStatus, str]]:  # fmt: skip
        """The file's history replaces the case's (the caller deleted the old one); without one,
        a new case gets the history its dates tell and an updated case one change if its status
        moved. ``current`` is the case's last recorded status, if any. Each change is
        (changed_at, from_status, to_status, note)."""
        changes: list[tuple[datetime, ComplaintStatus | None, ComplaintStatus, str]] = []
        if lines:
            previous: ComplaintStatus | None = None
            for line in sorted(lines, key=_changed_at):
                changes.append((line.changed_at, previous, line.status, line.note))
                previous = line.status
            return changes
        if current is None:
            changes.append((case.received_at, None, ComplaintStatus.RECEIVED, note))
            current = ComplaintStatus.RECEIVED
        if case.status != current:
            moments = [
                m
                for m in (case.closed_at, case.notified_at, case.resolved_at, case.acknowledged_at)
                if m
            ]
            when = (
                max(moments)
                if moments and is_new
                else (case.received_at if is_new else self._now())
            )
            changes.append((when, current, case.status, note))
        return changes


_changed_at = attrgetter("changed_at")
_first = itemgetter(0)


class _DriverInsert:
    """An INSERT of many rows through the driver's ``executemany``: each value turned into what its
    column stores by the column type's own bind processor (the one Core uses), and the columns'
    constant defaults filled in as Core fills them, but without Core's parameter processing per
    row (at 20,000 cases and 100,000 history lines it took three times the inserts' own time).
    The values are processed a column at a time (``map``), and a moment's column by
    ``_utc_text`` when that gives what its type's processor gives (checked here on samples).
    The rows must give every column named; any other column of the table with a default other
    than a constant is refused here rather than left empty."""

    def __init__(self, table: Table, dialect: Any, keys: tuple[str, ...]) -> None:
        constants: dict[str, Any] = {}
        for column in table.c:
            if column.key in keys or column.default is None:
                continue
            if not column.default.is_scalar:
                raise ValueError(f"{table.name}.{column.key}: its default is not a constant")
            constants[column.key] = column.default.arg  # type: ignore[attr-defined]
        self._keys = keys
        self._constants = constants
        columns = [table.c[key] for key in (*keys, *constants)]
        self._processors = [_processor(column.type, dialect) for column in columns]
        self._by_key = dict(zip((*keys, *constants), self._processors, strict=True))
        # Keys are hashed in Python (uuid.UUID.__hash__): not worth looking up again.
        self._memoised = [not isinstance(column.type, Uuid) for column in columns]
        # Columns of ids stored as their 32 hex digits (SQLite's CHAR(32)): a new id's text is
        # made from its integer without a UUID object, when that is what the processor stores.
        self._hex_ids = {
            column.key
            for column, process in zip(columns, self._processors, strict=True)
            if isinstance(column.type, Uuid) and process is not None
            and all(process(uuid.UUID(int=sample)) == f"{sample:032x}" for sample in _SAMPLE_IDS)
        }  # fmt: skip
        quote = dialect.identifier_preparer
        self._sql = (
            f"INSERT INTO {quote.format_table(table)} "
            f"({', '.join(quote.format_column(column) for column in columns)}) "
            f"VALUES ({driver_placeholders(dialect, len(columns))})"
        )

    def stored_value(self, key: str, value: Any) -> Any:
        """One value of the column ``key`` as the database stores it: for a value many rows
        share, given in ``columns`` among ``ready``."""
        process = self._by_key[key]
        return value if process is None else process(value)

    def new_ids(self, key: str, count: int) -> list[Any]:
        """``count`` new ids (``new_id_ints``, in order) for the column ``key``, as stored: give
        them in ``columns`` among ``ready``."""
        values = new_id_ints(count)
        if key in self._hex_ids:
            return [f"{value:032x}" for value in values]
        process = self._by_key[key]
        ids = [uuid.UUID(int=value) for value in values]
        return ids if process is None else list(map(process, ids))

    def stored(
        self, rows: list[dict[str, Any]], same: dict[str, Any] | None = None
    ) -> list[tuple[Any, ...]]:
        """``rows`` as the database stores them, in the INSERT's order of columns; ``same`` gives
        values every row shares (processed once, as the constant defaults are)."""
        shared = {**self._constants, **(same or {})}
        columns = {key: [row[key] for row in rows] for key in self._keys if key not in shared}
        return self.stored_columns(columns, len(rows), same)

    def stored_columns(
        self,
        columns: Mapping[str, Sequence[Any]],
        count: int,
        same: dict[str, Any] | None = None,
        ready: frozenset[str] = frozenset(),
    ) -> list[tuple[Any, ...]]:
        """``count`` rows given a column at a time (``columns``: each key's values, in the rows'
        order) as the database stores them; ``same`` gives values every row shares (processed
        once, as the constant defaults are), ``ready`` the keys whose values are already as
        stored (``stored_value``, ``new_ids``). A column whose values repeat (statuses,
        categories, days, moments) processes each distinct value once: equal values store the
        same (a moment is stored by its instant)."""
        shared = {**self._constants, **(same or {})}
        cells: list[Sequence[Any]] = []
        for key, process, distinct in zip(
            (*self._keys, *self._constants), self._processors, self._memoised, strict=True
        ):
            if key in shared:
                value = shared[key]
                cells.append([value if process is None else process(value)] * count)
                continue
            values = columns[key]
            if len(values) != count:
                raise ValueError(f"{key}: {len(values)} values for {count} rows")
            if process is None or key in ready:
                cells.append(values)
                continue
            seen = set(values) if distinct else ()
            if len(seen) * 2 <= len(values) and seen:
                memo = {value: process(value) for value in seen}
                cells.append(list(map(memo.__getitem__, values)))
            else:
                cells.append(list(map(process, values)))
        return list(zip(*cells, strict=True))

    def write(
        self, session: Session, rows: list[dict[str, Any]], same: dict[str, Any] | None = None
    ) -> None:
        session.connection().exec_driver_sql(self._sql, self.stored(rows, same))

    def write_columns(
        self,
        session: Session,
        columns: Mapping[str, Sequence[Any]],
        count: int,
        same: dict[str, Any] | None = None,
        ready: frozenset[str] = frozenset(),
    ) -> None:
        """``write`` of rows given a column at a time (``stored_columns``)."""
        session.connection().exec_driver_sql(
            self._sql, self.stored_columns(columns, count, same, ready)
        )


_SAMPLE_IDS = (0, 1, 0x01A2_4655_2DA0_7118_B863_1B92_DAAF_0927, (1 << 128) - 1)
_SAMPLE_MOMENTS = (
    datetime(2026, 1, 5, 2, 3, 4, tzinfo=UTC),
    datetime(2026, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
    datetime(1999, 1, 1, 0, 0, tzinfo=timezone(timedelta(hours=7))),
    datetime(2569, 2, 28, 12, 30, 1, 5, tzinfo=timezone(timedelta(hours=-5, minutes=-30))),
)


def _utc_text(moment: datetime | None) -> str | None:
    """An aware moment as SQLite's DATETIME stores it in UTC: "2026-01-05 02:03:04.000000"."""
    if moment is None:
        return None
    if moment.tzinfo is not UTC:  # what the file's cells give is UTC already
        moment = moment.astimezone(UTC)
    return moment.isoformat(" ", "microseconds")[:26]


def _processor(column_type: Any, dialect: Any) -> Callable[[Any], Any] | None:
    """The column type's bind processor; for a column of moments ``_utc_text`` instead, when it
    stores the samples exactly as that processor does (it is about three times quicker)."""
    process = column_type._cached_bind_processor(dialect)
    if (
        process is not None
        and isinstance(column_type, UtcDateTime)
        and all(process(moment) == _utc_text(moment) for moment in _SAMPLE_MOMENTS)
    ):
        return _utc_text
    return cast(Callable[[Any], Any] | None, process)


def _access_refused(principal: Principal) -> Message:
    return Message(CONTEXT, QT_TRANSLATE_NOOP("ComplaintTransfer",
        "{user} may not change who handles or may read this case: the assignee and the "
        "confidential flag change only for a supervisor allowed to read the case. Leave the cell "
        "as the case has it, or ask a supervisor with that permission to import the file."),
        {"user": principal.shown_name})  # fmt: skip


class _Numbering:
    """Fiscal-year numbers for new cases, each in its series (``numbering``): a number of ours
    ("2569/000123", "BKK-2569/000123") keeps its sequence in the series it shows when that is
    free; a platform's own number keeps its text and gets the next free sequence of the series
    "" (as migration 0017 reads such numbers); an empty one gets the next number of the series
    in force (the agency's prefix, else the office code)."""

    def __init__(self, session: Session, series: str) -> None:
        self._session = session
        self._series = series
        self._used: dict[tuple[str, int], set[int]] = {}
        self._next: dict[tuple[str, int], int] = {}
        self._ids: list[int] = []  # made ahead, a batch at a time (``new_id_ints``), used in order

    def new_case(self, values: dict[str, Any]) -> SimpleNamespace:
        """A new case's key fields; the importer fills in the rest (``_WRITTEN``)."""
        fiscal_year = fiscal_year_be(thai_date(values["received_at"]))
        number = values.get("number")
        match = _NUMBER.fullmatch(number or "")
        given = int(match[2]) if match and int(match[1]) == fiscal_year else None
        if not number:
            series = self._series
        else:
            series = series_of(number, fiscal_year, given) if given is not None else ""
        key = (series, fiscal_year)
        used = self._used_in(key)
        if given is not None and given not in used:
            sequence = given
        else:
            while self._next[key] in used:
                self._next[key] += 1
            sequence = self._next[key]
        used.add(sequence)
        number = number or case_number(series, fiscal_year, sequence)
        if not self._ids:
            self._ids = new_id_ints(BATCH)[::-1]
        return SimpleNamespace(id=uuid.UUID(int=self._ids.pop()), series=series, fiscal_year=fiscal_year, sequence=sequence,
                               number=number, category_id=None, channel_id=None, due_on=None,
                               subject=None, status=None, priority=None)  # fmt: skip

    def _used_in(self, key: tuple[str, int]) -> set[int]:
        if key not in self._used:
            series, fiscal_year = key
            self._used[key] = set(self._session.scalars(select(Complaint.sequence).where(
                Complaint.series == series, Complaint.fiscal_year == fiscal_year)))  # fmt: skip
            self._next[key] = max(self._used[key], default=0) + 1
        return self._used[key]
