"""Background work that ends after whoever asked for it has gone never crashes the program.

Issue 9: the whole suite once aborted ("pure virtual method called", in pytest-qt's
processEvents). A Task was a child of its TaskRunner, and the Task's own callbacks held the last
reference to that runner (the runner's bookkeeping lambda, or a wizard holding ``.tasks``): when
the finished Task was deleted, releasing those callbacks deleted the runner, and the runner
deleted the half-destroyed Task a second time. The scenarios that crash the interpreter run in
a child process, so that a regression fails one test instead of aborting the suite.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, QThread
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import delete, isValid

from vocdesk.ui.tasks import Progress, TaskRunner

WAIT_MS = 5000

# Set-up of each child process: offscreen Qt, the None reserve the app makes, an application.
PRELUDE = """
import os, sys, time, gc
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from vocdesk.ui.models.no_data import reserve_none_references
reserve_none_references()
from PySide6.QtWidgets import QApplication
from vocdesk.ui.tasks import TaskRunner
app = QApplication([])

def settle(ms=300):
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.005)
"""


def run_alone(script: str) -> None:
    """Run ``script`` in a fresh interpreter; it must end normally and print "alive"."""
    run = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", PRELUDE + textwrap.dedent(script)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert (run.returncode, run.stdout.strip().splitlines()[-1:]) == (0, ["alive"]), (
        f"exit code {run.returncode}\n{run.stdout[-1000:]}\n{run.stderr[-2000:]}"
    )


def test_a_runner_released_by_its_own_finished_tasks_is_deleted_without_a_crash() -> None:
    # Like a window (or a test) that owned a runner and a wizard: once both are dropped, the
    # only references left to the runner are in its tasks' callbacks.
    run_alone(
        """
        class Holder:  # a wizard, a page or a window: something that keeps ``.tasks``
            pass

        for _ in range(20):
            runner = TaskRunner()
            holder = Holder()
            holder.tasks = runner
            runner.run(lambda _p: time.sleep(0.01) or 1, on_done=lambda _r, h=holder: None)
            del runner, holder
            settle(60)
        gc.collect()
        settle(100)
        print("alive")
        """
    )


def test_a_runner_deleted_while_its_work_runs_still_lets_the_work_report() -> None:
    run_alone(
        """
        from shiboken6 import delete

        results = []
        for n in range(10):
            runner = TaskRunner()
            def work(progress, n=n):
                for step in range(5):
                    time.sleep(0.01)
                    progress.report(step + 1, 5)
                return n
            runner.run(work, on_done=results.append)
            time.sleep(0.005)
            delete(runner) if n % 2 else runner.deleteLater()
            del runner
            settle(150)
        assert sorted(results) == list(range(10)), results
        print("alive")
        """
    )


@pytest.fixture
def runner(qapp: QApplication) -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.cancel_all()
    assert tasks.wait_all(WAIT_MS)


def test_callbacks_tied_to_a_receiver_stop_when_it_is_deleted_and_its_work_is_cancelled(
    runner: TaskRunner, qtbot: QtBot
) -> None:
    started = threading.Event()
    heard: list[object] = []
    receiver = QObject()

    def work(progress: Progress) -> str:
        started.set()
        while not progress.cancelled:
            progress.report(1, 10)
            time.sleep(0.005)
        return "too late"

    task = runner.run(
        work,
        on_done=heard.append,
        on_error=heard.append,
        on_cancelled=lambda: heard.append("cancelled"),
        on_progress=lambda done, total, _text: heard.append((done, total)),
        receiver=receiver,
    )
    assert started.wait(WAIT_MS / 1000)
    qtbot.waitUntil(lambda: bool(heard), timeout=WAIT_MS)  # progress reaches a live receiver
    delete(receiver)
    heard.clear()

    with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
        pass  # its deletion asked the work to stop

    assert task.state == "cancelled"
    assert heard == []


def test_a_progress_dialog_gone_with_its_window_takes_no_late_report(
    runner: TaskRunner, qtbot: QtBot
) -> None:
    for _ in range(10):
        window = QWidget()
        window.show()
        gate = threading.Event()

        def work(progress: Progress, gate: threading.Event = gate) -> None:
            gate.wait(WAIT_MS / 1000)
            for step in range(1, 4):
                progress.report(step, 3, f"row {step}")
                time.sleep(0.06)

        task = runner.run(work, on_done=lambda _r: None, title="Import", parent_widget=window)
        assert window.findChild(QProgressDialog) is not None
        delete(window)  # the window closes while the work goes on
        gate.set()
        with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
            pass
        assert task.state == "done"


def test_the_work_and_its_result_are_let_go_on_the_gui_thread(
    runner: TaskRunner, qtbot: QtBot
) -> None:
    # What a work function holds (a model, a page) may be a Qt object: destroying it on the
    # worker thread would be the same kind of crash.
    released_on: list[str] = []

    def thread_name() -> str:
        gui = QThread.currentThread() == QApplication.instance().thread()
        return "gui" if gui else "worker"

    class Held:
        def __del__(self) -> None:
            released_on.append(thread_name())

    for _ in range(10):
        held = Held()

        def work(_progress: Progress, held: Held = held) -> Held:
            time.sleep(0.002)
            return Held()

        task = runner.run(work, on_done=lambda _result: None)
        del held, work
        with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
            pass
        qtbot.wait(5)

    assert released_on == ["gui"] * 20


def test_a_task_is_deleted_once_it_has_reported(runner: TaskRunner, qtbot: QtBot) -> None:
    task = runner.run(lambda _progress: 42, on_done=lambda _result: None)
    with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
        pass

    qtbot.waitUntil(lambda: not isValid(task), timeout=WAIT_MS)
    assert task.state == "done" and not task.is_running
    assert runner.active_tasks() == []
