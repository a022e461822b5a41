"""Rating scales: level labels, the two Thai band conventions on the printed mean, satisfied and
dissatisfied answers, the percent score, the linear map between scales and NPS categories."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

import vocdesk
from vocdesk.domain.enums import BandConvention
from vocdesk.domain.surveys.scales import (
    LEVEL_LABELS,
    NpsCategory,
    band,
    band_label,
    band_ranges,
    is_dissatisfied,
    is_satisfied,
    level_labels,
    net_promoter_score,
    nps_category,
    percent_score,
    to_scale,
)

EQUAL, ROUNDING = BandConvention.EQUAL_WIDTH, BandConvention.ROUNDING


def test_five_point_labels_are_the_standard_thai_ones() -> None:
    assert [th for th, _ in level_labels(5)] == ["น้อยที่สุด", "น้อย", "ปานกลาง", "มาก", "มากที่สุด"]
    assert band_label(5, 5) == ("มากที่สุด", "Very high")


def test_four_and_five_point_labels_are_those_migration_0007_froze() -> None:
    path = Path(vocdesk.__file__).parent / "db/migrations/versions/0007_surveys.py"
    spec = importlib.util.spec_from_file_location("migration_0007", path)
    assert spec and spec.loader
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)

    for points in (4, 5):
        assert list(LEVEL_LABELS[points]) == migration._LEVELS[points]


def test_seven_points_have_seven_labels_and_other_scales_are_numbered() -> None:
    assert len(level_labels(7)) == 7
    assert level_labels(7)[0][0] == "น้อยที่สุด" and level_labels(7)[-1][0] == "มากที่สุด"
    assert level_labels(3) == (("1", "1"), ("2", "2"), ("3", "3"))
    with pytest.raises(ValueError):
        level_labels(1)


@pytest.mark.parametrize(
    ("points", "convention", "ranges"),
    [
        (5, EQUAL, [(1.0, 1.8), (1.81, 2.6), (2.61, 3.4), (3.41, 4.2), (4.21, 5.0)]),
        (4, EQUAL, [(1.0, 1.75), (1.76, 2.5), (2.51, 3.25), (3.26, 4.0)]),
        (7, EQUAL, [(1.0, 1.86), (1.87, 2.71), (2.72, 3.57), (3.58, 4.43), (4.44, 5.29),
                    (5.3, 6.14), (6.15, 7.0)]),
        (5, ROUNDING, [(1.0, 1.5), (1.51, 2.5), (2.51, 3.5), (3.51, 4.5), (4.51, 5.0)]),
        (4, ROUNDING, [(1.0, 1.5), (1.51, 2.5), (2.51, 3.5), (3.51, 4.0)]),
    ],
)  # fmt: skip
def test_band_ranges_are_the_printed_ones(
    points: int, convention: BandConvention, ranges: list[tuple[float, float]]
) -> None:
    assert list(band_ranges(points, convention)) == ranges


@pytest.mark.parametrize(
    ("mean", "level"),
    [(1.0, 1), (1.8, 1), (1.81, 2), (2.6, 2), (2.61, 3), (3.4, 3), (3.41, 4), (4.2, 4),
     (4.21, 5), (5.0, 5), (4.204, 4), (4.205, 5), (1.805, 2), (1.8049, 1)],
)  # fmt: skip
def test_equal_width_bands_read_the_mean_rounded_half_up_to_two_decimals(
    mean: float, level: int
) -> None:
    assert band(mean, 5, EQUAL) == level


@pytest.mark.parametrize(
    ("mean", "level"),
    [(1.5, 1), (1.504, 1), (1.505, 2), (1.51, 2), (2.5, 2), (2.51, 3), (3.5, 3), (3.51, 4),
     (4.5, 4), (4.51, 5), (5.0, 5)],
)  # fmt: skip
def test_rounding_bands_send_a_half_down(mean: float, level: int) -> None:
    assert band(mean, 5, ROUNDING) == level


def test_means_outside_the_scale_read_as_the_end_bands() -> None:
    assert band(0.5, 5, EQUAL) == 1
    assert band(5.3, 5, EQUAL) == 5
    assert band(3.25, 4, EQUAL) == 3 and band(3.26, 4, EQUAL) == 4


def test_percent_score_is_the_unrounded_mean_over_the_top() -> None:
    assert percent_score(4.126, 5) == pytest.approx(82.52)
    assert percent_score(3.5, 4) == pytest.approx(87.5)


def test_satisfied_are_the_top_two_and_dissatisfied_the_bottom_two() -> None:
    assert [v for v in range(1, 6) if is_satisfied(v, 5)] == [4, 5]
    assert [v for v in range(1, 5) if is_satisfied(v, 4)] == [3, 4]
    assert [v for v in range(1, 8) if is_dissatisfied(v, 7)] == [1, 2]


def test_another_scale_maps_linearly_keeping_both_ends() -> None:
    assert to_scale(1, 4, 5) == 1
    assert to_scale(4, 4, 5) == 5
    assert to_scale(3, 4, 5) == pytest.approx(1 + 2 * 4 / 3)
    assert to_scale(3, 5, 5) == 3


def test_nps_categories_and_score() -> None:
    assert [nps_category(s) for s in (0, 6, 7, 8, 9, 10)] == [
        NpsCategory.DETRACTOR, NpsCategory.DETRACTOR, NpsCategory.PASSIVE, NpsCategory.PASSIVE,
        NpsCategory.PROMOTER, NpsCategory.PROMOTER,
    ]  # fmt: skip
    assert net_promoter_score(promoters=6, detractors=2, n=10) == pytest.approx(40.0)
    assert net_promoter_score(0, 0, 0) is None
    with pytest.raises(ValueError):
        nps_category(11)
