"""Encrypted database files (SQLCipher) on real files: opened only with their passphrase, the
listening log's trigram search works inside them, their backups stay encrypted, and converting
a file (encrypt, change the passphrase, decrypt) keeps every row and leaves nothing half done."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from vocdesk.db.backup import backup_sqlite, connect_copy
from vocdesk.db.cipher import (
    SQLITE_HEADER,
    connect_encrypted,
    counts_per_table,
    forget_passphrase,
    is_encrypted,
)
from vocdesk.db.models import Channel, FeedbackEntry
from vocdesk.domain.accounts import Principal, Role
from vocdesk.domain.enums import FeedbackType, LifecycleStage
from vocdesk.domain.messages import UserError
from vocdesk.domain.tables import TableQuery
from vocdesk.services.backups import automatic_backup, list_backups
from vocdesk.services.database import Database, open_database
from vocdesk.services.encryption import (
    EncryptionService,
    change_passphrase,
    decrypt_file,
    encrypt_file,
)
from vocdesk.services.listening.log import ListeningService

KEY = "ลับมาก secret 2569"
OTHER_KEY = "another passphrase"
TEXTS = [
    "ที่จอดรถไม่เพียงพอในช่วงเช้าต้องวนหาที่จอดนานมาก",
    "อยากให้เพิ่มช่องทางการยื่นคำขอออนไลน์เพราะต้องเดินทางมาไกล",
    "ระบบคิวออนไลน์ใช้งานง่ายได้รับการแจ้งเตือนทางไลน์ทันเวลา",
    "Online queue app crashed twice; please fix the LINE login",
]


def _add_entries(db: Database, texts: list[str]) -> None:
    with db.session_scope() as session:
        channel = session.scalar(select(Channel.id).where(Channel.code == "walk_in"))
        start = datetime(2025, 10, 1, 2, 0, tzinfo=UTC)
        for index, text in enumerate(texts):
            session.add(FeedbackEntry(
                received_at=start + timedelta(hours=index), channel_id=channel,
                stage=LifecycleStage.DURING, type=FeedbackType.OTHER, text=text,
            ))  # fmt: skip


def _entry_count(db: Database) -> int:
    with db.session_scope() as session:
        return int(session.scalar(select(func.count()).select_from(FeedbackEntry)) or 0)


def _found(db: Database, word: str) -> set[str]:
    return {row.text for row in ListeningService(db).list_feedback(TableQuery(search=word), 0, 100)}


def _header(path: Path) -> bytes:
    return path.read_bytes()[: len(SQLITE_HEADER)]


@pytest.fixture
def encrypted(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "secret.sqlite"
    db, _ = open_database(path, passphrase=KEY)
    _add_entries(db, TEXTS)
    db.dispose()
    yield path
    forget_passphrase(path)


def test_a_new_file_with_a_passphrase_is_encrypted_and_reopens_only_with_it(
    encrypted: Path,
) -> None:
    assert _header(encrypted) != SQLITE_HEADER
    assert is_encrypted(encrypted)
    assert "จอดรถ".encode() not in encrypted.read_bytes()  # no text in the clear

    db, _ = open_database(encrypted, passphrase=KEY)
    try:
        assert db.encrypted
        assert _entry_count(db) == len(TEXTS)
    finally:
        db.dispose()


def test_an_encrypted_file_without_its_passphrase_is_refused_and_left_unchanged(
    encrypted: Path,
) -> None:
    before = encrypted.read_bytes()

    with pytest.raises(UserError, match="encrypted: enter its passphrase"):
        open_database(encrypted)
    with pytest.raises(UserError, match="Wrong passphrase"):
        open_database(encrypted, passphrase="not the passphrase")

    assert encrypted.read_bytes() == before
    assert not Path(f"{encrypted}-wal").exists()


def test_a_plain_file_stays_plain_and_opens_as_before(tmp_path: Path) -> None:
    path = tmp_path / "plain.sqlite"
    db, _ = open_database(path)
    _add_entries(db, TEXTS[:1])
    db.dispose()

    assert _header(path) == SQLITE_HEADER
    assert not is_encrypted(path)
    db, _ = open_database(path, passphrase=KEY)  # a passphrase does not encrypt a plain file
    try:
        assert not db.encrypted
        assert _entry_count(db) == 1
    finally:
        db.dispose()
    assert _header(path) == SQLITE_HEADER


def test_trigram_full_text_search_works_inside_an_encrypted_file(encrypted: Path) -> None:
    db, _ = open_database(encrypted, passphrase=KEY)
    try:
        assert _found(db, "จอดรถ") == {TEXTS[0]}
        assert _found(db, "ไลน์") == {TEXTS[1], TEXTS[2]}  # inside ออนไลน์ too
        assert _found(db, "queue") == {TEXTS[3]}
        assert ListeningService(db).count_feedback(TableQuery(search="ออนไลน์")) == 2
    finally:
        db.dispose()
    connection = connect_encrypted(encrypted, KEY)
    try:
        tokenizer = connection.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'feedback_fts'"
        ).fetchone()[0]
    finally:
        connection.close()
    assert "trigram" in tokenizer


def test_a_backup_of_an_encrypted_file_is_encrypted_and_restorable_with_the_key(
    encrypted: Path, tmp_path: Path
) -> None:
    db, _ = open_database(encrypted, passphrase=KEY)
    try:
        copy = db.backup_to(tmp_path / "backups" / "copy.sqlite")
    finally:
        db.dispose()

    assert is_encrypted(copy)
    assert "จอดรถ".encode() not in copy.read_bytes()
    with pytest.raises(UserError):
        open_database(copy, create=False)
    restored = backup_sqlite(copy, tmp_path / "restored.sqlite", passphrase=KEY)
    assert is_encrypted(restored)
    db, _ = open_database(restored, passphrase=KEY, create=False)
    try:
        assert _found(db, "จอดรถ") == {TEXTS[0]}
    finally:
        db.dispose()


def test_the_backup_function_finds_the_key_the_file_was_opened_with(
    encrypted: Path, tmp_path: Path
) -> None:
    """Automatic backups and the copy before a schema upgrade pass only the path."""
    db, _ = open_database(encrypted, passphrase=KEY)
    try:
        copy = backup_sqlite(encrypted, tmp_path / "auto.sqlite")
    finally:
        db.dispose()
    assert is_encrypted(copy)
    assert counts_per_table(connect_encrypted(copy, KEY))["feedback_entry"] == len(TEXTS)


def test_encrypting_and_decrypting_keep_every_row_of_every_table(tmp_path: Path) -> None:
    plain = tmp_path / "plain.sqlite"
    db, _ = open_database(plain)
    _add_entries(db, TEXTS)
    db.dispose()
    expected = counts_per_table(sqlite3.connect(plain))

    encrypt_file(plain, tmp_path / "enc.sqlite", KEY)
    change_passphrase(tmp_path / "enc.sqlite", KEY, OTHER_KEY)
    decrypt_file(tmp_path / "enc.sqlite", tmp_path / "again.sqlite", OTHER_KEY)

    assert counts_per_table(connect_encrypted(tmp_path / "enc.sqlite", OTHER_KEY)) == expected
    with pytest.raises(sqlite3.DatabaseError):
        connect_encrypted(tmp_path / "enc.sqlite", KEY)
    again = sqlite3.connect(tmp_path / "again.sqlite")
    assert counts_per_table(again) == expected
    assert again.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "again.sqlite", "enc.sqlite", "plain.sqlite"
    ]  # fmt: skip


def test_encrypting_in_place_replaces_the_file_only_when_done(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite"
    db, _ = open_database(path)
    _add_entries(db, TEXTS)
    db.dispose()

    encrypt_file(path, path, KEY)

    assert is_encrypted(path)
    assert [p.name for p in tmp_path.iterdir()] == ["office.sqlite"]
    db, _ = open_database(path, passphrase=KEY)
    try:
        assert _found(db, "queue") == {TEXTS[3]}
    finally:
        db.dispose()


def test_a_wrong_current_passphrase_changes_nothing(encrypted: Path) -> None:
    before = encrypted.read_bytes()

    with pytest.raises(UserError, match="Wrong passphrase"):
        change_passphrase(encrypted, "not the passphrase", OTHER_KEY)
    with pytest.raises(UserError, match="Wrong passphrase"):
        decrypt_file(encrypted, encrypted, "not the passphrase")

    assert encrypted.read_bytes() == before
    assert [p.name for p in encrypted.parent.iterdir()] == [encrypted.name]


def test_a_short_passphrase_is_refused(tmp_path: Path) -> None:
    plain = tmp_path / "plain.sqlite"
    open_database(plain)[0].dispose()

    with pytest.raises(UserError, match="at least 10 characters"):
        encrypt_file(plain, plain, "short")
    assert not is_encrypted(plain)


def test_only_an_administrator_may_encrypt_the_open_database(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite"
    db, _ = open_database(path)
    db.actor = Principal(login="somchai", role=Role.STAFF)

    with pytest.raises(UserError):
        EncryptionService(db).encrypt(KEY, KEY)
    assert not is_encrypted(path)

    db.actor = Principal(login="admin", role=Role.ADMINISTRATOR)
    EncryptionService(db).encrypt(KEY, KEY)
    assert is_encrypted(path)
    db, _ = open_database(path, passphrase=KEY)
    try:
        assert db.encrypted
    finally:
        db.dispose()
        forget_passphrase(path)


def test_the_automatic_backups_of_an_encrypted_database_are_encrypted(encrypted: Path) -> None:
    db, _ = open_database(encrypted, passphrase=KEY)
    try:
        copy = automatic_backup(encrypted, "daily")
    finally:
        db.dispose()

    assert copy is not None and is_encrypted(copy)
    assert "จอดรถ".encode() not in copy.read_bytes()
    assert [backup.path for backup in list_backups(encrypted)] == [copy]
    assert counts_per_table(connect_encrypted(copy, KEY))["feedback_entry"] == len(TEXTS)


def test_a_copy_connects_keyed_when_this_process_knows_its_passphrase(
    encrypted: Path, tmp_path: Path
) -> None:
    """What a restore needs to check and read an encrypted backup (``connect_copy``)."""
    db, _ = open_database(encrypted, passphrase=KEY)
    try:
        copy = db.backup_to(tmp_path / "copy.sqlite")
    finally:
        db.dispose()

    connection = connect_copy(copy)
    try:
        assert connection.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    finally:
        connection.close()
    forget_passphrase(copy)
    unknown = connect_copy(copy)  # a copy whose passphrase this process does not know
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        unknown.execute("PRAGMA quick_check").fetchall()
    unknown.close()
    plain = tmp_path / "plain.sqlite"
    open_database(plain)[0].dispose()
    connection = connect_copy(plain)
    assert connection.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    connection.close()


def test_a_database_in_use_by_another_program_is_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite"
    db, _ = open_database(path)
    _add_entries(db, TEXTS)
    db.dispose()
    # Another program in the middle of a write (another process: POSIX locks of one process
    # do not stop each other).
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_WRITE_LOCK, str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(UserError, match="in use by another program"):
            encrypt_file(path, path, KEY)
    finally:
        holder.kill()
        holder.wait()

    assert not is_encrypted(path)
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        "office.sqlite"
    ]
    db, _ = open_database(path)
    try:
        assert _entry_count(db) == len(TEXTS)
    finally:
        db.dispose()


HOLD_WRITE_LOCK = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(60)
"""
