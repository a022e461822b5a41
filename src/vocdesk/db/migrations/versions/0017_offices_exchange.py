"""offices exchanging bundles (issue 20): where each record came from, what changed, deletions

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-05 10:40:00

Every table that travels between offices gains ``origin_office`` (the code of the office that
made the record; empty = this installation), ``edited_office`` (the office whose edit it holds)
and ``touched_at`` (when it last changed in this database: what the next bundle collects); the
association tables gain ``touched_at``. A trigger on each of them writes every deleted row's key
to ``sync_tombstone``, so the deletion travels too. A complaint gains its numbering ``series``
(the office part), and the unique rule on numbers becomes (series, fiscal year, sequence), so
two offices each number from 1 in a fiscal year. New tables keep the offices exchanged with,
the bundles sent and received, conflicts left for review, and ids matched to local records.

Rows already there keep ``touched_at`` empty: the first bundle to an office holds everything.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from vocdesk.db.base import UtcDateTime

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

TRAVELLING = (
    "activity", "channel", "complaint", "complaint_attachment", "complaint_category",
    "complaint_root_cause", "complaint_status_change", "consent", "contact_interval",
    "data_subject_request", "feedback_entry", "holiday", "improvement_action",
    "improvement_survey_finding", "listening_plan_item", "office", "privacy_notice",
    "privacy_notice_shown", "reminder", "retention_policy", "segment", "service", "stakeholder",
    "survey", "survey_benchmark", "survey_choice", "survey_dimension", "survey_question",
    "survey_response",
)  # fmt: skip
# Association tables: their key columns, in primary-key order (the tombstone's JSON array).
ASSOCIATIONS = {
    "activity_participant": ("activity_id", "stakeholder_id"),
    "improvement_complaint": ("action_id", "complaint_id"),
    "improvement_feedback": ("action_id", "feedback_entry_id"),
    "segment_service": ("segment_id", "service_id"),
    "survey_target_segment": ("survey_id", "segment_id"),
}


def _entity() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UtcDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", UtcDateTime(timezone=True), nullable=False),
    ]


def _touched_at(table: str) -> None:
    op.add_column(table, sa.Column("touched_at", UtcDateTime(timezone=True), nullable=True))
    op.create_index(op.f(f"ix_{table}_touched_at"), table, ["touched_at"])


def upgrade() -> None:
    for table in TRAVELLING:
        op.add_column(
            table, sa.Column("origin_office", sa.String(40), nullable=False, server_default="")
        )
        op.add_column(
            table, sa.Column("edited_office", sa.String(40), nullable=False, server_default="")
        )
        _touched_at(table)
    for table in ASSOCIATIONS:
        _touched_at(table)

    op.add_column(
        "complaint", sa.Column("series", sa.String(40), nullable=False, server_default="")
    )
    # A case's series is what its number holds before the fiscal year (the number prefix in
    # force when it was registered), so each prefix goes on numbering where it was.
    padded = (
        "lpad(CAST(sequence AS TEXT), 6, '0')"
        if op.get_bind().dialect.name == "postgresql"
        else "printf('%06d', sequence)"
    )
    tail = f"CAST(fiscal_year AS TEXT) || '/' || {padded}"
    op.execute(
        f"UPDATE complaint SET series = substr(number, 1, length(number) - length({tail})) "
        f"WHERE number LIKE '%' || {tail} AND length(number) > length({tail})"
    )
    with op.batch_alter_table("complaint") as batch:
        batch.drop_constraint("uq_complaint_fiscal_year_sequence", type_="unique")
        batch.create_unique_constraint(
            "uq_complaint_series_fiscal_year_sequence", ["series", "fiscal_year", "sequence"]
        )

    _create_tables()
    _create_tombstone_triggers()


def _create_tables() -> None:
    op.create_table(
        "sync_peer",
        sa.Column("office_code", sa.String(40), nullable=False),
        sa.Column("office_name", sa.String(300), nullable=False),
        sa.Column("last_sent_at", UtcDateTime(timezone=True), nullable=True),
        sa.Column("last_sent_sequence", sa.Integer(), nullable=False),
        sa.Column("last_received_sequence", sa.Integer(), nullable=False),
        sa.Column("last_received_made_at", UtcDateTime(timezone=True), nullable=True),
        sa.Column("acknowledged_made_at", UtcDateTime(timezone=True), nullable=True),
        *_entity(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_peer")),
        sa.UniqueConstraint("office_code", name=op.f("uq_sync_peer_office_code")),
    )
    op.create_table(
        "sync_bundle",
        sa.Column("bundle_id", sa.Uuid(), nullable=False),
        sa.Column("direction", sa.String(16), nullable=False),
        sa.Column("office_code", sa.String(40), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("made_at", UtcDateTime(timezone=True), nullable=False),
        sa.Column("since", UtcDateTime(timezone=True), nullable=True),
        sa.Column("record_count", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(500), nullable=False),
        sa.Column("done_at", UtcDateTime(timezone=True), nullable=False),
        *_entity(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_bundle")),
        sa.UniqueConstraint("bundle_id", name=op.f("uq_sync_bundle_bundle_id")),
    )
    op.create_index(
        "ix_sync_bundle_office", "sync_bundle", ["office_code", "direction", "sequence"]
    )
    op.create_table(
        "sync_conflict",
        sa.Column("bundle_id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(64), nullable=False),
        sa.Column("row_id", sa.String(200), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("local_value", sa.Text(), nullable=False),
        sa.Column("incoming_value", sa.Text(), nullable=False),
        sa.Column("kept", sa.String(16), nullable=False),
        sa.Column("local_office", sa.String(40), nullable=False),
        sa.Column("incoming_office", sa.String(40), nullable=False),
        sa.Column("local_updated_at", UtcDateTime(timezone=True), nullable=True),
        sa.Column("incoming_updated_at", UtcDateTime(timezone=True), nullable=True),
        sa.Column("detected_at", UtcDateTime(timezone=True), nullable=False),
        sa.Column("resolved_at", UtcDateTime(timezone=True), nullable=True),
        sa.Column("resolved_by", sa.String(200), nullable=False),
        *_entity(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    op.create_index("ix_sync_conflict_open", "sync_conflict", ["resolved_at", "detected_at"])
    op.create_index("ix_sync_conflict_row", "sync_conflict", ["table_name", "row_id"])
    op.create_table(
        "sync_alias",
        sa.Column("table_name", sa.String(64), nullable=False),
        sa.Column("foreign_id", sa.String(200), nullable=False),
        sa.Column("local_id", sa.String(200), nullable=False),
        *_entity(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_alias")),
        sa.UniqueConstraint(
            "table_name", "foreign_id", name=op.f("uq_sync_alias_table_name_foreign_id")
        ),
    )
    op.create_table(
        "sync_tombstone",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("table_name", sa.String(64), nullable=False),
        sa.Column("row_key", sa.String(200), nullable=False),
        sa.Column("deleted_at", UtcDateTime(timezone=True), nullable=False),
        sa.Column("office", sa.String(40), nullable=False, server_default=""),
        sa.Column("touched_at", UtcDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_tombstone")),
    )
    op.create_index("ix_sync_tombstone_touched_at", "sync_tombstone", ["touched_at"])
    op.create_index("ix_sync_tombstone_row", "sync_tombstone", ["table_name", "row_key"])


def _create_tombstone_triggers() -> None:
    keys = {table: ("id",) for table in TRAVELLING} | ASSOCIATIONS
    if op.get_bind().dialect.name == "postgresql":
        op.execute(POSTGRESQL_TOMBSTONE_FUNCTION)
        for table, key in keys.items():
            arguments = ", ".join(f"'{column}'" for column in key)
            op.execute(
                f"CREATE TRIGGER sync_tombstone_{table} AFTER DELETE ON {table} "
                f"FOR EACH ROW EXECUTE FUNCTION vocdesk_tombstone({arguments})"
            )
        return
    for table, key in keys.items():
        row_key = f"old.{key[0]}" if len(key) == 1 else (
            "json_array(" + ", ".join(f"old.{column}" for column in key) + ")"
        )  # fmt: skip
        # '%f' gives seconds with milliseconds; three zeros make the microseconds SQLAlchemy
        # writes itself, so the stored moments sort and read alike.
        op.execute(
            f"CREATE TRIGGER sync_tombstone_{table} AFTER DELETE ON {table} BEGIN "
            "INSERT INTO sync_tombstone (table_name, row_key, deleted_at, office, touched_at) "
            f"VALUES ('{table}', {row_key}, strftime('%Y-%m-%d %H:%M:%f000', 'now'), '', "
            "strftime('%Y-%m-%d %H:%M:%f000', 'now')); END"
        )


# clock_timestamp(): the moment of the deletion, as SQLite's 'now' (now() would be the moment
# the transaction began, earlier than the changes it made before the deletion).
POSTGRESQL_TOMBSTONE_FUNCTION = """
CREATE OR REPLACE FUNCTION vocdesk_tombstone() RETURNS trigger AS $$
DECLARE
    row_key text;
BEGIN
    IF TG_NARGS = 1 THEN
        row_key := to_jsonb(OLD) ->> TG_ARGV[0];
    ELSE
        SELECT json_agg(to_jsonb(OLD) ->> key.name ORDER BY key.position)::text INTO row_key
          FROM unnest(TG_ARGV) WITH ORDINALITY AS key(name, position);
    END IF;
    INSERT INTO sync_tombstone (table_name, row_key, deleted_at, office, touched_at)
    VALUES (TG_TABLE_NAME, row_key, clock_timestamp(), '', clock_timestamp());
    RETURN OLD;
END
$$ LANGUAGE plpgsql
"""


def downgrade() -> None:
    keys = list(TRAVELLING) + list(ASSOCIATIONS)
    postgresql = op.get_bind().dialect.name == "postgresql"
    for table in keys:
        op.execute(
            f"DROP TRIGGER IF EXISTS sync_tombstone_{table}"
            + (f" ON {table}" if postgresql else "")
        )
    if postgresql:
        op.execute("DROP FUNCTION IF EXISTS vocdesk_tombstone()")
    for table in ("sync_tombstone", "sync_alias", "sync_conflict", "sync_bundle", "sync_peer"):
        op.drop_table(table)
    with op.batch_alter_table("complaint") as batch:
        batch.drop_constraint("uq_complaint_series_fiscal_year_sequence", type_="unique")
        batch.create_unique_constraint(
            "uq_complaint_fiscal_year_sequence", ["fiscal_year", "sequence"]
        )
    _drop_column("complaint", "series")
    for table in keys:
        op.drop_index(op.f(f"ix_{table}_touched_at"), table_name=table)
        _drop_column(table, "touched_at")
    for table in TRAVELLING:
        _drop_column(table, "edited_office")
        _drop_column(table, "origin_office")


def _drop_column(table: str, column: str) -> None:
    # Plain DROP COLUMN (SQLite 3.35+), not batch mode: batch mode rebuilds the table and loses
    # the listening entries' search triggers.
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    else:
        op.drop_column(table, column)
