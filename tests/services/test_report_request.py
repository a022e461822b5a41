"""Reading what a report is asked for: the year (B.E. or C.E.), the round or month, the subject."""

from __future__ import annotations

from datetime import date

import pytest

from vocdesk.domain.fiscal import Period
from vocdesk.domain.messages import UserError
from vocdesk.services.reports.request import (
    ReportKind,
    ReportRequest,
    be_year_of,
    fiscal_year_of,
    period_of,
)

TODAY = date(2026, 12, 5)  # fiscal year 2570 (B.E.) began on 1 October 2026


def request(**fields: object) -> ReportRequest:
    return ReportRequest(ReportKind.PMQA, **fields)  # type: ignore[arg-type]


def test_a_year_above_2400_is_buddhist_era_and_below_it_common_era() -> None:
    assert be_year_of(2569) == 2569
    assert be_year_of(2026) == 2569


def test_without_a_year_the_report_covers_the_current_fiscal_year() -> None:
    assert fiscal_year_of(request(), TODAY) == 2570
    assert period_of(request(), TODAY) == Period(date(2026, 10, 1), date(2027, 9, 30))


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        ("full", Period(date(2024, 10, 1), date(2025, 9, 30))),
        ("h1", Period(date(2024, 10, 1), date(2025, 3, 31))),
        ("h2", Period(date(2025, 4, 1), date(2025, 9, 30))),
    ],
)
def test_the_rounds_of_a_fiscal_year(period: str, expected: Period) -> None:
    assert period_of(request(fiscal_year=2025, period=period), TODAY) == expected
    assert period_of(request(fiscal_year=2568, period=period), TODAY) == expected


def test_a_month_is_that_calendar_month_in_either_era() -> None:
    february = Period(date(2025, 2, 1), date(2025, 2, 28))

    assert period_of(request(period="2025-02"), TODAY) == february
    assert period_of(request(period="2568-02"), TODAY) == february
    assert fiscal_year_of(request(period="2024-12"), TODAY) == 2568
    assert period_of(request(period="2024-12"), TODAY).end == date(2024, 12, 31)


@pytest.mark.parametrize(
    ("fields", "named"),
    [
        ({"period": "q3"}, "q3"),
        ({"period": "2025-13"}, "2025-13"),
        ({"fiscal_year": 25}, "25"),
        ({"fiscal_year": 2568, "period": "2025-11"}, "2025-11"),
    ],
)
def test_a_period_that_cannot_be_is_refused_naming_it(
    fields: dict[str, object], named: str
) -> None:
    with pytest.raises(UserError) as refused:
        period_of(request(**fields), TODAY)

    assert named in refused.value.message.english()
