"""listening plan, coverage and improvement actions (issue 4): schema changes

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29 09:00:00

The listening plan (segment × stage × channel, with frequency and owner), improvement actions
with their links to listening entries, complaints and survey findings, and one covering index
on the listening log for the period summaries and the coverage matrix.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_STAGES = ("before", "during", "after")
_FREQUENCIES = (
    "continuous", "daily", "weekly", "monthly", "quarterly", "half_yearly", "yearly", "as_needed",
)  # fmt: skip
_STATUSES = ("planned", "in_progress", "done", "cancelled")


def _entity_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    ]


def _enum(values: tuple[str, ...], name: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, length=32)


def upgrade() -> None:
    op.create_table(
        "listening_plan_item",
        sa.Column("segment_id", sa.Uuid(), nullable=False),
        sa.Column("stage", _enum(_STAGES, "lifecyclestage"), nullable=False),
        sa.Column("channel_id", sa.Uuid(), nullable=False),
        sa.Column("method", sa.String(length=300), nullable=False),
        sa.Column("frequency", _enum(_FREQUENCIES, "listeningfrequency"), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        *_entity_columns(),
        sa.ForeignKeyConstraint(
            ["segment_id"], ["segment.id"],
            name=op.f("fk_listening_plan_item_segment_id_segment"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["channel_id"], ["channel.id"], name=op.f("fk_listening_plan_item_channel_id_channel")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_listening_plan_item")),
    )  # fmt: skip
    with op.batch_alter_table("listening_plan_item") as batch_op:
        batch_op.create_index("ix_listening_plan_item_segment_stage", ["segment_id", "stage"])

    op.create_table(
        "improvement_action",
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", _enum(_STATUSES, "improvementstatus"), nullable=False),
        sa.Column("outcome", sa.String(), nullable=False),
        sa.Column("completed_on", sa.Date(), nullable=True),
        *_entity_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_improvement_action")),
    )
    with op.batch_alter_table("improvement_action") as batch_op:
        batch_op.create_index("ix_improvement_action_status_due", ["status", "due_on"])

    op.create_table(
        "improvement_feedback",
        sa.Column("action_id", sa.Uuid(), nullable=False),
        sa.Column("feedback_entry_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"], ["improvement_action.id"],
            name=op.f("fk_improvement_feedback_action_id_improvement_action"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["feedback_entry_id"], ["feedback_entry.id"],
            name=op.f("fk_improvement_feedback_feedback_entry_id_feedback_entry"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("action_id", "feedback_entry_id", name=op.f("pk_improvement_feedback")),
    )  # fmt: skip
    with op.batch_alter_table("improvement_feedback") as batch_op:
        batch_op.create_index("ix_improvement_feedback_feedback_entry_id", ["feedback_entry_id"])

    op.create_table(
        "improvement_complaint",
        sa.Column("action_id", sa.Uuid(), nullable=False),
        sa.Column("complaint_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"], ["improvement_action.id"],
            name=op.f("fk_improvement_complaint_action_id_improvement_action"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["complaint_id"], ["complaint.id"],
            name=op.f("fk_improvement_complaint_complaint_id_complaint"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("action_id", "complaint_id", name=op.f("pk_improvement_complaint")),
    )  # fmt: skip
    with op.batch_alter_table("improvement_complaint") as batch_op:
        batch_op.create_index("ix_improvement_complaint_complaint_id", ["complaint_id"])

    op.create_table(
        "improvement_survey_finding",
        sa.Column("action_id", sa.Uuid(), nullable=False),
        sa.Column("survey_id", sa.Uuid(), nullable=False),
        sa.Column("question_id", sa.Uuid(), nullable=True),
        sa.Column("finding", sa.String(), nullable=False),
        *_entity_columns(),
        sa.ForeignKeyConstraint(
            ["action_id"], ["improvement_action.id"],
            name=op.f("fk_improvement_survey_finding_action_id_improvement_action"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["survey_id"], ["survey.id"],
            name=op.f("fk_improvement_survey_finding_survey_id_survey"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["question_id"], ["survey_question.id"],
            name=op.f("fk_improvement_survey_finding_question_id_survey_question"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_improvement_survey_finding")),
    )  # fmt: skip
    with op.batch_alter_table("improvement_survey_finding") as batch_op:
        batch_op.create_index("ix_improvement_survey_finding_action_id", ["action_id"])
        batch_op.create_index("ix_improvement_survey_finding_survey_id", ["survey_id"])

    # Covering index for the period summaries and the coverage matrix (see models/listening_plan).
    with op.batch_alter_table("feedback_entry") as batch_op:
        batch_op.create_index(
            "ix_feedback_entry_summary",
            ["received_at", "segment_id", "stage", "channel_id", "type", "service_id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("feedback_entry") as batch_op:
        batch_op.drop_index("ix_feedback_entry_summary")
    op.drop_table("improvement_survey_finding")
    op.drop_table("improvement_complaint")
    op.drop_table("improvement_feedback")
    op.drop_table("improvement_action")
    op.drop_table("listening_plan_item")
