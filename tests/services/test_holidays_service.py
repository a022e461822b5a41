"""The public-holiday list: an import adds new dates and renames known ones, all or nothing."""

from __future__ import annotations

from datetime import date

import pytest

from vocdesk.domain.messages import UserError
from vocdesk.services.database import Database
from vocdesk.services.holidays import HolidayRow, HolidaysService, ImportSummary


def test_import_adds_new_dates_and_renames_known_ones(empty_db: Database) -> None:
    service = HolidaysService(empty_db)
    service.import_holidays([HolidayRow(date(2031, 3, 3), "Makha Bucha")])

    summary = service.import_holidays([
        HolidayRow(date(2031, 3, 3), "วันมาฆบูชา"),
        HolidayRow(date(2031, 5, 31), "วันวิสาขบูชา"),
    ])  # fmt: skip

    assert summary == ImportSummary(added=1, updated=1)
    assert service.list_holidays(2031) == [
        HolidayRow(date(2031, 3, 3), "วันมาฆบูชา"),
        HolidayRow(date(2031, 5, 31), "วันวิสาขบูชา"),
    ]


def test_the_list_is_in_date_order_and_filtered_by_common_era_year(empty_db: Database) -> None:
    service = HolidaysService(empty_db)
    service.import_holidays(
        [HolidayRow(date(2032, 1, 2), "b"), HolidayRow(date(2031, 12, 31), "a")]
    )

    assert [row.day for row in service.list_holidays(2031)] == [date(2031, 12, 31)]
    everything = [row.day for row in service.list_holidays()]
    assert everything == sorted(everything)
    assert {date(2031, 12, 31), date(2032, 1, 2)} <= set(everything)


def test_a_duplicate_date_imports_nothing(empty_db: Database) -> None:
    service = HolidaysService(empty_db)
    before = service.list_holidays()

    with pytest.raises(UserError, match="twice"):
        service.import_holidays([
            HolidayRow(date(2031, 3, 3), "one"),
            HolidayRow(date(2031, 4, 4), "two"),
            HolidayRow(date(2031, 3, 3), "again"),
        ])  # fmt: skip

    assert service.list_holidays() == before


def test_a_failure_inside_the_transaction_rolls_everything_back(empty_db: Database) -> None:
    service = HolidaysService(empty_db)
    before = service.list_holidays()

    with pytest.raises(Exception):  # noqa: B017 - the database's own error, whatever its type
        service.import_holidays(
            [HolidayRow(date(2031, 3, 3), "fine"), HolidayRow(date(2031, 4, 4), None)]
        )  # type: ignore[arg-type]

    assert service.list_holidays() == before
