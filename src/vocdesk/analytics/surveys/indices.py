"""Figures built on the item scores: NPS, the engagement index, importance–satisfaction gaps,
the weakest items, and whether a target was met.

- **NPS** (Net Promoter Score) of a 0-10 "how likely are you to recommend" question: the share
  of promoters (9-10) minus the share of detractors (0-6), in percentage points, -100 to 100;
  passives (7-8) count only in n.
- **Engagement index**: the mean of the percent scores (mean / points x 100) of the survey's
  engagement items, each item weighing the same. Engagement items are the scored items of the
  engagement dimensions (``ENGAGEMENT_DIMENSIONS``: trust and loyalty, as in the standard
  engagement form: trust, would use again, would recommend); an engagement survey with no item
  in those dimensions uses all its scored items. NPS questions are not part of it (a 0-10
  likelihood is not a rating level).
- **Gaps** (importance questions: satisfaction and importance on the same scale): gap =
  importance mean - satisfaction mean. An item *exceeds expectations* when its satisfaction mean
  is at least its importance mean (gap <= 0). An item is to *improve first* when it matters more
  than the items do on average and satisfies less than they do on average (importance mean >=
  the mean of the importance means, satisfaction mean < the mean of the satisfaction means: the
  "concentrate here" quadrant of an importance–performance grid) and its gap is positive.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from vocdesk.analytics.surveys.statistics import ScoreLine
from vocdesk.domain.surveys.scales import NpsCategory, net_promoter_score, nps_category

ENGAGEMENT_DIMENSIONS = ("trust", "loyalty")


@dataclass(frozen=True)
class NpsFigures:
    n: int
    promoters: int
    passives: int
    detractors: int
    promoters_pct: float | None
    passives_pct: float | None
    detractors_pct: float | None
    nps: float | None  # % promoters - % detractors


def nps_figures(counts: Mapping[int, int]) -> NpsFigures:
    """From a 0-10 question's answers (score -> count); scores outside 0-10 are ignored."""
    tally = {category: 0 for category in NpsCategory}
    for score, count in counts.items():
        if 0 <= score <= 10 and count > 0:
            tally[nps_category(score)] += count
    n = sum(tally.values())

    def share(count: int) -> float | None:
        return count / n * 100 if n else None

    promoters, passives = tally[NpsCategory.PROMOTER], tally[NpsCategory.PASSIVE]
    detractors = tally[NpsCategory.DETRACTOR]
    return NpsFigures(
        n, promoters, passives, detractors, share(promoters), share(passives), share(detractors),
        net_promoter_score(promoters, detractors, n),
    )  # fmt: skip


def engagement_items(dimensions: Mapping[str, str], engagement_survey: bool) -> list[str]:
    """The codes of the engagement items among the scored items (code -> dimension), in order."""
    chosen = [code for code, dimension in dimensions.items() if dimension in ENGAGEMENT_DIMENSIONS]
    if not chosen and engagement_survey:
        chosen = list(dimensions)
    return chosen


def engagement_index(percents: Iterable[float | None]) -> float | None:
    """The mean of the items' percent scores (items without answers left out)."""
    present = [p for p in percents if p is not None]
    return math.fsum(present) / len(present) if present else None


@dataclass(frozen=True)
class Gap:
    code: str
    importance_n: int
    importance_mean: float | None
    satisfaction_n: int
    satisfaction_mean: float | None
    gap: float | None  # importance mean - satisfaction mean
    improve_first: bool
    exceeds_expectations: bool


def importance_gaps(
    pairs: Sequence[tuple[str, ScoreLine | None, ScoreLine | None]],
) -> list[Gap]:
    """Gaps of (code, importance line, satisfaction line) items, largest gap first (items
    without both means last, in the given order)."""
    known = [
        (code, imp.stats.mean, sat.stats.mean)
        for code, imp, sat in pairs
        if imp is not None and sat is not None
        and imp.stats.mean is not None and sat.stats.mean is not None
    ]  # fmt: skip
    mean_importance = math.fsum(i for _, i, _ in known) / len(known) if known else 0.0
    mean_satisfaction = math.fsum(s for _, _, s in known) / len(known) if known else 0.0
    gaps = []
    for code, imp, sat in pairs:
        importance = imp.stats.mean if imp else None
        satisfaction = sat.stats.mean if sat else None
        gap = None
        improve = exceeds = False
        if importance is not None and satisfaction is not None:
            gap = importance - satisfaction
            exceeds = satisfaction >= importance
            improve = gap > 0 and importance >= mean_importance and satisfaction < mean_satisfaction
        gaps.append(
            Gap(
                code,
                imp.stats.n if imp else 0,
                importance,
                sat.stats.n if sat else 0,
                satisfaction,
                gap,
                improve,
                exceeds,
            )
        )
    return sorted(gaps, key=lambda g: (g.gap is None, -(g.gap or 0.0)))


def weakest(lines: Iterable[ScoreLine]) -> list[ScoreLine]:
    """Lines with answers, lowest percent score first (then the larger dissatisfied share).
    Percent, not mean, so that items on different scales compare."""
    answered = [line for line in lines if line.stats.percent is not None]
    return sorted(
        answered,
        key=lambda line: (line.stats.percent, -(line.stats.dissatisfied_pct or 0.0), line.code),
    )


def most_dissatisfied(lines: Iterable[ScoreLine]) -> list[ScoreLine]:
    """Lines with answers, the largest dissatisfied share first (then the lower percent)."""
    answered = [line for line in lines if line.stats.dissatisfied_pct is not None]
    return sorted(
        answered,
        key=lambda line: (-(line.stats.dissatisfied_pct or 0.0), line.stats.percent, line.code),
    )


def target_met(percent: float | None, target: float | None) -> bool | None:
    """Whether a percent score reached its target; None without a score or a target."""
    if percent is None or target is None:
        return None
    return percent >= target
