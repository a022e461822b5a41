"""The base of the report tables: headings, cells, tooltips and alignment from a few methods."""

from __future__ import annotations

from PySide6.QtCore import Qt

from vocdesk.ui.models.small_table import LEFT, RIGHT, SmallTableModel


class _Fruit(SmallTableModel):
    ROWS = [["มะม่วงน้ำดอกไม้", "12"], ["Durian", "3"]]

    def titles(self) -> list[str]:
        return ["Fruit", "Count"]

    def row_count(self) -> int:
        return len(self.ROWS)

    def cell(self, row: int, column: int) -> str:
        return self.ROWS[row][column]


def test_a_small_table_shows_its_cells_names_left_and_figures_right(qtmodeltester) -> None:
    model = _Fruit()
    qtmodeltester.check(model)

    assert (model.rowCount(), model.columnCount()) == (2, 2)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Count"
    assert model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "Count"
    assert (
        model.data(model.index(0, 0))
        == model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
        == "มะม่วงน้ำดอกไม้"
    )
    assert model.data(model.index(0, 0), Qt.ItemDataRole.TextAlignmentRole) == LEFT
    assert model.data(model.index(1, 1), Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole) == LEFT
