"""File › Holidays and working days…: the year's calendar from a real database, with where each
day comes from; making a national day a working day through the dialog recounts the due dates
and says how many moved; the dialog speaks Thai."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from vocdesk.app import build_main_window
from vocdesk.domain.working_days import HolidayChange
from vocdesk.services.database import Database, open_database
from vocdesk.services.holidays import HolidaysService, working_calendar
from vocdesk.ui.holidays.holidays_dialog import HolidaysDialog
from vocdesk.ui.i18n import LanguageManager
from vocdesk.ui.settings import Settings
from vocdesk.ui.tasks import TaskRunner


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "office.sqlite")
    yield database
    database.dispose()


def _rows(dialog: HolidaysDialog) -> dict[date, list[str]]:
    table = dialog.table
    return {
        dialog._days[row].day: [table.item(row, column).text() for column in range(4)]
        for row in range(table.rowCount())
    }


def test_the_year_shows_each_days_source_and_edits_the_agencys_layer(db: Database, qtbot) -> None:  # noqa: ANN001
    service = HolidaysService(db, today=lambda: date(2026, 2, 20))
    service.set_day(date(2026, 3, 2), HolidayChange.ADDED, "วันหยุดของกรม")
    dialog = HolidaysDialog(service, year=2026)
    qtbot.addWidget(dialog)
    dialog.show()

    rows = _rows(dialog)
    assert rows[date(2026, 3, 3)][1:] == ["Makha Bucha", "Public holiday", "Closed"]
    assert rows[date(2026, 5, 13)][1:] == [
        "Royal Ploughing Ceremony",
        "Government holiday",
        "Closed",
    ]
    assert rows[date(2026, 3, 2)][1:] == ["วันหยุดของกรม", "The agency", "Closed"]
    assert rows[date(2026, 1, 2)][0] == "Fri 2 January 2026"

    dialog.select_day(date(2026, 5, 13))
    assert dialog.work_button.isEnabled() and not dialog.undo_button.isEnabled()
    dialog.work_button.click()

    assert _rows(dialog)[date(2026, 5, 13)][2:] == ["The agency", "Open (working day)"]
    # (English plurals come from vocdesk_en.qm, which this test does not load.)
    assert dialog.result_label.text().startswith("Saved. Due dates counted again: 0 case")
    assert service.year(2026)[0].day == date(2026, 1, 1)
    with db.session_scope() as session:
        assert working_calendar(session).is_working_day(date(2026, 5, 13))

    dialog.select_day(date(2026, 5, 13))
    dialog.undo_button.click()
    assert _rows(dialog)[date(2026, 5, 13)][2:] == ["Government holiday", "Closed"]


def test_the_dialog_speaks_thai(db: Database, qtbot, qapp, compiled_translations) -> None:  # noqa: ANN001
    languages = LanguageManager(qapp, compiled_translations)
    dialog = HolidaysDialog(HolidaysService(db), year=2026)
    qtbot.addWidget(dialog)
    dialog.show()
    try:
        languages.set_language("th")
        qapp.processEvents()

        assert dialog.windowTitle() == "วันหยุดและวันทำการ"
        assert dialog.year_spin.text() == "2569"
        assert _rows(dialog)[date(2026, 3, 3)] == [
            "อังคาร 3 มีนาคม 2569", "วันมาฆบูชา", "วันหยุดนักขัตฤกษ์", "หยุดทำการ",
        ]  # fmt: skip
        assert dialog.office_combo.itemText(0) == "ทั้งหน่วยงาน"
    finally:
        languages.set_language("en")


def test_the_file_menu_opens_the_holidays(db: Database, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    languages = LanguageManager(QApplication.instance(), tmp_path)
    runner = TaskRunner()
    window = build_main_window(db, Settings(tmp_path / "settings.ini"), languages, runner)
    qtbot.addWidget(window)
    action = window.holidays_action
    assert action in window.file_menu.actions()
    assert action.text() == "&Holidays and working days…" and action.isEnabled()

    dialog = window.show_holidays()

    assert isinstance(dialog, HolidaysDialog) and dialog.isVisible()
    assert dialog.table.rowCount() > 15  # this year's national days, from the package
    dialog.reject()
    runner.wait_all(5000)
