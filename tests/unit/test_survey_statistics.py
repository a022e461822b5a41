"""Survey statistics on small frequency tables computed by hand: item, dimension, overall and
segment figures; the Kruskal–Wallis test and the incomplete gamma behind its p-value; NPS,
the engagement index and importance–satisfaction gaps."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from vocdesk.analytics.surveys.indices import (
    engagement_index,
    engagement_items,
    importance_gaps,
    most_dissatisfied,
    nps_figures,
    target_met,
    weakest,
)
from vocdesk.analytics.surveys.significance import (
    KRUSKAL_WALLIS,
    chi_square_sf,
    kruskal_wallis,
    regularized_upper_gamma,
)
from vocdesk.analytics.surveys.statistics import (
    AnswerCount,
    Item,
    ResultLevel,
    counts_from_frame,
    describe,
    score_lines,
)
from vocdesk.domain.enums import BandConvention

EQUAL = BandConvention.EQUAL_WIDTH


def test_an_item_from_its_frequency_table() -> None:
    # 5 x4, 4 x3, 3 x2, 2 x1: n 10, sum 40, mean 4.00; squares 4x1 + 0 + 2x1 + 1x4 = 10
    stats = describe({5: 4, 4: 3, 3: 2, 2: 1}, 5)

    assert stats.n == 10
    assert stats.mean == pytest.approx(4.0)
    assert stats.sd == pytest.approx(math.sqrt(10 / 9))  # the sample S.D.: n - 1
    assert stats.percent == pytest.approx(80.0)
    assert stats.band == 4  # 4.00: มาก
    assert stats.satisfied_pct == pytest.approx(70.0)
    assert stats.dissatisfied_pct == pytest.approx(10.0)


def test_no_answers_give_no_figures_and_one_answer_no_sd() -> None:
    empty = describe({}, 5)
    assert (empty.n, empty.mean, empty.sd, empty.percent, empty.band) == (0, None, None, None, None)
    single = describe({3: 1}, 5)
    assert single.mean == 3 and single.sd is None


def test_a_published_style_table_reproduces_its_mean_and_sd() -> None:
    # A 5-point item of 400 respondents: 5 120, 4 180, 3 80, 2 15, 1 5.
    counts = {5: 120, 4: 180, 3: 80, 2: 15, 1: 5}
    values = [v for v, c in counts.items() for _ in range(c)]
    mean = sum(values) / len(values)
    sd = math.sqrt(sum((v - mean) ** 2 for v in values) / (len(values) - 1))

    stats = describe(counts, 5)

    assert stats.mean == pytest.approx(mean, abs=1e-12)  # 3.9875
    assert stats.sd == pytest.approx(sd, abs=1e-12)
    assert f"{stats.mean:.2f} {stats.sd:.2f}" == "3.99 0.87"


COUNTS = [
    AnswerCount("a", "Q1", 5, 2), AnswerCount("a", "Q1", 4, 1),
    AnswerCount("b", "Q1", 2, 1),
    AnswerCount("a", "Q2", 4, 1), AnswerCount("b", "Q2", 4, 1), AnswerCount("", "Q2", 1, 1),
    AnswerCount("a", "Q3", 4, 1), AnswerCount("b", "Q3", 1, 1),  # a 4-point item
    AnswerCount("a", "Q9", 5, 7),  # not an item: ignored
]  # fmt: skip
ITEMS = [Item("Q1", "process", 5), Item("Q2", "process", 5), Item("Q3", "staff", 4)]


def test_items_dimensions_and_overall_for_everyone_then_per_segment() -> None:
    lines = score_lines(
        COUNTS, ITEMS, 5, EQUAL, dimensions=["staff", "process"], segments=["a", "b"]
    )

    assert [(line.segment, line.level.value, line.code) for line in lines[:6]] == [
        ("", "item", "Q1"), ("", "item", "Q2"), ("", "item", "Q3"),
        ("", "dimension", "staff"), ("", "dimension", "process"), ("", "overall", "overall"),
    ]  # fmt: skip
    assert [line.segment for line in lines] == [""] * 6 + ["a"] * 6 + ["b"] * 6
    by = {(line.segment, line.code): line.stats for line in lines}
    # Q1 for everyone: 5, 5, 4, 2
    assert by["", "Q1"].n == 4 and by["", "Q1"].mean == pytest.approx(4.0)
    assert by["", "Q1"].sd == pytest.approx(math.sqrt((1 + 1 + 0 + 4) / 3))
    # Q2: the answer of a response in no segment counts for everyone only
    assert by["", "Q2"].n == 3 and by["a", "Q2"].n == 1 and by["b", "Q2"].n == 1
    # process pools Q1 and Q2: 5, 5, 4, 2, 4, 4, 1
    assert by["", "process"].n == 7
    assert by["", "process"].mean == pytest.approx(25 / 7)
    assert by["", "process"].satisfied_pct == pytest.approx(5 / 7 * 100)
    assert by["", "process"].dissatisfied_pct == pytest.approx(2 / 7 * 100)


def test_an_item_on_another_scale_keeps_its_own_row_and_is_mapped_when_pooled() -> None:
    lines = score_lines(COUNTS, ITEMS, 5, EQUAL)
    by = {(line.level, line.code): line for line in lines}

    q3 = by[ResultLevel.ITEM, "Q3"]
    assert q3.points == 4 and q3.stats.mean == pytest.approx(2.5)
    assert q3.stats.percent == pytest.approx(62.5)
    staff = by[ResultLevel.DIMENSION, "staff"]  # 4 -> 5 and 1 -> 1 on the survey's 5 points
    assert staff.points == 5 and staff.stats.mean == pytest.approx(3.0)
    assert staff.stats.satisfied_pct == pytest.approx(50.0)  # 4 of 4 is top two of its own
    overall = by[ResultLevel.OVERALL, "overall"].stats  # 5 5 4 2 4 4 1 5 1
    assert overall.n == 9 and overall.mean == pytest.approx(31 / 9)


def test_counts_come_from_a_frame_too() -> None:
    frame = pd.DataFrame(
        {"segment": ["a", None], "question": ["Q1", "Q1"], "value": [5, 4], "count": [2, 1]}
    )
    assert counts_from_frame(frame) == [AnswerCount("a", "Q1", 5, 2), AnswerCount("", "Q1", 4, 1)]


# -- the incomplete gamma and the chi-square tail, against closed forms and printed tables ----


@pytest.mark.parametrize("x", [0.1, 0.5, 1.0, 2.5, 7.0, 30.0])
def test_upper_gamma_matches_closed_forms(x: float) -> None:
    assert regularized_upper_gamma(1, x) == pytest.approx(math.exp(-x), rel=1e-12)
    assert regularized_upper_gamma(0.5, x) == pytest.approx(math.erfc(math.sqrt(x)), rel=1e-10)
    assert regularized_upper_gamma(3, x) == pytest.approx(
        math.exp(-x) * (1 + x + x * x / 2), rel=1e-12
    )


@pytest.mark.parametrize(
    ("statistic", "df", "p"),
    [
        (3.841458820694124, 1, 0.05),  # chi-square tables: the 5% critical values
        (5.991464547107979, 2, 0.05),
        (7.814727903251178, 3, 0.05),
        (9.487729036781154, 4, 0.05),
        (18.307038053275146, 10, 0.05),
        (6.634896601021213, 1, 0.01),  # and 1%
        (13.276704135987622, 4, 0.01),
        (124.34211340400407, 100, 0.05),
    ],
)
def test_chi_square_tail_gives_the_tables_p_values(statistic: float, df: int, p: float) -> None:
    assert chi_square_sf(statistic, df) == pytest.approx(p, rel=1e-8)


def test_chi_square_tail_ends() -> None:
    assert chi_square_sf(0.0, 3) == 1.0
    assert chi_square_sf(500.0, 2) == pytest.approx(math.exp(-250), rel=1e-9)


# -- Kruskal–Wallis -----------------------------------------------------------------------------


def test_kruskal_wallis_without_ties() -> None:
    # 1 3 5 7 9 against 2 4 6 8 10: rank sums 25 and 30;
    # H = 12 / (10 x 11) x (25^2/5 + 30^2/5) - 3 x 11 = 0.2727...
    test = kruskal_wallis(
        {"x": {1: 1, 3: 1, 5: 1, 7: 1, 9: 1}, "y": {2: 1, 4: 1, 6: 1, 8: 1, 10: 1}}
    )

    assert test is not None
    assert test.test == KRUSKAL_WALLIS
    assert test.statistic == pytest.approx(3 / 11)
    assert test.df == 1 and test.groups == 2 and test.n == 10
    assert test.p_value == pytest.approx(0.6015081344405895, rel=1e-9)


def test_kruskal_wallis_corrects_for_ties() -> None:
    # 1 1 1 | 2 2 2 | 2 2: mid-ranks 2 and 6, rank sums 6, 18, 12: H' = 32 - 27 = 5;
    # ties 3 and 5: C = 1 - (24 + 120) / 504 = 5/7, H = 7; p = exp(-3.5) with 2 df.
    test = kruskal_wallis({"x": {1: 3}, "y": {2: 3}, "z": {2: 2}})

    assert test is not None
    assert test.statistic == pytest.approx(7.0)
    assert test.p_value == pytest.approx(math.exp(-3.5), rel=1e-12)


def test_kruskal_wallis_needs_two_groups_and_variation() -> None:
    assert kruskal_wallis({"x": {1: 3}, "y": {}}) is None
    same = kruskal_wallis({"x": {4.0: 3}, "y": {4.0: 2}})
    assert same is not None and same.statistic == 0.0 and same.p_value == 1.0


# -- NPS, engagement, gaps, weakest items -------------------------------------------------------


def test_nps_is_promoters_minus_detractors() -> None:
    figures = nps_figures({10: 5, 9: 1, 8: 2, 6: 1, 0: 1})

    assert figures.n == 10
    assert (figures.promoters, figures.passives, figures.detractors) == (6, 2, 2)
    assert figures.nps == pytest.approx(40.0)
    assert figures.passives_pct == pytest.approx(20.0)
    assert nps_figures({}).nps is None


def test_engagement_index_is_the_mean_of_the_engagement_items_percents() -> None:
    dims = {"Q1": "trust", "Q2": "process", "Q3": "loyalty"}
    assert engagement_items(dims, engagement_survey=False) == ["Q1", "Q3"]
    assert engagement_items({"Q2": "process"}, engagement_survey=True) == ["Q2"]
    assert engagement_items({"Q2": "process"}, engagement_survey=False) == []
    assert engagement_index([80.0, 90.0, None]) == pytest.approx(85.0)
    assert engagement_index([]) is None


def test_gaps_order_and_quadrants() -> None:
    def line(code: str, counts: dict[int, int]):  # type: ignore[no-untyped-def]
        return score_lines(
            [AnswerCount("", code, v, n) for v, n in counts.items()], [Item(code, "", 5)], 5, EQUAL
        )[0]

    pairs = [
        ("A", line("A", {5: 1}), line("A", {3: 1})),  # important, unsatisfying: gap 2
        ("B", line("B", {3: 1}), line("B", {4: 1})),  # exceeds: gap -1
        ("C", line("C", {4: 1}), line("C", {4: 1})),  # equal: exceeds, gap 0
        ("D", None, line("D", {4: 1})),
    ]
    gaps = importance_gaps(pairs)

    assert [g.code for g in gaps] == ["A", "C", "B", "D"]
    a, c, b, d = gaps
    assert a.gap == pytest.approx(2.0) and a.improve_first and not a.exceeds_expectations
    assert b.exceeds_expectations and not b.improve_first
    assert c.exceeds_expectations and c.gap == 0
    assert d.gap is None and d.importance_n == 0 and d.satisfaction_n == 1


def test_weakest_items_by_percent_and_most_dissatisfied_by_share() -> None:
    lines = score_lines(
        [AnswerCount("", "A", 3, 2), AnswerCount("", "B", 5, 1), AnswerCount("", "B", 1, 1),
         AnswerCount("", "C", 4, 1)],
        [Item("A", "", 5), Item("B", "", 5), Item("C", "", 4), Item("D", "", 5)], 5, EQUAL,
    )  # fmt: skip
    items = [line for line in lines if line.level is ResultLevel.ITEM]

    # A and B both 60%: B has the larger dissatisfied share; C 100%; D has no answers
    assert [line.code for line in weakest(items)] == ["B", "A", "C"]
    assert [line.code for line in most_dissatisfied(items)] == ["B", "A", "C"]


def test_target_met() -> None:
    assert target_met(85.0, 85.0) is True
    assert target_met(84.99, 85.0) is False
    assert target_met(None, 85.0) is None and target_met(90.0, None) is None
