"""Comparators' published values put on our percent-score footing (mean ÷ points × 100)."""

from __future__ import annotations

import math

import pytest

from vocdesk.domain.enums import BenchmarkScale
from vocdesk.domain.surveys.benchmark import (
    BenchmarkFields,
    check_fields,
    difference,
    normalised_percent,
    percent_score,
    scale_from_text,
    scale_range,
    value_problem,
)

FOUR, FIVE, PERCENT = BenchmarkScale.FOUR_POINT, BenchmarkScale.FIVE_POINT, BenchmarkScale.PERCENT


@pytest.mark.parametrize(
    ("value", "scale", "expected"),
    [
        (4.21, FIVE, 84.2),  # the mean × 20 of a 5-point scale
        (5.0, FIVE, 100.0),
        (1.0, FIVE, 20.0),  # the scale's floor is 20%, as in our own percent score
        (3.40, FOUR, 85.0),  # the mean × 25 of a 4-point scale
        (1.0, FOUR, 25.0),
        (82.37, PERCENT, 82.37),  # a percent is already comparable
        (0.0, PERCENT, 0.0),
        (100.0, PERCENT, 100.0),
    ],
)
def test_a_value_becomes_a_percent_score(
    value: float, scale: BenchmarkScale, expected: float
) -> None:
    assert normalised_percent(value, scale) == pytest.approx(expected)


def test_the_convention_is_the_same_as_ours() -> None:
    # The same published mean gives the same percent as our own score on the same scale.
    assert normalised_percent(4.137, FIVE) == pytest.approx(percent_score(4.137, 5))
    assert normalised_percent(2.9, FOUR) == pytest.approx(percent_score(2.9, 4))


@pytest.mark.parametrize(
    ("value", "scale"),
    [(5.01, FIVE), (0.99, FIVE), (0.0, FIVE), (4.5, FOUR), (0.5, FOUR), (-0.1, PERCENT),
     (100.5, PERCENT), (math.nan, PERCENT), (math.inf, FIVE)],
)  # fmt: skip
def test_a_value_outside_its_scale_is_refused(value: float, scale: BenchmarkScale) -> None:
    assert value_problem(value, scale) is not None
    with pytest.raises(ValueError):
        normalised_percent(value, scale)


def test_the_message_names_the_scale() -> None:
    message = value_problem(4.5, FOUR)

    assert message is not None
    assert message.english() == "A mean on a 4-point scale must lie between 1 and 4; 4.5 does not."
    percent = value_problem(120, PERCENT)
    assert percent is not None and "between 0 and 100" in percent.english()


def test_the_ranges_of_the_scales() -> None:
    assert scale_range(FOUR) == (1.0, 4.0)
    assert scale_range(FIVE) == (1.0, 5.0)
    assert scale_range(PERCENT) == (0.0, 100.0)


@pytest.mark.parametrize(
    ("text", "scale"),
    [("four_point", FOUR), ("4", FOUR), ("4-point", FOUR), ("4 ระดับ", FOUR), ("๔", FOUR),
     ("FIVE_POINT", FIVE), ("5", FIVE), ("  5   ระดับ ", FIVE), ("five point", FIVE),
     ("percent", PERCENT), ("%", PERCENT), ("ร้อยละ", PERCENT), ("เปอร์เซ็นต์", PERCENT)],
)  # fmt: skip
def test_a_scale_is_read_from_the_words_files_use(text: str, scale: BenchmarkScale) -> None:
    assert scale_from_text(text) is scale


def test_an_unknown_scale_word_is_not_guessed() -> None:
    assert scale_from_text("7") is None
    assert scale_from_text("") is None


def test_the_difference_is_ours_minus_theirs() -> None:
    assert difference(85.0, 80.0) == pytest.approx(5.0)
    assert difference(78.0, 80.0) == pytest.approx(-2.0)
    assert difference(None, 80.0) is None
    assert difference(80.0, None) is None


def _fields(**changes: object) -> BenchmarkFields:
    values: dict[str, object] = {
        "organisation": "สำนักงานเขต", "fiscal_year": 2568, "dimension": "", "question_code": "",
        "value": 4.2, "scale": FIVE,
    }  # fmt: skip
    values.update(changes)
    return BenchmarkFields(**values)  # type: ignore[arg-type]


def test_a_complete_row_has_no_problem() -> None:
    assert check_fields(_fields()) == {}


def test_every_problem_is_named_by_its_field() -> None:
    problems = check_fields(_fields(organisation="  ", fiscal_year=2025, value=6.0))

    assert set(problems) == {"organisation", "fiscal_year", "value"}
    assert "2025" in problems["fiscal_year"].english()


def test_an_over_long_name_or_code_is_refused() -> None:
    problems = check_fields(_fields(organisation="ก" * 301, dimension="d" * 41))

    assert set(problems) == {"organisation", "dimension"}
