"""Rules of the listening log that need no database: an entry's follow-up status and how a
search is split between the full-text index, the short-word index and a plain substring scan."""

from __future__ import annotations

from enum import StrEnum

# SQLite's trigram tokenizer indexes runs of three characters, so it can only find a search
# word of at least three characters; shorter words (a two-letter Thai word such as "ดี") are
# looked up in the short-word index (``feedback_gram``: every two characters of each entry's
# words, migration 0015): a two-character word is one of its grams, a one-character word the
# first character of some of them.
TRIGRAM_LENGTH = 3
GRAM_LENGTH = 2


class FeedbackStatus(StrEnum):
    """What has been done with an entry: the loop from hearing to acting."""

    NEW = "new"  # recorded, nobody has looked at it yet
    REVIEWED = "reviewed"  # read and considered; nothing needed or not yet decided
    ACTED_ON = "acted_on"  # turned into a complaint case or an improvement action
    CLOSED = "closed"  # nothing more will be done


def indexed_term(term: str) -> bool:
    """Whether the full-text index can answer ``term`` (else: a substring scan)."""
    return len(term) >= TRIGRAM_LENGTH


def short_term(term: str) -> bool:
    """Whether ``term`` is for the short-word index (one or two characters)."""
    return 0 < len(term) <= GRAM_LENGTH


def sqlite_lower(text: str) -> str:
    """``text`` as SQLite's own ``lower`` gives it: ASCII letters only (Thai has no case; "É"
    stays "É"), the folding of the substring scan and of the short-word index."""
    return text.translate(_ASCII_LOWER)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def fts_phrase(term: str) -> str:
    """``term`` as one FTS5 phrase: quoted, so that its characters (", *, -, :, AND ...) are
    searched literally rather than read as query syntax."""
    return '"' + term.replace('"', '""') + '"'
