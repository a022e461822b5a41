"""While background work runs, the GUI thread's collector takes short steps only (issue 18).

A full collection walks every object the work holds with the interpreter lock held, and was
the event loop's longest stall during a report or an import. These tests run real work on the
TaskRunner and look at which generations the collector walked, through ``gc.callbacks``.
"""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from vocdesk.ui import garbage
from vocdesk.ui.garbage import BUSY_CHECK_MS, CHECK_MS, collect_on_gui_thread
from vocdesk.ui.tasks import Progress, TaskRunner

WAIT_MS = 10_000


class _Cycle:
    def __init__(self) -> None:
        self.me = self


@pytest.fixture
def runner(qapp: QApplication) -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.cancel_all()
    assert tasks.wait_all(WAIT_MS)
    tasks.deleteLater()


@pytest.fixture
def generations_walked() -> Iterator[list[int]]:
    walked: list[int] = []

    def seen(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            walked.append(info["generation"])

    gc.callbacks.append(seen)
    yield walked
    gc.callbacks.remove(seen)


def _due_for_a_full_collection() -> None:
    """Push the oldest generation past its threshold, as long work does."""
    while gc.get_count()[2] <= gc.get_threshold()[2]:
        gc.collect(1)


def test_while_work_runs_only_the_youngest_generation_is_collected_and_on_the_gui_thread(
    qapp: QApplication, runner: TaskRunner, qtbot: QtBot, generations_walked: list[int]
) -> None:
    collector = collect_on_gui_thread(qapp)
    qtbot.waitUntil(lambda: garbage.work_running() == 0, timeout=WAIT_MS)  # earlier tests' work
    release = threading.Event()
    ran_on_gui_thread: list[bool] = []
    dropped: list[weakref.ref[_Cycle]] = []

    def work(progress: Progress) -> int:
        ran_on_gui_thread.append(QThread.currentThread() == qapp.thread())
        for _ in range(5 * gc.get_threshold()[0]):  # garbage in cycles, made off the GUI thread
            dropped.append(weakref.ref(_Cycle()))
        release.wait(WAIT_MS / 1000)
        return len(dropped)

    _due_for_a_full_collection()
    generations_walked.clear()
    task = runner.run(work, on_done=lambda _count: None)
    assert garbage.work_running() >= 1
    assert collector.interval_ms == BUSY_CHECK_MS
    qtbot.waitUntil(lambda: len(dropped) == 5 * gc.get_threshold()[0], timeout=WAIT_MS)
    made_here = [_Cycle() for _ in range(2 * gc.get_threshold()[0])]  # the young one is due too
    del made_here

    collector.check()

    walked_while_working = list(generations_walked)
    generations_walked.clear()
    release.set()
    with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
        pass
    assert 0 in walked_while_working
    assert set(walked_while_working) == {0}  # due for a full one, but work ran: young ones only
    assert all(ref() is None for ref in dropped)  # and they freed the work's young cycles
    assert ran_on_gui_thread == [False]
    assert garbage.work_running() == 0
    assert collector.interval_ms == CHECK_MS

    collector.check()

    assert 2 in generations_walked  # the work is over: the full collection that waited


def test_a_cycle_that_outlives_young_collections_during_work_is_freed_after_it(
    qapp: QApplication, runner: TaskRunner, qtbot: QtBot
) -> None:
    collector = collect_on_gui_thread(qapp)
    qtbot.waitUntil(lambda: garbage.work_running() == 0, timeout=WAIT_MS)  # earlier tests' work
    release = threading.Event()
    held: list[_Cycle] = []

    def work(progress: Progress) -> None:
        held.append(_Cycle())
        release.wait(WAIT_MS / 1000)

    task = runner.run(work, on_done=lambda _none: None)
    qtbot.waitUntil(lambda: bool(held), timeout=WAIT_MS)
    _due_for_a_full_collection()  # the cycle, still held, moves to the oldest generation
    ref = weakref.ref(held.pop())
    for _ in range(3):
        collector.check()
    assert ref() is not None  # an old cycle waits while work runs
    release.set()
    with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
        pass

    collector.check()

    assert ref() is None
