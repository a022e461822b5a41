"""Catalogues every area shares: channels, services, offices and the public-holiday list."""

from __future__ import annotations

from datetime import date

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from vocdesk.db.base import Entity


class Channel(Entity):
    """A way the agency hears people: walk-in counter, hotline 1111, LINE official account, ..."""

    __tablename__ = "channel"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_th: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    is_digital: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)
    sort_order: Mapped[int] = mapped_column(default=0)


class Service(Entity):
    """One service of the agency's service catalogue."""

    __tablename__ = "service"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_th: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(default="")
    active: Mapped[bool] = mapped_column(default=True)


class Office(Entity):
    """An office or unit of the agency: where feedback is heard and complaints are handled."""

    __tablename__ = "office"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_th: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[str] = mapped_column(String(300))
    province: Mapped[str] = mapped_column(String(100), default="")


class Holiday(Entity):
    """A public holiday; the agency edits this list, since lunar holidays move every year."""

    __tablename__ = "holiday"

    day: Mapped[date] = mapped_column(unique=True)
    name: Mapped[str] = mapped_column(String(200))
