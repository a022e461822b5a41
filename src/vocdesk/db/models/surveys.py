"""Surveys of satisfaction, engagement and dissatisfaction: questions, responses, answers."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vocdesk.db.base import Entity
from vocdesk.db.models._types import enum_column
from vocdesk.db.models.registry import Segment
from vocdesk.domain.enums import SurveyKind


class Survey(Entity):
    """One survey round, e.g. the fiscal-year 2569 satisfaction survey of the general public."""

    __tablename__ = "survey"

    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[SurveyKind] = mapped_column(enum_column(SurveyKind))
    fiscal_year: Mapped[int]  # Buddhist Era
    scale_points: Mapped[int] = mapped_column(default=5)
    target_percent: Mapped[float | None]
    segment_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("segment.id"))
    opens_on: Mapped[date | None]
    closes_on: Mapped[date | None]

    segment: Mapped[Segment | None] = relationship()
    questions: Mapped[list[SurveyQuestion]] = relationship(
        back_populates="survey", order_by="SurveyQuestion.number", cascade="all, delete-orphan"
    )


class SurveyQuestion(Entity):
    __tablename__ = "survey_question"
    __table_args__ = (UniqueConstraint("survey_id", "number"),)

    survey_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("survey.id", ondelete="CASCADE"))
    number: Mapped[str] = mapped_column(String(20))  # as printed on the form: "1.1", "2.3"
    section: Mapped[str] = mapped_column(String(300), default="")
    text: Mapped[str]
    dimension: Mapped[str] = mapped_column(String(100), default="")  # for benchmarks

    survey: Mapped[Survey] = relationship(back_populates="questions")


class SurveyResponse(Entity):
    """One filled-in form, from paper or imported."""

    __tablename__ = "survey_response"
    __table_args__ = (
        Index("ix_survey_response_survey_segment", "survey_id", "segment_id"),
        Index("ix_survey_response_stakeholder", "stakeholder_id"),  # the stakeholder's timeline
    )

    survey_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("survey.id", ondelete="CASCADE"))
    stakeholder_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("stakeholder.id"))
    segment_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("segment.id"))
    submitted_on: Mapped[date]
    comment: Mapped[str] = mapped_column(default="")

    survey: Mapped[Survey] = relationship()
    answers: Mapped[list[SurveyAnswer]] = relationship(cascade="all, delete-orphan")


class SurveyAnswer(Entity):
    __tablename__ = "survey_answer"
    __table_args__ = (UniqueConstraint("response_id", "question_id"),)

    response_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("survey_response.id", ondelete="CASCADE")
    )
    question_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("survey_question.id", ondelete="CASCADE"), index=True
    )
    value: Mapped[int | None]  # None: "not applicable"
