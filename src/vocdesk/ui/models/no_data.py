"""Returning "no value" from a model to Qt without crashing the interpreter.

PySide6 6.12 on Python 3.11 drops one reference to ``None`` every time a Python override hands
``None`` back to C++ (``data()``, ``headerData()``, ``QTranslator.translate()``): measured here,
1,000 calls of ``QModelIndex.data()`` on a model returning None lower ``sys.getrefcount(None)``
by exactly 1,000, and after a few minutes of scrolling the interpreter aborts with "Fatal Python
error: none_dealloc". (From Python 3.12 on, None is immortal and the bug is harmless.)

A model must still return an invalid QVariant, which only ``None`` gives, for roles it does not
serve (otherwise views draw check boxes and icons). So models return ``no_data()``, which adds
one reference to None first, but only where a probe at start-up shows the bug exists. Not every
call path loses the reference (calls from a paint event measured no steady loss), and that is
fine: an extra reference to None is harmless, a missing one is fatal.
"""

from __future__ import annotations

import ctypes
import sys
from functools import cache

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

_PROBE_CALLS = 200
# References to None, True and False that no run can use up: static calls such as
# QCoreApplication.processEvents() and QTest.qWait() lose one to None per call as well (measured:
# 1,000 calls lose 1,001), and every Signal.emit() from Python loses one to True (measured: 1,000
# emits in a fresh process abort with bool_dealloc), so a long wait loop, a long test run or a
# window left open for days would otherwise end in none_dealloc or bool_dealloc.
NONE_REFERENCE_RESERVE = 1 << 40
_reserved = False


Index = QModelIndex | QPersistentModelIndex


class _ReturnsNone(QAbstractTableModel):
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 1

    def data(self, index: Index, role: int = 0) -> None:
        return None


@cache
def none_reference_is_lost() -> bool:
    """Whether this PySide6/Python pair loses a reference to None per returned None."""
    model = _ReturnsNone()
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        index.data(Qt.ItemDataRole.ToolTipRole)  # C++ calls the Python override
    lost = before - sys.getrefcount(None)
    if lost >= _PROBE_CALLS // 2:
        ctypes.pythonapi.Py_IncRef.argtypes = [ctypes.py_object]
        for _ in range(lost):  # give back what the probe itself cost
            ctypes.pythonapi.Py_IncRef(None)
        return True
    return False


def reserve_none_references() -> None:
    """Make None, True and False as good as immortal on Python 3.11, once, before Qt runs.

    Python 3.12 made them immortal (their reference counts pinned high) for exactly this kind of
    extension bug; on 3.11 the same is done by hand: the count is the first field of every
    CPython object. Lost references then come out of a reserve that cannot run out.
    """
    global _reserved
    if _reserved or sys.version_info >= (3, 12):
        return
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += NONE_REFERENCE_RESERVE
    _reserved = True


def no_data() -> None:
    """``None`` for Qt ("no value for this role"), safe on PySide6 versions that lose it."""
    if none_reference_is_lost():
        ctypes.pythonapi.Py_IncRef(None)
    return None
