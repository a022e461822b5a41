"""The complaint KPIs counted in SQL, paused cases included, give the figures of the domain's
own rules applied case by case (``case_facts`` with ``pauses_from_history``), on a demo whose
cases wait for the complainant: on SQLite and on PostgreSQL (``empty_db``)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from vocdesk.db.models import Complaint, ComplaintCategory, ComplaintStatusChange
from vocdesk.domain.clock import thai_date
from vocdesk.domain.complaints.kpis import Dimension, KpiTally, case_facts
from vocdesk.domain.complaints.service_standard import (
    ServiceStandard,
    pauses_from_history,
    working_days_taken,
)
from vocdesk.domain.complaints.workflow import OPEN_STATUSES, PAUSING_STATUSES
from vocdesk.domain.enums import ComplaintStatus as S
from vocdesk.domain.fiscal import Period, fiscal_year_period, months_of
from vocdesk.services.complaints.kpis import ComplaintKpisService
from vocdesk.services.database import Database
from vocdesk.services.demo.generate import generate_demo
from vocdesk.services.holidays import working_calendar
from vocdesk.services.periods import in_period

TODAY = date(2026, 11, 30)  # as the benchmark's demo: fiscal year 2570 two months old


@pytest.fixture
def demo(empty_db: Database) -> Database:
    generate_demo(empty_db, scale=1, seed=1, today=TODAY)
    return empty_db


def _case_by_case(
    db: Database, period: Period, dimension: Dimension
) -> tuple[dict[str, KpiTally], dict[str, KpiTally], int]:
    """The tallies by key and by month from ``case_facts`` on every case of the period, and how
    many of them ever waited."""
    by_key: dict[str, KpiTally] = {}
    by_month: dict[str, KpiTally] = {}
    waited = 0
    with db.session_scope() as session:
        cases = session.execute(
            select(Complaint, ComplaintCategory)
            .join(ComplaintCategory, Complaint.category_id == ComplaintCategory.id)
            .where(in_period(Complaint.received_at, period))
        ).all()
        history: dict[object, list[tuple[date, object]]] = {}
        for change in session.scalars(
            select(ComplaintStatusChange).order_by(ComplaintStatusChange.changed_at)
        ):
            history.setdefault(change.complaint_id, []).append(
                (thai_date(change.changed_at), change.to_status)
            )
        calendars = {}
        for complaint, category in cases:
            if complaint.office_id not in calendars:
                calendars[complaint.office_id] = working_calendar(session, complaint.office_id)
            calendar = calendars[complaint.office_id]
            changes = history.get(complaint.id, [])
            waited += any(status in PAUSING_STATUSES for _, status in changes)
            pauses = pauses_from_history(changes, TODAY)  # type: ignore[arg-type]

            def day(moment: object) -> date | None:
                return None if moment is None else thai_date(moment)  # type: ignore[arg-type]

            received_on = thai_date(complaint.received_at)
            resolved_on = day(complaint.resolved_at)
            facts = case_facts(
                received_on=received_on, today=TODAY, calendar=calendar,
                standard=ServiceStandard(
                    acknowledge_days=category.acknowledge_days, resolve_days=category.resolve_days,
                    first_response_days=category.first_response_days,
                    notify_days=category.notify_days,
                ),
                acknowledged_on=day(complaint.acknowledged_at), resolved_on=resolved_on,
                first_response_on=day(complaint.first_response_at),
                notified_on=day(complaint.notified_at),
                is_open=complaint.status in OPEN_STATUSES,
                waiting_now=complaint.status in PAUSING_STATUSES, pauses=pauses,
                reopen_count=complaint.reopen_count, follow_up_score=complaint.follow_up_score,
                trust_restored=complaint.trust_restored,
            )  # fmt: skip
            due_on = complaint.due_on
            if not facts.is_open and due_on is not None and resolved_on is not None:
                # A finished case is judged by the due date it was closed with.
                in_time = (
                    resolved_on <= due_on
                    or working_days_taken(calendar, due_on, resolved_on, pauses) == 0
                )
                facts = dataclasses.replace(facts, resolved_in_time=in_time)
            group = {
                Dimension.CATEGORY: complaint.category_id,
                Dimension.OFFICE: complaint.office_id,
            }[dimension]
            key = "" if group is None else group.hex
            for tally in (by_key.setdefault(key, KpiTally()),
                          by_month.setdefault(received_on.isoformat()[:7], KpiTally())):  # fmt: skip
                tally.add_case(facts)
    return by_key, by_month, waited


@pytest.mark.parametrize("year", [2569, 2570])
@pytest.mark.parametrize("dimension", [Dimension.CATEGORY, Dimension.OFFICE])
def test_paused_cases_counted_in_sql_match_the_case_by_case_rules(
    demo: Database, year: int, dimension: Dimension
) -> None:
    period = fiscal_year_period(year)
    by_key, by_month, waited = _case_by_case(demo, period, dimension)
    assert waited >= 3  # the demo's cases wait: the pauses are what is compared

    report = ComplaintKpisService(demo, today=lambda: TODAY).report(period, dimension)

    total = KpiTally()
    for tally in by_key.values():
        total.add(tally)
    assert report.total == total.figures()
    assert {group.key: group.figures for group in report.groups} == {
        key: tally.figures() for key, tally in by_key.items()
    }
    assert [m.figures for m in report.months] == [
        by_month.get(m.start.isoformat()[:7], KpiTally()).figures() for m in months_of(period)
    ]


def _add_pauses(db: Database, period: Period) -> None:
    """Give some of the period's cases the histories the demo lacks: two pauses, a pausing
    status entered twice in one pause, a pause left on the day it began, a pause still open,
    changes either side of 17:00 UTC (midnight in Thailand), and the cases of two offices."""
    hours = {"WAITING": S.WAITING, "WORK": S.IN_PROGRESS}
    plans = [
        # (days after receipt, UTC hour, status) ...
        [(1, 3, "WAITING"), (2, 3, "WAITING"), (4, 18, "WORK"), (6, 20, "WAITING"), (9, 2, "WORK")],
        [(1, 3, "WAITING"), (1, 5, "WORK"), (3, 16, "WAITING"), (3, 17, "WORK")],
        [(2, 1, "WAITING")],  # never resumed: runs to today
        [(0, 23, "WAITING"), (12, 9, "WORK"), (13, 9, "WAITING"), (30, 9, "WORK")],
        [(5, 4, "WORK"), (6, 4, "WAITING"), (6, 4, "WORK")],  # left at the same moment's day
    ]
    with db.session_scope() as session:
        cases = session.scalars(
            select(Complaint)
            .where(in_period(Complaint.received_at, period))
            .order_by(Complaint.office_id, Complaint.number)
        ).all()
        offices: dict[object, list[Complaint]] = {}
        for complaint in cases:
            offices.setdefault(complaint.office_id, []).append(complaint)
        chosen = [c for group in offices.values() for c in group[: len(plans)]]
        for index, complaint in enumerate(chosen):
            received = complaint.received_at
            if received.tzinfo is None:
                received = received.replace(tzinfo=UTC)
            base = datetime(received.year, received.month, received.day, tzinfo=UTC)
            for offset, (days, hour, status) in enumerate(plans[index % len(plans)]):
                session.add(ComplaintStatusChange(
                    complaint_id=complaint.id, to_status=hours[status],
                    changed_at=base + timedelta(days=days, hours=hour, seconds=offset),
                ))  # fmt: skip


@pytest.mark.parametrize("dimension", [Dimension.OFFICE])
def test_several_pauses_of_one_case_are_counted_as_the_domain_counts_them(
    demo: Database, dimension: Dimension
) -> None:
    period = fiscal_year_period(2569)
    _add_pauses(demo, period)
    by_key, by_month, _ = _case_by_case(demo, period, dimension)

    report = ComplaintKpisService(demo, today=lambda: TODAY).report(period, dimension)

    assert {group.key: group.figures for group in report.groups} == {
        key: tally.figures() for key, tally in by_key.items()
    }
    assert [m.figures for m in report.months] == [
        by_month.get(m.start.isoformat()[:7], KpiTally()).figures() for m in months_of(period)
    ]
