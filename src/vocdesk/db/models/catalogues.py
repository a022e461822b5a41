"""Catalogues every area shares: channels, services, offices and the public-holiday list."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ForeignKey, Index, String, text
from sqlalchemy.orm import Mapped, mapped_column

from vocdesk.db.base import Entity, Travelling
from vocdesk.db.models._types import enum_column
from vocdesk.domain.working_days import HolidayChange


class Channel(Travelling, Entity):
    """A way the agency hears people: walk-in counter, hotline 1111, LINE official account, ..."""

    __tablename__ = "channel"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_th: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    is_digital: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)
    sort_order: Mapped[int] = mapped_column(default=0)


class Service(Travelling, Entity):
    """One service of the agency's service catalogue."""

    __tablename__ = "service"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_th: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(default="")
    active: Mapped[bool] = mapped_column(default=True)


class Office(Travelling, Entity):
    """An office or unit of the agency: where feedback is heard and complaints are handled."""

    __tablename__ = "office"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_th: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[str] = mapped_column(String(300))
    province: Mapped[str] = mapped_column(String(100), default="")


class Holiday(Travelling, Entity):
    """One day of the agency's own layer over the national calendar (``services.holidays``).

    The national public and government holidays come from the ``holidays`` package and are not
    stored; a row here adds a day off (``change`` "added": a late Cabinet day, a provincial day)
    or makes a national holiday a working day (``change`` "removed"), for the whole agency
    (``office_id`` empty) or for one office. One row a day for the agency, and one a day for
    each office (partial unique indexes: SQLite lets a plain unique key hold many empty ids).
    """

    __tablename__ = "holiday"
    __table_args__ = (
        Index(
            "uq_holiday_agency_day", "day", unique=True,
            sqlite_where=text("office_id IS NULL"), postgresql_where=text("office_id IS NULL"),
        ),
        Index(
            "uq_holiday_office_day", "office_id", "day", unique=True,
            sqlite_where=text("office_id IS NOT NULL"),
            postgresql_where=text("office_id IS NOT NULL"),
        ),
    )  # fmt: skip

    day: Mapped[date]
    name: Mapped[str] = mapped_column(String(200))
    change: Mapped[HolidayChange] = mapped_column(
        enum_column(HolidayChange), default=HolidayChange.ADDED
    )
    office_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("office.id", ondelete="CASCADE"))
