"""Built-in questionnaires a new survey can start from, in Thai and English.

- ``satisfaction``: the standard Thai agency satisfaction form. Its items are real ones, kept in
  ``template_items`` with their sources (``../shared/data/thai_satisfaction_form_items.csv``):
  Part 1 asks about the respondent, as the Department of Fisheries' form does; Part 2 rates the
  process, the staff and the facilities on 5 levels with "not applicable".
- ``engagement``: trust, would use again, would recommend (5 levels) and the 0-10 recommend
  question of the Net Promoter Score.
- ``dissatisfaction``: whether and where the respondent was dissatisfied, the weakest aspects
  rated, and what should be improved first.

The items live in Python (not a data file) so that they ship in the wheel and the bundle alike.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from vocdesk.domain.enums import ProfileField, QuestionType, SurveyKind
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error
from vocdesk.domain.tables import Named
from vocdesk.services.surveys import template_items as items
from vocdesk.services.surveys.design import (
    ChoiceDesign,
    QuestionDesign,
    SegmentChoice,
    SurveyDesign,
)

__all__ = ["SurveyTemplate", "template_design", "templates"]


@dataclass(frozen=True)
class SurveyTemplate:
    key: str  # "satisfaction", "engagement", "dissatisfaction"
    name: Named
    kind: SurveyKind
    code_prefix: str  # a new survey's code is prefix-year: SAT-2569
    questions: int  # how many questions it starts with


def templates() -> list[SurveyTemplate]:
    return [
        SurveyTemplate(key, Named(*name), kind, prefix, len(build({})))
        for key, (name, kind, prefix, _, build) in _TEMPLATES.items()
    ]


def template_design(
    key: str, *, fiscal_year: int, segments: Sequence[SegmentChoice] = ()
) -> SurveyDesign:
    """A new survey's design from template ``key``, for ``fiscal_year`` (B.E.). ``segments``
    (the registry's) let the "segment" profile answers and the target segments name the
    agency's segments by their codes (those it has)."""
    if key not in _TEMPLATES:
        raise user_error("SurveyTemplates", QT_TRANSLATE_NOOP("SurveyTemplates", "There is no survey template “{key}”."), key=key)  # fmt: skip
    (name_th, name_en), kind, prefix, targets, build = _TEMPLATES[key]
    by_code = {s.code: s.id for s in segments if s.active}
    title_th = f"{name_th} ประจำปีงบประมาณ พ.ศ. {fiscal_year}"
    title_en = f"{name_en}, fiscal year {fiscal_year - 543}"
    return SurveyDesign(
        code=f"{prefix}-{fiscal_year}", title_th=title_th, title_en=title_en, kind=kind,
        fiscal_year=fiscal_year, target_percent=85.0 if kind is SurveyKind.SATISFACTION else None,
        segment_ids=tuple(by_code[c] for c in targets if c in by_code),
        questions=build(by_code),
    )  # fmt: skip


def _profile(by_code: dict[str, uuid.UUID]) -> tuple[QuestionDesign, ...]:
    """Part 1: about the respondent (each places a response in a segment or describes it)."""
    questions = []
    for code, number, field, (text_th, text_en), answers in items.PROFILE_QUESTIONS:
        choices = tuple(
            ChoiceDesign(value, th, en, by_code.get(segment) if segment else None)
            for value, (th, en, segment) in enumerate(answers, start=1)
        )
        questions.append(QuestionDesign(
            code, text_th, text_en, number=number, section=items.PROFILE_SECTION[0],
            type=QuestionType.PROFILE, profile=ProfileField(field), choices=choices,
        ))  # fmt: skip
    return tuple(questions)


def _rated(
    rows: Sequence[tuple[str, str, str, str, str]], *, no_opinion: bool, prefix: str = "Q"
) -> tuple[QuestionDesign, ...]:
    return tuple(
        QuestionDesign(
            f"{prefix}{number}",
            text_th,
            text_en,
            number=number,
            section=section,
            dimension=dimension,
            points=5,
            offers_no_opinion=no_opinion,
        )  # fmt: skip
        for number, section, dimension, text_th, text_en in rows
    )


def _satisfaction(by_code: dict[str, uuid.UUID]) -> tuple[QuestionDesign, ...]:
    return (
        *_profile(by_code),
        *_rated(items.SATISFACTION_ITEMS, no_opinion=True),
        QuestionDesign(
            "SUGGEST",
            *items.SUGGESTION,
            number="3",
            section=items.SUGGESTION_SECTION,
            type=QuestionType.TEXT,
        ),  # fmt: skip
    )


def _engagement(by_code: dict[str, uuid.UUID]) -> tuple[QuestionDesign, ...]:
    return (
        *_profile(by_code)[:2],
        *_rated(items.ENGAGEMENT_ITEMS, no_opinion=False, prefix="E"),
        QuestionDesign(
            "NPS",
            *items.NPS_QUESTION,
            number="2.7",
            section=items.ENGAGEMENT_SECTION,
            dimension="loyalty",
            type=QuestionType.NPS,
        ),  # fmt: skip
        QuestionDesign(
            "SUGGEST",
            *items.SUGGESTION,
            number="3",
            section=items.SUGGESTION_SECTION,
            type=QuestionType.TEXT,
        ),  # fmt: skip
    )


def _dissatisfaction(by_code: dict[str, uuid.UUID]) -> tuple[QuestionDesign, ...]:
    section = items.DISSATISFACTION_SECTION
    return (
        *_profile(by_code)[:2],
        QuestionDesign("D2.1", *items.DISSATISFIED_EVER[0], number="2.1", section=section,
                       type=QuestionType.SINGLE, choices=_choices(items.DISSATISFIED_EVER[1])),
        QuestionDesign("D2.2", *items.DISSATISFIED_WHERE[0], number="2.2", section=section,
                       type=QuestionType.MULTIPLE, choices=_choices(items.DISSATISFIED_WHERE[1])),
        QuestionDesign("D2.3", *items.COMPLAINED[0], number="2.3", section=section,
                       type=QuestionType.SINGLE, choices=_choices(items.COMPLAINED[1])),
        *_rated(items.DISSATISFACTION_ITEMS, no_opinion=True, prefix="D"),
        QuestionDesign("IMPROVE", *items.IMPROVE_FIRST, number="4", section=items.SUGGESTION_SECTION,
                       type=QuestionType.TEXT),
    )  # fmt: skip


def _choices(labels: Sequence[tuple[str, str]]) -> tuple[ChoiceDesign, ...]:
    return tuple(ChoiceDesign(v, th, en) for v, (th, en) in enumerate(labels, start=1))


_TEMPLATES = {
    "satisfaction": (("แบบสำรวจความพึงพอใจของผู้รับบริการ", "Service recipient satisfaction survey"),
                     SurveyKind.SATISFACTION, "SAT", ("general_public", "business", "government"), _satisfaction),
    "engagement": (("แบบสำรวจความผูกพันของผู้รับบริการและผู้มีส่วนได้ส่วนเสีย", "Customer and stakeholder engagement survey"),
                   SurveyKind.ENGAGEMENT, "ENG", ("business", "government", "community", "partners"), _engagement),
    "dissatisfaction": (("แบบสำรวจความไม่พึงพอใจของผู้รับบริการ", "Service recipient dissatisfaction survey"),
                        SurveyKind.DISSATISFACTION, "DIS", ("general_public", "business", "government"), _dissatisfaction),
}  # fmt: skip
