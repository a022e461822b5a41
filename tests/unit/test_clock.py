"""Stored UTC moments are shown and dated on Thailand's clock, whatever the PC's time zone."""

from datetime import UTC, date, datetime

from vocdesk.domain.clock import start_of_thai_day, thai_date, thai_time


def test_a_moment_late_in_the_utc_evening_is_the_next_thai_day() -> None:
    moment = datetime(2024, 9, 30, 18, 30, tzinfo=UTC)  # 01:30 on 1 October in Bangkok

    assert thai_date(moment) == date(2024, 10, 1)
    assert thai_time(moment).hour == 1


def test_a_thai_day_starts_at_17_utc_the_day_before() -> None:
    assert start_of_thai_day(date(2024, 10, 1)) == datetime(2024, 9, 30, 17, 0, tzinfo=UTC)
