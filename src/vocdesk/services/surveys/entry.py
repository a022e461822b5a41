"""Keying paper survey forms: the form's layout, saving one keyed form, the running count.

A paper form is keyed as one ``SurveyResponse`` with its ``form_number`` (the number written on
the paper), the date it was filled in, the pass (1: the first keying, the data analysed; 2: a
second person's keying of the same forms, kept only to be compared, see ``double_entry``) and its
answers. Answers are stored as the schema keeps them (``SurveyAnswer``): no row is no answer; a
"no opinion / not applicable" answer is a row with ``no_opinion`` and no value; a multiple-choice
answer is one row per ticked choice (``seq`` 0, 1, ...); an importance question keeps satisfaction
in ``value`` and importance in ``importance``. A profile question about the respondent's segment
places the response in the segment its chosen answer names (``SurveyChoice.segment_id``).

A form number is unique within a survey's pass: keying one twice in the same pass is refused.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session, selectinload

from vocdesk.db.base import utc_now
from vocdesk.db.models import (
    Survey,
    SurveyAnswer,
    SurveyQuestion,
    SurveyResponse,
)
from vocdesk.domain.accounts import Permission
from vocdesk.domain.enums import ProfileField, QuestionType
from vocdesk.domain.ids import new_id
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, user_error
from vocdesk.services.authorization import requires
from vocdesk.services.database import Database, check_version
from vocdesk.services.surveys.answer_scores import refresh_scores

__all__ = [
    "CHOICE_TYPES",
    "FIRST_PASS",
    "SECOND_PASS",
    "EntryAnswer",
    "EntryChoice",
    "EntryForm",
    "EntryQuestion",
    "FormDraft",
    "KeyedForm",
    "PassStatus",
    "SurveyEntryService",
    "answer_rows",
    "following_number",
    "form_number_order",
    "load_layout",
    "stored_answers",
]

CONTEXT = "SurveyEntry"
FIRST_PASS, SECOND_PASS = 1, 2
NPS_RANGE = (0, 10)
# Types answered by one of the question's labelled choices (a value the choice table holds).
CHOICE_TYPES = frozenset({QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.PROFILE})


@dataclass(frozen=True)
class EntryChoice:
    value: int
    label_th: str
    label_en: str
    segment_id: uuid.UUID | None = None


@dataclass(frozen=True)
class EntryQuestion:
    """One question as the paper form prints it, with what it accepts."""

    id: uuid.UUID
    position: int
    code: str
    number: str  # as printed: "1.1"
    section: str
    text_th: str
    text_en: str
    dimension: str
    type: QuestionType
    points: int | None
    offers_no_opinion: bool
    profile: ProfileField | None
    choices: tuple[EntryChoice, ...] = ()

    @property
    def scale(self) -> tuple[int, int] | None:
        """The lowest and highest value of a scale question (rating, importance, NPS), else None."""
        if self.type in (QuestionType.RATING, QuestionType.IMPORTANCE):
            return (1, self.points or 5)
        if self.type is QuestionType.NPS:
            return NPS_RANGE
        return None

    @property
    def choice_values(self) -> frozenset[int]:
        return frozenset(choice.value for choice in self.choices)

    def accepts(self, value: int) -> bool:
        """Whether ``value`` is one of this question's answers (a scale level or a choice)."""
        scale = self.scale
        if scale is not None:
            return scale[0] <= value <= scale[1]
        return value in self.choice_values


@dataclass(frozen=True)
class EntryForm:
    """A survey's questions in the order of the paper form."""

    survey_id: uuid.UUID
    code: str
    title_th: str
    title_en: str
    questions: tuple[EntryQuestion, ...]

    def question(self, question_id: uuid.UUID) -> EntryQuestion:
        for question in self.questions:
            if question.id == question_id:
                return question
        raise KeyError(question_id)


@dataclass(frozen=True)
class EntryAnswer:
    """One question's answer on one form. ``choices`` holds the ticked values of a multiple-choice
    question; every other type uses ``value`` (and ``importance``), ``number`` or ``text``."""

    question_id: uuid.UUID
    value: int | None = None
    importance: int | None = None
    number: float | None = None
    text: str | None = None
    no_opinion: bool = False
    choices: tuple[int, ...] = ()

    @property
    def empty(self) -> bool:
        return (
            self.value is None and self.importance is None and self.number is None
            and not self.text and not self.no_opinion and not self.choices
        )  # fmt: skip


@dataclass(frozen=True)
class FormDraft:
    """What was keyed from one paper form."""

    form_number: str
    submitted_on: date
    answers: tuple[EntryAnswer, ...] = ()
    entry_pass: int = FIRST_PASS
    comment: str = ""


@dataclass(frozen=True)
class KeyedForm:
    """A form as stored, to be shown again and corrected; ``version`` counts its saves (0016):
    the correction names it, and is refused over another window's save meanwhile."""

    response_id: uuid.UUID
    form_number: str
    submitted_on: date
    entry_pass: int
    comment: str
    segment_id: uuid.UUID | None
    answers: tuple[EntryAnswer, ...] = field(default=())
    version: int | None = None

    def answer(self, question_id: uuid.UUID) -> EntryAnswer | None:
        for answer in self.answers:
            if answer.question_id == question_id:
                return answer
        return None


@dataclass(frozen=True)
class PassStatus:
    """The running count of one pass, the last form keyed and the number suggested next."""

    entry_pass: int
    count: int
    last_form_number: str
    next_form_number: str


def following_number(number: str) -> str:
    """The number after ``number``, keeping its prefix and zero padding: "007" → "008",
    "A-19" → "A-20"; a number without digits at its end gets "1" added: "" → "1"."""
    match = re.fullmatch(r"(.*?)(\d+)", number.strip())
    if match is None:
        return f"{number.strip()}1" if number.strip() else "1"
    prefix, digits = match.groups()
    return prefix + str(int(digits) + 1).zfill(len(digits))


def form_number_order(number: str) -> tuple[str, int, str]:
    """Form numbers in the order people count them: "2" before "10"."""
    match = re.fullmatch(r"(.*?)(\d+)", number)
    if match is None:
        return (number, -1, number)
    return (match[1], int(match[2]), number)


def answer_rows(
    response_id: uuid.UUID, answer: EntryAnswer, question: EntryQuestion
) -> list[dict[str, Any]]:
    """The ``survey_answer`` rows of one answer (none for an empty one)."""
    base = {"response_id": response_id, "question_id": question.id, "importance": None,
            "number": None, "text": None, "no_opinion": False, "value": None}  # fmt: skip
    if answer.no_opinion:
        return [{**base, "seq": 0, "no_opinion": True}]
    if question.type is QuestionType.MULTIPLE:
        return [
            {**base, "seq": seq, "value": value}
            for seq, value in enumerate(sorted(set(answer.choices)))
        ]
    if answer.empty:
        return []
    return [{**base, "seq": 0, "value": answer.value, "importance": answer.importance,
             "number": answer.number, "text": answer.text or None}]  # fmt: skip


class SurveyEntryService:
    """Keyboard entry of paper forms; each public method is one user action."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # -- reading ------------------------------------------------------------------------------

    @requires(Permission.READ)
    def form_layout(self, survey_id: uuid.UUID) -> EntryForm:
        with self._db.session_scope() as session:
            return load_layout(session, survey_id)

    @requires(Permission.READ)
    def pass_status(self, survey_id: uuid.UUID, entry_pass: int) -> PassStatus:
        """How many forms this pass holds, the last one keyed, and the form number to key next:
        in pass 1 the number after the highest one; in pass 2 the first form of pass 1 not yet
        keyed again (in form-number order), or the number after the highest one."""
        with self._db.session_scope() as session:
            numbers = self._numbers(session, survey_id, entry_pass)
            count = session.scalar(
                select(func.count(SurveyResponse.id)).where(
                    SurveyResponse.survey_id == survey_id,
                    SurveyResponse.entry_pass == entry_pass,
                )
            )
            last = session.scalar(
                select(SurveyResponse.form_number)
                .where(SurveyResponse.survey_id == survey_id,
                       SurveyResponse.entry_pass == entry_pass)
                .order_by(SurveyResponse.created_at.desc(), SurveyResponse.id.desc())
                .limit(1)
            )  # fmt: skip
            suggestion = ""
            if entry_pass != FIRST_PASS:
                first = self._numbers(session, survey_id, FIRST_PASS)
                waiting = sorted(first - numbers, key=form_number_order)
                suggestion = waiting[0] if waiting else ""
            if not suggestion:
                filled = [n for n in numbers if n]
                suggestion = following_number(max(filled, key=form_number_order)) if filled else "1"
            return PassStatus(entry_pass, int(count or 0), last or "", suggestion)

    @requires(Permission.READ)
    def keyed_form(
        self, survey_id: uuid.UUID, entry_pass: int, form_number: str
    ) -> KeyedForm | None:
        """The form keyed under ``form_number`` in ``entry_pass``, or None."""
        with self._db.session_scope() as session:
            response = session.scalars(
                select(SurveyResponse)
                .where(SurveyResponse.survey_id == survey_id,
                       SurveyResponse.entry_pass == entry_pass,
                       SurveyResponse.form_number == form_number.strip())
                .options(selectinload(SurveyResponse.answers))
            ).first()  # fmt: skip
            if response is None:
                return None
            layout = load_layout(session, survey_id)
            return KeyedForm(
                response.id, response.form_number, response.submitted_on, response.entry_pass,
                response.comment, response.segment_id,
                tuple(stored_answers(layout, response.answers)), response.version,
            )  # fmt: skip

    # -- writing ------------------------------------------------------------------------------

    @requires(Permission.RECORD)
    def save_form(self, survey_id: uuid.UUID, draft: FormDraft) -> uuid.UUID:
        """Store one keyed form (one transaction); its response id. Refused whole, with a
        translated message, if the form number is empty or already keyed in this pass, or an
        answer does not fit its question."""
        with self._db.session_scope() as session:
            layout = load_layout(session, survey_id)
            number = draft.form_number.strip()
            self._check_number(session, survey_id, draft.entry_pass, number, None)
            rows, segment_id = _checked_rows(layout, draft.answers)
            response_id = new_id()
            now = utc_now()
            session.execute(insert(SurveyResponse), [{
                "id": response_id, "survey_id": survey_id, "stakeholder_id": None,
                "segment_id": segment_id, "submitted_on": draft.submitted_on,
                "form_number": number, "entry_pass": draft.entry_pass,
                "comment": draft.comment.strip(), "created_at": now, "updated_at": now,
            }])  # fmt: skip
            _insert_answers(session, response_id, rows)
            refresh_scores(session, [response_id])
            return response_id

    @requires(Permission.RECORD)
    def replace_form(
        self, response_id: uuid.UUID, draft: FormDraft, *, version: int | None = None
    ) -> None:
        """Correct a keyed form: its number, date, comment and every answer become ``draft``'s
        (one transaction). The pass stays the form's own. ``version``: the form's as the entry
        page read it (``KeyedForm.version``); refused if it was saved since (another window's
        correction, a double-entry resolution, an import)."""
        with self._db.session_scope() as session:
            response = session.get(SurveyResponse, response_id)
            if response is None:
                raise user_error(CONTEXT, QT_TRANSLATE_NOOP(
                    "SurveyEntry", "This form is no longer in the database."))  # fmt: skip
            check_version(response, version)
            layout = load_layout(session, response.survey_id)
            number = draft.form_number.strip()
            self._check_number(
                session, response.survey_id, response.entry_pass, number, response_id
            )
            rows, segment_id = _checked_rows(layout, draft.answers)
            response.form_number = number
            response.submitted_on = draft.submitted_on
            response.comment = draft.comment.strip()
            response.segment_id = segment_id
            response.updated_at = utc_now()  # a save, even of answers alone: the version moves on
            session.flush()
            session.execute(delete(SurveyAnswer).where(SurveyAnswer.response_id == response_id))
            _insert_answers(session, response_id, rows)
            refresh_scores(session, [response_id])

    # -- helpers ------------------------------------------------------------------------------

    @staticmethod
    def _numbers(session: Session, survey_id: uuid.UUID, entry_pass: int) -> set[str]:
        return set(
            session.scalars(
                select(SurveyResponse.form_number).where(
                    SurveyResponse.survey_id == survey_id,
                    SurveyResponse.entry_pass == entry_pass,
                )
            )
        )

    @staticmethod
    def _check_number(
        session: Session, survey_id: uuid.UUID, entry_pass: int, number: str,
        own_id: uuid.UUID | None,
    ) -> None:  # fmt: skip
        if entry_pass not in (FIRST_PASS, SECOND_PASS):
            raise user_error(CONTEXT, QT_TRANSLATE_NOOP(
                "SurveyEntry", "A form is keyed in the first or the second pass, not pass {entry_pass}."),
                entry_pass=entry_pass)  # fmt: skip
        if not number:
            raise user_error(CONTEXT, QT_TRANSLATE_NOOP(
                "SurveyEntry", "Write the form number printed or written on the paper form."))  # fmt: skip
        if len(number) > 40:
            raise user_error(CONTEXT, QT_TRANSLATE_NOOP(
                "SurveyEntry", "A form number has at most 40 characters."))  # fmt: skip
        taken = session.scalar(
            select(SurveyResponse.id)
            .where(
                SurveyResponse.survey_id == survey_id,
                SurveyResponse.entry_pass == entry_pass,
                SurveyResponse.form_number == number,
            )
            .limit(1)
        )
        if taken is not None and taken != own_id:
            raise user_error(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "SurveyEntry",
                    "Form {number} has already been keyed in pass {entry_pass}. "
                    "Check the number on the paper, or open that form to correct it.",
                ),
                number=number,
                entry_pass=entry_pass,
            )


def load_layout(session: Session, survey_id: uuid.UUID) -> EntryForm:
    survey = session.get(Survey, survey_id)
    if survey is None:
        raise user_error(CONTEXT, QT_TRANSLATE_NOOP(
            "SurveyEntry", "This survey is no longer in the database."))  # fmt: skip
    questions = session.scalars(
        select(SurveyQuestion)
        .where(SurveyQuestion.survey_id == survey_id)
        .order_by(SurveyQuestion.position, SurveyQuestion.number, SurveyQuestion.code)
        .options(selectinload(SurveyQuestion.choices))
    ).all()
    return EntryForm(
        survey.id, survey.code, survey.title_th, survey.title_en,
        tuple(_question(q) for q in questions),
    )  # fmt: skip


def _question(q: SurveyQuestion) -> EntryQuestion:
    choices = tuple(
        EntryChoice(c.value, c.label_th, c.label_en, c.segment_id)
        for c in sorted(q.choices, key=lambda c: c.value)
    )
    return EntryQuestion(
        q.id, q.position, q.code, q.number, q.section, q.text_th, q.text_en, q.dimension,
        QuestionType(q.type), q.points, bool(q.offers_no_opinion),
        ProfileField(q.profile) if q.profile else None, choices,
    )  # fmt: skip


def stored_answers(layout: EntryForm, rows: Iterable[SurveyAnswer]) -> list[EntryAnswer]:
    """Stored answer rows back as one ``EntryAnswer`` per question, in the form's order."""
    by_question: dict[uuid.UUID, list[SurveyAnswer]] = {}
    for row in rows:
        by_question.setdefault(row.question_id, []).append(row)
    answers = []
    for question in layout.questions:
        found = sorted(by_question.get(question.id, []), key=lambda r: r.seq)
        if not found:
            continue
        first = found[0]
        if first.no_opinion:
            answers.append(EntryAnswer(question.id, no_opinion=True))
        elif question.type is QuestionType.MULTIPLE:
            values = tuple(r.value for r in found if r.value is not None)
            answers.append(EntryAnswer(question.id, choices=values))
        else:
            answers.append(EntryAnswer(question.id, first.value, first.importance, first.number,
                                       first.text))  # fmt: skip
    return answers


def _checked_rows(
    layout: EntryForm, answers: Sequence[EntryAnswer]
) -> tuple[list[dict[str, Any]], uuid.UUID | None]:
    """The answer rows of a form and the segment its profile answer names; ``UserError`` for an
    answer that does not fit its question."""
    questions = {q.id: q for q in layout.questions}
    rows: list[dict[str, Any]] = []
    segment_id: uuid.UUID | None = None
    seen: set[uuid.UUID] = set()
    for answer in answers:
        question = questions.get(answer.question_id)
        if question is None or answer.question_id in seen:
            raise user_error(CONTEXT, QT_TRANSLATE_NOOP(
                "SurveyEntry", "An answer belongs to no question of this survey; reopen the survey."))  # fmt: skip
        seen.add(answer.question_id)
        _check_answer(question, answer)
        rows.extend(answer_rows(uuid.UUID(int=0), answer, question))
        if (question.profile is ProfileField.SEGMENT and answer.value is not None
                and not answer.no_opinion):  # fmt: skip
            for choice in question.choices:
                if choice.value == answer.value:
                    segment_id = choice.segment_id
    return rows, segment_id


def _check_answer(question: EntryQuestion, answer: EntryAnswer) -> None:
    label = question.number or question.code
    if answer.no_opinion:
        if not question.offers_no_opinion:
            raise _answer_error(
                QT_TRANSLATE_NOOP("SurveyEntry", "Item {item} has no “no opinion” answer."), label
            )
        return
    values = list(answer.choices) if question.type is QuestionType.MULTIPLE else []
    if question.type is not QuestionType.MULTIPLE and answer.value is not None:
        values.append(answer.value)
    if question.type is QuestionType.IMPORTANCE and answer.importance is not None:
        values.append(answer.importance)
    for value in values:
        if not question.accepts(value):
            raise _answer_error(
                QT_TRANSLATE_NOOP("SurveyEntry", "Item {item} has no answer {value}."), label, value
            )


def _answer_error(text: str, item: str, value: object = None) -> UserError:
    return user_error(CONTEXT, text, item=item, value=value)


def _insert_answers(session: Session, response_id: uuid.UUID, rows: list[dict[str, Any]]) -> None:
    if rows:
        session.execute(insert(SurveyAnswer), [{**row, "response_id": response_id} for row in rows])
