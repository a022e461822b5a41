"""Working days, due dates and pauses, over an editable holiday list."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from vocdesk.domain.working_days import WorkingCalendar, default_thai_holidays

# October 2024: the 1st is a Tuesday; 13 Oct (a Sunday) is substituted by Monday 14 Oct,
# which an agency adds by hand; 23 Oct (Chulalongkorn Day) is a Wednesday.
OCTOBER_2024 = WorkingCalendar([date(2024, 10, 13), date(2024, 10, 14), date(2024, 10, 23)])


def test_weekdays_are_working_days_and_weekends_and_holidays_are_not() -> None:
    assert OCTOBER_2024.is_working_day(date(2024, 10, 1))  # Tuesday
    assert not OCTOBER_2024.is_working_day(date(2024, 10, 5))  # Saturday
    assert not OCTOBER_2024.is_working_day(date(2024, 10, 6))  # Sunday
    assert not OCTOBER_2024.is_working_day(date(2024, 10, 23))  # holiday on a Wednesday


def test_the_day_of_receipt_does_not_count() -> None:
    friday = date(2024, 10, 4)
    assert WorkingCalendar().add_working_days(friday, 1) == date(2024, 10, 7)


def test_due_date_skips_weekends_and_holidays() -> None:
    # Oct 2-4 (3), 7-11 (8), 15-18 (12), 21-22 (14), 24 (15): the 14th and 23rd are holidays.
    assert OCTOBER_2024.add_working_days(date(2024, 10, 1), 15) == date(2024, 10, 24)


def test_zero_days_gives_the_start_or_the_next_working_day() -> None:
    assert OCTOBER_2024.add_working_days(date(2024, 10, 1), 0) == date(2024, 10, 1)
    assert OCTOBER_2024.add_working_days(date(2024, 10, 12), 0) == date(2024, 10, 15)


def test_received_on_a_weekend_counts_from_the_next_working_day() -> None:
    assert WorkingCalendar().add_working_days(date(2024, 10, 5), 1) == date(2024, 10, 7)


def test_negative_day_counts_are_refused() -> None:
    with pytest.raises(ValueError):
        WorkingCalendar().add_working_days(date(2024, 10, 1), -1)


def test_working_days_between_counts_after_start_up_to_and_including_end() -> None:
    assert OCTOBER_2024.working_days_between(date(2024, 10, 1), date(2024, 10, 24)) == 15
    assert OCTOBER_2024.working_days_between(date(2024, 10, 4), date(2024, 10, 7)) == 1
    assert OCTOBER_2024.working_days_between(date(2024, 10, 5), date(2024, 10, 6)) == 0


def test_working_days_between_is_zero_when_end_is_not_after_start() -> None:
    assert OCTOBER_2024.working_days_between(date(2024, 10, 7), date(2024, 10, 7)) == 0
    assert OCTOBER_2024.working_days_between(date(2024, 10, 7), date(2024, 10, 1)) == 0


def test_working_days_between_matches_a_day_by_day_count() -> None:
    rng = random.Random(2567)
    holidays = [date(2024, 1, 1) + timedelta(days=rng.randrange(730)) for _ in range(40)]
    calendar = WorkingCalendar(holidays)
    for _ in range(300):
        start = date(2024, 1, 1) + timedelta(days=rng.randrange(700))
        end = start + timedelta(days=rng.randrange(-5, 120))
        naive = sum(
            calendar.is_working_day(start + timedelta(days=k))
            for k in range(1, (end - start).days + 1)
        )
        assert calendar.working_days_between(start, end) == naive


@pytest.mark.parametrize("n", [1, 7, 15, 30])
def test_working_days_between_undoes_add_working_days(n: int) -> None:
    for offset in range(14):
        start = date(2024, 10, 1) + timedelta(days=offset)
        due = OCTOBER_2024.add_working_days(start, n)
        assert OCTOBER_2024.working_days_between(start, due) == n


def test_paused_days_do_not_count() -> None:
    calendar = WorkingCalendar()
    monday = date(2024, 10, 7)
    assert calendar.add_working_days_with_pauses(monday, 5, []) == date(2024, 10, 14)
    waiting = [(date(2024, 10, 9), date(2024, 10, 10))]  # waiting for the complainant
    assert calendar.add_working_days_with_pauses(monday, 5, waiting) == date(2024, 10, 16)


def test_overlapping_pauses_count_each_day_once() -> None:
    calendar = WorkingCalendar()
    pauses = [(date(2024, 10, 8), date(2024, 10, 10)), (date(2024, 10, 9), date(2024, 10, 9))]
    assert calendar.add_working_days_with_pauses(date(2024, 10, 7), 2, pauses) == date(2024, 10, 14)


def test_pauses_and_holidays_combine() -> None:
    pauses = [(date(2024, 10, 15), date(2024, 10, 16))]
    # Oct 2-4 (3), 7-11 (8), 14 holiday, 15-16 paused, 17-18 (10).
    assert OCTOBER_2024.add_working_days_with_pauses(date(2024, 10, 1), 10, pauses) == date(
        2024, 10, 18
    )


def test_a_pause_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(ValueError):
        WorkingCalendar().add_working_days_with_pauses(
            date(2024, 10, 7), 1, [(date(2024, 10, 9), date(2024, 10, 8))]
        )


def test_calendar_is_immutable_and_compares_by_holidays() -> None:
    holidays = [date(2024, 10, 23)]
    calendar = WorkingCalendar(holidays)
    holidays.append(date(2024, 10, 24))  # editing the caller's list later changes nothing
    assert calendar.is_working_day(date(2024, 10, 24))
    with pytest.raises(AttributeError):
        calendar.holidays = frozenset()  # type: ignore[misc]
    assert calendar == WorkingCalendar([date(2024, 10, 23)])
    assert hash(calendar) == hash(WorkingCalendar([date(2024, 10, 23)]))


def test_default_holidays_are_the_fixed_dates_of_the_year_with_thai_names() -> None:
    holidays = default_thai_holidays(2025)
    dates = [d for d, _ in holidays]
    assert len(holidays) == 15 and len(set(dates)) == 15
    assert all(d.year == 2025 for d in dates)
    assert (date(2025, 4, 13), "วันสงกรานต์") in holidays
    fixed = {date(2025, 1, 1), date(2025, 7, 28), date(2025, 12, 5), date(2025, 12, 31)}
    assert fixed <= set(dates)
    assert all(name.startswith("วัน") for _, name in holidays)


def test_default_holidays_leave_lunar_holidays_to_the_agency() -> None:
    # Makha Bucha 2025 fell on 12 February; it is not a fixed date, so it is not seeded.
    assert date(2025, 2, 12) not in {d for d, _ in default_thai_holidays(2025)}
