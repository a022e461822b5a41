"""The coverage matrix: plan beside what was heard, cell by cell, worked out by hand."""

from __future__ import annotations

from vocdesk.domain.enums import LifecycleStage
from vocdesk.domain.listening.coverage import (
    CoverageStatus,
    PlannedMethod,
    build_coverage,
)

BEFORE, DURING, AFTER = LifecycleStage.BEFORE, LifecycleStage.DURING, LifecycleStage.AFTER


def _plan() -> list[PlannedMethod]:
    return [
        PlannedMethod("public", BEFORE, "website", "ถามตอบบนเว็บไซต์"),
        PlannedMethod("public", DURING, "walk_in", "สอบถามที่เคาน์เตอร์"),
        PlannedMethod("public", DURING, "line_oa", "แชตไลน์"),
        PlannedMethod("business", AFTER, "survey_comment", "แบบสำรวจความพึงพอใจ"),
    ]


def test_each_cell_says_whether_the_plan_covers_it_and_whether_anything_was_heard() -> None:
    # Given a plan for two segments and entries counted by segment, stage and channel
    counts = {
        ("public", DURING, "walk_in"): 40,
        ("public", DURING, "phone"): 5,
        ("public", AFTER, "facebook"): 3,
        ("business", BEFORE, "email"): 0,
    }

    # When the matrix is built
    matrix = build_coverage(["public", "business"], _plan(), counts)

    # Then every segment has one cell per stage, with its status
    assert [row.segment for row in matrix.rows] == ["public", "business"]
    assert matrix.cell("public", BEFORE).status is CoverageStatus.NOT_HEARD
    assert matrix.cell("public", DURING).status is CoverageStatus.COVERED
    assert matrix.cell("public", AFTER).status is CoverageStatus.UNPLANNED
    assert matrix.cell("business", BEFORE).status is CoverageStatus.GAP  # a zero count is silence
    assert matrix.cell("business", DURING).status is CoverageStatus.GAP
    assert matrix.cell("business", AFTER).status is CoverageStatus.NOT_HEARD
    during = matrix.cell("public", DURING)
    assert during.heard == 45
    assert during.heard_by_channel == (("walk_in", 40), ("phone", 5))
    assert during.heard_through_plan == 40  # the phone is not in the plan for this cell
    assert during.silent_channels == ("line_oa",)  # planned, nothing came through it
    assert [p.method for p in during.planned] == ["สอบถามที่เคาน์เตอร์", "แชตไลน์"]


def test_totals_and_status_counts_add_up_over_the_whole_matrix() -> None:
    counts = {("public", DURING, "walk_in"): 40, ("public", AFTER, "facebook"): 3}

    matrix = build_coverage(["public", "business"], _plan(), counts)

    assert matrix.heard == 43
    assert matrix.rows[0].heard == 43 and matrix.rows[1].heard == 0
    assert (matrix.stage_total(BEFORE), matrix.stage_total(DURING), matrix.stage_total(AFTER)) == (
        0,
        40,
        3,
    )
    assert matrix.count(CoverageStatus.COVERED) == 1
    assert matrix.count(CoverageStatus.NOT_HEARD) == 2
    assert matrix.count(CoverageStatus.UNPLANNED) == 1
    assert matrix.count(CoverageStatus.GAP) == 2


def test_segments_known_only_to_the_plan_or_the_log_get_rows_and_no_segment_comes_last() -> None:
    plan = [*_plan(), PlannedMethod("retired_group", BEFORE, "letter")]
    counts = {(None, DURING, "hotline"): 7, ("farmers", AFTER, "field_visit"): 2}

    matrix = build_coverage(["public", "business"], plan, counts)

    assert [row.segment for row in matrix.rows] == [
        "public",
        "business",
        "retired_group",
        "farmers",
        None,
    ]
    assert matrix.cell(None, DURING).status is CoverageStatus.UNPLANNED
    assert matrix.heard == 9  # nothing heard drops out of the totals


def test_an_empty_plan_and_log_give_a_matrix_of_gaps() -> None:
    matrix = build_coverage(["public"], [], {})

    assert [cell.status for cell in matrix.cells()] == [CoverageStatus.GAP] * 3
    assert matrix.heard == 0


def test_a_channel_planned_twice_in_one_cell_is_named_once_when_silent() -> None:
    plan = [
        PlannedMethod("public", BEFORE, "website", "a"),
        PlannedMethod("public", BEFORE, "website", "b"),
    ]

    cell = build_coverage(["public"], plan, {}).cell("public", BEFORE)

    assert cell.silent_channels == ("website",)
    assert len(cell.planned) == 2
