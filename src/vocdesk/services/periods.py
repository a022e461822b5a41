"""A period of Thai days as a range of stored (UTC) moments, for every service's queries.

Stored times are UTC; a period's days are Thai days (UTC+7). Its range runs from the first
Thai midnight of the period up to, not including, the one after its last day: a half-open
range that an index on the time column can walk.

``thai_day_text`` turns a stored moment into its Thai day inside a query, in the SQL of the
database at hand (SQLite keeps a moment as UTC text; PostgreSQL as ``timestamptz``).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, SQLColumnExpression, String, and_, func, literal_column
from sqlalchemy.sql.functions import Function

from vocdesk.domain.clock import start_of_thai_day
from vocdesk.domain.fiscal import Period


def period_bounds(period: Period) -> tuple[datetime, datetime]:
    """The UTC moments from the first Thai midnight of ``period`` up to (not including) the one
    after its last day."""
    return start_of_thai_day(period.start), start_of_thai_day(period.end + timedelta(days=1))


def in_period(column: SQLColumnExpression[Any], period: Period) -> ColumnElement[bool]:
    """``column`` (a stored UTC time) falls on one of the Thai days of ``period``."""
    start, end = period_bounds(period)
    return and_(column >= start, column < end)


THAI_ZONE = "Asia/Bangkok"  # UTC+7 all year (no summer time): the same days as "+7 hours"


def thai_day_text(moment: Any, dialect: str) -> ColumnElement[str]:
    """The Thai calendar day of a stored UTC ``moment`` as ISO text ("YYYY-MM-DD"; NULL stays
    NULL), on the database whose dialect is named ``dialect`` ("sqlite" or "postgresql")."""
    if dialect == "postgresql":
        local = func.timezone(literal_column(f"'{THAI_ZONE}'"), moment)
        return func.to_char(local, literal_column("'YYYY-MM-DD'"), type_=String())
    return func.date(moment, "+7 hours", type_=String())


def thai_month_text(moment: Any, dialect: str) -> Function[str]:
    """The Thai calendar month of a stored UTC ``moment`` as "YYYY-MM"."""
    return func.substr(thai_day_text(moment, dialect), 1, 7, type_=String())
