"""The benchmark page of a survey: ours beside each comparator, per level, with a chart.

For the survey chosen in the Surveys tab (``set_survey``): a table of our percent score and each
comparator's normalised percent per level (overall, each dimension, each item a comparator
reports), with the difference ours − theirs coloured; horizontal bars of the same; and the
comparators' rows as entered, to add, edit, delete, or import from a file (the import wizard,
kind ``benchmarks``). Everything is read off the GUI thread, once the page is on screen.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vocdesk.domain.messages import UserError
from vocdesk.services.surveys.benchmarks import (
    BenchmarkComparison,
    BenchmarkRow,
    BenchmarkService,
    BenchmarkTargets,
    ComparatorValue,
)
from vocdesk.ui import layout
from vocdesk.ui.errors import show_error
from vocdesk.ui.fiscal_years import fiscal_year_text
from vocdesk.ui.i18n import current_language
from vocdesk.ui.surveys.benchmark_dialog import BenchmarkDialog
from vocdesk.ui.surveys.benchmark_model import (
    BenchmarkComparisonModel,
    BenchmarkRowsModel,
    comparator_title,
    level_text,
)
from vocdesk.ui.surveys.reading_page import SurveyReadingPage
from vocdesk.ui.tasks import TaskRunner
from vocdesk.ui.transfer.import_wizard import ImportWizard
from vocdesk.ui.widgets.charts import ChartKind, ChartWidget, Series, scrolling
from vocdesk.ui.widgets.thai_wrap import ThaiWrapDelegate, WrappingLabel

LEVEL_COLUMN_WIDTH = 220  # a dimension's name on one line, an item's on two
COMPARATOR_COLUMN_WIDTH = 130  # a comparator's percent, under its (elided) name
CHART_LEVELS = 12  # the levels drawn at most; the table lists them all


@dataclass(frozen=True)
class BenchmarkView:
    """What the page shows for one survey, read in one go off the GUI thread."""

    comparison: BenchmarkComparison
    rows: list[BenchmarkRow]
    targets: BenchmarkTargets


class BenchmarkPage(SurveyReadingPage[BenchmarkView]):
    def __init__(
        self, benchmarks: BenchmarkService, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(tasks, parent)
        self.setObjectName("benchmark_page")
        self._service = benchmarks
        self._runner = tasks  # the import wizard needs one too
        self.view: BenchmarkView | None = None
        self.dialog: BenchmarkDialog | None = None

        self.heading = WrappingLabel(parent=self)
        self.heading.setObjectName("benchmark_heading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.hint = WrappingLabel(parent=self)
        self.hint.setObjectName("benchmark_hint")
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("add_benchmark")
        self.add_button.clicked.connect(self.add_benchmark)
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("edit_benchmark")
        self.edit_button.clicked.connect(lambda: self.edit_benchmark(self.selected_row()))
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("delete_benchmark")
        self.delete_button.clicked.connect(lambda: self.delete_benchmark(self.selected_row()))
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("import_benchmarks")
        self.import_button.clicked.connect(self.import_file)

        self.model = BenchmarkComparisonModel(self)
        self.table = _table(self, "benchmark_comparison")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(0, ThaiWrapDelegate(self.table, max_lines=2))
        self.table.doubleClicked.connect(self._comparison_double_clicked)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.model.modelReset.connect(self._size_columns)
        self.chart = ChartWidget(self, kind=ChartKind.HORIZONTAL_BARS)
        self.chart.setObjectName("benchmark_chart")

        self.rows_model = BenchmarkRowsModel(self)
        self.rows_table = _table(self, "benchmark_rows")
        self.rows_table.setModel(self.rows_model)
        self.rows_table.horizontalHeader().setStretchLastSection(True)
        self.rows_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.rows_table.doubleClicked.connect(
            lambda index: self.edit_benchmark(self.rows_model.row_at(index.row()))
        )
        selection = self.rows_table.selectionModel()
        selection.selectionChanged.connect(lambda *_: self._enable())
        self.rows_model.modelReset.connect(self._enable)

        buttons = QHBoxLayout()
        buttons.setSpacing(layout.BUTTON_SPACING)
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        self.rows_group = QGroupBox(self)
        rows_box = QVBoxLayout(self.rows_group)
        rows_box.addWidget(self.rows_table, 1)
        rows_box.addLayout(buttons)
        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(self.table)
        top.addWidget(scrolling(self.chart))
        top.setStretchFactor(0, 1)
        top.setStretchFactor(1, 1)
        top.setSizes([760, 640])
        body = QSplitter(Qt.Orientation.Vertical, self)
        body.addWidget(top)
        body.addWidget(self.rows_group)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        body.setSizes([540, 300])
        box = QVBoxLayout(self)
        box.setContentsMargins(0, layout.MARGIN, 0, 0)
        box.setSpacing(layout.SPACING)
        box.addWidget(self.heading)
        box.addWidget(self.hint)
        box.addWidget(body, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Benchmarks")

    # --- the survey ------------------------------------------------------------------------
    def set_survey(self, survey_id: uuid.UUID | None) -> None:
        """Show ``survey_id``'s comparison (read now if the page is on screen, else when shown)."""
        if survey_id != self.survey_id():
            self.view = None  # the other survey's comparison goes at once
        super().set_survey(survey_id)
        self._draw()

    # --- reading (SurveyReadingPage) -------------------------------------------------------
    def _reader(self, survey_id: uuid.UUID) -> Callable[[], BenchmarkView]:
        service = self._service
        return lambda: BenchmarkView(
            service.comparison(survey_id),
            service.list_benchmarks(survey_id),
            service.targets(survey_id),
        )

    def _reading_title(self) -> str:
        return self.tr("Comparing with the comparators…")

    def _show(self, figures: BenchmarkView | None) -> None:
        self.view = figures
        self._draw()

    # --- drawing ---------------------------------------------------------------------------
    def _size_columns(self) -> None:
        """The level's name gets a fixed room; a comparator's long name is elided in its heading
        (whole in the tooltip), so that ours, theirs and the difference stay in view together."""
        header = self.table.horizontalHeader()
        header.resizeSection(0, LEVEL_COLUMN_WIDTH)
        for column in range(2, self.model.columnCount(), 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, COMPARATOR_COLUMN_WIDTH)

    def _draw(self) -> None:
        lang = current_language()
        view = self.view
        self.model.set_comparison(view.comparison if view else None)
        self.rows_model.set_rows(view.rows if view else [])
        if view is None:
            self.heading.setText(
                self.tr("Choose a survey to compare it with other agencies.")
                if self._survey_id is None
                else self.tr("Reading…")
            )
            self.chart.set_data([], [])
            self._enable()
            return
        comparison = view.comparison
        self.heading.setText(
            self.tr("{code} {title}: ours beside the comparators").format(
                code=comparison.survey_code, title=comparison.survey_title.in_language(lang)
            )
        )
        levels = [
            level for level in comparison.levels if any(v is not None for v in level.values)
        ] or list(comparison.levels)
        levels = levels[:CHART_LEVELS]
        series = [Series(self.tr("Ours"), [level.ours or 0.0 for level in levels])]
        for index, comparator in enumerate(comparison.comparators):
            series.append(
                Series(
                    comparator_title(comparator.organisation, comparator.fiscal_year),
                    [_drawn(level.values[index]) for level in levels],
                )
            )
        self.chart.set_language(lang)
        self.chart.set_data(
            [level_text(lvl.level, lvl.name.in_language(lang), lvl.code) for lvl in levels],
            series,
            title=self.tr("Percent score: ours and the comparators'"),
            decimals=1,
        )
        self._enable()

    def _enable(self) -> None:
        chosen = self.view is not None
        self.add_button.setEnabled(chosen)
        self.import_button.setEnabled(self._survey_id is not None)
        picked = self.selected_row() is not None
        self.edit_button.setEnabled(picked)
        self.delete_button.setEnabled(picked)

    # --- actions ---------------------------------------------------------------------------
    def selected_row(self) -> BenchmarkRow | None:
        model = self.rows_table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        return self.rows_model.row_at(rows[0].row()) if rows else None

    def add_benchmark(self) -> BenchmarkDialog | None:
        return self._open_dialog(None)

    def edit_benchmark(self, row: BenchmarkRow | None) -> BenchmarkDialog | None:
        return None if row is None else self._open_dialog(row)

    def _open_dialog(self, row: BenchmarkRow | None) -> BenchmarkDialog | None:
        if self.view is None or self._survey_id is None:
            return None
        dialog = BenchmarkDialog(self._service, self._survey_id, self.view.targets, row, self)
        dialog.accepted.connect(self.refresh)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()  # window-modal, and the event loop keeps running
        return dialog

    def _comparison_double_clicked(self, index: QModelIndex) -> None:
        """A comparator's cell opens its row; elsewhere, nothing."""
        if index.column() < 2 or self.view is None:
            return
        value = self.model.level_at(index.row()).values[(index.column() - 2) // 2]
        if value is not None:
            row = next((r for r in self.view.rows if r.id == value.benchmark_id), None)
            self.edit_benchmark(row)

    def delete_benchmark(self, row: BenchmarkRow | None) -> None:
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete comparator's result"),
            self.tr("Delete the result of {organisation} for {year}?").format(
                organisation=row.organisation, year=fiscal_year_text(row.fiscal_year)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._service.delete_benchmark(row.id)
        except Exception as error:  # noqa: BLE001 - shown to the user, never a traceback
            show_error(self, error)
        self.refresh()

    def import_file(self) -> ImportWizard | None:
        """The import wizard for a comparators' file (kind ``benchmarks``)."""
        try:
            wizard = ImportWizard("benchmarks", self._service.database, self._runner, self)
        except UserError as error:
            show_error(self, error)
            return None
        wizard.imported.connect(lambda _summary: self.refresh())
        wizard.finished.connect(wizard.deleteLater)
        wizard.open()
        return wizard

    # --- language --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "Every figure is a percent score: a mean ÷ the scale's points × 100 (4.21 on a "
                "5-point scale is 84.2%), a percent as published. Difference: ours − theirs, in "
                "percentage points; green when we score higher."
            )
        )
        self.add_button.setText(self.tr("&Add…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.import_button.setText(self.tr("&Import a file…"))
        self.rows_group.setTitle(self.tr("Comparators' results as entered or imported"))
        self._draw()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _drawn(value: ComparatorValue | None) -> float:
    """A comparator's bar: none where it reports nothing (or a stored value fits no scale)."""
    return 0.0 if value is None or math.isnan(value.percent) else value.percent


def _table(parent: QWidget, name: str) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(layout.DEFAULT_ROW_HEIGHT)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table
