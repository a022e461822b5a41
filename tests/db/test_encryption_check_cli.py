"""``vocdesk check`` and ``vocdesk restore`` on encrypted files, through the command line's own
entry point (``cli.main.main``) on real files: the database's passphrase from
``--passphrase-file``, a copy's other passphrase from ``--backup-passphrase-file`` (or asked)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from vocdesk.cli.main import main
from vocdesk.db.cipher import forget_passphrase, is_encrypted
from vocdesk.db.models import Channel, FeedbackEntry
from vocdesk.domain.enums import FeedbackType, LifecycleStage
from vocdesk.services.database import Database, open_database
from vocdesk.services.encryption import change_passphrase

KEY = "ลับมาก secret 2569"
COPY_KEY = "the copy's own passphrase"


def _add(db: Database, count: int) -> None:
    with db.session_scope() as session:
        channel = session.scalar(select(Channel.id).where(Channel.code == "walk_in"))
        start = datetime(2025, 10, 1, 2, 0, tzinfo=UTC)
        for index in range(count):
            session.add(FeedbackEntry(
                received_at=start + timedelta(hours=index), channel_id=channel,
                stage=LifecycleStage.DURING, type=FeedbackType.OTHER, text=f"ความเห็น {index}",
            ))  # fmt: skip


def _entries_in(path: Path, passphrase: str) -> int:
    db, _ = open_database(path, create=False, passphrase=passphrase)
    try:
        with db.session_scope() as session:
            return int(session.scalar(select(func.count()).select_from(FeedbackEntry)) or 0)
    finally:
        db.dispose()
        forget_passphrase(path)


def _secret(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text + "\n", encoding="utf-8")
    return path


@pytest.fixture
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, Path]]:
    """An encrypted database of 5 entries under KEY and its copy of 3 under COPY_KEY, both
    forgotten by this process (as a new ``vocdesk`` command finds them); stdin empty."""
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    database = tmp_path / "agency.sqlite"
    db, _ = open_database(database, passphrase=KEY)
    try:
        _add(db, 3)
        copy = db.backup_to(tmp_path / "copies" / "agency-copy.sqlite")
        _add(db, 2)
    finally:
        db.dispose()
    change_passphrase(copy, KEY, COPY_KEY)
    for path in (database, copy):
        forget_passphrase(path)
    yield database, copy
    for path in (database, copy):
        forget_passphrase(path)


def test_check_reads_an_encrypted_file_with_its_passphrase_file(
    files: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database, _ = files
    key_file = _secret(tmp_path, "key.txt", KEY)
    assert (
        main(["--lang", "en", "check", "--db", str(database), "--passphrase-file", str(key_file)])
        == 0
    )
    assert capsys.readouterr().out.startswith("ok: schema")


def test_check_without_the_passphrase_exits_2_and_says_so(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    database, _ = files
    before = database.read_bytes()
    assert main(["--lang", "en", "check", "--db", str(database)]) == 2
    said = capsys.readouterr()
    assert "is encrypted: it can be checked only with its passphrase" in said.err
    assert "Traceback" not in said.err
    assert database.read_bytes() == before


def test_check_with_the_passphrase_piped_on_standard_input(
    files: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    database, _ = files
    monkeypatch.setattr("sys.stdin", io.StringIO(KEY + "\n"))
    assert main(["--lang", "en", "check", "--db", str(database)]) == 0
    assert "ok: schema" in capsys.readouterr().out


def test_restore_a_copy_under_another_passphrase_from_its_passphrase_file(
    files: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database, copy = files
    key_file = _secret(tmp_path, "key.txt", KEY)
    copy_key_file = _secret(tmp_path, "copy-key.txt", COPY_KEY)
    assert main(["--lang", "en", "restore", str(copy), "--db", str(database),
                 "--passphrase-file", str(key_file),
                 "--backup-passphrase-file", str(copy_key_file)]) == 0  # fmt: skip
    assert "Restored" in capsys.readouterr().out
    assert is_encrypted(database)
    assert _entries_in(database, COPY_KEY) == 3  # the restored file is what the copy was


def test_restore_without_the_copys_passphrase_is_refused_and_nothing_changes(
    files: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database, copy = files
    key_file = _secret(tmp_path, "key.txt", KEY)
    before = database.read_bytes()
    code = main(["--lang", "en", "restore", str(copy), "--db", str(database),
                 "--passphrase-file", str(key_file)])  # fmt: skip
    assert code == 2
    said = capsys.readouterr().err
    assert "--backup-passphrase-file" in said and "Traceback" not in said
    assert database.read_bytes() == before
    assert _entries_in(database, KEY) == 5


def test_restore_asks_the_copys_passphrase_when_it_is_not_given(
    files: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database, copy = files
    key_file = _secret(tmp_path, "key.txt", KEY)
    monkeypatch.setattr("sys.stdin", io.StringIO(COPY_KEY + "\n"))
    assert main(["--lang", "en", "restore", str(copy), "--db", str(database),
                 "--passphrase-file", str(key_file)]) == 0  # fmt: skip
    assert _entries_in(database, COPY_KEY) == 3


def test_restore_with_a_wrong_backup_passphrase_is_refused(
    files: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database, copy = files
    key_file = _secret(tmp_path, "key.txt", KEY)
    wrong = _secret(tmp_path, "wrong.txt", "not the copy's passphrase")
    assert main(["--lang", "en", "restore", str(copy), "--db", str(database),
                 "--passphrase-file", str(key_file), "--backup-passphrase-file", str(wrong)]) == 2  # fmt: skip
    assert "Wrong passphrase" in capsys.readouterr().err
    assert _entries_in(database, KEY) == 5
