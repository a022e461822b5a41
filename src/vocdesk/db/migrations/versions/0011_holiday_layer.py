"""holidays: the agency's layer over the national calendar, per office (issue 15)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05 02:20:00

The national public and government holidays now come from the ``holidays`` package (lunar days,
in-lieu days, the Cabinet's announced days), so the ``holiday`` table keeps only the agency's own
layer over it: a day added (``change`` "added") or a national day removed ("removed"), for the
whole agency (``office_id`` empty) or for one office. One row a day for the agency and one a day
per office: two partial unique indexes, since a plain unique key would let many empty office ids
share a day on SQLite.

Every row an agency had is kept as a day added for the whole agency, except the fixed-date days
migration 0002 seeded (recognised by their fixed keys): the national calendar holds all of them.
The downgrade keeps the agency's added days, drops the removed and per-office ones, and puts the
seeded days back.
"""

from __future__ import annotations

import importlib.util
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_NAMESPACE = uuid.UUID("5d0c7a52-4f3e-4c8e-9a4b-0c1d2e3f4a5b")  # migration 0002's
_CHANGE = sa.Enum("added", "removed", name="holidaychange", native_enum=False,
                  create_constraint=False, length=32)  # fmt: skip


def _seeded_id(day: date) -> uuid.UUID:
    """The key migration 0002 gave its default holiday of ``day``."""
    return uuid.uuid5(_NAMESPACE, f"holiday:{day.isoformat()}")


def _holiday_table() -> sa.TableClause:
    return sa.table(
        "holiday",
        sa.column("id", sa.Uuid()),
        sa.column("day", sa.Date()),
        sa.column("name", sa.String()),
        sa.column("change", sa.String()),
        sa.column("office_id", sa.Uuid()),
        sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("updated_at", sa.DateTime(timezone=True)),
    )


def upgrade() -> None:
    holidays = _holiday_table()
    bind = op.get_bind()
    seeded = [
        row_id
        for row_id, day in bind.execute(sa.select(holidays.c.id, holidays.c.day))
        if row_id == _seeded_id(day)
    ]
    if seeded:
        bind.execute(holidays.delete().where(holidays.c.id.in_(seeded)))
    with op.batch_alter_table("holiday") as batch_op:
        batch_op.drop_constraint("uq_holiday_day", type_="unique")
        batch_op.add_column(sa.Column("change", _CHANGE, nullable=False, server_default="added"))
        batch_op.add_column(sa.Column("office_id", sa.Uuid(), nullable=True))
        batch_op.create_foreign_key(
            op.f("fk_holiday_office_id_office"), "office", ["office_id"], ["id"],
            ondelete="CASCADE",
        )  # fmt: skip
    with op.batch_alter_table("holiday") as batch_op:
        batch_op.alter_column("change", server_default=None, existing_type=_CHANGE)
        batch_op.create_index(
            "uq_holiday_agency_day", ["day"], unique=True,
            sqlite_where=sa.text("office_id IS NULL"), postgresql_where=sa.text("office_id IS NULL"),
        )  # fmt: skip
        batch_op.create_index(
            "uq_holiday_office_day", ["office_id", "day"], unique=True,
            sqlite_where=sa.text("office_id IS NOT NULL"), postgresql_where=sa.text("office_id IS NOT NULL"),
        )  # fmt: skip


def _seeded_days() -> list[tuple[str, str]]:
    """Migration 0002's default holidays, read from its own file (migrations import no app)."""
    path = Path(__file__).with_name("0002_default_catalogues.py")
    spec = importlib.util.spec_from_file_location("vocdesk_migration_0002", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.HOLIDAYS)


def downgrade() -> None:
    holidays = _holiday_table()
    bind = op.get_bind()
    bind.execute(
        holidays.delete().where(
            sa.or_(holidays.c.change != "added", holidays.c.office_id.is_not(None))
        )
    )
    with op.batch_alter_table("holiday") as batch_op:
        batch_op.drop_index("uq_holiday_office_day")
        batch_op.drop_index("uq_holiday_agency_day")
        batch_op.drop_constraint("fk_holiday_office_id_office", type_="foreignkey")
        batch_op.drop_column("office_id")
        batch_op.drop_column("change")
        batch_op.create_unique_constraint("uq_holiday_day", ["day"])
    have = set(bind.execute(sa.select(holidays.c.day)).scalars())
    now = datetime.now(UTC)
    rows = [
        {"id": _seeded_id(date.fromisoformat(day)), "day": date.fromisoformat(day), "name": name,
         "created_at": now, "updated_at": now}
        for day, name in _seeded_days()
        if date.fromisoformat(day) not in have
    ]  # fmt: skip
    if rows:
        op.bulk_insert(
            sa.table(
                "holiday",
                sa.column("id", sa.Uuid()),
                sa.column("day", sa.Date()),
                sa.column("name", sa.String()),
                sa.column("created_at", sa.DateTime(timezone=True)),
                sa.column("updated_at", sa.DateTime(timezone=True)),
            ),
            rows,
        )
