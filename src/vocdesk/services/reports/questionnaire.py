"""The printable paper questionnaire (``vocdesk report questionnaire --id CODE``): a survey's
design as the keyed-entry screen shows it (``SurveyEntryService.form_layout``), so the paper
and the screen have the same numbers, order, sections and answers.

A rating's levels carry the labels the design gives them (its choices), else the scale's default
labels, as the entry screen names them. The privacy notice is the agency's version in force
(``services.pdpa.notices``), printed with its version number.
"""

from __future__ import annotations

from vocdesk.domain.enums import QuestionType
from vocdesk.domain.messages import QT_TRANSLATE_NOOP
from vocdesk.domain.surveys.scales import level_labels
from vocdesk.reports.kit import Wording
from vocdesk.reports.questionnaire_form import (
    FormChoice,
    FormItem,
    QuestionnaireData,
    questionnaire_form,
)
from vocdesk.services.database import Database
from vocdesk.services.reports.context import Progress, ReportContext
from vocdesk.services.reports.survey import find_survey
from vocdesk.services.surveys.design import SurveyDesignService
from vocdesk.services.surveys.entry import EntryForm, EntryQuestion, SurveyEntryService

STEPS = 3


def build(db: Database, context: ReportContext, progress: Progress) -> bytes:
    progress(0, STEPS)
    survey_id = find_survey(db, context.request.subject)
    layout = SurveyEntryService(db).form_layout(survey_id)
    design = SurveyDesignService(db).read(survey_id).design
    progress(1, STEPS)
    words = context.wording
    data = questionnaire_data(
        layout, words, context.agency.privacy_notice(words.lang),
        context.agency.privacy_notice_version,
    )  # fmt: skip
    # The survey's own title heads the first page; the page header names the form shortly.
    title = words.say(
        "QuestionnaireForm",
        QT_TRANSLATE_NOOP("QuestionnaireForm", "Questionnaire {code}"),
        code=layout.code,
    )
    period = words.say(
        "QuestionnaireForm",
        QT_TRANSLATE_NOOP("QuestionnaireForm", "Fiscal year {year}, round {round}"),
        year=words.year(design.fiscal_year),
        round=words.number(design.round),
    )
    pdf = questionnaire_form(
        data,
        words,
        context.furniture(title, period_label=period),
        context.metadata(title, data.title),
    )
    progress(STEPS, STEPS)
    return pdf


def questionnaire_data(
    form: EntryForm, words: Wording, privacy_notice: str, notice_version: int | None = None
) -> QuestionnaireData:
    """The paper form of ``form`` in the wording's language, with the notice's version."""
    return QuestionnaireData(
        code=form.code,
        title=words.name(form.title_th, form.title_en),
        privacy_notice=privacy_notice,
        privacy_notice_version=notice_version,
        items=tuple(_item(question, words) for question in form.questions),
    )


def _item(question: EntryQuestion, words: Wording) -> FormItem:
    labels = {c.value: words.name(c.label_th, c.label_en) for c in question.choices}
    if question.type in (QuestionType.RATING, QuestionType.IMPORTANCE):
        points = question.points or 5
        defaults = level_labels(points)
        choices = tuple(
            FormChoice(v, labels.get(v) or words.name(*defaults[v - 1]))
            for v in range(1, points + 1)
        )
    else:
        choices = tuple(FormChoice(c.value, labels[c.value]) for c in question.choices)
    return FormItem(
        number=question.number,
        section=question.section,
        text=words.name(question.text_th, question.text_en),
        type=question.type,
        points=question.points,
        no_opinion=question.offers_no_opinion,
        choices=choices,
    )
