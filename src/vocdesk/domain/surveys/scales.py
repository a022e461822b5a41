"""Rating scales: their level labels, the Thai interpretation bands, satisfied and dissatisfied
answers, the percent score, and the NPS categories.

Band conventions (DESIGN.md §4), for a scale of ``points`` levels:

- ``EQUAL_WIDTH``: the range 1..points cut into ``points`` bands of width (points - 1) / points
  (0.80 on 5 points: 1.00-1.80, 1.81-2.60, 2.61-3.40, 3.41-4.20, 4.21-5.00; 0.75 on 4 points:
  1.00-1.75, 1.76-2.50, 2.51-3.25, 3.26-4.00; 6/7 on 7 points: 1.00-1.86, 1.87-2.71, 2.72-3.57,
  3.58-4.43, 4.44-5.29, 5.30-6.14, 6.15-7.00). A band's upper bound is 1 + k x width rounded to
  two decimals.
- ``ROUNDING``: the nearest level, a mean exactly halfway going down (1.00-1.50, 1.51-2.50, ...,
  4.51-5.00 on 5 points; the same ``.50`` bounds on any scale).

Either way the band is decided on the mean **rounded to two decimals, half up, as a report prints
it** (4.205 reads 4.21, so "มากที่สุด"): a reader who checks a printed mean against the printed
bounds always agrees with the band. Rounding is done in hundredths with a tolerance of 1e-9, so a
mean such as 1.805 (stored in binary as 1.80499999...) is rounded as the decimal it stands for.
Means outside 1..points (there should be none) read as the nearest end band.
"""

from __future__ import annotations

import math
from enum import StrEnum

from vocdesk.domain.enums import BandConvention

SUPPORTED_POINTS = (4, 5, 7)  # the scales with default labels; bands work for any points >= 2

# Default level labels (Thai, English), lowest level first. The 4- and 5-point ones are those
# migration 0007 froze for existing questions.
LEVEL_LABELS: dict[int, tuple[tuple[str, str], ...]] = {
    4: (("น้อย", "Low"), ("ปานกลาง", "Moderate"), ("มาก", "High"), ("มากที่สุด", "Very high")),
    5: (
        ("น้อยที่สุด", "Very low"),
        ("น้อย", "Low"),
        ("ปานกลาง", "Moderate"),
        ("มาก", "High"),
        ("มากที่สุด", "Very high"),
    ),
    7: (
        ("น้อยที่สุด", "Very low"),
        ("น้อย", "Low"),
        ("ค่อนข้างน้อย", "Fairly low"),
        ("ปานกลาง", "Moderate"),
        ("ค่อนข้างมาก", "Fairly high"),
        ("มาก", "High"),
        ("มากที่สุด", "Very high"),
    ),
}

NPS_MIN, NPS_MAX = 0, 10
_TOLERANCE = 1e-9


def check_points(points: int) -> int:
    if points < 2:
        raise ValueError(f"a rating scale needs at least 2 levels, not {points}")
    return points


def level_labels(points: int) -> tuple[tuple[str, str], ...]:
    """The default (Thai, English) labels of a scale's levels, lowest first; scales without
    default labels are labelled by their numbers."""
    check_points(points)
    return LEVEL_LABELS.get(points) or tuple((str(v), str(v)) for v in range(1, points + 1))


def band_label(level: int, points: int) -> tuple[str, str]:
    """The (Thai, English) name of band ``level`` (1..points): the level's default label."""
    return level_labels(points)[level - 1]


def hundredths(mean: float) -> int:
    """``mean`` rounded to two decimals, half up, as a whole number of hundredths."""
    return math.floor(mean * 100 + 0.5 + _TOLERANCE)


def band_upper_bounds(points: int, convention: BandConvention) -> tuple[int, ...]:
    """Each band's highest printed mean, in hundredths (the last is the scale's top)."""
    check_points(points)
    convention = BandConvention(convention)
    if convention is BandConvention.EQUAL_WIDTH:
        width = (points - 1) / points
        return tuple(hundredths(1 + k * width) for k in range(1, points + 1))
    return tuple(k * 100 + 50 for k in range(1, points)) + (points * 100,)


def band_ranges(points: int, convention: BandConvention) -> tuple[tuple[float, float], ...]:
    """The printed range of each band, lowest first: ((1.00, 1.80), (1.81, 2.60), ...)."""
    uppers = band_upper_bounds(points, convention)
    lowers = (100,) + tuple(upper + 1 for upper in uppers[:-1])
    return tuple((lo / 100, hi / 100) for lo, hi in zip(lowers, uppers, strict=True))


def band(mean: float, points: int, convention: BandConvention) -> int:
    """The level (1..points) a mean reads as, decided on the mean rounded to two decimals."""
    value = hundredths(mean)
    for level, upper in enumerate(band_upper_bounds(points, convention), start=1):
        if value <= upper:
            return level
    return points


def percent_score(mean: float, points: int) -> float:
    """The mean as a percent of the scale's top (mean x 20 on 5 points), from the unrounded mean."""
    return mean / check_points(points) * 100


def is_satisfied(value: int, points: int) -> bool:
    """A top-two answer: 4 or 5 on a 5-point scale."""
    return value >= check_points(points) - 1


def is_dissatisfied(value: int, points: int) -> bool:
    """A bottom-two answer: 1 or 2 on any scale."""
    check_points(points)
    return value <= 2


def to_scale(value: float, points: int, target_points: int) -> float:
    """A value on a ``points`` scale mapped linearly onto a ``target_points`` one (1 stays 1,
    the top stays the top): 3 on 4 points is 1 + 2 x 4/3 = 3.67 on 5 points."""
    check_points(points)
    check_points(target_points)
    if points == target_points:
        return value
    return 1 + (value - 1) * (target_points - 1) / (points - 1)


class NpsCategory(StrEnum):
    DETRACTOR = "detractor"  # 0-6
    PASSIVE = "passive"  # 7-8
    PROMOTER = "promoter"  # 9-10


def nps_category(score: int) -> NpsCategory:
    if not NPS_MIN <= score <= NPS_MAX:
        raise ValueError(f"a recommend score is 0 to 10, not {score}")
    if score >= 9:
        return NpsCategory.PROMOTER
    if score >= 7:
        return NpsCategory.PASSIVE
    return NpsCategory.DETRACTOR


def net_promoter_score(promoters: int, detractors: int, n: int) -> float | None:
    """% promoters - % detractors, from -100 to 100; None without answers."""
    if n <= 0:
        return None
    return (promoters - detractors) / n * 100
