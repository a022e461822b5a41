"""The listening summary page: counts of a period by channel × stage, type, segment and service,
each as a table beside its chart, with the monthly trend below.

The counts are read off the GUI thread when a task runner is given (a fiscal year of a large
log is several GROUP BY queries); only the newest request's result is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vocdesk.domain.clock import thai_today
from vocdesk.domain.listening.improvement import OPEN_IMPROVEMENT_STATUSES
from vocdesk.domain.messages import QT_TRANSLATE_NOOP
from vocdesk.domain.thai_dates import ENGLISH_MONTHS_ABBR, THAI_MONTHS_ABBR, be_year
from vocdesk.services.listening.improvement import (
    ImprovementActionsService,
    LoopSummary,
)
from vocdesk.services.listening.summary import ListeningSummary, ListeningSummaryService
from vocdesk.ui import layout
from vocdesk.ui.errors import show_error
from vocdesk.ui.i18n import counted, current_language
from vocdesk.ui.labels import enum_label
from vocdesk.ui.listening.summary_model import ChannelStageModel, CountsModel
from vocdesk.ui.models.display import number_text
from vocdesk.ui.tasks import TaskRunner
from vocdesk.ui.widgets.charts import ChartKind, ChartWidget, Series, scrolling, to_date
from vocdesk.ui.widgets.period_picker import PeriodPicker

TYPE_TITLE = QT_TRANSLATE_NOOP("CountsModel", "Type")
SEGMENT_TITLE = QT_TRANSLATE_NOOP("CountsModel", "Segment")
SERVICE_TITLE = QT_TRANSLATE_NOOP("CountsModel", "Service")
NO_SEGMENT = QT_TRANSLATE_NOOP("CountsModel", "No segment recorded")
NO_SERVICE = QT_TRANSLATE_NOOP("CountsModel", "No service recorded")


def _types(summary: ListeningSummary, _lang: str) -> list[tuple[str, int]]:
    return [(enum_label(t.type), t.count) for t in summary.by_type]


def _segments(summary: ListeningSummary, lang: str) -> list[tuple[str, int]]:
    return [
        (
            c.name.in_language(lang)
            if c.name
            else QCoreApplication.translate("CountsModel", NO_SEGMENT),
            c.count,
        )
        for c in summary.by_segment
    ]


def _services(summary: ListeningSummary, lang: str) -> list[tuple[str, int]]:
    return [
        (
            c.name.in_language(lang)
            if c.name
            else QCoreApplication.translate("CountsModel", NO_SERVICE),
            c.count,
        )
        for c in summary.by_service
    ]


def month_label(start: date, lang: str) -> str:
    if lang == "th":
        return f"{THAI_MONTHS_ABBR[start.month - 1]} {be_year(start) % 100:02d}"
    return f"{ENGLISH_MONTHS_ABBR[start.month - 1]} {start.year % 100:02d}"


def _table(model: QAbstractItemModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(layout.DEFAULT_ROW_HEIGHT)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return view


class ListeningSummaryPage(QWidget):
    def __init__(
        self,
        service: ListeningSummaryService,
        tasks: TaskRunner | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        improvements: ImprovementActionsService | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("listening_summary_page")
        self._service = service
        self._improvements = improvements
        self._today = today  # None: the clock's, at each drawing
        self.loop: LoopSummary | None = None
        self._tasks = tasks
        self._generation = 0
        self._stale = True  # counted when the page is first shown, not at start-up
        self.summary: ListeningSummary | None = None
        self.period_picker = PeriodPicker(self, today)
        self.period_picker.period_changed.connect(lambda _period: self.refresh())
        self.total_label = QLabel(self)
        self.total_label.setObjectName("summary_total")
        self.loop_label = QLabel(self)  # what was done about it: the loop closed (PMQA 3.1 a)
        self.loop_label.setObjectName("summary_loop")
        self.loop_label.setWordWrap(True)
        self.channel_stage = ChannelStageModel(self)
        self.types = CountsModel(TYPE_TITLE, _types, self)
        self.segments = CountsModel(SEGMENT_TITLE, _segments, self)
        self.services = CountsModel(SERVICE_TITLE, _services, self)
        self.tables = QTabWidget(self)
        self.tables.setObjectName("summary_tables")
        self.tables.setDocumentMode(True)
        for model in (self.channel_stage, self.types, self.segments, self.services):
            self.tables.addTab(_table(model, self.tables), "")
        self.tables.currentChanged.connect(lambda _index: self._draw_breakdown())
        self.breakdown_chart = ChartWidget(self, kind=ChartKind.HORIZONTAL_BARS, stacked=True)
        self.breakdown_chart.setObjectName("breakdown_chart")
        self.trend_chart = ChartWidget(self, kind=ChartKind.LINE)
        self.trend_chart.setObjectName("trend_chart")

        top = QHBoxLayout()
        top.addWidget(self.total_label, 1)
        top.addWidget(self.period_picker)
        charts = QSplitter(Qt.Orientation.Vertical, self)
        charts.addWidget(scrolling(self.breakdown_chart))
        charts.addWidget(self.trend_chart)
        charts.setStretchFactor(0, 3)
        charts.setStretchFactor(1, 2)
        body = QSplitter(Qt.Orientation.Horizontal, self)
        body.addWidget(self.tables)
        body.addWidget(charts)
        body.setStretchFactor(0, 2)
        body.setStretchFactor(1, 3)
        body.setSizes([560, 840])  # room for Thai channel names in the table
        box = QVBoxLayout(self)
        box.setContentsMargins(0, layout.MARGIN, 0, 0)
        box.setSpacing(layout.SPACING)
        box.addLayout(top)
        box.addWidget(body, 1)
        box.addWidget(self.loop_label)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Summaries")

    # --- reading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Count the chosen period (in the background when there is a runner); a hidden page
        only notes that it must count once shown."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._generation += 1
        generation, period = self._generation, self.period_picker.period()
        improvements = self._improvements

        def work(report: Callable[[int, int], None]) -> tuple[ListeningSummary, LoopSummary | None]:
            loop = improvements.loop_summary(period) if improvements is not None else None
            return self._service.summary(period, report), loop

        if self._tasks is None:
            try:
                self._show(generation, work(lambda _done, _total: None))
            except Exception as error:  # noqa: BLE001 - shown to the user, never a traceback
                show_error(self, error)
            return
        self._tasks.run(
            lambda progress: work(progress.report),
            on_done=lambda result: self._show(generation, result),
            title=self.tr("Counting the listening log…"),
            parent_widget=self,
        )

    def _show(self, generation: int, result: tuple[ListeningSummary, LoopSummary | None]) -> None:
        if generation != self._generation:
            return
        summary, self.loop = result
        self.summary = summary
        for model in (self.channel_stage, self.types, self.segments, self.services):
            model.set_summary(summary)
        self._draw()

    # --- drawing ---------------------------------------------------------------------------
    def _draw(self) -> None:
        lang = current_language()
        summary = self.summary
        if summary is None:
            self.total_label.clear()
            return
        self.total_label.setText(
            counted(self.tr("%Ln entries heard in the period", "", summary.total), summary.total)
        )
        self._draw_breakdown()
        self._show_loop()
        self.trend_chart.set_language(lang)
        self.trend_chart.set_data(
            [month_label(m.month.start, lang) for m in summary.monthly],
            [
                Series(
                    self.tr("Entries"),
                    to_date(
                        [m.month.start for m in summary.monthly],
                        [m.count for m in summary.monthly],
                        self._today or thai_today(),
                    ),
                )
            ],
            title=self.tr("Entries per month"),
        )

    def _show_loop(self) -> None:
        loop, lang = self.loop, current_language()
        if loop is None:
            self.loop_label.clear()
            return
        self.loop_label.setText(
            self.tr(
                "What was done about it: linked to improvement actions, entries of the period "
                "{acted} of {heard} and complaints {handled} of {received}; of those actions, done "
                "with an outcome: {done}, still open: {open}."
            ).format(
                acted=number_text(loop.entries_acted_on, lang),
                heard=number_text(loop.entries_heard, lang),
                handled=number_text(loop.complaints_acted_on, lang),
                received=number_text(loop.complaints_received, lang),
                done=number_text(loop.actions_done_with_outcome, lang),
                open=number_text(sum(loop.actions[s] for s in OPEN_IMPROVEMENT_STATUSES), lang),
            )
        )

    def _draw_breakdown(self) -> None:
        summary = self.summary
        if summary is None:
            return
        lang = current_language()
        chart = self.breakdown_chart
        chart.set_language(lang)
        index = self.tables.currentIndex()
        if index == 0:
            channel_rows = [r for r in summary.channel_stage if r.total]
            chart.set_stacked(True)
            chart.set_data(
                [r.channel.in_language(lang) for r in channel_rows],
                [
                    Series(enum_label(stage), [r.by_stage[i] for r in channel_rows])
                    for i, stage in enumerate(summary.stages)
                ],
                title=self.tr("Entries by channel and stage of the service"),
            )
            return
        model, title = {
            1: (self.types, self.tr("Entries by type")),
            2: (self.segments, self.tr("Entries by segment")),
            3: (self.services, self.tr("Entries by service")),
        }[index]
        rows = [(name, numbers[0]) for name, numbers in model.rows()]
        chart.set_stacked(False)
        chart.set_data(
            [name for name, _ in rows],
            [Series(self.tr("Entries"), [n for _, n in rows])],
            title=title,
        )

    # --- language ------------------------------------------------------------------------
    def retranslate(self) -> None:
        titles = [
            self.tr("Channel × stage"),
            self.tr("Type"),
            self.tr("Segment"),
            self.tr("Service"),
        ]
        for index, text in enumerate(titles):
            self.tables.setTabText(index, text)
        for model in (self.channel_stage, self.types, self.segments, self.services):
            model.retranslate()
        self._draw()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's virtual
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
