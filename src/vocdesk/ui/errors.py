"""Showing errors to the user: their own mistakes in words they can act on, ours without a trace.

A ``UserError`` (a missing file, a date that is not a date) shows its translated message. Any
other exception is a bug or an accident: the traceback goes to the log file and the user reads
a short translated note that says where that file is, so IT can send it on. No traceback is
ever shown. ``install_excepthook`` routes uncaught exceptions (in slots, in threads) here
instead of letting the program die.
"""

from __future__ import annotations

import contextlib
import io
import logging
import logging.handlers
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
    QThread,
    Signal,
)
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from vocdesk.domain.messages import QT_TRANSLATE_NOOP, Message, UserError
from vocdesk.domain.os_errors import file_problem
from vocdesk.paths import APP_NAME, make_private_dir, make_private_file
from vocdesk.ui import layout
from vocdesk.ui.i18n import translate_message

log = logging.getLogger(__name__)

LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3
_LOGGED_MARK = "_vocdesk_logged"  # set on an exception once its traceback is in the log
_unparented_boxes: set[QMessageBox] = set()
ERROR_BOX_NAME = "vocdesk_error_box"


# What the user reads about an error that is not theirs; marked here so lupdate finds them.
UNEXPECTED_ERROR = QT_TRANSLATE_NOOP(
    "Errors", "Something went wrong and this could not be finished. Please try again."
)
FILE_PROBLEM = QT_TRANSLATE_NOOP("Errors", "The file {path} could not be used: {reason}.")
FILE_PROBLEM_NO_PATH = QT_TRANSLATE_NOOP("Errors", "A file could not be used: {reason}.")
UNEXPECTED_ERROR_WITH_LOG = QT_TRANSLATE_NOOP(
    "Errors",
    "Something went wrong and this could not be finished. The details were saved in the "
    "log file:\n{path}\nPlease try again, and if it happens again send that file to your "
    "IT support.",
)


class LogFileHandler(logging.handlers.RotatingFileHandler):
    """VocDesk's own log file (a type of its own, so it can be told from other handlers).

    The file is owner-only (0600) from its first open and after every rotation: a traceback
    may name record ids and file paths (never values: the engine hides statement parameters)."""

    def _open(self) -> io.TextIOWrapper:
        stream = super()._open()
        make_private_file(Path(self.baseFilename))
        return stream


def log_file_path() -> Path | None:
    """The log file ``install_excepthook`` set up, if any."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, LogFileHandler):
            return Path(handler.baseFilename)
    return None


def _log_unexpected(error: BaseException) -> None:
    if getattr(error, _LOGGED_MARK, False):
        return
    log.error("Unexpected error", exc_info=(type(error), error, error.__traceback__))
    # An exception type that refuses attributes is at worst logged twice.
    with contextlib.suppress(AttributeError):
        setattr(error, _LOGGED_MARK, True)


def error_text(error: BaseException) -> str:
    """What the user reads for ``error``, in the current UI language."""
    if isinstance(error, UserError):
        return translate_message(error.message)
    problem = file_problem_message(error)
    if problem is not None:
        return translate_message(problem)
    path = log_file_path()
    if path is None:
        return QCoreApplication.translate("Errors", UNEXPECTED_ERROR)
    return QCoreApplication.translate("Errors", UNEXPECTED_ERROR_WITH_LOG).format(path=str(path))


def file_problem_message(error: BaseException) -> Message | None:
    """A common file error (missing, not allowed, not a database) as a translatable message
    naming the file, or None; the system's own English words go to the log (the caller's
    ``_log_unexpected``), never to the user."""
    reason = file_problem(error)
    if reason is None:
        return None
    path = getattr(error, "filename", None)
    if path is None:
        return Message("Errors", FILE_PROBLEM_NO_PATH, {"reason": reason})
    return Message("Errors", FILE_PROBLEM, {"path": str(path), "reason": reason})


def stored(parent: QWidget, problem_label: QLabel, store: Callable[[], object]) -> bool:
    """Run a dialog's ``store``: True when it is done. A refusal (``UserError``) is shown in
    ``problem_label`` so the user fixes it in place; anything else in the error box."""
    try:
        store()
    except UserError as problem:
        problem_label.setText(error_text(problem))
        problem_label.show()
        return False
    except Exception as error:  # noqa: BLE001 - an unexpected failure: the box and the log
        show_error(parent, error)
        return False
    return True


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Tell the user about ``error`` in a message box (non-blocking; it deletes itself)."""
    if not isinstance(error, UserError):
        _log_unexpected(error)
    text = error_text(error)
    if not isinstance(QCoreApplication.instance(), QApplication):
        print(text, file=sys.stderr)  # no widgets (a headless run): say it on the console
        return
    if _already_showing(text):
        return  # the same failure again (say, in every repaint): one box is enough
    icon = QMessageBox.Icon.Warning if isinstance(error, UserError) else QMessageBox.Icon.Critical
    box = QMessageBox(icon, APP_NAME, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(ERROR_BOX_NAME)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setStyleSheet(f"QLabel {{ max-width: {layout.MESSAGE_MAX_WIDTH}px; }}")
    if parent is None:
        # Nothing on the Qt side owns a box without a parent: keep it alive until it closes.
        _unparented_boxes.add(box)
        box.finished.connect(lambda _result: _unparented_boxes.discard(box))
    box.open()


def _already_showing(text: str) -> bool:
    return any(
        isinstance(widget, QMessageBox)
        and widget.objectName() == ERROR_BOX_NAME
        and widget.isVisible()
        and widget.text() == text
        for widget in QApplication.allWidgets()
    )


class _GuiRelay(QObject):
    """Carries an exception from any thread to the GUI thread, where a box may be shown."""

    raised = Signal(object)


class ExceptHook:
    """The installed hook; ``uninstall()`` puts back the previous hooks and log handler."""

    def __init__(self, log_path: Path) -> None:
        self.log_path = Path(log_path)
        make_private_dir(self.log_path.parent)  # the logs folder (and a new data folder): 0700
        self._handler = LogFileHandler(
            self.log_path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
        self._handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s")
        )
        self._handler.setLevel(logging.INFO)
        self._previous_level = logging.getLogger().level
        self._previous_sys_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._relay = _GuiRelay()
        self._relay.raised.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self._showing = False

    def install(self) -> None:
        root = logging.getLogger()
        root.addHandler(self._handler)
        if root.level == logging.NOTSET or root.level > logging.INFO:
            root.setLevel(logging.INFO)
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        sys.excepthook = self._previous_sys_hook
        threading.excepthook = self._previous_thread_hook
        root = logging.getLogger()
        root.removeHandler(self._handler)
        root.setLevel(self._previous_level)
        self._handler.close()

    def handle(
        self,
        exc_type: type[BaseException],
        exc_value: BaseException,
        exc_traceback: TracebackType | None,
    ) -> None:
        """``sys.excepthook``: log the traceback, then tell the user on the GUI thread."""
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_sys_hook(exc_type, exc_value, exc_traceback)
            return
        if exc_value.__traceback__ is None and exc_traceback is not None:
            exc_value = exc_value.with_traceback(exc_traceback)
        if not isinstance(exc_value, UserError):
            _log_unexpected(exc_value)
        app = QCoreApplication.instance()
        if app is not None and QThread.currentThread() == app.thread():
            self._show(exc_value)
        else:
            self._relay.raised.emit(exc_value)  # queued to the GUI thread

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def _show(self, error: BaseException) -> None:
        if self._showing:  # showing failed and raised again: the log has it, stop here
            return
        self._showing = True
        try:
            show_error(QApplication.activeWindow(), error)
        except Exception:  # noqa: BLE001 - an error while reporting an error must not loop
            log.exception("Could not show an error to the user")
        finally:
            self._showing = False


def install_excepthook(log_path: Path) -> ExceptHook:
    """Log to ``log_path`` and show uncaught exceptions with ``show_error`` instead of dying."""
    hook = ExceptHook(log_path)
    hook.install()
    return hook
