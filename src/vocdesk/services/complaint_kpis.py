"""Complaint KPIs for a period, gathered in SQL so that 200,000 cases stay interactive.

The rules are ``vocdesk.domain.complaint_kpis`` (and ``service_standard`` for "in time"). Here
the database does the counting: a temporary table numbers every calendar day by the working days
up to it (weekends and the agency's holidays skipped), so "working days from receipt to result"
is a subtraction of two looked-up numbers, and one ``GROUP BY`` over the period's cases (read
through the received-date index) gives the additive tallies the domain turns into figures.
Cases that were ever paused (waiting) need their history; they are few, and are decided one by
one in Python with the same rules.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Column, ColumnElement, Integer, MetaData, String, Table, and_, case, exists, func, insert, or_, select
from sqlalchemy.orm import Session, aliased

from vocdesk.db.models import (
    Channel,
    Complaint,
    ComplaintCategory,
    ComplaintStatusChange,
    Holiday,
    Office,
    Segment,
    Stakeholder,
)
from vocdesk.db.repositories.query import Named
from vocdesk.domain.clock import start_of_thai_day, thai_date, thai_today
from vocdesk.domain.complaint_kpis import (
    CaseFacts,
    Dimension,
    KpiFigures,
    KpiTally,
    case_facts,
)
from vocdesk.domain.complaint_workflow import OPEN_STATUSES, PAUSING_STATUSES
from vocdesk.domain.fiscal import Period, fiscal_year_be
from vocdesk.domain.service_standard import ServiceStandard, pauses_from_history
from vocdesk.domain.working_days import WorkingCalendar
from vocdesk.services.database import Database

__all__ = ["ComplaintKpiReport", "ComplaintKpisService", "Dimension", "KpiGroup", "MonthFigures", "Named"]

_ONE_DAY = timedelta(days=1)
_MARGIN = timedelta(days=3 * 366)  # results recorded up to three years after the period

# Not part of the schema (no migration): built per report on the report's own connection.
_DAYS = Table(
    "kpi_working_day",
    MetaData(),
    Column("day", String(10), primary_key=True),  # ISO date, as SQLite's date() writes it
    Column("n", Integer, nullable=False),  # working days from the table's first day up to this one
    prefixes=["TEMPORARY"],
)


@dataclass(frozen=True)
class KpiGroup:
    key: str
    name: Named  # the category's, channel's, ... name; empty for cases without one
    figures: KpiFigures


@dataclass(frozen=True)
class MonthFigures:
    month: Period
    figures: KpiFigures


@dataclass(frozen=True)
class ComplaintKpiReport:
    period: Period
    today: date
    dimension: Dimension
    total: KpiFigures
    groups: list[KpiGroup]  # most cases first
    months: list[MonthFigures]  # every calendar month of the period, in order


def _thai_day(column: Any) -> ColumnElement[str]:
    """The Thai calendar day (ISO text) of a stored UTC moment."""
    return func.date(column, "+7 hours")


def _key_column(dimension: Dimension) -> ColumnElement[Any]:
    return {
        Dimension.CATEGORY: Complaint.category_id,
        Dimension.CHANNEL: Complaint.channel_id,
        Dimension.SEGMENT: Stakeholder.segment_id,
        Dimension.UNIT: Complaint.unit,
        Dimension.OFFICE: Complaint.office_id,
    }[dimension]


def _key_text(value: Any) -> str:
    return "" if value is None else str(value)


def _months(period: Period) -> list[Period]:
    months: list[Period] = []
    start = period.start
    while start <= period.end:
        following = date(start.year + start.month // 12, start.month % 12 + 1, 1)
        months.append(Period(start, min(following - _ONE_DAY, period.end)))
        start = following
    return months


class ComplaintKpisService:
    def __init__(self, db: Database, today: Callable[[], date] = thai_today) -> None:
        self._db = db
        self._today = today

    def fiscal_years(self) -> list[int]:
        """The fiscal years (B.E.) from the first case to this year, latest first."""
        current = fiscal_year_be(self._today())
        with self._db.session_scope() as session:
            first = session.scalar(select(func.min(Complaint.received_at)))
        oldest = min(current, fiscal_year_be(thai_date(first))) if first else current
        return list(range(current, oldest - 1, -1))

    def report(self, period: Period, dimension: Dimension = Dimension.CATEGORY) -> ComplaintKpiReport:
        today = self._today()
        dimension = Dimension(dimension)
        with self._db.session_scope() as session:
            calendar = WorkingCalendar(session.scalars(select(Holiday.day)))
            by_key, by_month = self._tallies(session, period, dimension, calendar, today)
            names = self._names(session, dimension, by_key)
        total = KpiTally()
        for tally_ in by_key.values():
            total.add(tally_)
        groups = [
            KpiGroup(key, names.get(key, Named(key, key)), tally_.figures())
            for key, tally_ in sorted(by_key.items(), key=lambda item: (-item[1].received, item[0]))
        ]
        months = [MonthFigures(m, by_month.get(m.start.isoformat()[:7], KpiTally()).figures()) for m in _months(period)]
        return ComplaintKpiReport(period, today, dimension, total.figures(), groups, months)

    # -- gathering ------------------------------------------------------------------------------

    def _tallies(
        self, session: Session, period: Period, dimension: Dimension, calendar: WorkingCalendar, today: date
    ) -> tuple[dict[str, KpiTally], dict[str, KpiTally]]:
        first_day = period.start - _ONE_DAY
        n_today = self._fill_days(session, calendar, first_day, max(today, period.end) + _MARGIN, today)
        received_day = _thai_day(Complaint.received_at)
        in_period = and_(
            Complaint.received_at >= start_of_thai_day(period.start),
            Complaint.received_at < start_of_thai_day(period.end + _ONE_DAY),
        )
        paused = exists().where(
            ComplaintStatusChange.complaint_id == Complaint.id,
            ComplaintStatusChange.to_status.in_(PAUSING_STATUSES),
        )
        key = _key_column(dimension)
        by_key: dict[str, KpiTally] = {}
        by_month: dict[str, KpiTally] = {}

        def add(key_value: Any, month: str, part: KpiTally) -> None:
            by_key.setdefault(_key_text(key_value), KpiTally()).add(part)
            by_month.setdefault(month, KpiTally()).add(part)

        for row in session.execute(self._counting_query(key, received_day, in_period, paused, n_today)):
            part = KpiTally(
                received=row.received, open=row.open, overdue=row.overdue,
                acknowledged_in_time=row.ack_in_time, acknowledged_decided=row.ack_decided,
                resolved_in_time=row.res_in_time, resolved_decided=row.res_decided,
                ever_resolved=row.ever_resolved, reopened=row.reopened,
                resolve_days=Counter() if row.days is None else Counter({row.days: row.received}),
                scores=Counter() if row.score is None else Counter({row.score: row.received}),
            )  # fmt: skip
            add(row.key, row.month, part)
        for key_value, facts in self._paused_cases(session, key, in_period, paused, calendar, today):
            one = KpiTally()
            one.add_case(facts)
            add(key_value, facts.received_on.isoformat()[:7], one)
        return by_key, by_month

    @staticmethod
    def _fill_days(session: Session, calendar: WorkingCalendar, first: date, last: date, today: date) -> int:
        """Number the days ``first``..``last`` by working days (``first`` is 0); today's number."""
        connection = session.connection()
        _DAYS.create(connection, checkfirst=True)
        connection.execute(_DAYS.delete())
        rows, n, day, n_today = [], 0, first, 0
        while day <= last:
            if day > first and calendar.is_working_day(day):
                n += 1
            rows.append({"day": day.isoformat(), "n": n})
            if day == today:
                n_today = n
            day += _ONE_DAY
        connection.execute(insert(_DAYS), rows)
        return n_today

    @staticmethod
    def _counting_query(
        key: ColumnElement[Any], received_day: ColumnElement[str], in_period: ColumnElement[bool],
        paused: Any, n_today: int,
    ) -> Any:  # fmt: skip
        received, acknowledged, resolved = aliased(_DAYS), aliased(_DAYS), aliased(_DAYS)
        is_open = Complaint.status.in_(OPEN_STATUSES)
        so_far = n_today - received.c.n
        ack_taken = func.max(acknowledged.c.n - received.c.n, 0)
        res_taken = func.max(resolved.c.n - received.c.n, 0)
        late_open = and_(is_open, so_far > ComplaintCategory.resolve_days)

        def count(condition: ColumnElement[bool]) -> Any:
            return func.sum(case((condition, 1), else_=0))

        days = case((resolved.c.n.is_not(None), res_taken)).label("days")
        month = func.substr(received_day, 1, 7).label("month")
        stmt = (
            select(
                key.label("key"), month, days, Complaint.follow_up_score.label("score"),
                func.count().label("received"),
                count(is_open).label("open"),
                count(and_(late_open, Complaint.status.not_in(PAUSING_STATUSES))).label("overdue"),
                count(and_(acknowledged.c.n.is_not(None), ack_taken <= ComplaintCategory.acknowledge_days))
                .label("ack_in_time"),
                count(or_(acknowledged.c.n.is_not(None),
                          and_(is_open, so_far > ComplaintCategory.acknowledge_days))).label("ack_decided"),
                count(and_(resolved.c.n.is_not(None), res_taken <= ComplaintCategory.resolve_days))
                .label("res_in_time"),
                count(or_(resolved.c.n.is_not(None), late_open)).label("res_decided"),
                count(or_(resolved.c.n.is_not(None), Complaint.reopen_count > 0)).label("ever_resolved"),
                count(Complaint.reopen_count > 0).label("reopened"),
            )
            .select_from(Complaint)
            .join(ComplaintCategory, Complaint.category_id == ComplaintCategory.id)
            .join(received, received.c.day == received_day)
            .outerjoin(acknowledged, acknowledged.c.day == _thai_day(Complaint.acknowledged_at))
            .outerjoin(resolved, resolved.c.day == _thai_day(Complaint.resolved_at))
            .where(in_period, ~paused)
            .group_by(key, month, days, Complaint.follow_up_score)
        )  # fmt: skip
        if key is Stakeholder.segment_id:
            stmt = stmt.outerjoin(Stakeholder, Complaint.stakeholder_id == Stakeholder.id)
        return stmt

    @staticmethod
    def _paused_cases(
        session: Session, key: ColumnElement[Any], in_period: ColumnElement[bool], paused: Any,
        calendar: WorkingCalendar, today: date,
    ) -> Iterable[tuple[Any, CaseFacts]]:  # fmt: skip
        stmt = (
            select(
                Complaint.id, key.label("key"), Complaint.received_at, Complaint.acknowledged_at,
                Complaint.resolved_at, Complaint.status, Complaint.reopen_count, Complaint.follow_up_score,
                ComplaintCategory.acknowledge_days, ComplaintCategory.resolve_days,
            )
            .join(ComplaintCategory, Complaint.category_id == ComplaintCategory.id)
            .where(in_period, paused)
        )  # fmt: skip
        if key is Stakeholder.segment_id:
            stmt = stmt.outerjoin(Stakeholder, Complaint.stakeholder_id == Stakeholder.id)
        cases = session.execute(stmt).all()
        if not cases:
            return []
        history: dict[uuid.UUID, list[tuple[date, Any]]] = {}
        ids = [case_.id for case_ in cases]
        for chunk in range(0, len(ids), 500):  # SQLite limits bound parameters
            changes = session.execute(
                select(ComplaintStatusChange.complaint_id, ComplaintStatusChange.changed_at,
                       ComplaintStatusChange.to_status)
                .where(ComplaintStatusChange.complaint_id.in_(ids[chunk:chunk + 500]))
                .order_by(ComplaintStatusChange.changed_at)
            )  # fmt: skip
            for change in changes:
                history.setdefault(change.complaint_id, []).append((thai_date(change.changed_at), change.to_status))
        found: list[tuple[Any, CaseFacts]] = []
        for case_ in cases:
            received_on = thai_date(case_.received_at)
            facts = case_facts(
                received_on=received_on, today=today, calendar=calendar,
                standard=ServiceStandard(acknowledge_days=case_.acknowledge_days, resolve_days=case_.resolve_days),
                acknowledged_on=_day_or_none(case_.acknowledged_at),
                resolved_on=_day_or_none(case_.resolved_at),
                is_open=case_.status in OPEN_STATUSES, waiting_now=case_.status in PAUSING_STATUSES,
                pauses=pauses_from_history(history.get(case_.id, []), today),
                reopen_count=case_.reopen_count, follow_up_score=case_.follow_up_score,
            )  # fmt: skip
            found.append((case_.key, facts))
        return found

    @staticmethod
    def _names(session: Session, dimension: Dimension, by_key: dict[str, KpiTally]) -> dict[str, Named]:
        entity = {
            Dimension.CATEGORY: ComplaintCategory,
            Dimension.CHANNEL: Channel,
            Dimension.SEGMENT: Segment,
            Dimension.OFFICE: Office,
        }.get(dimension)
        names = {"": Named("", "")}
        if entity is None:  # units are plain names already
            return names | {key: Named(key, key) for key in by_key if key}
        ids = [uuid.UUID(key) for key in by_key if key]
        for row in session.execute(select(entity.id, entity.name_th, entity.name_en).where(entity.id.in_(ids))):
            names[str(row.id)] = Named(row.name_th, row.name_en)
        return names


def _day_or_none(moment: datetime | None) -> date | None:
    return None if moment is None else thai_date(moment)
