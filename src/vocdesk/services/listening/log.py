"""Reading the listening log: what was heard, through which channel, at which lifecycle stage.

Search words of three characters or more are looked up in the full-text index ``feedback_fts``
(FTS5, trigram: any run of characters, so a Thai word inside a sentence without spaces); words
of one or two characters in the short-word index ``feedback_gram`` (migration 0015), except a
one-character word found in very many entries, which a substring scan finds sooner. Either way
a word matches the words heard or the staff member, or, through the small catalogue tables, the
stakeholder's name, the channel, service, office or segment. Every word must match (AND). Filters narrow by period, channel, stage, type,
sentiment, segment, service, office and status.

On PostgreSQL neither index exists: every word, of any length, is an ``ILIKE`` over the words
heard and the staff member, which the GIN trigram indexes (``pg_trgm``) over those two columns
serve for words of three characters or more; the matches are the same as on SQLite (a word is
found as a run of characters, ASCII letters of either case).
"""

from __future__ import annotations

import json
import os
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    SQLColumnExpression,
    Uuid,
    and_,
    any_,
    case,
    column,
    func,
    intersect,
    literal,
    literal_column,
    or_,
    select,
    table,
    union,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session, aliased

from vocdesk.db.models import (
    Channel,
    FeedbackEntry,
    Office,
    Segment,
    Service,
    Stakeholder,
)
from vocdesk.db.repositories.query import (
    Lookup,
    Sorting,
    deferred_page,
    enum_order,
    localised,
    named,
)
from vocdesk.domain.accounts import Permission
from vocdesk.domain.enums import FeedbackType, LifecycleStage, Sentiment
from vocdesk.domain.fiscal import Period
from vocdesk.domain.listening.log import (
    GRAM_LENGTH,
    FeedbackStatus,
    fts_phrase,
    indexed_term,
    short_term,
    sqlite_lower,
)
from vocdesk.domain.tables import Named, TableQuery
from vocdesk.services.authorization import requires
from vocdesk.services.database import Database
from vocdesk.services.pdpa.masking import sees_sensitive
from vocdesk.services.periods import in_period

__all__ = [
    "CatalogueChoices",
    "Choice",
    "FeedbackFilters",
    "FeedbackRow",
    "ListeningService",
    "Named",
    "TableQuery",
]


@dataclass(frozen=True)
class FeedbackRow:
    id: uuid.UUID
    received_at: datetime
    channel: Named
    stage: LifecycleStage
    type: FeedbackType
    sentiment: Sentiment
    text: str
    stakeholder: str | None  # None: anonymous
    segment: Named | None
    service: Named | None
    office: Named | None
    number: int = 0
    status: FeedbackStatus = FeedbackStatus.NEW
    staff: str = ""
    # PDPA s.26: the person is marked sensitive and the reader lacks the personal-data grant:
    # ``text`` (their words) is left empty.
    withheld: bool = False


@dataclass(frozen=True)
class FeedbackFilters:
    """What the log is narrowed to besides the search words; ``None`` = any."""

    period: Period | None = None  # whole days, in Thai time
    channel_id: uuid.UUID | None = None
    stage: LifecycleStage | None = None
    type: FeedbackType | None = None
    sentiment: Sentiment | None = None
    segment_id: uuid.UUID | None = None
    service_id: uuid.UUID | None = None
    office_id: uuid.UUID | None = None
    status: FeedbackStatus | None = None

    @property
    def active(self) -> bool:
        return any(getattr(self, f.name) is not None for f in fields(self))

    def conditions(self) -> list[ColumnElement[bool]]:
        found: list[ColumnElement[bool]] = []
        if self.period is not None:
            found.append(in_period(FeedbackEntry.received_at, self.period))
        equal = {
            "channel_id": FeedbackEntry.channel_id, "stage": FeedbackEntry.stage, "type": FeedbackEntry.type,
            "sentiment": FeedbackEntry.sentiment, "segment_id": FeedbackEntry.segment_id,
            "service_id": FeedbackEntry.service_id, "office_id": FeedbackEntry.office_id,
            "status": FeedbackEntry.status,
        }  # fmt: skip
        for name, col in equal.items():
            value = getattr(self, name)
            if value is not None:
                found.append(col == value)
        return found


NO_FILTERS = FeedbackFilters()


@dataclass(frozen=True)
class Choice:
    """One item of a picker: a catalogue entry's id, names and code."""

    id: uuid.UUID
    name: Named
    code: str = ""


@dataclass(frozen=True)
class CatalogueChoices:
    """The items of the log's pickers, in catalogue order."""

    channels: list[Choice] = field(default_factory=list)
    services: list[Choice] = field(default_factory=list)
    offices: list[Choice] = field(default_factory=list)
    segments: list[Choice] = field(default_factory=list)


def catalogue_choices(session: Session, active_only: bool) -> CatalogueChoices:
    """Channels, services, offices and segments; ``active_only`` leaves out retired ones (for
    new entries; filters keep them, since old entries name them)."""

    def read(model: Any, order: tuple[Any, ...]) -> list[Choice]:
        stmt = select(model.id, model.name_th, model.name_en, model.code).order_by(*order)
        if active_only and hasattr(model, "active"):
            stmt = stmt.where(model.active.is_(True))
        return [Choice(r[0], Named(r[1], r[2]), r[3]) for r in session.execute(stmt)]

    return CatalogueChoices(
        channels=read(Channel, (Channel.sort_order, Channel.name_th)),
        services=read(Service, (Service.name_th,)),
        offices=read(Office, (Office.name_th,)),
        segments=read(Segment, (Segment.sort_order, Segment.name_th)),
    )


# The FTS5 index as a plain table for SQLAlchemy: its rowid is the entry's number, and the
# column named like the table takes a MATCH over all indexed columns.
_fts = table("feedback_fts", column("rowid"), column("feedback_fts"))
# The short-word index: every two characters of an entry's lower-cased words (and the last one
# alone), with the entry's number.
_gram = table("feedback_gram", column("gram"), column("entry_number"))

# Aliases keep the joins readable and let one statement join two name tables.
_channel = aliased(Channel, name="ch")
_segment = aliased(Segment, name="seg")
_service = aliased(Service, name="svc")
_office = aliased(Office, name="off")
_person = aliased(Stakeholder, name="person")

_LOOKUPS = (
    Lookup(FeedbackEntry.stakeholder_id, Stakeholder, ("name",)),
    Lookup(FeedbackEntry.channel_id, Channel, ("name_th", "name_en")),
    Lookup(FeedbackEntry.service_id, Service, ("name_th", "name_en")),
    Lookup(FeedbackEntry.office_id, Office, ("name_th", "name_en")),
    Lookup(FeedbackEntry.segment_id, Segment, ("name_th", "name_en")),
)


# A search word found in more than this share of the entries is common: the page is then read by
# walking the date index and keeping matching rows (it soon has a page); a rarer word is read
# from the index's matches and sorted. Measured on 200,000 entries: a word in 12% of them, 77 ms
# for the first page through its matches, far less walking; a word in 49 entries, 3 ms through
# its matches, 120 ms walking.
COMMON_SHARE = 0.02


# A one-character word is looked up in the short-word index only when it starts few grams: a
# common Thai letter is in nearly every entry ("ร": 983,833 of 1,000,000), and reading its
# millions of grams (0.95 s) is slower than the substring scan (0.38 s). Counting up to this
# many grams costs a millisecond or two.
RARE_CHARACTER_GRAMS = 20_000

# The highest character: a gram starting with ``c`` lies between ``c`` and ``c + TOP + TOP``.
_TOP = "\U0010ffff"


def _gram_match(term: str) -> ColumnElement[bool]:
    """The grams of the short-word index that say an entry contains ``term`` (1–2 characters).

    Lower-cased as SQLite's ``lower`` does (ASCII only), the same as the index and the scan."""
    lowered = sqlite_lower(term)
    if len(term) == GRAM_LENGTH:
        return _gram.c.gram == lowered
    return and_(_gram.c.gram >= lowered, _gram.c.gram < lowered + _TOP + _TOP)


def on_postgres(session: Session) -> bool:
    """Whether the session's database is a PostgreSQL server (no FTS5, no short-word index)."""
    return session.get_bind().dialect.name == "postgresql"


def _contains(column: Any, term: str) -> ColumnElement[bool]:
    """PostgreSQL: ``column ILIKE '%term%'`` with the pattern given whole (its ``%`` and ``_``
    escaped), so that the planner sees it and can use the trigram index."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return column.ilike(f"%{escaped}%", escape="\\")  # type: ignore[no-any-return]


def _scanned(column: Any, term: str) -> ColumnElement[bool]:
    """SQLite: ``column LIKE '%term%'`` (its ``%``, ``_`` and ``/`` escaped). SQLite's LIKE folds
    ASCII letters and nothing else, exactly as ``lower(column) LIKE lower(...)`` did, without
    copying every entry's words to lower-case them first (1,000,000 entries: ~390 -> ~240 ms)."""
    escaped = term.replace("/", "//").replace("%", "/%").replace("_", "/_")
    return column.like(f"%{escaped}%", escape="/")  # type: ignore[no-any-return]


def short_word_indexed(session: Session, term: str) -> bool:
    """Whether the short-word index finds ``term`` sooner than a scan: any two-character word, and
    a one-character word that starts fewer than RARE_CHARACTER_GRAMS grams (never on PostgreSQL,
    which has no short-word index)."""
    if not short_term(term) or on_postgres(session):
        return False
    if len(term) == GRAM_LENGTH:
        return True
    few = select(literal(1)).select_from(_gram).where(_gram_match(term))
    found = session.scalar(
        select(func.count()).select_from(few.limit(RARE_CHARACTER_GRAMS + 1).subquery())
    )
    return (found or 0) <= RARE_CHARACTER_GRAMS


def words_condition(
    term: str, drive: bool = True, short_index: bool = True, postgres: bool = False
) -> ColumnElement[bool]:
    """Entries whose words heard or staff member contain ``term`` (case-insensitive). With
    ``drive`` false, the index's matches only filter: SQLite must not read the page through them.
    A word of one or two characters is looked up in the short-word index when ``short_index``
    (see ``short_word_indexed``), else found by a scan. ``postgres``: in PostgreSQL's form."""
    if postgres:
        return or_(_contains(FeedbackEntry.text, term), _contains(FeedbackEntry.staff, term))
    number = FeedbackEntry.number if drive else FeedbackEntry.number + 0  # "+ 0": no index
    if indexed_term(term):
        matches = select(_fts.c.rowid).where(_fts.c.feedback_fts.op("MATCH")(fts_phrase(term)))
        return number.in_(matches)
    if short_index and short_term(term):
        return number.in_(select(_gram.c.entry_number).where(_gram_match(term)))
    return or_(_scanned(FeedbackEntry.text, term), _scanned(FeedbackEntry.staff, term))


def _names_containing(session: Session, lookup: Lookup, term: str) -> list[uuid.UUID]:
    names = [getattr(lookup.entity, name) for name in lookup.columns]
    if on_postgres(session):
        found = or_(*(_contains(name, term) for name in names))
    else:
        found = or_(*(_scanned(name, term) for name in names))
    return list(session.scalars(select(lookup.entity.id).where(found)))


class NameMatches:
    """The stakeholders whose names contain each word of a search, read once for the search's
    count and its pages: finding them scans every name (~110 ms at 100,000 stakeholders), which
    would otherwise be most of a common word's first page. Kept LIFETIME seconds, and read again
    as soon as a stakeholder is added (the table's newest rowid changes); a stakeholder renamed
    meanwhile is found by its old name until then. Safe to share between threads (a lost entry
    is only read again)."""

    LIFETIME = 30.0
    MAX_WORDS = 32

    def __init__(self) -> None:
        self._ids: dict[str, list[uuid.UUID]] = {}
        self._key: tuple[float, Any] = (0.0, None)  # (read at, newest stakeholder rowid)

    def ids(self, session: Session, lookup: Lookup, term: str) -> list[uuid.UUID]:
        if on_postgres(session):  # no rowid: the newest key (time-ordered), by the primary key
            newest = session.scalar(select(Stakeholder.id).order_by(Stakeholder.id.desc()).limit(1))
        else:
            newest = session.scalar(select(func.max(literal_column("stakeholder.rowid"))).select_from(
                Stakeholder.__table__
            ))  # fmt: skip
        now = time.monotonic()
        read_at, known = self._key
        if known != newest or now - read_at > self.LIFETIME or len(self._ids) > self.MAX_WORDS:
            self._ids = {}
            self._key = (now, newest)
        found = self._ids.get(term)
        if found is None:
            found = _names_containing(session, lookup, term)
            self._ids[term] = found
        return found


def _catalogue_matches(
    session: Session, term: str, names: NameMatches | None = None, by_entry: bool = False
) -> list[ColumnElement[bool]]:
    """``fk IN (ids)`` for each catalogue (and the stakeholders) whose names contain ``term``;
    the stakeholders through ``names`` when given (read once per search), or, with
    ``by_entry`` (SQLite), by looking each entry's stakeholder up (see ``_in_most_entries``).

    Read first, from the small tables, so that a word no name contains (most words) leaves the
    search to the full-text index alone: an OR with a sub-select makes SQLite scan every entry.
    """
    found: list[ColumnElement[bool]] = []
    for lookup in _LOOKUPS:
        if by_entry and lookup.entity is Stakeholder:
            continue  # last: the small lists of ids cost less per entry than the look-up
        if names is not None and lookup.entity is Stakeholder:
            ids = names.ids(session, lookup, term)
        else:
            ids = _names_containing(session, lookup, term)
        if len(ids) > LONG_ID_LIST and on_postgres(session):  # one array parameter
            found.append(lookup.foreign_key == any_(literal(ids, ARRAY(Uuid()))))
        elif len(ids) > LONG_ID_LIST:
            found.append(lookup.foreign_key.in_(_id_list(ids)))
        elif ids:
            found.append(lookup.foreign_key.in_(ids))
    if by_entry:
        found.append(_stakeholder_named(term))
    return found


# The stakeholder of an entry, looked up from the entry (``_stakeholder_named``).
_named = aliased(Stakeholder, name="named")


def _stakeholder_named(term: str) -> ColumnElement[bool]:
    """SQLite: the entry's stakeholder's name contains ``term``, looked up for this entry alone
    (one search of the stakeholders' primary key): for a word the scan reads that is in most
    entries, only the few entries whose words lack it come this far."""
    named = select(literal(1)).where(
        _named.id == FeedbackEntry.stakeholder_id, _scanned(_named.name, term)
    )
    return named.exists()


# A word the scan reads (a common character) found in at least this share of the newest
# SHARE_SAMPLE entries is "in most entries": the stakeholders whose names contain it are then
# checked entry by entry (``_stakeholder_named``) for the few entries whose words lack it,
# instead of first listing every such stakeholder ("ร": 133,185 of 200,000, some 50-90 ms to
# list, against ~40 ms for the 16,167 entries of 1,000,000 looked up one by one). For a word in
# fewer entries, looking each one up costs more than the list ("ษ", in 19 % of the entries:
# 1.6 s against 0.66 s), so the list stays. The share decides only the speed, not the result.
MOST_SHARE = 0.9
SHARE_SAMPLE = 1000


def _in_most_entries(session: Session, term: str) -> bool:
    """Whether the words of most of the newest entries contain ``term`` (SQLite; see
    MOST_SHARE)."""
    words = or_(_scanned(FeedbackEntry.text, term), _scanned(FeedbackEntry.staff, term))
    return _newest_share(session, words) >= MOST_SHARE


def _newest_share(session: Session, condition: ColumnElement[bool]) -> float:
    """The share of the newest SHARE_SAMPLE entries (by number) that ``condition`` finds (SQLite;
    read through the number index, ~1 ms: the condition must not be driven by an index of its
    own, ``words_condition(drive=False)``)."""
    top = session.scalar(select(func.max(FeedbackEntry.number))) or 0
    sampled, found = session.execute(
        select(func.count(), func.sum(case((condition, 1), else_=0)))
        .select_from(FeedbackEntry)
        .where(FeedbackEntry.number > top - SHARE_SAMPLE)
    ).one()
    return (found or 0) / sampled if sampled else 0.0


# A search with a word an index serves whose names (a channel's, a service's ...) alone are in at
# least this share of the newest entries is counted by one pass over the entries, not as a union
# of entry numbers: "a" starts only 9,564 grams, but is in the English names of 6 of 15 channels and 7 of
# 8 services, so in 998,585 of 1,000,000 entries; their union took ~2 s. (A union of 288,000
# numbers, "ดี", ~0.1 s, is quicker than the pass, ~0.25 s.)
UNION_SHARE = 0.5


# A count that reads every entry (a word the scan reads, no filter) is read in this many ranges
# of rowids at once, each on its own connection and core: reading the words of 1,000,000
# entries is ~220 ms on one core, most of such a count, and SQLite reads a statement on one
# core only. From PARALLEL_ENTRIES entries up: below, starting the threads costs more than the
# parts save.
SCAN_PARTS = min(4, os.cpu_count() or 1)
PARALLEL_ENTRIES = 100_000
_rowid: ColumnElement[int] = literal_column("feedback_entry.rowid")


# More ids than this are passed as one JSON array, not one parameter each: SQLAlchemy takes
# ~0.2 s to build a statement with 24,000 parameters (the stakeholders whose names contain "ดี").
LONG_ID_LIST = 500


def _id_list(ids: list[uuid.UUID]) -> Select[Any]:
    """``ids`` as a sub-select over one JSON parameter; SQLite keeps a UUID as 32 hex digits."""
    listed = func.json_each(json.dumps([key.hex for key in ids])).table_valued("value")
    return select(listed.c.value)


def _matches(session: Session, term: str, at_most: int | None = None) -> int:
    """How many entries' words contain ``term``, by the index that serves it; with ``at_most``,
    counting stops there (whether a word is common needs no more)."""
    if on_postgres(session):
        numbers = select(FeedbackEntry.number).where(words_condition(term, postgres=True))
    elif indexed_term(term):
        numbers = select(_fts.c.rowid).where(_fts.c.feedback_fts.op("MATCH")(fts_phrase(term)))
    elif len(term) == GRAM_LENGTH:  # one gram per entry at most
        numbers = select(_gram.c.entry_number).where(_gram_match(term))
    else:
        numbers = select(_gram.c.entry_number).where(_gram_match(term)).distinct()
    if at_most is not None:
        numbers = numbers.limit(at_most)
    return session.scalar(select(func.count()).select_from(numbers.subquery())) or 0


def _is_common(session: Session, terms: list[str], short: set[str] | None = None) -> bool:
    """Whether even the rarest indexed word of ``terms`` is in many entries (see COMMON_SHARE);
    ``short``: the words of one or two characters the short-word index serves."""
    indexed = [term for term in terms if indexed_term(term) or term in (short or set())]
    if not indexed:
        return True
    entries = (
        session.scalar(select(func.max(FeedbackEntry.number))) or 0
    )  # about the count, at once
    many = int(COMMON_SHARE * entries)
    return all(_matches(session, t, at_most=many + 1) > many for t in indexed)


def _words_numbers(session: Session, term: str) -> Select[Any]:
    """The numbers of the entries whose words heard or staff member contain ``term``."""
    if on_postgres(session):
        return select(FeedbackEntry.number).where(words_condition(term, postgres=True))
    if indexed_term(term):
        return select(_fts.c.rowid).where(_fts.c.feedback_fts.op("MATCH")(fts_phrase(term)))
    if short_word_indexed(session, term):
        return select(_gram.c.entry_number).where(_gram_match(term))
    return select(FeedbackEntry.number).where(words_condition(term, short_index=False))


def _union_count(session: Session, words: _SearchWords) -> Select[Any]:
    """How many entries every word of ``terms`` finds, counted as the union (per word) and the
    intersection (of the words) of entry numbers, each read through its own index: an OR of the
    words' index and a name's entries makes SQLite look each match up in the table (a two-letter
    Thai word that 24,000 stakeholders' names also contain: 390 ms, this way 200 ms). Only for
    words an index serves: a scanned word's numbers are most of the table ("ก": 1.2 s by the OR,
    5.9 s as a union)."""
    per_word: list[Select[Any]] = []
    for term in words.terms:
        parts = [_words_numbers(session, term)]
        parts += [select(FeedbackEntry.number).where(found) for found in words.named(term)]
        found = union(*parts).subquery() if len(parts) > 1 else parts[0].subquery()
        per_word.append(select(*found.c))  # SQLite takes no parenthesised compound in INTERSECT
    numbers = intersect(*per_word) if len(per_word) > 1 else per_word[0]
    return select(func.count()).select_from(numbers.subquery())


def search_condition(
    session: Session,
    query: TableQuery,
    filters: FeedbackFilters = NO_FILTERS,
    *,
    for_page: bool = False,
    names: NameMatches | None = None,
) -> ColumnElement[bool] | None:
    """Every search word (in the words heard, the staff member or a name) and every filter;
    ``names``: the stakeholders' names already looked up for this search, if kept."""
    terms = query.search_terms()
    postgres = on_postgres(session)
    short = {term for term in terms if short_word_indexed(session, term)}
    words = _SearchWords(session, terms, short, names)
    parts = words.conditions(drive=True)
    # Which index drives the page is SQLite's question: PostgreSQL's planner weighs it itself.
    # The page walks the date index when every word is common: in its index (``_is_common``),
    # or through names (many of the newest entries have a name with it, see COMMON_SHARE).
    if (
        for_page
        and not postgres
        and terms
        and (
            _is_common(session, terms, short)
            or all(
                _is_common(session, [t], short) or words.named_share(t) > COMMON_SHARE
                for t in terms
            )  # fmt: skip
        )
    ):
        parts = words.conditions(drive=False)
    parts.extend(filters.conditions())
    return and_(*parts) if parts else None


class _SearchWords:
    """The words of a search with the names that contain each (read once), as conditions."""

    def __init__(
        self, session: Session, terms: list[str], short: set[str], names: NameMatches | None
    ) -> None:
        self._session = session
        self._postgres = on_postgres(session)
        self._terms = terms
        self._short = short
        self._named: dict[str, list[ColumnElement[bool]]] = {}
        for term in terms:
            scanned = not self._postgres and not indexed_term(term) and term not in short
            by_entry = scanned and _in_most_entries(session, term)
            self._named[term] = _catalogue_matches(session, term, names, by_entry)

    @property
    def terms(self) -> list[str]:
        return self._terms

    def named(self, term: str) -> list[ColumnElement[bool]]:
        """The conditions of the names that contain ``term`` (see ``_catalogue_matches``)."""
        return self._named[term]

    def named_share(self, term: str) -> float:
        """The share of the newest entries that a name containing ``term`` finds (SQLite)."""
        named = self._named[term]
        return _newest_share(self._session, or_(*named)) if named else 0.0

    def conditions(self, drive: bool) -> list[ColumnElement[bool]]:
        """One condition per word: its words heard or staff member (read through its index when
        ``drive``), or a name."""
        return [
            or_(words_condition(term, drive, term in self._short, self._postgres),
                *self._named[term])
            for term in self._terms
        ]  # fmt: skip


class ListeningService:
    SORT_KEYS = (
        "received", "channel", "stage", "type", "sentiment",
        "text", "stakeholder", "segment", "service", "office", "number", "status",
    )  # fmt: skip

    def __init__(self, db: Database) -> None:
        self._db = db
        self._names = NameMatches()  # a search's stakeholders, shared by its count and pages

    @staticmethod
    def _joined(stmt: Select[*tuple[Any, ...]]) -> Select[*tuple[Any, ...]]:
        return (
            stmt.join(_channel, FeedbackEntry.channel_id == _channel.id)
            .outerjoin(_person, FeedbackEntry.stakeholder_id == _person.id)
            .outerjoin(_segment, FeedbackEntry.segment_id == _segment.id)
            .outerjoin(_service, FeedbackEntry.service_id == _service.id)
            .outerjoin(_office, FeedbackEntry.office_id == _office.id)
        )

    def _searched(
        self,
        session: Session,
        stmt: Select[*tuple[Any, ...]],
        query: TableQuery,
        filters: FeedbackFilters,
        for_page: bool = False,
    ) -> Select[*tuple[Any, ...]]:
        condition = search_condition(session, query, filters, for_page=for_page, names=self._names)
        return stmt if condition is None else stmt.where(condition)

    @staticmethod
    def _sorting(query: TableQuery) -> Sorting:
        sort_columns: dict[str, SQLColumnExpression[Any]] = {
            "received": FeedbackEntry.received_at,
            "channel": localised(query, _channel.name_th, _channel.name_en),
            "stage": enum_order(FeedbackEntry.stage, LifecycleStage),
            "type": enum_order(FeedbackEntry.type, FeedbackType),
            "sentiment": enum_order(FeedbackEntry.sentiment, Sentiment),
            "text": FeedbackEntry.text,
            "stakeholder": _person.name,
            "segment": localised(query, _segment.name_th, _segment.name_en),
            "service": localised(query, _service.name_th, _service.name_en),
            "office": localised(query, _office.name_th, _office.name_en),
            "number": FeedbackEntry.number,
            "status": enum_order(FeedbackEntry.status, FeedbackStatus),
        }
        return Sorting(
            sort_columns, "received", FeedbackEntry.id, default_descending=True,
            nullable_keys=frozenset({"stakeholder", "segment", "service", "office"}),
        )  # fmt: skip

    _COLUMNS = (
        FeedbackEntry.id, FeedbackEntry.received_at,
        _channel.name_th.label("channel_th"), _channel.name_en.label("channel_en"),
        FeedbackEntry.stage, FeedbackEntry.type, FeedbackEntry.sentiment, FeedbackEntry.text,
        _person.name.label("person"),
        _segment.name_th.label("segment_th"), _segment.name_en.label("segment_en"),
        _service.name_th.label("service_th"), _service.name_en.label("service_en"),
        _office.name_th.label("office_th"), _office.name_en.label("office_en"),
        FeedbackEntry.number, FeedbackEntry.status, FeedbackEntry.staff,
        _person.sensitive.label("person_sensitive"),
    )  # fmt: skip

    @staticmethod
    def _row(r: Any, withholding: bool = False) -> FeedbackRow:
        withheld = withholding and bool(r.person_sensitive)
        return FeedbackRow(
            id=r.id, received_at=r.received_at, channel=Named(r.channel_th, r.channel_en),
            stage=r.stage, type=r.type, sentiment=r.sentiment, text="" if withheld else r.text,
            stakeholder=r.person, segment=named(r.segment_th, r.segment_en),
            service=named(r.service_th, r.service_en), office=named(r.office_th, r.office_en),
            number=r.number or 0, status=r.status, staff=r.staff, withheld=withheld,
        )  # fmt: skip

    @requires(Permission.READ)
    def list_feedback(
        self,
        query: TableQuery,
        offset: int = 0,
        limit: int = 200,
        filters: FeedbackFilters = NO_FILTERS,
    ) -> list[FeedbackRow]:
        sorting = self._sorting(query)
        keys = select(FeedbackEntry.id)
        if query.sort_key in ("channel", "stakeholder", "segment", "service", "office"):
            keys = self._joined(keys)  # the sort needs the joined names; other sorts do not
        with self._db.session_scope() as session:
            stmt = deferred_page(
                self._joined(select(*self._COLUMNS)), self._searched(session, keys, query, filters, for_page=True),
                query, sorting, offset, limit,
            )  # fmt: skip
            withholding = not sees_sensitive(self._db)
            return [self._row(r, withholding) for r in session.execute(stmt)]

    @requires(Permission.READ)
    def count_feedback(self, query: TableQuery, filters: FeedbackFilters = NO_FILTERS) -> int:
        terms = query.search_terms()
        with self._db.session_scope() as session:
            if (
                not terms
                or filters.active
                or on_postgres(session)  # its indexes count nothing apart from the rows
                or not all(indexed_term(t) or short_word_indexed(session, t) for t in terms)
            ):
                # One pass over the entries (a word the scan reads: every entry is read anyway).
                stmt = self._searched(
                    session, select(func.count()).select_from(FeedbackEntry), query, filters
                )  # no joins needed
                if terms and not filters.active and self._parallel(session):
                    return self._count_in_parts(session, stmt)
                return session.scalar(stmt) or 0
            short = {t for t in terms if not indexed_term(t)}  # all served by the gram index
            words = _SearchWords(session, terms, short, self._names)
            words_only = not any(words.named(t) for t in terms)
            if not words_only and any(words.named_share(t) >= UNION_SHARE for t in terms):
                # Names bring a word into most entries: one pass, not a union.
                walked = and_(*words.conditions(drive=False))
                stmt = select(func.count()).select_from(FeedbackEntry).where(walked)
                if self._parallel(session):
                    return self._count_in_parts(session, stmt)
                return session.scalar(stmt) or 0
            if words_only and len(terms) == 1 and len(terms[0]) == GRAM_LENGTH:
                # One two-character word: its gram's rows are its entries, one each.
                return _matches(session, terms[0])
            if words_only and all(map(indexed_term, terms)):
                # Only the words heard can match: the index counts its own matches, without
                # reading an entry (25,000 matches of 200,000: 3 ms instead of 100 ms).
                phrases = " AND ".join(fts_phrase(term) for term in terms)
                matched = (
                    select(func.count())
                    .select_from(_fts)
                    .where(_fts.c.feedback_fts.op("MATCH")(phrases))
                )
                return session.scalar(matched) or 0
            return session.scalar(_union_count(session, words)) or 0

    def _parallel(self, session: Session) -> bool:
        """Whether a count that reads every entry is read in parts (see SCAN_PARTS): a SQLite
        file of PARALLEL_ENTRIES entries or more, on a computer with more than one core."""
        if SCAN_PARTS < 2 or self._db.path is None or on_postgres(session):
            return False
        entries = session.scalar(select(func.max(FeedbackEntry.number))) or 0  # at once
        return entries >= PARALLEL_ENTRIES

    def _count_in_parts(self, session: Session, stmt: Select[Any]) -> int:
        """``stmt`` (a count over every entry) counted in SCAN_PARTS ranges of rowids at once,
        each on its own connection, and added up. The ranges do not overlap and an entry keeps
        its rowid, so no entry is counted twice; each part reads the file as it is when that
        part begins (they begin together), as the count and the page are read one after the
        other anyway."""
        # Each alone: SQLite reads min() or max() from the end of the table's tree, but
        # min() and max() in one SELECT by reading every row (~55 ms at 1,000,000 entries).
        low = session.scalar(select(func.min(_rowid)).select_from(FeedbackEntry))
        high = session.scalar(select(func.max(_rowid)).select_from(FeedbackEntry))
        if low is None or high is None:
            return 0
        step = (high - low) // SCAN_PARTS + 1
        parts = [stmt.where(_rowid >= low + i * step, _rowid < low + (i + 1) * step)
                 for i in range(SCAN_PARTS)]  # fmt: skip

        def count(part: Select[Any]) -> int:
            with self._db.session_scope() as own:
                return own.scalar(part) or 0

        with ThreadPoolExecutor(SCAN_PARTS, thread_name_prefix="listening-count") as pool:
            return sum(pool.map(count, parts))

    @requires(Permission.READ)
    def filter_choices(self) -> CatalogueChoices:
        with self._db.session_scope() as session:
            return catalogue_choices(session, active_only=False)

    @requires(Permission.READ)
    def iter_feedback(
        self, query: TableQuery, filters: FeedbackFilters = NO_FILTERS, batch: int = 5000
    ) -> Iterator[FeedbackRow]:
        """Every matching row, in the query's order, read in batches (for exports)."""
        sorting = self._sorting(query)
        withholding = not sees_sensitive(self._db)
        with self._db.session_scope() as session:
            stmt = self._searched(session, self._joined(select(*self._COLUMNS)), query, filters)
            stmt = stmt.order_by(*sorting.order_by(query))
            for r in session.execute(stmt.execution_options(yield_per=batch)):
                yield self._row(r, withholding)
