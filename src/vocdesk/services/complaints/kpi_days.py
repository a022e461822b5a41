"""The working days of the complaint KPIs, numbered in a temporary table, and the day
arithmetic of each database (``services.complaints.kpis`` counts with them, ``kpi_pauses``
counts the paused days with them).

``kpi_working_day`` numbers every calendar day of a report by the working days up to it
(weekends and holidays skipped), once per calendar (``Calendars``): "working days from receipt
to result" is then a subtraction of two looked-up numbers. On SQLite a moment is looked up by
the first ten characters of its stored UTC text, the next day taken from 17:00 UTC on
(``SqliteDays``); on PostgreSQL by its day in Asia/Bangkok (``PostgresDays``).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    ColumnElement,
    Integer,
    MetaData,
    String,
    Table,
    case,
    cast,
    func,
    literal_column,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from vocdesk.db.bulk import driver_placeholders
from vocdesk.db.models import Complaint, Holiday
from vocdesk.domain.working_days import WorkingCalendar
from vocdesk.services.holidays import working_calendar
from vocdesk.services.periods import thai_day_text

__all__ = ["DAYS", "Calendars", "PostgresDays", "SqliteDays", "days_sql", "fill_days"]

_ONE_DAY = timedelta(days=1)

# Not part of the schema (no migration): filled per report on the report's own connection.
DAYS = Table(
    "kpi_working_day",
    MetaData(),
    Column(
        "day", String(10), primary_key=True
    ),  # ISO date: the first ten characters of a stored moment
    # Whose calendar: 0 the agency's, 1.. an office's own (see ``Calendars``).
    Column("cal", Integer, primary_key=True),
    Column("n", Integer, nullable=False),  # working days from the table's first day up to this one
    Column("n_previous", Integer, nullable=False),  # the day before's n (0 for the first day)
    Column("next_day", String(10), nullable=False),
    Column("n_next", Integer, nullable=False),  # the next day's n
    Column("n_today", Integer, nullable=False),  # today's n on the same calendar
    prefixes=["TEMPORARY"],
    sqlite_with_rowid=False,  # a look-up is one walk of the key's tree, not two
)


class SqliteDays:
    """The day arithmetic in SQLite's SQL: a moment is stored as UTC text, and its first ten
    characters (the UTC day) are looked up, the next day taken from 17:00 UTC on."""

    dialect = "sqlite"

    @staticmethod
    def stored_day(moment: Any) -> ColumnElement[str]:
        """The day a moment is looked up by in the numbered days."""
        return func.substr(moment, 1, 10)

    @staticmethod
    def thai(moment: Any, on_the_day: Any, the_next_day: Any) -> Any:
        """Of a looked-up day's two values, the one of the moment's Thai day."""
        # Stored as "YYYY-MM-DD HH:MM:SS.ffffff" in UTC: from 17:00 it is the next day in Thailand.
        return case((func.substr(moment, 12, 2) >= "17", the_next_day), else_=on_the_day)

    @staticmethod
    def as_number(condition: Any) -> Any:
        """A condition where a number (1 or 0) is wanted: SQLite's truth is one already."""
        return condition

    @staticmethod
    def due_day(due_on: Any) -> ColumnElement[str]:
        return func.substr(due_on, 1, 10)  # text without a DATE column's affinity

    @staticmethod
    def greatest(value: Any, floor: Any) -> Any:
        return func.max(value, floor)  # of two arguments: the larger (not the aggregate)

    @staticmethod
    def least(value: Any, ceiling: Any) -> Any:
        return func.min(value, ceiling)

    @staticmethod
    def stored_text(column: Any) -> Any:
        """A key as its stored text, 32 hex digits: no UUID objects built per row."""
        return type_coerce(column, String())

    @staticmethod
    def truth(flag: Any) -> ColumnElement[bool]:
        return flag == 1  # type: ignore[no-any-return]

    @staticmethod
    def unflattened(subquery: Any) -> Any:
        # "LIMIT -1" keeps SQLite from flattening this into the outer query, which would
        # repeat every expression in every sum (2x slower).
        return subquery.limit(-1)


class PostgresDays(SqliteDays):
    """The same on PostgreSQL: a ``timestamptz`` is looked up by its day in Asia/Bangkok."""

    dialect = "postgresql"

    @staticmethod
    def stored_day(moment: Any) -> ColumnElement[str]:
        return thai_day_text(moment, "postgresql")

    @staticmethod
    def thai(moment: Any, on_the_day: Any, the_next_day: Any) -> Any:
        return on_the_day  # the looked-up day is the Thai day already

    @staticmethod
    def as_number(condition: Any) -> Any:
        return cast(condition, Integer)  # NULL (unknown) stays NULL, as SQLite's

    @staticmethod
    def due_day(due_on: Any) -> ColumnElement[str]:
        return func.to_char(due_on, literal_column("'YYYY-MM-DD'"), type_=String())

    @staticmethod
    def greatest(value: Any, floor: Any) -> Any:
        return func.greatest(value, floor)

    @staticmethod
    def least(value: Any, ceiling: Any) -> Any:
        return func.least(value, ceiling)

    @staticmethod
    def stored_text(column: Any) -> Any:
        # A uuid as text has dashes: taken out, the same 32 hex digits as SQLite's.
        return func.replace(type_coerce(column, String()).cast(String()), "-", "", type_=String())

    @staticmethod
    def truth(flag: Any) -> ColumnElement[bool]:
        return type_coerce(flag, Boolean()).is_(True)

    @staticmethod
    def unflattened(subquery: Any) -> Any:
        return subquery


def days_sql(session: Session) -> type[SqliteDays]:
    return PostgresDays if session.get_bind().dialect.name == "postgresql" else SqliteDays


class Calendars:
    """The calendars a report counts on: the agency's (number 0) and, numbered from 1, those of
    the offices that have days of their own; every other office's cases use the agency's."""

    def __init__(self, session: Session) -> None:
        self.agency = working_calendar(session)
        own = session.scalars(
            select(Holiday.office_id).where(Holiday.office_id.is_not(None)).distinct()
        )
        self.offices = {
            office_id: working_calendar(session, office_id)
            for office_id in sorted(own, key=str)
            if office_id is not None
        }
        self.numbers = {office_id: n for n, office_id in enumerate(self.offices, start=1)}

    def numbered(self) -> list[tuple[int, WorkingCalendar]]:
        return [(0, self.agency), *((self.numbers[o], c) for o, c in self.offices.items())]

    def number_of_case(self) -> ColumnElement[int] | int:
        """A case's calendar number, from its office."""
        if not self.numbers:
            return 0
        return case(
            *((Complaint.office_id == office_id, n) for office_id, n in self.numbers.items()),
            else_=0,
        )


def fill_days(session: Session, calendars: Calendars, first: date, last: date, today: date) -> None:
    """Number the days ``first``..``last`` by working days (``first`` is 0), once per
    calendar."""
    connection = session.connection()
    DAYS.create(connection, checkfirst=True)
    connection.execute(DAYS.delete())
    rows: list[tuple[int, str, int, int, str, int, int]] = []
    for number, calendar in calendars.numbered():
        numbered, n, day, n_today = [], 0, first, 0
        while day <= last + _ONE_DAY:
            if day > first and calendar.is_working_day(day):
                n += 1
            numbered.append((day.isoformat(), n))
            if day == today:
                n_today = n
            day += _ONE_DAY
        n_previous = [0, *(n_this for _, n_this in numbered)]
        rows.extend(
            (number, this, n_this, n_before, following, n_following, n_today)
            for (this, n_this), n_before, (following, n_following) in zip(
                numbered, n_previous, numbered[1:], strict=False
            )
        )
    # Plain tuples straight to the driver: a few thousand rows per calendar, which the ORM's
    # per-row processing would make the slowest part of a small report.
    connection.exec_driver_sql(
        f"INSERT INTO {DAYS.name} (cal, day, n, n_previous, next_day, n_next, n_today)"
        f" VALUES ({driver_placeholders(connection.dialect, 7)})",
        rows,
    )
