"""The listening plan page: the coverage matrix of a chosen period above the plan's lines.

The matrix (segment × lifecycle stage) marks each cell by colour and in words: planned and
heard, planned but nothing heard, heard without a plan, or neither. Its counts are read off the
GUI thread when a task runner is given.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vocdesk.domain.fiscal import Period
from vocdesk.domain.listening.coverage import CoverageStatus
from vocdesk.services.listening.plan import (
    CoverageReport,
    ListeningPlanService,
    PlanItemRow,
)
from vocdesk.ui import layout
from vocdesk.ui.errors import show_error
from vocdesk.ui.i18n import current_language
from vocdesk.ui.labels import enum_label
from vocdesk.ui.listening.plan_item_form import PlanItemForm
from vocdesk.ui.listening.plan_model import (
    STATUS_COLOURS,
    CoverageModel,
    ListeningPlanModel,
)
from vocdesk.ui.models.display import number_text
from vocdesk.ui.tasks import TaskRunner
from vocdesk.ui.widgets.period_picker import PeriodPicker
from vocdesk.ui.widgets.searchable_table import SearchableTable

COVERAGE_ROW_HEIGHT = 58  # two lines of Thai with their marks


class ListeningPlanPage(QWidget):
    def __init__(
        self,
        service: ListeningPlanService,
        tasks: TaskRunner | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("listening_plan_page")
        self._service = service
        self._tasks = tasks
        self._generation = 0  # only the newest coverage read is shown
        self._stale = True  # the coverage is read when the page is first shown, not before
        self.period_picker = PeriodPicker(self, today)
        self.period_picker.period_changed.connect(lambda _period: self.load_coverage())
        self.coverage_title = QLabel(self)
        self.coverage_title.setObjectName("coverage_title")
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("coverage_summary")
        self.summary_label.setWordWrap(True)
        self.legend = [QLabel(self) for _ in CoverageStatus]
        for label, status in zip(self.legend, CoverageStatus, strict=True):
            label.setStyleSheet(
                f"background: {STATUS_COLOURS[status].name()}; color: black; padding: 2px 6px;"
            )
        self.coverage_model = CoverageModel(self)
        self.coverage_view = QTableView(self)
        self.coverage_view.setObjectName("coverage")
        self.coverage_view.setModel(self.coverage_model)
        self.coverage_view.setWordWrap(True)
        self.coverage_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.coverage_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.coverage_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.coverage_view.verticalHeader().setDefaultSectionSize(COVERAGE_ROW_HEIGHT)
        self.coverage_model.modelReset.connect(self._fit_coverage)
        # What a cell holds, for the keyboard too (a tooltip needs the mouse).
        self.cell_details = QLabel(self)
        self.cell_details.setObjectName("coverage_cell_details")
        self.cell_details.setWordWrap(True)
        self.coverage_view.selectionModel().currentChanged.connect(
            lambda current, _previous: self._show_cell(current)
        )
        self.coverage_model.modelReset.connect(self.cell_details.clear)
        self.coverage_view.verticalHeader().setMaximumWidth(260)

        self.plan_group = QGroupBox(self)
        self.plan_table = SearchableTable(ListeningPlanModel(service), self.plan_group)
        self.plan_table.row_activated.connect(self.edit_item)
        self.new_button = QPushButton(self.plan_group)
        self.new_button.setObjectName("new_plan_item")
        self.new_button.clicked.connect(self.new_item)
        self.edit_button = QPushButton(self.plan_group)
        self.edit_button.setObjectName("edit_plan_item")
        self.edit_button.clicked.connect(lambda: self.edit_item(self.selected_item()))
        self.delete_button = QPushButton(self.plan_group)
        self.delete_button.setObjectName("delete_plan_item")
        self.delete_button.clicked.connect(lambda: self.delete_item(self.selected_item()))
        buttons = QHBoxLayout()
        buttons.setSpacing(layout.BUTTON_SPACING)
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        plan_box = QVBoxLayout(self.plan_group)
        plan_box.addLayout(buttons)
        plan_box.addWidget(self.plan_table, 1)

        top = QHBoxLayout()
        top.setSpacing(layout.SPACING)
        top.addWidget(self.coverage_title)
        top.addStretch(1)
        top.addWidget(self.period_picker)
        legend_row = QHBoxLayout()
        legend_row.setSpacing(layout.SPACING)
        for label in self.legend:
            legend_row.addWidget(label)
        legend_row.addStretch(1)
        coverage_part = QWidget(self)
        coverage_box = QVBoxLayout(coverage_part)
        coverage_box.setContentsMargins(0, 0, 0, 0)
        coverage_box.addLayout(top)
        coverage_box.addLayout(legend_row)
        coverage_box.addWidget(self.coverage_view, 1)
        coverage_box.addWidget(self.summary_label)
        coverage_box.addWidget(self.cell_details)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(coverage_part)
        splitter.addWidget(self.plan_group)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, layout.MARGIN, 0, 0)
        box.addWidget(splitter)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Listening plan and coverage")

    @property
    def plan_model(self) -> ListeningPlanModel:
        return self.plan_table.model

    def period(self) -> Period:
        return self.period_picker.period()

    # --- coverage ------------------------------------------------------------------------
    def load_coverage(self) -> None:
        """Read the coverage of the chosen period (in the background when there is a runner);
        a hidden page only notes that it must read it once shown."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._generation += 1
        generation, period = self._generation, self.period()
        if self._tasks is None:
            try:
                self._show_coverage(generation, self._service.coverage(period))
            except Exception as error:  # noqa: BLE001 - shown to the user, never a traceback
                show_error(self, error)
            return
        self._tasks.run(
            lambda _progress: self._service.coverage(period),
            on_done=lambda report: self._show_coverage(generation, report),
            title=self.tr("Reading the coverage…"),
            parent_widget=self,
        )

    def _show_coverage(self, generation: int, report: CoverageReport) -> None:
        if generation != self._generation:
            return  # a later period was chosen meanwhile
        self.coverage_model.set_report(report)
        self._show_summary()

    def _fit_coverage(self) -> None:
        header = self.coverage_view.horizontalHeader()
        total = self.coverage_model.columnCount() - 1
        if total > 0:  # the stages share the width; the total only needs its number
            header.setSectionResizeMode(total, QHeaderView.ResizeMode.ResizeToContents)
        self.coverage_view.resizeRowsToContents()

    def _show_cell(self, index: Any) -> None:
        cell = self.coverage_model.cell_at(index)
        if cell is None:
            self.cell_details.clear()
            return
        heading = self.tr("{segment}, {stage}:").format(
            segment=self.coverage_model.segment_title(index.row()), stage=enum_label(cell.stage)
        )
        self.cell_details.setText(
            heading + " " + self.coverage_model.cell_details(cell).replace("\n", "; ")
        )

    def _show_summary(self) -> None:
        report = self.coverage_model.report
        if report is None:
            self.summary_label.clear()
            return
        matrix, lang = report.matrix, current_language()
        self.summary_label.setText(
            # Said as "label: count" so that one cell and many read right in both languages.
            self.tr(
                "Cells planned and heard: {covered}; planned with nothing heard: {not_heard}; "
                "heard without a plan: {unplanned}; with neither a plan nor a voice: {gaps}."
            ).format(
                covered=number_text(matrix.count(CoverageStatus.COVERED), lang),
                not_heard=number_text(matrix.count(CoverageStatus.NOT_HEARD), lang),
                unplanned=number_text(matrix.count(CoverageStatus.UNPLANNED), lang),
                gaps=number_text(matrix.count(CoverageStatus.GAP), lang),
            )
        )

    # --- the plan's lines ----------------------------------------------------------------
    def selected_item(self) -> PlanItemRow | None:
        rows = self.plan_table.view.selectionModel().selectedRows()
        return self.plan_model.row_at(rows[0].row()) if rows else None

    def new_item(self) -> PlanItemForm:
        return self._open_form(PlanItemForm(self._service, None, self))

    def edit_item(self, item: PlanItemRow | None) -> PlanItemForm | None:
        if item is None:
            return None
        return self._open_form(PlanItemForm(self._service, item, self))

    def _open_form(self, form: PlanItemForm) -> PlanItemForm:
        form.accepted.connect(self.refresh)
        form.finished.connect(form.deleteLater)
        form.open()  # window-modal, and the event loop keeps running
        return form

    def delete_item(self, item: PlanItemRow | None) -> None:
        if item is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete plan line"),
            self.tr("Delete “{method}” from the listening plan?").format(method=item.method),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._service.delete_item(item.id)
        except Exception as error:  # noqa: BLE001 - shown to the user, never a traceback
            show_error(self, error)
        self.refresh()

    def refresh(self) -> None:
        self.plan_model.reload()
        self.load_coverage()

    # --- language ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.coverage_title.setText(self.tr("Coverage: segment × stage of the service"))
        for label, status in zip(self.legend, CoverageStatus, strict=True):
            label.setText(enum_label(status))
        self.plan_group.setTitle(
            self.tr("Listening plan: methods and channels per segment and stage")
        )
        self.plan_table.set_placeholder(self.tr("Search the method, owner, segment or channel"))
        self.new_button.setText(self.tr("&New plan line…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.coverage_view.setToolTip(
            self.tr("Point at a cell to see its planned methods and channels")
        )
        self.coverage_model.retranslate()
        self._show_summary()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's virtual
        super().showEvent(event)
        if self._stale:
            self.load_coverage()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
