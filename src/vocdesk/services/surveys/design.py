"""Designing surveys: reading a survey's whole design, creating, changing and deleting surveys,
the dimensions catalogue and the segments a survey can target.

One public method is one user action and one transaction. A design is checked whole
(``design_check.check_design``) before anything is written. Once a survey has responses (forms
of either entry pass), changes that would break them are refused with the question named
(``design_check.breaking_changes``): removing a question, changing its type, scale or profile
field, removing or renumbering a choice value that answers use. Texts, labels, dimensions,
numbers, sections and new questions are always allowed.

A dimension code a design uses that the catalogue lacks is added to it (named by its code, to be
renamed in the catalogue); the result says which were added.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import exists, func, select, update
from sqlalchemy.orm import Session, selectinload

from vocdesk.db.base import utc_now
from vocdesk.db.models import (
    ImprovementSurveyFinding,
    Segment,
    Survey,
    SurveyAnswer,
    SurveyBenchmark,
    SurveyChoice,
    SurveyDimension,
    SurveyQuestion,
    SurveyResponse,
)
from vocdesk.domain.accounts import Permission
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, Message, UserError, counted_error, user_error
from vocdesk.domain.tables import Named
from vocdesk.services.authorization import requires
from vocdesk.services.database import Database, check_version
from vocdesk.services.surveys.answer_scores import question_order, rebuild_scores
from vocdesk.services.surveys.design_check import (
    CODE_MAX,
    ChoiceDesign,
    DesignProblem,
    InvalidSurveyDesign,
    QuestionDesign,
    StoredQuestion,
    SurveyDesign,
    breaking_changes,
    check_design,
)

__all__ = [
    "ChoiceDesign",
    "DesignProblem",
    "DimensionInfo",
    "InvalidSurveyDesign",
    "QuestionDesign",
    "SavedSurvey",
    "SegmentChoice",
    "SurveyDesign",
    "SurveyDesignRecord",
    "SurveyDesignService",
]

CONTEXT = "SurveyDesign"


@dataclass(frozen=True)
class SegmentChoice:
    """A registry segment a survey can target, or a profile answer can name."""

    id: uuid.UUID
    code: str
    name: Named
    active: bool = True


@dataclass(frozen=True)
class DimensionInfo:
    """An entry of the dimensions catalogue; ``id`` None for a new one."""

    code: str
    name_th: str
    name_en: str
    sort_order: int = 0
    active: bool = True
    id: uuid.UUID | None = None
    questions: int = 0  # how many questions use it (read only)

    @property
    def name(self) -> Named:
        return Named(self.name_th, self.name_en)


@dataclass(frozen=True)
class SurveyDesignRecord:
    """A stored survey's design with what is known about it besides."""

    id: uuid.UUID
    design: SurveyDesign
    segments: tuple[SegmentChoice, ...]  # the target segments, named
    responses: int  # forms of either entry pass: with any, breaking changes are refused
    version: int | None = None  # the survey's saves (0012): ``update`` names the one read


@dataclass(frozen=True)
class SavedSurvey:
    id: uuid.UUID
    created: bool
    added_dimensions: tuple[str, ...] = ()  # codes the catalogue did not have

    def notices(self) -> list[Message]:
        return [
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "SurveyDesign",
                    "The dimension “{code}” was added to the catalogue; give it its Thai and English names there.",
                ),
                {"code": code},
            )  # fmt: skip
            for code in self.added_dimensions
        ]


def _not_found() -> UserError:
    return user_error(CONTEXT, QT_TRANSLATE_NOOP("SurveyDesign", "The survey is no longer in the database; another window may have deleted it."))  # fmt: skip


class SurveyDesignService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- reading ------------------------------------------------------------------------------

    @requires(Permission.READ)
    def read(self, survey_id: uuid.UUID) -> SurveyDesignRecord:
        with self._db.session_scope() as session:
            survey = self._load(session, survey_id)
            return SurveyDesignRecord(
                survey.id, _design_of(survey),
                tuple(_segment_choice(s) for s in sorted(survey.segments, key=_segment_order)),
                _responses(session, survey.id), survey.version,
            )  # fmt: skip

    @requires(Permission.READ)
    def find(self, code: str) -> uuid.UUID | None:
        """The survey with ``code`` (compared without case), if there is one."""
        with self._db.session_scope() as session:
            return session.scalar(
                select(Survey.id).where(func.lower(Survey.code) == code.strip().lower())
            )

    @requires(Permission.READ)
    def segments(self) -> list[SegmentChoice]:
        """Every registry segment (inactive ones too, marked), in the catalogue's order."""
        with self._db.session_scope() as session:
            rows = session.scalars(select(Segment).order_by(Segment.sort_order, Segment.name_th))
            return [_segment_choice(segment) for segment in rows]

    @requires(Permission.READ)
    def dimensions(self, include_inactive: bool = True) -> list[DimensionInfo]:
        used = (
            select(SurveyQuestion.dimension, func.count(SurveyQuestion.id).label("n"))
            .group_by(SurveyQuestion.dimension)
            .subquery()
        )
        stmt = select(SurveyDimension, used.c.n).outerjoin(
            used, used.c.dimension == SurveyDimension.code
        )
        if not include_inactive:
            stmt = stmt.where(SurveyDimension.active.is_(True))
        with self._db.session_scope() as session:
            rows = session.execute(stmt.order_by(SurveyDimension.sort_order, SurveyDimension.code))
            return [
                DimensionInfo(d.code, d.name_th, d.name_en, d.sort_order, d.active, d.id, n or 0)
                for d, n in rows
            ]

    # -- writing ------------------------------------------------------------------------------

    @requires(Permission.RECORD)
    def create(self, design: SurveyDesign) -> SavedSurvey:
        with self._db.session_scope() as session:
            return self._create(session, design)

    @requires(Permission.RECORD)
    def update(
        self, survey_id: uuid.UUID, design: SurveyDesign, *, version: int | None = None
    ) -> SavedSurvey:
        """Save ``design`` over the survey; ``version``, the one the dialog read (``read``),
        refuses the save if another window saved the survey since."""
        with self._db.session_scope() as session:
            survey = self._load(session, survey_id)
            check_version(survey, version)
            return self._update(session, survey, design)

    @requires(Permission.RECORD)
    def save_by_code(self, design: SurveyDesign) -> SavedSurvey:
        """Create the survey, or update the one with the design's code (the workbook import):
        questions are then matched by code, under the same breaking-change rules."""
        with self._db.session_scope() as session:
            survey_id = session.scalar(
                select(Survey.id).where(func.lower(Survey.code) == design.code.strip().lower())
            )
            if survey_id is None:
                return self._create(session, design)
            return self._update(session, self._load(session, survey_id), design)

    @requires(Permission.MANAGE_CASES)
    def delete(self, survey_id: uuid.UUID) -> None:
        """Delete a survey that has no responses (nor findings that led to improvement actions)."""
        with self._db.session_scope() as session:
            survey = self._load(session, survey_id)
            if count := _responses(session, survey_id):
                raise counted_error(CONTEXT, QT_TRANSLATE_NOOP("SurveyDesign", "The survey “{code}” has %Ln response(s) and cannot be deleted.", None, count),
                                    count, code=survey.code)  # fmt: skip
            if session.scalar(
                select(exists().where(ImprovementSurveyFinding.survey_id == survey_id))
            ):
                raise user_error(CONTEXT, QT_TRANSLATE_NOOP("SurveyDesign", "The survey “{code}” led to improvement actions and cannot be deleted."),
                                 code=survey.code)  # fmt: skip
            session.delete(survey)

    @requires(Permission.MANAGE_CATALOGUES)
    def save_dimensions(self, dimensions: Sequence[DimensionInfo]) -> None:
        """Make the catalogue what ``dimensions`` says: new entries added, changed ones saved (a
        code changed is changed in the questions and comparators' results that use it too),
        entries left out deleted when no question uses them (refused otherwise: deactivate it)."""
        problems: list[Message] = []
        codes: set[str] = set()
        for item in dimensions:
            code = item.code.strip()
            if not code or len(code) > CODE_MAX or any(ch.isspace() for ch in code):
                problems.append(Message(CONTEXT, QT_TRANSLATE_NOOP("SurveyDesign", "“{code}”: a dimension's code is one word of at most 40 letters, e.g. process."), {"code": code}))  # fmt: skip
            elif code.casefold() in codes:
                problems.append(Message(CONTEXT, QT_TRANSLATE_NOOP("SurveyDesign", "The dimension code “{code}” is there twice."), {"code": code}))  # fmt: skip
            codes.add(code.casefold())
            if not item.name_th.strip() and not item.name_en.strip():
                problems.append(Message(CONTEXT, QT_TRANSLATE_NOOP("SurveyDesign", "The dimension “{code}” needs a name."), {"code": code}))  # fmt: skip
        with self._db.session_scope() as session:
            stored = {d.id: d for d in session.scalars(select(SurveyDimension))}
            kept = {item.id for item in dimensions if item.id is not None}
            for gone in (d for d in stored.values() if d.id not in kept):
                if session.scalar(select(exists().where(SurveyQuestion.dimension == gone.code))):
                    problems.append(Message(CONTEXT, QT_TRANSLATE_NOOP("SurveyDesign", "The dimension “{code}” is used by questions and cannot be deleted; make it inactive instead."), {"code": gone.code}))  # fmt: skip
                else:
                    session.delete(gone)
            if problems:
                raise user_error(CONTEXT, QT_TRANSLATE_NOOP("SurveyDesign", "The dimensions were not saved:\n{problems}"), problems=problems)  # fmt: skip
            session.flush()
            for item in dimensions:
                row = stored.get(item.id) if item.id is not None else None
                if row is None:
                    row = SurveyDimension(code=item.code.strip())
                    session.add(row)
                elif row.code != item.code.strip():
                    old, new = row.code, item.code.strip()
                    session.execute(update(SurveyQuestion).where(SurveyQuestion.dimension == old).values(dimension=new))  # fmt: skip
                    session.execute(update(SurveyBenchmark).where(SurveyBenchmark.dimension == old).values(dimension=new))  # fmt: skip
                    row.code = new
                row.name_th = item.name_th.strip() or item.name_en.strip()
                row.name_en = item.name_en.strip()
                row.sort_order = item.sort_order
                row.active = item.active

    # -- inside a transaction -----------------------------------------------------------------

    @staticmethod
    def _load(session: Session, survey_id: uuid.UUID) -> Survey:
        survey = session.scalar(
            select(Survey)
            .where(Survey.id == survey_id)
            .options(
                selectinload(Survey.segments),
                selectinload(Survey.questions).selectinload(SurveyQuestion.choices),
            )
        )
        if survey is None:
            raise _not_found()
        return survey

    def _checked(
        self, session: Session, design: SurveyDesign, survey_id: uuid.UUID | None
    ) -> SurveyDesign:
        others = select(Survey.code)
        if survey_id is not None:
            others = others.where(Survey.id != survey_id)
        return check_design(
            design,
            segment_ids=set(session.scalars(select(Segment.id))),
            taken_codes=set(session.scalars(others)),
        )

    def _create(self, session: Session, design: SurveyDesign) -> SavedSurvey:
        design = self._checked(session, design, None)
        survey = Survey(code=design.code, title_th=design.title_th, kind=design.kind,
                        fiscal_year=design.fiscal_year)  # fmt: skip
        session.add(survey)
        added = self._write(session, survey, design, {})
        return SavedSurvey(survey.id, True, added)

    def _update(self, session: Session, survey: Survey, design: SurveyDesign) -> SavedSurvey:
        # What would break the responses is told first, and beside any other problem: a scale
        # changed from 5 to 4 points is "the scale cannot change", not "no level 5 on 4 points".
        problems: list[DesignProblem] = []
        if _responses(session, survey.id):
            matched = _match_questions(design, survey.questions)
            problems = breaking_changes(design, _stored(session, survey), matched)
        try:
            design = self._checked(session, design, survey.id)
        except InvalidSurveyDesign as error:
            problems += [p for p in error.problems if p not in problems]
        if problems:
            raise InvalidSurveyDesign(problems)
        matched = _match_questions(design, survey.questions)
        order = question_order(session, survey.id)
        # A save of its questions or segments alone is a save of the survey: its version moves on.
        survey.updated_at = utc_now()
        added = self._write(session, survey, design, matched)
        if question_order(session, survey.id) != order:  # inserted, moved, removed, retyped
            rebuild_scores(session, survey.id)  # the responses' strings follow the order
        return SavedSurvey(survey.id, False, added)

    @staticmethod
    def _write(
        session: Session, survey: Survey, design: SurveyDesign, matched: dict[int, uuid.UUID]
    ) -> tuple[str, ...]:
        for key in ("code", "title_th", "title_en", "kind", "fiscal_year", "round", "method",
                    "scale_points", "band_convention", "target_sample", "target_percent",
                    "opens_on", "closes_on", "notes"):  # fmt: skip
            setattr(survey, key, getattr(design, key))
        survey.segments = list(
            session.scalars(select(Segment).where(Segment.id.in_(design.segment_ids)))
        )
        stored = {q.id: q for q in survey.questions}
        kept = set(matched.values())
        for question in [q for q in survey.questions if q.id not in kept]:
            survey.questions.remove(question)  # deleted first: a new question may take its code
        # Codes are unique per survey: kept questions whose code changes pass through a code of
        # their own first, so that two questions swapping codes do not collide on the way.
        renamed = [(i, stored[q_id]) for i, q_id in matched.items()
                   if stored[q_id].code != design.questions[i].code]  # fmt: skip
        for _, question in renamed:
            question.code = f"~{question.id.hex}"[:CODE_MAX]
        session.flush()
        questions: list[SurveyQuestion] = []
        for index, item in enumerate(design.questions):
            question_id = matched.get(index)
            question = stored[question_id] if question_id else SurveyQuestion()
            _fill_question(question, item, index + 1)
            questions.append(question)
        survey.questions = questions
        session.flush()
        known = set(session.scalars(select(SurveyDimension.code)))
        wanted = list(dict.fromkeys(q.dimension for q in design.questions if q.dimension))
        added = tuple(code for code in wanted if code not in known)
        if added:
            top = session.scalar(select(func.max(SurveyDimension.sort_order))) or 0
            for step, code in enumerate(added, start=1):
                session.add(SurveyDimension(code=code, name_th=code, name_en=code,
                                            sort_order=top + step * 10))  # fmt: skip
        return added


def _fill_question(question: SurveyQuestion, item: QuestionDesign, position: int) -> None:
    question.position = position
    for key in ("code", "number", "section", "text_th", "text_en", "dimension", "type", "points",
                "offers_no_opinion", "profile"):  # fmt: skip
        setattr(question, key, getattr(item, key))
    existing = {c.value: c for c in question.choices}
    choices = []
    for choice in item.choices:
        row = existing.get(choice.value) or SurveyChoice(value=choice.value)
        row.label_th, row.label_en, row.segment_id = (
            choice.label_th,
            choice.label_en,
            choice.segment_id,
        )
        choices.append(row)
    question.choices = choices


def _match_questions(
    design: SurveyDesign, stored: Sequence[SurveyQuestion]
) -> dict[int, uuid.UUID]:
    """Which stored question each design question updates: by id, else by code (no case)."""
    ids = {q.id for q in stored}
    by_code = {q.code.strip().casefold(): q.id for q in stored}
    taken = {q.id for q in design.questions if q.id in ids}
    matched: dict[int, uuid.UUID] = {}
    for index, question in enumerate(design.questions):
        if question.id in ids:
            matched[index] = question.id
        else:
            found = by_code.get(question.code.strip().casefold())
            if found is not None and found not in taken:
                matched[index] = found
                taken.add(found)
    return matched


def _stored(session: Session, survey: Survey) -> list[StoredQuestion]:
    used: dict[uuid.UUID, set[int]] = {}
    for column in (SurveyAnswer.value, SurveyAnswer.importance):
        for question_id, value in session.execute(
            select(SurveyAnswer.question_id, column)
            .join(SurveyQuestion, SurveyQuestion.id == SurveyAnswer.question_id)
            .where(SurveyQuestion.survey_id == survey.id, column.is_not(None))
            .distinct()
        ):
            if value is not None:
                used.setdefault(question_id, set()).add(value)
    no_opinion = set(session.scalars(
        select(SurveyAnswer.question_id)
        .join(SurveyQuestion, SurveyQuestion.id == SurveyAnswer.question_id)
        .where(SurveyQuestion.survey_id == survey.id, SurveyAnswer.no_opinion.is_(True))
        .distinct()
    ))  # fmt: skip
    return [
        StoredQuestion(
            q.id,
            q.code,
            q.type,
            q.points,
            q.profile,
            frozenset(used.get(q.id, ())),
            q.id in no_opinion,
        )  # fmt: skip
        for q in survey.questions
    ]


def _responses(session: Session, survey_id: uuid.UUID) -> int:
    return (
        session.scalar(
            select(func.count(SurveyResponse.id)).where(SurveyResponse.survey_id == survey_id)
        )
        or 0
    )


def _design_of(survey: Survey) -> SurveyDesign:
    return SurveyDesign(
        code=survey.code, title_th=survey.title_th, title_en=survey.title_en, kind=survey.kind,
        fiscal_year=survey.fiscal_year, round=survey.round, method=survey.method,
        scale_points=survey.scale_points, band_convention=survey.band_convention,
        target_sample=survey.target_sample, target_percent=survey.target_percent,
        opens_on=survey.opens_on, closes_on=survey.closes_on, notes=survey.notes,
        segment_ids=tuple(s.id for s in sorted(survey.segments, key=_segment_order)),
        questions=tuple(
            QuestionDesign(
                code=q.code, text_th=q.text_th, text_en=q.text_en, number=q.number,
                section=q.section, dimension=q.dimension, type=q.type, points=q.points,
                offers_no_opinion=q.offers_no_opinion, profile=q.profile,
                choices=tuple(ChoiceDesign(c.value, c.label_th, c.label_en, c.segment_id)
                              for c in sorted(q.choices, key=lambda c: c.value)),
                id=q.id,
            )
            for q in sorted(survey.questions, key=lambda q: q.position)
        ),
    )  # fmt: skip


def _segment_order(segment: Segment) -> tuple[int, str]:
    return (segment.sort_order, segment.name_th)


def _segment_choice(segment: Segment) -> SegmentChoice:
    return SegmentChoice(segment.id, segment.code, Named(segment.name_th, segment.name_en),
                         segment.active)  # fmt: skip
