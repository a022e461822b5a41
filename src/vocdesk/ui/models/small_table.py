"""A small read-only table computed at once from a report: its name column first, left-aligned,
then figures, right-aligned. Subclasses say what the headings and the cells are, and which other
columns hold words (``TEXT_COLUMNS``): a heading is aligned as its cells are."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from vocdesk.ui.models.no_data import no_data

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class SmallTableModel(QAbstractTableModel):
    TEXT_COLUMNS: frozenset[int] = frozenset({0})  # words, left-aligned; the rest are figures

    def alignment(self, column: int) -> int:
        return LEFT if column in self.TEXT_COLUMNS else RIGHT

    def titles(self) -> list[str]:
        """The column headings, translated now."""
        raise NotImplementedError

    def title_tooltip(self, section: int) -> str:
        """A heading's tooltip: by default the heading itself (headings are short)."""
        return self.titles()[section]

    def row_count(self) -> int:
        raise NotImplementedError

    def column_count(self) -> int:
        return len(self.titles())

    def cell(self, row: int, column: int) -> str:
        """The text of a cell; also its tooltip, for names cut short by the column's width."""
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.column_count()

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < self.column_count():
            if role == Qt.ItemDataRole.DisplayRole:
                return self.titles()[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.title_tooltip(section)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return self.alignment(section)
        value = super().headerData(section, orientation, role)
        return no_data() if value is None else value

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self.row_count()):
            return no_data()
        if not (0 <= index.column() < self.column_count()):
            return no_data()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(index.column())
        return no_data()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
