"""Progress on the terminal: a percentage for the demo, whole translated sentences for import and
export; nothing when the output is a pipe or a file."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from vocdesk.cli.messages import Messages
from vocdesk.domain.messages import QT_TRANSLATE_NOOP

PROGRESS_LINE_SECONDS = 3.0  # a progress line on a terminal at most this often


def progress_printer() -> Callable[[int, int], None] | None:
    """Percent done on one line of the terminal; nothing when the output is not a terminal."""
    stream = sys.stderr
    if stream is None or not stream.isatty():
        return None

    def show(done: int, total: int) -> None:
        stream.write(f"\r{100 * done // max(total, 1):3d} %")
        if done >= total:
            stream.write("\r")
        stream.flush()

    return show


# The progress lines of import and export: a whole sentence per step.
CHECKED_ROWS = QT_TRANSLATE_NOOP("Cli", "Checked {done} of {total} rows…")
IMPORTED_ROWS = QT_TRANSLATE_NOOP("Cli", "Imported {done} of {total} rows…")
EXPORTED_ROWS = QT_TRANSLATE_NOOP("Cli", "Exported {done} of {total} rows…")


def progress_lines(messages: Messages, sentence: str) -> Callable[[int, int], None] | None:
    """ "Checked 12,000 of 100,000 rows" on stderr every few seconds, when stderr is a terminal.

    ``sentence`` is a whole translatable text with ``{done}`` and ``{total}``, one per step, so
    that the translator orders its words (a verb translated alone cannot be)."""
    stream = sys.stderr
    if stream is None or not stream.isatty():
        return None
    last = [time.monotonic()]

    def show(done: int, total: int) -> None:
        now = time.monotonic()
        if now - last[0] < PROGRESS_LINE_SECONDS:
            return
        last[0] = now
        stream.write(messages.tr(sentence, done=f"{done:,}", total=f"{total:,}") + "\n")
        stream.flush()

    return show
