"""The ``vocdesk`` command end to end, in subprocesses as a user or a script runs it.

tests/conftest.py points VOCDESK_DATA_DIR and VOCDESK_SETTINGS into a temporary folder and sets
QT_QPA_PLATFORM=offscreen; the subprocesses inherit both, so no test touches the user's files
or needs a screen.
"""

from __future__ import annotations

import os
import sqlite3
import struct
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

import vocdesk
from vocdesk.db.migrate import head_revision

DEMO_TODAY = "2026-11-29"  # explicit, so that a run across midnight still repeats exactly


@dataclass
class Run:
    code: int
    out: str
    err: str
    seconds: float


def vocdesk_command(*args: str | Path, lang: str = "en") -> Run:
    env = {**os.environ, "VOCDESK_LANG": lang, "PYTHONIOENCODING": "utf-8"}
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "vocdesk", *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=180,
    )  # fmt: skip
    run = Run(done.returncode, done.stdout, done.stderr, time.perf_counter() - started)
    assert "Traceback" not in run.out + run.err, run.err
    return run


def demo_token(database: Path) -> Path:
    """The administrator's token ``vocdesk demo`` writes beside the database it makes."""
    return database.with_name(database.stem + ".token")


def _table_counts(path: Path) -> dict[str, int]:
    connection = sqlite3.connect(path)
    try:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'alembic_version'"
        )]  # fmt: skip
        return {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        connection.close()


def _first_names(path: Path, count: int = 10) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            "SELECT name FROM stakeholder ORDER BY created_at, id LIMIT ?", (count,)
        ).fetchall()
        return [name for (name,) in rows]
    finally:
        connection.close()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Run]:
    """A demo database made once by ``vocdesk demo`` for the tests that only read it."""
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite"
    return path, vocdesk_command(
        "demo", "--db", path, "--scale", "1", "--seed", "2569", "--today", DEMO_TODAY
    )


def test_version_prints_the_package_version() -> None:
    run = vocdesk_command("--version")

    assert run.code == 0
    assert run.out.strip() == f"vocdesk {vocdesk.__version__}" == "vocdesk 0.1.0"


def test_help_lists_the_commands_without_a_screen() -> None:
    run = vocdesk_command("--help")

    assert run.code == 0
    for command in ("demo", "check", "backup", "screenshot"):
        assert command in run.out


def test_demo_fills_every_table_and_reports_counts_and_time(demo_db) -> None:
    path, run = demo_db

    assert run.code == 0, run.err
    assert run.seconds < 60  # scale 1 generates in about 1 s; the rest is start-up
    counts = _table_counts(path)
    # The log of retention reviews stays empty: the demo leaves the review of what is due to
    # whoever tries it (Personal data > Retention review), so nothing is anonymised beforehand.
    assert counts.pop("retention_run") == 0
    # The offices' exchange keeps its own books (issue 20): empty until the office first sends
    # or receives a bundle.
    for table in ("sync_alias", "sync_bundle", "sync_conflict", "sync_peer", "sync_tombstone"):
        assert counts.pop(table) == 0
    assert counts and all(count > 0 for count in counts.values()), counts
    assert counts["stakeholder"] == 1000 and counts["complaint"] == 600
    assert f"Demo data written to {path} in " in run.out
    assert "  1,000 stakeholders\n" in run.out  # in words, with Qt's plural forms
    assert "complaint_attachment" not in run.out and "other records" not in run.out
    assert "  5,000 listening log entries\n" in run.out


def test_demo_with_the_same_seed_gives_the_same_data(demo_db, tmp_path: Path) -> None:
    first, first_run = demo_db
    again = tmp_path / "again.sqlite"

    run = vocdesk_command("demo", "--db", again, "--seed", "2569", "--today", DEMO_TODAY)

    assert run.code == 0
    assert _table_counts(again) == _table_counts(first)
    assert _first_names(again) == _first_names(first)
    # All but the timing line, the same once each names its own file.
    lines = run.out.replace(str(again.with_suffix("")), "DB").splitlines()
    first_lines = first_run.out.replace(str(first.with_suffix("")), "DB").splitlines()
    assert lines[1:] == first_lines[1:]


def test_demo_refuses_a_database_that_already_has_data(demo_db) -> None:
    path, _ = demo_db
    before = _table_counts(path)

    run = vocdesk_command("demo", "--db", path)

    assert run.code == 2
    assert run.err.count("\n") == 1 and "already has an administrator" in run.err
    assert _table_counts(path) == before


def test_check_says_ok_for_a_healthy_database(demo_db) -> None:
    path, _ = demo_db

    run = vocdesk_command("check", "--db", path)

    assert (run.code, run.out) == (0, f"ok: schema {head_revision()} (head {head_revision()})\n")


def test_check_gives_one_line_for_a_damaged_file(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4096)

    run = vocdesk_command("check", "--db", damaged)

    assert run.code == 1
    assert run.out.startswith("not ok: ") and run.out.count("\n") == 1


def test_check_gives_one_line_for_a_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "missing.sqlite"

    run = vocdesk_command("check", "--db", missing)

    assert run.code == 1
    assert run.out == f"not ok: no database file at {missing}\n"
    assert not missing.exists()


def test_backup_writes_a_complete_copy(demo_db, tmp_path: Path) -> None:
    path, _ = demo_db
    copy = tmp_path / "backups" / "copy.sqlite"

    run = vocdesk_command("backup", "--db", path, "--out", copy, "--token-file", demo_token(path))

    assert run.code == 0, run.err
    assert f"Backup written to {copy}" in run.out
    connection = sqlite3.connect(copy)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        connection.close()
    assert _table_counts(copy) == _table_counts(path)


def test_backup_of_a_missing_database_is_refused_clearly(tmp_path: Path) -> None:
    run = vocdesk_command(
        "backup", "--db", tmp_path / "none.sqlite", "--out", tmp_path / "copy.sqlite"
    )

    assert run.code == 2
    assert "There is no database file" in run.err and run.err.count("\n") == 1
    assert not (tmp_path / "none.sqlite").exists() and not (tmp_path / "copy.sqlite").exists()


def test_a_bad_argument_is_reported_by_argparse(tmp_path: Path) -> None:
    run = vocdesk_command("demo", "--db", tmp_path / "x.sqlite", "--scale", "0")

    assert run.code == 2
    assert "usage:" in run.err and "--scale" in run.err
    assert not (tmp_path / "x.sqlite").exists()


def test_screenshot_of_one_tab_is_a_png_as_wide_as_the_window(demo_db, tmp_path: Path) -> None:
    path, _ = demo_db
    picture = tmp_path / "complaints-th.png"

    run = vocdesk_command(
        "screenshot", "--db", path, "--tab", "complaints", "--lang", "th", "--out", picture,
        "--token-file", demo_token(path),
    )  # fmt: skip

    assert run.code == 0, run.err
    data = picture.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])  # the IHDR chunk comes first
    assert width == 1200 and height > 0  # layout.MAIN_WINDOW_SIZE


def test_screenshot_of_a_chosen_survey_page_and_of_one_not_there(demo_db, tmp_path: Path) -> None:
    path, _ = demo_db
    picture = tmp_path / "benchmark-en.png"

    shown = vocdesk_command(
        "screenshot", "--db", path, "--tab", "surveys", "--survey", "ENG-2569", "--page",
        "benchmark", "--lang", "en", "--out", picture, "--token-file", demo_token(path),
    )  # fmt: skip
    no_page = vocdesk_command(
        "screenshot", "--db", path, "--tab", "surveys", "--page", "charts", "--lang", "th",
        "--out", tmp_path / "x.png", "--token-file", demo_token(path),
    )  # fmt: skip

    assert shown.code == 0, shown.err
    assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert no_page.code == 2 and "ไม่มีหน้า “charts”" in no_page.err
    assert "results, dissatisfaction, benchmark, entry, double_entry" in no_page.err
    assert not (tmp_path / "x.png").exists()


def test_screenshot_of_a_missing_database_is_refused_clearly(tmp_path: Path) -> None:
    run = vocdesk_command(
        "screenshot",
        "--db",
        tmp_path / "none.sqlite",
        "--tab",
        "overview",
        "--out",
        tmp_path / "x.png",
    )

    assert run.code == 2
    assert "There is no database file" in run.err


def test_a_bad_number_or_date_is_refused_in_the_users_language(tmp_path: Path) -> None:
    scale = vocdesk_command("demo", "--db", tmp_path / "d.sqlite", "--scale", "0", lang="th")
    today = vocdesk_command(
        "demo", "--db", tmp_path / "d.sqlite", "--today", "2569-13-01", lang="th"
    )

    assert scale.code == 2 and "ต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป" in scale.err
    assert today.code == 2 and "ไม่ใช่วันที่ในรูปแบบ YYYY-MM-DD" in today.err
    assert not (tmp_path / "d.sqlite").exists()
