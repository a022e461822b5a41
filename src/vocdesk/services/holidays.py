"""The agency's public-holiday list: importing the Cabinet's yearly list and reading it back.

Working-day deadlines (complaints' due dates, "due soon") count these holidays, and lunar
holidays and substitution days move every year, so the list is the agency's to load and edit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from vocdesk.db.models import Holiday
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error
from vocdesk.io.holidays_file import HolidayRow
from vocdesk.services.database import Database

__all__ = ["HolidayRow", "HolidaysService", "ImportSummary"]


@dataclass(frozen=True)
class ImportSummary:
    added: int
    updated: int

    @property
    def total(self) -> int:
        return self.added + self.updated


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
