"""listening log (issue 4): schema changes

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 09:00:00

The schema changes of issue 4. The revisions of issues 3, 4 and 5 were laid out in one
chain up front so that the three areas could be built side by side; a revision with no change
of its own simply moves the file's version on.

Feedback entries get a number (given by the database, the key of the full-text index), the
reference they have in the source they were imported from, and a follow-up status; filters on
service and office get indexes. The words heard are indexed by ``feedback_fts``, an FTS5
external-content table with the trigram tokenizer (it finds any run of three or more characters,
so a Thai word inside a sentence without spaces), kept in step by triggers.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# The triggers keep the index equal to the table. A new row without a number gets the next one
# (its update then indexes it); a row inserted with a number is indexed at once. An FTS5
# external-content index forgets a row only when told the exact values it indexed ('delete').
_TRIGGERS = (
    """CREATE TRIGGER feedback_entry_number AFTER INSERT ON feedback_entry
       WHEN new.number IS NULL BEGIN
         UPDATE feedback_entry
            SET number = (SELECT coalesce(max(number), 0) + 1 FROM feedback_entry)
          WHERE rowid = new.rowid;
       END""",
    """CREATE TRIGGER feedback_entry_fts_insert AFTER INSERT ON feedback_entry
       WHEN new.number IS NOT NULL BEGIN
         INSERT INTO feedback_fts(rowid, text, staff) VALUES (new.number, new.text, new.staff);
       END""",
    """CREATE TRIGGER feedback_entry_fts_update AFTER UPDATE OF number, text, staff ON feedback_entry BEGIN
         INSERT INTO feedback_fts(feedback_fts, rowid, text, staff)
           SELECT 'delete', old.number, old.text, old.staff WHERE old.number IS NOT NULL;
         INSERT INTO feedback_fts(rowid, text, staff)
           SELECT new.number, new.text, new.staff WHERE new.number IS NOT NULL;
       END""",
    """CREATE TRIGGER feedback_entry_fts_delete AFTER DELETE ON feedback_entry
       WHEN old.number IS NOT NULL BEGIN
         INSERT INTO feedback_fts(feedback_fts, rowid, text, staff) VALUES ('delete', old.number, old.text, old.staff);
       END""",
)
_TRIGGER_NAMES = ("feedback_entry_number", "feedback_entry_fts_insert", "feedback_entry_fts_update",
                  "feedback_entry_fts_delete")  # fmt: skip


def upgrade() -> None:
    with op.batch_alter_table("feedback_entry", schema=None) as batch_op:
        batch_op.add_column(sa.Column("number", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("reference", sa.String(length=100), server_default="", nullable=False))
        batch_op.add_column(sa.Column(
            "status",
            sa.Enum("new", "reviewed", "acted_on", "closed", name="feedbackstatus", native_enum=False, length=32),
            server_default="new", nullable=False,
        ))  # fmt: skip
        batch_op.create_index("ix_feedback_entry_number", ["number"], unique=True)
        batch_op.create_index("ix_feedback_entry_reference", ["reference"], unique=False)
        batch_op.create_index("ix_feedback_entry_service", ["service_id"], unique=False)
        batch_op.create_index("ix_feedback_entry_office", ["office_id"], unique=False)

    if op.get_bind().dialect.name == "postgresql":
        _upgrade_postgresql()
        return
    # Existing entries are numbered in the order they were heard.
    op.execute(
        "UPDATE feedback_entry SET number = numbered.n FROM ("
        " SELECT rowid AS row_key, row_number() OVER (ORDER BY received_at, id) AS n FROM feedback_entry"
        ") AS numbered WHERE numbered.row_key = feedback_entry.rowid"
    )
    op.execute(
        "CREATE VIRTUAL TABLE feedback_fts USING fts5("
        "text, staff, content='feedback_entry', content_rowid='number', tokenize='trigram')"
    )
    op.execute("INSERT INTO feedback_fts(feedback_fts) VALUES ('rebuild')")
    for trigger in _TRIGGERS:
        op.execute(trigger)


# PostgreSQL (issue 20): the number comes from a sequence, given before the row is written
# (a column default, and a trigger for an INSERT that names the column with NULL, as the ORM
# does); a number given explicitly moves the sequence past it. The words are searched with
# pg_trgm's GIN indexes (ILIKE '%word%' uses them; Thai included, under the cluster's UTF-8
# locale), which the table keeps up to date itself: no triggers, no separate index table.
_PG_SEQUENCE = "feedback_entry_number_seq"
_PG_TRIGRAM_INDEXES = (
    ("ix_feedback_entry_text_trgm", "text"),
    ("ix_feedback_entry_staff_trgm", "staff"),
)
_PG_NUMBER_FUNCTION = f"""CREATE OR REPLACE FUNCTION feedback_entry_number() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.number IS NULL THEN
    NEW.number := nextval('{_PG_SEQUENCE}');
  ELSIF NEW.number >= (SELECT last_value FROM {_PG_SEQUENCE}) THEN
    PERFORM setval('{_PG_SEQUENCE}', NEW.number);
  END IF;
  RETURN NEW;
END $$"""


def _upgrade_postgresql() -> None:
    op.execute(f"CREATE SEQUENCE {_PG_SEQUENCE} OWNED BY feedback_entry.number")
    op.execute(
        "UPDATE feedback_entry SET number = numbered.n FROM ("
        " SELECT id, row_number() OVER (ORDER BY received_at, id) AS n FROM feedback_entry"
        ") AS numbered WHERE numbered.id = feedback_entry.id"
    )
    op.execute(
        f"SELECT setval('{_PG_SEQUENCE}', coalesce(max(number), 0) + 1, false) FROM feedback_entry"
    )
    op.execute(
        f"ALTER TABLE feedback_entry ALTER COLUMN number SET DEFAULT nextval('{_PG_SEQUENCE}')"
    )
    op.execute(_PG_NUMBER_FUNCTION)
    op.execute(
        "CREATE TRIGGER feedback_entry_number BEFORE INSERT ON feedback_entry"
        " FOR EACH ROW EXECUTE FUNCTION feedback_entry_number()"
    )
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")  # a trusted extension (PostgreSQL 13+)
    for name, column in _PG_TRIGRAM_INDEXES:
        op.execute(f"CREATE INDEX {name} ON feedback_entry USING gin ({column} gin_trgm_ops)")


def _downgrade_postgresql() -> None:
    for name, _column in _PG_TRIGRAM_INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    op.execute("DROP TRIGGER IF EXISTS feedback_entry_number ON feedback_entry")
    op.execute("DROP FUNCTION IF EXISTS feedback_entry_number()")
    op.execute("ALTER TABLE feedback_entry ALTER COLUMN number DROP DEFAULT")
    op.execute(f"DROP SEQUENCE IF EXISTS {_PG_SEQUENCE}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _downgrade_postgresql()
    else:
        for name in _TRIGGER_NAMES:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS feedback_fts")
    with op.batch_alter_table("feedback_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_feedback_entry_office")
        batch_op.drop_index("ix_feedback_entry_service")
        batch_op.drop_index("ix_feedback_entry_reference")
        batch_op.drop_index("ix_feedback_entry_number")
        batch_op.drop_column("status")
        batch_op.drop_column("reference")
        batch_op.drop_column("number")
