"""Which database the window opens at start: the one asked for, else the one an installer
configured, else the last one used, else the default one."""

from __future__ import annotations

from pathlib import Path

import pytest

from vocdesk import paths
from vocdesk.app import _open_at_start
from vocdesk.ui.settings import Settings


def _opened(requested: str | None, settings: Settings) -> Path:
    db, problems = _open_at_start(requested, settings)
    try:
        assert problems == []
        assert db.path is not None
        return db.path.resolve()
    finally:
        db.dispose()


def test_an_installers_database_wins_over_the_last_one_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(paths.settings_path())
    settings.last_database = str(tmp_path / "last.sqlite")
    monkeypatch.setenv(paths.DATABASE_ENV, str(tmp_path / "office.sqlite"))

    assert _opened(None, settings) == (tmp_path / "office.sqlite").resolve()
    assert (
        _opened(str(tmp_path / "asked.sqlite"), settings) == (tmp_path / "asked.sqlite").resolve()
    )


def test_without_one_the_last_database_used_opens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(paths.DATABASE_ENV, raising=False)
    last = tmp_path / "last.sqlite"
    _opened(str(last), Settings(paths.settings_path()))  # create it
    settings = Settings(paths.settings_path())
    settings.last_database = str(last)

    assert _opened(None, settings) == last.resolve()
