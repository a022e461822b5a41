"""Qt's own messages (qDebug, qWarning from its plugins) sent to Python's log, not the terminal.

Why there is noise at all: a platform plugin that cannot pass a window's size limits on to a
window manager (Qt's ``offscreen`` one, used for pictures, tests and a window run without a
screen) answers every change of a top-level window's minimum or maximum size with the warning
"This plugin does not support propagateSizeHints()". Layouts set those limits whenever they are
laid out, so the warning comes once per shown window and again on resizes. It tells a user
nothing; it is logged at debug level. Qt's real warnings are logged as warnings.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

QT_LOGGER = "vocdesk.qt"
NOISE = ("propagateSizeHints",)  # plugin limitations, not faults


def _to_log(kind: QtMsgType, _context: object, text: str) -> None:
    noise = kind == QtMsgType.QtDebugMsg or any(word in text for word in NOISE)
    logging.getLogger(QT_LOGGER).log(logging.DEBUG if noise else logging.WARNING, "Qt: %s", text)


def install_qt_messages_to_log() -> Callable[[], None]:
    """For the running window: Qt's messages go to the log (the log file the window keeps),
    never to the terminal it was started from. Returns the function that puts back Qt's
    previous handler."""
    previous = qInstallMessageHandler(_to_log)

    def restore() -> None:
        qInstallMessageHandler(previous)

    return restore


@contextlib.contextmanager
def qt_messages_to_log() -> Iterator[None]:
    """Qt's own messages go to the log, not to the user's terminal, while pictures are drawn.

    The command line keeps no log handler while it draws, so here they are dropped rather than
    left to Python's last-resort handler, which would print the warnings."""
    qt_log = logging.getLogger(QT_LOGGER)
    propagated = qt_log.propagate
    qt_log.propagate = False  # no handler of ours here: Python's last resort would print them
    null = logging.NullHandler()
    qt_log.addHandler(null)
    restore = install_qt_messages_to_log()
    try:
        yield
    finally:
        restore()
        qt_log.removeHandler(null)
        qt_log.propagate = propagated
