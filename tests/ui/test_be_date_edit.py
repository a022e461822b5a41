"""The date editor and its calendar show B.E. years in Thai and C.E. in English, typed or picked."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from vocdesk.ui.fonts import install_thai_font
from vocdesk.ui.i18n import LanguageManager
from vocdesk.ui.widgets.be_date_edit import BuddhistCalendar, BuddhistDateEdit

FIRST_OF_FY2568 = date(2024, 10, 1)
SCREENSHOTS = Path("/tmp/vocdesk-screenshots")


@pytest.fixture
def languages(qapp: QApplication, tmp_path: Path) -> Iterator[LanguageManager]:
    previous_font, previous_locale = qapp.font(), QLocale()
    install_thai_font(qapp)
    manager = LanguageManager(qapp, tmp_path)  # no .qm needed: dates come from thai_dates
    manager.set_language("en")
    yield manager
    manager.set_language("en")
    QLocale.setDefault(previous_locale)
    qapp.setFont(previous_font)


@pytest.fixture
def thai(languages: LanguageManager) -> LanguageManager:
    languages.set_language("th")
    return languages


def make_edit(qtbot: QtBot, value: date = FIRST_OF_FY2568) -> BuddhistDateEdit:
    edit = BuddhistDateEdit(value=value)
    qtbot.addWidget(edit)
    edit.show()
    return edit


def type_into(qtbot: QtBot, edit: BuddhistDateEdit, text: str) -> None:
    """Select all and type ``text`` key by key (Thai characters too, which QTest cannot)."""
    edit.line_edit.selectAll()
    qtbot.keyClick(edit.line_edit, Qt.Key.Key_Backspace)
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(edit.line_edit, key)


def grid_cell_centre(calendar: BuddhistCalendar, day: int):  # noqa: ANN201 - a QPoint
    """Where day ``day`` of the shown month is drawn in Qt's calendar grid."""
    table = calendar.grid.findChild(QTableView)
    model = table.model()
    for row in range(1, model.rowCount()):  # row 0 holds the weekday names
        for column in range(model.columnCount()):
            index = model.index(row, column)
            if str(index.data()) == str(day) and index.flags() & Qt.ItemFlag.ItemIsEnabled:
                # Days 1-7 appear in the first rows, 23-31 in the last: no clash mid-month.
                return table, table.visualRect(index).center()
    raise AssertionError(f"day {day} not shown")


def test_thai_shows_the_buddhist_era_year(thai: LanguageManager, qtbot: QtBot) -> None:
    edit = make_edit(qtbot)

    assert edit.text() == "01/10/2567"
    assert edit.line_edit.toolTip() == "1 ตุลาคม 2567"
    assert edit.date() == date(2024, 10, 1)


def test_english_shows_the_common_era_year(languages: LanguageManager, qtbot: QtBot) -> None:
    edit = make_edit(qtbot)

    assert edit.text() == "01/10/2024"
    assert edit.line_edit.toolTip() == "1 October 2024"


def test_a_typed_buddhist_year_is_read_as_such(thai: LanguageManager, qtbot: QtBot) -> None:
    edit = make_edit(qtbot)

    with qtbot.waitSignal(edit.dateChanged) as changed:
        type_into(qtbot, edit, "15/11/2567")

    assert changed.args == [date(2024, 11, 15)]
    assert edit.date() == date(2024, 11, 15)


def test_thai_digits_can_be_typed(thai: LanguageManager, qtbot: QtBot) -> None:
    edit = make_edit(qtbot)

    type_into(qtbot, edit, "๓๑/๑๒/๒๕๖๘")

    assert edit.date() == date(2025, 12, 31)


def test_letters_cannot_be_typed(thai: LanguageManager, qtbot: QtBot) -> None:
    edit = make_edit(qtbot)

    type_into(qtbot, edit, "1ก/x")

    assert edit.text() == "1/"
    assert edit.date() == FIRST_OF_FY2568


def test_an_unfinished_date_is_undone_on_leaving_the_field(
    thai: LanguageManager, qtbot: QtBot
) -> None:
    edit = make_edit(qtbot)
    type_into(qtbot, edit, "31/02/25")

    QApplication.sendEvent(edit.line_edit, QFocusEvent(QEvent.Type.FocusOut))

    assert edit.text() == "01/10/2567"
    assert edit.date() == FIRST_OF_FY2568


def test_an_impossible_date_is_not_taken(thai: LanguageManager, qtbot: QtBot) -> None:
    edit = make_edit(qtbot)

    type_into(qtbot, edit, "31/02/2568")

    assert edit.date() == FIRST_OF_FY2568
    assert not edit.line_edit.hasAcceptableInput()


def test_arrow_and_page_keys_step_days_and_months(thai: LanguageManager, qtbot: QtBot) -> None:
    edit = make_edit(qtbot, date(2025, 1, 31))

    qtbot.keyClick(edit.line_edit, Qt.Key.Key_Up)
    assert edit.date() == date(2025, 2, 1)
    qtbot.keyClick(edit.line_edit, Qt.Key.Key_Down)
    qtbot.keyClick(edit.line_edit, Qt.Key.Key_PageUp)
    assert edit.date() == date(2025, 2, 28)  # 31 January + 1 month stops at the month's end
    assert edit.text() == "28/02/2568"


def test_set_date_signals_only_a_change_and_keeps_to_the_range(
    languages: LanguageManager, qtbot: QtBot
) -> None:
    edit = make_edit(qtbot)
    seen: list[date] = []
    edit.dateChanged.connect(seen.append)

    edit.setDate(FIRST_OF_FY2568)
    edit.setDateRange(date(2024, 10, 1), date(2025, 9, 30))
    edit.setDate(date(2026, 1, 1))

    assert seen == [date(2025, 9, 30)]
    type_into(qtbot, edit, "01/10/2025")  # outside the fiscal year: not accepted
    assert edit.date() == date(2025, 9, 30)


def test_the_language_can_change_while_the_editor_is_open(
    languages: LanguageManager, qtbot: QtBot
) -> None:
    edit = make_edit(qtbot)
    assert edit.text() == "01/10/2024"

    languages.set_language("th")
    qtbot.waitUntil(lambda: edit.text() == "01/10/2567")

    languages.set_language("en")
    qtbot.waitUntil(lambda: edit.text() == "01/10/2024")


def test_thai_digits_can_be_shown(thai: LanguageManager, qtbot: QtBot) -> None:
    edit = make_edit(qtbot)

    edit.setThaiDigits(True)

    assert edit.text() == "๐๑/๑๐/๒๕๖๗"


def test_the_calendar_popup_names_month_and_year_in_thai(
    thai: LanguageManager, qtbot: QtBot
) -> None:
    edit = make_edit(qtbot, date(2024, 10, 15))

    qtbot.keyClick(edit.line_edit, Qt.Key.Key_F4)
    calendar = edit.calendar_popup()

    assert calendar is not None and calendar.isVisible()
    assert calendar.shown_year_text() == "2567"
    assert calendar.month_button.text() == "ตุลาคม"
    assert calendar.grid.locale().language() == QLocale.Language.Thai
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    edit.window().grab().save(str(SCREENSHOTS / "be_date_edit_th.png"))
    calendar.window().grab().save(str(SCREENSHOTS / "be_calendar_th.png"))


def test_clicking_a_day_in_the_popup_sets_the_date(thai: LanguageManager, qtbot: QtBot) -> None:
    edit = make_edit(qtbot)
    edit.show_calendar()
    calendar = edit.calendar_popup()
    assert calendar is not None
    calendar.grid.showNextMonth()
    assert calendar.month_button.text() == "พฤศจิกายน"
    table, centre = grid_cell_centre(calendar, 20)

    with qtbot.waitSignal(edit.dateChanged) as changed:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)

    assert changed.args == [date(2024, 11, 20)]
    assert edit.text() == "20/11/2567"
    assert not calendar.window().isVisible()


def test_a_buddhist_year_typed_in_the_calendar_moves_the_grid(
    thai: LanguageManager, qtbot: QtBot
) -> None:
    calendar = BuddhistCalendar()
    qtbot.addWidget(calendar)
    calendar.set_selected_date(FIRST_OF_FY2568)
    calendar.show()

    calendar.year_box.selectAll()
    qtbot.keyClicks(calendar.year_box, "2569")
    qtbot.keyClick(calendar.year_box, Qt.Key.Key_Return)

    assert calendar.grid.yearShown() == 2026
    assert calendar.shown_year_text() == "2569"


def test_the_calendar_counts_in_common_era_in_english(
    languages: LanguageManager, qtbot: QtBot
) -> None:
    calendar = BuddhistCalendar()
    qtbot.addWidget(calendar)
    calendar.set_selected_date(FIRST_OF_FY2568)

    assert calendar.shown_year_text() == "2024"
    assert calendar.month_button.text() == "October"

    languages.set_language("th")
    qtbot.waitUntil(lambda: calendar.shown_year_text() == "2567")
    assert calendar.month_button.text() == "ตุลาคม"
