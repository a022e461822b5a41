"""Search words of one and two characters through the short-word index (``feedback_gram``,
migration 0015) on real SQLite files: the same entries as the substring scan they replace, for
Thai and Latin words of every length, alone, together and with filters; the index follows
inserts, edits and deletes and is built for the entries a file already had; a stakeholder added
after a search is found by the next one."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import and_, delete, or_, select, update

from vocdesk.db.engine import make_engine, sqlite_url
from vocdesk.db.migrate import _config
from vocdesk.db.models import Channel, FeedbackEntry, Stakeholder
from vocdesk.domain.enums import FeedbackType, LifecycleStage, Sentiment
from vocdesk.domain.fiscal import Period
from vocdesk.domain.listening.log import sqlite_lower
from vocdesk.domain.tables import TableQuery
from vocdesk.services.database import Database, open_database
from vocdesk.services.listening import log as listening_log
from vocdesk.services.listening.log import (
    FeedbackFilters,
    ListeningService,
    _catalogue_matches,
    words_condition,
)

ENTRIES = [  # (words heard, staff member)
    ("บริการดี", "นายสมชาย ใจดี"),
    ("รอนานมากกว่าสองชั่วโมง", ""),
    ("ดีมากค่ะ เจ้าหน้าที่สุภาพ", "นางสาวรัชนี"),
    ("ที่จอดรถไม่พอ", "Somchai"),
    ("Queue app crashed; LINE login OK", ""),
    ("queue ok", "ANNA"),
    ("Élan vital élan", ""),
    ("ก", ""),
    ("x", "y"),
    ("ค่าธรรมเนียม 100% แพง", "นายดี"),
    ("ฟ้าผ่า_ไฟดับ", ""),
    ("", "ดี"),
]
WORDS = [
    # one character
    "ก", "ด", "ี", "x", "X", "y", "o", "É", "é", "%", "_", "1", "ฟ", "ษ",
    # two characters
    "ดี", "รอ", "ok", "OK", "Ok", "qu", "él", "Él", "0%", "_ไ", "ง ", "ชั", "ab", "นา", "ay",
    # three characters and more
    "ดีม", "queue", "QUEUE", "ที่จอด", "สุภาพ", "login ok", "élan", "100%", "ไม่มี",
]  # fmt: skip


def _reference(word: str) -> set[str]:
    """What the substring scan finds: SQLite's LIKE after SQLite's lower (ASCII letters only)."""
    low = sqlite_lower(word)
    return {
        text for text, staff in ENTRIES if low in sqlite_lower(text) or low in sqlite_lower(staff)
    }


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "short.sqlite")
    _add(database, ENTRIES)
    yield database
    database.dispose()


def _add(db: Database, entries: list[tuple[str, str]], start: int = 0) -> None:
    with db.session_scope() as session:
        channel = session.scalar(select(Channel.id).where(Channel.code == "walk_in"))
        for index, (text, staff) in enumerate(entries, start):
            session.add(FeedbackEntry(
                received_at=datetime(2025, 10, 1, 2, tzinfo=UTC) + timedelta(days=index),
                channel_id=channel, stage=LifecycleStage.DURING, type=FeedbackType.OTHER,
                sentiment=Sentiment.POSITIVE if index % 2 else Sentiment.NEGATIVE,
                text=text, staff=staff,
            ))  # fmt: skip


def _found(db: Database, search: str, filters: FeedbackFilters | None = None) -> set[str]:
    service = ListeningService(db)
    query = TableQuery(search=search)
    rows = service.list_feedback(query, 0, 10_000, filters or FeedbackFilters())
    texts = {row.text for row in rows}
    assert service.count_feedback(query, filters or FeedbackFilters()) == len(rows)
    return texts


def _scanned(db: Database, word: str) -> set[str]:
    """The entries whose words the substring scan (before the short-word index) finds."""
    with db.session_scope() as session:
        return set(session.scalars(
            select(FeedbackEntry.text).where(words_condition(word, short_index=False))
        ))  # fmt: skip


def _before(db: Database, search: str, filters: FeedbackFilters | None = None) -> set[str]:
    """What the search found before the short-word index: each word by the scan or the full-text
    index, or in a name (the channel's, a stakeholder's ...), and the filters."""
    with db.session_scope() as session:
        words = [
            or_(words_condition(word, short_index=False), *_catalogue_matches(session, word))
            for word in search.split()
        ]
        found = and_(*words, *(filters or FeedbackFilters()).conditions())
        return set(session.scalars(select(FeedbackEntry.text).where(found)))


@pytest.mark.parametrize("word", WORDS)
def test_a_word_of_any_length_finds_what_the_substring_scan_found(db: Database, word: str) -> None:
    assert _scanned(db, word) == _reference(word)
    assert _found(db, word) == _before(db, word)
    assert _found(db, word) >= _reference(word)


@pytest.mark.parametrize("word", [w for w in WORDS if len(w) == 1])
def test_a_common_character_read_by_a_scan_finds_the_same(
    db: Database, word: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(listening_log, "RARE_CHARACTER_GRAMS", 0)  # every character "common"

    assert _found(db, word) == _before(db, word)


@pytest.mark.parametrize("search", ["ดี ก", "รอ นา", "ok queue", "ดี สุภาพ", "x y", "ดี นาย", "ค่า 0%"])
def test_several_words_and_filters_narrow_alike(db: Database, search: str) -> None:
    positive = FeedbackFilters(sentiment=Sentiment.POSITIVE)
    first_week = FeedbackFilters(period=Period(date(2025, 10, 1), date(2025, 10, 7)))

    assert _found(db, search) == _before(db, search)
    assert _found(db, search, positive) == _before(db, search, positive)
    assert _found(db, search, first_week) == _before(db, search, first_week)


def test_the_short_word_index_follows_inserts_edits_and_deletes(db: Database) -> None:
    with db.session_scope() as session:
        session.execute(update(FeedbackEntry).where(FeedbackEntry.text == "บริการดี")
                        .values(text="ลิฟต์เสีย", staff="Bo"))  # fmt: skip
        session.execute(delete(FeedbackEntry).where(FeedbackEntry.text == "รอนานมากกว่าสองชั่วโมง"))

    assert "บริการดี" not in _found(db, "ดี") and "ลิฟต์เสีย" not in _found(db, "ดี")
    assert _found(db, "รอ") == set()
    assert _found(db, "ฟต") == {"ลิฟต์เสีย"}
    assert _found(db, "bo") == {"ลิฟต์เสีย"}  # the staff member too
    _add(db, [("รอคิว", "")], start=len(ENTRIES))
    assert _found(db, "รอ") == {"รอคิว"}
    with sqlite3.connect(db.location) as raw:  # every gram of every entry, and no other
        grams = set(raw.execute("SELECT gram, entry_number FROM feedback_gram"))
        expected = {
            (low[i : i + 2], number)
            for number, text, staff in raw.execute("SELECT number, text, staff FROM feedback_entry")
            for low in (sqlite_lower(text), sqlite_lower(staff))
            for i in range(len(low))
        }
    assert grams == expected


def test_entries_of_an_older_file_get_their_grams_on_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = make_engine(sqlite_url(path))
    with engine.begin() as connection:
        command.upgrade(_config(connection), "0014")
    engine.dispose()
    raw = sqlite3.connect(path)
    channel = raw.execute("SELECT id FROM channel WHERE code = 'phone'").fetchone()[0]
    for day, (text, staff) in enumerate([("บริการดี", "Ann"), ("รอนาน", "")]):
        raw.execute(
            "INSERT INTO feedback_entry (id, received_at, channel_id, stage, type, sentiment, text,"
            " staff, status, reference, created_at, updated_at, version)"
            " VALUES (?, ?, ?, 'before', 'need', 'neutral', ?, ?, 'new', '', ?, ?, 1)",
            (f"{day:032x}", f"2025-01-0{day + 1} 03:00:00", channel, text, staff,
             "2025-01-01 00:00:00", "2025-01-01 00:00:00"),
        )  # fmt: skip
    raw.commit()
    raw.close()

    db, _ = open_database(path)
    try:
        assert _found(db, "ดี") == {"บริการดี"}
        assert _found(db, "AN") == {"บริการดี"}  # the staff member, Ann
        assert _found(db, "รอ") == {"รอนาน"}
    finally:
        db.dispose()


def test_a_stakeholder_added_after_a_search_is_found_by_the_next(db: Database) -> None:
    service = ListeningService(db)
    query = TableQuery(search="วีระ")
    assert service.count_feedback(query) == 0
    with db.session_scope() as session:
        person = Stakeholder(name="นายวีระ สายทอง")
        session.add(person)
        session.flush()
        session.execute(update(FeedbackEntry).where(FeedbackEntry.text == "ก")
                        .values(stakeholder_id=person.id))  # fmt: skip

    assert service.count_feedback(query) == 1
    assert [row.text for row in service.list_feedback(query)] == ["ก"]


@pytest.mark.parametrize("long_list", [500, 0])
def test_words_in_stakeholders_names_find_their_entries_alike(
    db: Database, long_list: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(listening_log, "LONG_ID_LIST", long_list)  # 0: every id list as JSON
    with db.session_scope() as session:
        for index, name in enumerate(["นายดีใจ มีสุข", "Ok Corp", "นางรอ ดี"]):
            person = Stakeholder(name=name)
            session.add(person)
            session.flush()
            session.execute(update(FeedbackEntry).where(FeedbackEntry.text == ENTRIES[index + 3][0])
                            .values(stakeholder_id=person.id))  # fmt: skip

    for search in ["ดี", "ok", "รอ ดี", "มีสุข", "ดีใจ ที่"]:
        assert _found(db, search) == _before(db, search), search
    assert "ที่จอดรถไม่พอ" in _found(db, "ดีใจ")  # by its stakeholder's name only
