"""complaints (issue 5): schema changes

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29 09:00:00

The schema changes of issue 5: a case's service-standard milestones (acknowledged, first
response, result notified and by which channel), forwarding to another agency, the unit in
charge, the complainant when not in the registry, resolution (root cause catalogue, corrective
action), follow-up, duplicates; attachments stored in the database; who may read confidential
cases; settings kept with the data (the case-number prefix). Default root causes are seeded
with fixed keys (UUIDv5 of the code), like the catalogues of 0002; the data is frozen here.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_NAMESPACE = uuid.UUID("5d0c7a52-4f3e-4c8e-9a4b-0c1d2e3f4a5b")  # the same as 0002's

# (code, Thai, English)
ROOT_CAUSES = [
    ("process", "ขั้นตอน/กระบวนการทำงาน", "Work process or procedure"),
    ("staff_conduct", "พฤติกรรมการให้บริการของเจ้าหน้าที่", "Staff conduct"),
    ("staff_knowledge", "ความรู้ความเข้าใจของเจ้าหน้าที่", "Staff knowledge"),
    ("information", "การให้ข้อมูล/การสื่อสาร", "Information and communication"),
    ("facilities", "สถานที่และสิ่งอำนวยความสะดวก", "Premises and facilities"),
    ("it_system", "ระบบเทคโนโลยีสารสนเทศ", "IT system"),
    ("regulation", "กฎระเบียบ/ข้อกฎหมาย", "Rules and regulations"),
    ("other_agency", "หน่วยงานอื่นเกี่ยวข้อง", "Another agency's part"),
    ("no_fault", "ไม่พบข้อบกพร่อง", "No fault found"),
]



def _stamps() -> list[sa.Column]:
    """The key and time stamps every entity table has (new objects each time: a Column
    belongs to one table)."""
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "complaint_root_cause",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name_th", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        *_stamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_root_cause")),
        sa.UniqueConstraint("code", name=op.f("uq_complaint_root_cause_code")),
    )
    op.create_table(
        "complaint_officer",
        sa.Column("user_name", sa.String(length=200), nullable=False),
        *_stamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_officer")),
        sa.UniqueConstraint("user_name", name=op.f("uq_complaint_officer_user_name")),
    )
    op.create_table(
        "complaint_setting",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.String(length=500), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_complaint_setting")),
    )
    op.create_table(
        "complaint_access",
        sa.Column("complaint_id", sa.Uuid(), nullable=False),
        sa.Column("user_name", sa.String(length=200), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(["complaint_id"], ["complaint.id"],
                                name=op.f("fk_complaint_access_complaint_id_complaint"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_access")),
        sa.UniqueConstraint("complaint_id", "user_name", name=op.f("uq_complaint_access_complaint_id_user_name")),
    )  # fmt: skip
    op.create_table(
        "complaint_attachment",
        sa.Column("complaint_id", sa.Uuid(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("added_by", sa.String(length=200), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(["complaint_id"], ["complaint.id"],
                                name=op.f("fk_complaint_attachment_complaint_id_complaint"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_attachment")),
    )  # fmt: skip
    with op.batch_alter_table("complaint_attachment") as batch_op:
        batch_op.create_index(batch_op.f("ix_complaint_attachment_complaint_id"), ["complaint_id"], unique=False)

    with op.batch_alter_table("complaint_category") as batch_op:
        batch_op.add_column(sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true()))

    with op.batch_alter_table("complaint") as batch_op:
        for name, length in (("complainant_name", 200), ("complainant_contact", 200), ("unit", 200),
                             ("forwarded_agency", 300), ("forwarded_reference", 100)):  # fmt: skip
            batch_op.add_column(sa.Column(name, sa.String(length=length), nullable=False, server_default=""))
        for name in ("corrective_action", "follow_up_comment"):
            batch_op.add_column(sa.Column(name, sa.String(), nullable=False, server_default=""))
        for name in ("acknowledged_at", "first_response_at", "notified_at", "followed_up_at"):
            batch_op.add_column(sa.Column(name, sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("forwarded_on", sa.Date(), nullable=True))
        for name in ("notify_channel_id", "root_cause_id", "duplicate_of_id"):
            batch_op.add_column(sa.Column(name, sa.Uuid(), nullable=True))
        batch_op.create_foreign_key(op.f("fk_complaint_notify_channel_id_channel"), "channel",
                                    ["notify_channel_id"], ["id"])
        batch_op.create_foreign_key(op.f("fk_complaint_root_cause_id_complaint_root_cause"),
                                    "complaint_root_cause", ["root_cause_id"], ["id"])
        batch_op.create_foreign_key(op.f("fk_complaint_duplicate_of_id_complaint"), "complaint",
                                    ["duplicate_of_id"], ["id"])
        batch_op.create_index("ix_complaint_assigned_to_status", ["assigned_to", "status"], unique=False)
        batch_op.create_index("ix_complaint_duplicate_of_id", ["duplicate_of_id"], unique=False)
        batch_op.create_index("ix_complaint_feedback_entry_id", ["feedback_entry_id"], unique=False)

    # server defaults only filled the existing rows: the ORM sets the values of new ones.
    with op.batch_alter_table("complaint_category") as batch_op:
        batch_op.alter_column("active", server_default=None)
    with op.batch_alter_table("complaint") as batch_op:
        for name in ("complainant_name", "complainant_contact", "unit", "forwarded_agency",
                     "forwarded_reference", "corrective_action", "follow_up_comment"):  # fmt: skip
            batch_op.alter_column(name, server_default=None)

    causes = sa.table(
        "complaint_root_cause",
        sa.column("id", sa.Uuid()), sa.column("code", sa.String()), sa.column("name_th", sa.String()),
        sa.column("name_en", sa.String()), sa.column("active", sa.Boolean()),
        sa.column("created_at", sa.DateTime(timezone=True)), sa.column("updated_at", sa.DateTime(timezone=True)),
    )  # fmt: skip
    now = datetime.now(UTC)
    op.bulk_insert(
        causes,
        [
            {"id": uuid.uuid5(_NAMESPACE, f"complaint_root_cause:{code}"), "code": code, "name_th": th,
             "name_en": en, "active": True, "created_at": now, "updated_at": now}
            for code, th, en in ROOT_CAUSES
        ],
    )  # fmt: skip


def downgrade() -> None:
    with op.batch_alter_table("complaint") as batch_op:
        batch_op.drop_index("ix_complaint_feedback_entry_id")
        batch_op.drop_index("ix_complaint_duplicate_of_id")
        batch_op.drop_index("ix_complaint_assigned_to_status")
        batch_op.drop_constraint(op.f("fk_complaint_duplicate_of_id_complaint"), type_="foreignkey")
        batch_op.drop_constraint(op.f("fk_complaint_root_cause_id_complaint_root_cause"), type_="foreignkey")
        batch_op.drop_constraint(op.f("fk_complaint_notify_channel_id_channel"), type_="foreignkey")
        for name in ("duplicate_of_id", "root_cause_id", "notify_channel_id", "forwarded_on",
                     "followed_up_at", "notified_at", "first_response_at", "acknowledged_at",
                     "follow_up_comment", "corrective_action", "forwarded_reference",
                     "forwarded_agency", "unit", "complainant_contact", "complainant_name"):  # fmt: skip
            batch_op.drop_column(name)
    with op.batch_alter_table("complaint_category") as batch_op:
        batch_op.drop_column("active")
    with op.batch_alter_table("complaint_attachment") as batch_op:
        batch_op.drop_index(batch_op.f("ix_complaint_attachment_complaint_id"))
    op.drop_table("complaint_attachment")
    op.drop_table("complaint_access")
    op.drop_table("complaint_setting")
    op.drop_table("complaint_officer")
    op.drop_table("complaint_root_cause")
