"""The complaint KPI breakdown: one row per category (or channel, segment, unit, office)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from vocdesk.domain.complaint_kpis import KpiFigures
from vocdesk.services.complaint_kpis import ComplaintKpiReport, KpiGroup
from vocdesk.ui.i18n import current_language
from vocdesk.ui.models.display import number_text, percent_text
from vocdesk.ui.models.no_data import no_data

Index = QModelIndex | QPersistentModelIndex
CONTEXT = "ComplaintKpisModel"
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
NONE_RECORDED = QT_TRANSLATE_NOOP("ComplaintKpisModel", "None recorded")

Cell = Callable[[KpiFigures, str], str]


def _count(attribute: str) -> Cell:
    return lambda figures, lang: number_text(getattr(figures, attribute), lang)


def _percent(attribute: str) -> Cell:
    return lambda figures, lang: percent_text(getattr(figures, attribute), lang)


def _decimal(attribute: str) -> Cell:
    return lambda figures, lang: number_text(getattr(figures, attribute), lang, 1)


# (short heading, full heading for the tooltip, cell text): the first column is the group's name.
COLUMNS: tuple[tuple[str, str, Cell], ...] = (
    (QT_TRANSLATE_NOOP("ComplaintKpisModel", "Received"), QT_TRANSLATE_NOOP("ComplaintKpisModel", "Cases received"),
     _count("received")),
    (QT_TRANSLATE_NOOP("ComplaintKpisModel", "Ack. in time"),
     QT_TRANSLATE_NOOP("ComplaintKpisModel", "Acknowledged within standard"), _percent("acknowledged_pct")),
    (QT_TRANSLATE_NOOP("ComplaintKpisModel", "1st reply in time"),
     QT_TRANSLATE_NOOP("ComplaintKpisModel", "First response within standard"), _percent("first_response_pct")),
    (QT_TRANSLATE_NOOP("ComplaintKpisModel", "Resolved in time"),
     QT_TRANSLATE_NOOP("ComplaintKpisModel", "Resolved within standard"), _percent("resolved_pct")),
    (QT_TRANSLATE_NOOP("ComplaintKpisModel", "Notified in time"),
     QT_TRANSLATE_NOOP("ComplaintKpisModel", "Result notified to the complainant within standard"), _percent("notified_pct")),
    (QT_TRANSLATE_NOOP("ComplaintKpisModel", "Mean days"),
     QT_TRANSLATE_NOOP("ComplaintKpisModel", "Mean working days to resolve"), _decimal("mean_days")),
    (QT_TRANSLATE_NOOP("ComplaintKpisModel", "Median days"),
     QT_TRANSLATE_NOOP("ComplaintKpisModel", "Median working days to resolve"), _decimal("median_days")),
    (QT_TRANSLATE_NOOP("ComplaintKpisModel", "Open"), QT_TRANSLATE_NOOP("ComplaintKpisModel", "Open today"),
     _count("open")),
    (QT_TRANSLATE_NOOP("ComplaintKpisModel", "Overdue"), QT_TRANSLATE_NOOP("ComplaintKpisModel", "Overdue today"),
     _count("overdue")),
    (QT_TRANSLATE_NOOP("ComplaintKpisModel", "Reopened"), QT_TRANSLATE_NOOP("ComplaintKpisModel", "Reopen rate"),
     _percent("reopen_rate")),
    (QT_TRANSLATE_NOOP("ComplaintKpisModel", "Satisfaction"),
     QT_TRANSLATE_NOOP("ComplaintKpisModel", "Satisfaction with complaint handling (1–5)"),
     lambda figures, lang: number_text(figures.satisfaction_mean, lang, 2)),
    (QT_TRANSLATE_NOOP("ComplaintKpisModel", "Satisfied"),
     QT_TRANSLATE_NOOP("ComplaintKpisModel", "Share of complainants satisfied (4–5)"), _percent("satisfied_pct")),
    (QT_TRANSLATE_NOOP("ComplaintKpisModel", "Trust"),
     QT_TRANSLATE_NOOP("ComplaintKpisModel", "Share of complainants asked at follow-up whose trust was restored"),
     _percent("trust_restored_pct")),
)  # fmt: skip


class ComplaintKpisModel(QAbstractTableModel):
    """A small table computed at once from a ``ComplaintKpiReport``; a new report resets it."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._report: ComplaintKpiReport | None = None
        self._group_title = ""
        self._rows: list[list[str]] = []

    def set_report(self, report: ComplaintKpiReport | None, group_title: str = "") -> None:
        self.beginResetModel()
        self._report = report
        self._group_title = group_title or self._group_title
        self._rows = self._build(report) if report is not None else []
        self.endResetModel()

    def retranslate(self, group_title: str) -> None:
        self.set_report(self._report, group_title)

    def groups(self) -> list[KpiGroup]:
        return list(self._report.groups) if self._report is not None else []

    def text(self, row: int, column: int) -> str:
        return self._rows[row][column]

    def _build(self, report: ComplaintKpiReport) -> list[list[str]]:
        lang = current_language()
        none = QCoreApplication.translate(CONTEXT, NONE_RECORDED)
        return [
            [group.name.in_language(lang) or none] + [cell(group.figures, lang) for _, _, cell in COLUMNS]
            for group in report.groups
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS) + 1

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < self.columnCount():
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                if section == 0:
                    return self._group_title
                short, full, _cell = COLUMNS[section - 1]
                return QCoreApplication.translate(CONTEXT, short if role == Qt.ItemDataRole.DisplayRole else full)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _LEFT if section == 0 else _RIGHT
        value = super().headerData(section, orientation, role)
        return no_data() if value is None else value

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return no_data()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if index.column() == 0 else _RIGHT
        return no_data()
