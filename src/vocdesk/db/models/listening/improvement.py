"""Improvement actions and what caused them: listening entries, complaints, survey findings.

The links are what close the loop in a PMQA report (3.1 a): what was heard, what was done about
it, and what came of it. A link disappears with either end (ON DELETE CASCADE).
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Column, ForeignKey, Index, String, Table
from sqlalchemy.orm import Mapped, mapped_column

from vocdesk.db.base import Base, Entity, Travelling, touched_at_column
from vocdesk.db.models._types import enum_column
from vocdesk.domain.listening.improvement import ImprovementStatus

improvement_feedback = Table(
    "improvement_feedback",
    Base.metadata,
    Column("action_id", ForeignKey("improvement_action.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "feedback_entry_id", ForeignKey("feedback_entry.id", ondelete="CASCADE"), primary_key=True
    ),
    Index("ix_improvement_feedback_feedback_entry_id", "feedback_entry_id"),  # actions of an entry
    touched_at_column(),
)

improvement_complaint = Table(
    "improvement_complaint",
    Base.metadata,
    Column("action_id", ForeignKey("improvement_action.id", ondelete="CASCADE"), primary_key=True),
    Column("complaint_id", ForeignKey("complaint.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_improvement_complaint_complaint_id", "complaint_id"),  # actions of a complaint
    touched_at_column(),
)


class ImprovementAction(Travelling, Entity):
    """What the agency changed because of what it heard: what, why, who, by when, and the result."""

    __tablename__ = "improvement_action"
    __table_args__ = (Index("ix_improvement_action_status_due", "status", "due_on"),)

    title: Mapped[str] = mapped_column(String(300))  # what
    reason: Mapped[str] = mapped_column(default="")  # why
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_on: Mapped[date | None]
    status: Mapped[ImprovementStatus] = mapped_column(
        enum_column(ImprovementStatus), default=ImprovementStatus.PLANNED
    )
    outcome: Mapped[str] = mapped_column(default="")
    completed_on: Mapped[date | None]


class ImprovementSurveyFinding(Travelling, Entity):
    """A survey (or one of its questions) whose result led to an action, with the finding."""

    __tablename__ = "improvement_survey_finding"

    action_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("improvement_action.id", ondelete="CASCADE"), index=True
    )
    survey_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("survey.id", ondelete="CASCADE"), index=True
    )
    question_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("survey_question.id", ondelete="CASCADE")
    )
    finding: Mapped[str] = mapped_column(default="")  # e.g. "ความรวดเร็ว 3.21 ต่ำกว่าเป้าหมาย"
