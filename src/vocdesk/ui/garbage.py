"""Python's garbage collector runs on the GUI thread only, and in short steps while work runs.

Left automatic, the collector runs in whichever thread happens to allocate, worker threads
included. When it frees a Qt object there (a closed window's models, a dropped connection), Qt
takes its connection lock and PySide then waits for the interpreter lock, while the GUI thread
holds the interpreter lock and waits for that same Qt lock in a ``connect``: both wait forever.
This was seen as a hung test run (a report's worker threads starting while a new window was
being built). Anki keeps its collector on the main thread for the same reason; so does VocDesk:
automatic collection is switched off and a timer on the GUI thread collects instead.

A collection is one call that holds the interpreter lock throughout, so the GUI thread is busy
for as long as it takes: proportional to the objects it walks. While the ``TaskRunner``'s work
builds large results (the survey answers of a PMQA pack, the rows of an import), the middle
and oldest generations hold hundreds of thousands of them, and collecting those held the event
loop up for 100–200 ms (300+ ms with the CPUs loaded; issue 18, docs/performance.md
"Stalls"). So while work runs (``work_started`` … ``work_finished``, called by ``ui.tasks``)
the collector looks every ``BUSY_CHECK_MS`` and collects the youngest generation only, which
then holds little; the middle and oldest generations wait until the work is over, when what
the work dropped has already been freed by reference counting and the walk is short again.
"""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 500  # how often the GUI thread looks whether enough has been allocated to collect
BUSY_CHECK_MS = 20  # the same while background work runs: young collections stay small

_running = 0  # pieces of background work started and not yet finished
_collectors: weakref.WeakSet[GuiThreadCollector] = weakref.WeakSet()


class GuiThreadCollector(QObject):
    """Collects garbage on the GUI thread when the youngest generation is over its threshold,
    as the automatic collector would have, but never on another thread; while background work
    runs, often and only the youngest generation."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._threshold = gc.get_threshold()[0]
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(BUSY_CHECK_MS if _running else CHECK_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        _collectors.add(self)

    def check(self) -> None:
        young, middle, old = gc.get_count()
        _first, second, third = gc.get_threshold()
        if _running:
            if young > self._threshold:
                gc.collect(0)
        elif old > third:
            gc.collect(2)
        elif middle > second:
            gc.collect(1)
        elif young > self._threshold:
            gc.collect(0)

    @property
    def interval_ms(self) -> int:
        """How often it looks now: ``BUSY_CHECK_MS`` while work runs, ``CHECK_MS`` otherwise."""
        return self._timer.interval()

    def _pace(self) -> None:
        self._timer.setInterval(BUSY_CHECK_MS if _running else CHECK_MS)

    def stop(self) -> None:
        """Hand collection back to Python (when the application ends)."""
        self._timer.stop()
        _collectors.discard(self)
        gc.enable()


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    """Install the collector on ``app`` (once; a second call returns the first)."""
    existing = app.findChild(GuiThreadCollector)
    if isinstance(existing, GuiThreadCollector):
        return existing
    return GuiThreadCollector(app)


def work_started() -> None:
    """Background work begins (called on the GUI thread): young collections only, often."""
    global _running
    _running += 1
    if _running == 1:
        for collector in list(_collectors):
            collector._pace()


def work_finished() -> None:
    """Background work has ended (called on the GUI thread): the usual pace again, and the
    middle and oldest generations are collected when due."""
    global _running
    _running = max(0, _running - 1)
    if not _running:
        for collector in list(_collectors):
            collector._pace()


def work_running() -> int:
    """How many pieces of background work are running (started and not finished)."""
    return _running
