"""Background work runs off the GUI thread; results, errors and progress come back on it."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import (
    QApplication,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error
from vocdesk.ui.tasks import Progress, TaskRunner

WAIT_MS = 5000


@pytest.fixture
def runner(qapp: QApplication) -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.cancel_all()
    assert tasks.wait_all(WAIT_MS)
    tasks.deleteLater()


def on_gui_thread() -> bool:
    return QThread.currentThread() == QApplication.instance().thread()


def test_the_result_arrives_on_the_gui_thread(runner: TaskRunner, qtbot: QtBot) -> None:
    work_ran_on_gui_thread: list[bool] = []
    done_on_gui_thread: list[bool] = []
    results: list[int] = []

    def work(progress: Progress) -> int:
        work_ran_on_gui_thread.append(on_gui_thread())
        return sum(range(1000))

    def done(result: int) -> None:
        done_on_gui_thread.append(on_gui_thread())
        results.append(result)

    task = runner.run(work, on_done=done, title="Sum")
    with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
        pass

    assert results == [499500]
    assert work_ran_on_gui_thread == [False]
    assert done_on_gui_thread == [True]
    assert task.state == "done"


def test_progress_is_reported_on_the_gui_thread(runner: TaskRunner, qtbot: QtBot) -> None:
    reports: list[tuple[int, int, str, bool]] = []

    def work(progress: Progress) -> str:
        for row in range(1, 6):
            time.sleep(0.06)  # slower than the throttle, so every report goes through
            progress.report(row, 5, f"row {row}")
        return "imported"

    task = runner.run(work, on_done=lambda _result: None)
    task.progressed.connect(
        lambda done, total, text: reports.append((done, total, text, on_gui_thread()))
    )
    with qtbot.waitSignal(task.succeeded, timeout=WAIT_MS) as succeeded:
        pass

    assert succeeded.args == ["imported"]
    assert [(done, total, text) for done, total, text, _ in reports] == [
        (row, 5, f"row {row}") for row in range(1, 6)
    ]
    assert all(gui for *_, gui in reports)


def test_a_flood_of_reports_is_thinned_but_the_last_one_arrives(
    runner: TaskRunner, qtbot: QtBot
) -> None:
    reports: list[int] = []

    def work(progress: Progress) -> None:
        for row in range(1, 100_001):
            progress.report(row, 100_000)

    task = runner.run(work, on_done=lambda _result: None)
    task.progressed.connect(lambda done, _total, _text: reports.append(done))
    with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
        pass

    assert reports[-1] == 100_000
    assert len(reports) < 1000


def test_an_exception_reaches_on_error_and_not_on_done(runner: TaskRunner, qtbot: QtBot) -> None:
    errors: list[tuple[BaseException, bool]] = []
    results: list[object] = []

    def work(progress: Progress) -> None:
        raise ValueError("row 7: not a number")

    task = runner.run(
        work, on_done=results.append, on_error=lambda exc: errors.append((exc, on_gui_thread()))
    )
    with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
        pass

    assert results == []
    assert len(errors) == 1
    error, gui = errors[0]
    assert isinstance(error, ValueError) and str(error) == "row 7: not a number"
    assert gui
    assert task.state == "failed"


def test_cancel_stops_the_work_and_skips_on_done(runner: TaskRunner, qtbot: QtBot) -> None:
    started = threading.Event()
    steps: list[int] = []
    results: list[object] = []
    cancelled: list[bool] = []

    def work(progress: Progress) -> str:
        started.set()
        while not progress.cancelled:
            steps.append(1)
            time.sleep(0.005)
        return "should be thrown away"

    task = runner.run(work, on_done=results.append, on_cancelled=lambda: cancelled.append(True))
    assert started.wait(WAIT_MS / 1000)
    with qtbot.waitSignal(task.cancelled, timeout=WAIT_MS):
        task.cancel()

    assert results == []
    assert cancelled == [True]
    assert task.state == "cancelled"
    assert steps  # it did run until told to stop


def test_raise_if_cancelled_leaves_the_work_early(runner: TaskRunner, qtbot: QtBot) -> None:
    started = threading.Event()
    errors: list[BaseException] = []

    def work(progress: Progress) -> None:
        started.set()
        while True:
            progress.raise_if_cancelled()
            time.sleep(0.005)

    task = runner.run(work, on_done=lambda _r: None, on_error=errors.append)
    assert started.wait(WAIT_MS / 1000)
    with qtbot.waitSignal(task.cancelled, timeout=WAIT_MS):
        task.cancel()

    assert errors == []  # being cancelled is not an error


def test_the_progress_dialog_cancel_button_cancels(runner: TaskRunner, qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    started = threading.Event()

    def work(progress: Progress) -> None:
        started.set()
        while not progress.cancelled:
            progress.report(0, 10, "Reading rows")
            time.sleep(0.005)

    task = runner.run(work, on_done=lambda _r: None, title="Import", parent_widget=window)
    dialog = window.findChild(QProgressDialog)
    assert dialog is not None and dialog.windowTitle() == "Import"
    assert started.wait(WAIT_MS / 1000)
    qtbot.waitUntil(lambda: dialog.labelText() == "Reading rows", timeout=WAIT_MS)
    cancel_button = dialog.findChild(QPushButton)

    with qtbot.waitSignal(task.cancelled, timeout=WAIT_MS):
        cancel_button.click()
    qtbot.waitUntil(lambda: window.findChild(QProgressDialog) is None, timeout=WAIT_MS)


def test_without_on_error_the_user_sees_the_message(runner: TaskRunner, qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()

    def work(progress: Progress) -> None:
        raise user_error(
            "TaskTest",
            QT_TRANSLATE_NOOP("TaskTest", "The file {name} is empty."),
            name="รายชื่อ.xlsx",
        )

    task = runner.run(work, on_done=lambda _r: None, parent_widget=window)
    with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
        pass

    boxes = window.findChildren(QMessageBox)
    assert [box.text() for box in boxes] == ["The file รายชื่อ.xlsx is empty."]
    for box in boxes:
        box.close()


def test_wait_all_returns_after_every_callback_ran(runner: TaskRunner) -> None:
    results: list[int] = []

    for number in range(8):
        runner.run(lambda _progress, n=number: n * n, on_done=results.append)
    assert runner.wait_all(WAIT_MS)

    assert sorted(results) == [n * n for n in range(8)]
    assert runner.active_tasks() == []
