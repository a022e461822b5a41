"""The paused days of the complaint KPIs, counted in SQL (``services.complaints.kpis``).

A case that ever waited (a pausing status in its history) does not count the working days of
its pauses. ``service_standard.pauses_from_history`` reads the pauses from the history: a pause
starts on the day the case entered a pausing status after a status that was not one, and ends
the day before the next change into a status that is not pausing, or runs up to today. Here the
same is read in SQL: every change into a pausing status with the first later change out of
one (the moment work resumed); the changes resumed at the same moment are one pause, begun at
the first of them. Each pause is kept as two numbers of the report's numbered working days
(``kpi_working_day``, on the case's calendar):

- ``n_before``: the working days up to the day before the pause's first day;
- ``n_last``: the working days up to its last day (today's number for a pause still open).

The working days of a pause between the day after ``after`` and ``up_to`` (the pause's share
of "working days from receipt to a milestone") are then
``max(0, min(n_last, n(up_to)) - max(n_before, n(after)))``: the numbers only grow with the days,
so the smaller and larger of two days' numbers are the numbers of the smaller and larger day.
A pause that stops nothing (left on the day it began, or begun after today) comes out as 0, as
the domain drops it. A case's pauses never overlap, so its paused days are their sum; the same
subtraction as ``service_standard.working_days_taken``, with no history read into Python.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Connection,
    Index,
    Integer,
    MetaData,
    Table,
    Uuid,
    and_,
    case,
    func,
    select,
    type_coerce,
)
from sqlalchemy.orm import aliased

from vocdesk.db.models import Complaint, ComplaintStatusChange
from vocdesk.domain.complaints.workflow import PAUSING_STATUSES
from vocdesk.services.complaints.kpi_days import DAYS, SqliteDays

# Not part of the schema (no migration): filled per report on the report's own connection.
PAUSES = Table(
    "kpi_pause",
    MetaData(),
    Column("id", Uuid(), nullable=False),  # the case
    Column("n_before", Integer),  # working days up to the day before the pause's first day
    Column("n_last", Integer),  # working days up to the pause's last day
    Index("kpi_pause_case", "id"),
    prefixes=["TEMPORARY"],
)


def fill_pauses(
    connection: Connection,
    cal: ColumnElement[int] | int,
    in_period: ColumnElement[bool],
    sql: type[SqliteDays],
) -> None:
    """Write the pauses of the period's cases (``in_period``) to ``PAUSES``, on the numbered
    days (``kpi_days.DAYS``, filled): ``cal`` is a case's calendar number, ``sql`` the
    database's day arithmetic."""
    PAUSES.create(connection, checkfirst=True)
    connection.execute(PAUSES.delete())
    change, later = aliased(ComplaintStatusChange), aliased(ComplaintStatusChange)
    # The first later change into a status that is not pausing: the day work resumed.
    resumed_at = (
        select(func.min(later.changed_at))
        .where(
            later.complaint_id == change.complaint_id,
            later.changed_at > change.changed_at,
            later.to_status.not_in(PAUSING_STATUSES),
        )
        .scalar_subquery()
    )
    # Every change of the period's cases (received_at index) into a pausing status, read
    # through the history's complaint_id index, with the moment work resumed after it (worked
    # out once per change: ``unflattened``).
    pausing = sql.unflattened(
        select(
            change.complaint_id.label("id"),
            change.changed_at.label("at"),
            resumed_at.label("resumed_at"),
            type_coerce(cal, Integer()).label("cal"),
        )
        .select_from(Complaint)
        .join(change, change.complaint_id == Complaint.id)
        .where(in_period, change.to_status.in_(PAUSING_STATUSES))
    ).subquery("pausing")
    # The changes of one pause (a pausing status entered, then maybe another pausing one) are
    # the case's changes resumed at the same moment (or not yet resumed): the pause starts at
    # the first of them. No earlier status is looked up.
    p = pausing.c
    starts = (
        select(p.id, func.min(p.at).label("at"), p.resumed_at, p.cal)
        .group_by(p.id, p.resumed_at, p.cal)
        .subquery("starts")
    )
    h = starts.c
    started, resumed = aliased(DAYS), aliased(DAYS)

    def on(numbered: Any, moment: Any) -> ColumnElement[bool]:
        return and_(numbered.c.day == sql.stored_day(moment), numbered.c.cal == h.cal)

    def day_before(numbered: Any, moment: Any) -> Any:
        """The number of the day before the moment's Thai day."""
        return sql.thai(moment, numbered.c.n_previous, numbered.c.n)

    last = case(
        (h.resumed_at.is_(None), started.c.n_today), else_=day_before(resumed, h.resumed_at)
    )
    pauses = (
        select(h.id, day_before(started, h.at), last)
        .select_from(starts)
        .join(started, on(started, h.at))
        .outerjoin(resumed, on(resumed, h.resumed_at))
    )
    connection.execute(PAUSES.insert().from_select(["id", "n_before", "n_last"], pauses))


def paused_days(after: Any, up_to: Any, sql: type[SqliteDays]) -> ColumnElement[int]:
    """A case's paused working days after the day numbered ``after`` up to the day numbered
    ``up_to`` (0 without pauses there), for a query over ``Complaint``."""
    share = sql.greatest(
        sql.least(PAUSES.c.n_last, up_to) - sql.greatest(PAUSES.c.n_before, after), 0
    )
    summed = (
        select(func.sum(share))
        .where(PAUSES.c.id == Complaint.id)
        .correlate_except(PAUSES)
        .scalar_subquery()
    )
    return func.coalesce(summed, 0)
