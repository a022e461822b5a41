"""How a data subject's request stands against its deadline, as a complaint's service standard
is shown: the days left, due soon, overdue, or answered in time or late. Calendar days, as the
Act counts them (``terms.REQUEST_DAYS``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

DUE_SOON_DAYS = 5  # an open request with this many days left or fewer is due soon


@dataclass(frozen=True)
class RequestClock:
    due_on: date
    closed_on: date | None
    days_left: int  # to the due day from today (negative: overdue by that many); 0 once closed
    overdue: bool  # open and past its due day
    due_soon: bool  # open, not overdue, DUE_SOON_DAYS days left or fewer
    answered_late: bool  # closed after its due day

    @property
    def open(self) -> bool:
        return self.closed_on is None


def request_clock(due_on: date, closed_on: date | None, today: date) -> RequestClock:
    """The clock of a request due on ``due_on`` (``closed_on`` None while it is open)."""
    if closed_on is not None:
        return RequestClock(due_on, closed_on, 0, False, False, closed_on > due_on)
    left = (due_on - today).days
    return RequestClock(due_on, None, left, left < 0, 0 <= left <= DUE_SOON_DAYS, False)
