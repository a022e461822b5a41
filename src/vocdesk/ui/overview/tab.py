"""The Overview tab: the agency at a glance for a chosen period (a fiscal year, a 6-month round,
a quarter or a month) and office.

Each figure and each chart bar opens the list behind it: the tab emits ``open_list(target,
filters)`` and the main window hands it to ``ui.overview.drill_down.open_list``, which switches
to the tab and applies the same period, office, channel, stage, queue, survey or segment. The
figures come from ``OverviewService.figures``, which reads them through each tab's own services,
so a tab shows the same numbers for the same period.

At a million listening entries the figures take a moment: given the window's ``TaskRunner`` the
tab reads them on a worker thread and keeps showing the previous ones until the new ones arrive;
a result overtaken by a newer request (another period or office) is dropped. Without a runner it
reads synchronously (tests, screenshots)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from vocdesk.domain.enums import LifecycleStage
from vocdesk.domain.fiscal import Period
from vocdesk.domain.thai_dates import format_date
from vocdesk.services.overview.figures import (
    OfficeChoice,
    OverdueCase,
    OverviewFigures,
    OverviewService,
)
from vocdesk.ui import layout
from vocdesk.ui.complaints.cases_model import OVERDUE_COLOUR
from vocdesk.ui.errors import show_error
from vocdesk.ui.fiscal_years import fiscal_year_text
from vocdesk.ui.i18n import counted, current_language
from vocdesk.ui.labels import enum_label
from vocdesk.ui.models.display import name_text, number_text, percent_text
from vocdesk.ui.models.table_export import TableSnapshot
from vocdesk.ui.overview.charts import ClickableBarChart
from vocdesk.ui.overview.model import (
    BY_CHANNEL,
    FeedbackBreakdownModel,
    GapCellsModel,
    OverdueCasesModel,
)
from vocdesk.ui.tasks import Progress, TaskRunner
from vocdesk.ui.widgets.charts import Series
from vocdesk.ui.widgets.column_sizing import ColumnSizer
from vocdesk.ui.widgets.period_picker import PeriodPicker
from vocdesk.ui.widgets.thai_wrap import WrappingLabel

STAGE_KEYS = {stage: f"stage_{stage.value}" for stage in LifecycleStage}
# Every figure: its key, and where it leads (a drill-down target; its filters are added later).
FIGURE_TARGETS: dict[str, str] = {
    "feedback": "listening_log",
    **{key: "listening_log" for key in STAGE_KEYS.values()},
    "covered": "coverage",
    "not_heard": "coverage",
    "gaps": "coverage",
    "received": "complaint_kpis",
    "open": "complaint_kpis",
    "overdue": "complaint_kpis",
    "resolved_in_standard": "complaint_kpis",
    "open_now": "complaint_queue",
    "overdue_now": "complaint_queue",
    "due_soon_now": "complaint_queue",
    "survey": "survey",
    "actions_open": "improvements",
    "actions_overdue": "improvements",
    "actions_finished": "improvements",
    "reminders_due": "reminders",
    "activities": "activities",
}
QUEUE_OF = {"open_now": "open", "overdue_now": "overdue", "due_soon_now": "due_soon"}
SHOW_OF = {"actions_open": "open", "actions_overdue": "overdue", "actions_finished": "finished"}
ALL_OFFICES = ""  # the office box's data for every office


class FigureButton(QPushButton):
    """A figure: its number large, what it counts beneath; clicking opens the list behind it."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"figure_{key}")
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.value_label = QLabel("0", self)
        self.value_label.setObjectName(f"count_{key}")
        font = self.value_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.value_label.setFont(font)
        self.caption = QLabel("", self)
        for label in (self.value_label, self.caption):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        box = QVBoxLayout(self)
        box.setContentsMargins(layout.SPACING, 2, layout.SPACING, 2)
        box.setSpacing(0)
        box.addWidget(self.value_label)
        box.addWidget(self.caption)

    def value_text(self) -> str:
        return self.value_label.text()

    def set_value(self, text: str, colour: str = "palette(text)") -> None:
        self.value_label.setText(text)
        self.value_label.setStyleSheet(f"color: {colour};")
        self._fit()

    def set_caption(self, text: str) -> None:
        self.caption.setText(text)
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._fit()

    def _fit(self) -> None:
        box = self.layout()
        if box is not None:
            self.setMinimumSize(box.sizeHint())


@dataclass(frozen=True)
class _Figures:
    """What one load read: the offices (None: not re-read), the figures and the overdue cases."""

    offices: list[OfficeChoice] | None
    figures: OverviewFigures
    overdue: list[OverdueCase]


class OverviewTab(QWidget):
    case_requested = Signal(object)  # an overdue case double-clicked (or Enter): its id
    open_list = Signal(str, object)  # a figure or bar clicked: the target and its filters (dict)

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
        self._figures: OverviewFigures | None = None
        self._offices: list[OfficeChoice] = []

        # --- what the figures are of -----------------------------------------------------
        self.period_picker = PeriodPicker(self, overview.today())
        self.period_picker.setObjectName("overview_period")
        self.office_label = QLabel(self)
        self.office_box = QComboBox(self)
        self.office_box.setObjectName("office_choice")
        self.office_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.office_box.addItem("", ALL_OFFICES)
        self.office_label.setBuddy(self.office_box)
        self.heading = WrappingLabel("", self)
        self.heading.setObjectName("overview_heading")
        heading_font = self.heading.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.2)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        choice_row = QHBoxLayout()
        choice_row.setSpacing(layout.SPACING)
        choice_row.addWidget(self.period_picker)
        choice_row.addSpacing(layout.SECTION_SPACING)
        choice_row.addWidget(self.office_label)
        choice_row.addWidget(self.office_box)
        choice_row.addStretch(1)

        self.values: dict[str, FigureButton] = {}
        self._captions: dict[str, str] = {}

        # --- listening ------------------------------------------------------------------------
        self.listening_box = QGroupBox(self)
        self.channel_chart = ClickableBarChart(self, stacked=True)
        self.channel_chart.setObjectName("channel_chart")
        self.channel_chart.setMinimumHeight(280)
        self.channel_chart.category_clicked.connect(self._channel_clicked)
        listening = QVBoxLayout(self.listening_box)
        listening.addLayout(self._figure_row(("feedback", *STAGE_KEYS.values())))
        self.coverage_label = QLabel(self)
        listening.addWidget(self.coverage_label)
        listening.addLayout(self._figure_row(("covered", "not_heard", "gaps")))
        listening.addStretch(1)

        # --- coverage ---------------------------------------------------------------------------
        self.coverage_box = QGroupBox(self)
        self.gap_cells = GapCellsModel(self)
        self.gap_view = self._table("gap_table", self.gap_cells)
        self.gap_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.gap_view.activated.connect(self._gap_activated)
        coverage = QVBoxLayout(self.coverage_box)
        coverage.addWidget(self.gap_view, 1)

        # --- complaints -------------------------------------------------------------------------
        self.complaints_box = QGroupBox(self)
        self.now_label = QLabel(self)
        complaints = QVBoxLayout(self.complaints_box)
        complaints.addLayout(
            self._figure_row(("received", "open", "overdue", "resolved_in_standard"))
        )
        complaints.addWidget(self.now_label)
        complaints.addLayout(self._figure_row(("open_now", "overdue_now", "due_soon_now")))
        complaints.addStretch(1)

        # --- satisfaction and improvement -----------------------------------------------------
        self.survey_box = QGroupBox(self)
        self.survey_details = WrappingLabel("", self)
        self.survey_details.setObjectName("survey_details")
        self.actions_label = QLabel(self)
        survey = QVBoxLayout(self.survey_box)
        survey.addLayout(self._figure_row(("survey",)))
        survey.addWidget(self.survey_details)
        survey.addWidget(self.actions_label)
        survey.addLayout(self._figure_row(("actions_open", "actions_overdue", "actions_finished")))
        survey.addStretch(1)

        # --- relationships ----------------------------------------------------------------------
        self.relationships_box = QGroupBox(self)
        self.segment_chart = ClickableBarChart(self)
        self.segment_chart.setObjectName("segment_chart")
        self.segment_chart.setMinimumHeight(280)
        self.segment_chart.category_clicked.connect(self._segment_clicked)
        self.no_office_note = WrappingLabel("", self)
        self.no_office_note.setObjectName("no_office_note")
        relationships = QVBoxLayout(self.relationships_box)
        relationships.addLayout(self._figure_row(("reminders_due", "activities")))
        relationships.addWidget(self.no_office_note)
        relationships.addStretch(1)

        # --- the overdue cases, longest overdue first: what a supervisor chases today ----------
        self.overdue_box = QGroupBox(self)
        self.overdue_cases = OverdueCasesModel(self)
        self.overdue_view = self._table("overdue_table", self.overdue_cases)
        self.overdue_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.overdue_view.setWordWrap(False)
        # Sized from the content and the headers (Thai headers are long), the last stretching.
        ColumnSizer(self.overdue_view)
        self.overdue_view.activated.connect(self._open_overdue)
        overdue_box = QVBoxLayout(self.overdue_box)
        overdue_box.addWidget(self.overdue_view)

        # The period's feedback by channel, for an export of this tab.
        self.breakdown = FeedbackBreakdownModel(self)

        content = QWidget(self)
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(layout.SECTION_SPACING)
        # The figures first, then the charts, then the lists to work through.
        grid.addWidget(self.listening_box, 0, 0)
        grid.addWidget(self.complaints_box, 0, 1)
        grid.addWidget(self.survey_box, 1, 0)
        grid.addWidget(self.relationships_box, 1, 1)
        grid.addWidget(self.channel_chart, 2, 0)
        grid.addWidget(self.segment_chart, 2, 1)
        # The two lists take the page's width: six columns of Thai do not fit in half of it.
        grid.addWidget(self.overdue_box, 3, 0, 1, 2)
        grid.addWidget(self.coverage_box, 4, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)

        page = QVBoxLayout(self)
        page.setContentsMargins(layout.MARGIN, layout.MARGIN, layout.MARGIN, layout.MARGIN)
        page.setSpacing(layout.SPACING)
        page.addLayout(choice_row)
        page.addWidget(self.heading)
        page.addWidget(self.scroll_area, 1)
        self.retranslate()
        self.refresh()
        self.period_picker.period_changed.connect(lambda _period: self._load())
        self.office_box.currentIndexChanged.connect(lambda _index: self._load())

    # --- building ----------------------------------------------------------------------------
    def _figure_row(self, keys: tuple[str, ...]) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(layout.SPACING)
        for key in keys:
            button = FigureButton(key, self)
            button.clicked.connect(lambda _checked=False, key=key: self.open_figure(key))
            self.values[key] = button
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _table(self, name: str, model: Any) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(layout.DEFAULT_ROW_HEIGHT)
        view.setAlternatingRowColors(True)
        view.setMinimumHeight(140)
        return view

    # --- what is shown -------------------------------------------------------------------------
    @property
    def figures(self) -> OverviewFigures | None:
        return self._figures

    def period(self) -> Period:
        return self.period_picker.period()

    def office_id(self) -> uuid.UUID | None:
        data = self.office_box.currentData()
        return uuid.UUID(hex=data) if data else None

    def set_office(self, office_id: uuid.UUID | None) -> None:
        """Choose an office (None: every office); the figures are read again."""
        self.office_box.setCurrentIndex(max(0, self.office_box.findData(_office_data(office_id))))

    @property
    def loading(self) -> bool:
        """True while figures are being read on a worker thread."""
        return self._loading

    def set_task_runner(self, tasks: TaskRunner | None) -> None:
        """Read later figures on ``tasks``' threads (None: synchronously)."""
        self._tasks = tasks

    def refresh(self) -> None:
        """Read the figures again, and the office catalogue."""
        self._load(with_offices=True)

    def _load(self, *, with_offices: bool = False) -> None:
        self._generation += 1
        generation = self._generation
        read = self._figures_job(
            with_offices=with_offices, period=self.period(), office_id=self.office_id()
        )
        if self._tasks is None:
            try:
                figures = read(None)
            except Exception as error:  # noqa: BLE001 - shown to the user, never a traceback
                self._failed(generation, error)
                return
            self._show_figures(generation, figures)
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
        self, *, with_offices: bool, period: Period, office_id: uuid.UUID | None
    ) -> Callable[[Progress | None], _Figures]:
        """Reads the figures of ``period`` and ``office_id`` (and the offices, if asked); it
        touches no Qt object, so it may run on a worker thread."""
        service = self._service

        def read(_progress: Progress | None) -> _Figures:
            offices = service.offices() if with_offices else None
            if offices is not None and office_id not in {o.id for o in offices}:
                office = None  # the chosen office is gone: every office
            else:
                office = office_id
            return _Figures(offices, service.figures(period, office), service.overdue_cases())

        return read

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._loading = False
            show_error(self, error)

    def _show_figures(self, generation: int, loaded: _Figures) -> None:
        if generation != self._generation:
            return  # another period or office was chosen (or a refresh asked) meanwhile
        self._loading = False
        if loaded.offices is not None:
            self._offices = loaded.offices
            self._fill_offices(loaded.figures.office_id)
        self._figures = loaded.figures
        self.breakdown.set_figures(loaded.figures.feedback)
        self.gap_cells.set_cells(loaded.figures.coverage.gap_cells)
        self.overdue_cases.set_cases(loaded.overdue)
        self._show()

    def _fill_offices(self, chosen: uuid.UUID | None) -> None:
        lang = current_language()
        self.office_box.blockSignals(True)  # the figures are here: no reload per item
        self.office_box.clear()
        self.office_box.addItem(self.tr("All offices"), ALL_OFFICES)
        for office in self._offices:
            self.office_box.addItem(name_text(office.name, lang), office.id.hex)
        self.office_box.setCurrentIndex(max(0, self.office_box.findData(_office_data(chosen))))
        self.office_box.blockSignals(False)

    def _show(self) -> None:
        figures, lang = self._figures, current_language()
        if figures is None:
            return
        number = lambda value: number_text(value, lang)  # noqa: E731
        kpis, complaints = figures.complaints.kpis, figures.complaints
        feedback, coverage, actions = figures.feedback, figures.coverage, figures.actions
        shown: dict[str, str] = {
            "feedback": number(feedback.total),
            "covered": number(coverage.covered),
            "not_heard": number(coverage.not_heard),
            "gaps": number(coverage.gaps),
            "received": number(kpis.received),
            "open": number(kpis.open),
            "overdue": number(kpis.overdue),
            "resolved_in_standard": percent_text(kpis.resolved_pct, lang) or "–",
            "open_now": number(complaints.open_now),
            "overdue_now": number(complaints.overdue_now),
            "due_soon_now": number(complaints.due_soon_now),
            "actions_open": number(actions.open),
            "actions_overdue": number(actions.overdue),
            "actions_finished": number(actions.finished),
            "reminders_due": number(figures.reminders_due),
            "activities": number(figures.activities_total),
        }
        for count in feedback.by_stage:
            shown[STAGE_KEYS[count.stage]] = number(count.count)
        survey = figures.survey
        shown["survey"] = (percent_text(survey.percent, lang) or "–") if survey else "–"
        late = OVERDUE_COLOUR.name()
        for key, text in shown.items():
            alarm = key in ("overdue", "overdue_now", "actions_overdue", "reminders_due")
            value = {"overdue": kpis.overdue, "overdue_now": complaints.overdue_now,
                     "actions_overdue": actions.overdue, "reminders_due": figures.reminders_due}  # fmt: skip
            self.values[key].set_value(text, late if alarm and value.get(key) else "palette(text)")
        self.values["survey"].setEnabled(survey is not None)
        self._show_survey_details()
        self._show_heading()
        self._draw_charts()

    def _show_heading(self) -> None:
        figures, lang = self._figures, current_language()
        if figures is None:
            return
        office = next((o for o in self._offices if o.id == figures.office_id), None)
        self.heading.setText(
            self.tr("{start} to {end} · {office}").format(
                start=format_date(figures.period.start, lang, "long"),
                end=format_date(figures.period.end, lang, "long"),
                office=name_text(office.name, lang) if office else self.tr("all offices"),
            )
        )

    def _show_survey_details(self) -> None:
        figures, lang = self._figures, current_language()
        survey = figures.survey if figures else None
        if survey is None:
            self.survey_details.setText(self.tr("No satisfaction survey up to this fiscal year."))
            return
        parts = [
            counted(
                self.tr("{code} (fiscal year {year}), %Ln response(s)", "", survey.responses),
                survey.responses,
            ).format(code=survey.code, year=fiscal_year_text(survey.fiscal_year, lang))
        ]
        if survey.target_percent is not None:
            verdict = self.tr("met") if survey.target_met else self.tr("not met")
            parts.append(
                self.tr("target {target}: {verdict}").format(
                    target=percent_text(survey.target_percent, lang), verdict=verdict
                )
            )
        if survey.benchmark_percent is not None:
            difference = survey.benchmark_difference
            parts.append(
                self.tr("{organisation} {year}: {percent} ({difference} points)").format(
                    organisation=survey.benchmark_organisation,
                    year=(
                        fiscal_year_text(survey.benchmark_year, lang)
                        if survey.benchmark_year
                        else ""
                    ),
                    percent=percent_text(survey.benchmark_percent, lang),
                    difference=(
                        ("+" if difference > 0 else "") + number_text(difference, lang, 1)
                        if difference is not None
                        else "–"
                    ),
                )
            )
        else:
            parts.append(self.tr("no benchmark entered"))
        self.survey_details.setText("; ".join(parts))

    def _draw_charts(self) -> None:
        figures, lang = self._figures, current_language()
        if figures is None:
            return
        rows = [row for row in figures.feedback.by_channel if row.total]
        self.channel_chart.set_language(lang)
        self.channel_chart.set_data(
            [name_text(row.channel, lang) for row in rows],
            [
                Series(enum_label(stage), [row.by_stage[i] for row in rows])
                for i, stage in enumerate(LifecycleStage)
            ],
            title=self.tr("Feedback by channel and stage (click a bar for its entries)"),
        )
        self.segment_chart.set_language(lang)
        self.segment_chart.set_data(
            [self._segment_name(row.segment) for row in figures.activities],
            [Series(self.tr("Activities"), [row.count for row in figures.activities])],
            title=self.tr("Relationship activities by segment"),
        )

    def _segment_name(self, name: Any) -> str:
        return name_text(name, current_language()) if name is not None else self.tr("(no segment)")

    # --- opening the lists -------------------------------------------------------------------
    def _period_filters(self) -> dict[str, Any]:
        picker = self.period_picker
        return {
            "period_kind": picker.kind().value,
            "fiscal_year": picker.fiscal_year(),
            "part": picker.part(),
        }

    def filters_for(self, key: str) -> tuple[str, dict[str, Any]]:
        """The drill-down target and filters of the figure ``key``."""
        target = FIGURE_TARGETS[key]
        filters: dict[str, Any] = {}
        if target in ("listening_log", "coverage", "complaint_kpis", "activities"):
            filters.update(self._period_filters())
        if target in ("listening_log", "complaint_kpis"):
            filters["office_id"] = self.office_id()
        for stage, stage_key in STAGE_KEYS.items():
            if key == stage_key:
                filters["stage"] = stage.value
        if key in QUEUE_OF:
            filters["queue"] = QUEUE_OF[key]
        if key in SHOW_OF:
            filters["show"] = SHOW_OF[key]
        if key == "survey" and self._figures is not None and self._figures.survey is not None:
            filters["survey_code"] = self._figures.survey.code
        return target, filters

    def open_figure(self, key: str) -> None:
        """Ask for the list behind the figure ``key`` (a click on it does the same)."""
        if key == "survey" and (self._figures is None or self._figures.survey is None):
            return
        target, filters = self.filters_for(key)
        self.open_list.emit(target, filters)

    def _channel_clicked(self, index: int) -> None:
        if self._figures is None:
            return
        rows = [row for row in self._figures.feedback.by_channel if row.total]
        if 0 <= index < len(rows):
            target, filters = self.filters_for("feedback")
            self.open_list.emit(target, filters | {"channel_id": rows[index].channel_id})

    def _segment_clicked(self, index: int) -> None:
        if self._figures is None or not (0 <= index < len(self._figures.activities)):
            return
        filters = self._period_filters() | {
            "segment_id": self._figures.activities[index].segment_id
        }
        self.open_list.emit("activities", filters)

    def _gap_activated(self, index: QModelIndex) -> None:
        cell = self.gap_cells.cell_at(index.row())
        if cell is not None:
            filters = self._period_filters() | {
                "segment_id": cell.segment_id,
                "stage": cell.stage.value,
            }
            self.open_list.emit("coverage", filters)

    def _open_overdue(self, index: QModelIndex) -> None:
        case = self.overdue_cases.case_at(index.row())
        if case is not None:
            self.case_requested.emit(case.id)

    # --- the window's API ------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Overview")

    def focus_search(self) -> None:
        self.period_picker.kind_box.setFocus()  # nothing to search: the period is what one changes

    def export_job(self) -> tuple[str, Callable[[Progress], TableSnapshot]] | None:
        headers, rows = self.breakdown.snapshot()
        snapshot = TableSnapshot(headers, rows)
        return f"feedback-by-{BY_CHANNEL}", lambda _progress: snapshot

    def retranslate(self) -> None:
        self.office_label.setText(self.tr("&Office:"))
        if self.office_box.count():
            self.office_box.setItemText(0, self.tr("All offices"))
        self.listening_box.setTitle(self.tr("Listening: feedback entries of the period"))
        self.coverage_label.setText(self.tr("Coverage of the listening plan:"))
        self.coverage_box.setTitle(self.tr("Listening coverage: cells to look at"))
        self.complaints_box.setTitle(self.tr("Complaints received in the period"))
        self.now_label.setText(self.tr("Today, whenever received:"))
        self.survey_box.setTitle(self.tr("Satisfaction and improvement"))
        self.actions_label.setText(self.tr("Improvement actions (today):"))
        self.relationships_box.setTitle(self.tr("Relationships"))
        self.overdue_box.setTitle(self.tr("Overdue complaint cases (longest overdue first)"))
        self.no_office_note.setText(
            self.tr("Activities and reminders have no office: they are counted for every office.")
        )
        captions = {
            "feedback": self.tr("Feedback entries"),
            "covered": self.tr("Planned and heard"),
            "not_heard": self.tr("Planned, nothing heard"),
            "gaps": self.tr("Neither plan nor voice"),
            "received": self.tr("Received"),
            "open": self.tr("Still open"),
            "overdue": self.tr("Overdue"),
            "resolved_in_standard": self.tr("Resolved within standard"),
            "open_now": self.tr("Open"),
            "overdue_now": self.tr("Overdue"),
            "due_soon_now": self.tr("Due soon"),
            "survey": self.tr("Latest satisfaction"),
            "actions_open": self.tr("Open"),
            "actions_overdue": self.tr("Overdue"),
            "actions_finished": self.tr("Done or cancelled"),
            "reminders_due": self.tr("Reminders due"),
            "activities": self.tr("Activities in the period"),
        }
        for stage, key in STAGE_KEYS.items():
            captions[key] = enum_label(stage)
        for key, text in captions.items():
            self.values[key].set_caption(text)
        self.gap_cells.retranslate()
        self.overdue_cases.retranslate()
        self.breakdown.retranslate()
        if self._offices:
            self._fill_offices(self.office_id())
        self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _office_data(office_id: uuid.UUID | None) -> str:
    return office_id.hex if office_id is not None else ALL_OFFICES


__all__ = ["FIGURE_TARGETS", "FigureButton", "OverviewTab"]
