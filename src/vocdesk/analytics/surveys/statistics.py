"""Item, dimension and overall scores from answer counts.

The database does the counting (``GROUP BY segment, question, value``): a survey of three
million answers reaches Python as a few hundred ``AnswerCount`` rows, and every figure here is
computed from the distribution of values, exactly as a textbook computes it from a frequency
table:

- n: the answers given (no answer and "no opinion" are not answers: they never reach here);
- mean: sum(value x count) / n;
- S.D.: the sample standard deviation, sqrt(sum(count x (value - mean)^2) / (n - 1)), as Thai
  reports (and SPSS, Excel's STDEV.S) print it; none when n < 2;
- percent: mean / points x 100, from the unrounded mean;
- band: the interpretation band of the mean (``domain.surveys.scales.band``);
- satisfied_pct / dissatisfied_pct: the share of answers in the top two / bottom two levels.

A dimension pools the answers of its items (every answer weighs the same), and the overall row
pools every scored item. Items on another scale than the survey's ``scale_points`` are mapped
linearly onto it before pooling (``scales.to_scale``: 1 stays 1, the top stays the top, so 3 on
a 4-point item counts as 3.67 on a 5-point survey); their satisfied and dissatisfied answers are
still the top and bottom two levels of the item's own scale. An item's own row stays on its
own scale.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, NamedTuple

from vocdesk.domain.enums import BandConvention
from vocdesk.domain.surveys.scales import (
    band,
    is_dissatisfied,
    is_satisfied,
    percent_score,
    to_scale,
)

OVERALL = "overall"  # the overall row's code


class ResultLevel(StrEnum):
    ITEM = "item"
    DIMENSION = "dimension"
    OVERALL = "overall"


class AnswerCount(NamedTuple):
    """How many answers of one segment gave ``value`` to one question."""

    segment: str  # the segment's code; "" for responses placed in no segment
    question: str  # the question's code
    value: int
    n: int  # how many answers


@dataclass(frozen=True)
class Item:
    """A scored question: a rating (or an importance question's satisfaction) on its scale."""

    code: str
    dimension: str  # a dimension code; "" for none (such an item counts only overall)
    points: int


@dataclass(frozen=True)
class ScoreStats:
    n: int
    mean: float | None  # None when n == 0
    sd: float | None  # sample S.D. (n - 1); None when n < 2
    percent: float | None
    band: int | None  # the level 1..points the mean reads as
    satisfied_pct: float | None  # top two levels, % of n
    dissatisfied_pct: float | None  # bottom two levels, % of n


@dataclass(frozen=True)
class ScoreLine:
    level: ResultLevel
    code: str  # the question's code, the dimension's code, or "overall"
    segment: str  # "" for all respondents
    points: int  # the scale the figures are on
    stats: ScoreStats


class Distribution:
    """Counts of values (on one scale), with how many of them were satisfied / dissatisfied.

    Additive: pooling items or segments is merging their distributions."""

    def __init__(self) -> None:
        self.counts: dict[float, int] = {}
        self.satisfied = 0
        self.dissatisfied = 0

    def add(self, value: float, count: int, *, satisfied: bool, dissatisfied: bool) -> None:
        self.counts[value] = self.counts.get(value, 0) + count
        if satisfied:
            self.satisfied += count
        if dissatisfied:
            self.dissatisfied += count

    def merge(self, other: Distribution) -> None:
        for value, count in other.counts.items():
            self.counts[value] = self.counts.get(value, 0) + count
        self.satisfied += other.satisfied
        self.dissatisfied += other.dissatisfied

    @property
    def n(self) -> int:
        return sum(self.counts.values())

    def stats(self, points: int, convention: BandConvention) -> ScoreStats:
        n = self.n
        if n == 0:
            return ScoreStats(0, None, None, None, None, None, None)
        mean = math.fsum(value * count for value, count in self.counts.items()) / n
        sd = None
        if n > 1:
            squares = math.fsum(count * (value - mean) ** 2 for value, count in self.counts.items())
            sd = math.sqrt(squares / (n - 1))
        return ScoreStats(
            n=n,
            mean=mean,
            sd=sd,
            percent=percent_score(mean, points),
            band=band(mean, points, convention),
            satisfied_pct=self.satisfied / n * 100,
            dissatisfied_pct=self.dissatisfied / n * 100,
        )


def item_distribution(counts: Mapping[int, int], points: int) -> Distribution:
    """One item's answers (value -> count) on its own scale."""
    distribution = Distribution()
    for value, count in counts.items():
        distribution.add(
            value,
            count,
            satisfied=is_satisfied(value, points),
            dissatisfied=is_dissatisfied(value, points),
        )
    return distribution


def describe(
    counts: Mapping[int, int], points: int, convention: BandConvention = BandConvention.EQUAL_WIDTH
) -> ScoreStats:
    """An item's figures from its frequency table (value -> count)."""
    return item_distribution(counts, points).stats(points, convention)


def counts_from_frame(frame: Any) -> list[AnswerCount]:
    """``AnswerCount`` rows from a frame with the columns segment, question, value, count."""
    return [
        AnswerCount(_text(segment), str(question), int(value), int(count))
        for segment, question, value, count in frame[
            ["segment", "question", "value", "count"]
        ].itertuples(index=False, name=None)
    ]


def _text(value: Any) -> str:
    """A frame's cell as text: None and NaN (a missing segment) are ""."""
    return "" if value is None or value != value else str(value)


def score_lines(
    counts: Iterable[AnswerCount],
    items: Sequence[Item],
    points: int,
    convention: BandConvention,
    *,
    dimensions: Sequence[str] = (),
    segments: Sequence[str] = (),
) -> list[ScoreLine]:
    """Every row of a results table: for all respondents, then for each of ``segments`` in
    that order, the items (in ``items``' order), the dimensions (in ``dimensions``' order, then
    any other dimension of the items in the order first met; only dimensions with items) and
    the overall row. Counts of questions not in ``items`` are ignored."""
    by_code = {item.code: item for item in items}
    per_item: dict[tuple[str, str], Distribution] = {}  # (segment, code) on the item's scale
    for segment, question, value, count in counts:
        item = by_code.get(question)
        if item is None or count <= 0:
            continue
        for key in {(segment, question), ("", question)} if segment else {("", question)}:
            per_item.setdefault(key, Distribution()).add(
                value,
                count,
                satisfied=is_satisfied(value, item.points),
                dissatisfied=is_dissatisfied(value, item.points),
            )
    order = list(dict.fromkeys([*dimensions, *(i.dimension for i in items if i.dimension)]))
    lines: list[ScoreLine] = []
    for segment in ["", *segments]:
        pooled: dict[str, Distribution] = {code: Distribution() for code in order}
        overall = Distribution()
        for item in items:
            distribution = per_item.get((segment, item.code), Distribution())
            lines.append(
                ScoreLine(
                    ResultLevel.ITEM,
                    item.code,
                    segment,
                    item.points,
                    distribution.stats(item.points, convention),
                )
            )
            mapped = _on_scale(distribution, item.points, points)
            if item.dimension:
                pooled[item.dimension].merge(mapped)
            overall.merge(mapped)
        used = {item.dimension for item in items}
        for code in order:
            if code in used:
                lines.append(
                    ScoreLine(
                        ResultLevel.DIMENSION,
                        code,
                        segment,
                        points,
                        pooled[code].stats(points, convention),
                    )
                )
        lines.append(
            ScoreLine(
                ResultLevel.OVERALL, OVERALL, segment, points, overall.stats(points, convention)
            )
        )
    return lines


def _on_scale(distribution: Distribution, points: int, target: int) -> Distribution:
    if points == target:
        return distribution
    mapped = Distribution()
    for value, count in distribution.counts.items():
        mapped.add(to_scale(value, points, target), count, satisfied=False, dissatisfied=False)
    mapped.satisfied, mapped.dissatisfied = distribution.satisfied, distribution.dissatisfied
    return mapped
