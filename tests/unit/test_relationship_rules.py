"""The staying-in-touch rules (domain.relationships), checked against days worked out by hand."""

from __future__ import annotations

from datetime import date

import pytest

from vocdesk.domain.relationships import (
    add_months,
    contact_interval,
    follow_up_due,
    is_due,
    is_overdue,
    next_contact_due,
    snooze_by_working_days,
    snooze_to,
    valid_interval,
)
from vocdesk.domain.working_days import WorkingCalendar

NO_HOLIDAYS = WorkingCalendar()


def test_own_interval_overrides_the_segment_priority() -> None:
    assert contact_interval(2, 6) == 2
    assert contact_interval(None, 6) == 6
    assert contact_interval(None, None) is None


def test_valid_intervals_run_from_one_to_sixty_months() -> None:
    assert not valid_interval(0)
    assert valid_interval(1)
    assert valid_interval(60)
    assert not valid_interval(61)


def test_months_are_calendar_months_clamped_to_the_month_end() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)  # leap year
    assert add_months(date(2026, 11, 15), 3) == date(2027, 2, 15)
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert add_months(date(2026, 3, 10), 12) == date(2027, 3, 10)


def test_a_due_day_on_a_weekend_moves_to_monday() -> None:
    # 2026-09-05 + 3 months = Saturday 2026-12-05 (also Father's Day): due Monday 7 December.
    assert next_contact_due(date(2026, 9, 5), 3, NO_HOLIDAYS) == date(2026, 12, 7)


def test_a_due_day_across_a_holiday_and_a_weekend() -> None:
    # Thursday 2027-04-15 (Songkran), Friday 16 a holiday too, then the weekend: Monday 19.
    calendar = WorkingCalendar([date(2027, 4, 13), date(2027, 4, 14), date(2027, 4, 15),
                                date(2027, 4, 16)])  # fmt: skip
    assert next_contact_due(date(2026, 10, 15), 6, calendar) == date(2027, 4, 19)
    assert next_contact_due(date(2026, 10, 15), 6, NO_HOLIDAYS) == date(2027, 4, 15)


def test_an_interval_under_a_month_is_refused() -> None:
    with pytest.raises(ValueError):
        next_contact_due(date(2026, 1, 1), 0, NO_HOLIDAYS)


def test_due_and_overdue() -> None:
    today = date(2026, 12, 4)
    assert is_due(today, today) and not is_overdue(today, today)
    assert is_due(date(2026, 12, 3), today) and is_overdue(date(2026, 12, 3), today)
    assert not is_due(date(2026, 12, 7), today)


def test_snoozing_by_working_days_counts_from_today_or_the_due_day() -> None:
    friday = date(2026, 12, 4)
    assert snooze_by_working_days(friday, 1, friday, NO_HOLIDAYS) == date(2026, 12, 7)
    assert snooze_by_working_days(friday, 5, friday, NO_HOLIDAYS) == date(2026, 12, 11)
    # Overdue since Monday: one working day after today, not after Monday.
    assert snooze_by_working_days(date(2026, 11, 30), 1, friday, NO_HOLIDAYS) == date(2026, 12, 7)
    # Due later than today: from the due day.
    assert snooze_by_working_days(date(2026, 12, 8), 1, friday, NO_HOLIDAYS) == date(2026, 12, 9)
    with pytest.raises(ValueError):
        snooze_by_working_days(friday, 0, friday, NO_HOLIDAYS)


def test_snoozing_to_a_day_never_goes_into_the_past() -> None:
    today = date(2026, 12, 4)
    assert snooze_to(date(2026, 12, 24), today) == date(2026, 12, 24)
    assert snooze_to(today, today) == today
    with pytest.raises(ValueError):
        snooze_to(date(2026, 12, 3), today)


def test_complaint_follow_up_is_due_working_days_after_the_notice() -> None:
    calendar = WorkingCalendar([date(2026, 12, 10)])  # Constitution Day, a Thursday
    # Told on Monday 7 December; 5 working days: 8, 9, 11, 14, 15.
    assert follow_up_due(date(2026, 12, 7), 5, calendar) == date(2026, 12, 15)
