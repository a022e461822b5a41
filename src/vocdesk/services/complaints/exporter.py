"""Exporting complaint cases to CSV/XLSX; the file's columns are in ``transfer_columns``.

An export writes every column with its English heading, values as the import reads them
(times ISO with their offset, statuses by value, yes/no), plus the working days a case took and
whether it met its standard (computed; ignored by the import), so an export imports unchanged.

Confidential cases follow the one reading rule (``services.confidentiality``): a
case the person exporting (the signed-in account) may not read is left out of the file
altogether, and ``notices`` (and ``left_out``) say how many were. Exporting needs
``Permission.EXPORT``. Unless built ``unmasked`` (which needs PERSONAL_DATA too), the
complainant's contact is masked (the columns ``transfer_columns`` marks personal) and the free
texts of a case whose complainant is marked sensitive (PDPA s.26: ``SENSITIVE_TEXTS`` and the
history's notes) are left out.

On SQLite (issue 18) the cases are read in one statement that has SQLite write each history
column, its moments in Thai time (``_stored_rows``), and the rest of a row is made from the texts
SQLite stores; the file is byte for byte the one the rows read as typed values give
(``_typed_rows``, the way any other database is read).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, NamedTuple, cast

from sqlalchemy import (
    Integer,
    String,
    Table,
    and_,
    func,
    literal_column,
    or_,
    select,
    type_coerce,
)
from sqlalchemy import case as sql_case

from vocdesk.db.models import (
    Channel,
    Complaint,
    ComplaintCategory,
    ComplaintStatusChange,
    Office,
    Stakeholder,
)
from vocdesk.domain.accounts import Permission
from vocdesk.domain.clock import thai_date, thai_today
from vocdesk.domain.complaints.kpis import milestone_in_time
from vocdesk.domain.complaints.service_standard import pauses_from_history, working_days_taken
from vocdesk.domain.complaints.workflow import OPEN_STATUSES, PAUSING_STATUSES
from vocdesk.domain.enums import ComplaintStatus
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, Message
from vocdesk.domain.pdpa.masking import mask
from vocdesk.domain.tables import TableQuery
from vocdesk.domain.working_days import WorkingCalendar
from vocdesk.io.cells import format_bool, format_date, format_datetime
from vocdesk.io.table_file import write_rows
from vocdesk.services.authorization import acting, require, requires
from vocdesk.services.complaints.due import case_pauses, working_calendar
from vocdesk.services.complaints.export_deadlines import ExportDeadlines
from vocdesk.services.complaints.queues import search_condition
from vocdesk.services.complaints.transfer_columns import (
    BATCH,
    CONTEXT,
    HISTORY_SEPARATOR,
    PROTECTED,
    complaint_spec,
)
from vocdesk.services.confidentiality import readable_condition
from vocdesk.services.database import Database
from vocdesk.services.transfer import ProgressCallback, mask_rows

# A sensitive complainant's free texts (PDPA s.26: health, religion, criminal record), left out
# of a masked export; the subject stays, as the lists show it.
SENSITIVE_TEXTS = ("details", "resolution", "corrective_action", "follow_up_comment")


class ComplaintExporter:
    """Exports what the person signed in may read; see the module's note on confidential cases.
    After an export, ``left_out`` is how many confidential cases were left out and ``notices``
    says so."""

    def __init__(
        self, db: Database, today: Callable[[], date] = thai_today, *, unmasked: bool = False
    ) -> None:
        self._db = db
        self._today = today
        self.unmasked = unmasked
        self.spec = complaint_spec()
        self.notices: list[Message] = []
        self.left_out = 0

    @requires(Permission.EXPORT)
    def export(
        self, path: Path, *, search: str = "", progress: ProgressCallback | None = None
    ) -> int:
        if self.unmasked:
            require(self._db, Permission.PERSONAL_DATA)
        self.notices = []
        self.left_out = 0
        with self._db.session_scope() as session:
            on_sqlite = session.connection().dialect.name == "sqlite"
        if on_sqlite:  # masked in the row (``_StoredRows``)
            rows = self._stored_rows(search, progress, masked=not self.unmasked)
        else:
            rows = self._typed_rows(search, progress)
            rows = rows if self.unmasked else mask_rows(self.spec, rows)
        return write_rows(self.spec.headers, rows, Path(path))

    def _left_out(self, count: int) -> None:
        self.left_out = count
        if count:
            left_out = QT_TRANSLATE_NOOP("ComplaintTransfer",
                "%Ln confidential case(s) you may not read were left out of the file.",
                None, count)  # fmt: skip
            self.notices.append(Message(CONTEXT, left_out, {}, count))

    def _stored_rows(self, search: str, progress: ProgressCallback | None, *,
                     masked: bool = False) -> Iterator[list[Any]]:  # fmt: skip
        """The rows on SQLite: one statement reads the readable cases in the file's order, each
        with its history written by SQLite (``_HISTORY_SQL``), its moves when it paused and
        whether its complainant's texts are left out; Python makes the rest of the row from the
        stored texts (``_StoredRows``), its personal cells ``masked`` as ``mask_rows`` masks them.
        Made from typed values, 115,000 cases with 590,000 history lines took 10-16x a raw
        SELECT of the cases to CSV (issue 18)."""
        today = self._today()
        with self._db.session_scope() as session:
            calendar = working_calendar(session)
            names = _catalogues(session)
            by_hex = _Catalogues(
                channels={key.hex: code for key, code in names.channels.items()},
                offices={key.hex: code for key, code in names.offices.items()},
                categories={key.hex: category for key, category in names.categories.items()},
            )
            readable = readable_condition(acting(self._db))
            found = search_condition(TableQuery(search=search), readable)
            where = [] if found is None else [found]
            listed, unreadable, unordered = session.execute(_counted(readable, where)).one()
            self._left_out(int(unreadable))
            total = int(listed) - int(unreadable)
            # Cases stored in the file's order (numbered as they were recorded) are read in the
            # table's own order: sorting them carried every row's history through a sort.
            in_order = (_ROWID,) if not unordered else (_CASES.c.fiscal_year, _CASES.c.sequence)
            statement = (
                select(*_CASES_STORED, *_stored_columns(unmasked=self.unmasked))
                .where(*where, readable)
                .order_by(*in_order)
            )
            rows = _StoredRows(session, by_hex, calendar, today, self.spec, masked=masked)
            result = session.connection().execution_options(yield_per=BATCH).execute(statement)
            done = 0
            for part in result.partitions():
                for case in part:
                    yield rows.row(case)
                done += len(part)
                if progress is not None:
                    progress(done, total)

    def _typed_rows(self, search: str, progress: ProgressCallback | None) -> Iterator[list[Any]]:
        """The rows from typed values (UUIDs, aware moments, enums), as any database reads them."""
        today = self._today()
        with self._db.session_scope() as session:
            calendar = working_calendar(session)
            names = _catalogues(session)
            sensitive: set[uuid.UUID] = (
                set()
                if self.unmasked
                else set(session.scalars(select(Stakeholder.id).where(Stakeholder.sensitive)))
            )
            readable = readable_condition(acting(self._db))
            found = search_condition(TableQuery(search=search), readable)
            listed = session.execute(
                select(Complaint.id, sql_case((readable, False), else_=True))
                .where(*([] if found is None else [found]))
                .order_by(Complaint.fiscal_year, Complaint.sequence)
            ).all()  # fmt: skip
            ids = [case_id for case_id, is_hidden in listed if not is_hidden]
            hidden: set[uuid.UUID] = set()  # left out: nothing of them is written
            self._left_out(len(listed) - len(ids))
            total = len(ids)
            done = 0
            for start in range(0, len(ids), BATCH):
                chunk = ids[start : start + BATCH]
                # Core rows (every column, as the ORM read them: the same plan, the same order of
                # equal moments), not ORM objects: 35,000 of them per 6,000 cases (issue 18).
                cases = {
                    c.id: c
                    for c in session.execute(select(*_CASES.c).where(_CASES.c.id.in_(chunk)))
                }
                history: dict[uuid.UUID, list[Any]] = {}
                for change in session.execute(select(*_CHANGES.c).where(
                        _CHANGES.c.complaint_id.in_(chunk)).order_by(_CHANGES.c.changed_at)):  # fmt: skip
                    history.setdefault(change.complaint_id, []).append(change)
                for case_id in chunk:
                    case = cases[case_id]
                    yield self._typed_row(
                        case,
                        history.get(case_id, []),
                        names,
                        calendar,
                        today,
                        hidden=case_id in hidden,
                        sensitive=case.stakeholder_id in sensitive,
                    )
                done += len(chunk)
                if progress is not None:
                    progress(done, total)
                session.expunge_all()  # keep memory flat over 200,000 cases

    def _typed_row(self, case: Any, changes: list[Any], names: _Catalogues,
             calendar: WorkingCalendar, today: date, *, hidden: bool, sensitive: bool = False) -> list[Any]:  # fmt: skip
        received_on = thai_date(case.received_at)
        pauses = case_pauses([(c.changed_at, c.to_status) for c in changes], today)
        resolved_on = thai_date(case.resolved_at) if case.resolved_at else None
        category = names.categories[case.category_id]
        met = milestone_in_time(calendar, received_on, resolved_on, category.resolve_days, today,
                                still_open=case.status in OPEN_STATUSES, pauses=pauses)  # fmt: skip
        notified = milestone_in_time(calendar, received_on, thai_date(case.notified_at) if case.notified_at else None,
                                     category.notify_days, today, still_open=case.status in OPEN_STATUSES,
                                     pauses=pauses)  # fmt: skip
        office = names.offices.get(case.office_id) if case.office_id else None
        values: dict[str, Any] = {
            "number": case.number,
            "received_at": format_datetime(case.received_at),
            "channel": names.channels[case.channel_id],
            "subject": case.subject,
            "details": case.details,
            "category": category.code,
            "status": case.status.value,
            "priority": case.priority.value,
            "province": case.province, "district": case.district, "unit": case.unit,
            "office": office or "",
            "assigned_to": case.assigned_to,
            "complainant_name": case.complainant_name, "complainant_contact": case.complainant_contact,
            "anonymous": format_bool(case.anonymous), "confidential": format_bool(case.confidential),
            "acknowledged_at": format_datetime(case.acknowledged_at),
            "first_response_at": format_datetime(case.first_response_at),
            "resolved_at": format_datetime(case.resolved_at), "notified_at": format_datetime(case.notified_at),
            "closed_at": format_datetime(case.closed_at),
            "due_on": format_date(case.due_on),
            "forwarded_agency": case.forwarded_agency,
            "forwarded_on": format_date(case.forwarded_on),
            "forwarded_reference": case.forwarded_reference,
            "resolution": case.resolution, "corrective_action": case.corrective_action,
            "follow_up_score": case.follow_up_score if case.follow_up_score is not None else "",
            "follow_up_comment": case.follow_up_comment,
            "trust_restored": format_bool(case.trust_restored),
            "reopen_count": case.reopen_count,
            "history": "\n".join(
                HISTORY_SEPARATOR.join(filter(None, (format_datetime(c.changed_at), c.to_status.value,
                                                     "" if hidden or sensitive else c.note.replace("\n", " "))))  # fmt: skip
                for c in changes
            ),
            "working_days": "" if resolved_on is None else working_days_taken(calendar, received_on, resolved_on, pauses),
            "met_standard": format_bool(met),
            "notified_in_time": format_bool(notified),
        }  # fmt: skip
        if hidden:
            values.update(dict.fromkeys(PROTECTED, ""))
        if sensitive:
            values.update(dict.fromkeys(SENSITIVE_TEXTS, ""))
        return [values[column.key] for column in self.spec.columns]


_CASES = cast(Table, Complaint.__table__)
_CHANGES = cast(Table, ComplaintStatusChange.__table__)


def _stored(column: Any) -> Any:
    """``column`` read as SQLite stores it: a UUID's hex, a moment's UTC text ("2026-01-05
    02:03:04.000000"), a day's ISO text, an enum's value, 0/1; labelled as itself."""
    return type_coerce(column, String).label(column.key)


# What a row needs of a case, read as stored (``_stored_rows``).
_CASE_COLUMNS = (
    "id", "number", "received_at", "channel_id", "subject", "details", "category_id", "status",
    "priority", "province", "district", "unit", "office_id", "assigned_to", "complainant_name",
    "complainant_contact", "anonymous", "confidential", "acknowledged_at", "first_response_at",
    "resolved_at", "notified_at", "closed_at", "due_on", "forwarded_agency", "forwarded_on",
    "forwarded_reference", "resolution", "corrective_action", "follow_up_score", "follow_up_comment",
    "trust_restored", "reopen_count",
)  # fmt: skip
_CASES_STORED = tuple(_stored(_CASES.c[key]) for key in _CASE_COLUMNS)
_PAUSING = tuple(status.value for status in PAUSING_STATUSES)
_OPEN = frozenset(status.value for status in OPEN_STATUSES)
_NOT_STANDARD = "\x01"  # in a history SQLite wrote: a moment not stored as SQLAlchemy writes it
# A moment stored as SQLAlchemy writes it ("2026-01-05 02:03:04.000000") in Thai time to the
# second with its offset, as ``format_datetime`` writes it (the fraction cut before SQLite reads
# it: SQLite would round it to the millisecond); any other text: _NOT_STANDARD.
_THAI_MOMENT_SQL = (
    "coalesce(CASE WHEN length({0}) = 26 AND substr({0}, 11, 1) = ' ' AND substr({0}, 20, 1) = '.'"
    " THEN strftime('%Y-%m-%dT%H:%M:%S+07:00', substr({0}, 1, 19), '+7 hours') END, char(1))"
)
# The history column of one case (the outer ``complaint``): its lines in the order of their
# moments (the statement and plan the typed rows use: WHERE complaint_id, ORDER BY changed_at),
# each "moment | status | note" (a note's line breaks as spaces; no note: no third part; a
# sensitive person's notes left out), joined by line breaks; NULL for none.
_HISTORY_SQL = (
    "(SELECT group_concat(line, char(10)) FROM (SELECT "
    + _THAI_MOMENT_SQL.format("h.changed_at")
    + " || ' | ' || h.to_status || CASE WHEN h.note != '' AND NOT ({sensitive})"
    " THEN ' | ' || replace(h.note, char(10), ' ') ELSE '' END AS line"
    " FROM complaint_status_change AS h WHERE h.complaint_id = complaint.id"
    " ORDER BY h.changed_at))"
)
# Whether the case's complainant is marked sensitive (the set of them made once per statement).
_SENSITIVE_SQL = (
    "coalesce(complaint.stakeholder_id IN (SELECT s.id FROM stakeholder AS s WHERE s.sensitive), 0)"
)
# A case that entered a pausing status: its moves as "stored moment status", joined by commas, in
# the history's order (for ``pauses_from_history``); NULL for any other case.
_PAUSES_SQL = (
    "CASE WHEN EXISTS (SELECT 1 FROM complaint_status_change AS p WHERE p.complaint_id = complaint.id"
    " AND p.to_status IN (" + ", ".join(f"'{value}'" for value in _PAUSING) + "))"
    " THEN (SELECT group_concat(q.changed_at || ' ' || q.to_status, ',') FROM (SELECT changed_at,"
    " to_status FROM complaint_status_change WHERE complaint_id = complaint.id ORDER BY changed_at)"
    " AS q) END"
)


def _stored_columns(*, unmasked: bool) -> tuple[Any, ...]:
    sensitive = "0" if unmasked else _SENSITIVE_SQL
    return (
        literal_column(sensitive, Integer).label("sensitive_person"),
        literal_column(_HISTORY_SQL.format(sensitive=sensitive), String).label("history"),
        literal_column(_PAUSES_SQL, String).label("pauses"),
    )


_ROWID = literal_column("complaint.rowid", Integer)


def _counted(readable: Any, where: list[Any]) -> Any:
    """How many cases ``where`` finds, how many of them are not ``readable``, and whether any is
    stored (in the table's own order, its rowid) before a case earlier in the file's order
    (fiscal year, sequence): 1 if so. One pass over the table, no sort."""
    found = (
        select(
            sql_case((readable, 0), else_=1).label("hidden"),
            _CASES.c.fiscal_year.label("year"),
            _CASES.c.sequence.label("sequence"),
            func.lag(_CASES.c.fiscal_year).over(order_by=_ROWID).label("year_before"),
            func.lag(_CASES.c.sequence).over(order_by=_ROWID).label("sequence_before"),
        )
        .select_from(_CASES)
        .where(*where)
        .subquery()
    )
    c = found.c
    earlier = or_(
        c.year < c.year_before, and_(c.year == c.year_before, c.sequence < c.sequence_before)
    )
    return select(
        func.count(),
        func.coalesce(func.sum(c.hidden), 0),
        func.coalesce(func.max(sql_case((earlier, 1), else_=0)), 0),
    )


# A UTC hour whose Thai time is on the same day -> "T" and the Thai hour.
_SAME_DAY_HOURS = {f"{hour:02d}": f"T{hour + 7:02d}" for hour in range(17)}


class StoredMoments:
    """Stored UTC moments as ``format_datetime`` writes them and their Thai days (``thai_date``).
    A moment stored as SQLAlchemy writes it whose Thai time falls on the same day is rewritten as
    text (its hour plus seven: Thailand has kept +07:00 since 1920, THAI_TIME); any other is
    read by the column type's own processor, as Core reads it."""

    def __init__(self, dialect: Any) -> None:
        self._moment_of = cast(
            Callable[[str], datetime],
            _CASES.c.received_at.type._cached_result_processor(dialect, None),
        )
        self._days: dict[str, int] = {}  # a UTC day's text -> its ordinal

    def text(self, stored: str | None) -> str:
        if stored is None:
            return ""
        hour = _SAME_DAY_HOURS.get(stored[11:13])
        if hour is not None and len(stored) == 26 and stored[10] == " " and stored[19] == ".":
            return stored[:10] + hour + stored[13:19] + "+07:00"
        return format_datetime(self._moment_of(stored))

    def ordinal(self, stored: str | None) -> int | None:
        """The Thai day of a stored moment, as its ordinal (``date.toordinal``)."""
        if stored is None:
            return None
        if len(stored) == 26 and stored[10] == " " and stored[19] == ".":
            utc_day = stored[:10]
            ordinal = self._days.get(utc_day)
            if ordinal is None:
                ordinal = self._days[utc_day] = date.fromisoformat(utc_day).toordinal()
            hour = stored[11:13]
            if hour in _SAME_DAY_HOURS:
                return ordinal
            if hour.isdigit() and int(hour) < 24:
                return ordinal + 1
        return thai_date(self._moment_of(stored)).toordinal()

    def day(self, stored: str) -> date:
        """The Thai day of a stored moment."""
        return date.fromordinal(cast(int, self.ordinal(stored)))


class _StoredRows:
    """The exported rows from cases read as stored, with the columns ``_stored_columns`` adds: the
    same cells as ``_typed_row`` gives (tests/services/test_complaint_export_stored_cells.py
    compares the files on real databases, masked and unmasked)."""

    def __init__(self, session: Any, names: _Catalogues, calendar: WorkingCalendar, today: date,
                 spec: Any, *, masked: bool = False) -> None:  # fmt: skip
        self._session = session
        # The personal cells and how each is masked (``mask_rows``' own list), when ``masked``.
        self._personal = (
            [(index, column.personal) for index, column in enumerate(spec.columns)
             if column.personal is not None] if masked else []
        )  # fmt: skip
        self._names = names
        self._today = today
        self._keys = [column.key for column in spec.columns]
        self._in_order = tuple(self._keys) == _ROW_KEYS
        self._moments = StoredMoments(session.connection().dialect)
        self._deadlines = ExportDeadlines(calendar, today)

    def _history(self, case_id: str, sensitive: bool) -> str:
        """The history column as ``_typed_row`` writes it, for a case with a moment not stored
        as SQLAlchemy writes it."""
        changes = self._session.execute(
            select(_CHANGES.c.changed_at, _CHANGES.c.to_status, _CHANGES.c.note)
            .where(_CHANGES.c.complaint_id == uuid.UUID(hex=case_id))
            .order_by(_CHANGES.c.changed_at)
        )
        return "\n".join(
            HISTORY_SEPARATOR.join(
                filter(
                    None,
                    (
                        format_datetime(at),
                        status.value,
                        "" if sensitive else note.replace("\n", " "),
                    ),
                )
            )  # fmt: skip
            for at, status, note in changes
        )

    def _pauses(self, moves: str) -> list[tuple[date, date]]:
        day = self._moments.day
        history = []
        for move in moves.split(","):
            moment, status = move.rsplit(" ", 1)
            history.append((day(moment), ComplaintStatus(status)))
        return pauses_from_history(history, self._today)

    def row(self, case: Any) -> list[Any]:
        """One exported row from a row of ``_CASES_STORED`` and ``_stored_columns``."""
        (case_id, number, received_at, channel_id, subject, details, category_id, status, priority,
         province, district, unit, office_id, assigned_to, complainant_name, complainant_contact,
         anonymous, confidential, acknowledged_at, first_response_at, resolved_at, notified_at,
         closed_at, due_on, forwarded_agency, forwarded_on, forwarded_reference, resolution,
         corrective_action, follow_up_score, follow_up_comment, trust_restored, reopen_count,
         sensitive_person, history, pauses) = case  # fmt: skip
        text, ordinal = self._moments.text, self._moments.ordinal
        names = self._names
        sensitive = bool(sensitive_person)
        history = history or ""
        if _NOT_STANDARD in history:
            history = self._history(case_id, sensitive)
        received_on = ordinal(received_at)
        assert received_on is not None  # every case is received
        category = names.categories[category_id]
        working_days, met, notified = self._deadlines.cells(
            received_on, ordinal(resolved_at), ordinal(notified_at), category.resolve_days,
            category.notify_days, still_open=status in _OPEN,
            pauses=self._pauses(pauses) if pauses else [],
        )  # fmt: skip
        cells = [
            number, text(received_at), names.channels[channel_id], subject, details, category.code,
            status, priority, province, district, unit,
            (names.offices.get(office_id) if office_id else None) or "", assigned_to,
            complainant_name, complainant_contact, _yes_no(anonymous), _yes_no(confidential),
            text(acknowledged_at), text(first_response_at), text(resolved_at), text(notified_at),
            text(closed_at), due_on or "", forwarded_agency, forwarded_on or "", forwarded_reference,
            resolution, corrective_action, "" if follow_up_score is None else follow_up_score,
            follow_up_comment, _yes_no(trust_restored), reopen_count, history, working_days, met,
            notified,
        ]  # fmt: skip
        if sensitive:
            for index in _SENSITIVE_INDEXES:
                cells[index] = ""
        if not self._in_order:
            values = dict(zip(_ROW_KEYS, cells, strict=True))
            cells = [values[key] for key in self._keys]
        for index, field_kind in self._personal:
            value = cells[index]
            if isinstance(value, str) and value:
                cells[index] = mask(field_kind, value)
        return cells


# The cells ``_StoredRows.row`` makes, in its order (the spec's, unless it changes).
_ROW_KEYS = (
    "number", "received_at", "channel", "subject", "details", "category", "status", "priority",
    "province", "district", "unit", "office", "assigned_to", "complainant_name", "complainant_contact",
    "anonymous", "confidential", "acknowledged_at", "first_response_at", "resolved_at", "notified_at",
    "closed_at", "due_on", "forwarded_agency", "forwarded_on", "forwarded_reference", "resolution",
    "corrective_action", "follow_up_score", "follow_up_comment", "trust_restored", "reopen_count",
    "history", "working_days", "met_standard", "notified_in_time",
)  # fmt: skip
_SENSITIVE_INDEXES = tuple(_ROW_KEYS.index(key) for key in SENSITIVE_TEXTS)


def _yes_no(stored: Any) -> str:
    """``format_bool`` of a boolean stored as 0/1."""
    return "" if stored is None else ("yes" if int(stored) else "no")


@dataclass(frozen=True)
class _Catalogues:
    """What an exported row names from the catalogues, by id (or by its hex, as SQLite stores
    it): channel and office codes, and each category's code and standards."""

    channels: dict[Any, str]
    offices: dict[Any, str]
    categories: dict[Any, _Category]


def _catalogues(session: Any) -> _Catalogues:
    return _Catalogues(
        channels={key: code for key, code in session.execute(select(Channel.id, Channel.code))},
        offices={key: code for key, code in session.execute(select(Office.id, Office.code))},
        categories={
            category_id: _Category(code, resolve_days, notify_days)
            for category_id, code, resolve_days, notify_days in session.execute(select(
                ComplaintCategory.id, ComplaintCategory.code, ComplaintCategory.resolve_days,
                ComplaintCategory.notify_days))
        },
    )  # fmt: skip


class _Category(NamedTuple):
    code: str
    resolve_days: int
    notify_days: int
