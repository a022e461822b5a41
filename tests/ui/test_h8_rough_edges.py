"""Everyday use, the rough edges left open (issue 14): the period picker's year in the reader's
era, Qt's plugin noise kept off the terminal, plural forms, the Timeline at a small window."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import qWarning

from vocdesk.ui.i18n import LanguageManager
from vocdesk.ui.qt_messages import QT_LOGGER, install_qt_messages_to_log, qt_messages_to_log
from vocdesk.ui.widgets.period_picker import PeriodPicker

TODAY = date(2026, 12, 5)  # fiscal year 2570 (B.E.) = 2027 (C.E.)


@pytest.fixture
def languages(qapp, compiled_translations: Path) -> Iterator[LanguageManager]:
    manager = LanguageManager(qapp, compiled_translations)
    yield manager
    manager.set_language("en")
    manager.uninstall()
    manager.deleteLater()


def test_the_period_pickers_year_is_in_common_era_in_english_and_buddhist_era_in_thai(
    qtbot, languages: LanguageManager
) -> None:
    languages.set_language("en")
    picker = PeriodPicker(today=TODAY)
    qtbot.addWidget(picker)
    assert picker.year_box.text() == "FY 2027"
    assert picker.fiscal_year() == 2570  # stored as VocDesk counts it

    picker.year_box.lineEdit().selectAll()
    qtbot.keyClicks(picker.year_box.lineEdit(), "2026")  # typed in C.E.
    picker.year_box.interpretText()
    assert picker.fiscal_year() == 2569

    languages.set_language("th")
    qtbot.waitUntil(lambda: picker.year_box.text() == "ปีงบประมาณ 2569", timeout=2000)
    assert picker.fiscal_year() == 2569


def test_qts_plugin_noise_goes_to_the_log_at_debug_and_real_warnings_as_warnings(
    caplog: pytest.LogCaptureFixture,
) -> None:
    restore = install_qt_messages_to_log()
    try:
        with caplog.at_level(logging.DEBUG, logger=QT_LOGGER):
            qWarning("This plugin does not support propagateSizeHints()")
            qWarning("QPainter::begin: Paint device returned engine == 0")
    finally:
        restore()
    levels = {record.getMessage(): record.levelno for record in caplog.records}
    assert levels == {
        "Qt: This plugin does not support propagateSizeHints()": logging.DEBUG,
        "Qt: QPainter::begin: Paint device returned engine == 0": logging.WARNING,
    }


def test_while_pictures_are_drawn_qts_messages_reach_neither_terminal_nor_log_handlers(
    capfd: pytest.CaptureFixture[str],
) -> None:
    with qt_messages_to_log():
        qWarning("This plugin does not support propagateSizeHints()")
        qWarning("a real warning")
    assert logging.getLogger(QT_LOGGER).propagate  # put back as it was
    out, err = capfd.readouterr()
    assert "propagateSizeHints" not in err and "real warning" not in err
