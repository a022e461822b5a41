"""Issue 17's fault table, the database rows, reproduced end to end in real processes:
``check`` on an older or newer file, imports refused by a lock, a read-only file or a full disk
(exit 2 with the "in use"-style message, no row lost, no new empty file left behind), and
``check`` of a healthy file in a read-only folder.

A full disk is made real with RLIMIT_FSIZE in the child process (the kernel refuses the write
past the limit, as a full disk does; SIGXFSZ ignored so the write fails instead of killing).
A read-only folder for root (the test machine's user) is made real with ``unshare --user``: in
a user namespace root's files are checked by their owner bits, without root's override.
"""

from __future__ import annotations

import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from vocdesk.db.migrate import head_revision

NEEDS_UNSHARE = pytest.mark.skipif(
    os.geteuid() == 0 and shutil.which("unshare") is None,
    reason="as root, a read-only folder needs unshare --user",
)


def _vocdesk(*args: str | Path, file_size_limit: int | None = None, read_only: bool = False):  # type: ignore[no-untyped-def]
    env = {**os.environ, "VOCDESK_LANG": "en", "PYTHONIOENCODING": "utf-8"}
    command = [sys.executable, "-m", "vocdesk", *map(str, args)]
    if read_only and os.geteuid() == 0:
        command = ["unshare", "--user", *command]

    def limit() -> None:
        if file_size_limit is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit, file_size_limit))

    return subprocess.run(
        command, capture_output=True, text=True, encoding="utf-8", env=env, timeout=120,
        preexec_fn=limit,  # noqa: PLW1509 - only sets a limit, no threads in the child yet
    )  # fmt: skip


def _holidays_csv(path: Path, count: int) -> Path:
    first = date(2030, 1, 1)
    days = (first + timedelta(days=i) for i in range(count))
    lines = ["date,name", *(f"{day.isoformat()},วันหยุดทดสอบ {path.stem} {day.day}" for day in days)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _holiday_count(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT count(*) FROM holiday").fetchone()[0])
    finally:
        connection.close()


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "office.sqlite"
    source = _holidays_csv(tmp_path / "first.csv", 3)
    done = _vocdesk("import", "holidays", source, "--db", path)
    assert done.returncode == 0, done.stderr
    return path


def _restamp(path: Path, revision: str) -> None:
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    connection.close()


@pytest.mark.parametrize("revision", ["0005", "9999"])
def test_check_on_an_older_or_newer_file_says_which_schema_and_exits_1(
    database: Path, revision: str
) -> None:
    _restamp(database, revision)

    done = _vocdesk("check", "--db", database)

    assert done.returncode == 1, done.stderr
    assert f"not ok: schema {revision} differs from this version's {head_revision()}" in (
        done.stdout
    )
    assert "TypeError" not in done.stdout + done.stderr


def test_an_import_while_sqlite3_holds_the_write_lock_is_refused_as_in_use(
    database: Path, tmp_path: Path
) -> None:
    before = _holiday_count(database)
    holder = sqlite3.connect(database, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # what a second import, or the sqlite3 shell, holds
    try:
        done = _vocdesk(
            "import", "holidays", _holidays_csv(tmp_path / "h.csv", 50), "--db", database
        )
    finally:
        holder.execute("ROLLBACK")
        holder.close()

    assert done.returncode == 2, done.stderr
    assert "is in use by another program (locked)" in done.stderr
    assert "OperationalError" not in done.stderr and "INSERT" not in done.stderr
    assert _holiday_count(database) == before


def test_two_imports_at_once_both_finish_or_one_is_refused_as_in_use(
    database: Path, tmp_path: Path
) -> None:
    sources = [_holidays_csv(tmp_path / f"h{i}.csv", 3000) for i in range(2)]
    env = {**os.environ, "VOCDESK_LANG": "en"}
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "vocdesk", "import", "holidays", source, "--db", database],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )  # fmt: skip
        for source in sources
    ]
    results = [(run.wait(timeout=120), run.stderr.read() if run.stderr else "") for run in runs]
    for run in runs:
        for stream in (run.stdout, run.stderr):
            if stream:
                stream.close()

    for code, err in results:
        assert code in (0, 2), err
        assert "Unexpected error" not in err and "Traceback" not in err
        if code == 2:
            assert "is in use by another program (locked)" in err
    assert _holiday_count(database) >= 3  # the file's own three are never lost
    assert sqlite3.connect(database).execute("PRAGMA integrity_check").fetchone() == ("ok",)


@NEEDS_UNSHARE
def test_an_import_into_a_read_only_file_is_refused_and_nothing_changes(
    database: Path, tmp_path: Path
) -> None:
    before = _holiday_count(database)
    os.chmod(database, 0o444)
    try:
        done = _vocdesk(
            "import", "holidays", _holidays_csv(tmp_path / "h.csv", 20), "--db", database,
            read_only=True,
        )  # fmt: skip
    finally:
        os.chmod(database, 0o644)

    assert done.returncode == 2, done.stderr
    assert "read-only" in done.stderr or "is in use" in done.stderr
    assert "OperationalError" not in done.stderr
    assert _holiday_count(database) == before


@NEEDS_UNSHARE
def test_check_of_a_healthy_file_in_a_read_only_folder_is_ok(database: Path) -> None:
    folder = database.parent
    for leftover in folder.glob("office.sqlite-*"):
        leftover.unlink()
    os.chmod(database, 0o444)
    os.chmod(folder, 0o555)
    try:
        done = _vocdesk("check", "--db", database, read_only=True)
    finally:
        os.chmod(folder, 0o755)
        os.chmod(database, 0o644)

    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("ok: schema")
    assert sorted(p.name for p in folder.glob("office.sqlite*")) == ["office.sqlite"]


def test_an_import_onto_a_full_disk_is_refused_and_no_row_is_lost(
    database: Path, tmp_path: Path
) -> None:
    before = _holiday_count(database)
    source = _holidays_csv(tmp_path / "many.csv", 3000)
    # The -shm index takes 32 KiB; the write-ahead log may grow to 40 KB, no more.
    done = _vocdesk("import", "holidays", source, "--db", database, file_size_limit=40_000)

    assert done.returncode == 2, done.stderr
    assert "the disk is full or failing" in done.stderr
    assert "OperationalError" not in done.stderr
    assert _holiday_count(database) == before
    assert sqlite3.connect(database).execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_an_import_into_a_new_file_on_a_full_disk_leaves_no_database_behind(
    tmp_path: Path,
) -> None:
    target = tmp_path / "new.sqlite"

    done = _vocdesk(
        "import", "holidays", _holidays_csv(tmp_path / "h.csv", 5), "--db", target,
        file_size_limit=40_000,
    )  # fmt: skip

    assert done.returncode == 2, done.stderr
    assert "the disk is full or failing" in done.stderr
    assert not list(tmp_path.glob("new.sqlite*"))
