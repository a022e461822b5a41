"""Service standards of complaint handling (มาตรฐานการให้บริการ), counted in working days.

Each complaint category sets how many working days an agency may take, from the day a case was
received, to acknowledge it, to send a first response, to resolve it and to notify the
complainant of the result. The day of receipt does not count (``WorkingCalendar``); weekends,
the agency's public holidays and the days the case was paused (waiting for the complainant or
another agency) do not count either.

Days are the agency's calendar days (Thai time, ``domain.clock.thai_date``): callers convert
stored UTC moments before asking.

Pauses come from the case's status history (``pauses_from_history``): a pause starts on the day
the case entered a pausing status and ends the day before it left it, so the day work resumed
counts again; a pause entered and left on the same day stops nothing. A pause still open runs
up to "today".

A milestone is met when the working days taken, pauses removed, are no more than the standard:
a case finished on a Saturday after a Friday due date took no extra working day.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from vocdesk.domain.complaints.workflow import PAUSING_STATUSES
from vocdesk.domain.enums import ComplaintStatus
from vocdesk.domain.working_days import WorkingCalendar

Pause = tuple[date, date]  # first and last paused day, both included

_ONE_DAY = timedelta(days=1)


class Milestone(StrEnum):
    ACKNOWLEDGE = "acknowledge"
    FIRST_RESPONSE = "first_response"
    RESOLVE = "resolve"
    NOTIFY = "notify"


@dataclass(frozen=True)
class ServiceStandard:
    """A category's targets, in working days after the day of receipt."""

    acknowledge_days: int = 1
    first_response_days: int = 3
    resolve_days: int = 15
    notify_days: int = 15
    warn_days_before: int = 2  # "due soon" this many working days before a due date

    def __post_init__(self) -> None:
        for name in ("acknowledge_days", "first_response_days", "resolve_days", "notify_days",
                     "warn_days_before"):  # fmt: skip
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must not be negative")

    def days_for(self, milestone: Milestone) -> int:
        return {
            Milestone.ACKNOWLEDGE: self.acknowledge_days,
            Milestone.FIRST_RESPONSE: self.first_response_days,
            Milestone.RESOLVE: self.resolve_days,
            Milestone.NOTIFY: self.notify_days,
        }[Milestone(milestone)]


def pauses_from_history(
    changes: Iterable[tuple[date, ComplaintStatus]], today: date
) -> list[Pause]:
    """The paused day ranges of a case from its status changes: (day of change, status entered),
    in the order they happened. A pause still open at the end runs up to ``today``."""
    pauses: list[Pause] = []
    started: date | None = None
    for day, status in changes:
        pausing = ComplaintStatus(status) in PAUSING_STATUSES
        if pausing and started is None:
            started = day
        elif not pausing and started is not None:
            if day - _ONE_DAY >= started:
                pauses.append((started, day - _ONE_DAY))
            started = None
    if started is not None and today >= started:
        pauses.append((started, today))
    return pauses


def merged_pauses(pauses: Iterable[Pause]) -> list[Pause]:
    """Overlapping or touching pauses joined, in order."""
    merged: list[Pause] = []
    for first, last in sorted(pauses):
        if last < first:
            raise ValueError(f"pause ends ({last}) before it starts ({first})")
        if merged and first <= merged[-1][1] + _ONE_DAY:
            merged[-1] = (merged[-1][0], max(merged[-1][1], last))
        else:
            merged.append((first, last))
    return merged


def due_date(
    calendar: WorkingCalendar, received_on: date, days: int, pauses: Iterable[Pause] = ()
) -> date:
    """The day by which a milestone of ``days`` working days falls due."""
    pauses = list(pauses)
    if not pauses:
        return calendar.add_working_days(received_on, days)
    return calendar.add_working_days_with_pauses(received_on, days, pauses)


def paused_working_days(
    calendar: WorkingCalendar, after: date, up_to: date, pauses: Iterable[Pause]
) -> int:
    """Working days after ``after`` up to and including ``up_to`` that fall inside a pause."""
    total = 0
    for first, last in merged_pauses(pauses):
        lo, hi = max(first, after + _ONE_DAY), min(last, up_to)
        if hi >= lo:
            total += calendar.working_days_between(lo - _ONE_DAY, hi)
    return total


def working_days_taken(
    calendar: WorkingCalendar, received_on: date, done_on: date, pauses: Iterable[Pause] = ()
) -> int:
    """Working days from receipt to ``done_on`` (receipt day excluded, ``done_on`` included),
    the paused ones removed."""
    pauses = list(pauses)
    taken = calendar.working_days_between(received_on, done_on)
    return taken - paused_working_days(calendar, received_on, done_on, pauses) if pauses else taken


def met_standard(
    calendar: WorkingCalendar,
    received_on: date,
    done_on: date,
    days: int,
    pauses: Iterable[Pause] = (),
) -> bool:
    return working_days_taken(calendar, received_on, done_on, pauses) <= days


def is_overdue(due_on: date | None, done_on: date | None, today: date) -> bool:
    """Not done and past its due date (the due day itself is still in time)."""
    return due_on is not None and done_on is None and today > due_on


def is_due_soon(
    calendar: WorkingCalendar,
    due_on: date | None,
    done_on: date | None,
    today: date,
    warn_days: int,
) -> bool:
    """Not done, not yet overdue, and at most ``warn_days`` working days left until it is due."""
    if due_on is None or done_on is not None or today > due_on:
        return False
    return calendar.working_days_between(today, due_on) <= warn_days


@dataclass(frozen=True)
class MilestoneCheck:
    """Where one milestone of one case stands."""

    milestone: Milestone
    days: int  # the standard
    due_on: date
    done_on: date | None
    working_days: int  # taken so far (up to ``done_on``, or up to today while not done)
    met: bool | None  # None while not done
    overdue: bool
    due_soon: bool


def assess(
    standard: ServiceStandard,
    calendar: WorkingCalendar,
    received_on: date,
    done: Mapping[Milestone, date | None],
    pauses: Iterable[Pause],
    today: date,
) -> dict[Milestone, MilestoneCheck]:
    """Every milestone of a case: its due date, whether it was met, is overdue or due soon."""
    pauses = list(pauses)
    result: dict[Milestone, MilestoneCheck] = {}
    for milestone in Milestone:
        days = standard.days_for(milestone)
        done_on = done.get(milestone)
        due_on = due_date(calendar, received_on, days, pauses)
        taken = working_days_taken(calendar, received_on, done_on or today, pauses)
        result[milestone] = MilestoneCheck(
            milestone=milestone,
            days=days,
            due_on=due_on,
            done_on=done_on,
            working_days=taken,
            met=None if done_on is None else taken <= days,
            overdue=is_overdue(due_on, done_on, today),
            due_soon=is_due_soon(calendar, due_on, done_on, today, standard.warn_days_before),
        )
    return result
