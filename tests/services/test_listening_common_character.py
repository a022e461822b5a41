"""A search word of one common character (in most entries: "ร" is in 98 % of a large file's)
is read by a scan, its stakeholders' names checked entry by entry (``_in_most_entries``): on a
real SQLite file, the same count and the same page, in the same order, as a plain scan written
here in raw SQL and Python, whichever way the names are checked and whether the count is read in one
pass or in ranges of rowids at once; and on both SQLite and PostgreSQL the count agrees with the
rows listed."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sample_data import SampleData
from sqlalchemy import select

from vocdesk.db.models import Channel, FeedbackEntry, Service, Stakeholder
from vocdesk.domain.enums import FeedbackType, LifecycleStage, Sentiment
from vocdesk.domain.listening.log import sqlite_lower
from vocdesk.domain.tables import TableQuery
from vocdesk.services.database import Database, open_database
from vocdesk.services.listening import log as listening_log
from vocdesk.services.listening.log import FeedbackFilters, ListeningService

TEXTS_WITH = ["รอนาน", "บริการดี", "Rain รถติด", "ราคา 100%", "ห้องน้ำสกปรก/ร", "r_r ร"]
TEXTS_WITHOUT = ["ดีมาก", "ok", "ที่จอดไม่พอ", "ใช้งานง่าย", "50% off", "a_b/c"]
NAMES = ["นายรักษ์ ดีงาม", "นางสาวมาลี", "Robert Lee", "สมชาย", "ร้านค้า_ส่ง", None]
STAFF = ["", "", "", "นายประเสริฐ", "Rita", "ANNA"]
CHARACTERS = ["ร", "r", "R", "%", "_", "/", "ม", "x", "ต"]
ENTRIES = 240


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """Most entries carry "ร" in their words; some only in their stakeholder's name or their
    staff member, and some in neither."""
    database, _ = open_database(tmp_path / "common.sqlite")
    rng = random.Random(18)
    with database.session_scope() as session:
        channels = list(session.scalars(select(Channel.id).order_by(Channel.code)))
        services = [None, *session.scalars(select(Service.id).order_by(Service.code))]
        people: list[Stakeholder | None] = []
        for name in NAMES:
            person = Stakeholder(name=name) if name else None
            if person is not None:
                session.add(person)
            people.append(person)
        session.flush()
        start = datetime(2025, 10, 1, 2, tzinfo=UTC)
        for index in range(ENTRIES):
            words = TEXTS_WITH if rng.random() < 0.95 else TEXTS_WITHOUT
            person = rng.choice(people)
            session.add(FeedbackEntry(
                # several entries at the same moment: the page's order then follows the rowid
                received_at=start + timedelta(hours=index // 3),
                channel_id=rng.choice(channels), service_id=rng.choice(services),
                stakeholder_id=person.id if person else None,
                stage=LifecycleStage.DURING, type=FeedbackType.OTHER, sentiment=Sentiment.NEUTRAL,
                text=rng.choice(words), staff=rng.choice(STAFF),
            ))  # fmt: skip
    yield database
    database.dispose()


def _plain_scan(db: Database, word: str) -> list[int]:
    """The numbers of the entries whose words, staff member or any name contains ``word`` (ASCII
    letters of either case), newest first: every entry read in raw SQL and matched in Python."""
    low = sqlite_lower(word)
    with sqlite3.connect(db.location) as raw:
        rows = raw.execute(
            "SELECT e.number, e.text, e.staff, p.name, ch.name_th, ch.name_en, s.name_th,"
            " s.name_en, o.name_th, o.name_en, g.name_th, g.name_en"
            " FROM feedback_entry e JOIN channel ch ON ch.id = e.channel_id"
            " LEFT JOIN stakeholder p ON p.id = e.stakeholder_id"
            " LEFT JOIN service s ON s.id = e.service_id LEFT JOIN office o ON o.id = e.office_id"
            " LEFT JOIN segment g ON g.id = e.segment_id"
            " ORDER BY e.received_at DESC, e.rowid DESC"
        ).fetchall()
    return [row[0] for row in rows if any(low in sqlite_lower(cell or "") for cell in row[1:])]


def _searched(db: Database, word: str) -> tuple[int, list[int], list[int]]:
    service = ListeningService(db)
    query = TableQuery(search=word)
    first = [row.number for row in service.list_feedback(query, 0, 50)]
    whole = [row.number for row in service.list_feedback(query, 0, 10 * ENTRIES)]
    return service.count_feedback(query), first, whole


@pytest.mark.parametrize("parts", [1, 3], ids=["one-pass", "in-parts"])
@pytest.mark.parametrize("by_entry", [True, False], ids=["names-by-entry", "names-listed"])
@pytest.mark.parametrize("word", CHARACTERS)
def test_a_common_character_finds_what_a_plain_scan_finds(
    db: Database, word: str, by_entry: bool, parts: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(listening_log, "RARE_CHARACTER_GRAMS", 0)  # every character scanned
    monkeypatch.setattr(listening_log, "MOST_SHARE", 0.0 if by_entry else 2.0)
    monkeypatch.setattr(listening_log, "SCAN_PARTS", parts)  # the count read in 3 ranges at once
    monkeypatch.setattr(listening_log, "PARALLEL_ENTRIES", 0)
    expected = _plain_scan(db, word)

    count, first, whole = _searched(db, word)

    assert count == len(expected)
    assert first == expected[:50]
    assert whole == expected


def test_the_file_has_entries_found_only_by_a_name_or_the_staff_member(db: Database) -> None:
    by_words = {n for n in _plain_scan(db, "ร")}
    with sqlite3.connect(db.location) as raw:
        only_words = {n for (n,) in raw.execute(
            "SELECT number FROM feedback_entry WHERE text LIKE '%ร%'")}  # fmt: skip
    assert len(only_words) > ENTRIES * 0.9  # "ร" is in most entries' words
    assert by_words - only_words  # and some are found through a name or the staff member
    assert len(by_words) < ENTRIES  # and some not at all


def test_whether_a_character_is_in_most_entries_is_read_from_the_newest(db: Database) -> None:
    with db.session_scope() as session:
        assert listening_log._in_most_entries(session, "ร")
        assert not listening_log._in_most_entries(session, "x")
        assert not listening_log._in_most_entries(session, "ok")


def test_a_common_character_with_a_filter_finds_what_the_scan_finds(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(listening_log, "RARE_CHARACTER_GRAMS", 0)
    service = ListeningService(db)
    with db.session_scope() as session:
        channel = session.scalar(select(Channel.id).where(Channel.code == "walk_in"))
    filters = FeedbackFilters(channel_id=channel)
    with sqlite3.connect(db.location) as raw:
        in_channel = {n for (n,) in raw.execute(
            "SELECT number FROM feedback_entry WHERE channel_id = ?", (channel.hex,))}  # fmt: skip
    expected = [n for n in _plain_scan(db, "ร") if n in in_channel]

    monkeypatch.setattr(listening_log, "SCAN_PARTS", 3)  # a filter: one pass all the same
    monkeypatch.setattr(listening_log, "PARALLEL_ENTRIES", 0)
    rows = service.list_feedback(TableQuery(search="ร"), 0, 10 * ENTRIES, filters)

    assert [row.number for row in rows] == expected
    assert service.count_feedback(TableQuery(search="ร"), filters) == len(expected)


@pytest.mark.parametrize("word", ["ร", "R", "%"])
def test_the_count_of_a_common_character_agrees_with_its_rows_on_either_database(
    empty_db: Database, sample: SampleData, word: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(listening_log, "RARE_CHARACTER_GRAMS", 0)
    monkeypatch.setattr(listening_log, "MOST_SHARE", 0.0)
    monkeypatch.setattr(listening_log, "SCAN_PARTS", 3)  # SQLite's file: in parts
    monkeypatch.setattr(listening_log, "PARALLEL_ENTRIES", 0)
    service = ListeningService(empty_db)
    query = TableQuery(search=word)
    low = sqlite_lower(word)

    rows = service.list_feedback(query, 0, 100_000)

    assert service.count_feedback(query) == len(rows)
    assert [row.received_at for row in rows] == sorted((r.received_at for r in rows), reverse=True)
    every = service.list_feedback(TableQuery(), 0, 100_000)
    assert {row.id for row in rows} >= {
        row.id for row in every if low in sqlite_lower(row.text) or low in sqlite_lower(row.staff)
    }


def test_a_count_in_parts_counts_every_entry_once_and_nothing_of_an_empty_file(
    tmp_path: Path, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(listening_log, "RARE_CHARACTER_GRAMS", 0)
    monkeypatch.setattr(listening_log, "PARALLEL_ENTRIES", 0)
    expected = len(_plain_scan(db, "ร"))
    for parts in (2, 3, 7, ENTRIES + 5):  # more parts than entries: empty ranges
        monkeypatch.setattr(listening_log, "SCAN_PARTS", parts)
        assert ListeningService(db).count_feedback(TableQuery(search="ร")) == expected
    empty, _ = open_database(tmp_path / "empty.sqlite")
    try:
        assert ListeningService(empty).count_feedback(TableQuery(search="ร")) == 0
    finally:
        empty.dispose()


@pytest.mark.parametrize("union_share", [0.0, 2.0], ids=["one-pass", "union"])
@pytest.mark.parametrize("common_share", [0.0, 1.0], ids=["walk", "drive"])
@pytest.mark.parametrize("word", ["a", "e", "in", "ok", "ร", "ดี", "R", "นา", "ริก", "a ร", "ok ดี"])
def test_a_word_in_many_names_finds_what_a_plain_scan_finds(
    db: Database,
    word: str,
    union_share: float,
    common_share: float,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Words the short-word index serves that the channels' and services' English names bring
    into most entries ("a", "e", "in"): counted by one pass or as a union, the page walked or
    driven by the index, the same entries."""
    monkeypatch.setattr(listening_log, "UNION_SHARE", union_share)
    monkeypatch.setattr(listening_log, "COMMON_SHARE", common_share)
    monkeypatch.setattr(listening_log, "SCAN_PARTS", 3)
    monkeypatch.setattr(listening_log, "PARALLEL_ENTRIES", 0)
    expected = [n for n in _plain_scan(db, word.split()[0])
                if all(n in _plain_scan(db, w) for w in word.split()[1:])]  # fmt: skip

    count, first, whole = _searched(db, word)

    assert count == len(expected)
    assert first == expected[:50]
    assert whole == expected


def test_the_catalogues_bring_a_latin_letter_into_most_entries(db: Database) -> None:
    with sqlite3.connect(db.location) as raw:
        in_words = raw.execute(
            "SELECT count(*) FROM feedback_entry WHERE text LIKE '%a%' OR staff LIKE '%a%'"
        ).fetchone()[0]
    assert in_words < ENTRIES / 2 < len(_plain_scan(db, "a"))
