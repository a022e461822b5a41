"""The declarative base every table shares: naming convention, UUIDv7 keys and timestamps."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Column, DateTime, MetaData, String, Uuid, text
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column
from sqlalchemy.types import TypeDecorator

from vocdesk.domain.ids import new_id

# Named constraints keep Alembic migrations stable (SQLite batch mode needs names to drop them).
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> datetime:
    return datetime.now(UTC)


class UtcDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out, on SQLite (which keeps no zone) too."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {uuid.UUID: Uuid(), datetime: UtcDateTime()}


class Entity(Base):
    """A record with a time-ordered UUID key and the moments it was created and last changed."""

    __abstract__ = True

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)


class Versioned:
    """Optimistic locking (migration 0012): ``version`` counts the saves of a record; an UPDATE
    names the version it read, so a save over a change another window committed meanwhile
    finds no row (SQLAlchemy raises ``StaleDataError``) instead of overwriting it. A form that
    read the record earlier passes the version it showed (``check_version``)."""

    version: Mapped[int] = mapped_column(server_default=text("1"))

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - SQLAlchemy's class-level directive
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


OFFICE_CODE_LENGTH = 40


class Travelling:
    """A record that travels between offices in bundles (migration 0017, docs/offices.md).

    ``origin_office`` is the code of the office where the record was made and ``edited_office``
    the office whose edit it now holds; empty means this installation (the code is stamped in
    when the office is set and at each send). Any local update empties ``edited_office`` again.
    ``touched_at`` is when the record last changed *in this database*, edited here or merged in
    from a bundle: what a bundle collects. ``updated_at`` keeps the moment of the edit itself,
    wherever it was made, which decides which of two changes is the newer.
    """

    origin_office: Mapped[str] = mapped_column(
        String(OFFICE_CODE_LENGTH), default="", server_default=""
    )
    edited_office: Mapped[str] = mapped_column(
        String(OFFICE_CODE_LENGTH), default="", server_default="", onupdate=""
    )

    @declared_attr
    def touched_at(cls) -> Mapped[datetime | None]:  # noqa: N805 - SQLAlchemy's declared column
        return mapped_column(default=utc_now, onupdate=utc_now, index=True)


def touched_at_column() -> Column[datetime]:
    """``touched_at`` of an association table (its rows are added and removed, never edited):
    when the link was made in this database, for the bundle that carries it."""
    return Column("touched_at", UtcDateTime(), default=utc_now, nullable=True, index=True)
