"""Period summaries of the listening log, against counts worked out by hand."""

from __future__ import annotations

from datetime import date

from plan_fixtures import add_entry, catalogue

from vocdesk.domain.enums import FeedbackType, LifecycleStage
from vocdesk.domain.fiscal import fiscal_half, fiscal_year_period, period_for
from vocdesk.services.database import Database
from vocdesk.services.listening.summary import ListeningSummaryService


def _fill(db: Database):  # noqa: ANN202
    cat = catalogue(db)
    rows = [
        # Thai time,          channel,    stage,    type,         segment,          service
        ("2025-09-30 23:59", "walk_in", "during", "complaint", "general_public", "licence"),  # out
        ("2025-10-01 00:00", "walk_in", "during", "complaint", "general_public", "licence"),
        ("2025-10-15 10:00", "walk_in", "before", "inquiry", "general_public", "advice"),
        ("2025-10-20 10:00", "phone", "during", "inquiry", "partners", "advice"),
        ("2025-11-03 10:00", "walk_in", "after", "compliment", "general_public", None),
        ("2025-11-04 10:00", "line_oa", "after", "compliment", None, "licence"),
        ("2025-12-31 23:59", "line_oa", "after", "suggestion", "general_public", "licence"),
        ("2026-01-01 00:00", "phone", "before", "need", "partners", None),  # quarter 2
        ("2026-04-01 08:00", "email", "during", "complaint", "general_public", "licence"),  # half 2
    ]
    for at, channel, stage, kind, segment, service in rows:
        add_entry(db, cat, at, channel, stage, kind, segment, service)
    return cat


def test_a_quarter_is_counted_by_channel_and_stage_type_segment_service_and_month(
    empty_db: Database,
) -> None:
    cat = _fill(empty_db)

    summary = ListeningSummaryService(empty_db).summary(period_for("quarter", 2569, 1))

    assert summary.total == 6
    rows = {r.channel.en: r.by_stage for r in summary.channel_stage if r.total}
    assert rows == {
        "Walk-in counter": (1, 1, 1),
        "LINE official account": (0, 0, 2),
        "Telephone": (0, 1, 0),
    }
    assert summary.channel_stage[0].channel.en == "Walk-in counter"  # most used first
    assert summary.stage_totals() == (1, 2, 3)
    assert len(summary.channel_stage) == 15  # unused active channels are listed too, with zeros
    types = {t.type: t.count for t in summary.by_type}
    assert types == {
        FeedbackType.NEED: 0, FeedbackType.EXPECTATION: 0, FeedbackType.SUGGESTION: 1,
        FeedbackType.COMPLIMENT: 2, FeedbackType.INQUIRY: 2, FeedbackType.COMPLAINT: 1,
        FeedbackType.OTHER: 0,
    }  # fmt: skip
    assert [(s.id, s.count) for s in summary.by_segment] == [
        (cat.segments["general_public"], 4),
        (cat.segments["partners"], 1),
        (None, 1),
    ]
    assert summary.by_segment[0].name.th == "ประชาชนทั่วไป"
    assert [(s.id, s.count) for s in summary.by_service] == [
        (cat.services["licence"], 3),
        (cat.services["advice"], 2),
        (None, 1),
    ]
    assert [(m.month.start, m.count) for m in summary.monthly] == [
        (date(2025, 10, 1), 3),
        (date(2025, 11, 1), 2),
        (date(2025, 12, 1), 1),
    ]
    assert summary.stages == tuple(LifecycleStage)


def test_a_fiscal_year_has_twelve_months_from_october_and_halves_split_at_april(
    empty_db: Database,
) -> None:
    _fill(empty_db)
    service = ListeningSummaryService(empty_db)

    year = service.summary(fiscal_year_period(2569))
    first, second = service.summary(fiscal_half(2569, 1)), service.summary(fiscal_half(2569, 2))

    assert year.total == 8 and first.total == 7 and second.total == 1
    assert [m.month.start.month for m in year.monthly] == [10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9]
    assert [m.count for m in year.monthly] == [3, 2, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0]
    assert sum(m.count for m in year.monthly) == year.total


def test_an_empty_period_gives_zeros_everywhere_and_no_named_rows(empty_db: Database) -> None:
    _fill(empty_db)
    steps = []

    summary = ListeningSummaryService(empty_db).summary(
        period_for("month", 2568, 1), lambda d, t: steps.append(d)
    )

    assert summary.total == 0
    assert all(r.total == 0 for r in summary.channel_stage)
    assert summary.by_segment == () and summary.by_service == ()
    assert [m.count for m in summary.monthly] == [0]
    assert steps == [1, 2, 3]
