"""The tables of a survey's results: scores per item, dimension and overall; the segments side by
side; importance–satisfaction gaps; the weakest items; the comments of dissatisfied respondents.

Each is a small read-only model filled at once from ``SurveyAnalysisService.results`` (a
survey has tens of items and a handful of segments). Figures are written the way the UI
language writes numbers; interpretation bands are named in that language (Thai reports use the
Thai names: มาก, มากที่สุด ...).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont

from vocdesk.domain.messages import QT_TRANSLATE_NOOP
from vocdesk.services.surveys.analysis import (
    OVERALL,
    DissatisfiedComment,
    GapRow,
    ResultLevel,
    ScoreRow,
    SegmentResult,
    SurveyTrend,
)
from vocdesk.ui.i18n import counted, current_language
from vocdesk.ui.models.display import name_text, number_text, percent_text
from vocdesk.ui.models.small_table import Index, SmallTableModel

DECIMALS = 2  # means, S.D.s and gaps, as Thai reports print them


def score_label(row: ScoreRow, lang: str) -> str:
    """An item as "2.3 text", a dimension or the overall row by its name."""
    title = name_text(row.title, lang)
    if row.level is ResultLevel.ITEM and row.number:
        return f"{row.number} {title}"
    return title


def band_text(row: ScoreRow, lang: str) -> str:
    return name_text(row.band_name, lang)


def mean_text(value: float | None, lang: str) -> str:
    return "–" if value is None else number_text(value, lang, DECIMALS)


def share_text(value: float | None, lang: str) -> str:
    return "–" if value is None else percent_text(value, lang)


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


# The figures of a score row, after its name column: (heading, tooltip, cell).
SCORE_FIGURES = (
    (QT_TRANSLATE_NOOP("SurveyScoresModel", "n"),
     QT_TRANSLATE_NOOP("SurveyScoresModel", "Answers counted: no answer and “no opinion” are left out"),
     lambda r, lang: number_text(r.n, lang)),
    (QT_TRANSLATE_NOOP("SurveyScoresModel", "Mean"),
     QT_TRANSLATE_NOOP("SurveyScoresModel", "Mean score on the scale (1 = lowest)"),
     lambda r, lang: mean_text(r.mean, lang)),
    (QT_TRANSLATE_NOOP("SurveyScoresModel", "S.D."),
     QT_TRANSLATE_NOOP("SurveyScoresModel", "Sample standard deviation (divided by n − 1)"),
     lambda r, lang: mean_text(r.sd, lang)),
    (QT_TRANSLATE_NOOP("SurveyScoresModel", "Percent"),
     QT_TRANSLATE_NOOP("SurveyScoresModel", "Percent score: mean ÷ points × 100"),
     lambda r, lang: share_text(r.percent, lang)),
    (QT_TRANSLATE_NOOP("SurveyScoresModel", "Level"),
     QT_TRANSLATE_NOOP("SurveyScoresModel", "The level the mean reads as (interpretation band)"),
     band_text),
    (QT_TRANSLATE_NOOP("SurveyScoresModel", "Satisfied"),
     QT_TRANSLATE_NOOP("SurveyScoresModel", "Share of answers in the top two levels"),
     lambda r, lang: share_text(r.satisfied_pct, lang)),
    (QT_TRANSLATE_NOOP("SurveyScoresModel", "Dissatisfied"),
     QT_TRANSLATE_NOOP("SurveyScoresModel", "Share of answers in the bottom two levels"),
     lambda r, lang: share_text(r.dissatisfied_pct, lang)),
)  # fmt: skip


class _Bold(SmallTableModel):
    """Bold rows (dimensions, overall) and a tooltip per heading."""

    CONTEXT = ""
    NAME_TITLE = ""
    NAME_TOOLTIP = ""

    def _figures(self) -> Sequence[tuple[str, str, Any]]:
        return ()

    def titles(self) -> list[str]:
        return [_tr(self.CONTEXT, self.NAME_TITLE)] + [
            _tr("SurveyScoresModel", title) for title, _tip, _cell in self._figures()
        ]

    def title_tooltip(self, section: int) -> str:
        if section == 0:
            return _tr(self.CONTEXT, self.NAME_TOOLTIP or self.NAME_TITLE)
        return _tr("SurveyScoresModel", self._figures()[section - 1][1])

    def is_bold(self, row: int) -> bool:
        return False

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid() and self.is_bold(index.row()):
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


class SurveyScoresModel(_Bold):
    """Scores of one group of respondents: items in form order, then dimensions, then overall."""

    CONTEXT = "SurveyScoresModel"
    NAME_TITLE = QT_TRANSLATE_NOOP("SurveyScoresModel", "Item")
    NAME_TOOLTIP = QT_TRANSLATE_NOOP("SurveyScoresModel", "Item, dimension or the survey overall")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ScoreRow] = []

    def set_rows(self, rows: Sequence[ScoreRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[ScoreRow]:
        return list(self._rows)

    def _figures(self) -> Sequence[tuple[str, str, Any]]:
        return SCORE_FIGURES

    def row_count(self) -> int:
        return len(self._rows)

    def cell(self, row: int, column: int) -> str:
        line, lang = self._rows[row], current_language()
        if column == 0:
            return score_label(line, lang)
        return str(SCORE_FIGURES[column - 1][2](line, lang))

    def is_bold(self, row: int) -> bool:
        return self._rows[row].level is not ResultLevel.ITEM


@dataclass(frozen=True)
class SegmentFigure:
    """A figure beside the segments' scores: its heading, tooltip and text per segment code
    ("" for all respondents)."""

    title: str
    tooltip: str
    values: dict[str, str]


class SurveySegmentsModel(_Bold):
    """One score (overall, a dimension or an item) for all respondents and for each segment."""

    CONTEXT = "SurveySegmentsModel"
    NAME_TITLE = QT_TRANSLATE_NOOP("SurveySegmentsModel", "Respondents")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, int, ScoreRow | None]] = []  # name, responses, the score
        self._codes: list[str] = []  # each row's segment code ("" for all respondents)
        self._extras: list[SegmentFigure] = []

    def set_rows(
        self,
        everyone: ScoreRow | None,
        responses: int,
        segments: Sequence[SegmentResult],
        code: str,
        extras: Sequence[SegmentFigure] = (),
    ) -> None:
        """``code``'s score for all respondents (``everyone``) and in each segment; then a
        column per figure of ``extras`` (the engagement index, NPS) for the same rows."""
        lang = current_language()
        self.beginResetModel()
        self._codes = ["", *(s.code for s in segments)]
        self._extras = list(extras)
        self._rows = [
            (
                QCoreApplication.translate("SurveySegmentsModel", "All respondents"),
                responses,
                everyone,
            ),
            *((name_text(s.name, lang), s.responses, _find(s.rows, code)) for s in segments),
        ]
        self.endResetModel()

    def _figures(self) -> Sequence[tuple[str, str, Any]]:
        return (
            (QT_TRANSLATE_NOOP("SurveyScoresModel", "Forms"),
             QT_TRANSLATE_NOOP("SurveyScoresModel", "Forms returned by these respondents"),
             None),
            *SCORE_FIGURES,
        )  # fmt: skip

    def titles(self) -> list[str]:
        return super().titles() + [extra.title for extra in self._extras]

    def title_tooltip(self, section: int) -> str:
        base = len(super().titles())
        if section >= base:
            return self._extras[section - base].tooltip
        return super().title_tooltip(section)

    def row_count(self) -> int:
        return len(self._rows)

    def cell(self, row: int, column: int) -> str:
        name, responses, line = self._rows[row]
        lang = current_language()
        base = len(SCORE_FIGURES) + 2
        if column >= base:
            return self._extras[column - base].values.get(self._codes[row], "–")
        if column == 0:
            return name
        if column == 1:
            return number_text(responses, lang)
        if line is None:
            return "–"
        return str(SCORE_FIGURES[column - 2][2](line, lang))

    def is_bold(self, row: int) -> bool:
        return row == 0


def _find(rows: Sequence[ScoreRow], code: str) -> ScoreRow | None:
    return next((row for row in rows if row.code == code), None)


GAP_VERDICTS = {
    "improve": QT_TRANSLATE_NOOP("SurveyGapsModel", "Improve first"),
    "exceeds": QT_TRANSLATE_NOOP("SurveyGapsModel", "Exceeds expectations"),
    "below": QT_TRANSLATE_NOOP("SurveyGapsModel", "Below expectations"),
}


def gap_verdict(gap: GapRow) -> str:
    if gap.gap is None:
        return "–"
    if gap.improve_first:
        return _tr("SurveyGapsModel", GAP_VERDICTS["improve"])
    if gap.exceeds_expectations:
        return _tr("SurveyGapsModel", GAP_VERDICTS["exceeds"])
    return _tr("SurveyGapsModel", GAP_VERDICTS["below"])


class SurveyGapsModel(SmallTableModel):
    """Importance beside satisfaction per item, the largest gap first."""

    TITLES = (
        QT_TRANSLATE_NOOP("SurveyGapsModel", "Item"),
        QT_TRANSLATE_NOOP("SurveyGapsModel", "Importance"),
        QT_TRANSLATE_NOOP("SurveyGapsModel", "Satisfaction"),
        QT_TRANSLATE_NOOP("SurveyGapsModel", "Gap"),
        QT_TRANSLATE_NOOP("SurveyGapsModel", "Reading"),
    )
    TOOLTIPS = (
        QT_TRANSLATE_NOOP("SurveyGapsModel", "Item"),
        QT_TRANSLATE_NOOP("SurveyGapsModel", "Mean importance"),
        QT_TRANSLATE_NOOP("SurveyGapsModel", "Mean satisfaction"),
        QT_TRANSLATE_NOOP("SurveyGapsModel", "Importance minus satisfaction: above 0, the item satisfies less than it matters"),
        QT_TRANSLATE_NOOP("SurveyGapsModel", "Improve first: matters more and satisfies less than the items on average. Exceeds expectations: satisfaction at least as high as importance"),
    )  # fmt: skip

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[GapRow] = []

    def set_rows(self, rows: Sequence[GapRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def titles(self) -> list[str]:
        return [_tr("SurveyGapsModel", t) for t in self.TITLES]

    def title_tooltip(self, section: int) -> str:
        return _tr("SurveyGapsModel", self.TOOLTIPS[section])

    def row_count(self) -> int:
        return len(self._rows)

    def cell(self, row: int, column: int) -> str:
        gap, lang = self._rows[row], current_language()
        if column == 0:
            title = name_text(gap.title, lang)
            return f"{gap.number} {title}" if gap.number else title
        if column == 1:
            return mean_text(gap.importance_mean, lang)
        if column == 2:
            return mean_text(gap.satisfaction_mean, lang)
        if column == 3:
            return "–" if gap.gap is None else number_text(gap.gap, lang, DECIMALS)
        return gap_verdict(gap)


class WeakestItemsModel(SurveyScoresModel):
    """The items with the lowest percent score, lowest first (rows as the scores table's)."""

    def is_bold(self, row: int) -> bool:
        return False


class DissatisfiedCommentsModel(SmallTableModel):
    """What dissatisfied respondents wrote, the least satisfied first."""

    FORM_COLUMN = 4  # the keyed form's number: none for responses imported from a file
    TEXT_COLUMNS = frozenset({0, 1, 3, 4})  # comment, segment, items, form: left, as their headings
    TITLES = (
        QT_TRANSLATE_NOOP("DissatisfiedCommentsModel", "Comment"),
        QT_TRANSLATE_NOOP("DissatisfiedCommentsModel", "Segment"),
        QT_TRANSLATE_NOOP("DissatisfiedCommentsModel", "Their mean"),
        QT_TRANSLATE_NOOP("DissatisfiedCommentsModel", "Items rated low"),
        QT_TRANSLATE_NOOP("DissatisfiedCommentsModel", "Form"),
    )
    TOOLTIPS = (
        QT_TRANSLATE_NOOP("DissatisfiedCommentsModel", "The form's comment, or an answer to an open question"),
        QT_TRANSLATE_NOOP("DissatisfiedCommentsModel", "Segment"),
        QT_TRANSLATE_NOOP("DissatisfiedCommentsModel", "The respondent's mean rating"),
        QT_TRANSLATE_NOOP("DissatisfiedCommentsModel", "Items they answered in the bottom two levels"),
        QT_TRANSLATE_NOOP("DissatisfiedCommentsModel", "Form number"),
    )  # fmt: skip

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[DissatisfiedComment] = []
        self._numbers: dict[str, str] = {}  # item code -> its number as printed

    def set_rows(
        self, rows: Sequence[DissatisfiedComment], numbers: dict[str, str] | None = None
    ) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._numbers = dict(numbers or {})
        self.endResetModel()

    def titles(self) -> list[str]:
        return [_tr("DissatisfiedCommentsModel", t) for t in self.TITLES]

    def title_tooltip(self, section: int) -> str:
        return _tr("DissatisfiedCommentsModel", self.TOOLTIPS[section])

    def row_count(self) -> int:
        return len(self._rows)

    def cell(self, row: int, column: int) -> str:
        comment, lang = self._rows[row], current_language()
        if column == 0:
            return comment.text
        if column == 1:
            return name_text(comment.segment_name, lang) or "–"
        if column == 2:
            return mean_text(comment.mean, lang)
        if column == 3:
            return ", ".join(self._numbers.get(code) or code for code in comment.low_items)
        return comment.form_number or "–"


class SurveyTrendModel(SmallTableModel):
    """The overall and dimension percent scores of the rounds of one kind, the years side by
    side (B.E. in Thai)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._trend: SurveyTrend | None = None
        self._labels: list[str] = []

    def set_trend(self, trend: SurveyTrend | None, labels: Sequence[str]) -> None:
        self.beginResetModel()
        self._trend = trend
        self._labels = list(labels)
        self.endResetModel()

    def titles(self) -> list[str]:
        return [QCoreApplication.translate("SurveyTrendModel", "Score")] + self._labels

    def title_tooltip(self, section: int) -> str:
        if section == 0 or self._trend is None:
            return self.titles()[section]
        found = self._trend.rounds[section - 1]
        forms = found.responses
        return counted(
            QCoreApplication.translate("SurveyTrendModel", "{code}: %Ln form(s)", None, forms),
            forms,
        ).format(code=found.code)

    def _lines(self) -> list[tuple[str, str]]:
        """(code, name) of each row: the overall score, then each dimension."""
        if self._trend is None:
            return []
        lang = current_language()
        return [(OVERALL, QCoreApplication.translate("SurveyTrendModel", "Overall"))] + [
            (code, name_text(name, lang)) for code, name in self._trend.dimensions
        ]

    def row_count(self) -> int:
        return len(self._lines())

    def cell(self, row: int, column: int) -> str:
        code, name = self._lines()[row]
        if column == 0:
            return name
        assert self._trend is not None
        found = self._trend.rounds[column - 1]
        value = found.percent if code == OVERALL else dict(found.dimensions).get(code)
        return share_text(value, current_language())

    def is_bold(self, row: int) -> bool:
        return row == 0

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid() and self.is_bold(index.row()):
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)
