"""Service-standard due dates and working days taken, over weekends, holidays and pauses."""

from __future__ import annotations

from datetime import date

import pytest

from vocdesk.domain.complaints.service_standard import (
    Milestone,
    ServiceStandard,
    assess,
    due_date,
    is_due_soon,
    is_overdue,
    merged_pauses,
    met_standard,
    pauses_from_history,
    working_days_taken,
)
from vocdesk.domain.enums import ComplaintStatus as S
from vocdesk.domain.working_days import WorkingCalendar

# October 2024: Tuesday the 1st; Monday 14 (substitution day) and Wednesday 23 are holidays.
CAL = WorkingCalendar([date(2024, 10, 13), date(2024, 10, 14), date(2024, 10, 23)])
FRIDAY = date(2024, 10, 4)


def test_due_date_over_a_weekend() -> None:
    assert due_date(CAL, FRIDAY, 1) == date(2024, 10, 7)  # Monday


def test_due_date_over_weekends_and_holidays() -> None:
    # 7-11 (5), 15-18 (9), 21-22 (11), 24-25 (13), 28-29 (15)
    assert due_date(CAL, FRIDAY, 15) == date(2024, 10, 29)


def test_a_pause_moves_the_due_date_by_its_working_days() -> None:
    # Paused Tue 8 .. Thu 10: three working days stop the clock.
    assert due_date(CAL, FRIDAY, 5, [(date(2024, 10, 8), date(2024, 10, 10))]) == date(2024, 10, 17)
    assert due_date(CAL, FRIDAY, 5) == date(2024, 10, 11)


def test_a_pause_over_a_weekend_only_stops_nothing() -> None:
    assert due_date(CAL, FRIDAY, 5, [(date(2024, 10, 5), date(2024, 10, 6))]) == date(2024, 10, 11)


def test_zero_days_due_on_the_next_working_day_if_received_on_a_holiday() -> None:
    assert due_date(CAL, date(2024, 10, 12), 0) == date(2024, 10, 15)


def test_working_days_taken_skips_weekends_holidays_and_pauses() -> None:
    assert working_days_taken(CAL, FRIDAY, date(2024, 10, 18)) == 9
    assert (
        working_days_taken(
            CAL, FRIDAY, date(2024, 10, 18), [(date(2024, 10, 8), date(2024, 10, 10))]
        )
        == 6
    )
    assert working_days_taken(CAL, FRIDAY, FRIDAY) == 0


def test_pauses_before_receipt_or_after_the_end_do_not_count() -> None:
    pauses = [(date(2024, 9, 1), date(2024, 10, 4)), (date(2024, 10, 21), date(2024, 10, 31))]
    assert working_days_taken(CAL, FRIDAY, date(2024, 10, 18), pauses) == 9


def test_overlapping_pauses_count_once() -> None:
    pauses = [(date(2024, 10, 8), date(2024, 10, 9)), (date(2024, 10, 9), date(2024, 10, 10))]
    assert merged_pauses(pauses) == [(date(2024, 10, 8), date(2024, 10, 10))]
    assert working_days_taken(CAL, FRIDAY, date(2024, 10, 18), pauses) == 6


@pytest.mark.parametrize("days", [1, 3, 5, 15, 30])
def test_due_date_and_working_days_agree(days: int) -> None:
    pauses = [(date(2024, 10, 8), date(2024, 10, 10))]
    due = due_date(CAL, FRIDAY, days, pauses)
    assert working_days_taken(CAL, FRIDAY, due, pauses) == days
    assert met_standard(CAL, FRIDAY, due, days, pauses)


def test_met_standard_on_the_due_day_but_not_a_working_day_later() -> None:
    assert met_standard(CAL, FRIDAY, date(2024, 10, 29), 15)
    assert not met_standard(CAL, FRIDAY, date(2024, 10, 30), 15)
    # Finished on the Saturday after a Friday due date: no extra working day was taken.
    assert met_standard(CAL, FRIDAY, date(2024, 10, 12), 5)


def test_pauses_from_history() -> None:
    history = [
        (date(2024, 10, 4), S.RECEIVED),
        (date(2024, 10, 8), S.WAITING),
        (date(2024, 10, 11), S.IN_PROGRESS),
        (date(2024, 10, 15), S.WAITING),
        (date(2024, 10, 15), S.IN_PROGRESS),  # same day: stops nothing
        (date(2024, 10, 21), S.WAITING),
    ]
    assert pauses_from_history(history, today=date(2024, 10, 24)) == [
        (date(2024, 10, 8), date(2024, 10, 10)),
        (date(2024, 10, 21), date(2024, 10, 24)),
    ]


def test_overdue_and_due_soon() -> None:
    due = date(2024, 10, 11)  # a Friday
    assert not is_overdue(due, None, due)
    assert is_overdue(due, None, date(2024, 10, 12))
    assert not is_overdue(due, date(2024, 10, 10), date(2024, 10, 20))
    assert is_due_soon(CAL, due, None, date(2024, 10, 9), warn_days=2)
    assert not is_due_soon(CAL, due, None, date(2024, 10, 8), warn_days=2)
    assert not is_due_soon(CAL, due, None, date(2024, 10, 12), warn_days=2)  # overdue instead
    assert not is_due_soon(CAL, due, date(2024, 10, 9), date(2024, 10, 9), warn_days=2)


def test_assess_a_case() -> None:
    standard = ServiceStandard(
        acknowledge_days=1, first_response_days=3, resolve_days=5, notify_days=7
    )
    checks = assess(
        standard, CAL, FRIDAY,
        {Milestone.ACKNOWLEDGE: FRIDAY, Milestone.FIRST_RESPONSE: date(2024, 10, 10)},
        [], today=date(2024, 10, 14),
    )  # fmt: skip
    assert checks[Milestone.ACKNOWLEDGE].met is True
    assert checks[Milestone.FIRST_RESPONSE].met is False  # 4 working days for a 3-day standard
    assert checks[Milestone.FIRST_RESPONSE].working_days == 4
    assert checks[Milestone.RESOLVE].due_on == date(2024, 10, 11)
    assert checks[Milestone.RESOLVE].overdue and checks[Milestone.RESOLVE].met is None
    assert checks[Milestone.NOTIFY].due_on == date(2024, 10, 16)
    assert checks[Milestone.NOTIFY].due_soon


def test_a_negative_standard_is_refused() -> None:
    with pytest.raises(ValueError):
        ServiceStandard(resolve_days=-1)
