"""The status bar's record counts follow the data: when a list reads again after a record was
added, the counts are new without a language switch or a Refresh."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from vocdesk.app import build_main_window
from vocdesk.domain.registry import StakeholderDraft
from vocdesk.services.database import open_database
from vocdesk.ui.i18n import LanguageManager
from vocdesk.ui.main_window import MainWindow
from vocdesk.ui.settings import Settings
from vocdesk.ui.tasks import TaskRunner


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:
    db, _ = open_database(tmp_path / "office.sqlite")
    languages = LanguageManager(QApplication.instance(), tmp_path)
    languages.set_language("en")
    runner = TaskRunner()
    win = build_main_window(db, Settings(tmp_path / "settings.ini"), languages, runner)
    qtbot.addWidget(win)
    win.show()
    yield win
    runner.wait_all(5000)
    db.dispose()


def test_a_stakeholder_added_is_counted_once_its_list_reads_again(window: MainWindow, qtbot):
    # The counts are read on a worker thread: wait for them (a busy machine takes seconds).
    qtbot.waitUntil(lambda: "Stakeholders: 0" in window.counts_label.text(), timeout=20_000)

    window.services.registry_edit.create(StakeholderDraft(name="สมชาย ใจดี"))
    window.tab("stakeholders").refresh()  # what the tab does after its form saves

    qtbot.waitUntil(lambda: "Stakeholders: 1" in window.counts_label.text(), timeout=20_000)


def test_the_timeline_reads_again_when_the_records_counted_change(window: MainWindow, qtbot):
    timeline = window.tab("timeline")
    read_again: list[bool] = []
    original = timeline.refresh
    timeline.refresh = lambda: (read_again.append(True), original())[1]

    window.services.registry_edit.create(StakeholderDraft(name="สมหญิง รักดี"))
    window.tab("stakeholders").refresh()

    qtbot.waitUntil(lambda: bool(read_again), timeout=20_000)
