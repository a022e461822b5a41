"""Comparators' published results made comparable with ours (PMQA 3.1 b (4)).

A peer agency publishes its satisfaction as a mean on a 4- or 5-point scale, or as a percent.
Ours is a percent score: the mean over the scale's top value × 100 (mean × 20 on a 5-point
scale, × 25 on a 4-point one), from the unrounded mean (DESIGN.md §4). A comparator's value is
put on the same footing the same way: a mean on ``points`` becomes mean ÷ points × 100, a percent
stays as it is. So 4.21 on a 5-point scale is 84.2, and 3.40 on a 4-point scale is 85.0.

The checks here need no database: the value fits its scale (a 5-point mean lies in 1–5, a
4-point one in 1–4, a percent in 0–100), the organisation is named, the fiscal year is a
Buddhist Era year, and a row compares one level: overall, a dimension, or an item.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from vocdesk.domain.enums import BenchmarkScale
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, Message, UserError

CONTEXT = "BenchmarkCheck"
ORGANISATION_MAX_LENGTH = 300  # the table's column
CODE_MAX_LENGTH = 40  # dimension and question codes
FISCAL_YEARS = range(2400, 2800)  # Buddhist Era; 2400 is where io.cells starts reading B.E.


class BenchmarkLevel(StrEnum):
    """What a comparator's row (and a row of the comparison) is about."""

    OVERALL = "overall"
    DIMENSION = "dimension"
    ITEM = "item"


# The scale of a mean, in points; a percent has none.
SCALE_POINTS: dict[BenchmarkScale, int] = {
    BenchmarkScale.FOUR_POINT: 4,
    BenchmarkScale.FIVE_POINT: 5,
}

# Words agencies' files use for a scale, beside the stored values (matched without case).
SCALE_WORDS: dict[str, BenchmarkScale] = {
    "4": BenchmarkScale.FOUR_POINT,
    "๔": BenchmarkScale.FOUR_POINT,
    "4-point": BenchmarkScale.FOUR_POINT,
    "4 point": BenchmarkScale.FOUR_POINT,
    "4 points": BenchmarkScale.FOUR_POINT,
    "four point": BenchmarkScale.FOUR_POINT,
    "four-point": BenchmarkScale.FOUR_POINT,
    "4 ระดับ": BenchmarkScale.FOUR_POINT,
    "๔ ระดับ": BenchmarkScale.FOUR_POINT,
    "มาตร 4 ระดับ": BenchmarkScale.FOUR_POINT,
    "ค่าเฉลี่ย 4 ระดับ": BenchmarkScale.FOUR_POINT,
    "คะแนนเต็ม 4": BenchmarkScale.FOUR_POINT,
    "5": BenchmarkScale.FIVE_POINT,
    "๕": BenchmarkScale.FIVE_POINT,
    "5-point": BenchmarkScale.FIVE_POINT,
    "5 point": BenchmarkScale.FIVE_POINT,
    "5 points": BenchmarkScale.FIVE_POINT,
    "five point": BenchmarkScale.FIVE_POINT,
    "five-point": BenchmarkScale.FIVE_POINT,
    "5 ระดับ": BenchmarkScale.FIVE_POINT,
    "๕ ระดับ": BenchmarkScale.FIVE_POINT,
    "มาตร 5 ระดับ": BenchmarkScale.FIVE_POINT,
    "ค่าเฉลี่ย 5 ระดับ": BenchmarkScale.FIVE_POINT,
    "คะแนนเต็ม 5": BenchmarkScale.FIVE_POINT,
    "%": BenchmarkScale.PERCENT,
    "percentage": BenchmarkScale.PERCENT,
    "pct": BenchmarkScale.PERCENT,
    "ร้อยละ": BenchmarkScale.PERCENT,
    "เปอร์เซ็นต์": BenchmarkScale.PERCENT,
    "เปอร์เซ็นต์ (%)": BenchmarkScale.PERCENT,
    "ร้อยละ (%)": BenchmarkScale.PERCENT,
}


def scale_range(scale: BenchmarkScale) -> tuple[float, float]:
    """The lowest and highest value a result on ``scale`` can have."""
    points = SCALE_POINTS.get(scale)
    return (0.0, 100.0) if points is None else (1.0, float(points))


def scale_from_text(text: str) -> BenchmarkScale | None:
    """A scale named by its stored value or one of ``SCALE_WORDS``; None if not recognised."""
    key = " ".join(text.strip().lower().split())
    for member in BenchmarkScale:
        if key in (member.value, member.name.lower()):
            return member
    return SCALE_WORDS.get(key)


def value_problem(value: float, scale: BenchmarkScale) -> Message | None:
    """Why ``value`` cannot be a result on ``scale``, or None when it can."""
    low, high = scale_range(scale)
    if not math.isfinite(value) or not low <= value <= high:
        if scale is BenchmarkScale.PERCENT:
            return Message(CONTEXT, QT_TRANSLATE_NOOP(
                "BenchmarkCheck", "A percent must lie between 0 and 100; {value} does not."),
                {"value": _number(value)})  # fmt: skip
        return Message(CONTEXT, QT_TRANSLATE_NOOP(
            "BenchmarkCheck", "A mean on a {points}-point scale must lie between 1 and {points}; {value} does not."),
            {"points": SCALE_POINTS[scale], "value": _number(value)})  # fmt: skip
    return None


def normalised_percent(value: float, scale: BenchmarkScale) -> float:
    """``value`` on ``scale`` as a percent score: mean ÷ points × 100, a percent as it is.

    Raises ``ValueError`` for a value outside its scale (``value_problem`` says why)."""
    problem = value_problem(value, scale)
    if problem is not None:
        raise ValueError(problem.english())
    points = SCALE_POINTS.get(scale)
    return float(value) if points is None else value / points * 100.0


def percent_score(mean: float, points: int) -> float:
    """Our own convention, for a mean on a ``points``-level scale: mean ÷ points × 100."""
    if points < 2:
        raise ValueError(f"a scale has at least 2 points, not {points}")
    return mean / points * 100.0


def difference(ours: float | None, theirs: float | None) -> float | None:
    """Ours − theirs, in percentage points; None when either is missing."""
    if ours is None or theirs is None:
        return None
    return ours - theirs


@dataclass(frozen=True)
class BenchmarkFields:
    """What a comparator's row says, before the database is asked about its level."""

    organisation: str
    fiscal_year: int  # Buddhist Era
    dimension: str  # a dimension code, or ""
    question_code: str  # an item's code, or ""
    value: float
    scale: BenchmarkScale
    source: str = ""


class InvalidBenchmark(UserError):
    """Every problem of a comparator's row, by field (organisation, fiscal_year, dimension,
    question, value, scale): a form shows each beside its box, an import by its column."""

    def __init__(self, problems: dict[str, Message]) -> None:
        listed = list(problems.values())
        super().__init__(Message(CONTEXT, QT_TRANSLATE_NOOP(
            "BenchmarkCheck", "The comparator's result was not saved:\n{problems}"), {"problems": listed}))  # fmt: skip
        self.problems = problems


def check_fields(fields: BenchmarkFields) -> dict[str, Message]:
    """The problems of ``fields`` that need no database, by field name (empty: none)."""
    problems: dict[str, Message] = {}
    organisation = fields.organisation.strip()
    if not organisation:
        problems["organisation"] = Message(
            CONTEXT, QT_TRANSLATE_NOOP("BenchmarkCheck", "Name the comparator organisation.")
        )
    elif len(organisation) > ORGANISATION_MAX_LENGTH:
        problems["organisation"] = _too_long(len(organisation), ORGANISATION_MAX_LENGTH)
    if fields.fiscal_year not in FISCAL_YEARS:
        problems["fiscal_year"] = Message(CONTEXT, QT_TRANSLATE_NOOP(
            "BenchmarkCheck", "The fiscal year {year} is not a Buddhist Era year (e.g. 2568)."),
            {"year": fields.fiscal_year})  # fmt: skip
    for key, code in (("dimension", fields.dimension), ("question", fields.question_code)):
        if len(code.strip()) > CODE_MAX_LENGTH:
            problems[key] = _too_long(len(code.strip()), CODE_MAX_LENGTH)
    value = value_problem(fields.value, fields.scale)
    if value is not None:
        problems["value"] = value
    return problems


def _too_long(length: int, limit: int) -> Message:
    return Message(CONTEXT, QT_TRANSLATE_NOOP(
        "BenchmarkCheck", "Too long: {length} characters, at most {limit}."),
        {"length": length, "limit": limit})  # fmt: skip


def _number(value: float) -> str:
    return f"{value:g}"
