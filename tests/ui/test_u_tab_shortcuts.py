"""A tab's shortcuts answer wherever the focus is in the window while the tab is shown, and only
that tab's: Ctrl+Shift+N with the focus on the tab bar opens the shown tab's "new" form."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from vocdesk.app import build_main_window
from vocdesk.services.database import open_database
from vocdesk.ui.complaints.form import ComplaintForm
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
    win.activateWindow()
    qtbot.waitActive(win)
    yield win
    # QTest's release of Shift still carries Shift: let go of it, or later tests select rows
    # as if Shift were held.
    qtbot.keyRelease(win, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier)
    assert QApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier
    runner.wait_all(5000)
    for form in QApplication.topLevelWidgets():
        if isinstance(form, ComplaintForm):
            form.close()
    db.dispose()


def _complaint_forms() -> list[ComplaintForm]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, ComplaintForm)]


def test_ctrl_shift_n_with_the_focus_on_the_tab_bar_registers_a_complaint(window, qtbot):
    window.select_tab("complaints")
    window.tabs.tabBar().setFocus()
    qtbot.waitUntil(window.tabs.tabBar().hasFocus)

    qtbot.keyClick(window.tabs.tabBar(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip

    qtbot.waitUntil(lambda: len(_complaint_forms()) == 1, timeout=3000)


def test_a_hidden_tab_does_not_answer_its_shortcut(window, qtbot):
    window.select_tab("overview")  # no "new" there; the Complaints tab is hidden
    window.tabs.tabBar().setFocus()

    qtbot.keyClick(window.tabs.tabBar(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    qtbot.wait(100)

    assert _complaint_forms() == []
