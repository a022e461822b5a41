"""``vocdesk restore FILE --db PATH`` in a real process, and the copy an import takes first."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path


def _vocdesk(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "VOCDESK_LANG": "en", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "vocdesk", *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=120, check=False,
    )  # fmt: skip


def _holidays(path: Path, year: int) -> Path:
    path.write_text(f"date,name\n{year}-01-02,วันหยุดทดสอบ\n", encoding="utf-8")
    return path


def _count(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute("SELECT count(*) FROM holiday").fetchone()[0])


def test_restore_puts_a_backup_back_and_keeps_the_database_as_it_was(tmp_path: Path) -> None:
    db = tmp_path / "agency.sqlite"
    assert (
        _vocdesk("import", "holidays", _holidays(tmp_path / "a.csv", 2030), "--db", db).returncode
        == 0
    )
    copy = tmp_path / "copy.sqlite"
    assert _vocdesk("backup", copy, "--db", db).returncode == 0
    before = _count(db)
    imported = _vocdesk("import", "holidays", _holidays(tmp_path / "b.csv", 2031), "--db", db)
    assert imported.returncode == 0 and _count(db) == before + 1
    folder = Path(os.environ["VOCDESK_DATA_DIR"]) / "backups" / "agency"
    [before_import] = folder.glob("agency-*-import.sqlite")  # the import copied the file first
    assert _count(before_import) == before

    restored = _vocdesk("restore", copy, "--db", db)

    assert restored.returncode == 0, restored.stderr
    assert "Restored" in restored.stdout and "kept at" in restored.stdout
    assert _count(db) == before
    [kept] = folder.glob("agency-*-restore.sqlite")
    assert _count(kept) == before + 1
    assert _vocdesk("check", "--db", db).returncode == 0


def test_restore_refuses_a_damaged_file_and_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "agency.sqlite"
    assert (
        _vocdesk("import", "holidays", _holidays(tmp_path / "a.csv", 2030), "--db", db).returncode
        == 0
    )
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(db.read_bytes()[:3000])
    before = db.read_bytes()

    refused = _vocdesk("restore", damaged, "--db", db)

    assert refused.returncode == 2
    assert "damaged" in refused.stderr and "nothing was restored" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert db.read_bytes() == before
