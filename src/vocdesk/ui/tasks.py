"""Slow work off the GUI thread, with results, errors and progress delivered back on it.

Like Anki's ``QueryOp``: the caller hands over a function and what to do with its result; the
function runs on a ``QThreadPool`` thread and must not touch any widget. Everything it wants to
say (progress, result, exception) travels back through queued signals, so ``on_done`` and
``on_error`` always run on the GUI thread. Imports, exports, statistics and PDFs go through here.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from vocdesk.ui import layout
from vocdesk.ui.errors import show_error

log = logging.getLogger(__name__)

T = TypeVar("T")


class Cancelled(Exception):
    """Raised by ``Progress.raise_if_cancelled`` to leave the work early; not an error."""


class Progress:
    """Handed to the work function: report how far it got, and look whether to stop."""

    def __init__(self, task: Task[Any]) -> None:
        self._task = task
        self._cancel = threading.Event()
        self._last_sent = 0.0

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def raise_if_cancelled(self) -> None:
        if self._cancel.is_set():
            raise Cancelled

    def report(self, done: int, total: int, text: str = "") -> None:
        """Say that ``done`` of ``total`` steps are finished (``total`` 0 = unknown).

        Safe to call for every row: reports closer together than the GUI can show are
        dropped, except the last one.
        """
        now = time.monotonic()
        final = 0 < total <= done
        if not final and now - self._last_sent < layout.PROGRESS_REPORT_INTERVAL_S:
            return
        self._last_sent = now
        self._task._progress_from_worker.emit(done, total, text)

    def _request_cancel(self) -> None:
        self._cancel.set()


class _Worker(QRunnable):
    def __init__(self, task: Task[Any], work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task = task
        self._work = work

    def run(self) -> None:
        task = self._task
        try:
            result = self._work(task.progress)
        except Cancelled:
            outcome, value = "cancelled", None
        except BaseException as exc:  # noqa: BLE001 - every failure goes to on_error
            outcome, value = "failed", exc
        else:
            outcome, value = ("cancelled" if task.progress.cancelled else "done"), result
        try:
            task._outcome.emit(outcome, value)
        except RuntimeError:  # the program is closing and the task is gone: nobody to tell
            log.info("task %r ended (%s) after its window closed", task.title, outcome)


class Task(QObject, Generic[T]):
    """One piece of background work. Lives on the GUI thread; its signals arrive there."""

    progressed = Signal(int, int, str)  # done, total, text
    succeeded = Signal(object)  # the work's return value
    failed = Signal(object)  # the exception
    cancelled = Signal()
    finished = Signal()  # after any of the three above
    # Emitted on the worker thread and queued to the GUI thread, where they are re-emitted
    # as the public signals above: whoever listens is called on the GUI thread.
    _outcome = Signal(str, object)
    _progress_from_worker = Signal(int, int, str)

    def __init__(self, title: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.progress = Progress(self)
        self.state = "running"  # then "done", "failed" or "cancelled"
        self._outcome.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        self._progress_from_worker.connect(self.progressed, Qt.ConnectionType.QueuedConnection)

    @property
    def is_running(self) -> bool:
        return self.state == "running"

    def cancel(self) -> None:
        """Ask the work to stop; it ends as "cancelled" once it returns or raises Cancelled."""
        self.progress._request_cancel()

    def _finish(self, outcome: str, value: object) -> None:
        self.state = outcome
        if outcome == "done":
            self.succeeded.emit(value)
        elif outcome == "failed":
            self.failed.emit(value)
        else:
            self.cancelled.emit()
        self.finished.emit()


class TaskRunner(QObject):
    """Runs work on its own thread pool; one per application, built by ``app.py``."""

    def __init__(self, parent: QObject | None = None, max_threads: int | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        if max_threads:
            self._pool.setMaxThreadCount(max_threads)
        self._tasks: set[Task[Any]] = set()  # kept alive until they finish

    def run(
        self,
        work: Callable[[Progress], T],
        *,
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        title: str = "",
        parent_widget: QWidget | None = None,
    ) -> Task[T]:
        """Start ``work(progress)`` on a worker thread and return at once.

        ``on_done(result)``, ``on_error(exception)`` and ``on_cancelled()`` run later on the GUI
        thread. Without ``on_error`` the error is shown with ``errors.show_error``. With a
        ``parent_widget`` a progress dialog (with Cancel) appears if the work takes a while.
        """
        task: Task[T] = Task(title, self)
        task.succeeded.connect(on_done)
        task.failed.connect(on_error or (lambda exc: show_error(parent_widget, exc)))
        if on_cancelled is not None:
            task.cancelled.connect(on_cancelled)
        if parent_widget is not None:
            _attach_progress_dialog(task, parent_widget)
        self._tasks.add(task)
        task.finished.connect(lambda: self._forget(task))
        self._pool.start(_Worker(task, work))
        return task

    def active_tasks(self) -> list[Task[Any]]:
        return [task for task in self._tasks if task.is_running]

    def cancel_all(self) -> None:
        for task in self._tasks:
            task.cancel()

    def wait_all(self, timeout_ms: int = -1) -> bool:
        """Block until every task has finished and its callbacks have run (tests, shutdown).

        Returns False if the threads did not end within ``timeout_ms``.
        """
        if not self._pool.waitForDone(timeout_ms):
            return False
        # The outcomes are queued events: deliver them so on_done/on_error have run.
        while self._tasks:
            QCoreApplication.sendPostedEvents()
            QCoreApplication.processEvents()
        return True

    def _forget(self, task: Task[Any]) -> None:
        self._tasks.discard(task)
        task.deleteLater()


def _attach_progress_dialog(task: Task[Any], parent: QWidget) -> None:
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(task.title or QCoreApplication.translate("TaskRunner", "Working"))
    dialog.setLabelText(task.title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(layout.PROGRESS_DIALOG_DELAY_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setRange(0, 0)  # busy until the first report says how much there is
    dialog.setValue(0)
    dialog.canceled.connect(task.cancel)

    def show_progress(done: int, total: int, text: str) -> None:
        dialog.setRange(0, max(total, 0))
        dialog.setValue(min(done, total) if total > 0 else 0)
        if text:
            dialog.setLabelText(text)

    task.progressed.connect(show_progress)
    task.finished.connect(dialog.close)
    task.finished.connect(dialog.deleteLater)
