"""Python's cyclic garbage collector paused for the length of bulk work (issue 18).

Reading and writing a large file makes hundreds of thousands of objects that reference counting
frees (rows, values, moments); none of them forms a cycle. Left automatic, the collector still
walks every live object at each full collection it triggers, and the work triggers many: 0.7 s
of a 20,000-case complaint import's 2.8 CPU seconds (the file's rows are alive throughout, so
each walk is longer than the last). While ``collector_paused`` is held (by any thread) the
automatic collector is off; when the last holder leaves it is switched back on, if it was on
when the first came in. The application itself already collects on the GUI thread only
(``ui.garbage``: the automatic collector is off there), where this changes nothing.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """The automatic garbage collector off while the block runs (nested or in several threads:
    until the last one leaves), then as it was before."""
    global _holders, _was_enabled
    with _lock:
        if _holders == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _was_enabled:
                gc.enable()
