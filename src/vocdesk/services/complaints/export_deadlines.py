"""The complaints export's computed columns for many cases at once: the working days a case took,
whether it met its resolve standard and whether the complainant was told in time.

The same figures as ``domain.complaints.service_standard.working_days_taken`` and
``domain.complaints.kpis.milestone_in_time`` give (tests/services/test_complaint_export_deadlines.py
compares them day by day), counted from a table of working days made once per export: a case
without pauses costs two look-ups per figure instead of a bisection of the holidays and a
count of weekdays each (issue 18: an export counts them for every case of several years). A
case whose history paused goes through the domain's own functions.
"""

from __future__ import annotations

from datetime import date
from itertools import accumulate

from vocdesk.domain.complaints.kpis import milestone_in_time
from vocdesk.domain.complaints.service_standard import Pause, working_days_taken
from vocdesk.domain.working_days import WorkingCalendar
from vocdesk.io.cells import format_bool

_MARGIN = 366  # days made beyond a day asked for, so a table is seldom made again


class WorkingDayTable:
    """``calendar.working_days_between`` by two look-ups: ``counts[d - first]`` is how many
    working days there are from ``first`` up to and including ``d`` (ordinals), made for the
    days asked for and again, wider, for a day outside them."""

    def __init__(self, calendar: WorkingCalendar) -> None:
        self.calendar = calendar
        self._first = 0
        self._counts: list[int] = []

    def _cover(self, *ordinals: int) -> None:
        first = min(*ordinals, *([self._first] if self._counts else ())) - _MARGIN
        last = (
            max(*ordinals, *([self._first + len(self._counts) - 1] if self._counts else ()))
            + _MARGIN
        )
        working = self.calendar.is_working_day
        self._first = first
        self._counts = list(accumulate(
            working(date.fromordinal(ordinal)) for ordinal in range(first, last + 1)))  # fmt: skip

    def between(self, start: int, end: int) -> int:
        """Working days after the day ``start`` up to and including ``end`` (ordinals); 0 when
        ``end <= start``: ``calendar.working_days_between``."""
        if end <= start:
            return 0
        low, high = start - self._first, end - self._first
        if low < 0 or high >= len(self._counts):
            self._cover(start, end)
            low, high = start - self._first, end - self._first
        return self._counts[high] - self._counts[low]


class ExportDeadlines:
    """The cells ``working_days``, ``met_standard`` and ``notified_in_time`` of one case, as the
    export wrote them from ``working_days_taken`` and ``milestone_in_time``."""

    def __init__(self, calendar: WorkingCalendar, today: date) -> None:
        self._days = WorkingDayTable(calendar)
        self._today = today
        self._today_ordinal = today.toordinal()

    def cells(self, received_on: int, resolved_on: int | None, notified_on: int | None,
              resolve_days: int, notify_days: int, *, still_open: bool,
              pauses: list[Pause]) -> tuple[int | str, str, str]:  # fmt: skip
        """The three cells of a case received, resolved and notified on those days (ordinals,
        ``date.toordinal``)."""
        if pauses:
            calendar, today = self._days.calendar, self._today
            received = date.fromordinal(received_on)
            resolved = None if resolved_on is None else date.fromordinal(resolved_on)
            notified = None if notified_on is None else date.fromordinal(notified_on)
            met = milestone_in_time(calendar, received, resolved, resolve_days, today,
                                    still_open=still_open, pauses=pauses)  # fmt: skip
            told = milestone_in_time(calendar, received, notified, notify_days, today,
                                     still_open=still_open, pauses=pauses)  # fmt: skip
            paused_taken = (
                "" if resolved is None else working_days_taken(calendar, received, resolved, pauses)
            )  # fmt: skip
            return paused_taken, format_bool(met), format_bool(told)
        between = self._days.between
        # Without pauses the time taken to today is the same for both milestones.
        late_now = None
        taken: int | str = ""
        if resolved_on is not None:
            days_taken = between(received_on, resolved_on)
            taken, met_cell = days_taken, ("yes" if days_taken <= resolve_days else "no")
        else:
            late_now = between(received_on, self._today_ordinal) if still_open else None
            met_cell = "no" if late_now is not None and late_now > resolve_days else ""
        if notified_on is not None:
            told_cell = "yes" if between(received_on, notified_on) <= notify_days else "no"
        else:
            if still_open and late_now is None:
                late_now = between(received_on, self._today_ordinal)
            told_cell = "no" if late_now is not None and late_now > notify_days else ""
        return taken, met_cell, told_cell


__all__ = ["ExportDeadlines", "WorkingDayTable"]
