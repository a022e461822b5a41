"""When a record's retention period is over (issue 19), counted in Thai calendar days.

A record counted from Thai day S and kept for N years is kept through the day before S's N-th
anniversary and is due from the anniversary on: on day D it is due when S <= D - N years. A
period that starts on 29 February ends, in a common year, with 28 February (the same rule the
date arithmetic of every calendar uses), so a record is never due a day early.

A stakeholder kept "until" a day (``retention_until``) is kept through that day and due from
the next one, whatever the period.
"""

from __future__ import annotations

from datetime import date, timedelta

MAX_KEEP_YEARS = 100  # a period longer than a century is a typing slip


def years_before(day: date, years: int) -> date:
    """``day`` moved back ``years`` years; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February into a common year
        return day.replace(year=day.year - years, day=28)


def last_due_start(day: date, keep_years: int) -> date:
    """The latest Thai day a record may be counted from and still be due on ``day``."""
    return years_before(day, keep_years)


def period_ends(start: date, keep_years: int) -> date:
    """The last day a record counted from ``start`` is kept (the day before it falls due)."""
    anniversary = years_before(start, -keep_years)
    if start.month == 2 and start.day == 29 and anniversary.day == 28:
        anniversary = anniversary + timedelta(days=1)  # 1 March: due only once 29 Feb has passed
    return anniversary - timedelta(days=1)


def kept_until_is_over(kept_until: date, day: date) -> bool:
    """Whether a record kept until ``kept_until`` is due on ``day``."""
    return kept_until < day
