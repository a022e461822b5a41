"""The agency's wall clock. Times are stored in UTC and shown, counted and dated in Thai time.

Thailand keeps UTC+7 all year (no daylight saving), so a fixed offset is exact and needs no time
zone database (which Windows lacks). The machine's own zone is not used: office PCs and servers
are often left on UTC, and a complaint received at 09:00 in Khon Kaen must read 09:00 and fall on
that day for due dates and fiscal years, whatever the PC's setting.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

THAI_TIME = timezone(timedelta(hours=7), "ICT")


def thai_time(moment: datetime) -> datetime:
    """``moment`` (aware) on the agency's wall clock."""
    return moment.astimezone(THAI_TIME)


def thai_date(moment: datetime) -> date:
    """The agency's calendar day of ``moment``: what due dates and fiscal years count from."""
    return moment.astimezone(THAI_TIME).date()


def thai_today() -> date:
    return datetime.now(THAI_TIME).date()


def start_of_thai_day(day: date) -> datetime:
    """Midnight in Thailand at the start of ``day``, in UTC: the lower bound of a day's records."""
    return datetime.combine(day, time.min, tzinfo=THAI_TIME).astimezone(UTC)
