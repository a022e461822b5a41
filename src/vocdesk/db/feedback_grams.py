"""The short-word index of the listening log (``feedback_gram``, migration 0015) filled set-wise.

The migration's triggers add an entry's grams one entry at a time: ~70 inserts at random places
of a tree keyed by gram, which made a plain insert of an entry about five times slower. A bulk
insert (an import) drops the insert trigger (``db.bulk.triggers_dropped``) and adds the grams of
all its new entries here in one statement sorted as the table's key, as the migration built the
table: the same rows the trigger would have added.

SQLite only: on PostgreSQL the search reads GIN trigram indexes over the entries themselves
(``pg_trgm``), which the server keeps; there is no gram table nor full-text table to fill.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

# Fires for each entry inserted with its number (an import gives them); an entry inserted
# without one is numbered by ``feedback_entry_number``'s UPDATE, which fires the update trigger.
GRAM_INSERT_TRIGGER = "feedback_entry_gram_insert"
FTS_INSERT_TRIGGER = "feedback_entry_fts_insert"

# As in migration 0015: json_each over an array of length(t) zeros gives the positions 0 ..
# length - 1 of the text t; the last position gives its last character alone.
_POSITIONS = "json_each('[' || substr(replace(hex(zeroblob(length(s.t))), '00', ',0'), 2) || ']')"
_WORDS = (
    "SELECT number, lower(text) AS t FROM feedback_entry WHERE number >= :first"
    " UNION ALL SELECT number, lower(staff) FROM feedback_entry WHERE number >= :first"
)
_ADD_GRAMS = text(
    "INSERT OR IGNORE INTO feedback_gram (gram, entry_number)"
    f" SELECT substr(s.t, p.key + 1, 2), s.number FROM ({_WORDS}) AS s, {_POSITIONS} AS p"
    " ORDER BY 1, 2"
)
_ADD_WORDS = text(
    "INSERT INTO feedback_fts (rowid, text, staff)"
    " SELECT number, text, staff FROM feedback_entry WHERE number >= :first ORDER BY number"
)


def add_grams(session: Session, first: int) -> None:
    """Add the grams of every entry numbered ``first`` or higher (the entries just inserted)."""
    if session.get_bind().dialect.name != "sqlite":
        return
    session.execute(_ADD_GRAMS, {"first": first})


def add_words(session: Session, first: int) -> None:
    """Add the words of every entry numbered ``first`` or higher to the full-text index."""
    if session.get_bind().dialect.name != "sqlite":
        return
    session.execute(_ADD_WORDS, {"first": first})
