"""Python's garbage collector runs on the GUI thread only.

Left automatic, the collector runs in whichever thread happens to allocate, worker threads
included. When it frees a Qt object there (a closed window's models, a dropped connection), Qt
takes its connection lock and PySide then waits for the interpreter lock, while the GUI thread
holds the interpreter lock and waits for that same Qt lock in a ``connect``: both wait forever.
This was seen as a hung test run (a report's worker threads starting while a new window was
being built). Anki keeps its collector on the main thread for the same reason; so does VocDesk:
automatic collection is switched off and a timer on the GUI thread collects instead.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 500  # how often the GUI thread looks whether enough has been allocated to collect


class GuiThreadCollector(QObject):
    """Collects garbage on the GUI thread when the youngest generation is over its threshold,
    as the automatic collector would have, but never on another thread."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._threshold = gc.get_threshold()[0]
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        young, middle, old = gc.get_count()
        _first, second, third = gc.get_threshold()
        if old > third:
            gc.collect(2)
        elif middle > second:
            gc.collect(1)
        elif young > self._threshold:
            gc.collect(0)

    def stop(self) -> None:
        """Hand collection back to Python (when the application ends)."""
        self._timer.stop()
        gc.enable()


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    """Install the collector on ``app`` (once; a second call returns the first)."""
    existing = app.findChild(GuiThreadCollector)
    if isinstance(existing, GuiThreadCollector):
        return existing
    return GuiThreadCollector(app)
