"""an index for one- and two-character search words (issue 18): feedback_gram

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-05 05:10:00

The trigram full-text index ``feedback_fts`` cannot find a word shorter than three characters
(a two-letter Thai word such as "ดี"), so such a search scanned every entry's words (0.4–0.8 s at
1,000,000 entries for the scan alone). ``feedback_gram`` holds, for each entry, every run of two
characters of its lower-cased words heard and staff member, and the last character of each
alone, keyed by (gram, entry number): a two-character word is then one index range, and a
one-character word a range of the grams that start with it. ``lower`` is SQLite's own (ASCII
letters only), the same as the substring scan's, so both find exactly the same entries.
Triggers keep it in step with ``feedback_entry`` like the full-text index's. The stakeholder,
segment and service indexes of ``feedback_entry`` gain the entry number, so that counting a
search's matches among the entries of the names it found reads the indexes alone.

Measured on the scale-200 demo file (1,000,000 entries): building it takes about 70 s and adds
65.7 million rows, 1.1 GB (3.1 → 4.3 GB).
"""

from __future__ import annotations

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

# The grams of the text ``{t}`` for entry ``{n}``: json_each over an array of length(t) zeros
# gives the positions 0 .. length - 1 (a trigger may not use WITH); the last position gives the
# last character alone.
_POSITIONS = "json_each('[' || substr(replace(hex(zeroblob(length({t}))), '00', ',0'), 2) || ']')"


def _grams(t: str, n: str) -> str:
    return f"SELECT substr({t}, p.key + 1, 2), {n} FROM {_POSITIONS.format(t=t)} AS p"


def _insert(prefix: str) -> str:
    """Statements adding the grams of the row ``prefix`` (new) to the table."""
    return "\n".join(
        f"INSERT OR IGNORE INTO feedback_gram (gram, entry_number) "
        f"{_grams(f'lower({prefix}.{col})', f'{prefix}.number')} WHERE {prefix}.number IS NOT NULL;"
        for col in ("text", "staff")
    )


# An entry's grams are found through its old words (the key's first part): no second index.
_DELETE_OLD = (
    "DELETE FROM feedback_gram WHERE entry_number = old.number AND gram IN ("
    + " UNION ALL ".join(
        f"SELECT substr(lower(old.{col}), p.key + 1, 2) FROM "
        + _POSITIONS.format(t=f"lower(old.{col})")
        + " AS p"
        for col in ("text", "staff")
    )
    + ");"
)

_TRIGGERS = (
    f"""CREATE TRIGGER feedback_entry_gram_insert AFTER INSERT ON feedback_entry
       WHEN new.number IS NOT NULL BEGIN
         {_insert("new")}
       END""",
    f"""CREATE TRIGGER feedback_entry_gram_update AFTER UPDATE OF number, text, staff ON feedback_entry
       BEGIN
         {_DELETE_OLD}
         {_insert("new")}
       END""",
    f"""CREATE TRIGGER feedback_entry_gram_delete AFTER DELETE ON feedback_entry
       WHEN old.number IS NOT NULL BEGIN
         {_DELETE_OLD}
       END""",
)
_NUMBERED_INDEXES = (("stakeholder", "stakeholder_id"), ("segment", "segment_id"),
                     ("service", "service_id"))  # fmt: skip
_TRIGGER_NAMES = ("feedback_entry_gram_insert", "feedback_entry_gram_update",
                  "feedback_entry_gram_delete")  # fmt: skip


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":  # PostgreSQL: pg_trgm's indexes (0004) serve
        _renumber_indexes()
        return
    op.execute(
        "CREATE TABLE feedback_gram (gram TEXT NOT NULL, entry_number INTEGER NOT NULL,"
        " PRIMARY KEY (gram, entry_number)) WITHOUT ROWID"
    )
    words = (
        "SELECT number, lower(text) AS t FROM feedback_entry WHERE number IS NOT NULL"
        " UNION ALL SELECT number, lower(staff) FROM feedback_entry WHERE number IS NOT NULL"
    )
    # One statement, sorted as the table's key: SQLite appends to the tree instead of inserting.
    op.execute(
        "INSERT OR IGNORE INTO feedback_gram (gram, entry_number)"
        f" SELECT substr(s.t, p.key + 1, 2), s.number FROM ({words}) AS s,"
        f" {_POSITIONS.format(t='s.t')} AS p ORDER BY 1, 2"
    )
    for trigger in _TRIGGERS:
        op.execute(trigger)
    _renumber_indexes()


def _renumber_indexes() -> None:
    # A search's count reads the numbers of the entries of the stakeholders (services, segments)
    # whose names contain a word from these indexes alone (24,000 stakeholders for "ดี":
    # 330 → 110 ms; a service for "รอ": 305 → 109 ms); ~1.5 s each to build.
    for name, column in _NUMBERED_INDEXES:
        op.drop_index(f"ix_feedback_entry_{name}", table_name="feedback_entry")
        op.create_index(f"ix_feedback_entry_{name}", "feedback_entry", [column, "number"])


def downgrade() -> None:
    for name, column in _NUMBERED_INDEXES:
        op.drop_index(f"ix_feedback_entry_{name}", table_name="feedback_entry")
        op.create_index(f"ix_feedback_entry_{name}", "feedback_entry", [column])
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in _TRIGGER_NAMES:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS feedback_gram")
