"""Surveys of satisfaction, engagement and dissatisfaction: the design (questions, choices,
dimensions), the filled-in forms and their answers, and comparators' published results."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Column, ForeignKey, Index, String, Table, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vocdesk.db.base import Base, Entity, Travelling, Versioned, touched_at_column
from vocdesk.db.models._types import enum_column
from vocdesk.db.models.registry import Segment
from vocdesk.domain.enums import (
    BandConvention,
    BenchmarkScale,
    ProfileField,
    QuestionType,
    SurveyKind,
    SurveyMethod,
)

survey_target_segment = Table(
    "survey_target_segment",
    Base.metadata,
    Column("survey_id", ForeignKey("survey.id", ondelete="CASCADE"), primary_key=True),
    Column("segment_id", ForeignKey("segment.id", ondelete="CASCADE"), primary_key=True),
    touched_at_column(),
)


class SurveyDimension(Travelling, Entity):
    """A heading results are grouped under: process, staff, facilities, ... (an editable list)."""

    __tablename__ = "survey_dimension"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_th: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    sort_order: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)


class Survey(Travelling, Versioned, Entity):
    """One survey round, e.g. ``SAT-2569``, the fiscal-year 2569 satisfaction survey."""

    __tablename__ = "survey"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    title_th: Mapped[str] = mapped_column(String(300))
    title_en: Mapped[str] = mapped_column(String(300), default="")
    kind: Mapped[SurveyKind] = mapped_column(enum_column(SurveyKind))
    fiscal_year: Mapped[int]  # Buddhist Era
    round: Mapped[int] = mapped_column(default=1)  # the round within the fiscal year
    method: Mapped[SurveyMethod] = mapped_column(
        enum_column(SurveyMethod), default=SurveyMethod.PAPER
    )
    # The scale new rating questions get, and the one dimension and overall scores are put on.
    scale_points: Mapped[int] = mapped_column(default=5)
    band_convention: Mapped[BandConvention] = mapped_column(
        enum_column(BandConvention), default=BandConvention.EQUAL_WIDTH
    )
    target_sample: Mapped[int | None]
    target_percent: Mapped[float | None]
    opens_on: Mapped[date | None]
    closes_on: Mapped[date | None]
    notes: Mapped[str] = mapped_column(default="")

    segments: Mapped[list[Segment]] = relationship(secondary=survey_target_segment)
    questions: Mapped[list[SurveyQuestion]] = relationship(
        back_populates="survey", order_by="SurveyQuestion.position", cascade="all, delete-orphan"
    )


class SurveyQuestion(Travelling, Entity):
    __tablename__ = "survey_question"
    __table_args__ = (UniqueConstraint("survey_id", "code"),)

    survey_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("survey.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)  # order on the form
    code: Mapped[str] = mapped_column(String(40))  # the response file's column heading
    number: Mapped[str] = mapped_column(String(20), default="")  # as printed: "1.1", "2.3"
    section: Mapped[str] = mapped_column(String(300), default="")
    text_th: Mapped[str]
    text_en: Mapped[str] = mapped_column(default="")
    dimension: Mapped[str] = mapped_column(String(40), default="")  # a SurveyDimension code
    type: Mapped[QuestionType] = mapped_column(
        enum_column(QuestionType), default=QuestionType.RATING
    )
    points: Mapped[int | None]  # rating and importance questions: the number of levels
    offers_no_opinion: Mapped[bool] = mapped_column(default=False)
    profile: Mapped[ProfileField | None] = mapped_column(enum_column(ProfileField))

    survey: Mapped[Survey] = relationship(back_populates="questions")
    choices: Mapped[list[SurveyChoice]] = relationship(
        back_populates="question", order_by="SurveyChoice.value", cascade="all, delete-orphan"
    )


class SurveyChoice(Travelling, Entity):
    """A labelled answer: a scale level, a choice, or a profile answer (which may name a segment)."""

    __tablename__ = "survey_choice"
    __table_args__ = (UniqueConstraint("question_id", "value"),)

    question_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("survey_question.id", ondelete="CASCADE")
    )
    value: Mapped[int]
    label_th: Mapped[str] = mapped_column(String(300))
    label_en: Mapped[str] = mapped_column(String(300), default="")
    segment_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("segment.id"))

    question: Mapped[SurveyQuestion] = relationship(back_populates="choices")


class SurveyResponse(Travelling, Versioned, Entity):
    """One filled-in form, keyed from paper or imported.

    Paper forms may be keyed twice: the first pass (``entry_pass`` 1) is the data analysed; a
    second person's pass (2) is kept only to be compared with it, form by form.
    """

    __tablename__ = "survey_response"
    __table_args__ = (
        Index("ix_survey_response_survey_segment", "survey_id", "segment_id"),
        Index("ix_survey_response_stakeholder", "stakeholder_id"),  # the stakeholder's timeline
        Index("ix_survey_response_form", "survey_id", "entry_pass", "form_number"),
    )

    survey_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("survey.id", ondelete="CASCADE"))
    stakeholder_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("stakeholder.id"))
    segment_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("segment.id"))
    submitted_on: Mapped[date]
    form_number: Mapped[str] = mapped_column(String(40), default="")
    entry_pass: Mapped[int] = mapped_column(default=1)
    comment: Mapped[str] = mapped_column(default="")
    # The answers kept ready for the analysis, one character per question (one per importance
    # question): services/surveys/answer_scores.py keeps them equal to the answers.
    scores: Mapped[str] = mapped_column(default="", server_default="")
    importances: Mapped[str] = mapped_column(default="", server_default="")
    anonymised_at: Mapped[datetime | None]  # personal data replaced (issue 19)

    survey: Mapped[Survey] = relationship()
    answers: Mapped[list[SurveyAnswer]] = relationship(cascade="all, delete-orphan")


class SurveyAnswer(Base):
    """One answer of one form. Lean on purpose: a survey may hold millions of them.

    No row means no answer. ``no_opinion`` marks "no opinion / not applicable"; neither counts
    in an item's n. A multiple-choice answer is one row per ticked choice, told apart by ``seq``.
    An importance question keeps satisfaction in ``value`` and importance in ``importance``.
    """

    __tablename__ = "survey_answer"
    __table_args__ = (Index("ix_survey_answer_question_value", "question_id", "value"),)

    response_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("survey_response.id", ondelete="CASCADE"), primary_key=True
    )
    question_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("survey_question.id", ondelete="CASCADE"), primary_key=True
    )
    seq: Mapped[int] = mapped_column(primary_key=True, default=0)
    value: Mapped[int | None]
    importance: Mapped[int | None]
    number: Mapped[float | None]
    text: Mapped[str | None]
    no_opinion: Mapped[bool] = mapped_column(default=False)


class SurveyBenchmark(Travelling, Entity):
    """A comparator's published result, set beside one of our surveys."""

    __tablename__ = "survey_benchmark"

    survey_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("survey.id", ondelete="CASCADE"), index=True
    )
    organisation: Mapped[str] = mapped_column(String(300))
    fiscal_year: Mapped[int]  # Buddhist Era
    dimension: Mapped[str] = mapped_column(String(40), default="")  # a dimension code, or
    question_code: Mapped[str] = mapped_column(
        String(40), default=""
    )  # an item, or neither: overall
    value: Mapped[float]
    scale: Mapped[BenchmarkScale] = mapped_column(enum_column(BenchmarkScale))
    source: Mapped[str] = mapped_column(default="")
