"""Complaint key performance indicators for a reporting period: the pure rules.

A period's KPIs describe the cases *received* in it (its cohort), as they stand today:

- **received**: how many cases came in;
- **acknowledged within standard %**: of the cases whose acknowledgement is decided (acknowledged,
  or still open, not acknowledged and already past the limit), the share acknowledged in time;
- **first response within standard %**: the same for the first response sent to the complainant;
- **resolved within standard %**: the same for the result, over cases resolved or already late;
  "in time" is ``service_standard``'s rule: working days taken, pauses removed, <= the standard;
- **result notified within standard %**: the same for telling the complainant the result (the
  integrity assessment's 15 days), over cases notified or open and already past the limit;
- **mean / median working days to resolve**, over the resolved cases (pauses excluded when the
  caller's figure excludes them);
- **open** and **overdue** (open, not waiting, and past the result limit) counts, today;
- **reopen rate**: cases reopened at least once, over cases that were ever resolved;
- **satisfaction with the handling**: the follow-up score (1-5) mean, its percent (mean × 20, from
  the unrounded mean), and the share satisfied (4 or 5), over the cases that gave a score;
- **trust restored**: the share of complainants asked at follow-up who said their trust came back.

Every figure is built from a ``KpiTally`` of plain counts and histograms, so that a database can
sum the counts (``GROUP BY``) and Python only adds the groups up: the mean and the exact median
come from the histogram of working days, which has few distinct values.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from vocdesk.domain.complaints.service_standard import (
    Pause,
    ServiceStandard,
    working_days_taken,
)
from vocdesk.domain.working_days import WorkingCalendar

SATISFIED_SCORES = frozenset({4, 5})  # the top two answers of the 5-point follow-up question
SCORE_PERCENT_FACTOR = 20  # a 5-point mean as a percent score


class Dimension(StrEnum):
    """What a breakdown groups the cases by."""

    CATEGORY = "category"
    CHANNEL = "channel"
    SEGMENT = "segment"
    UNIT = "unit"
    OFFICE = "office"


@dataclass(frozen=True)
class CaseFacts:
    """What the KPIs need to know of one case, decided already (see ``case_facts``).

    Each ``..._in_time`` is True (in time), False (late, or not done and past the limit) or None
    (not done yet, still within the limit: not counted either way).
    """

    received_on: date
    is_open: bool
    overdue: bool
    acknowledged_in_time: bool | None
    resolved_in_time: bool | None
    resolve_days: int | None  # working days from receipt to result, if resolved
    ever_resolved: bool
    reopened: bool
    follow_up_score: int | None = None
    trust_restored: bool | None = None  # asked at follow-up: has the complainant's trust come back?
    groups: Mapping[Dimension, str] = field(default_factory=dict)  # the case's key per dimension
    first_response_in_time: bool | None = None
    notified_in_time: bool | None = None


def milestone_in_time(
    calendar: WorkingCalendar,
    received_on: date,
    done_on: date | None,
    days: int,
    today: date,
    *,
    still_open: bool,
    pauses: Sequence[Pause] = (),
) -> bool | None:
    """Whether a milestone of ``days`` working days was met: True or False once done; False too
    when not done, the case still open and the limit already passed; otherwise None (it may
    still be met, or the case ended without it). Working days as ``service_standard`` counts
    them: the day of receipt and paused days do not count."""
    if done_on is not None:
        return working_days_taken(calendar, received_on, done_on, pauses) <= days
    if still_open and working_days_taken(calendar, received_on, today, pauses) > days:
        return False
    return None


def case_facts(
    *,
    received_on: date,
    today: date,
    calendar: WorkingCalendar,
    standard: ServiceStandard,
    acknowledged_on: date | None,
    resolved_on: date | None,
    is_open: bool,
    first_response_on: date | None = None,
    notified_on: date | None = None,
    pauses: Sequence[Pause] = (),
    waiting_now: bool = False,
    reopen_count: int = 0,
    follow_up_score: int | None = None,
    trust_restored: bool | None = None,
    groups: Mapping[Dimension, str] | None = None,
) -> CaseFacts:
    """Decide one case's facts from its days (Thai calendar days), its category's standard and
    its pauses (``service_standard.pauses_from_history``). A case waiting now is not overdue:
    its clock is stopped (as in the queues)."""

    def in_time(done_on: date | None, days: int) -> bool | None:
        return milestone_in_time(
            calendar, received_on, done_on, days, today, still_open=is_open, pauses=pauses
        )

    resolved_in_time = in_time(resolved_on, standard.resolve_days)
    return CaseFacts(
        received_on=received_on,
        is_open=is_open,
        overdue=is_open and not waiting_now and resolved_in_time is False,
        acknowledged_in_time=in_time(acknowledged_on, standard.acknowledge_days),
        resolved_in_time=resolved_in_time,
        first_response_in_time=in_time(first_response_on, standard.first_response_days),
        notified_in_time=in_time(notified_on, standard.notify_days),
        resolve_days=None
        if resolved_on is None
        else working_days_taken(calendar, received_on, resolved_on, pauses),
        ever_resolved=resolved_on is not None or reopen_count > 0,
        reopened=reopen_count > 0,
        follow_up_score=follow_up_score,
        trust_restored=trust_restored,
        groups=dict(groups or {}),
    )


@dataclass
class KpiTally:
    """Counts that add up: one per group, summed from cases or from a database's GROUP BY."""

    received: int = 0
    open: int = 0
    overdue: int = 0
    acknowledged_in_time: int = 0
    acknowledged_decided: int = 0
    resolved_in_time: int = 0
    resolved_decided: int = 0
    ever_resolved: int = 0
    reopened: int = 0
    trust_restored: int = 0
    trust_answered: int = 0
    first_response_in_time: int = 0
    first_response_decided: int = 0
    notified_in_time: int = 0
    notified_decided: int = 0
    resolve_days: Counter[int] = field(default_factory=Counter)  # working days -> cases
    scores: Counter[int] = field(default_factory=Counter)  # follow-up score -> cases

    def add_case(self, case: CaseFacts) -> None:
        self.received += 1
        self.open += case.is_open
        self.overdue += case.overdue
        if case.acknowledged_in_time is not None:
            self.acknowledged_decided += 1
            self.acknowledged_in_time += case.acknowledged_in_time
        if case.resolved_in_time is not None:
            self.resolved_decided += 1
            self.resolved_in_time += case.resolved_in_time
        if case.first_response_in_time is not None:
            self.first_response_decided += 1
            self.first_response_in_time += case.first_response_in_time
        if case.notified_in_time is not None:
            self.notified_decided += 1
            self.notified_in_time += case.notified_in_time
        self.ever_resolved += case.ever_resolved
        self.reopened += case.reopened
        if case.resolve_days is not None:
            self.resolve_days[case.resolve_days] += 1
        if case.follow_up_score is not None:
            self.scores[case.follow_up_score] += 1
        if case.trust_restored is not None:
            self.trust_answered += 1
            self.trust_restored += case.trust_restored

    def add(self, other: KpiTally) -> None:
        for name in (
            "received", "open", "overdue", "acknowledged_in_time", "acknowledged_decided",
            "resolved_in_time", "resolved_decided", "ever_resolved", "reopened", "trust_restored",
            "trust_answered", "first_response_in_time", "first_response_decided", "notified_in_time",
            "notified_decided",
        ):  # fmt: skip
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.resolve_days.update(other.resolve_days)
        self.scores.update(other.scores)

    def figures(self) -> KpiFigures:
        resolved = sum(self.resolve_days.values())
        answered = sum(self.scores.values())
        score_mean = _mean(self.scores)
        return KpiFigures(
            received=self.received,
            open=self.open,
            overdue=self.overdue,
            acknowledged_pct=_percent(self.acknowledged_in_time, self.acknowledged_decided),
            resolved_pct=_percent(self.resolved_in_time, self.resolved_decided),
            resolved=resolved,
            mean_days=_mean(self.resolve_days),
            median_days=histogram_median(self.resolve_days),
            reopen_rate=_percent(self.reopened, self.ever_resolved),
            reopened=self.reopened,
            follow_ups=answered,
            satisfaction_mean=score_mean,
            satisfaction_pct=None if score_mean is None else score_mean * SCORE_PERCENT_FACTOR,
            satisfied_pct=_percent(sum(self.scores[s] for s in SATISFIED_SCORES), answered),
            trust_restored_pct=_percent(self.trust_restored, self.trust_answered),
            first_response_pct=_percent(self.first_response_in_time, self.first_response_decided),
            notified_pct=_percent(self.notified_in_time, self.notified_decided),
        )


@dataclass(frozen=True)
class KpiFigures:
    """The KPIs of one group of cases; None where there is nothing to divide by."""

    received: int
    open: int
    overdue: int
    acknowledged_pct: float | None
    resolved_pct: float | None
    resolved: int
    mean_days: float | None
    median_days: float | None
    reopen_rate: float | None
    reopened: int
    follow_ups: int
    satisfaction_mean: float | None
    satisfaction_pct: float | None
    satisfied_pct: float | None
    trust_restored_pct: float | None = None  # of the complainants asked at follow-up
    first_response_pct: float | None = None  # first response sent within standard
    notified_pct: float | None = None  # complainant told the result within standard


@dataclass(frozen=True)
class GroupFigures:
    key: str  # the group's key as given in ``CaseFacts.groups`` (an id, or "" for none)
    figures: KpiFigures


def _percent(part: int, whole: int) -> float | None:
    return None if whole == 0 else 100.0 * part / whole


def _mean(histogram: Mapping[int, int]) -> float | None:
    count = sum(histogram.values())
    return None if count == 0 else sum(value * n for value, n in histogram.items()) / count


def histogram_median(histogram: Mapping[int, int]) -> float | None:
    """The median of the values a histogram counts (the mean of the two middle ones if even)."""
    count = sum(n for n in histogram.values() if n > 0)
    if count == 0:
        return None
    lower_rank, upper_rank = (count - 1) // 2, count // 2  # 0-based ranks of the middle values
    lower = upper = None
    seen = 0
    for value in sorted(v for v, n in histogram.items() if n > 0):
        seen += histogram[value]
        if lower is None and seen > lower_rank:
            lower = value
        if seen > upper_rank:
            upper = value
            break
    assert lower is not None and upper is not None
    return (lower + upper) / 2


def tally(cases: Iterable[CaseFacts]) -> KpiTally:
    total = KpiTally()
    for case in cases:
        total.add_case(case)
    return total


def breakdown(cases: Iterable[CaseFacts], dimension: Dimension) -> dict[str, KpiTally]:
    """One tally per key of ``dimension``; a case without a key counts under ""."""
    groups: dict[str, KpiTally] = {}
    for case in cases:
        key = case.groups.get(dimension, "")
        groups.setdefault(key, KpiTally()).add_case(case)
    return groups


def ranked(groups: Mapping[str, KpiTally]) -> list[GroupFigures]:
    """The groups' figures, most cases first (then by key, for a stable order)."""
    return [
        GroupFigures(key, tally_.figures())
        for key, tally_ in sorted(groups.items(), key=lambda item: (-item[1].received, item[0]))
    ]
