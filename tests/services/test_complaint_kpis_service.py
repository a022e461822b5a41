"""Complaint KPIs gathered from a real database give the figures counted by hand.

The same five cases as tests/unit/test_complaint_kpis.py, written as rows: the SQL counting
(working days numbered in a temporary table) must agree with the pure rules.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from vocdesk.db.models import (
    Channel,
    Complaint,
    ComplaintCategory,
    ComplaintStatusChange,
    Holiday,
    Office,
)
from vocdesk.domain.complaints.kpis import Dimension
from vocdesk.domain.enums import ComplaintStatus as S
from vocdesk.domain.fiscal import Period, fiscal_year_period, period_for
from vocdesk.services.complaints.kpis import ComplaintKpisService
from vocdesk.services.database import Database

TODAY = date(2024, 10, 31)
OCTOBER = period_for("month", 2568, 1)


def _moment(day: date | None) -> datetime | None:
    """09:30 Thai time on ``day``, stored in UTC."""
    return None if day is None else datetime(day.year, day.month, day.day, 2, 30, tzinfo=UTC)


@pytest.fixture
def db(empty_db: Database) -> Database:
    with empty_db.session_scope() as session:
        session.add_all(
            [
                Holiday(day=date(2024, 10, 14), name="ชดเชย"),
                Holiday(day=date(2024, 10, 23), name="ปิยมหาราช"),
            ]
        )
        road = ComplaintCategory(
            code="road", name_th="ถนน", name_en="Roads", acknowledge_days=1, resolve_days=5
        )
        water = ComplaintCategory(
            code="water", name_th="ประปา", name_en="Water", acknowledge_days=1, resolve_days=5
        )
        office = Office(code="north", name_th="สำนักงานเหนือ", name_en="North office")
        session.add_all([road, water, office])
        session.flush()
        hotline = session.scalar(select(Channel.id).where(Channel.code == "hotline_1111"))
        walk_in = session.scalar(select(Channel.id).where(Channel.code == "walk_in"))
        cases = [
            # number, received, acknowledged, resolved, status, reopens, score, category, channel
            (
                "A",
                date(2024, 10, 1),
                date(2024, 10, 2),
                date(2024, 10, 7),
                S.CLOSED,
                0,
                5,
                road,
                hotline,
            ),
            (
                "B",
                date(2024, 10, 4),
                date(2024, 10, 7),
                date(2024, 10, 15),
                S.RESOLVED,
                1,
                2,
                road,
                walk_in,
            ),
            (
                "C",
                date(2024, 10, 12),
                date(2024, 10, 16),
                None,
                S.IN_PROGRESS,
                0,
                None,
                water,
                hotline,
            ),
            ("D", date(2024, 10, 30), None, None, S.RECEIVED, 0, None, water, hotline),
            (
                "E",
                date(2024, 10, 21),
                date(2024, 10, 21),
                date(2024, 10, 24),
                S.CLOSED,
                0,
                4,
                road,
                hotline,
            ),
            # received the day before the period: not counted
            ("Z", date(2024, 9, 30), None, None, S.RECEIVED, 0, None, water, hotline),
        ]
        for sequence, (
            number,
            received,
            acknowledged,
            resolved,
            status,
            reopens,
            score,
            category,
            channel,
        ) in enumerate(cases, 1):
            session.add(Complaint(
                fiscal_year=2568, sequence=sequence, number=number, received_at=_moment(received),
                channel_id=channel, subject=f"เรื่อง {number}", category_id=category.id, status=status,
                acknowledged_at=_moment(acknowledged), resolved_at=_moment(resolved), reopen_count=reopens,
                follow_up_score=score, unit="กองช่าง" if category is road else "", office_id=office.id,
                trust_restored={"A": True, "B": False}.get(number),
            ))  # fmt: skip
    return empty_db


def _service(db: Database) -> ComplaintKpisService:
    return ComplaintKpisService(db, today=lambda: TODAY)


def test_period_figures_match_the_hand_count(db: Database) -> None:
    report = _service(db).report(OCTOBER)
    figures = report.total

    assert figures.received == 5
    assert (figures.open, figures.overdue) == (2, 1)
    assert figures.acknowledged_pct == pytest.approx(75.0)
    assert figures.resolved_pct == pytest.approx(50.0)
    assert (figures.resolved, figures.mean_days, figures.median_days) == (3, 4.0, 4.0)
    assert figures.reopen_rate == pytest.approx(100 / 3)
    assert figures.satisfaction_mean == pytest.approx(11 / 3)
    assert figures.satisfied_pct == pytest.approx(200 / 3)
    assert figures.trust_restored_pct == pytest.approx(50.0)


def test_breakdown_by_category_names_each_group(db: Database) -> None:
    report = _service(db).report(OCTOBER, Dimension.CATEGORY)

    assert [(g.name.en, g.figures.received) for g in report.groups] == [("Roads", 3), ("Water", 2)]
    water = report.groups[1].figures
    assert (water.open, water.overdue, water.acknowledged_pct, water.resolved_pct) == (
        2,
        1,
        0.0,
        0.0,
    )


def test_breakdown_by_channel_unit_office_and_segment(db: Database) -> None:
    service = _service(db)

    channels = service.report(OCTOBER, Dimension.CHANNEL).groups
    assert [(g.name.th, g.figures.received) for g in channels] == [
        ("สายด่วนรัฐบาล 1111", 4),
        ("ติดต่อด้วยตนเอง", 1),
    ]
    units = service.report(OCTOBER, Dimension.UNIT).groups
    assert [(g.name.th, g.figures.received) for g in units] == [("กองช่าง", 3), ("", 2)]
    offices = service.report(OCTOBER, Dimension.OFFICE).groups
    assert [(g.name.en, g.figures.received) for g in offices] == [("North office", 5)]
    segments = service.report(OCTOBER, Dimension.SEGMENT).groups
    assert [(g.key, g.figures.received) for g in segments] == [
        ("", 5)
    ]  # no complainant in a segment


def test_months_of_a_fiscal_year_each_have_their_cases(db: Database) -> None:
    report = _service(db).report(fiscal_year_period(2568))

    assert len(report.months) == 12
    assert report.months[0].month == OCTOBER
    assert [m.figures.received for m in report.months] == [5] + [0] * 11
    assert report.total.received == 5
    october = report.months[0].figures  # a month's days and scores are as whole as the total's
    assert (october.resolved, october.mean_days, october.median_days) == (3, 4.0, 4.0)
    assert october.satisfaction_mean == pytest.approx(11 / 3)


def test_paused_days_of_a_waiting_case_do_not_count(db: Database) -> None:
    # F: received Tue 1 Oct, waiting Mon 7 until work resumed Thu 10, resolved Fri 11: 8 working
    # days less 3 paused = 5, in time. With A, B, E: days 4, 6, 2, 5.
    with db.session_scope() as session:
        road = session.scalar(select(ComplaintCategory).where(ComplaintCategory.code == "road"))
        channel = session.scalar(select(Channel.id).limit(1))
        case = Complaint(
            fiscal_year=2568, sequence=99, number="F", received_at=_moment(date(2024, 10, 1)),
            channel_id=channel, subject="F", category_id=road.id, status=S.RESOLVED,
            acknowledged_at=_moment(date(2024, 10, 1)), resolved_at=_moment(date(2024, 10, 11)),
        )  # fmt: skip
        session.add(case)
        session.flush()
        for day, before, after in [(date(2024, 10, 7), S.IN_PROGRESS, S.WAITING),
                                   (date(2024, 10, 10), S.WAITING, S.IN_PROGRESS),
                                   (date(2024, 10, 11), S.IN_PROGRESS, S.RESOLVED)]:  # fmt: skip
            session.add(ComplaintStatusChange(complaint_id=case.id, changed_at=_moment(day),
                                              from_status=before, to_status=after))  # fmt: skip

    figures = _service(db).report(OCTOBER).total

    assert figures.received == 6
    assert figures.resolved_pct == pytest.approx(60.0)  # A, E, F of A, B, C, E, F
    assert (figures.mean_days, figures.median_days) == (4.25, 4.5)


def test_fiscal_years_run_from_the_first_case_to_this_year(db: Database) -> None:
    service = ComplaintKpisService(db, today=lambda: date(2026, 11, 28))
    assert service.fiscal_years() == [2570, 2569, 2568, 2567]  # case Z is of 30 Sep 2024 (FY 2567)


def test_an_empty_period_has_no_percentages(db: Database) -> None:
    report = _service(db).report(Period(date(2023, 1, 1), date(2023, 1, 31)))
    assert report.total.received == 0 and report.total.resolved_pct is None and report.groups == []
    assert len(report.months) == 1 and report.months[0].month.end == date(2023, 1, 31)


def test_each_report_renumbers_the_days_for_its_own_period(db: Database) -> None:
    service = _service(db)
    first = service.report(OCTOBER).total
    service.report(Period(date(2024, 9, 1), date(2024, 9, 30)))
    assert service.report(OCTOBER).total == first


def test_first_response_and_result_notified_within_standard_counted_by_hand(
    empty_db: Database,
) -> None:
    # First response within 3 working days, the result told within 15; 14 and 23 Oct are holidays.
    with empty_db.session_scope() as session:
        session.add_all(
            [
                Holiday(day=date(2024, 10, 14), name="ชดเชย"),
                Holiday(day=date(2024, 10, 23), name="ปิยมหาราช"),
            ]
        )
        category = ComplaintCategory(code="ita", name_th="ทั่วไป", name_en="General", acknowledge_days=1,
                                     first_response_days=3, resolve_days=10, notify_days=15)  # fmt: skip
        session.add(category)
        session.flush()
        channel = session.scalar(select(Channel.id).where(Channel.code == "walk_in"))
        cases = [
            # received, first response, told the result, status: (first response, told) in time?
            (
                date(2024, 10, 1),
                date(2024, 10, 4),
                date(2024, 10, 21),
                S.CLOSED,
            ),  # 3 days yes; 13 yes
            (date(2024, 10, 1), date(2024, 10, 7), date(2024, 10, 25), S.CLOSED),  # 4 no; 16 no
            (date(2024, 10, 10), None, None, S.IN_PROGRESS),  # 13 days so far: no; not yet decided
            (date(2024, 10, 29), None, None, S.RECEIVED),  # 2 days so far: neither decided
            # Waited Wed 2 to Mon 7 (2-4 Oct paused): responded Thu 10 = 7 - 3 = 4 days, no;
            # told Tue 22 = 14 - 3 = 11 days, yes.
            (date(2024, 10, 1), date(2024, 10, 10), date(2024, 10, 22), S.RESOLVED),
        ]
        for sequence, (received, responded, told, status) in enumerate(cases, 1):
            case = Complaint(fiscal_year=2568, sequence=sequence, number=f"N{sequence}", received_at=_moment(received),
                             channel_id=channel, subject="เรื่อง", category_id=category.id, status=status,
                             acknowledged_at=_moment(responded), first_response_at=_moment(responded),
                             resolved_at=_moment(told), notified_at=_moment(told))  # fmt: skip
            session.add(case)
        session.flush()
        session.add_all(ComplaintStatusChange(complaint_id=case.id, changed_at=_moment(day), from_status=None,
                                              to_status=status, note="")
                        for day, status in ((date(2024, 10, 1), S.RECEIVED), (date(2024, 10, 2), S.WAITING),
                                            (date(2024, 10, 7), S.IN_PROGRESS), (date(2024, 10, 22), S.RESOLVED)))  # fmt: skip

    total = ComplaintKpisService(empty_db, today=lambda: TODAY).report(OCTOBER).total

    assert total.first_response_pct == pytest.approx(25.0)  # 1 of 4 decided
    assert total.notified_pct == pytest.approx(200 / 3)  # 2 of 3 decided
