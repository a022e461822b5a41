"""Garbage is collected on the GUI thread only: automatic collection is off, a timer collects."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtWidgets import QApplication

from vocdesk.ui.garbage import GuiThreadCollector, collect_on_gui_thread


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_a_cycle_dropped_on_a_worker_thread_is_freed_by_the_gui_thread(qapp: QApplication) -> None:
    collector = collect_on_gui_thread(qapp)
    assert collect_on_gui_thread(qapp) is collector  # installed once
    assert not gc.isenabled()
    refs: list[weakref.ref[_Cycle]] = []

    def drop_cycles() -> None:  # allocating far past the threshold never collects here
        for _ in range(5 * gc.get_threshold()[0]):
            refs.append(weakref.ref(_Cycle()))

    worker = threading.Thread(target=drop_cycles)
    worker.start()
    worker.join()
    assert any(ref() is not None for ref in refs)

    collector.check()

    assert all(ref() is None for ref in refs)
    assert isinstance(collector, GuiThreadCollector)
