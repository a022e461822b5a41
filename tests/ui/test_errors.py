"""Users read their own mistakes in words they can act on; our failures go to the log, never a
traceback on screen; an uncaught exception does not end the program."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error
from vocdesk.ui.errors import (
    UNEXPECTED_ERROR_WITH_LOG,
    ExceptHook,
    install_excepthook,
    log_file_path,
    show_error,
)
from vocdesk.ui.i18n import QtOwnTextsTranslator


def open_error_boxes() -> list[QMessageBox]:
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QMessageBox) and widget.isVisible()
    ]


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[QWidget]:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    for box in open_error_boxes():
        box.close()


@pytest.fixture
def hook(tmp_path: Path, qapp: QApplication) -> Iterator[ExceptHook]:
    installed = install_excepthook(tmp_path / "logs" / "vocdesk.log")
    yield installed
    installed.uninstall()
    for box in open_error_boxes():
        box.close()


def raise_and_catch(error: BaseException) -> BaseException:
    try:
        raise error
    except BaseException as caught:  # noqa: BLE001 - we want it with its traceback
        return caught


def test_a_user_error_shows_its_message(window: QWidget) -> None:
    error = user_error(
        "ErrorsTest", QT_TRANSLATE_NOOP("ErrorsTest", "No file at {path}."), path="D:/ข้อมูล.sqlite"
    )

    show_error(window, error)

    [box] = window.findChildren(QMessageBox)
    assert box.text() == "No file at D:/ข้อมูล.sqlite."
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.isVisible()


def test_an_unexpected_error_is_logged_and_shown_without_a_traceback(
    hook: ExceptHook, window: QWidget
) -> None:
    error = raise_and_catch(KeyError("internal_column_name"))

    show_error(window, error)

    [box] = window.findChildren(QMessageBox)
    assert box.icon() == QMessageBox.Icon.Critical
    assert str(hook.log_path) in box.text()
    for leak in ("Traceback", "KeyError", "internal_column_name", "File "):
        assert leak not in box.text()
    log_text = hook.log_path.read_text(encoding="utf-8")
    assert "Traceback" in log_text and "KeyError: 'internal_column_name'" in log_text
    assert "raise_and_catch" in log_text


def test_without_a_log_file_the_note_does_not_mention_one(window: QWidget) -> None:
    assert log_file_path() is None

    show_error(window, RuntimeError("boom"))

    [box] = window.findChildren(QMessageBox)
    assert "log" not in box.text().lower()
    assert "boom" not in box.text()


def test_the_note_is_translated(hook: ExceptHook, window: QWidget, qapp: QApplication) -> None:
    thai = "เกิดข้อผิดพลาด รายละเอียดอยู่ในไฟล์:\n{path}"
    translator = QtOwnTextsTranslator({("Errors", UNEXPECTED_ERROR_WITH_LOG): thai})
    qapp.installTranslator(translator)
    try:
        show_error(window, RuntimeError("boom"))
    finally:
        qapp.removeTranslator(translator)

    [box] = window.findChildren(QMessageBox)
    assert box.text() == thai.format(path=hook.log_path)


def test_install_excepthook_replaces_and_uninstall_restores_the_hooks(tmp_path: Path) -> None:
    before_sys, before_thread = sys.excepthook, threading.excepthook

    hook = install_excepthook(tmp_path / "vocdesk.log")
    assert sys.excepthook == hook.handle
    assert log_file_path() == tmp_path / "vocdesk.log"
    hook.uninstall()

    assert sys.excepthook is before_sys and threading.excepthook is before_thread
    assert log_file_path() is None


def test_an_uncaught_exception_is_logged_and_shown(hook: ExceptHook, qtbot: QtBot) -> None:
    error = raise_and_catch(ZeroDivisionError("division by zero"))

    hook.handle(type(error), error, error.__traceback__)

    qtbot.waitUntil(lambda: len(open_error_boxes()) == 1)
    assert str(hook.log_path) in open_error_boxes()[0].text()
    assert "ZeroDivisionError" in hook.log_path.read_text(encoding="utf-8")


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_does_not_end_the_program(hook: ExceptHook, qtbot: QtBot) -> None:
    def broken_slot() -> None:
        raise RuntimeError("slot failed")

    QTimer.singleShot(0, broken_slot)

    qtbot.waitUntil(lambda: len(open_error_boxes()) == 1)
    assert "RuntimeError: slot failed" in hook.log_path.read_text(encoding="utf-8")


def test_an_exception_in_a_worker_thread_is_shown_on_the_gui_thread(
    hook: ExceptHook, qtbot: QtBot
) -> None:
    def work() -> None:
        raise OSError("disk gone")

    thread = threading.Thread(target=work, name="import-worker")
    thread.start()
    thread.join()

    qtbot.waitUntil(lambda: len(open_error_boxes()) == 1)
    log_text = hook.log_path.read_text(encoding="utf-8")
    assert "OSError: disk gone" in log_text and "import-worker" in log_text


def test_a_user_error_that_escapes_shows_its_message(hook: ExceptHook, qtbot: QtBot) -> None:
    error = user_error("ErrorsTest", QT_TRANSLATE_NOOP("ErrorsTest", "The date is missing."))

    hook.handle(type(error), error, None)

    qtbot.waitUntil(lambda: len(open_error_boxes()) == 1)
    assert open_error_boxes()[0].text() == "The date is missing."
    assert "The date is missing" not in hook.log_path.read_text(encoding="utf-8")


def test_the_same_error_twice_shows_one_box(window: QWidget) -> None:
    error = user_error("ErrorsTest", QT_TRANSLATE_NOOP("ErrorsTest", "The date is missing."))

    show_error(window, error)
    show_error(window, error)

    assert len(window.findChildren(QMessageBox)) == 1
