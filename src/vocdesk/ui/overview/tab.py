"""The Overview tab: how much is recorded, which complaints need attention, and how this fiscal
year's feedback arrived (by channel or by stage of the service).

Its figures count every record, which at a million listening entries takes a while: given the
window's ``TaskRunner`` it reads them on a worker thread and keeps showing the previous figures
until the new ones arrive; a result overtaken by a newer request (another fiscal year) is
dropped. Without a runner it reads synchronously (tests, screenshots)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from vocdesk.domain.thai_dates import format_date
from vocdesk.services.overview.figures import (
    OverdueCase,
    OverviewService,
    OverviewSummary,
)
from vocdesk.ui import layout
from vocdesk.ui.complaints.cases_model import OVERDUE_COLOUR
from vocdesk.ui.errors import show_error
from vocdesk.ui.i18n import current_language
from vocdesk.ui.models.display import number_text
from vocdesk.ui.models.table_export import TableSnapshot
from vocdesk.ui.overview.model import (
    BY_CHANNEL,
    BY_STAGE,
    FeedbackBreakdownModel,
    OverdueCasesModel,
)
from vocdesk.ui.tasks import Progress, TaskRunner
from vocdesk.ui.widgets.thai_wrap import WrappingLabel

COUNT_KEYS = ("stakeholders", "feedback", "surveys", "survey_responses", "complaints", "activities")
ATTENTION_KEYS = ("open", "overdue", "due_soon")


@dataclass(frozen=True)
class _Figures:
    """What one load read: the fiscal years there are data for (None: not re-read), the
    chosen year's summary and the overdue cases."""

    years: list[int] | None
    summary: OverviewSummary
    overdue: list[OverdueCase]


class OverviewTab(QWidget):
    case_requested = Signal(object)  # an overdue case double-clicked (or Enter): its id

    def __init__(
        self,
        overview: OverviewService,
        parent: QWidget | None = None,
        *,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = overview
        self._tasks = tasks
        self._generation = 0
        self._loading = False
        self._summary: OverviewSummary | None = None

        self.heading = WrappingLabel("", self)
        self.heading.setObjectName("overview_heading")
        heading_font = self.heading.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.3)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)

        self.records_box = QGroupBox(self)
        self.attention_box = QGroupBox(self)
        self.feedback_box = QGroupBox(self)
        self._names: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        self._fill_grid(self.records_box, COUNT_KEYS, columns=3)
        self._fill_grid(self.attention_box, ATTENTION_KEYS, columns=3)

        self.year_choice = QComboBox(self)
        self.year_choice.setObjectName("fiscal_year_choice")
        self.year_label = QLabel(self)
        self.year_label.setBuddy(self.year_choice)
        self.breakdown_choice = QComboBox(self)
        self.breakdown_choice.setObjectName("breakdown_choice")
        self.breakdown_choice.addItem("", BY_CHANNEL)
        self.breakdown_choice.addItem("", BY_STAGE)
        self.breakdown_total = QLabel(self)
        self.breakdown = FeedbackBreakdownModel(self)
        self.breakdown_view = QTableView(self)
        self.breakdown_view.setObjectName("breakdown_table")
        self.breakdown_view.setModel(self.breakdown)
        self.breakdown_view.verticalHeader().setVisible(False)
        self.breakdown_view.verticalHeader().setDefaultSectionSize(layout.DEFAULT_ROW_HEIGHT)
        self.breakdown_view.setAlternatingRowColors(True)
        header = self.breakdown_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.breakdown_choice.currentIndexChanged.connect(
            lambda _i: self.breakdown.set_mode(self.breakdown_choice.currentData())
        )
        choice_row = QHBoxLayout()
        choice_row.setSpacing(layout.SPACING)
        choice_row.addWidget(self.year_label)
        choice_row.addWidget(self.year_choice)
        choice_row.addSpacing(layout.SECTION_SPACING)
        choice_row.addWidget(self.breakdown_choice)
        choice_row.addStretch(1)
        choice_row.addWidget(self.breakdown_total)
        feedback_box = QVBoxLayout(self.feedback_box)
        feedback_box.setSpacing(layout.SPACING)
        feedback_box.addLayout(choice_row)
        feedback_box.addWidget(self.breakdown_view, 1)

        # The overdue cases, longest overdue first: what a supervisor chases today.
        self.overdue_box = QGroupBox(self)
        self.overdue_cases = OverdueCasesModel(self)
        self.overdue_view = QTableView(self)
        self.overdue_view.setObjectName("overdue_table")
        self.overdue_view.setModel(self.overdue_cases)
        self.overdue_view.verticalHeader().setVisible(False)
        self.overdue_view.verticalHeader().setDefaultSectionSize(layout.DEFAULT_ROW_HEIGHT)
        self.overdue_view.setAlternatingRowColors(True)
        self.overdue_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.overdue_view.setWordWrap(False)
        overdue_header = self.overdue_view.horizontalHeader()
        overdue_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        overdue_header.setSectionResizeMode(
            OverdueCasesModel.SUBJECT_COLUMN, QHeaderView.ResizeMode.Stretch
        )
        overdue_header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        overdue_header.setSectionResizeMode(5, QHeaderView.ResizeMode.Interactive)
        overdue_header.setStretchLastSection(False)
        self.overdue_view.setColumnWidth(3, 150)
        self.overdue_view.setColumnWidth(5, 150)
        self.overdue_view.activated.connect(self._open_overdue)
        overdue_box = QVBoxLayout(self.overdue_box)
        overdue_box.addWidget(self.overdue_view)

        top = QHBoxLayout()
        top.setSpacing(layout.SECTION_SPACING)
        top.addWidget(self.records_box, 3)
        top.addWidget(self.attention_box, 2)
        page = QVBoxLayout(self)
        page.setContentsMargins(layout.MARGIN, layout.MARGIN, layout.MARGIN, layout.MARGIN)
        page.setSpacing(layout.SECTION_SPACING)
        page.addWidget(self.heading)
        page.addLayout(top)
        lower = QHBoxLayout()
        lower.setSpacing(layout.SECTION_SPACING)
        lower.addWidget(self.feedback_box, 2)
        lower.addWidget(self.overdue_box, 3)
        page.addLayout(lower, 1)
        self.retranslate()
        self.refresh()
        self.year_choice.currentIndexChanged.connect(lambda _i: self._load())

    def _fill_grid(self, box: QGroupBox, keys: tuple[str, ...], columns: int) -> None:
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(layout.SECTION_SPACING)
        grid.setVerticalSpacing(layout.SPACING)
        for i, key in enumerate(keys):
            name = WrappingLabel("", box)
            value = QLabel("0", box)
            value.setObjectName(f"count_{key}")
            font = value.font()
            font.setPointSizeF(font.pointSizeF() * 1.8)
            font.setBold(True)
            value.setFont(font)
            row, col = divmod(i, columns)
            grid.addWidget(value, 2 * row, col, Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(name, 2 * row + 1, col, Qt.AlignmentFlag.AlignTop)
            self._names[key] = name
            self.values[key] = value
        for col in range(columns):
            grid.setColumnStretch(col, 1)

    def _open_overdue(self, index) -> None:  # noqa: ANN001 - a QModelIndex
        case = self.overdue_cases.case_at(index.row())
        if case is not None:
            self.case_requested.emit(case.id)

    @property
    def loading(self) -> bool:
        """True while figures are being read on a worker thread."""
        return self._loading

    def set_task_runner(self, tasks: TaskRunner | None) -> None:
        """Read later figures on ``tasks``' threads (None: synchronously)."""
        self._tasks = tasks

    def refresh(self) -> None:
        """Read the counts again, and the fiscal years there are data for."""
        self._load(with_years=True)

    def _load(self, *, with_years: bool = False) -> None:
        self._generation += 1
        generation = self._generation
        read = self._figures_job(with_years=with_years, year=self.year_choice.currentData())
        if self._tasks is None:
            self._show_figures(generation, read(None))
            return
        self._loading = True
        self._tasks.run(
            read,
            on_done=lambda figures: (
                self._show_figures(generation, figures) if isValid(self) else None
            ),
            on_error=lambda error: self._failed(generation, error) if isValid(self) else None,
        )

    def _figures_job(
        self, *, with_years: bool, year: int | None
    ) -> Callable[[Progress | None], _Figures]:
        """Reads the figures of ``year`` (and the years there are, if asked); it touches no Qt
        object, so it may run on a worker thread."""
        service = self._service

        def read(_progress: Progress | None) -> _Figures:
            years = service.fiscal_years() if with_years else None
            chosen = year if years is None or year in years else (years[0] if years else None)
            return _Figures(years, service.summary(chosen), service.overdue_cases())

        return read

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._loading = False
            show_error(self, error)

    def _show_figures(self, generation: int, figures: _Figures) -> None:
        if generation != self._generation:
            return  # another year was chosen (or a refresh asked) after this read started
        self._loading = False
        if figures.years is not None:
            year = figures.summary.fiscal_year
            self.year_choice.blockSignals(True)  # the figures are here: no reload per item
            self.year_choice.clear()
            for choice in figures.years:
                self.year_choice.addItem(str(choice), choice)
            self.year_choice.setCurrentIndex(max(0, self.year_choice.findData(year)))
            self.year_choice.blockSignals(False)
        self._summary = figures.summary
        self.breakdown.set_summary(self._summary)
        self.overdue_cases.set_cases(figures.overdue)
        self._show_summary()

    def _show_summary(self) -> None:
        summary, lang = self._summary, current_language()
        if summary is None:
            return
        counts = summary.counts
        shown = {
            "stakeholders": counts.stakeholders, "feedback": counts.feedback,
            "surveys": counts.surveys, "survey_responses": counts.survey_responses,
            "complaints": counts.complaints, "activities": counts.activities,
            "open": summary.open_complaints, "overdue": summary.overdue_complaints,
            "due_soon": summary.due_soon_complaints,
        }  # fmt: skip
        for key, value in shown.items():
            self.values[key].setText(number_text(value, lang))
        overdue = self.values["overdue"]
        colour = OVERDUE_COLOUR.name() if summary.overdue_complaints else "palette(text)"
        overdue.setStyleSheet(f"color: {colour};")
        self.heading.setText(
            self.tr("Fiscal year {year}: {start} to {end}").format(
                year=summary.fiscal_year,
                start=format_date(summary.fiscal_period.start, lang, "long"),
                end=format_date(summary.fiscal_period.end, lang, "long"),
            )
        )
        self.breakdown_total.setText(
            self.tr("Feedback entries in fiscal year {year}: {count}").format(
                year=summary.fiscal_year, count=number_text(summary.feedback_this_year, lang)
            )
        )

    def title(self) -> str:
        return self.tr("Overview")

    def focus_search(self) -> None:
        self.year_choice.setFocus()  # nothing to search here: the year is what one changes

    def export_job(self) -> tuple[str, Callable[[Progress], TableSnapshot]] | None:
        headers, rows = self.breakdown.snapshot()
        snapshot = TableSnapshot(headers, rows)
        return f"feedback-by-{self.breakdown.mode}", lambda _progress: snapshot

    def retranslate(self) -> None:
        self.records_box.setTitle(self.tr("Records"))
        self.attention_box.setTitle(self.tr("Complaints needing attention"))
        self.feedback_box.setTitle(self.tr("Feedback in a fiscal year"))
        self.overdue_box.setTitle(self.tr("Overdue complaint cases (longest overdue first)"))
        self.overdue_cases.retranslate()
        self.year_label.setText(self.tr("Fiscal &year:"))
        names = {
            "stakeholders": self.tr("Stakeholders and service recipients"),
            "feedback": self.tr("Feedback entries"),
            "surveys": self.tr("Survey rounds"),
            "survey_responses": self.tr("Survey responses"),
            "complaints": self.tr("Complaints"),
            "activities": self.tr("Relationship activities"),
            "open": self.tr("Open"),
            "overdue": self.tr("Overdue"),
            "due_soon": self.tr("Due soon"),
        }
        for key, text in names.items():
            self._names[key].setText(text)
        self.breakdown_choice.setItemText(0, self.tr("By channel"))
        self.breakdown_choice.setItemText(1, self.tr("By stage of the service"))
        self.breakdown.retranslate()
        self._show_summary()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
