"""The Results page of a survey round: scores per item, dimension and overall, for all
respondents or one segment; the segments side by side with a test of whether their differences
are real; importance–satisfaction gaps; NPS, the engagement index and the target; a chart of the
dimensions and one of the trend over the rounds of the same kind (B.E. years in Thai).

The figures come from ``SurveyAnalysisService`` (``results`` and ``trend``), computed off the GUI
thread when a task runner is given, and only while the page is on screen; an answer about a
survey that is no longer the selected one is dropped.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vocdesk.domain.messages import QT_TRANSLATE_NOOP
from vocdesk.domain.thai_dates import BE_OFFSET
from vocdesk.services.surveys.analysis import (
    OVERALL,
    ResultLevel,
    ScoreRow,
    SegmentTest,
    SurveyAnalysisService,
    SurveyResults,
    SurveyTrend,
    TrendRound,
)
from vocdesk.ui import layout
from vocdesk.ui.i18n import current_language
from vocdesk.ui.models.display import name_text, number_text, percent_text
from vocdesk.ui.surveys.reading_page import SurveyReadingPage
from vocdesk.ui.surveys.results_models import (
    SegmentFigure,
    SurveyGapsModel,
    SurveyScoresModel,
    SurveySegmentsModel,
    SurveyTrendModel,
    mean_text,
    share_text,
)
from vocdesk.ui.tasks import TaskRunner
from vocdesk.ui.widgets.charts import ChartKind, ChartWidget, Series
from vocdesk.ui.widgets.thai_wrap import ThaiWrapDelegate, WrappingLabel

CONTEXT = "SurveyResultsPage"
SIGNIFICANCE = 0.05  # the level a segment difference is called real at
NAME_COLUMN_WIDTH = 330  # an item's text on two or three lines
ALL = ""  # the segment box's value for all respondents
FIGURE_WIDTH = 170  # each figure's column: its caption wraps within it

Loaded = tuple[SurveyResults, SurveyTrend]

# The figures above the tables: (object name, caption).
FIGURES = (
    ("responses", QT_TRANSLATE_NOOP("SurveyResultsPage", "Forms analysed")),
    ("overall", QT_TRANSLATE_NOOP("SurveyResultsPage", "Overall score")),
    ("target", QT_TRANSLATE_NOOP("SurveyResultsPage", "Target")),
    ("satisfied", QT_TRANSLATE_NOOP("SurveyResultsPage", "Satisfied (top two levels)")),
    ("nps", QT_TRANSLATE_NOOP("SurveyResultsPage", "Net Promoter Score (NPS)")),
    ("engagement", QT_TRANSLATE_NOOP("SurveyResultsPage", "Engagement index")),
)


def round_label(row: TrendRound, lang: str, several_rounds: bool) -> str:
    """A round on the trend chart: its fiscal year (B.E. in Thai), and its round if a year has
    more than one."""
    year = str(row.fiscal_year) if lang == "th" else f"FY{row.fiscal_year - BE_OFFSET}"
    return f"{year}/{row.round}" if several_rounds else year


def segment_test_text(test: SegmentTest | None, lang: str) -> str:
    """The segment test in words a supervisor reads: which test, its p-value, what it means."""
    if test is None:
        return QCoreApplication.translate(
            "SurveyResultsPage",
            "Fewer than two segments have answers: there is nothing to compare.",
        )
    p_value = (
        QCoreApplication.translate("SurveyResultsPage", "less than {p}").format(
            p=number_text(0.001, lang, 3)
        )
        if test.p_value < 0.001
        else number_text(test.p_value, lang, 3)
    )
    head = QCoreApplication.translate(
        "SurveyResultsPage",
        "{test} test of the respondents' mean ratings across {groups} segments "
        "({n} respondents): p = {p}.",
    ).format(
        test=test.test, groups=number_text(test.groups, lang), n=number_text(test.n, lang),
        p=p_value,
    )  # fmt: skip
    if test.p_value < SIGNIFICANCE:
        verdict = QCoreApplication.translate(
            "SurveyResultsPage",
            "The segments really differ: a difference this large would arise by chance less "
            "than 5 times in 100 (significant at the 0.05 level).",
        )
    else:
        verdict = QCoreApplication.translate(
            "SurveyResultsPage",
            "The differences between segments may well be chance (not significant at the 0.05 "
            "level): treat the segments as alike.",
        )
    return f"{head} {verdict}"


def make_table(parent: QWidget, model: Any, name: str) -> QTableView:
    """A read-only table of figures whose first column (names, often Thai) wraps."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(layout.DEFAULT_ROW_HEIGHT)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setItemDelegateForColumn(0, ThaiWrapDelegate(table, max_lines=3))
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # The names take the room the figures leave (at least a few words a line).
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(48)
    table.setMinimumWidth(NAME_COLUMN_WIDTH)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


class SurveyResultsPage(SurveyReadingPage[Loaded]):
    def __init__(
        self,
        analysis: SurveyAnalysisService,
        tasks: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tasks, parent)
        self.setObjectName("results")
        self._analysis = analysis
        self.results: SurveyResults | None = None
        self.trend: SurveyTrend | None = None

        self.segment_label = QLabel(self)
        self.segment_box = QComboBox(self)
        self.segment_box.setObjectName("segment")
        self.segment_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.segment_box.setMinimumContentsLength(18)
        self.segment_label.setBuddy(self.segment_box)
        self.segment_box.currentIndexChanged.connect(lambda _index: self._show_group())
        self.message = QLabel(self)
        self.message.setObjectName("results_message")
        self.message.setWordWrap(True)

        self.figure_captions: dict[str, WrappingLabel] = {}
        self.figure_values: dict[str, QLabel] = {}
        self.figures = figures = QGridLayout()
        figures.setHorizontalSpacing(layout.SECTION_SPACING)
        figures.setVerticalSpacing(0)
        for column, (name, _caption) in enumerate(FIGURES):
            value = QLabel(self)
            value.setObjectName(f"figure_{name}")
            font = value.font()
            font.setPointSizeF(font.pointSizeF() * 1.4)
            font.setBold(True)
            value.setFont(font)
            caption = WrappingLabel(parent=self)
            figures.addWidget(value, 0, column)
            figures.addWidget(caption, 1, column, Qt.AlignmentFlag.AlignTop)
            figures.setColumnMinimumWidth(column, FIGURE_WIDTH)
            self.figure_values[name], self.figure_captions[name] = value, caption
        # Figures a survey lacks (NPS, engagement) are hidden: the others close up on the left.
        figures.setColumnStretch(len(FIGURES), 1)

        self.scores_model = SurveyScoresModel(self)
        self.scores = make_table(self, self.scores_model, "scores")

        self.compare_label = QLabel(self)
        self.compare_box = QComboBox(self)
        self.compare_box.setObjectName("compare_on")
        self.compare_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.compare_box.setMinimumContentsLength(24)
        self.compare_label.setBuddy(self.compare_box)
        self.compare_box.currentIndexChanged.connect(lambda _index: self._show_segments())
        self.segments_model = SurveySegmentsModel(self)
        self.segments = make_table(self, self.segments_model, "segments")
        self.test_label = WrappingLabel(parent=self)
        self.test_label.setObjectName("segment_test")
        segments_page = QWidget(self)
        segments_box = QVBoxLayout(segments_page)
        segments_box.setContentsMargins(0, layout.SPACING, 0, 0)
        compare_row = QHBoxLayout()
        compare_row.addWidget(self.compare_label)
        compare_row.addWidget(self.compare_box)
        compare_row.addStretch(1)
        segments_box.addLayout(compare_row)
        segments_box.addWidget(self.segments, 1)
        segments_box.addWidget(self.test_label)

        self.gaps_model = SurveyGapsModel(self)
        self.gaps = make_table(self, self.gaps_model, "gaps")
        self.gaps_note = WrappingLabel(parent=self)
        self.gaps_note.setObjectName("gaps_note")
        gaps_page = QWidget(self)
        gaps_box = QVBoxLayout(gaps_page)
        gaps_box.setContentsMargins(0, layout.SPACING, 0, 0)
        gaps_box.addWidget(self.gaps, 1)
        gaps_box.addWidget(self.gaps_note)

        self.trend_model = SurveyTrendModel(self)
        self.trend_table = make_table(self, self.trend_model, "trend")

        self.details = QTabWidget(self)
        self.details.setObjectName("results_details")
        self.details.setDocumentMode(True)
        self.details.addTab(self.scores, "")
        self.details.addTab(segments_page, "")
        self.details.addTab(gaps_page, "")
        self.details.addTab(self.trend_table, "")

        self.dimension_chart = ChartWidget(self, kind=ChartKind.VERTICAL_BARS)
        self.dimension_chart.setObjectName("dimension_chart")
        self.trend_chart = ChartWidget(self, kind=ChartKind.VERTICAL_BARS)
        self.trend_chart.setObjectName("trend_chart")

        charts = QSplitter(Qt.Orientation.Vertical, self)
        charts.addWidget(self.dimension_chart)
        charts.addWidget(self.trend_chart)
        self.body = QSplitter(Qt.Orientation.Horizontal, self)
        self.body.addWidget(self.details)
        self.body.addWidget(charts)
        self.body.setStretchFactor(0, 3)
        self.body.setStretchFactor(1, 2)
        self.body.setSizes([760, 480])

        top = QHBoxLayout()
        top.setSpacing(layout.SPACING)
        top.addWidget(self.segment_label)
        top.addWidget(self.segment_box)
        top.addSpacing(layout.SECTION_SPACING)
        top.addWidget(self.message, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, layout.SPACING, 0, 0)
        box.setSpacing(layout.SPACING)
        box.addLayout(top)
        box.addLayout(figures)
        box.addWidget(self.body, 1)
        self.retranslate()

    # --- the page's API ----------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Results")

    def segment(self) -> str:
        """The code of the segment shown ("" for all respondents)."""
        return str(self.segment_box.currentData() or ALL)

    def set_segment(self, code: str) -> None:
        index = self.segment_box.findData(code)
        self.segment_box.setCurrentIndex(max(index, 0))

    # --- reading (SurveyReadingPage) -------------------------------------------------------
    def _reader(self, survey_id: uuid.UUID) -> Callable[[], Loaded]:
        analysis = self._analysis
        self.message.setText(self.tr("Computing the results…"))
        return lambda: (analysis.results(survey_id), analysis.trend(survey_id))

    def _reading_title(self) -> str:
        return self.tr("Computing the survey results…")

    def _reading_failed(self) -> None:
        self.message.clear()

    def _show(self, figures: Loaded | None) -> None:
        self.results, self.trend = figures if figures is not None else (None, None)
        self._fill_boxes()
        self._draw()

    def _fill_boxes(self) -> None:
        lang = current_language()
        results = self.results
        segment, compare = self.segment(), self.compare_box.currentData()
        for combo in (self.segment_box, self.compare_box):
            combo.blockSignals(True)
            combo.clear()
        self.segment_box.addItem(self.tr("All respondents"), ALL)
        if results is not None:
            for group in results.segments:
                self.segment_box.addItem(name_text(group.name, lang), group.code)
            for row in results.rows[::-1]:  # overall, the dimensions, then the items
                if row.level is ResultLevel.ITEM:
                    continue
                self.compare_box.addItem(name_text(row.title, lang), row.code)
            for row in results.rows:
                if row.level is ResultLevel.ITEM:
                    label = f"{row.number} {name_text(row.title, lang)}".strip()
                    self.compare_box.addItem(label, row.code)
        self.segment_box.setCurrentIndex(max(self.segment_box.findData(segment), 0))
        self.compare_box.setCurrentIndex(max(self.compare_box.findData(compare or OVERALL), 0))
        for combo in (self.segment_box, self.compare_box):
            combo.blockSignals(False)

    # --- drawing -----------------------------------------------------------------------------
    def group_rows(self) -> tuple[ScoreRow, ...]:
        """The score rows of the respondents shown (all, or the chosen segment's)."""
        results = self.results
        if results is None:
            return ()
        segment = self.segment()
        if segment == ALL:
            return results.rows
        found = next((s for s in results.segments if s.code == segment), None)
        return found.rows if found is not None else ()

    def _draw(self) -> None:
        results = self.results
        if results is None:
            self.message.setText(
                self.tr("Choose a survey in the list above.") if self._survey_id is None else ""
            )
        elif results.survey.responses == 0:
            self.message.setText(self.tr("No forms have been entered or imported yet."))
        else:
            self.message.setText(self.tr("S.D. is the sample standard deviation (n − 1)."))
        self._show_figures()
        self._show_group()
        self._show_segments()
        self._show_gaps()
        self._draw_trend()

    def _show_figures(self) -> None:
        lang = current_language()
        results = self.results
        values = dict.fromkeys(self.figure_values, "–")
        captions = {name: QCoreApplication.translate(CONTEXT, caption) for name, caption in FIGURES}
        visible = dict.fromkeys(self.figure_values, True)
        if results is not None:
            overall = results.overall
            values["responses"] = number_text(results.survey.responses, lang)
            if overall.percent is not None:
                values["overall"] = percent_text(overall.percent, lang)
                captions["overall"] = self.tr("Overall score (mean {mean}, {band})").format(
                    mean=mean_text(overall.mean, lang), band=name_text(overall.band_name, lang)
                )
            target = results.survey.target_percent
            if target is not None:
                verdict = {
                    True: self.tr("met"),
                    False: self.tr("not met"),
                    None: self.tr("no score yet"),
                }[results.target_met]
                values["target"] = self.tr("{target} — {verdict}").format(
                    target=percent_text(target, lang), verdict=verdict
                )
            visible["target"] = target is not None
            values["satisfied"] = (
                "–" if overall.satisfied_pct is None else percent_text(overall.satisfied_pct, lang)
            )
            nps = next((row for row in results.nps if row.segment == ALL), None)
            visible["nps"] = nps is not None
            if nps is not None and nps.nps is not None:
                values["nps"] = number_text(nps.nps, lang, 1)
            visible["engagement"] = results.engagement is not None
            if results.engagement is not None and results.engagement.value is not None:
                values["engagement"] = percent_text(results.engagement.value, lang)
        for column, (name, label) in enumerate(self.figure_values.items()):
            label.setText(values[name])
            label.setVisible(visible[name])
            self.figures.setColumnMinimumWidth(column, FIGURE_WIDTH if visible[name] else 0)
            self.figure_captions[name].setText(captions[name])
            self.figure_captions[name].setVisible(visible[name])
        met = results.target_met if results is not None else None
        colour = {True: "#1b7f3b", False: "#b3261e", None: ""}[met]
        self.figure_values["target"].setStyleSheet(f"color: {colour};" if colour else "")

    def _show_group(self) -> None:
        lang = current_language()
        rows = self.group_rows()
        self.scores_model.set_rows(rows)
        summary = [row for row in rows if row.level is not ResultLevel.ITEM]
        series = [Series(self._group_name(), [row.percent or 0 for row in summary])]
        if self.segment() != ALL and self.results is not None:
            everyone = {row.code: row.percent for row in self.results.rows}
            series.append(
                Series(self.tr("All respondents"), [everyone.get(r.code) or 0 for r in summary])
            )
        self.dimension_chart.set_language(lang)
        self.dimension_chart.set_data(
            [name_text(row.title, lang) for row in summary],
            series if summary else [],
            title=self.tr("Percent score by dimension"),
            decimals=1,
        )

    def _group_name(self) -> str:
        return self.segment_box.currentText() or self.tr("All respondents")

    def _show_segments(self) -> None:
        results = self.results
        lang = current_language()
        if results is None:
            self.segments_model.set_rows(None, 0, (), OVERALL)
            self.test_label.setText("")
            return
        code = str(self.compare_box.currentData() or OVERALL)
        everyone = next((row for row in results.rows if row.code == code), None)
        self.segments_model.set_rows(
            everyone, results.survey.responses, results.segments, code, self._segment_figures()
        )
        self.test_label.setText(segment_test_text(results.segment_test, lang))

    def _segment_figures(self) -> list[SegmentFigure]:
        """The engagement index and each NPS question, per segment, where the survey has them."""
        results, lang = self.results, current_language()
        if results is None:
            return []
        figures = []
        engagement = results.engagement
        if engagement is not None:
            values = {ALL: engagement.value, **dict(engagement.by_segment)}
            figures.append(
                SegmentFigure(
                    self.tr("Engagement index"),
                    self.tr("The mean percent score of the engagement items"),
                    {code: share_text(value, lang) for code, value in values.items()},
                )
            )
        questions = list(dict.fromkeys(row.code for row in results.nps))
        for question in questions:
            rows = [row for row in results.nps if row.code == question]
            figures.append(
                SegmentFigure(
                    self.tr("NPS {code}").format(code=question) if len(questions) > 1 else "NPS",
                    self.tr("Net Promoter Score: % promoters (9–10) − % detractors (0–6)"),
                    {
                        row.segment: "–" if row.nps is None else number_text(row.nps, lang, 1)
                        for row in rows
                    },
                )
            )
        return figures

    def _show_gaps(self) -> None:
        gaps = self.results.gaps if self.results is not None else ()
        self.gaps_model.set_rows(gaps)
        self.gaps.setVisible(bool(gaps))
        self.gaps_note.setText(
            self.tr(
                "Improve first: items that matter more and satisfy less than the items on "
                "average. Exceeds expectations: satisfaction at least as high as importance."
            )
            if gaps
            else self.tr("This survey asks no importance questions, so there are no gaps.")
        )

    def _draw_trend(self) -> None:
        lang = current_language()
        trend = self.trend
        rounds = trend.rounds if trend is not None else ()
        several = len({r.fiscal_year for r in rounds}) < len(rounds)
        labels = [round_label(r, lang, several) for r in rounds]
        self.trend_model.set_trend(trend, labels)
        target = next((r.target_percent for r in reversed(rounds) if r.current), None)
        title = (
            self.tr("Overall percent score per fiscal year (target {target})").format(
                target=percent_text(target, lang)
            )
            if target is not None
            else self.tr("Overall percent score per fiscal year")
        )
        self.trend_chart.set_language(lang)
        self.trend_chart.set_data(
            labels,
            [Series(self.tr("Overall"), [r.percent or 0 for r in rounds])] if rounds else [],
            title=title,
            decimals=1,
        )

    # --- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.segment_label.setText(self.tr("Respondents"))
        self.compare_label.setText(self.tr("Compare the segments on"))
        self.details.setTabText(0, self.tr("Scores"))
        self.details.setTabText(1, self.tr("Segments"))
        self.details.setTabText(2, self.tr("Importance and satisfaction"))
        self.details.setTabText(3, self.tr("Over the years"))
        for model in (self.scores_model, self.segments_model, self.gaps_model):
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
        self._fill_boxes()
        self._draw()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
