"""The complaint KPI page: a period's figures, a breakdown table by a chosen dimension, charts.

The period is a fiscal year, its 6-month round (the first half, Oct-Mar), a quarter or a month
(``PeriodPicker``; B.E. years in Thai); the 12-month round is the whole fiscal year. The figures
are counted off the GUI thread when a task runner is given (a fiscal year of 200,000 cases is
one GROUP BY, still not instant), only once the page is shown; only the newest request's result
is shown.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vocdesk.domain.complaints.kpis import Dimension, KpiFigures
from vocdesk.domain.messages import QT_TRANSLATE_NOOP
from vocdesk.domain.thai_dates import (
    ENGLISH_MONTHS_ABBR,
    THAI_MONTHS_ABBR,
    be_year,
    format_date,
)
from vocdesk.services.complaints.kpis import ComplaintKpiReport, ComplaintKpisService
from vocdesk.ui import layout
from vocdesk.ui.complaints.kpis_model import ComplaintKpisModel
from vocdesk.ui.errors import show_error
from vocdesk.ui.i18n import current_language
from vocdesk.ui.models.display import number_text, percent_text
from vocdesk.ui.tasks import TaskRunner
from vocdesk.ui.widgets.charts import ChartKind, ChartWidget, Series, scrolling, to_date
from vocdesk.ui.widgets.period_picker import PeriodPicker
from vocdesk.ui.widgets.thai_wrap import ThaiWrapDelegate, WrappingLabel

CONTEXT = "ComplaintKpisPage"
NAME_COLUMN_WIDTH = 190  # a category name on two lines at most
DIMENSION_LABELS = {
    Dimension.CATEGORY: QT_TRANSLATE_NOOP("ComplaintKpisPage", "Category"),
    Dimension.CHANNEL: QT_TRANSLATE_NOOP("ComplaintKpisPage", "Channel"),
    Dimension.SEGMENT: QT_TRANSLATE_NOOP("ComplaintKpisPage", "Segment"),
    Dimension.UNIT: QT_TRANSLATE_NOOP("ComplaintKpisPage", "Unit"),
    Dimension.OFFICE: QT_TRANSLATE_NOOP("ComplaintKpisPage", "Office"),
}
# The figures shown above the table: (object name, caption).
FIGURES = (
    ("received", QT_TRANSLATE_NOOP("ComplaintKpisPage", "Received")),
    ("acknowledged_pct", QT_TRANSLATE_NOOP("ComplaintKpisPage", "Acknowledged within standard")),
    (
        "first_response_pct",
        QT_TRANSLATE_NOOP("ComplaintKpisPage", "First response within standard"),
    ),
    ("resolved_pct", QT_TRANSLATE_NOOP("ComplaintKpisPage", "Resolved within standard")),
    ("notified_pct", QT_TRANSLATE_NOOP("ComplaintKpisPage", "Result notified within standard")),
    ("mean_days", QT_TRANSLATE_NOOP("ComplaintKpisPage", "Mean working days to resolve")),
    ("median_days", QT_TRANSLATE_NOOP("ComplaintKpisPage", "Median working days to resolve")),
    ("open", QT_TRANSLATE_NOOP("ComplaintKpisPage", "Open")),
    ("overdue", QT_TRANSLATE_NOOP("ComplaintKpisPage", "Overdue")),
    ("reopen_rate", QT_TRANSLATE_NOOP("ComplaintKpisPage", "Reopen rate")),
    (
        "satisfaction_mean",
        QT_TRANSLATE_NOOP("ComplaintKpisPage", "Satisfaction with handling (1–5)"),
    ),
    ("satisfied_pct", QT_TRANSLATE_NOOP("ComplaintKpisPage", "Satisfied (4–5)")),
    ("trust_restored_pct", QT_TRANSLATE_NOOP("ComplaintKpisPage", "Trust restored")),
)
FIGURES_PER_ROW = 7


def month_label(start: date, lang: str) -> str:
    """A month on the trend chart's axis: "ต.ค. 68" in Thai (B.E.), "Oct 25" in English."""
    if lang == "th":
        return f"{THAI_MONTHS_ABBR[start.month - 1]} {be_year(start) % 100:02d}"
    return f"{ENGLISH_MONTHS_ABBR[start.month - 1]} {start.year % 100:02d}"


def figure_text(figures: KpiFigures, name: str, lang: str) -> str:
    value = getattr(figures, name)
    if value is None:
        return "–"
    if name.endswith("_pct") or name == "reopen_rate":
        return percent_text(value, lang)
    if name.endswith("_days"):
        return number_text(value, lang, 1)
    if name == "satisfaction_mean":
        return number_text(value, lang, 2)
    return number_text(value, lang)


class ComplaintKpisPage(QWidget):
    def __init__(
        self,
        service: ComplaintKpisService,
        tasks: TaskRunner | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("complaint_kpis_page")
        self._service = service
        self._tasks = tasks
        self._generation = 0
        self.report: ComplaintKpiReport | None = None
        self.period_picker = PeriodPicker(self, today)
        self.period_picker.period_changed.connect(lambda _period: self.refresh())
        self.period_label = QLabel(self)
        self.period_label.setObjectName("kpi_period")
        self.dimension_label = QLabel(self)
        self.dimension_box = QComboBox(self)
        self.dimension_box.setObjectName("kpi_dimension")
        for dimension in DIMENSION_LABELS:
            self.dimension_box.addItem("", dimension.value)
        self.dimension_label.setBuddy(self.dimension_box)
        self.dimension_box.currentIndexChanged.connect(lambda _index: self.refresh())

        self.figure_captions: dict[str, WrappingLabel] = {}
        self.figure_values: dict[str, QLabel] = {}
        figures = QGridLayout()
        figures.setHorizontalSpacing(layout.SECTION_SPACING)
        figures.setVerticalSpacing(layout.SPACING)
        for index, (name, _caption) in enumerate(FIGURES):
            row, column = divmod(index, FIGURES_PER_ROW)
            value = QLabel(self)
            value.setObjectName(f"kpi_{name}")
            font = value.font()
            font.setPointSizeF(font.pointSizeF() * 1.6)
            font.setBold(True)
            value.setFont(font)
            caption = WrappingLabel(parent=self)
            figures.addWidget(value, row * 2, column)
            figures.addWidget(caption, row * 2 + 1, column, Qt.AlignmentFlag.AlignTop)
            self.figure_values[name], self.figure_captions[name] = value, caption

        self.model = ComplaintKpisModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("kpi_breakdown")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(layout.DEFAULT_ROW_HEIGHT)
        # Long Thai category names wrap between words rather than being cut.
        self.table.setItemDelegateForColumn(0, ThaiWrapDelegate(self.table, max_lines=2))
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The names get a fixed room (the user may widen it); the figures take what they need.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, NAME_COLUMN_WIDTH)
        self.breakdown_chart = ChartWidget(self, kind=ChartKind.HORIZONTAL_BARS)
        self.breakdown_chart.setObjectName("kpi_breakdown_chart")
        self.trend_chart = ChartWidget(self, kind=ChartKind.LINE)
        self.trend_chart.setObjectName("kpi_trend_chart")

        top = QHBoxLayout()
        top.setSpacing(layout.SPACING)
        top.addWidget(self.period_label, 1)
        top.addWidget(self.dimension_label)
        top.addWidget(self.dimension_box)
        top.addSpacing(layout.SECTION_SPACING)
        top.addWidget(self.period_picker)
        charts = QSplitter(Qt.Orientation.Vertical, self)
        charts.addWidget(scrolling(self.breakdown_chart))
        charts.addWidget(self.trend_chart)
        body = QSplitter(Qt.Orientation.Horizontal, self)
        body.addWidget(self.table)
        body.addWidget(charts)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        body.setSizes([920, 440])
        box = QVBoxLayout(self)
        box.setContentsMargins(0, layout.MARGIN, 0, 0)
        box.setSpacing(layout.SPACING)
        box.addLayout(top)
        box.addLayout(figures)
        box.addWidget(body, 1)
        self._stale = True
        self.retranslate()

    def title(self) -> str:
        return self.tr("KPIs")

    def dimension(self) -> Dimension:
        return Dimension(self.dimension_box.currentData())

    def set_dimension(self, dimension: Dimension) -> None:
        self.dimension_box.setCurrentIndex(self.dimension_box.findData(Dimension(dimension).value))

    # --- reading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Count again now if the page is on screen, otherwise when it is next shown: the
        window's start does not pay for a fiscal year of cases nobody has asked to see."""
        self._stale = True
        if self.isVisible():
            self._load()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's virtual
        super().showEvent(event)
        if self._stale:
            self._load()

    def _load(self) -> None:
        self._stale = False
        self._generation += 1
        generation, period, dimension = (
            self._generation,
            self.period_picker.period(),
            self.dimension(),
        )
        if self._tasks is None:
            try:
                self._show(generation, self._service.report(period, dimension))
            except Exception as error:  # noqa: BLE001 - shown to the user, never a traceback
                show_error(self, error)
            return
        self._tasks.run(
            lambda _progress: self._service.report(period, dimension),
            on_done=lambda report: self._show(generation, report),
            title=self.tr("Counting the complaint KPIs…"),
            parent_widget=self,
        )

    def _show(self, generation: int, report: ComplaintKpiReport) -> None:
        if generation != self._generation:
            return
        self.report = report
        self._draw()

    # --- drawing ---------------------------------------------------------------------------
    def _dimension_title(self) -> str:
        return QCoreApplication.translate(CONTEXT, DIMENSION_LABELS[self.dimension()])

    def _draw(self) -> None:
        lang = current_language()
        report = self.report
        self.model.set_report(report, self._dimension_title())
        if report is None:
            self.period_label.clear()
            for value in self.figure_values.values():
                value.setText("–")
            return
        self.period_label.setText(self.tr("Cases received {start} – {end}, as they stand on {today}").format(
            start=format_date(report.period.start, lang), end=format_date(report.period.end, lang),
            today=format_date(report.today, lang),
        ))  # fmt: skip
        for name, value in self.figure_values.items():
            value.setText(figure_text(report.total, name, lang))
        groups = report.groups  # all of them, as the table: the chart scrolls
        none = QCoreApplication.translate("ComplaintKpisModel", "None recorded")
        self.breakdown_chart.set_language(lang)
        self.breakdown_chart.set_data(
            [g.name.in_language(lang) or none for g in groups],
            [
                Series(
                    self.tr("Acknowledged within standard"),
                    [g.figures.acknowledged_pct or 0 for g in groups],
                ),
                Series(
                    self.tr("Resolved within standard"),
                    [g.figures.resolved_pct or 0 for g in groups],
                ),
                Series(
                    self.tr("Result notified within standard"),
                    [g.figures.notified_pct or 0 for g in groups],
                ),
            ],
            title=self.tr("Within the service standard (%) by {dimension}").format(
                dimension=self._dimension_title().lower()
                if lang == "en"
                else self._dimension_title()
            ),
            decimals=1,
        )
        self.trend_chart.set_language(lang)
        self.trend_chart.set_data(
            [month_label(m.month.start, lang) for m in report.months],
            [
                Series(
                    self.tr("Received"),
                    to_date(
                        [m.month.start for m in report.months],
                        [m.figures.received for m in report.months],
                        report.today,
                    ),
                )
            ],
            title=self.tr("Cases received per month"),
        )

    # --- language ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.dimension_label.setText(self.tr("Breakdown by"))
        for index, dimension in enumerate(DIMENSION_LABELS):
            self.dimension_box.setItemText(
                index, QCoreApplication.translate(CONTEXT, DIMENSION_LABELS[dimension])
            )
        for name, caption in FIGURES:
            self.figure_captions[name].setText(QCoreApplication.translate(CONTEXT, caption))
        self._draw()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
