"""The comparison table (ours beside each comparator, per level) and the comparators' rows."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from vocdesk.domain.messages import QT_TRANSLATE_NOOP
from vocdesk.domain.surveys.benchmark import BenchmarkLevel
from vocdesk.services.surveys.benchmarks import (
    BenchmarkComparison,
    BenchmarkRow,
    ComparatorValue,
    ComparisonLevel,
)
from vocdesk.ui.fiscal_years import fiscal_year_text, fiscal_year_with_be
from vocdesk.ui.i18n import current_language
from vocdesk.ui.labels import enum_label
from vocdesk.ui.models.display import number_text, percent_text
from vocdesk.ui.models.no_data import no_data
from vocdesk.ui.models.small_table import LEFT, SmallTableModel

Index = QModelIndex | QPersistentModelIndex
AHEAD = QColor("#00734F")  # ours higher: a dark green (Okabe–Ito's bluish green, darkened to read)
BEHIND = QColor("#B8460B")  # ours lower: a dark vermilion; both stay apart in grey
OVERALL = QT_TRANSLATE_NOOP("BenchmarkModel", "Overall")


def level_text(level: BenchmarkLevel, name: str, code: str) -> str:
    """How a level reads in a table or on a chart: "Overall", a dimension's name, an item."""
    if level is BenchmarkLevel.OVERALL:
        return QCoreApplication.translate("BenchmarkModel", OVERALL)
    return name or code


def difference_text(value: float | None, lang: str) -> str:
    """Ours − theirs in percentage points, with its sign: "+2.23", "−2.79"."""
    if value is None:
        return ""
    text = number_text(abs(value), lang, 2)
    if round(value, 2) == 0:
        return text
    return ("+" if value > 0 else "−") + text


def comparator_title(organisation: str, fiscal_year: int) -> str:
    return QCoreApplication.translate("BenchmarkModel", "{organisation} ({year})").format(
        organisation=organisation, year=fiscal_year_text(fiscal_year)
    )


class BenchmarkComparisonModel(SmallTableModel):
    """Level | ours | per comparator: its percent and the difference (ours − theirs)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._comparison: BenchmarkComparison | None = None

    def set_comparison(self, comparison: BenchmarkComparison | None) -> None:
        self.beginResetModel()
        self._comparison = comparison
        self.endResetModel()

    def comparison(self) -> BenchmarkComparison | None:
        return self._comparison

    def level_at(self, row: int) -> ComparisonLevel:
        assert self._comparison is not None
        return self._comparison.levels[row]

    def titles(self) -> list[str]:
        titles = [
            QCoreApplication.translate("BenchmarkModel", "Level"),
            QCoreApplication.translate("BenchmarkModel", "Ours (%)"),
        ]
        for comparator in self._comparison.comparators if self._comparison else ():
            titles += [
                comparator_title(comparator.organisation, comparator.fiscal_year),
                QCoreApplication.translate("BenchmarkModel", "Difference"),
            ]
        return titles

    def title_tooltip(self, section: int) -> str:
        if section == 1:
            return QCoreApplication.translate(
                "BenchmarkModel", "Our percent score: the mean ÷ the scale's points × 100"
            )
        if section >= 2 and section % 2 == 1:
            return QCoreApplication.translate(
                "BenchmarkModel",
                "Ours − theirs, in percentage points: positive when we score higher",
            )
        if section >= 2 and self._comparison is not None:
            comparator = self._comparison.comparators[(section - 2) // 2]
            text = QCoreApplication.translate(
                "BenchmarkModel", "{comparator}: the result as a percent score"
            )
            return text.format(
                comparator=comparator_title(comparator.organisation, comparator.fiscal_year)
            )
        return self.titles()[section]

    def row_count(self) -> int:
        return len(self._comparison.levels) if self._comparison else 0

    def _value(self, row: int, column: int) -> ComparatorValue | None:
        return self.level_at(row).values[(column - 2) // 2]

    def cell(self, row: int, column: int) -> str:
        lang = current_language()
        level = self.level_at(row)
        if column == 0:
            return level_text(level.level, level.name.in_language(lang), level.code)
        if column == 1:
            return percent_text(level.ours, lang)
        value = self._value(row, column)
        if value is None:
            return ""
        if column % 2 == 0:
            return "" if math.isnan(value.percent) else percent_text(value.percent, lang)
        return difference_text(value.difference, lang)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self.row_count()):
            return no_data()
        column = index.column()
        if role == Qt.ItemDataRole.ForegroundRole and column >= 3 and column % 2 == 1:
            value = self._value(index.row(), column)
            if value is not None and value.difference is not None:
                if round(value.difference, 2) > 0:
                    return AHEAD
                if round(value.difference, 2) < 0:
                    return BEHIND
            return no_data()
        if role == Qt.ItemDataRole.ToolTipRole and column >= 2 and column % 2 == 0:
            value = self._value(index.row(), column)
            if value is not None and 0 <= column < self.column_count():
                return QCoreApplication.translate(
                    "BenchmarkModel", "Published as {value} ({scale})"
                ).format(
                    value=number_text(value.value, current_language(), 2),
                    scale=enum_label(value.scale),
                )
        if role == Qt.ItemDataRole.FontRole and column == 0:
            if self.level_at(index.row()).level is BenchmarkLevel.OVERALL:
                font = QFont()
                font.setBold(True)
                return font
            return no_data()
        return super().data(index, role)


# (heading, cell text) of the comparators' rows table.
ROW_COLUMNS = (
    QT_TRANSLATE_NOOP("BenchmarkModel", "Organisation"),
    QT_TRANSLATE_NOOP("BenchmarkModel", "Fiscal year"),
    QT_TRANSLATE_NOOP("BenchmarkModel", "Level"),
    QT_TRANSLATE_NOOP("BenchmarkModel", "Value"),
    QT_TRANSLATE_NOOP("BenchmarkModel", "Scale"),
    QT_TRANSLATE_NOOP("BenchmarkModel", "Percent"),
    QT_TRANSLATE_NOOP("BenchmarkModel", "Source"),
)

TEXT_COLUMNS = frozenset({0, 2, 4, 6})


class BenchmarkRowsModel(SmallTableModel):
    """The comparators' rows of a survey as entered or imported, one a line."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[BenchmarkRow] = []

    def set_rows(self, rows: list[BenchmarkRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> BenchmarkRow:
        return self._rows[row]

    def rows(self) -> list[BenchmarkRow]:
        return list(self._rows)

    def titles(self) -> list[str]:
        return [QCoreApplication.translate("BenchmarkModel", title) for title in ROW_COLUMNS]

    def row_count(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Names and words left, figures right.
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and index.isValid()
            and index.column() in TEXT_COLUMNS
            and 0 <= index.row() < self.row_count()
        ):
            return LEFT
        return super().data(index, role)

    def headerData(  # noqa: N802 - Qt's API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and orientation == Qt.Orientation.Horizontal
            and section in TEXT_COLUMNS
        ):
            return LEFT
        return super().headerData(section, orientation, role)

    def cell(self, row: int, column: int) -> str:
        lang = current_language()
        record = self._rows[row]
        if column == 0:
            return record.organisation
        if column == 1:
            return fiscal_year_with_be(record.fiscal_year, lang)  # C.E. (B.E.) in English
        if column == 2:
            name = record.level_name.in_language(lang)
            return level_text(record.level, name, record.dimension or record.question_code)
        if column == 3:
            return number_text(record.value, lang, 2)
        if column == 4:
            return enum_label(record.scale)
        if column == 5:
            return "" if math.isnan(record.percent) else percent_text(record.percent, lang)
        return record.source
