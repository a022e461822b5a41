"""The listening plan: lines kept, checked and searched; the coverage matrix of a period."""

from __future__ import annotations

from datetime import date

import pytest
from plan_fixtures import add_entry, catalogue

from vocdesk.domain.enums import LifecycleStage
from vocdesk.domain.fiscal import Period, fiscal_quarter
from vocdesk.domain.listening.coverage import CoverageStatus
from vocdesk.domain.listening.improvement import ListeningFrequency
from vocdesk.domain.messages import UserError
from vocdesk.domain.tables import TableQuery
from vocdesk.services.database import Database
from vocdesk.services.listening.plan import ListeningPlanService, PlanItemInput

BEFORE, DURING, AFTER = LifecycleStage.BEFORE, LifecycleStage.DURING, LifecycleStage.AFTER


def _item(
    cat, segment: str, stage: LifecycleStage, channel: str, method: str, **extra
) -> PlanItemInput:  # noqa: ANN001
    return PlanItemInput(cat.segments[segment], stage, cat.channels[channel], method, **extra)


def test_plan_lines_are_added_listed_in_segment_and_stage_order_changed_and_deleted(
    empty_db: Database,
) -> None:
    cat = catalogue(empty_db)
    service = ListeningPlanService(empty_db)
    after = service.add_item(_item(cat, "general_public", AFTER, "survey_comment", "แบบสำรวจความพึงพอใจ",
                                   frequency=ListeningFrequency.YEARLY, owner="กลุ่มงานแผน"))  # fmt: skip
    before = service.add_item(_item(cat, "general_public", BEFORE, "website", "  ถามตอบบนเว็บไซต์  "))

    rows = service.list_items(TableQuery())
    assert [r.id for r in rows] == [before, after]
    assert rows[0].method == "ถามตอบบนเว็บไซต์"  # trimmed
    assert rows[1].frequency is ListeningFrequency.YEARLY and rows[1].owner == "กลุ่มงานแผน"
    assert rows[1].segment.th == "ประชาชนทั่วไป"
    assert service.count_items(TableQuery()) == 2

    changed = _item(cat, "general_public", DURING, "walk_in", "สอบถามที่เคาน์เตอร์", active=False)
    service.update_item(before, changed)
    assert service.get_item(before).as_input() == changed

    service.delete_item(after)
    assert [r.id for r in service.list_items(TableQuery())] == [before]
    with pytest.raises(UserError, match="no longer exists"):
        service.delete_item(after)


def test_the_plan_is_searched_in_thai_inside_words_and_by_channel_name(empty_db: Database) -> None:
    cat = catalogue(empty_db)
    service = ListeningPlanService(empty_db)
    survey = service.add_item(
        _item(cat, "general_public", AFTER, "survey_comment", "แบบสำรวจความพึงพอใจ")
    )
    service.add_item(_item(cat, "general_public", BEFORE, "website", "ถามตอบบนเว็บไซต์"))

    assert [r.id for r in service.list_items(TableQuery(search="พึงพอใจ"))] == [survey]
    assert service.count_items(TableQuery(search="Website")) == 1
    assert service.count_items(TableQuery(search="ไม่มีคำนี้")) == 0


def test_a_plan_line_without_a_method_or_with_an_unknown_segment_is_refused(
    empty_db: Database,
) -> None:
    cat = catalogue(empty_db)
    service = ListeningPlanService(empty_db)

    with pytest.raises(UserError, match="Name the listening method"):
        service.add_item(_item(cat, "general_public", BEFORE, "website", "   "))
    bad_segment = PlanItemInput(cat.channels["website"], BEFORE, cat.channels["website"], "x")
    with pytest.raises(UserError, match="Choose the segment"):
        service.add_item(bad_segment)
    assert service.count_items(TableQuery()) == 0


def test_coverage_counts_only_the_period_in_thai_days_and_marks_each_cell(
    empty_db: Database,
) -> None:
    # Given a plan for the general public and entries around quarter 1 of fiscal year 2569
    cat = catalogue(empty_db)
    service = ListeningPlanService(empty_db)
    service.add_item(_item(cat, "general_public", BEFORE, "website", "ถามตอบบนเว็บไซต์"))
    service.add_item(_item(cat, "general_public", DURING, "walk_in", "สอบถามที่เคาน์เตอร์"))
    service.add_item(_item(cat, "general_public", DURING, "line_oa", "แชตไลน์"))
    service.add_item(_item(cat, "general_public", AFTER, "email", "อีเมลติดตามผล", active=False))
    add_entry(empty_db, cat, "2025-09-30 23:59", "walk_in", "during")  # the day before: out
    add_entry(empty_db, cat, "2025-10-01 00:00", "walk_in", "during")  # the first minute: in
    add_entry(empty_db, cat, "2025-11-15 10:00", "walk_in", "during")
    add_entry(empty_db, cat, "2025-11-15 11:00", "phone", "during")
    add_entry(empty_db, cat, "2025-12-31 23:59", "facebook", "after")  # the last minute: in
    add_entry(empty_db, cat, "2025-12-01 09:00", "letter", "before", segment="partners")
    add_entry(empty_db, cat, "2025-12-02 09:00", "hotline_1111", "during", segment=None)
    add_entry(empty_db, cat, "2026-01-01 00:00", "website", "before")  # the next quarter: out

    # When the coverage of quarter 1 is read
    report = service.coverage(fiscal_quarter(2569, 1))

    # Then each cell counts the entries of the quarter and says what is missing
    public, partners = cat.segments["general_public"], cat.segments["partners"]
    matrix = report.matrix
    assert report.period == Period(date(2025, 10, 1), date(2025, 12, 31))
    assert matrix.cell(public, BEFORE).status is CoverageStatus.NOT_HEARD
    during = matrix.cell(public, DURING)
    assert during.status is CoverageStatus.COVERED
    assert during.heard == 3 and during.heard_through_plan == 2
    assert during.silent_channels == (cat.channels["line_oa"],)
    assert (
        matrix.cell(public, AFTER).status is CoverageStatus.UNPLANNED
    )  # the e-mail line is inactive
    assert matrix.cell(partners, BEFORE).status is CoverageStatus.UNPLANNED
    assert matrix.cell(partners, DURING).status is CoverageStatus.GAP
    assert matrix.rows[-1].segment is None and matrix.cell(None, DURING).heard == 1
    assert matrix.heard == 6
    assert report.segment_name(public).th == "ประชาชนทั่วไป"
    assert report.channel_name(cat.channels["line_oa"]).en
    # every active default segment has a row, in the catalogue's order, before "no segment"
    assert len(matrix.rows) == len(service.segment_choices()) + 1
    assert [r.segment for r in matrix.rows[:-1]] == [c.id for c in service.segment_choices()]


def test_the_plan_reads_in_the_catalogues_order_unless_a_column_is_sorted(
    empty_db: Database,
) -> None:
    cat = catalogue(empty_db)
    service = ListeningPlanService(empty_db)
    community = service.add_item(_item(cat, "community", BEFORE, "field_visit", "ลงพื้นที่"))
    public_after = service.add_item(_item(cat, "general_public", AFTER, "phone", "โทรติดตามผล"))
    public_before = service.add_item(_item(cat, "general_public", BEFORE, "website", "เว็บไซต์"))

    natural = [r.id for r in service.list_items(TableQuery())]
    by_thai_name = [r.id for r in service.list_items(TableQuery(sort_key="segment"))]

    assert natural == [public_before, public_after, community]  # general public comes first
    assert by_thai_name[0] == community  # ชุมชน… sorts before ประชาชน…
