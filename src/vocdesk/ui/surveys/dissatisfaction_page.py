"""The Dissatisfaction page of a survey round (PMQA 3.1 b (5)): how much of the answering was
low, how many respondents were dissatisfied, the weakest items, and what dissatisfied
respondents wrote.

A *low answer* is one in the bottom two levels of its scale; a *dissatisfied respondent* gave at
least one. The figures come from ``SurveyAnalysisService.results`` off the GUI thread, only while
the page is on screen; an answer about a survey no longer chosen is dropped.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from vocdesk.domain.messages import QT_TRANSLATE_NOOP
from vocdesk.services.surveys.analysis import (
    ResultLevel,
    ScoreRow,
    SurveyAnalysisService,
    SurveyResults,
)
from vocdesk.ui import layout
from vocdesk.ui.i18n import current_language
from vocdesk.ui.models.display import number_text, percent_text
from vocdesk.ui.surveys.reading_page import SurveyReadingPage
from vocdesk.ui.surveys.results_models import (
    DissatisfiedCommentsModel,
    WeakestItemsModel,
    score_label,
)
from vocdesk.ui.surveys.results_page import make_table
from vocdesk.ui.tasks import TaskRunner
from vocdesk.ui.widgets.charts import ChartKind, ChartWidget, Series, scrolling
from vocdesk.ui.widgets.column_sizing import hide_when_empty
from vocdesk.ui.widgets.thai_wrap import ThaiWrapDelegate, WrappingLabel

CONTEXT = "SurveyDissatisfactionPage"
CHART_ITEMS = 6  # the items drawn; the table lists them all
COMMENT_LINES = 6  # a long comment wraps to this many lines before eliding

FIGURES = (
    ("low_answers", QT_TRANSLATE_NOOP("SurveyDissatisfactionPage", "Low answers (bottom two levels)")),
    ("dissatisfied", QT_TRANSLATE_NOOP("SurveyDissatisfactionPage", "Dissatisfied respondents")),
    ("comments", QT_TRANSLATE_NOOP("SurveyDissatisfactionPage", "Comments of dissatisfied respondents")),
)  # fmt: skip
ORDERS = (
    ("weakest", QT_TRANSLATE_NOOP("SurveyDissatisfactionPage", "Lowest score first")),
    ("dissatisfied", QT_TRANSLATE_NOOP("SurveyDissatisfactionPage", "Most dissatisfied first")),
)


class SurveyDissatisfactionPage(SurveyReadingPage[SurveyResults]):
    def __init__(
        self,
        analysis: SurveyAnalysisService,
        tasks: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tasks, parent)
        self.setObjectName("dissatisfaction")
        self._analysis = analysis
        self.results: SurveyResults | None = None

        self.message = QLabel(self)
        self.message.setObjectName("dissatisfaction_message")
        self.message.setWordWrap(True)
        self.figure_captions: dict[str, WrappingLabel] = {}
        self.figure_values: dict[str, QLabel] = {}
        figures = QGridLayout()
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
            figures.setColumnStretch(column, 1)
            self.figure_values[name], self.figure_captions[name] = value, caption

        self.order_label = QLabel(self)
        self.order_box = QComboBox(self)
        self.order_box.setObjectName("order")
        for key, _text in ORDERS:
            self.order_box.addItem("", key)
        self.order_label.setBuddy(self.order_box)
        self.order_box.currentIndexChanged.connect(lambda _index: self._show_items())
        self.items_model = WeakestItemsModel(self)
        self.items = make_table(self, self.items_model, "weakest_items")
        self.chart = ChartWidget(self, kind=ChartKind.HORIZONTAL_BARS)
        self.chart.setObjectName("dissatisfied_chart")

        self.comments_title = QLabel(self)
        font = self.comments_title.font()
        font.setBold(True)
        self.comments_title.setFont(font)
        self.comments_model = DissatisfiedCommentsModel(self)
        self.comments = make_table(self, self.comments_model, "dissatisfied_comments")
        self.comments.setItemDelegateForColumn(
            0, ThaiWrapDelegate(self.comments, max_lines=COMMENT_LINES)
        )
        self.comments.setItemDelegateForColumn(1, ThaiWrapDelegate(self.comments, max_lines=2))
        hide_when_empty(self.comments, [DissatisfiedCommentsModel.FORM_COLUMN])  # none imported

        items_side = QWidget(self)
        items_box = QVBoxLayout(items_side)
        items_box.setContentsMargins(0, 0, 0, 0)
        order_row = QHBoxLayout()
        order_row.addWidget(self.order_label)
        order_row.addWidget(self.order_box)
        order_row.addStretch(1)
        items_box.addLayout(order_row)
        items_box.addWidget(self.items, 1)
        upper = QSplitter(Qt.Orientation.Horizontal, self)
        upper.addWidget(items_side)
        upper.addWidget(scrolling(self.chart))
        upper.setStretchFactor(0, 3)
        upper.setStretchFactor(1, 2)
        upper.setSizes([680, 560])
        lower = QWidget(self)
        lower_box = QVBoxLayout(lower)
        lower_box.setContentsMargins(0, layout.SPACING, 0, 0)
        lower_box.addWidget(self.comments_title)
        lower_box.addWidget(self.comments, 1)
        self.body = QSplitter(Qt.Orientation.Vertical, self)
        self.body.addWidget(upper)
        self.body.addWidget(lower)
        self.body.setStretchFactor(0, 3)
        self.body.setStretchFactor(1, 2)

        box = QVBoxLayout(self)
        box.setContentsMargins(0, layout.SPACING, 0, 0)
        box.setSpacing(layout.SPACING)
        box.addWidget(self.message)
        box.addLayout(figures)
        box.addWidget(self.body, 1)
        self.retranslate()

    # --- the page's API ----------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Dissatisfaction")

    # --- reading (SurveyReadingPage) -------------------------------------------------------
    def _reader(self, survey_id: uuid.UUID) -> Callable[[], SurveyResults]:
        analysis = self._analysis
        return lambda: analysis.results(survey_id)

    def _reading_title(self) -> str:
        return self.tr("Computing the survey results…")

    def _show(self, figures: SurveyResults | None) -> None:
        self.results = figures
        self._draw()

    # --- drawing -----------------------------------------------------------------------------
    def item_rows(self) -> tuple[ScoreRow, ...]:
        if self.results is None:
            return ()
        found = self.results.dissatisfaction
        return (
            found.most_dissatisfied
            if self.order_box.currentData() == "dissatisfied"
            else (found.weakest)
        )

    def _draw(self) -> None:
        lang = current_language()
        results = self.results
        values = dict.fromkeys(self.figure_values, "–")
        captions = {name: QCoreApplication.translate(CONTEXT, text) for name, text in FIGURES}
        if results is None:
            self.message.setText(
                self.tr("Choose a survey in the list above.") if self._survey_id is None else ""
            )
            self.comments_model.set_rows(())
        else:
            found = results.dissatisfaction
            self.message.setText(
                self.tr(
                    "A low answer is one in the bottom two levels of its scale; a dissatisfied "
                    "respondent gave at least one."
                )
            )
            if found.low_answer_pct is not None:
                values["low_answers"] = percent_text(found.low_answer_pct, lang)
                captions["low_answers"] = self.tr(
                    "Low answers (bottom two levels): {low} of {answers}"
                ).format(
                    low=number_text(found.low_answers, lang),
                    answers=number_text(found.answers, lang),
                )
            if found.dissatisfied_pct is not None:
                values["dissatisfied"] = percent_text(found.dissatisfied_pct, lang)
                captions["dissatisfied"] = self.tr(
                    "Dissatisfied respondents: {people} of {respondents}"
                ).format(
                    people=number_text(found.dissatisfied_respondents, lang),
                    respondents=number_text(found.respondents, lang),
                )
            values["comments"] = number_text(len(found.comments), lang)
            numbers = {
                row.code: row.number
                for row in results.rows
                if row.level is ResultLevel.ITEM and row.number
            }
            self.comments_model.set_rows(found.comments, numbers)
        for name, label in self.figure_values.items():
            label.setText(values[name])
            self.figure_captions[name].setText(captions[name])
        self.comments.resizeRowsToContents()
        self._show_items()

    def _show_items(self) -> None:
        lang = current_language()
        rows = self.item_rows()
        self.items_model.set_rows(rows)
        self.items.resizeRowsToContents()
        drawn = (
            sorted(rows, key=lambda r: -(r.dissatisfied_pct or 0.0))[:CHART_ITEMS]
            if self.results is not None
            else []
        )
        self.chart.set_language(lang)
        self.chart.set_data(
            [score_label(row, lang) for row in drawn],
            [Series(self.tr("Dissatisfied"), [row.dissatisfied_pct or 0 for row in drawn])]
            if drawn
            else [],
            title=self.tr("Share of low answers by item (%)"),
            decimals=1,
        )

    # --- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.order_label.setText(self.tr("Items"))
        for index, (_key, text) in enumerate(ORDERS):
            self.order_box.setItemText(index, QCoreApplication.translate(CONTEXT, text))
        self.comments_title.setText(self.tr("What dissatisfied respondents wrote"))
        for model in (self.items_model, self.comments_model):
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
        self._draw()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
