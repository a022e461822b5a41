"""The government fiscal year (B.E.) and the reporting periods cut from it."""

from __future__ import annotations

import csv
import itertools
from datetime import date, timedelta
from pathlib import Path

import pytest

from vocdesk.domain.fiscal import (
    Period,
    PeriodKind,
    fiscal_half,
    fiscal_month_periods,
    fiscal_quarter,
    fiscal_rounds,
    fiscal_year_be,
    fiscal_year_period,
    months_of,
    period_for,
)

VECTORS = Path(__file__).parents[1] / "data" / "thai_format_test_vectors.csv"


def vectors(kind: str) -> list[tuple[str, str]]:
    with VECTORS.open(encoding="utf-8", newline="") as f:
        rows = csv.DictReader(f)
        return [(row["input"], row["expected"]) for row in rows if row["kind"] == kind]


@pytest.mark.parametrize(("iso", "expected"), vectors("fiscal_year_be"))
def test_fiscal_year_is_named_by_the_be_year_in_which_it_ends(iso: str, expected: str) -> None:
    assert fiscal_year_be(date.fromisoformat(iso)) == int(expected)


def test_fiscal_year_2568_runs_from_october_2024_to_september_2025() -> None:
    assert fiscal_year_period(2568) == Period(date(2024, 10, 1), date(2025, 9, 30))


@pytest.mark.parametrize("fy", [2566, 2567, 2568, 2600])
def test_every_day_of_the_fiscal_year_period_belongs_to_that_year(fy: int) -> None:
    period = fiscal_year_period(fy)
    assert fiscal_year_be(period.start) == fiscal_year_be(period.end) == fy
    assert fiscal_year_be(period.start - timedelta(days=1)) == fy - 1
    assert fiscal_year_be(period.end + timedelta(days=1)) == fy + 1


def test_period_contains_both_ends() -> None:
    period = Period(date(2024, 10, 1), date(2024, 10, 31))
    assert period.contains(date(2024, 10, 1)) and period.contains(date(2024, 10, 31))
    assert not period.contains(date(2024, 9, 30)) and not period.contains(date(2024, 11, 1))
    assert period.days == 31


def test_period_cannot_end_before_it_starts() -> None:
    with pytest.raises(ValueError):
        Period(date(2024, 10, 2), date(2024, 10, 1))


def test_first_half_is_october_to_march_and_second_april_to_september() -> None:
    assert fiscal_half(2568, 1) == Period(date(2024, 10, 1), date(2025, 3, 31))
    assert fiscal_half(2568, 2) == Period(date(2025, 4, 1), date(2025, 9, 30))


@pytest.mark.parametrize(
    ("quarter", "start", "end"),
    [
        (1, date(2024, 10, 1), date(2024, 12, 31)),
        (2, date(2025, 1, 1), date(2025, 3, 31)),
        (3, date(2025, 4, 1), date(2025, 6, 30)),
        (4, date(2025, 7, 1), date(2025, 9, 30)),
    ],
)
def test_quarter_one_starts_in_october(quarter: int, start: date, end: date) -> None:
    assert fiscal_quarter(2568, quarter) == Period(start, end)


def test_month_periods_run_october_to_september_without_gaps() -> None:
    months = fiscal_month_periods(2567)  # contains February 2024, a leap month
    assert len(months) == 12
    assert months[0] == Period(date(2023, 10, 1), date(2023, 10, 31))
    assert months[4] == Period(date(2024, 2, 1), date(2024, 2, 29))
    assert months[-1].end == date(2024, 9, 30)
    for before, after in itertools.pairwise(months):
        assert after.start == before.end + timedelta(days=1)
    assert sum(m.days for m in months) == fiscal_year_period(2567).days == 366


def test_ita_rounds_are_the_first_half_and_the_whole_year() -> None:
    six_month, twelve_month = fiscal_rounds(2568)
    assert six_month == Period(date(2024, 10, 1), date(2025, 3, 31))
    assert twelve_month == fiscal_year_period(2568)


@pytest.mark.parametrize(
    ("kind", "index", "expected"),
    [
        (PeriodKind.FISCAL_YEAR, 1, Period(date(2024, 10, 1), date(2025, 9, 30))),
        (PeriodKind.HALF, 2, Period(date(2025, 4, 1), date(2025, 9, 30))),
        (PeriodKind.QUARTER, 1, Period(date(2024, 10, 1), date(2024, 12, 31))),
        ("month", 1, Period(date(2024, 10, 1), date(2024, 10, 31))),
        ("month", 12, Period(date(2025, 9, 1), date(2025, 9, 30))),
    ],
)
def test_period_for_picks_the_period_by_kind_and_index(
    kind: PeriodKind | str, index: int, expected: Period
) -> None:
    assert period_for(kind, 2568, index) == expected


@pytest.mark.parametrize(
    ("kind", "index"), [("half", 3), ("quarter", 0), ("month", 13), ("week", 1)]
)
def test_period_for_rejects_indexes_out_of_range(kind: str, index: int) -> None:
    with pytest.raises(ValueError):
        period_for(kind, 2568, index)


def test_months_of_a_period_are_cut_to_its_ends() -> (
    None
):  # moved here with months_of from the summary
    months = months_of(Period(date(2025, 12, 15), date(2026, 2, 10)))

    assert months == [
        Period(date(2025, 12, 15), date(2025, 12, 31)),
        Period(date(2026, 1, 1), date(2026, 1, 31)),
        Period(date(2026, 2, 1), date(2026, 2, 10)),
    ]


def test_months_of_one_day_and_of_a_fiscal_year() -> None:
    assert months_of(Period(date(2024, 2, 29), date(2024, 2, 29))) == [
        Period(date(2024, 2, 29), date(2024, 2, 29))
    ]
    assert months_of(fiscal_year_period(2568)) == fiscal_month_periods(2568)
