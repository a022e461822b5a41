"""Qt's own messages (qDebug, qWarning from its plugins) sent to Python's log, not the terminal."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator

from PySide6.QtCore import QtMsgType, qInstallMessageHandler


@contextlib.contextmanager
def qt_messages_to_log() -> Iterator[None]:
    """Qt's own messages go to the log, not to the user's terminal, while pictures are drawn.

    The offscreen platform says "This plugin does not support propagateSizeHints()" for every
    window it shows (24 lines for the six tabs in two languages): noise to a user, kept at debug
    level; Qt's real warnings are logged as warnings (the log file, never the terminal)."""
    qt_log = logging.getLogger("vocdesk.qt")
    qt_log.propagate = False  # no handler of ours here: Python's last resort would print them
    if not qt_log.handlers:
        qt_log.addHandler(logging.NullHandler())

    def to_log(kind: QtMsgType, _context: object, text: str) -> None:
        noise = kind == QtMsgType.QtDebugMsg or "propagateSizeHints" in text
        qt_log.log(logging.DEBUG if noise else logging.WARNING, "Qt: %s", text)

    previous = qInstallMessageHandler(to_log)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
