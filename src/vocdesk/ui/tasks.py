"""Slow work off the GUI thread, with results, errors and progress delivered back on it.

Like Anki's ``QueryOp``: the caller hands over a function and what to do with its result; the
function runs on a ``QThreadPool`` thread and must not touch any widget. Everything it wants to
say (progress, result, exception) travels back through queued signals, so ``on_done`` and
``on_error`` always run on the GUI thread. Imports, exports, statistics and PDFs go through here.

Lifetimes, so that no window closing at the wrong moment can crash the program:

- The worker holds no ``Task`` and no widget. It speaks through a ``_Channel``, a QObject that
  only sends, belongs to no thread and may therefore be dropped on the worker thread; its
  signals are queued to the ``Task``, and Qt forgets what is queued for a receiver once it is
  deleted, so a worker that ends late reports into nothing instead of into freed memory.
- A ``Task`` belongs to the application, not to its runner, and deletes itself (``deleteLater``)
  once its outcome has been delivered. Nothing else deletes it: not a runner that goes first,
  and not a callback that happened to hold the last reference to the runner (which used to
  delete the task a second time from inside its own destructor, and abort the interpreter).
- The work function and its result are let go on the GUI thread, never on the worker's, so a
  Qt object they hold is never destroyed on the wrong thread.
- With ``receiver=``, the callbacks live as long as that QObject: once it is deleted they are
  no longer called, and the work is asked to stop.

While any task runs, the GUI thread's garbage collector (``ui.garbage``) collects only the
youngest generation, in short steps: a full collection walks every object the work holds, with
the interpreter lock held, and was the event loop's longest stall (issue 18).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from functools import partial
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from vocdesk.ui import garbage, layout
from vocdesk.ui.errors import show_error

log = logging.getLogger(__name__)

T = TypeVar("T")

DONE, FAILED, CANCELLED = "done", "failed", "cancelled"

ProgressCallback = Callable[[int, int, str], None]


class Cancelled(Exception):
    """Raised by ``Progress.raise_if_cancelled`` to leave the work early; not an error."""


class _Channel(QObject):
    """What a worker says, emitted on the worker thread and queued to its ``Task``.

    It only sends, and it is moved out of every thread, so it may be deleted on whichever
    thread lets it go last; the connections are the Task's, and go when the Task goes.
    """

    outcome = Signal(str, object)  # DONE / FAILED / CANCELLED, and a one-item list (the value)
    progressed = Signal(int, int, str)  # done, total, text


class Progress:
    """Handed to the work function: report how far it got, and look whether to stop."""

    def __init__(self, channel: _Channel | None = None) -> None:
        self._channel = channel  # None: nobody listens (work run synchronously)
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
        if self._channel is not None:
            self._channel.progressed.emit(done, total, text)

    def _request_cancel(self) -> None:
        self._cancel.set()


class _Worker(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], progress: Progress, channel: _Channel):
        super().__init__()
        self.setAutoDelete(True)
        self._work: Callable[[Progress], Any] | None = work
        self._progress = progress
        self._channel = channel

    def run(self) -> None:
        work, self._work = self._work, None
        assert work is not None
        progress = self._progress
        box: list[Any] = [None]
        try:
            box = [work(progress)]
        except Cancelled:
            outcome = CANCELLED
        except BaseException as exc:  # noqa: BLE001 - every failure goes to on_error
            outcome, box = FAILED, [exc]
        else:
            outcome = CANCELLED if progress.cancelled else DONE
        # The Task keeps the work until its outcome arrives and takes the value out of the
        # box there: this thread lets go of neither last.
        del work
        self._channel.outcome.emit(outcome, box)


class Task(QObject, Generic[T]):
    """One piece of background work. Lives on the GUI thread; its signals arrive there.

    It is a child of the application and deletes itself once ``finished`` has been emitted;
    ``state`` and ``is_running`` can still be read after that.
    """

    progressed = Signal(int, int, str)  # done, total, text
    succeeded = Signal(object)  # the work's return value
    failed = Signal(object)  # the exception
    cancelled = Signal()
    finished = Signal()  # after any of the three above

    def __init__(
        self, title: str, work: Callable[[Progress], T], parent: QObject | None = None
    ) -> None:
        super().__init__(parent if parent is not None else QCoreApplication.instance())
        self.title = title
        self.state = "running"  # then DONE, FAILED or CANCELLED
        self._work: Callable[[Progress], T] | None = work
        self._channel = _Channel()
        self._channel.outcome.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        self._channel.progressed.connect(self.progressed, Qt.ConnectionType.QueuedConnection)
        # No thread, so it may be dropped on any. (Qt 6 takes nullptr; the stub wants a QThread.)
        self._channel.moveToThread(None)  # type: ignore[arg-type]
        self.progress = Progress(self._channel)
        garbage.work_started()  # the GUI thread's collector keeps its steps short meanwhile

    @property
    def is_running(self) -> bool:
        return self.state == "running"

    @Slot()
    def cancel(self) -> None:
        """Ask the work to stop; it ends as "cancelled" once it returns or raises Cancelled."""
        self.progress._request_cancel()

    def _worker(self) -> _Worker:
        assert self._work is not None
        return _Worker(self._work, self.progress, self._channel)

    @Slot(str, object)
    def _finish(self, outcome: str, box: list[Any]) -> None:
        value = box.pop() if box else None
        self._work = None  # let go here, on the GUI thread
        self.state = outcome
        try:
            if outcome == DONE:
                self.succeeded.emit(value)
            elif outcome == FAILED:
                self.failed.emit(value)
            else:
                self.cancelled.emit()
            del value
            self.finished.emit()
        finally:
            garbage.work_finished()
        self.deleteLater()


class _Relay(QObject):
    """Hands a task's outcome and progress to callbacks while its parent, the receiver, lives.

    It is deleted with the receiver, and Qt then disconnects it from the task; its deletion
    also asks the work to stop (``cancel_when_gone``).
    """

    def __init__(
        self,
        receiver: QObject,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_cancelled: Callable[[], None] | None,
        on_progress: ProgressCallback | None,
    ) -> None:
        super().__init__(receiver)
        self._on_done = on_done
        self._on_error = on_error
        self._on_cancelled = on_cancelled
        self._on_progress = on_progress

    def attach(self, task: Task[Any], *, cancel_when_gone: bool = True) -> None:
        task.succeeded.connect(self.done)
        task.failed.connect(self.error)
        task.cancelled.connect(self.cancelled)
        task.progressed.connect(self.progressed)
        task.finished.connect(self.deleteLater)  # its work is over: nothing more to relay
        if cancel_when_gone:
            self.destroyed.connect(task.cancel)  # a no-op once the task has finished

    @Slot(object)
    def done(self, value: Any) -> None:
        self._on_done(value)

    @Slot(object)
    def error(self, error: BaseException) -> None:
        self._on_error(error)

    @Slot()
    def cancelled(self) -> None:
        if self._on_cancelled is not None:
            self._on_cancelled()

    @Slot(int, int, str)
    def progressed(self, done: int, total: int, text: str) -> None:
        if self._on_progress is not None:
            self._on_progress(done, total, text)


class TaskRunner(QObject):
    """Runs work on its own thread pool; one per application, built by ``app.py``."""

    def __init__(self, parent: QObject | None = None, max_threads: int | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        if max_threads:
            self._pool.setMaxThreadCount(max_threads)
        self._tasks: set[Task[Any]] = set()  # the running ones

    def run(
        self,
        work: Callable[[Progress], T],
        *,
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        on_progress: ProgressCallback | None = None,
        title: str = "",
        parent_widget: QWidget | None = None,
        receiver: QObject | None = None,
    ) -> Task[T]:
        """Start ``work(progress)`` on a worker thread and return at once.

        ``on_done(result)``, ``on_error(exception)``, ``on_cancelled()`` and
        ``on_progress(done, total, text)`` run later on the GUI thread. Without ``on_error`` the
        error is shown with ``errors.show_error``. With a ``parent_widget`` a progress dialog
        (with Cancel) appears if the work takes a while. With a ``receiver`` (the widget the
        callbacks update) they are called only while it exists, and its deletion cancels the
        work.
        """
        task: Task[T] = Task(title, work)
        if on_error is None:
            on_error = partial(_show_error_over, parent_widget)
        if receiver is None:
            task.succeeded.connect(on_done)
            task.failed.connect(on_error)
            if on_cancelled is not None:
                task.cancelled.connect(on_cancelled)
            if on_progress is not None:
                task.progressed.connect(on_progress)
        else:
            _Relay(receiver, on_done, on_error, on_cancelled, on_progress).attach(task)
        if parent_widget is not None:
            _attach_progress_dialog(task, parent_widget)
        # A partial of the set, not a method of the runner: the task's connections must
        # never hold the runner (or anything that holds it) alive.
        self._tasks.add(task)
        task.finished.connect(partial(self._tasks.discard, task))
        self._pool.start(task._worker())
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


def _show_error_over(parent: QWidget | None, error: BaseException) -> None:
    """The default ``on_error``: a message box over ``parent``, or alone if it has gone."""
    show_error(parent if parent is not None and isValid(parent) else None, error)


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

    # Tied to the dialog, which goes with its parent: a late report finds nothing to update.
    _Relay(dialog, _ignore, _ignore, None, show_progress).attach(task, cancel_when_gone=False)
    task.finished.connect(dialog.close)
    task.finished.connect(dialog.deleteLater)


def _ignore(_value: object) -> None:
    """The dialog's relay only shows progress; the caller's callbacks take the outcome."""
