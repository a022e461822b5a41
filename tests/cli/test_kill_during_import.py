"""A real ``vocdesk import`` killed (SIGKILL) at several moments (issue 17): each time the file
passes ``PRAGMA integrity_check`` and holds all of the import or none of it, table by table;
``vocdesk check`` calls it healthy, and the next import completes.

The import of 20,000 stakeholders into a file that already has 20,000 takes about 2.5 s on the
test machine (the automatic copy first, then reading, checking, writing); the kills land at
0.2 s to 2.4 s after the start, in the copy, the reading and the writing."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from vocdesk.db.backup import backup_sqlite

ROWS = 20_000
KILL_AFTER = (0.2, 0.6, 1.0, 1.4, 1.8, 2.0, 2.2, 2.4)  # seconds after the process started


def _env(data: Path) -> dict[str, str]:
    return {**os.environ, "VOCDESK_LANG": "en", "VOCDESK_DATA_DIR": str(data),
            "PYTHONIOENCODING": "utf-8"}  # fmt: skip


def _stakeholders(path: Path, label: str) -> Path:
    lines = ["name,phone", *(f"{label} {i:05d}," for i in range(ROWS))]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _import(db: Path, source: Path, data: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "vocdesk", "import", "stakeholders", str(source), "--db", str(db)],
        env=_env(data), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip


def _counts(db: Path) -> dict[str, int]:
    connection = sqlite3.connect(db)  # a plain connection: SQLite recovers the journal
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tables = [r[0] for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            " AND name NOT LIKE '%fts%'"
        )]  # fmt: skip
        return {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        connection.close()


@pytest.fixture(scope="module")
def before_and_after(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict, dict]:
    folder = tmp_path_factory.mktemp("kill")
    base, data = folder / "base.sqlite", folder / "data"
    first = _import(base, _stakeholders(folder / "first.csv", "ผู้มาก่อน"), data)
    assert first.wait(120) == 0
    second = _stakeholders(folder / "second.csv", "ผู้มาทีหลัง")
    reference = backup_sqlite(base, folder / "reference.sqlite")
    assert _import(reference, second, data).wait(120) == 0
    return base, second, _counts(base), _counts(reference)


@pytest.mark.parametrize("delay", KILL_AFTER)
def test_a_killed_import_leaves_all_or_nothing(
    tmp_path: Path, before_and_after: tuple[Path, Path, dict, dict], delay: float
) -> None:
    base, second, before, after = before_and_after
    assert after["stakeholder"] == before["stakeholder"] + ROWS
    db = backup_sqlite(base, tmp_path / "killed.sqlite")
    data = tmp_path / "data"

    process = _import(db, second, data)
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    code = process.wait(60)

    counts = _counts(db)
    print(f"killed after {delay} s: exit {code}, {'none' if counts == before else 'all'} of it")
    assert counts in (before, after), {t: (before[t], counts[t], after[t])
                                       for t in counts if counts[t] != before[t]}  # fmt: skip
    if code == -signal.SIGKILL and counts == before:  # killed mid-way: nothing of it is there
        assert _import(db, second, data).wait(120) == 0  # and the import then completes
        assert _counts(db) == after
    check = subprocess.run([sys.executable, "-m", "vocdesk", "check", "--db", str(db)],
                           env=_env(data), capture_output=True, timeout=120)  # fmt: skip
    assert check.returncode == 0, check.stdout
