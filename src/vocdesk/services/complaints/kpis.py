"""Complaint KPIs for a period, gathered in SQL so that 200,000 cases stay interactive.

The rules are ``vocdesk.domain.complaints.kpis`` (and ``service_standard`` for "in time"). Here
the database does the counting: a temporary table numbers every calendar day by the working days
up to it (weekends and holidays skipped; ``kpi_days``), so "working days from receipt to result"
is a subtraction of two looked-up numbers, and one ``GROUP BY`` over the period's cases (read
through the received-date index) gives the additive tallies the domain turns into figures.
Cases that were ever paused (waiting) have their pauses read from their history as numbered
days too (``kpi_pauses``), and a second ``GROUP BY`` over those few takes each pause's working
days off each milestone, as ``service_standard.working_days_taken`` does. The day arithmetic
reads SQLite's stored text of a moment ("YYYY-MM-DD HH:MM:SS" in UTC): cheaper than date() on
every row, and SQLite is what VocDesk ships with. On PostgreSQL (a ``timestamptz``) the day is
the moment's day in Asia/Bangkok, at once (``kpi_days.PostgresDays``); the counting is the same.

Which calendar (docs/holidays.md):

- A case counts its working days on its office's calendar (``services.holidays``): the table
  numbers the days once for the agency and once more for each office that has days of its own,
  and each case looks its days up under its office's number (``cal``).
- A finished case (resolved, closed, rejected, withdrawn) is judged "resolved within standard"
  by the due date it had when it was closed (its stored ``due_on``, counted by the workflow on
  the calendar of that day): in time when no working day lies after that date up to the day of
  the result (a result on the Saturday after a Friday due date is in time, as in
  ``service_standard``). A later change of the holidays therefore leaves its judgement as it
  was, until someone counts the period again (``HolidaysService.recount`` rewrites ``due_on``).
  A finished case without a due date (or with one outside the numbered days) is judged on
  today's calendar, as an open case is.
- What has no stored due date is counted on today's calendar of the case's office: the open
  cases, the other milestones (acknowledgement, first response, result notified) and the
  working days taken to resolve (mean and median).
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import chain
from operator import add
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    MetaData,
    Table,
    Uuid,
    and_,
    case,
    func,
    or_,
    select,
)
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from vocdesk.db.models import (
    Channel,
    Complaint,
    ComplaintCategory,
    Office,
    Segment,
    Stakeholder,
)
from vocdesk.domain.accounts import Permission
from vocdesk.domain.clock import thai_date, thai_today
from vocdesk.domain.complaints.kpis import (
    Dimension,
    KpiFigures,
    KpiTally,
)
from vocdesk.domain.complaints.workflow import OPEN_STATUSES, PAUSING_STATUSES
from vocdesk.domain.fiscal import Period, fiscal_year_be, months_of
from vocdesk.domain.tables import Named
from vocdesk.services.authorization import requires
from vocdesk.services.complaints.kpi_days import DAYS, Calendars, SqliteDays, days_sql, fill_days
from vocdesk.services.complaints.kpi_pauses import PAUSES, fill_pauses, paused_days
from vocdesk.services.database import Database
from vocdesk.services.periods import in_period

__all__ = [
    "ComplaintKpiReport",
    "ComplaintKpisService",
    "Dimension",
    "KpiGroup",
    "MonthFigures",
    "Named",
]

_ONE_DAY = timedelta(days=1)
_MARGIN = timedelta(days=3 * 366)  # results recorded up to three years after the period

# Not part of the schema (no migration): filled per report on the report's own connection.
_PAUSED = Table(  # the period's cases that ever waited: their pauses are counted (kpi_pauses)
    "kpi_paused_case",
    MetaData(),
    Column("id", Uuid(), primary_key=True),
    prefixes=["TEMPORARY"],
    sqlite_with_rowid=False,
)
_SCORES = (1, 2, 3, 4, 5)  # the follow-up question's answers
_COUNTS = (
    "received", "open", "overdue", "acknowledged_in_time", "acknowledged_decided",
    "resolved_in_time", "resolved_decided", "ever_resolved", "reopened", "trust_restored", "trust_answered",
    "first_response_in_time", "first_response_decided", "notified_in_time", "notified_decided",
)  # fmt: skip


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


def _key_column(
    dimension: Dimension, sql: type[SqliteDays] = SqliteDays
) -> ColumnElement[Any] | InstrumentedAttribute[Any]:
    """The column a breakdown groups by, read as its stored text (a key's hex, or a unit's
    name): thousands of grouped rows need no UUID objects built."""
    column = {
        Dimension.CATEGORY: Complaint.category_id,
        Dimension.CHANNEL: Complaint.channel_id,
        Dimension.SEGMENT: Stakeholder.segment_id,
        Dimension.UNIT: Complaint.unit,
        Dimension.OFFICE: Complaint.office_id,
    }[dimension]
    return sql.stored_text(column) if dimension is not Dimension.UNIT else column


def _key_text(value: Any) -> str:
    return "" if value is None else str(value)


class ComplaintKpisService:
    def __init__(self, db: Database, today: Callable[[], date] = thai_today) -> None:
        self._db = db
        self._today = today

    @requires(Permission.READ)
    def fiscal_years(self) -> list[int]:
        """The fiscal years (B.E.) from the first case to this year, latest first."""
        current = fiscal_year_be(self._today())
        with self._db.session_scope() as session:
            first = session.scalar(select(func.min(Complaint.received_at)))
        oldest = min(current, fiscal_year_be(thai_date(first))) if first else current
        return list(range(current, oldest - 1, -1))

    @requires(Permission.READ)
    def report(
        self, period: Period, dimension: Dimension = Dimension.CATEGORY
    ) -> ComplaintKpiReport:
        today = self._today()
        dimension = Dimension(dimension)
        with self._db.session_scope() as session:
            calendars = Calendars(session)
            by_key, by_month = self._tallies(session, period, dimension, calendars, today)
            names = self._names(session, dimension, by_key)
        total = KpiTally()
        for tally_ in by_key.values():
            total.add(tally_)
        groups = [
            KpiGroup(key, names.get(key, Named(key, key)), tally_.figures())
            for key, tally_ in sorted(by_key.items(), key=lambda item: (-item[1].received, item[0]))
        ]
        months = [
            MonthFigures(m, by_month.get(m.start.isoformat()[:7], KpiTally()).figures())
            for m in months_of(period)
        ]
        return ComplaintKpiReport(period, today, dimension, total.figures(), groups, months)

    # -- gathering ------------------------------------------------------------------------------

    def _tallies(
        self,
        session: Session,
        period: Period,
        dimension: Dimension,
        calendars: Calendars,
        today: date,
    ) -> tuple[dict[str, KpiTally], dict[str, KpiTally]]:
        fill_days(
            session, calendars, period.start - _ONE_DAY, max(today, period.end) + _MARGIN, today
        )
        connection = session.connection()
        sql = days_sql(session)
        received_in = in_period(Complaint.received_at, period)
        cal = calendars.number_of_case()
        fill_pauses(connection, cal, received_in, sql)
        # The cases that waited: counted apart, their pauses subtracted.
        _PAUSED.create(connection, checkfirst=True)
        connection.execute(_PAUSED.delete())
        connection.execute(_PAUSED.insert().from_select(["id"], select(PAUSES.c.id).distinct()))
        counts: dict[str, list[int]] = {}
        month_counts: dict[str, list[int]] = {}
        days: defaultdict[tuple[str, str], Counter[int]] = defaultdict(Counter)
        scores: defaultdict[tuple[str, str], Counter[int]] = defaultdict(Counter)
        # Few rows (keys × months × distinct day counts): add them up as plain lists. The cases
        # that never waited, then the few that did (their pauses subtracted).
        rows = chain.from_iterable(
            session.execute(self._counting_query(dimension, received_in, cal, sql, paused=paused))
            for paused in (False, True)
        )
        width = len(_COUNTS)
        for key, month, n_days, *values in rows:
            key_text = _key_text(key)
            tallied = values[:width]
            for table, slot in ((counts, key_text), (month_counts, month)):
                totals = table.get(slot)
                table[slot] = tallied if totals is None else list(map(add, totals, tallied))
            # The days and scores go to the key and to the month alike, so a month's figures
            # (resolved, mean and median days) are as whole as a category's.
            slots = (("key", key_text), ("month", month))
            if n_days is not None:
                for slot in slots:
                    days[slot][n_days] += values[0]  # the cases received: of these days
            answered = values[width:]
            if any(answered):
                for slot in slots:
                    histogram = scores[slot]
                    for score, times in zip(_SCORES, answered, strict=True):
                        if times:
                            histogram[score] += times

        def tally_of(values: list[int], slot: tuple[str, str]) -> KpiTally:
            return KpiTally(
                **dict(zip(_COUNTS, values, strict=True)),
                resolve_days=days.get(slot, Counter()),
                scores=scores.get(slot, Counter()),
            )

        by_key = {k: tally_of(v, ("key", k)) for k, v in counts.items()}
        by_month = {m: tally_of(v, ("month", m)) for m, v in month_counts.items()}
        return by_key, by_month

    @staticmethod
    def _joined_for(dimension: Dimension, stmt: Any) -> Any:
        if dimension is Dimension.SEGMENT:
            return stmt.outerjoin(Stakeholder, Complaint.stakeholder_id == Stakeholder.id)
        return stmt

    @classmethod
    def _counting_query(
        cls,
        dimension: Dimension,
        in_period: ColumnElement[bool],
        cal: ColumnElement[int] | int,
        sql: type[SqliteDays] = SqliteDays,
        *,
        paused: bool = False,
    ) -> Any:
        """The tallies of the period's cases that never waited or, ``paused``, of those that
        did (``_PAUSED``), their paused working days (``kpi_pauses``) taken off each count."""
        received, acknowledged, resolved = aliased(DAYS), aliased(DAYS), aliased(DAYS)
        responded, notified, due = aliased(DAYS), aliased(DAYS), aliased(DAYS)

        def on(days: Any, day: Any) -> ColumnElement[bool]:
            """The row of ``day`` (ISO text) on the case's calendar."""
            return and_(days.c.day == day, days.c.cal == cal)

        thai, day_of = sql.thai, sql.stored_day

        def day_number(days: Any, moment: Any) -> Any:
            return thai(moment, days.c.n, days.c.n_next)

        received_n = day_number(received, Complaint.received_at)
        resolved_n = day_number(resolved, Complaint.resolved_at)
        done_n = {
            "acknowledged": day_number(acknowledged, Complaint.acknowledged_at),
            "resolved": resolved_n,
            "responded": day_number(responded, Complaint.first_response_at),
            "notified": day_number(notified, Complaint.notified_at),
        }

        # A finished case judged by its stored due date: 1 in time, 0 late, NULL when it is not
        # (open, no result, no due date, or one outside the numbered days). Most results fall
        # on or before the due day (a comparison of texts); only the others look the due day's
        # number up, to let a result on the weekend after it count as in time (and the days
        # paused after the due date).
        due_day = sql.due_day(Complaint.due_on)
        # The case's own row (``correlate_except``): also when nested in ``paused_days``.
        due_n = select(due.c.n).where(on(due, due_day)).correlate_except(due).scalar_subquery()
        late_by = resolved_n - paused_days(due_n, resolved_n, sql) if paused else resolved_n
        by_due_date = case(
            (or_(Complaint.status.in_(OPEN_STATUSES), Complaint.resolved_at.is_(None)), None),
            (thai(Complaint.resolved_at, resolved.c.day, resolved.c.next_day) <= due_day, 1),
            else_=sql.as_number(late_by <= due_n),
        )  # fmt: skip
        # The working days paused between receipt and each milestone (and today).
        pauses = (
            [paused_days(received_n, n, sql).label(f"{name}_paused") for name, n in done_n.items()]
            + [paused_days(received_n, received.c.n_today, sql).label("today_paused")]
            if paused else []
        )  # fmt: skip
        cases = (
            Complaint.id.in_(select(_PAUSED.c.id))  # IN: SQLite starts from the few paused ids
            if paused
            else Complaint.id.not_in(select(_PAUSED.c.id))
        )

        # Each case's numbers, worked out once per case (``unflattened``).
        facts = sql.unflattened(cls._joined_for(dimension, (
            select(
                _key_column(dimension, sql).label("key"),
                func.substr(thai(Complaint.received_at, received.c.day, received.c.next_day),
                            1, 7).label("month"),
                received_n.label("received_n"),
                *(n.label(f"{name}_n") for name, n in done_n.items()),
                by_due_date.label("by_due_date"), received.c.n_today.label("today_n"),
                Complaint.status.in_(OPEN_STATUSES).label("is_open"),
                Complaint.status.in_(PAUSING_STATUSES).label("waiting"),
                ComplaintCategory.acknowledge_days, ComplaintCategory.resolve_days,
                ComplaintCategory.first_response_days, ComplaintCategory.notify_days,
                Complaint.reopen_count, Complaint.follow_up_score, Complaint.trust_restored,
                *pauses,
            )
            .select_from(Complaint)
            .join(ComplaintCategory, Complaint.category_id == ComplaintCategory.id)
            .join(received, on(received, day_of(Complaint.received_at)))
            .outerjoin(acknowledged, on(acknowledged, day_of(Complaint.acknowledged_at)))
            .outerjoin(resolved, on(resolved, day_of(Complaint.resolved_at)))
            .outerjoin(responded, on(responded, day_of(Complaint.first_response_at)))
            .outerjoin(notified, on(notified, day_of(Complaint.notified_at)))
            .where(cases, in_period)
        ))).subquery("facts")  # fmt: skip
        f = facts.c

        def taken(n: Any, name: str) -> Any:
            """Working days from receipt to the day numbered ``n``, the paused ones removed."""
            days = sql.greatest(n - f.received_n, 0)
            return days - f[f"{name}_paused"] if paused else days

        is_open = sql.truth(f.is_open)
        so_far = f.today_n - f.received_n - f.today_paused if paused else f.today_n - f.received_n
        res_taken = taken(f.resolved_n, "resolved")
        # A finished case with a due date is judged by it; any other by today's calendar.
        resolved_in_time = case(
            (f.by_due_date.is_not(None), f.by_due_date == 1), else_=res_taken <= f.resolve_days
        )
        late_open = and_(is_open, so_far > f.resolve_days)

        def count(condition: ColumnElement[bool]) -> Any:
            return func.sum(case((condition, 1), else_=0))

        def milestone(name: str, limit: Any) -> tuple[Any, Any]:
            """In time, and decided (done, or open and past the limit): ``milestone_in_time``."""
            done = f[f"{name}_n"].is_not(None)
            return (count(and_(done, taken(f[f"{name}_n"], name) <= limit)),
                    count(or_(done, and_(is_open, so_far > limit))))  # fmt: skip

        days = case((f.resolved_n.is_not(None), res_taken)).label("days")
        return (
            select(
                f.key, f.month, days,
                func.count().label("received"),
                count(is_open),
                count(and_(late_open, ~sql.truth(f.waiting))),
                *milestone("acknowledged", f.acknowledge_days),
                count(and_(f.resolved_n.is_not(None), resolved_in_time)),
                count(or_(f.resolved_n.is_not(None), late_open)),
                count(or_(f.resolved_n.is_not(None), f.reopen_count > 0)),
                count(f.reopen_count > 0),
                count(f.trust_restored.is_(True)),
                count(f.trust_restored.is_not(None)),
                *milestone("responded", f.first_response_days),
                *milestone("notified", f.notify_days),
                *(count(f.follow_up_score == score) for score in _SCORES),
            )
            .group_by(f.key, f.month, days)
        )  # fmt: skip

    @staticmethod
    def _names(
        session: Session, dimension: Dimension, by_key: dict[str, KpiTally]
    ) -> dict[str, Named]:
        entities: dict[
            Dimension,
            type[ComplaintCategory] | type[Channel] | type[Segment] | type[Office],
        ] = {
            Dimension.CATEGORY: ComplaintCategory,
            Dimension.CHANNEL: Channel,
            Dimension.SEGMENT: Segment,
            Dimension.OFFICE: Office,
        }
        entity = entities.get(dimension)
        names = {"": Named("", "")}
        if entity is None:  # units are plain names already
            return names | {key: Named(key, key) for key in by_key if key}
        ids = [uuid.UUID(hex=key) for key in by_key if key]
        for row in session.execute(
            select(entity.id, entity.name_th, entity.name_en).where(entity.id.in_(ids))
        ):
            names[row.id.hex] = Named(row.name_th, row.name_en)
        return names
