"""A query that fails leaves the table as it was, not half reset."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QT_TRANSLATE_NOOP

from vocdesk.ui.models.lazy_table import Column, LazyTableModel


class _NumbersModel(LazyTableModel[int]):
    CONTEXT = "_NumbersModel"
    COLUMNS = (
        Column("number", QT_TRANSLATE_NOOP("_NumbersModel", "Number"), lambda r, _l: str(r)),
    )


def test_a_failed_reload_keeps_the_rows_shown_and_the_model_usable(qtmodeltester: Any) -> None:
    broken = {"now": False}

    def count(_query: object) -> int:
        if broken["now"]:
            raise RuntimeError("the database went away")
        return 3

    model = _NumbersModel(count, lambda _q, offset, limit: [1, 2, 3][offset : offset + limit])
    assert model.rowCount() == 3

    broken["now"] = True
    with pytest.raises(RuntimeError):
        model.reload()

    assert model.rowCount() == 3
    assert model.data(model.index(2, 0)) == "3"
    qtmodeltester.check(model)
