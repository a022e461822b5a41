"""The Thai government fiscal year and the reporting periods cut from it.

Fiscal year N (B.E.) runs from 1 October of B.E. N-1 to 30 September of B.E. N: it is named by
the year in which it ends (Budget Procedure Act). In C.E., FY 2568 = 2024-10-01 .. 2025-09-30.
Reports are organised by it: halves (the integrity assessment, ITA, asks for evidence in a
6-month round, Oct-Mar, and a 12-month round, the whole year), quarters and months.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from vocdesk.domain.thai_dates import BE_OFFSET


@dataclass(frozen=True)
class Period:
    """A span of whole days; both ``start`` and ``end`` are included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"period ends ({self.end}) before it starts ({self.start})")

    def contains(self, d: date) -> bool:
        return self.start <= d <= self.end

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


class PeriodKind(StrEnum):
    FISCAL_YEAR = "fiscal_year"
    HALF = "half"
    QUARTER = "quarter"
    MONTH = "month"


def fiscal_year_be(d: date) -> int:
    """The fiscal year (B.E.) that ``d`` falls in: October onwards belongs to the next one."""
    return d.year + BE_OFFSET + (1 if d.month >= 10 else 0)


def _fiscal_months(fy_be: int, offset: int, months: int) -> Period:
    """``months`` whole calendar months, starting ``offset`` months after the 1 October that
    opens fiscal year ``fy_be``."""
    # Count months from year 0 so crossing 31 December is plain integer arithmetic.
    first = (fy_be - BE_OFFSET - 1) * 12 + 9 + offset  # 9 = October, months counted from 0
    last = first + months - 1
    start_year, start_month = divmod(first, 12)
    end_year, end_month = divmod(last, 12)
    end_day = calendar.monthrange(end_year, end_month + 1)[1]
    return Period(date(start_year, start_month + 1, 1), date(end_year, end_month + 1, end_day))


def fiscal_year_period(fy_be: int) -> Period:
    """1 October of the year before to 30 September, e.g. 2568 -> 2024-10-01..2025-09-30."""
    return _fiscal_months(fy_be, 0, 12)


def fiscal_quarter(fy_be: int, quarter: int) -> Period:
    """Quarter 1-4 of the fiscal year; Q1 is Oct-Dec, Q4 is Jul-Sep."""
    if quarter not in (1, 2, 3, 4):
        raise ValueError(f"fiscal quarter must be 1-4, not {quarter!r}")
    return _fiscal_months(fy_be, 3 * (quarter - 1), 3)


def fiscal_half(fy_be: int, half: int) -> Period:
    """Half 1 (Oct-Mar, the ITA "6-month round") or half 2 (Apr-Sep) of the fiscal year."""
    if half not in (1, 2):
        raise ValueError(f"fiscal half must be 1 or 2, not {half!r}")
    return _fiscal_months(fy_be, 6 * (half - 1), 6)


def fiscal_month_periods(fy_be: int) -> list[Period]:
    """The twelve calendar months of the fiscal year, October first."""
    return [_fiscal_months(fy_be, offset, 1) for offset in range(12)]


def months_of(period: Period) -> list[Period]:
    """The calendar months ``period`` touches, in order, the first and last cut to the period."""
    months, start = [], period.start
    while start <= period.end:
        following = date(start.year + start.month // 12, start.month % 12 + 1, 1)
        months.append(Period(start, min(period.end, following - timedelta(days=1))))
        start = following
    return months


def fiscal_rounds(fy_be: int) -> tuple[Period, Period]:
    """The ITA reporting rounds: the 6-month round (Oct-Mar) and the 12-month round (whole
    year, so it includes the first)."""
    return fiscal_half(fy_be, 1), fiscal_year_period(fy_be)


def period_for(kind: PeriodKind | str, fy_be: int, index: int = 1) -> Period:
    """One period of fiscal year ``fy_be``: ``index`` is the half (1-2), quarter (1-4) or
    month of the fiscal year (1-12, 1 = October); it is ignored for a whole fiscal year."""
    kind = PeriodKind(kind)
    if kind is PeriodKind.FISCAL_YEAR:
        return fiscal_year_period(fy_be)
    if kind is PeriodKind.HALF:
        return fiscal_half(fy_be, index)
    if kind is PeriodKind.QUARTER:
        return fiscal_quarter(fy_be, index)
    if not 1 <= index <= 12:
        raise ValueError(f"fiscal month must be 1-12, not {index!r}")
    return _fiscal_months(fy_be, index - 1, 1)
