"""A survey's design as plain values, and the rules a design must keep before it is saved.

``check_design`` returns the design tidied (spaces trimmed, rating levels labelled, fields a type
does not use cleared) or raises ``InvalidSurveyDesign`` listing every problem with where it is:
the survey's field, or the question (and choice) and its field. The workbook importer turns the
same places into sheets, rows and columns; the dialog shows them as a list.

Rating and importance scales have 2 to 11 points: 4, 5 and 7 get the worded Thai and English
level labels of ``domain.surveys.scales``, other sizes are labelled by their numbers, unless the
design gives its own labels. An NPS question is always 0-10 and needs no choices.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from datetime import date

from vocdesk.domain.enums import (
    BandConvention,
    ProfileField,
    QuestionType,
    SurveyKind,
    SurveyMethod,
)
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, Message, UserError
from vocdesk.domain.surveys.scales import level_labels

CONTEXT = "SurveyDesignCheck"
CODE_MAX = 40
NUMBER_MAX = 20
TITLE_MAX = 300
SECTION_MAX = 300
LABEL_MAX = 300
POINTS_MIN, POINTS_MAX = 2, 11
YEAR_MIN, YEAR_MAX = 2500, 2700  # Buddhist Era
SCALED = frozenset({QuestionType.RATING, QuestionType.IMPORTANCE})
WITH_CHOICES = frozenset({QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.PROFILE})
NO_CHOICES = frozenset({QuestionType.NUMBER, QuestionType.TEXT})

# What each field is called in messages (the dialog's and the workbook's words).
FIELD_NAMES: dict[str, str] = {
    "code": QT_TRANSLATE_NOOP("SurveyDesignCheck", "code"),
    "title": QT_TRANSLATE_NOOP("SurveyDesignCheck", "title"),
    "title_th": QT_TRANSLATE_NOOP("SurveyDesignCheck", "Thai title"),
    "title_en": QT_TRANSLATE_NOOP("SurveyDesignCheck", "English title"),
    "fiscal_year": QT_TRANSLATE_NOOP("SurveyDesignCheck", "fiscal year"),
    "round": QT_TRANSLATE_NOOP("SurveyDesignCheck", "round"),
    "scale_points": QT_TRANSLATE_NOOP("SurveyDesignCheck", "scale points"),
    "target_sample": QT_TRANSLATE_NOOP("SurveyDesignCheck", "target sample"),
    "target_percent": QT_TRANSLATE_NOOP("SurveyDesignCheck", "satisfaction target"),
    "closes_on": QT_TRANSLATE_NOOP("SurveyDesignCheck", "closing date"),
    "target_segments": QT_TRANSLATE_NOOP("SurveyDesignCheck", "target segments"),
    "questions": QT_TRANSLATE_NOOP("SurveyDesignCheck", "questions"),
    "number": QT_TRANSLATE_NOOP("SurveyDesignCheck", "number"),
    "section": QT_TRANSLATE_NOOP("SurveyDesignCheck", "section"),
    "text": QT_TRANSLATE_NOOP("SurveyDesignCheck", "text"),
    "text_th": QT_TRANSLATE_NOOP("SurveyDesignCheck", "Thai text"),
    "dimension": QT_TRANSLATE_NOOP("SurveyDesignCheck", "dimension"),
    "type": QT_TRANSLATE_NOOP("SurveyDesignCheck", "type"),
    "points": QT_TRANSLATE_NOOP("SurveyDesignCheck", "points"),
    "offers_no_opinion": QT_TRANSLATE_NOOP("SurveyDesignCheck", "no opinion"),
    "profile": QT_TRANSLATE_NOOP("SurveyDesignCheck", "profile field"),
    "choices": QT_TRANSLATE_NOOP("SurveyDesignCheck", "choices"),
    "value": QT_TRANSLATE_NOOP("SurveyDesignCheck", "value"),
    "label": QT_TRANSLATE_NOOP("SurveyDesignCheck", "label"),
    "label_th": QT_TRANSLATE_NOOP("SurveyDesignCheck", "Thai label"),
    "label_en": QT_TRANSLATE_NOOP("SurveyDesignCheck", "English label"),
    "segment": QT_TRANSLATE_NOOP("SurveyDesignCheck", "segment"),
}


@dataclass(frozen=True)
class ChoiceDesign:
    """A labelled answer: a scale level, a choice, or a profile answer that may name a segment."""

    value: int
    label_th: str
    label_en: str = ""
    segment_id: uuid.UUID | None = None


@dataclass(frozen=True)
class QuestionDesign:
    """One question; ``id`` is the stored question's (None for a new one): a save matches by it,
    or, without it, by ``code``, so a question keeps its answers when its code changes."""

    code: str
    text_th: str
    text_en: str = ""
    number: str = ""
    section: str = ""
    dimension: str = ""
    type: QuestionType = QuestionType.RATING
    points: int | None = None
    offers_no_opinion: bool = False
    profile: ProfileField | None = None
    choices: tuple[ChoiceDesign, ...] = ()
    id: uuid.UUID | None = None


@dataclass(frozen=True)
class SurveyDesign:
    """A survey's whole design; ``fiscal_year`` is Buddhist Era; questions in form order."""

    code: str
    title_th: str
    kind: SurveyKind
    fiscal_year: int
    title_en: str = ""
    round: int = 1
    method: SurveyMethod = SurveyMethod.PAPER
    scale_points: int = 5
    band_convention: BandConvention = BandConvention.EQUAL_WIDTH
    target_sample: int | None = None
    target_percent: float | None = None
    opens_on: date | None = None
    closes_on: date | None = None
    notes: str = ""
    segment_ids: tuple[uuid.UUID, ...] = ()
    questions: tuple[QuestionDesign, ...] = ()


@dataclass(frozen=True)
class DesignProblem:
    """One thing wrong: ``question`` and ``choice`` are 0-based positions in the design (None:
    the survey itself, or the question as a whole); ``field`` a key of ``FIELD_NAMES``."""

    field: str
    message: Message
    question: int | None = None
    choice: int | None = None
    question_code: str = ""

    def as_message(self) -> Message:
        field_name = Message(CONTEXT, FIELD_NAMES.get(self.field, self.field))
        if self.question is None:
            if self.question_code:  # a stored question the design no longer has
                return Message(CONTEXT, QT_TRANSLATE_NOOP("SurveyDesignCheck", "Question “{code}”: {problem}"),
                               {"code": self.question_code, "problem": self.message})  # fmt: skip
            return Message(CONTEXT, QT_TRANSLATE_NOOP("SurveyDesignCheck", "Survey, {field}: {problem}"),
                           {"field": field_name, "problem": self.message})  # fmt: skip
        params = {"position": self.question + 1, "code": self.question_code or "—",
                  "field": field_name, "problem": self.message}  # fmt: skip
        if self.choice is None:
            text = QT_TRANSLATE_NOOP(
                "SurveyDesignCheck", "Question {position} (“{code}”), {field}: {problem}"
            )
        else:
            params["choice"] = self.choice + 1
            text = QT_TRANSLATE_NOOP(
                "SurveyDesignCheck",
                "Question {position} (“{code}”), choice {choice}, {field}: {problem}",
            )
        return Message(CONTEXT, text, params)


class InvalidSurveyDesign(UserError):
    """Every problem of a design; nothing was saved."""

    def __init__(self, problems: list[DesignProblem]) -> None:
        super().__init__(Message(CONTEXT, QT_TRANSLATE_NOOP("SurveyDesignCheck", "The survey was not saved:\n{problems}"),
                                 {"problems": [p.as_message() for p in problems]}))  # fmt: skip
        self.problems = problems


def _msg(text: str, **params: object) -> Message:
    return Message(CONTEXT, text, dict(params))


def _clean(text: str) -> str:
    return " ".join(text.split())


class _Collector:
    def __init__(self) -> None:
        self.problems: list[DesignProblem] = []

    def survey(self, field_key: str, message: Message) -> None:
        self.problems.append(DesignProblem(field_key, message))

    def question(self, index: int, code: str, field_key: str, message: Message) -> None:
        self.problems.append(DesignProblem(field_key, message, index, None, code))

    def choice(self, index: int, code: str, choice: int, field_key: str, message: Message) -> None:
        self.problems.append(DesignProblem(field_key, message, index, choice, code))

    def too_long(self, text: str, limit: int) -> Message | None:
        if len(text) <= limit:
            return None
        return _msg(QT_TRANSLATE_NOOP("SurveyDesignCheck", "too long: {length} characters, at most {limit}."),
                    length=len(text), limit=limit)  # fmt: skip


def check_design(
    design: SurveyDesign,
    *,
    segment_ids: Collection[uuid.UUID] = (),
    taken_codes: Collection[str] = (),
) -> SurveyDesign:
    """The design tidied, or ``InvalidSurveyDesign`` with every problem.

    ``segment_ids`` are the registry's segments (a target or a choice must name one of them);
    ``taken_codes`` the other surveys' codes (compared without case).
    """
    found = _Collector()
    code = design.code.strip()
    if not code:
        found.survey(
            "code",
            _msg(QT_TRANSLATE_NOOP("SurveyDesignCheck", "enter a short code, e.g. SAT-2569.")),
        )
    elif any(ch.isspace() for ch in code):
        found.survey(
            "code",
            _msg(
                QT_TRANSLATE_NOOP(
                    "SurveyDesignCheck", "“{code}” has spaces; write it without, e.g. SAT-2569."
                ),
                code=code,
            ),
        )
    elif problem := found.too_long(code, CODE_MAX):
        found.survey("code", problem)
    elif code.casefold() in {taken.casefold() for taken in taken_codes}:
        found.survey("code", _msg(QT_TRANSLATE_NOOP("SurveyDesignCheck", "another survey already has the code “{code}”."), code=code))  # fmt: skip
    title_th, title_en = _clean(design.title_th), _clean(design.title_en)
    if not title_th and not title_en:
        found.survey(
            "title", _msg(QT_TRANSLATE_NOOP("SurveyDesignCheck", "enter the survey's title."))
        )
    for key, value in (("title_th", title_th), ("title_en", title_en)):
        if problem := found.too_long(value, TITLE_MAX):
            found.survey(key, problem)
    if not YEAR_MIN <= design.fiscal_year <= YEAR_MAX:
        found.survey("fiscal_year", _msg(QT_TRANSLATE_NOOP("SurveyDesignCheck", "{year} is not a fiscal year in the Buddhist Era (e.g. 2569)."), year=design.fiscal_year))  # fmt: skip
    if design.round < 1:
        found.survey(
            "round", _msg(QT_TRANSLATE_NOOP("SurveyDesignCheck", "the round is 1 or more."))
        )
    if not POINTS_MIN <= design.scale_points <= POINTS_MAX:
        found.survey("scale_points", _points_problem(design.scale_points))
    if design.target_sample is not None and design.target_sample < 1:
        found.survey("target_sample", _msg(QT_TRANSLATE_NOOP("SurveyDesignCheck", "the target sample is 1 or more, or left empty.")))  # fmt: skip
    if design.target_percent is not None and not 0 < design.target_percent <= 100:
        found.survey("target_percent", _msg(QT_TRANSLATE_NOOP("SurveyDesignCheck", "a percent above 0 and at most 100, or left empty.")))  # fmt: skip
    if design.opens_on and design.closes_on and design.closes_on < design.opens_on:
        found.survey("closes_on", _msg(QT_TRANSLATE_NOOP("SurveyDesignCheck", "the survey closes before it opens.")))  # fmt: skip
    known_segments = set(segment_ids)
    if any(segment not in known_segments for segment in design.segment_ids):
        found.survey("target_segments", _msg(QT_TRANSLATE_NOOP("SurveyDesignCheck", "a target segment is not in the registry.")))  # fmt: skip
    codes: dict[str, int] = {}
    questions = []
    for index, question in enumerate(design.questions):
        questions.append(_check_question(found, index, question, codes, known_segments))
    if found.problems:
        raise InvalidSurveyDesign(found.problems)
    return replace(
        design, code=code, title_th=title_th or title_en, title_en=title_en, notes=design.notes.strip(),
        segment_ids=tuple(dict.fromkeys(design.segment_ids)), questions=tuple(questions),
    )  # fmt: skip


def _points_problem(points: int | None) -> Message:
    return _msg(QT_TRANSLATE_NOOP("SurveyDesignCheck", "a rating scale has {low} to {high} points (4, 5 and 7 have worded labels), not {points}."),
                low=POINTS_MIN, high=POINTS_MAX, points="—" if points is None else points)  # fmt: skip


def _check_question(
    found: _Collector,
    index: int,
    question: QuestionDesign,
    codes: dict[str, int],
    segments: set[uuid.UUID],
) -> QuestionDesign:
    code = question.code.strip()
    shown = code or question.number.strip()

    def report(field_key: str, message: Message) -> None:
        found.question(index, shown, field_key, message)

    if not code:
        report("code", _msg(QT_TRANSLATE_NOOP("SurveyDesignCheck", "every question needs a code (the response file's column heading).")))  # fmt: skip
    elif problem := found.too_long(code, CODE_MAX):
        report("code", problem)
    elif code.casefold() in codes:
        report("code", _msg(QT_TRANSLATE_NOOP("SurveyDesignCheck", "question {first} has the same code."), first=codes[code.casefold()] + 1))  # fmt: skip
    else:
        codes[code.casefold()] = index
    text_th, text_en = question.text_th.strip(), question.text_en.strip()
    if not text_th and not text_en:
        report("text", _msg(QT_TRANSLATE_NOOP("SurveyDesignCheck", "enter the question's text.")))
    for key, value, limit in (("number", question.number.strip(), NUMBER_MAX), ("section", question.section.strip(), SECTION_MAX),
                              ("dimension", question.dimension.strip(), CODE_MAX)):  # fmt: skip
        if problem := found.too_long(value, limit):
            report(key, problem)
    kind = question.type
    points: int | None = None
    if kind in SCALED:
        points = question.points
        if points is None or not POINTS_MIN <= points <= POINTS_MAX:
            report("points", _points_problem(points))
            points = None
    profile = question.profile if kind is QuestionType.PROFILE else None
    if kind is QuestionType.PROFILE and profile is None:
        report("profile", _msg(QT_TRANSLATE_NOOP("SurveyDesignCheck", "say which profile field it asks (respondent kind, segment, sex, age band, education or occupation).")))  # fmt: skip
    choices = _check_choices(found, index, shown, question, points, profile, segments)
    return replace(
        question, code=code, text_th=text_th or text_en, text_en=text_en,
        number=question.number.strip(), section=_clean(question.section),
        dimension=question.dimension.strip(), points=points, profile=profile,
        offers_no_opinion=question.offers_no_opinion and kind in SCALED, choices=choices,
    )  # fmt: skip


def _check_choices(
    found: _Collector,
    index: int,
    code: str,
    question: QuestionDesign,
    points: int | None,
    profile: ProfileField | None,
    segments: set[uuid.UUID],
) -> tuple[ChoiceDesign, ...]:
    kind = question.type
    if kind in NO_CHOICES or kind is QuestionType.NPS:
        if question.choices and kind in NO_CHOICES:
            found.question(index, code, "choices", _msg(QT_TRANSLATE_NOOP("SurveyDesignCheck", "number and free-text questions take no choices.")))  # fmt: skip
        return ()
    if kind in WITH_CHOICES and not question.choices:
        found.question(index, code, "choices", _msg(QT_TRANSLATE_NOOP("SurveyDesignCheck", "a choice question needs its choices.")))  # fmt: skip
        return ()
    labelled = {c.value: c for c in question.choices}
    if (
        kind in SCALED and points is not None
    ):  # every level labelled: the given label or the default
        defaults = level_labels(points)
        labelled = {value: labelled.get(value) or ChoiceDesign(value, *defaults[value - 1])
                    for value in range(1, points + 1)} | labelled  # fmt: skip
    seen: set[int] = set()
    choices = []
    for number, choice in enumerate(question.choices):
        where = (index, code, number)
        if choice.value in seen:
            found.choice(*where, "value", _msg(QT_TRANSLATE_NOOP("SurveyDesignCheck", "the value {value} is there twice."), value=choice.value))  # fmt: skip
        seen.add(choice.value)
        if kind in SCALED and points is not None and not 1 <= choice.value <= points:
            found.choice(*where, "value", _msg(QT_TRANSLATE_NOOP("SurveyDesignCheck", "a level of this scale is 1 to {points}, not {value}."), points=points, value=choice.value))  # fmt: skip
        label_th, label_en = _clean(choice.label_th), _clean(choice.label_en)
        if not label_th and not label_en:
            found.choice(*where, "label", _msg(QT_TRANSLATE_NOOP("SurveyDesignCheck", "enter the choice's label.")))  # fmt: skip
        for key, value in (("label_th", label_th), ("label_en", label_en)):
            if problem := found.too_long(value, LABEL_MAX):
                found.choice(*where, key, problem)
        if choice.segment_id is not None:
            if profile is not ProfileField.SEGMENT:
                found.choice(*where, "segment", _msg(QT_TRANSLATE_NOOP("SurveyDesignCheck", "only the answers of a “segment” profile question name a segment.")))  # fmt: skip
            elif choice.segment_id not in segments:
                found.choice(*where, "segment", _msg(QT_TRANSLATE_NOOP("SurveyDesignCheck", "the segment is not in the registry.")))  # fmt: skip
        labelled[choice.value] = ChoiceDesign(
            choice.value, label_th or label_en, label_en, choice.segment_id
        )
    choices = sorted(labelled.values(), key=lambda c: c.value)
    return tuple(choices)


@dataclass(frozen=True)
class StoredQuestion:
    """What the answers of a stored question depend on (for the breaking-change rules)."""

    id: uuid.UUID
    code: str
    type: QuestionType
    points: int | None
    profile: ProfileField | None
    used_values: frozenset[int] = field(default_factory=frozenset)
    no_opinion_used: bool = False


def breaking_changes(
    design: SurveyDesign, stored: list[StoredQuestion], matched: dict[int, uuid.UUID]
) -> list[DesignProblem]:
    """What a change to a survey that has responses would break: a question removed, its type,
    scale or profile field changed, a choice value its answers use removed (or renumbered), or
    "no opinion" taken away from answers that gave it. ``matched`` maps a design question's
    index to the stored question it updates."""
    problems: list[DesignProblem] = []
    by_id = {q.id: q for q in stored}
    kept = set(matched.values())
    for old in stored:
        if old.id not in kept:
            problems.append(DesignProblem("questions", _msg(QT_TRANSLATE_NOOP("SurveyDesignCheck", "the survey has responses, so this question cannot be removed; its answers would be lost.")),
                                          question_code=old.code))  # fmt: skip
    for index, question_id in sorted(matched.items()):
        old, new = by_id[question_id], design.questions[index]

        def refuse(
            field_key: str, message: Message, index: int = index, new: QuestionDesign = new
        ) -> None:
            problems.append(DesignProblem(field_key, message, index, None, new.code))

        if new.type is not old.type:
            refuse("type", _msg(QT_TRANSLATE_NOOP("SurveyDesignCheck", "the survey has responses, so the type cannot change; add a new question instead.")))  # fmt: skip
            continue
        if new.points != old.points:
            refuse("points", _msg(QT_TRANSLATE_NOOP("SurveyDesignCheck", "the survey has responses, so the scale cannot change from {old} to {new} points; add a new question instead."),
                                  old=old.points or "—", new=new.points or "—"))  # fmt: skip
        if new.profile != old.profile:
            refuse("profile", _msg(QT_TRANSLATE_NOOP("SurveyDesignCheck", "the survey has responses, so the profile field cannot change.")))  # fmt: skip
        missing = sorted(old.used_values - {c.value for c in new.choices})
        if missing and new.type in WITH_CHOICES:  # a scale's levels are its points
            refuse("choices", _msg(QT_TRANSLATE_NOOP("SurveyDesignCheck", "answers use the value(s) {values}; they cannot be removed or renumbered."),
                                   values=", ".join(str(v) for v in missing)))  # fmt: skip
        if old.no_opinion_used and not new.offers_no_opinion:
            refuse("offers_no_opinion", _msg(QT_TRANSLATE_NOOP("SurveyDesignCheck", "some answers are “no opinion”, so the question must keep offering it.")))  # fmt: skip
    return problems
