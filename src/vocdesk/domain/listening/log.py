"""Rules of the listening log that need no database: an entry's follow-up status and how a
search is split between the full-text index and a plain substring scan."""

from __future__ import annotations

from enum import StrEnum

# SQLite's trigram tokenizer indexes runs of three characters, so it can only find a search
# word of at least three characters; shorter words (a two-letter Thai word such as "ดี") are
# looked for with a plain substring scan instead.
TRIGRAM_LENGTH = 3


class FeedbackStatus(StrEnum):
    """What has been done with an entry: the loop from hearing to acting."""

    NEW = "new"  # recorded, nobody has looked at it yet
    REVIEWED = "reviewed"  # read and considered; nothing needed or not yet decided
    ACTED_ON = "acted_on"  # turned into a complaint case or an improvement action
    CLOSED = "closed"  # nothing more will be done


def indexed_term(term: str) -> bool:
    """Whether the full-text index can answer ``term`` (else: a substring scan)."""
    return len(term) >= TRIGRAM_LENGTH


def fts_phrase(term: str) -> str:
    """``term`` as one FTS5 phrase: quoted, so that its characters (", *, -, :, AND ...) are
    searched literally rather than read as query syntax."""
    return '"' + term.replace('"', '""') + '"'
