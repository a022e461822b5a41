"""Which database a run opens: ``--db``, else ``VOCDESK_DB``, else ``[database] path`` of
``vocdesk.ini`` beside the program, else vocdesk.sqlite in the user's data folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from vocdesk import paths
from vocdesk.services.database import open_database


def vocdesk_command(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "VOCDESK_LANG": "en", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "vocdesk", *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=120,
    )  # fmt: skip


@pytest.fixture
def program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A program folder, as the bundle's (VocDesk.exe beside vocdesk.ini)."""
    folder = tmp_path / "Program Files" / "VocDesk"
    folder.mkdir(parents=True)
    monkeypatch.setattr(sys, "executable", str(folder / "VocDesk.exe"))
    monkeypatch.delenv(paths.DATABASE_ENV, raising=False)
    return folder


def test_by_default_the_users_data_folder(program: Path) -> None:
    assert paths.configured_database_path() is None
    assert paths.default_database_path() == paths.user_data_dir() / "vocdesk.sqlite"


def test_an_ini_file_beside_the_program(program: Path, tmp_path: Path) -> None:
    shared = tmp_path / "D" / "VocDesk" / "office.sqlite"
    (program / "vocdesk.ini").write_text(
        f"\ufeff; written by the installer\n[database]\npath = {shared}\n", encoding="utf-8"
    )  # with the BOM Notepad writes
    assert paths.ini_path() == program / "vocdesk.ini"
    assert paths.default_database_path() == shared


def test_a_relative_path_in_the_ini_file_is_taken_from_its_folder(program: Path) -> None:
    (program / "vocdesk.ini").write_text("[database]\npath = data/office.sqlite\n")
    assert paths.default_database_path() == program / "data" / "office.sqlite"


def test_environment_variables_in_the_ini_file_are_expanded(
    program: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OFFICE_DRIVE", str(tmp_path / "drive"))
    (program / "vocdesk.ini").write_text("[database]\npath = $OFFICE_DRIVE/vocdesk.sqlite\n")
    assert paths.default_database_path() == tmp_path / "drive" / "vocdesk.sqlite"


def test_the_environment_variable_comes_before_the_ini_file(
    program: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (program / "vocdesk.ini").write_text(f"[database]\npath = {tmp_path / 'ini.sqlite'}\n")
    monkeypatch.setenv(paths.DATABASE_ENV, str(tmp_path / "env.sqlite"))
    assert paths.default_database_path() == tmp_path / "env.sqlite"


@pytest.mark.parametrize(
    "text", ["[database]\npath =\n", "[other]\npath = x.sqlite\n", "not an ini file [\n= =\n"]
)
def test_an_ini_file_that_says_nothing_usable_leaves_the_default(program: Path, text: str) -> None:
    (program / "vocdesk.ini").write_text(text)
    assert paths.default_database_path() == paths.user_data_dir() / "vocdesk.sqlite"


def test_the_command_line_follows_the_environment_variable_and_db_comes_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    configured = tmp_path / "configured.sqlite"
    db, _ = open_database(configured)
    db.dispose()
    monkeypatch.setenv(paths.DATABASE_ENV, str(configured))

    # `vocdesk check` with no --db checks the configured file
    run = vocdesk_command("check")
    assert run.returncode == 0 and run.stdout.startswith("ok: schema"), run.stdout + run.stderr

    # --db names another file, which wins (here: missing, and named in the message)
    other = tmp_path / "other.sqlite"
    run = vocdesk_command("check", "--db", other)
    assert run.returncode == 1 and str(other) in run.stdout
    assert not paths.user_data_dir().joinpath("vocdesk.sqlite").exists()
