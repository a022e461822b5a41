"""The Surveys tab's table: each survey round with its headline score."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from vocdesk.domain.messages import QT_TRANSLATE_NOOP
from vocdesk.services.surveys.rounds import SurveyRow, SurveysService
from vocdesk.ui.fiscal_years import fiscal_year_with_be
from vocdesk.ui.models.display import label_text, name_text, number_text, percent_text
from vocdesk.ui.models.lazy_table import Column, LazyTableModel


def _fiscal_year(row: SurveyRow, lang: str) -> str:
    # Stored in B.E. (as agencies name their fiscal years): C.E. in English, with the B.E. beside.
    return fiscal_year_with_be(row.fiscal_year, lang)


def _target(row: SurveyRow, lang: str) -> str:
    """The satisfaction target and whether the round's percent score reached it."""
    if row.target_percent is None:
        return ""
    target = percent_text(row.target_percent, lang)
    if row.percent is None:
        return target
    verdict = (
        QCoreApplication.translate("SurveysModel", "met")
        if row.percent >= row.target_percent
        else QCoreApplication.translate("SurveysModel", "not met")
    )
    return QCoreApplication.translate("SurveysModel", "{target} — {verdict}").format(
        target=target, verdict=verdict
    )


class SurveysModel(LazyTableModel[SurveyRow]):
    CONTEXT = "SurveysModel"
    COLUMNS = (
        Column("code", QT_TRANSLATE_NOOP("SurveysModel", "Code"), lambda r, _: r.code),
        Column("title", QT_TRANSLATE_NOOP("SurveysModel", "Title"),
               lambda r, lang: name_text(r.title, lang), wrap=True),
        Column("kind", QT_TRANSLATE_NOOP("SurveysModel", "Kind"), lambda r, _: label_text(r.kind)),
        Column("fiscal_year", QT_TRANSLATE_NOOP("SurveysModel", "Fiscal year"), _fiscal_year,
               number=lambda r: r.fiscal_year),
        Column("questions", QT_TRANSLATE_NOOP("SurveysModel", "Questions"),
               lambda r, lang: number_text(r.questions, lang), number=lambda r: r.questions),
        Column("responses", QT_TRANSLATE_NOOP("SurveysModel", "Responses"),
               lambda r, lang: number_text(r.responses, lang), number=lambda r: r.responses),
        Column("mean", QT_TRANSLATE_NOOP("SurveysModel", "Mean score"),
               lambda r, lang: number_text(r.mean, lang, 2), number=lambda r: r.mean),
        Column("percent", QT_TRANSLATE_NOOP("SurveysModel", "Percent"),
               lambda r, lang: percent_text(r.percent, lang), number=lambda r: r.percent),
        Column("target", QT_TRANSLATE_NOOP("SurveysModel", "Target"), _target,
               number=lambda r: r.target_percent),
    )  # fmt: skip
    DEFAULT_SORT = ("fiscal_year", Qt.SortOrder.DescendingOrder)
    LANGUAGE_SORT_KEYS = frozenset({"title"})

    def __init__(self, service: SurveysService, parent: Any = None, **kwargs: Any) -> None:
        super().__init__(service.count_surveys, service.list_surveys, parent, **kwargs)
