"""The listening log's full-text index (FTS5, trigram) on real SQLite files: it finds a Thai word
inside a sentence without spaces, agrees with a plain substring scan, follows every insert, edit
and delete through its triggers, and is built for the entries a file already had."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import delete, select, update

from vocdesk.db.engine import make_engine, sqlite_url
from vocdesk.db.migrate import _config
from vocdesk.db.models import Channel, FeedbackEntry
from vocdesk.domain.enums import FeedbackType, LifecycleStage
from vocdesk.domain.tables import TableQuery
from vocdesk.services.database import Database, open_database
from vocdesk.services.listening.log import ListeningService

# Thai as people write it: no spaces between words, words of every length.
SENTENCES = [
    "เจ้าหน้าที่ให้บริการด้วยความสุภาพและรวดเร็วประทับใจมากค่ะ",
    "อยากให้เพิ่มช่องทางการยื่นคำขอออนไลน์เพราะต้องเดินทางมาไกล",
    "ที่จอดรถไม่เพียงพอในช่วงเช้าต้องวนหาที่จอดนานมาก",
    "สอบถามระยะเวลาการพิจารณาคำขอใบอนุญาตประกอบกิจการ",
    "ระบบคิวออนไลน์ใช้งานง่ายได้รับการแจ้งเตือนทางไลน์ทันเวลา",
    "ห้องน้ำสกปรกและไม่มีกระดาษชำระ",
    "ขอบคุณเจ้าหน้าที่ที่ช่วยเหลือเป็นอย่างดี",
    "Online queue app crashed twice; please fix the LINE login",
    "ค่าธรรมเนียม100บาทแพงเกินไปสำหรับผู้สูงอายุ",
    "แอปพลิเคชันQueueOnlineช้ามากตอนเช้า",
]
WORDS = [
    "ที่จอด",
    "จอดรถ",
    "ออนไลน์",
    "เจ้าหน้าที่",
    "คำขอ",
    "ใบอนุญาต",
    "สุภาพ",
    "ไลน์",
    "ดี",
    "มาก",
    "ห้องน้ำ",
    "queue",
    "QUEUE",
    "line",
    "100",
    "ผู้สูงอายุ",
    "ช้า",
    "ไม่มี",
    "xyz",
    "ฟ้า",
    "ใช้งานง่าย",
]


def _channel_id(db: Database):
    with db.session_scope() as session:
        return session.scalar(select(Channel.id).where(Channel.code == "walk_in"))


def _add(db: Database, texts: list[str]) -> None:
    channel = _channel_id(db)
    start = datetime(2025, 10, 1, 2, 0, tzinfo=UTC)
    with db.session_scope() as session:
        for index, text in enumerate(texts):
            session.add(FeedbackEntry(
                received_at=start + timedelta(hours=index), channel_id=channel,
                stage=LifecycleStage.DURING, type=FeedbackType.OTHER, text=text,
            ))  # fmt: skip


def _found(db: Database, word: str) -> set[str]:
    rows = ListeningService(db).list_feedback(TableQuery(search=word), 0, 10_000)
    return {row.text for row in rows}


def _scanned(texts: list[str], word: str) -> set[str]:
    return {text for text in texts if word.lower() in text.lower()}


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "search.sqlite")
    yield database
    database.dispose()


def test_a_thai_word_inside_a_sentence_without_spaces_is_found(db: Database) -> None:
    _add(db, SENTENCES)

    assert _found(db, "จอดรถ") == {SENTENCES[2]}
    assert _found(db, "ใบอนุญาต") == {SENTENCES[3]}
    assert _found(db, "ไลน์") == {SENTENCES[1], SENTENCES[4]}  # inside ออนไลน์ too


@pytest.mark.parametrize("word", WORDS)
def test_search_agrees_with_a_plain_substring_scan(db: Database, word: str) -> None:
    _add(db, SENTENCES)

    assert _found(db, word) == _scanned(SENTENCES, word)
    assert ListeningService(db).count_feedback(TableQuery(search=word)) == len(
        _scanned(SENTENCES, word)
    )


def test_random_pieces_of_random_sentences_agree_with_a_substring_scan(db: Database) -> None:
    rng = random.Random(4)
    pieces = [
        word for text in SENTENCES for word in [text[i : i + 6] for i in range(0, len(text) - 6, 5)]
    ]
    texts = ["".join(rng.sample(pieces, 4)) for _ in range(150)]
    _add(db, texts)

    for _ in range(40):
        text = rng.choice(texts)
        start = rng.randrange(len(text) - 4)
        word = text[start : start + rng.randint(2, 5)].strip()
        if word:
            assert _found(db, word) == _scanned(texts, word), word


def test_quotes_and_query_syntax_in_a_search_are_taken_literally(db: Database) -> None:
    texts = ['ป้ายเขียนว่า "ปิดปรับปรุง" ทั้งวัน', "AND OR NOT NEAR ทุกคำ", "ราคา*พิเศษ"]
    _add(db, texts)

    for word in ['"ปิดปรับปรุง"', "AND", "NEAR", "า*พ", '"']:
        assert _found(db, word) == _scanned(texts, word), word


def test_the_index_follows_edits_and_deletes(db: Database) -> None:
    _add(db, ["ที่จอดรถไม่พอ", "ห้องน้ำสกปรก"])

    with db.session_scope() as session:
        session.execute(update(FeedbackEntry).where(FeedbackEntry.text == "ที่จอดรถไม่พอ")
                        .values(text="ลิฟต์เสียบ่อย", staff="สมศรี"))  # fmt: skip
        session.execute(delete(FeedbackEntry).where(FeedbackEntry.text == "ห้องน้ำสกปรก"))

    assert _found(db, "จอดรถ") == set()
    assert _found(db, "ห้องน้ำ") == set()
    assert _found(db, "ลิฟต์เสีย") == {"ลิฟต์เสียบ่อย"}
    assert _found(db, "สมศรี") == {"ลิฟต์เสียบ่อย"}  # the staff member is indexed too
    _add(db, ["ที่จอดรถเต็ม"])
    assert _found(db, "จอดรถ") == {"ที่จอดรถเต็ม"}


def test_every_entry_gets_the_next_number(db: Database) -> None:
    _add(db, ["หนึ่ง", "สอง", "สาม"])

    rows = ListeningService(db).list_feedback(TableQuery(sort_key="number"), 0, 10)

    assert [(row.number, row.text) for row in rows] == [(1, "หนึ่ง"), (2, "สอง"), (3, "สาม")]


def test_entries_of_an_older_file_are_numbered_and_indexed_on_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = make_engine(sqlite_url(path))
    with engine.begin() as connection:
        command.upgrade(_config(connection), "0003")
    engine.dispose()
    raw = sqlite3.connect(path)
    channel = raw.execute("SELECT id FROM channel WHERE code = 'phone'").fetchone()[0]
    for hour, (key, text) in enumerate(
        [("b" * 32, "ขอให้ขยายเวลาเปิดให้บริการ"), ("a" * 32, "ที่จอดรถไม่พอ")]
    ):
        raw.execute(
            "INSERT INTO feedback_entry (id, received_at, channel_id, stage, type, sentiment, text, staff,"
            " created_at, updated_at) VALUES (?, ?, ?, 'before', 'need', 'neutral', ?, '', ?, ?)",
            (
                key,
                f"2025-01-0{hour + 1} 03:00:00",
                channel,
                text,
                "2025-01-01 00:00:00",
                "2025-01-01 00:00:00",
            ),
        )
    raw.commit()
    raw.close()

    db, _ = open_database(path)
    try:
        rows = ListeningService(db).list_feedback(TableQuery(sort_key="number"), 0, 10)
        assert [(row.number, row.text) for row in rows] == [
            (1, "ขอให้ขยายเวลาเปิดให้บริการ"),
            (2, "ที่จอดรถไม่พอ"),
        ]
        assert _found(db, "จอดรถ") == {"ที่จอดรถไม่พอ"}
        _add(db, ["จอดรถชั้นสอง"])
        assert _found(db, "จอดรถ") == {"ที่จอดรถไม่พอ", "จอดรถชั้นสอง"}
    finally:
        db.dispose()


def test_downgrading_0004_removes_the_index_and_keeps_the_entries(tmp_path: Path) -> None:
    path = tmp_path / "down.sqlite"
    db, _ = open_database(path)
    _add(db, ["ที่จอดรถไม่พอ"])
    db.dispose()

    engine = make_engine(sqlite_url(path))
    with engine.begin() as connection:
        command.downgrade(_config(connection), "0003")
    engine.dispose()

    raw = sqlite3.connect(path)
    names = {name for (name,) in raw.execute("SELECT name FROM sqlite_master")}
    texts = [text for (text,) in raw.execute("SELECT text FROM feedback_entry")]
    raw.close()
    assert not any(
        name.startswith("feedback_fts") or name.startswith("feedback_entry_fts") for name in names
    )
    assert texts == ["ที่จอดรถไม่พอ"]


def test_several_words_must_all_be_found_and_the_count_agrees(db: Database) -> None:
    _add(db, SENTENCES)
    service = ListeningService(db)

    for words in ["จอดรถ เช้า", "ออนไลน์ ไลน์", "เจ้าหน้าที่ ดี", "queue line", "จอดรถ ห้องน้ำ"]:
        expected = {
            text for text in SENTENCES if all(w.lower() in text.lower() for w in words.split())
        }
        assert _found(db, words) == expected, words
        assert service.count_feedback(TableQuery(search=words)) == len(expected), words
