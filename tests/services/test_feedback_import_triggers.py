"""The listening import drops the short-word and full-text insert triggers for its inserts and
adds the grams and words of its new entries set-wise (issue 18), in its own transaction: the
indexes hold exactly what the triggers would have put there, the entries are numbered as the
numbering trigger numbers them, the triggers are back as they were, and a process killed
between the drop and the commit leaves the file with its old triggers and none of the import."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from vocdesk.domain.listening.log import sqlite_lower
from vocdesk.domain.tables import TableQuery
from vocdesk.services.database import Database, open_database
from vocdesk.services.listening.log import ListeningService
from vocdesk.services.listening.transfer import FeedbackImporter
from vocdesk.services.transfer import import_file

HEADINGS = "received at,channel,stage,type,text,staff,reference"
ROWS = [
    ("2026-01-05T09:00+07:00", "โทรศัพท์", "during", "complaint", "รอคิวนานมาก", "Somchai", "A-1"),
    ("2026-01-05T09:10+07:00", "อีเมล", "after", "compliment", "บริการดี ประทับใจ", "วิภา", "A-2"),
    ("2026-01-06T10:00+07:00", "เว็บไซต์", "before", "inquiry", "ถามเรื่อง QUEUE online", "", "A-3"),
    ("2026-01-07T11:00+07:00", "โทรศัพท์", "during", "suggestion", "ควรเพิ่มที่จอดรถ ดี", "Bo", "A-4"),
]


def _write(path: Path, rows: list[tuple[str, ...]]) -> Path:
    path.write_text("\n".join([HEADINGS, *(",".join(r) for r in rows)]) + "\n", encoding="utf-8")
    return path


def _triggers(path: Path) -> dict[str, str]:
    with sqlite3.connect(path) as raw:
        return dict(raw.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))


def _grams_and_expected(path: Path) -> tuple[set[tuple[str, int]], set[tuple[str, int]]]:
    with sqlite3.connect(path) as raw:
        grams = set(raw.execute("SELECT gram, entry_number FROM feedback_gram"))
        expected = {
            (low[i : i + 2], number)
            for number, text, staff in raw.execute("SELECT number, text, staff FROM feedback_entry")
            for low in (sqlite_lower(text), sqlite_lower(staff))
            for i in range(len(low))
        }
    return grams, expected


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "office.sqlite")[0]
    yield database
    database.dispose()


def test_an_import_indexes_its_entries_as_the_triggers_would(db: Database, tmp_path: Path) -> None:
    path = Path(db.location)
    triggers = _triggers(path)
    import_file(FeedbackImporter(db), _write(tmp_path / "first.csv", ROWS[:2]))
    later = [(r[0], r[1], r[2], r[3], r[4] + " อีก", r[5], "B" + r[6][1:]) for r in ROWS]
    summary = import_file(FeedbackImporter(db), _write(tmp_path / "second.csv", later))

    assert summary.added == 4
    assert _triggers(path) == triggers  # the same triggers, word for word
    with sqlite3.connect(path) as raw:
        numbers = [n for (n,) in raw.execute("SELECT number FROM feedback_entry ORDER BY rowid")]
        assert numbers == [1, 2, 3, 4, 5, 6]  # as the numbering trigger numbers them
        raw.execute("INSERT INTO feedback_fts (feedback_fts) VALUES ('integrity-check')")
    grams, expected = _grams_and_expected(path)
    assert grams == expected
    service = ListeningService(db)
    assert service.count_feedback(TableQuery(search="ดี")) == 3  # grams (2 characters)
    assert service.count_feedback(TableQuery(search="queue")) == 1  # full text (3 and more)
    assert service.count_feedback(TableQuery(search="อีก")) == 4


def test_entries_added_after_an_import_are_indexed_by_the_triggers_again(
    db: Database, tmp_path: Path
) -> None:
    import_file(FeedbackImporter(db), _write(tmp_path / "first.csv", ROWS[:2]))
    with sqlite3.connect(db.location) as raw:  # an entry written as a form writes it: no number
        raw.execute(
            "INSERT INTO feedback_entry (id, received_at, channel_id, stage, type, sentiment, text,"
            " staff, status, reference, version, created_at, updated_at)"
            " SELECT 'f00d', received_at, channel_id, stage, type, sentiment, 'ลิฟต์เสียค่ะ', 'Zed',"
            " status, '', 1, created_at, updated_at FROM feedback_entry LIMIT 1"
        )

    grams, expected = _grams_and_expected(Path(db.location))
    assert grams == expected and ("ฟต", 3) in grams
    assert ListeningService(db).count_feedback(TableQuery(search="ลิฟต์")) == 1


def test_an_import_that_updates_and_adds_keeps_every_index_true(
    db: Database, tmp_path: Path
) -> None:
    import_file(FeedbackImporter(db), _write(tmp_path / "first.csv", ROWS[:2]))
    again = [(*r[:4], r[4].replace("ดี", "แย่"), r[5], r[6]) for r in ROWS]  # 2 updated, 2 new
    summary = import_file(FeedbackImporter(db), _write(tmp_path / "again.csv", again))

    assert (summary.added, summary.updated) == (2, 2)
    grams, expected = _grams_and_expected(Path(db.location))
    assert grams == expected
    service = ListeningService(db)
    assert service.count_feedback(TableQuery(search="ดี")) == 0
    assert service.count_feedback(TableQuery(search="แย่")) == 2


KILLER = """
import os, signal, sys
from sqlalchemy import event
from vocdesk.services.database import open_database
from vocdesk.services.listening.transfer import FeedbackImporter
from vocdesk.services.transfer import import_file

db, _ = open_database(sys.argv[1], create=False)

def kill_at_the_grams(statement):
    if "INSERT OR IGNORE INTO feedback_gram" in statement:
        os.kill(os.getpid(), signal.SIGKILL)  # the triggers are dropped, the entries written

@event.listens_for(db.engine, "connect")
def watch(connection, _record):
    connection.set_trace_callback(kill_at_the_grams)

db.engine.dispose()  # connections from now on are watched
import_file(FeedbackImporter(db), sys.argv[2])
"""


def test_a_killed_import_leaves_the_old_triggers_and_none_of_its_entries(
    db: Database, tmp_path: Path
) -> None:
    import_file(FeedbackImporter(db), _write(tmp_path / "first.csv", ROWS[:2]))
    path = Path(db.location)
    db.dispose()
    triggers, before = _triggers(path), _grams_and_expected(path)
    later = [(*r[:6], "K" + r[6][1:]) for r in ROWS]  # only known channels: nothing written first

    killed = subprocess.run(
        [sys.executable, "-c", KILLER, str(path), str(_write(tmp_path / "later.csv", later))],
        env={**os.environ, "VOCDESK_LANG": "en"}, capture_output=True, timeout=120,
    )  # fmt: skip

    assert killed.returncode == -signal.SIGKILL, killed.stderr.decode()
    with sqlite3.connect(path) as raw:  # a plain connection: SQLite rolls the journal back
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert raw.execute("SELECT count(*) FROM feedback_entry").fetchone()[0] == 2
    assert _triggers(path) == triggers
    assert _grams_and_expected(path) == before
    reopened = open_database(path, create=False)[0]
    try:
        assert import_file(FeedbackImporter(reopened), tmp_path / "later.csv").added == 4
    finally:
        reopened.dispose()
    grams, expected = _grams_and_expected(path)
    assert grams == expected
