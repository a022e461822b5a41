"""The Overview tab's small tables: the period's feedback by channel or by stage, the coverage
cells to look at, the overdue cases.

A handful of rows computed at once by the overview service, so small (not lazy) models.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from vocdesk.domain.listening.coverage import CoverageStatus
from vocdesk.domain.messages import QT_TRANSLATE_NOOP
from vocdesk.services.overview.figures import (
    FeedbackFigures,
    GapCell,
    OverdueCase,
    OverviewSummary,
)
from vocdesk.ui.i18n import current_language
from vocdesk.ui.models.display import (
    date_text,
    label_text,
    name_text,
    number_text,
    percent_text,
)
from vocdesk.ui.models.no_data import no_data
from vocdesk.ui.models.small_table import SmallTableModel

Index = QModelIndex | QPersistentModelIndex

BY_CHANNEL = "channel"
BY_STAGE = "stage"


class FeedbackBreakdownModel(SmallTableModel):
    CONTEXT = "FeedbackBreakdownModel"
    TITLES = {
        BY_CHANNEL: QT_TRANSLATE_NOOP("FeedbackBreakdownModel", "Channel"),
        BY_STAGE: QT_TRANSLATE_NOOP("FeedbackBreakdownModel", "Stage of the service"),
    }
    COUNT_TITLE = QT_TRANSLATE_NOOP("FeedbackBreakdownModel", "Feedback entries")
    SHARE_TITLE = QT_TRANSLATE_NOOP("FeedbackBreakdownModel", "Share")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._summary: OverviewSummary | None = None
        self._figures: FeedbackFigures | None = None
        self._mode = BY_CHANNEL
        self._language = current_language()

    @property
    def mode(self) -> str:
        return self._mode

    def set_summary(self, summary: OverviewSummary) -> None:
        self.beginResetModel()
        self._summary, self._figures = summary, None
        self.endResetModel()

    def set_figures(self, figures: FeedbackFigures) -> None:
        """Show a period's feedback (``OverviewService.figures(...).feedback``)."""
        self.beginResetModel()
        self._summary, self._figures = None, figures
        self.endResetModel()

    def key_at(self, row: int) -> Any:
        """The channel id or the stage of ``row`` (for opening the matching list)."""
        if self._figures is not None:
            items: list[Any] = (
                [c.channel_id for c in self._figures.by_channel]
                if self._mode == BY_CHANNEL
                else [s.stage for s in self._figures.by_stage]
            )
        elif self._summary is not None:
            items = (
                [c.code for c in self._summary.feedback_by_channel]
                if self._mode == BY_CHANNEL
                else [s.stage for s in self._summary.feedback_by_stage]
            )
        else:
            items = []
        return items[row] if 0 <= row < len(items) else None

    def _total(self) -> int:
        if self._figures is not None:
            return self._figures.total
        return self._summary.feedback_this_year if self._summary else 0

    def set_mode(self, mode: str) -> None:
        if mode not in self.TITLES:
            raise ValueError(f"unknown breakdown {mode!r}")
        if mode != self._mode:
            self.beginResetModel()
            self._mode = mode
            self.endResetModel()

    def retranslate(self) -> None:
        self._language = current_language()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 2))

    def _rows(self) -> list[tuple[str, int]]:
        if self._figures is not None:
            if self._mode == BY_CHANNEL:
                return [
                    (name_text(c.channel, self._language), c.total)
                    for c in self._figures.by_channel
                ]
            return [(label_text(s.stage), s.count) for s in self._figures.by_stage]
        if self._summary is None:
            return []
        if self._mode == BY_CHANNEL:
            return [
                (name_text(c.channel, self._language), c.count)
                for c in self._summary.feedback_by_channel
            ]
        return [(label_text(s.stage), s.count) for s in self._summary.feedback_by_stage]

    # --- SmallTableModel ---------------------------------------------------------------
    def titles(self) -> list[str]:
        titles = (self.TITLES[self._mode], self.COUNT_TITLE, self.SHARE_TITLE)
        return [QCoreApplication.translate(self.CONTEXT, title) for title in titles]

    def row_count(self) -> int:
        return len(self._rows())

    def column_count(self) -> int:
        return 3

    def cell(self, row: int, column: int) -> str:
        label, count = self._rows()[row]
        if column == 0:
            return label
        if column == 1:
            return number_text(count, self._language)
        total = self._total()
        return percent_text(100.0 * count / total if total else None, self._language)

    def snapshot(self) -> tuple[list[str], list[list[Any]]]:
        """Headers and rows as shown, for an export."""
        headers = self.titles()
        total = self._total()
        rows = [[label, count, round(100.0 * count / total, 2) if total else None]
                for label, count in self._rows()]  # fmt: skip
        return headers, rows


class OverdueCasesModel(QAbstractTableModel):
    """The overdue complaint cases the Overview lists for supervisors (a few hundred at most,
    read at once, longest overdue first)."""

    CONTEXT = "OverdueCasesModel"
    # The number and how late first: what a supervisor reads down; the category last.
    TITLES = (
        QT_TRANSLATE_NOOP("OverdueCasesModel", "Number"),
        QT_TRANSLATE_NOOP("OverdueCasesModel", "Days late"),
        QT_TRANSLATE_NOOP("OverdueCasesModel", "Subject"),
        QT_TRANSLATE_NOOP("OverdueCasesModel", "Unit / officer"),
        QT_TRANSLATE_NOOP("OverdueCasesModel", "Due"),
        QT_TRANSLATE_NOOP("OverdueCasesModel", "Category"),
    )
    DAYS_LATE_COLUMN = 1
    SUBJECT_COLUMN = 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._cases: list[OverdueCase] = []
        self._language = current_language()

    def set_cases(self, cases: list[OverdueCase]) -> None:
        self.beginResetModel()
        self._cases = list(cases)
        self.endResetModel()

    def case_at(self, row: int) -> OverdueCase | None:
        return self._cases[row] if 0 <= row < len(self._cases) else None

    def retranslate(self) -> None:
        self._language = current_language()
        if self._cases:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._cases) - 1, len(self.TITLES) - 1)
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.TITLES) - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._cases)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.TITLES)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.TITLES):
            return QCoreApplication.translate(self.CONTEXT, self.TITLES[section])
        return no_data()

    def _text(self, case: OverdueCase, column: int) -> str:
        lang = self._language
        if column == 0:
            return case.number
        if column == 1:
            return number_text(case.days_late, lang)
        if column == 2:
            return (
                QCoreApplication.translate("ComplaintsModel", "(confidential case)")
                if case.hidden
                else case.subject
            )
        if column == 3:
            return " · ".join(p for p in (case.unit, case.assigned_to) if p)
        if column == 4:
            return date_text(case.due_on, lang)
        return name_text(case.category, lang)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._cases)):
            return no_data()
        case = self._cases[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(case, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            right = index.column() == self.DAYS_LATE_COLUMN
            return int((Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft)
                       | Qt.AlignmentFlag.AlignVCenter)  # fmt: skip
        return no_data()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def snapshot(self) -> tuple[list[str], list[list[Any]]]:
        headers = [QCoreApplication.translate(self.CONTEXT, t) for t in self.TITLES]
        return headers, [
            [self._text(c, col) for col in range(len(self.TITLES))] for c in self._cases
        ]


class GapCellsModel(SmallTableModel):
    """The coverage cells to look at: planned with nothing heard, then neither plan nor voice."""

    CONTEXT = "GapCellsModel"
    TITLES = (
        QT_TRANSLATE_NOOP("GapCellsModel", "Segment"),
        QT_TRANSLATE_NOOP("GapCellsModel", "Stage of the service"),
        QT_TRANSLATE_NOOP("GapCellsModel", "What is missing"),
    )
    STATUS_TEXT = {
        CoverageStatus.NOT_HEARD: QT_TRANSLATE_NOOP("GapCellsModel", "Planned, nothing heard"),
        CoverageStatus.GAP: QT_TRANSLATE_NOOP("GapCellsModel", "Neither a plan nor a voice"),
    }
    NO_SEGMENT = QT_TRANSLATE_NOOP("GapCellsModel", "(no segment)")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._cells: list[GapCell] = []
        self._language = current_language()

    def set_cells(self, cells: tuple[GapCell, ...] | list[GapCell]) -> None:
        self.beginResetModel()
        self._cells = list(cells)
        self.endResetModel()

    def cell_at(self, row: int) -> GapCell | None:
        return self._cells[row] if 0 <= row < len(self._cells) else None

    def retranslate(self) -> None:
        self._language = current_language()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.TITLES) - 1)
        if self._cells:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._cells) - 1, len(self.TITLES) - 1)
            )

    def titles(self) -> list[str]:
        return [QCoreApplication.translate(self.CONTEXT, title) for title in self.TITLES]

    def row_count(self) -> int:
        return len(self._cells)

    def column_count(self) -> int:
        return len(self.TITLES)

    def cell(self, row: int, column: int) -> str:
        gap = self._cells[row]
        if column == 0:
            if gap.segment is None:
                return QCoreApplication.translate(self.CONTEXT, self.NO_SEGMENT)
            return name_text(gap.segment, self._language)
        if column == 1:
            return label_text(gap.stage)
        text = self.STATUS_TEXT.get(gap.status)
        return QCoreApplication.translate(self.CONTEXT, text) if text else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid():
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)

    def headerData(  # noqa: N802 - Qt's API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and orientation == Qt.Orientation.Horizontal:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return super().headerData(section, orientation, role)
