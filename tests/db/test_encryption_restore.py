"""Encrypted databases beyond the window (issue 16): restoring an encrypted backup (over an
encrypted or a plain database, and a plain one over an encrypted database: the restored file is
what the backup was), checking an encrypted file, and the audit trail of encrypting, changing
the passphrase and decrypting. Real files, real SQLCipher."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from vocdesk.db.cipher import forget_passphrase, is_encrypted
from vocdesk.db.models import AuditEntry, Channel, FeedbackEntry
from vocdesk.domain.enums import AuditAction, FeedbackType, LifecycleStage
from vocdesk.domain.messages import UserError
from vocdesk.services.backups import BackupsService, restore_database
from vocdesk.services.database import Database, check_database, open_database
from vocdesk.services.encryption import EncryptionService

KEY = "ลับมาก secret 2569"
OTHER_KEY = "another passphrase"


def _add(db: Database, count: int) -> None:
    with db.session_scope() as session:
        channel = session.scalar(select(Channel.id).where(Channel.code == "walk_in"))
        start = datetime(2025, 10, 1, 2, 0, tzinfo=UTC)
        for index in range(count):
            session.add(FeedbackEntry(
                received_at=start + timedelta(hours=index), channel_id=channel,
                stage=LifecycleStage.DURING, type=FeedbackType.OTHER, text=f"ความเห็น {index}",
            ))  # fmt: skip


def _entries(db: Database) -> int:
    with db.session_scope() as session:
        return int(session.scalar(select(func.count()).select_from(FeedbackEntry)) or 0)


def _entries_in(path: Path, passphrase: str | None) -> int:
    db, _ = open_database(path, create=False, passphrase=passphrase)
    try:
        return _entries(db)
    finally:
        db.dispose()


def _forget(*paths: Path) -> None:
    """As after a restart: this process no longer knows which passphrase opened them."""
    for path in paths:
        forget_passphrase(path)


@pytest.fixture
def copy_and_database(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """An encrypted database of 5 entries backed up (the copy has 3), both forgotten."""
    database = tmp_path / "agency.sqlite"
    db, _ = open_database(database, passphrase=KEY)
    try:
        _add(db, 3)
        copy = db.backup_to(tmp_path / "copies" / "agency-copy.sqlite")
        _add(db, 2)
    finally:
        db.dispose()
    _forget(database, copy)
    yield copy, database
    _forget(database, copy)


def test_an_encrypted_backup_is_restored_over_its_database_with_its_passphrase(
    copy_and_database: tuple[Path, Path],
) -> None:
    copy, database = copy_and_database

    result = restore_database(copy, database, passphrase=KEY)

    assert is_encrypted(database) and result.encrypted
    _forget(database)
    assert _entries_in(database, KEY) == 3
    assert result.previous_copy is not None and is_encrypted(result.previous_copy)
    _forget(result.previous_copy)
    assert _entries_in(result.previous_copy, KEY) == 5
    assert check_database(database, passphrase=KEY).healthy


def test_the_window_restores_a_copy_under_the_open_databases_passphrase(
    copy_and_database: tuple[Path, Path],
) -> None:
    """File › Backups… passes no passphrase: a copy of the open database has the same one, and
    the open window sees the restored rows."""
    copy, database = copy_and_database
    db, _ = open_database(database, passphrase=KEY)
    try:
        assert _entries(db) == 5
        result = BackupsService(db).restore(copy)
        assert _entries(db) == 3
        assert not result.reopen
        with db.session_scope() as session:
            audit = session.scalars(
                select(AuditEntry).where(AuditEntry.action == AuditAction.RESTORE)
            ).one()
        assert audit.entity == "database" and KEY not in str(audit.changes)
    finally:
        db.dispose()


def test_an_encrypted_backup_without_its_passphrase_is_refused_and_nothing_changes(
    copy_and_database: tuple[Path, Path],
) -> None:
    copy, database = copy_and_database
    before = database.read_bytes()

    with pytest.raises(UserError) as refused:
        restore_database(copy, database)
    assert "encrypted" in refused.value.message.english()
    with pytest.raises(UserError) as wrong:
        restore_database(copy, database, passphrase=OTHER_KEY)
    assert "Wrong passphrase" in wrong.value.message.english()

    assert database.read_bytes() == before
    assert _entries_in(database, KEY) == 5


def test_an_encrypted_backup_over_a_plain_database_makes_it_encrypted(
    copy_and_database: tuple[Path, Path], tmp_path: Path
) -> None:
    copy, _ = copy_and_database
    plain = tmp_path / "plain.sqlite"
    db, _ = open_database(plain)
    try:
        _add(db, 1)
    finally:
        db.dispose()

    result = restore_database(copy, plain, passphrase=KEY)

    assert result.encrypted and result.reopen and is_encrypted(plain)
    _forget(plain)
    with pytest.raises(UserError):
        open_database(plain, create=False)
    assert _entries_in(plain, KEY) == 3
    assert result.previous_copy is not None and not is_encrypted(result.previous_copy)
    assert _entries_in(result.previous_copy, None) == 1


def test_a_plain_backup_over_the_open_encrypted_database_makes_it_plain(
    copy_and_database: tuple[Path, Path], tmp_path: Path
) -> None:
    _, database = copy_and_database
    plain_copy = tmp_path / "plain-copy.sqlite"
    plain, _ = open_database(plain_copy)
    try:
        _add(plain, 4)
    finally:
        plain.dispose()
    db, _ = open_database(database, passphrase=KEY)
    try:
        result = BackupsService(db).restore(plain_copy)
    finally:
        db.dispose()

    assert not result.encrypted and result.reopen and not is_encrypted(database)
    assert _entries_in(database, None) == 4
    assert result.previous_copy is not None and is_encrypted(result.previous_copy)
    _forget(result.previous_copy)
    assert _entries_in(result.previous_copy, KEY) == 5


def test_a_copy_under_another_passphrase_replaces_the_database_with_that_one(
    copy_and_database: tuple[Path, Path], tmp_path: Path
) -> None:
    copy, database = copy_and_database
    other = tmp_path / "other.sqlite"
    db, _ = open_database(other, passphrase=OTHER_KEY)
    try:
        _add(db, 7)
    finally:
        db.dispose()
    _forget(other)

    result = restore_database(other, database, passphrase=OTHER_KEY)

    assert result.encrypted and result.reopen
    _forget(database)
    assert _entries_in(database, OTHER_KEY) == 7
    with pytest.raises(UserError):
        _entries_in(database, KEY)


def test_checking_an_encrypted_file_needs_its_passphrase(
    copy_and_database: tuple[Path, Path],
) -> None:
    _, database = copy_and_database

    with pytest.raises(UserError) as locked:
        check_database(database)
    assert "encrypted" in locked.value.message.english()
    with pytest.raises(UserError) as wrong:
        check_database(database, passphrase=OTHER_KEY)
    assert "Wrong passphrase" in wrong.value.message.english()
    report = check_database(database, passphrase=KEY)
    assert report.healthy, report.problem
    # A passphrase given for a plain file is ignored, as by open_database.
    _forget(database)


def test_vocdesk_check_on_an_encrypted_file_without_its_passphrase_exits_2(
    copy_and_database: tuple[Path, Path],
) -> None:
    """Not 1 ("checked: not healthy"): a locked, healthy file must not look damaged."""
    _, database = copy_and_database
    before = database.read_bytes()
    env = {**os.environ, "VOCDESK_LANG": "en", "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [sys.executable, "-m", "vocdesk", "check", "--db", str(database)],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=120, check=False,
        stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert done.returncode == 2, done.stdout + done.stderr
    assert "is encrypted" in done.stderr and "Traceback" not in done.stderr
    assert database.read_bytes() == before


def test_encrypting_changing_and_removing_are_in_the_audit_trail(tmp_path: Path) -> None:
    path = tmp_path / "agency.sqlite"
    db, _ = open_database(path)
    EncryptionService(db).encrypt(KEY, KEY)
    db, _ = open_database(path, passphrase=KEY)
    EncryptionService(db).change_passphrase(KEY, OTHER_KEY, OTHER_KEY)
    db, _ = open_database(path, passphrase=OTHER_KEY)
    EncryptionService(db).decrypt(OTHER_KEY)
    db, _ = open_database(path)
    try:
        with db.session_scope() as session:
            entries = session.scalars(
                select(AuditEntry)
                .where(AuditEntry.entity == "database")
                .order_by(AuditEntry.at, AuditEntry.id)
            ).all()
            found = [(e.action, dict(e.changes or {}), e.user) for e in entries]
    finally:
        db.dispose()
    assert [(action, changes["encryption"]) for action, changes, _ in found] == [
        (AuditAction.UPDATE, "encrypted"),
        (AuditAction.UPDATE, "passphrase changed"),
        (AuditAction.UPDATE, "decrypted"),
    ]
    assert all(user for _, _, user in found)
    for _, changes, _ in found:
        assert KEY not in str(changes) and OTHER_KEY not in str(changes)


def test_a_database_whose_passphrase_is_unknown_is_kept_byte_for_byte(
    copy_and_database: tuple[Path, Path], tmp_path: Path
) -> None:
    """Restoring over an encrypted file nobody gave the passphrase of (the command line could
    not open it to ask who may): it is kept exactly as it was, and the copy replaces it."""
    _, database = copy_and_database
    plain_copy = tmp_path / "plain-copy.sqlite"
    plain, _ = open_database(plain_copy)
    plain.dispose()
    before = database.read_bytes()

    result = restore_database(plain_copy, database)

    assert result.reopen and not result.encrypted and not is_encrypted(database)
    assert result.previous_copy is not None and "-encrypted-" in result.previous_copy.name
    assert result.previous_copy.read_bytes() == before
    assert _entries_in(result.previous_copy, KEY) == 5
