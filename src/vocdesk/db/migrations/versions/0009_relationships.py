"""relationships kept (issue 11): activities, participants, reminders, contact intervals

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04 23:40:00

Activities gain more kinds (letter, training, agreement, social media), a channel, a lifecycle
stage, an outcome and other stakeholders taking part; ``next_contact_on`` becomes
``follow_up_on``. Reminders to get in touch get a table; how often each segment priority is to be
contacted a small catalogue (high every 3 months, medium 6, low 12, frozen here); a stakeholder
gains its relationship officer and its own interval, and an index on its organisation (an
organisation's timeline gathers its people by it).

An activity that already had a follow-up date gets its reminder: still open when nothing was
recorded with that stakeholder after the activity, done (on that later activity's day) otherwise.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_NAMESPACE = uuid.UUID("5d0c7a52-4f3e-4c8e-9a4b-0c1d2e3f4a5b")  # the same as 0002's

_OLD_KINDS = ("meeting", "call", "visit", "email", "event", "note")
_KINDS = (*_OLD_KINDS, "letter", "training", "agreement", "social_media")
_STAGES = ("before", "during", "after")
_SOURCES = ("activity", "complaint", "contact_interval", "manual")
_STATUSES = ("open", "done")
_PRIORITIES = ("high", "medium", "low")
INTERVALS = {"high": 3, "medium": 6, "low": 12}  # months between contacts


def _entity_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    ]


def _enum(values: tuple[str, ...], name: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, length=32)


def upgrade() -> None:
    bind = op.get_bind()
    now = datetime.now(UTC)

    with op.batch_alter_table("activity") as batch_op:
        batch_op.alter_column(
            "kind", existing_type=_enum(_OLD_KINDS, "activitykind"),
            type_=_enum(_KINDS, "activitykind"), existing_nullable=False,
        )  # fmt: skip
        batch_op.alter_column("next_contact_on", new_column_name="follow_up_on", existing_type=sa.Date())
        batch_op.add_column(sa.Column("channel_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("stage", _enum(_STAGES, "lifecyclestage"), nullable=True))
        batch_op.add_column(sa.Column("outcome", sa.String(), nullable=False, server_default=""))
        batch_op.create_foreign_key(
            op.f("fk_activity_channel_id_channel"), "channel", ["channel_id"], ["id"]
        )
    with op.batch_alter_table("activity") as batch_op:
        batch_op.alter_column("outcome", server_default=None)
        batch_op.create_index("ix_activity_at", ["occurred_at", "stakeholder_id"])
    # The Overview for one office and a period reads the office's entries from one index; the
    # office-only index it replaces is its first column.
    with op.batch_alter_table("feedback_entry") as batch_op:
        batch_op.drop_index("ix_feedback_entry_office")
        batch_op.create_index(
            "ix_feedback_entry_office_summary",
            ["office_id", "received_at", "segment_id", "stage", "channel_id", "type", "service_id"],
        )

    op.create_table(
        "activity_participant",
        sa.Column("activity_id", sa.Uuid(), nullable=False),
        sa.Column("stakeholder_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"], ["activity.id"],
            name=op.f("fk_activity_participant_activity_id_activity"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["stakeholder_id"], ["stakeholder.id"],
            name=op.f("fk_activity_participant_stakeholder_id_stakeholder"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("activity_id", "stakeholder_id", name=op.f("pk_activity_participant")),
    )  # fmt: skip
    with op.batch_alter_table("activity_participant") as batch_op:
        batch_op.create_index("ix_activity_participant_stakeholder_id", ["stakeholder_id"])

    with op.batch_alter_table("stakeholder") as batch_op:
        batch_op.add_column(
            sa.Column(
                "relationship_officer", sa.String(length=200), nullable=False, server_default=""
            )
        )
        batch_op.add_column(sa.Column("contact_every_months", sa.Integer(), nullable=True))
        batch_op.create_index("ix_stakeholder_organisation", ["organisation"])

    op.create_table(
        "reminder",
        sa.Column("stakeholder_id", sa.Uuid(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("assigned_to", sa.String(length=200), nullable=False),
        sa.Column("source", _enum(_SOURCES, "remindersource"), nullable=False),
        sa.Column("activity_id", sa.Uuid(), nullable=True),
        sa.Column("complaint_id", sa.Uuid(), nullable=True),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("status", _enum(_STATUSES, "reminderstatus"), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        *_entity_columns(),
        sa.ForeignKeyConstraint(
            ["stakeholder_id"], ["stakeholder.id"],
            name=op.f("fk_reminder_stakeholder_id_stakeholder"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["activity_id"], ["activity.id"],
            name=op.f("fk_reminder_activity_id_activity"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["complaint_id"], ["complaint.id"],
            name=op.f("fk_reminder_complaint_id_complaint"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminder")),
    )  # fmt: skip
    with op.batch_alter_table("reminder") as batch_op:
        batch_op.create_index("ix_reminder_status_due", ["status", "due_on"])
        batch_op.create_index("ix_reminder_officer", ["assigned_to", "status", "due_on"])
        batch_op.create_index("ix_reminder_stakeholder_id", ["stakeholder_id"])
        batch_op.create_index("ix_reminder_activity_id", ["activity_id"])
        batch_op.create_index("ix_reminder_complaint_id", ["complaint_id"])

    interval = op.create_table(
        "contact_interval",
        sa.Column("priority", _enum(_PRIORITIES, "priority"), nullable=False),
        sa.Column("months", sa.Integer(), nullable=False),
        *_entity_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_interval")),
        sa.UniqueConstraint("priority", name=op.f("uq_contact_interval_priority")),
    )
    op.bulk_insert(
        interval,
        [
            {"id": uuid.uuid5(_NAMESPACE, f"contact_interval:{priority}"), "priority": priority,
             "months": months, "created_at": now, "updated_at": now}  # fmt: skip
            for priority, months in INTERVALS.items()
        ],
    )

    # Follow-up dates already recorded become reminders.
    rows = bind.execute(
        sa.text(
            "SELECT a.id, a.stakeholder_id, a.follow_up_on, a.staff,"
            " (SELECT min(b.occurred_at) FROM activity b WHERE b.stakeholder_id = a.stakeholder_id"
            "  AND b.occurred_at > a.occurred_at) AS later"
            " FROM activity a WHERE a.follow_up_on IS NOT NULL"
        )
    ).all()
    reminder = sa.table(
        "reminder",
        sa.column("id", sa.Uuid()), sa.column("stakeholder_id", sa.Uuid()),
        sa.column("due_on", sa.Date()), sa.column("assigned_to", sa.String()),
        sa.column("source", sa.String()), sa.column("activity_id", sa.Uuid()),
        sa.column("complaint_id", sa.Uuid()), sa.column("note", sa.String()),
        sa.column("status", sa.String()), sa.column("done_on", sa.Date()),
        sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("updated_at", sa.DateTime(timezone=True)),
    )  # fmt: skip
    if rows:
        op.bulk_insert(
            reminder,
            [
                {
                    "id": uuid.uuid4(), "stakeholder_id": _uuid(who), "due_on": _day(due),
                    "assigned_to": staff or "", "source": "activity", "activity_id": _uuid(act),
                    "complaint_id": None, "note": "", "status": "done" if later else "open",
                    "done_on": _day(later[:10]) if later else None, "created_at": now,
                    "updated_at": now,
                }  # fmt: skip
                for act, who, due, staff, later in rows
            ],
        )


def _uuid(value: object) -> uuid.UUID:
    """A key read with plain SQL (SQLite gives the stored hex text) as the Uuid type wants it."""
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _day(value: object) -> date:
    """A date read with plain SQL (SQLite gives ISO text) as the Date type wants it."""
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def downgrade() -> None:
    with op.batch_alter_table("feedback_entry") as batch_op:
        batch_op.drop_index("ix_feedback_entry_office_summary")
        batch_op.create_index("ix_feedback_entry_office", ["office_id"])
    with op.batch_alter_table("activity") as batch_op:
        batch_op.drop_index("ix_activity_at")
    op.drop_table("contact_interval")
    op.drop_table("reminder")
    with op.batch_alter_table("stakeholder") as batch_op:
        batch_op.drop_index("ix_stakeholder_organisation")
        batch_op.drop_column("contact_every_months")
        batch_op.drop_column("relationship_officer")
    op.drop_table("activity_participant")
    op.get_bind().execute(
        sa.text(
            "UPDATE activity SET kind = 'note' WHERE kind IN "
            "('letter', 'training', 'agreement', 'social_media')"
        )
    )
    with op.batch_alter_table("activity") as batch_op:
        batch_op.drop_constraint("fk_activity_channel_id_channel", type_="foreignkey")
        batch_op.drop_column("outcome")
        batch_op.drop_column("stage")
        batch_op.drop_column("channel_id")
        batch_op.alter_column("follow_up_on", new_column_name="next_contact_on", existing_type=sa.Date())
        batch_op.alter_column(
            "kind", existing_type=_enum(_KINDS, "activitykind"),
            type_=_enum(_OLD_KINDS, "activitykind"), existing_nullable=False,
        )  # fmt: skip
