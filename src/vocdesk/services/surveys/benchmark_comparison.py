"""Ours beside each comparator, per level: the rows of the comparison and how they are built.

Levels: overall first, then each dimension of the survey (catalogue order) and each dimension a
comparator reports, then each item a comparator reports (form order). A comparator is one
organisation's results of one fiscal year. Every figure is a percent score; the difference is
ours − theirs in percentage points (positive: we score higher).
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from vocdesk.analytics.surveys.statistics import ResultLevel
from vocdesk.domain.enums import BenchmarkScale
from vocdesk.domain.surveys.benchmark import BenchmarkLevel, difference
from vocdesk.domain.tables import Named
from vocdesk.services.surveys.analysis import SurveyHeader, SurveyResults

if TYPE_CHECKING:
    from vocdesk.services.surveys.benchmarks import BenchmarkRow

__all__ = [
    "BenchmarkComparison",
    "BenchmarkLevel",
    "Comparator",
    "ComparatorValue",
    "ComparisonLevel",
    "OurScore",
    "build_comparison",
    "our_scores",
]


@dataclass(frozen=True)
class Comparator:
    """A column of the comparison: one organisation's results of one fiscal year (B.E.)."""

    organisation: str
    fiscal_year: int


@dataclass(frozen=True)
class ComparatorValue:
    benchmark_id: uuid.UUID
    value: float  # as published
    scale: BenchmarkScale
    percent: float  # normalised
    difference: float | None  # ours − theirs, percentage points; None without ours


@dataclass(frozen=True)
class ComparisonLevel:
    level: BenchmarkLevel
    code: str  # the dimension's or item's code; "" overall
    name: Named  # the dimension's name or the item's number and text; empty overall
    ours: float | None  # our percent score; None: no answers at this level
    n: int  # our answers counted (no opinion and blanks left out)
    values: tuple[ComparatorValue | None, ...]  # one per comparator, in their order


@dataclass(frozen=True)
class BenchmarkComparison:
    survey_id: uuid.UUID
    survey_code: str
    survey_title: Named
    fiscal_year: int  # ours, B.E.
    comparators: tuple[Comparator, ...]
    levels: tuple[ComparisonLevel, ...]

    @property
    def has_comparators(self) -> bool:
        return bool(self.comparators)


@dataclass(frozen=True)
class OurScore:
    percent: float
    n: int


OurScores = dict[tuple[BenchmarkLevel, str], OurScore]


def our_scores(results: SurveyResults) -> OurScores:
    """Our percent score and n per level, for all respondents, from the survey's analysis
    (``SurveyAnalysisService``: first entry pass, no opinion and blanks left out)."""
    levels = {
        ResultLevel.OVERALL: BenchmarkLevel.OVERALL,
        ResultLevel.DIMENSION: BenchmarkLevel.DIMENSION,
        ResultLevel.ITEM: BenchmarkLevel.ITEM,
    }
    scores: OurScores = {}
    for row in results.rows:
        if row.segment or row.percent is None:
            continue
        level = levels[row.level]
        scores[(level, "" if level is BenchmarkLevel.OVERALL else row.code)] = OurScore(
            row.percent, row.n
        )
    return scores


def build_comparison(
    survey: SurveyHeader,
    scores: OurScores,
    rows: Sequence[BenchmarkRow],
    dimension_name: Callable[[str], Named],
    item_name: Callable[[str], Named],
    dimension_order: Sequence[str] = (),
    item_order: Sequence[str] = (),
) -> BenchmarkComparison:
    """The comparison of ``survey`` (our ``scores``) with its comparator ``rows``."""
    comparators = sorted(
        {Comparator(row.organisation, row.fiscal_year) for row in rows},
        key=lambda c: (c.organisation, -c.fiscal_year),
    )
    column = {comparator: index for index, comparator in enumerate(comparators)}
    keys: list[tuple[BenchmarkLevel, str]] = [(BenchmarkLevel.OVERALL, "")]
    keys += [(BenchmarkLevel.DIMENSION, code) for code in dimension_order]
    reported = {(row.level, row.dimension or row.question_code) for row in rows}
    extra_dimensions = sorted(code for level, code in reported if level is BenchmarkLevel.DIMENSION)
    keys += [(BenchmarkLevel.DIMENSION, c) for c in extra_dimensions if c not in dimension_order]
    items = [code for code in item_order if (BenchmarkLevel.ITEM, code) in reported]
    items += sorted(
        code for level, code in reported if level is BenchmarkLevel.ITEM and code not in items
    )
    keys += [(BenchmarkLevel.ITEM, code) for code in items]

    cells: dict[tuple[BenchmarkLevel, str], list[ComparatorValue | None]] = {
        key: [None] * len(comparators) for key in keys
    }
    for row in rows:
        key = (row.level, row.dimension or row.question_code)
        ours = scores.get(key)
        theirs = None if math.isnan(row.percent) else row.percent
        cells[key][column[Comparator(row.organisation, row.fiscal_year)]] = ComparatorValue(
            benchmark_id=row.id, value=row.value, scale=row.scale, percent=row.percent,
            difference=difference(ours.percent if ours else None, theirs),
        )  # fmt: skip
    names: dict[BenchmarkLevel, Callable[[str], Named]] = {
        BenchmarkLevel.OVERALL: lambda _code: Named("", ""),
        BenchmarkLevel.DIMENSION: dimension_name,
        BenchmarkLevel.ITEM: item_name,
    }
    levels = []
    for key in keys:
        ours = scores.get(key)
        level, code = key
        levels.append(ComparisonLevel(
            level=level, code=code, name=names[level](code),
            ours=ours.percent if ours else None, n=ours.n if ours else 0, values=tuple(cells[key]),
        ))  # fmt: skip
    return BenchmarkComparison(
        survey_id=survey.id, survey_code=survey.code, survey_title=survey.title,
        fiscal_year=survey.fiscal_year,
        comparators=tuple(comparators), levels=tuple(levels),
    )  # fmt: skip
