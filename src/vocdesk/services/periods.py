"""A period of Thai days as a range of stored (UTC) moments, for every service's queries.

Stored times are UTC; a period's days are Thai days (UTC+7). Its range runs from the first
Thai midnight of the period up to, not including, the one after its last day: a half-open
range that an index on the time column can walk.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, SQLColumnExpression, and_

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
