"""The agency's public-holiday list: importing the Cabinet's yearly list and reading it back.

Working-day deadlines (complaints' due dates, "due soon") count these holidays, and lunar
holidays and substitution days move every year, so the list is the agency's to load and edit.
The file import follows the contract of every import (``services.transfer``): ``HolidayImporter``
(kind "holidays": columns date and name, or วันที่ and ชื่อวันหยุด; dates ISO, dd/mm/yyyy in B.E.
or C.E., or real Excel dates) and ``HolidayExporter``, whose file imports again unchanged.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select

from vocdesk.db.models import Holiday
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error
from vocdesk.io.cells import format_date, parse_date, text_parser
from vocdesk.io.table_file import write_rows
from vocdesk.io.table_spec import (
    CheckedTable,
    Column,
    Problem,
    TableSpec,
    duplicate_problems,
)
from vocdesk.services.database import Database
from vocdesk.services.transfer import ImportSummary, ProgressCallback, ValueMaps

__all__ = [
    "HOLIDAY_SPEC",
    "HolidayExporter",
    "HolidayImporter",
    "HolidayRow",
    "HolidaysService",
    "ImportSummary",
]

NAME_MAX_LENGTH = 200  # the holiday table's column

HOLIDAY_SPEC = TableSpec(
    "holidays",
    (
        Column(
            "day", "date", "วันที่",
            "The holiday's date: yyyy-mm-dd, dd/mm/yyyy (a year of 2400 or more is B.E.) or an Excel date. "
            "Each date once; a date already in the list gets the new name.",
            parse=parse_date, required=True, aliases=("day", "วัน"),
        ),
        Column(
            "name", "name", "ชื่อวันหยุด",
            f"The holiday's name, at most {NAME_MAX_LENGTH} characters.",
            parse=text_parser(NAME_MAX_LENGTH), required=True, aliases=("holiday", "วันหยุด", "ชื่อ"),
        ),
    ),
)  # fmt: skip


@dataclass(frozen=True)
class HolidayRow:
    day: date
    name: str


class HolidaysService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def import_holidays(self, rows: list[HolidayRow]) -> ImportSummary:
        """Add the new dates and rename the known ones, in one transaction: all or nothing."""
        seen: set[date] = set()
        for row in rows:
            if row.day in seen:
                raise user_error(
                    "HolidayImport",
                    QT_TRANSLATE_NOOP("HolidayImport", "{date} is in the holiday list twice; nothing was imported."),
                    date=row.day.isoformat(),
                )  # fmt: skip
            seen.add(row.day)
        added = updated = 0
        with self._db.session_scope() as session:
            existing = {
                holiday.day: holiday
                for holiday in session.scalars(select(Holiday).where(Holiday.day.in_(sorted(seen))))
            }
            for row in rows:
                if row.day in existing:
                    existing[row.day].name = row.name
                    updated += 1
                else:
                    session.add(Holiday(day=row.day, name=row.name))
                    added += 1
        return ImportSummary(added=added, updated=updated)

    def list_holidays(self, year_ce: int | None = None) -> list[HolidayRow]:
        """The holidays in date order; only those of one Common Era year when ``year_ce`` is given."""
        query = select(Holiday.day, Holiday.name).order_by(Holiday.day)
        if year_ce is not None:
            query = query.where(Holiday.day.between(date(year_ce, 1, 1), date(year_ce, 12, 31)))
        with self._db.session_scope() as session:
            return [HolidayRow(day, name) for day, name in session.execute(query)]


class HolidayImporter:
    """The agency's public holidays, one row a date. A date already in the list gets the
    file's name; a new date is added. Holidays not in the file are kept."""

    spec = HOLIDAY_SPEC
    value_columns: dict[str, type[StrEnum]] = {}  # noqa: RUF012 - no closed vocabulary in this file

    def __init__(self, db: Database, value_maps: ValueMaps | None = None) -> None:
        self._service = HolidaysService(db)

    def check(self, table: CheckedTable) -> list[Problem]:
        return duplicate_problems(
            table,
            "day",
            QT_TRANSLATE_NOOP("TableCheck", "{value} is already listed on row {first_row}."),
        )

    def apply(self, table: CheckedTable, progress: ProgressCallback | None = None) -> ImportSummary:
        rows = [HolidayRow(row.values["day"], row.values["name"]) for row in table.rows]
        if progress is not None:  # before the write: a cancel raised here leaves nothing written
            progress(0, len(rows))
        return self._service.import_holidays(rows)


class HolidayExporter:
    """``vocdesk export holidays``: the whole list, in the columns the importer reads."""

    spec = HOLIDAY_SPEC

    def __init__(self, db: Database) -> None:
        self._service = HolidaysService(db)

    def export(
        self, path: Path, *, search: str = "", progress: ProgressCallback | None = None
    ) -> int:
        holidays = self._service.list_holidays()
        wanted = search.strip().casefold()

        def rows() -> Iterator[list[str]]:
            for done, holiday in enumerate(holidays, start=1):
                if (
                    not wanted
                    or wanted in holiday.name.casefold()
                    or wanted in holiday.day.isoformat()
                ):
                    yield [format_date(holiday.day), holiday.name]
                if progress is not None and (done % 1000 == 0 or done == len(holidays)):
                    progress(done, len(holidays))

        return write_rows(self.spec.headers, rows(), path)
