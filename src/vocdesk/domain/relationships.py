"""Staying in touch: how often a stakeholder is to be contacted and when a contact falls due.

The rules, all pure:

- A stakeholder's **contact interval** is its own ``contact_every_months`` when set, else the
  interval of its segment's priority (high 3, medium 6, low 12 months by default; the agency
  edits them), else none: a stakeholder with no interval is never due a contact.
- The **next contact** is due the interval's calendar months after the last contact's day; a
  day that does not exist in the target month becomes that month's last day (31 January + 1
  month = 28 or 29 February). A due day that is not a working day (weekend or public holiday)
  moves to the next working day.
- On a given day a reminder or contact is **due** when its due day is that day or earlier, and
  **overdue** when its due day is before that day.
- **Snoozing** moves a due day forward, by N working days counted from today (or from the due
  day, whichever is later) or to a chosen day; never into the past.
"""

from __future__ import annotations

import calendar
from datetime import date

from vocdesk.domain.working_days import WorkingCalendar

MIN_INTERVAL_MONTHS = 1
MAX_INTERVAL_MONTHS = 60


def contact_interval(own_months: int | None, segment_priority_months: int | None) -> int | None:
    """Months between contacts: the stakeholder's own override, else its segment priority's."""
    if own_months is not None:
        return own_months
    return segment_priority_months


def valid_interval(months: int) -> bool:
    """Intervals run from 1 to 60 months (five years)."""
    return MIN_INTERVAL_MONTHS <= months <= MAX_INTERVAL_MONTHS


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole calendar months, its day clamped to the target month's end."""
    index = day.year * 12 + (day.month - 1) + months
    year, month0 = divmod(index, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


def next_contact_due(last_contact: date, months: int, working: WorkingCalendar) -> date:
    """The working day the next contact falls due, ``months`` after ``last_contact``."""
    if months < 1:
        raise ValueError(f"a contact interval is at least one month, not {months!r}")
    return working.next_working_day(add_months(last_contact, months))


def is_due(due_on: date, today: date) -> bool:
    """Due on ``today``: its day has come (today or earlier)."""
    return due_on <= today


def is_overdue(due_on: date, today: date) -> bool:
    """Overdue on ``today``: its day has passed."""
    return due_on < today


def snooze_by_working_days(
    due_on: date, working_days: int, today: date, working: WorkingCalendar
) -> date:
    """Put off by ``working_days`` (at least 1), counted from the later of today and the due day:
    an overdue reminder snoozed by one working day falls due on the next working day after today."""
    if working_days < 1:
        raise ValueError(f"snooze by at least one working day, not {working_days!r}")
    return working.add_working_days(max(due_on, today), working_days)


def snooze_to(day: date, today: date) -> date:
    """Put off to ``day``, which must not be in the past."""
    if day < today:
        raise ValueError(f"cannot snooze into the past ({day} is before {today})")
    return day


def follow_up_due(notified_on: date, working_days: int, working: WorkingCalendar) -> date:
    """When to follow up with a complainant told the result on ``notified_on``: that many working
    days later (the day of the notice does not count)."""
    return working.add_working_days(notified_on, working_days)
