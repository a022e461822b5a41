"""Tables of the listening-plan pages: the plan's lines (lazy) and the coverage matrix."""

from __future__ import annotations

import uuid
from collections.abc import Hashable
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from vocdesk.domain.listening.coverage import CoverageCell, CoverageStatus
from vocdesk.domain.messages import QT_TRANSLATE_NOOP
from vocdesk.services.listening.plan import (
    CoverageReport,
    ListeningPlanService,
    PlanItemRow,
)
from vocdesk.ui.i18n import current_language
from vocdesk.ui.labels import enum_label
from vocdesk.ui.models.display import label_text, name_text, number_text, yes_no
from vocdesk.ui.models.lazy_table import Column, LazyTableModel
from vocdesk.ui.models.no_data import no_data

Index = QModelIndex | QPersistentModelIndex


class ListeningPlanModel(LazyTableModel[PlanItemRow]):
    CONTEXT = "ListeningPlanModel"
    COLUMNS = (
        Column("segment", QT_TRANSLATE_NOOP("ListeningPlanModel", "Segment"),
               lambda r, lang: name_text(r.segment, lang), wrap=True),
        Column("stage", QT_TRANSLATE_NOOP("ListeningPlanModel", "Stage"), lambda r, _: label_text(r.stage),
               wrap=True),
        Column("channel", QT_TRANSLATE_NOOP("ListeningPlanModel", "Channel"),
               lambda r, lang: name_text(r.channel, lang), wrap=True),
        Column("method", QT_TRANSLATE_NOOP("ListeningPlanModel", "Method"), lambda r, _: r.method,
               wrap=True),
        Column("frequency", QT_TRANSLATE_NOOP("ListeningPlanModel", "How often"),
               lambda r, _: label_text(r.frequency)),
        Column("owner", QT_TRANSLATE_NOOP("ListeningPlanModel", "By whom"), lambda r, _: r.owner,
               wrap=True),
        Column("active", QT_TRANSLATE_NOOP("ListeningPlanModel", "In use"), lambda r, _: yes_no(r.active)),
    )  # fmt: skip
    DEFAULT_SORT = ("", Qt.SortOrder.AscendingOrder)  # segments in the catalogue's order
    LANGUAGE_SORT_KEYS = frozenset({"segment", "channel"})

    def __init__(self, service: ListeningPlanService, parent: Any = None, **kwargs: Any) -> None:
        super().__init__(service.count_items, service.list_items, parent, **kwargs)


# Light backgrounds that keep black text readable; the status is also written in the cell,
# so colour is never the only sign.
STATUS_COLOURS = {
    CoverageStatus.COVERED: QColor("#D9F2E3"),
    CoverageStatus.NOT_HEARD: QColor("#FFE9B3"),
    CoverageStatus.UNPLANNED: QColor("#DCEBFA"),
    CoverageStatus.GAP: QColor("#F8D3D3"),
}


class CoverageModel(QAbstractTableModel):
    """Segments down, lifecycle stages across, then the segment's total; each cell shows the
    entries heard, the methods planned and the cell's status."""

    CONTEXT = "CoverageModel"
    TOTAL_TITLE = QT_TRANSLATE_NOOP("CoverageModel", "Heard in total")
    NO_SEGMENT = QT_TRANSLATE_NOOP("CoverageModel", "No segment recorded")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._report: CoverageReport | None = None
        self._language = current_language()

    @property
    def report(self) -> CoverageReport | None:
        return self._report

    def set_report(self, report: CoverageReport | None) -> None:
        self.beginResetModel()
        self._report = report
        self.endResetModel()

    def retranslate(self) -> None:
        self._language = current_language()
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.columnCount() - 1))
        self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, max(0, self.rowCount() - 1))

    def _tr(self, text: str) -> str:
        return QCoreApplication.translate(self.CONTEXT, text)

    def segment_title(self, row: int) -> str:
        assert self._report is not None
        # The domain's matrix takes any hashable key; the service's keys are segment ids.
        key = cast(uuid.UUID | None, self._report.matrix.rows[row].segment)
        name = self._report.segment_name(key)
        return name.in_language(self._language) if name else self._tr(self.NO_SEGMENT)

    def _channel_name(self, key: Hashable) -> str:
        assert self._report is not None
        # The domain's matrix takes any hashable key; the service's keys are channel ids.
        return self._report.channel_name(cast(uuid.UUID, key)).in_language(self._language)

    def cell_at(self, index: Index) -> CoverageCell | None:
        if self._report is None or not index.isValid():
            return None
        stages = self._report.matrix.stages
        if index.column() >= len(stages):
            return None
        return self._report.matrix.rows[index.row()].cells[index.column()]

    def cell_text(self, cell: CoverageCell) -> str:
        heard = number_text(cell.heard, self._language)
        planned = number_text(len(cell.planned), self._language)
        text = QCoreApplication.translate(
            "CoverageModel", "{heard} heard · {planned} planned\n{status}"
        ).format(heard=heard, planned=planned, status=enum_label(cell.status))
        if cell.silent_channels:
            text += "\n" + QCoreApplication.translate(
                "CoverageModel", "Silent planned channels: {count}"
            ).format(count=number_text(len(cell.silent_channels), self._language))
        return text

    def cell_details(self, cell: CoverageCell) -> str:
        """What the plan holds for the cell and which planned channels stayed silent."""
        assert self._report is not None
        lines = []
        for item in cell.planned:
            lines.append(
                QCoreApplication.translate("CoverageModel", "Planned: {method} ({channel})").format(
                    method=item.method, channel=self._channel_name(item.channel)
                )
            )
        if not cell.planned:
            lines.append(
                QCoreApplication.translate("CoverageModel", "No method planned for this stage.")
            )
        for channel in cell.silent_channels:
            name = self._channel_name(channel)
            lines.append(
                QCoreApplication.translate(
                    "CoverageModel", "Nothing heard through {channel}"
                ).format(channel=name)
            )
        for channel, n in cell.heard_by_channel:
            name = self._channel_name(channel)
            lines.append(QCoreApplication.translate("CoverageModel", "Heard through {channel}: {count}").format(
                channel=name, count=number_text(n, self._language)))  # fmt: skip
        return "\n".join(lines)

    # --- Qt's model interface ------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        if parent.isValid() or self._report is None:
            return 0
        return len(self._report.matrix.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid() or self._report is None:
            return 0
        return len(self._report.matrix.stages) + 1

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and self._report is not None:
            if orientation == Qt.Orientation.Horizontal and 0 <= section < self.columnCount():
                stages = self._report.matrix.stages
                return (
                    enum_label(stages[section])
                    if section < len(stages)
                    else self._tr(self.TOTAL_TITLE)
                )
            if orientation == Qt.Orientation.Vertical and 0 <= section < self.rowCount():
                return self.segment_title(section)
        value = super().headerData(section, orientation, role)
        return no_data() if value is None else value

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._report is None or not index.isValid() or not (0 <= index.row() < self.rowCount()):
            return no_data()
        if not (0 <= index.column() < self.columnCount()):
            return no_data()
        cell = self.cell_at(index)
        if cell is None:  # the total column
            if role == Qt.ItemDataRole.DisplayRole:
                return number_text(self._report.matrix.rows[index.row()].heard, self._language)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return no_data()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(cell)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.cell_details(cell)
        if role == Qt.ItemDataRole.BackgroundRole:
            return STATUS_COLOURS[cell.status]
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#000000")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return no_data()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
