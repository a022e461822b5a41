"""The window on a database the tests encrypt, convert and restore under it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from vocdesk.app import build_main_window
from vocdesk.services.database import Database
from vocdesk.ui.i18n import LanguageManager
from vocdesk.ui.main_window import MainWindow
from vocdesk.ui.settings import Settings
from vocdesk.ui.tasks import TaskRunner


@pytest.fixture
def make_window(qtbot, tmp_path: Path) -> Iterator[Callable[[Database], MainWindow]]:  # noqa: ANN001
    """Windows in English on the databases given; afterwards closed and deleted, with the tabs
    they replaced when their file was converted or restored (``deleteLater`` waits for an event
    loop a test may never return to: a tab left alive would answer a later test's language
    change by reading a database whose file has changed under it)."""
    languages = LanguageManager(QApplication.instance(), tmp_path)
    languages.set_language("en")
    runner = TaskRunner()
    windows: list[MainWindow] = []

    def make(db: Database) -> MainWindow:
        window = build_main_window(db, Settings(tmp_path / "settings.ini"), languages, runner)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    runner.wait_all(5000)  # no count still reading when the database is closed
    for window in windows:
        window.close()
        window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for window in windows:
        window.services.database.dispose()
    languages.set_language("en")
