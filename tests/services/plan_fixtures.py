"""A small, hand-countable listening log for the plan, summary and improvement tests.

Entries are written with the ORM into a real database opened through the migrations (default
channels and segments come from revision 0002). Times are given in Thai wall-clock time.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import select

from vocdesk.db.models import (
    Channel,
    Complaint,
    ComplaintCategory,
    FeedbackEntry,
    Segment,
    Service,
    Survey,
    SurveyQuestion,
)
from vocdesk.domain.clock import THAI_TIME
from vocdesk.domain.enums import FeedbackType, LifecycleStage, SurveyKind
from vocdesk.services.database import Database


def thai(text: str) -> datetime:
    """'2025-10-01 00:00' in Thai time, as an aware UTC datetime."""
    return datetime.fromisoformat(text).replace(tzinfo=THAI_TIME).astimezone(UTC)


@dataclass
class Catalogue:
    channels: dict[str, uuid.UUID]
    segments: dict[str, uuid.UUID]
    services: dict[str, uuid.UUID] = field(default_factory=dict)


def catalogue(db: Database) -> Catalogue:
    with db.session_scope() as session:
        channels = {c.code: c.id for c in session.scalars(select(Channel))}
        segments = {s.code: s.id for s in session.scalars(select(Segment))}
        for code, th, en in [("licence", "ขออนุญาต", "Licence"), ("advice", "ให้คำปรึกษา", "Advice")]:
            session.add(Service(code=code, name_th=th, name_en=en))
        session.flush()
        services = {s.code: s.id for s in session.scalars(select(Service))}
    return Catalogue(channels, segments, services)


def add_entry(
    db: Database, cat: Catalogue, at: str, channel: str, stage: str, kind: str = "suggestion",
    segment: str | None = "general_public", service: str | None = None, text: str = "ข้อเสนอแนะ",
) -> uuid.UUID:  # fmt: skip
    with db.session_scope() as session:
        entry = FeedbackEntry(
            received_at=thai(at), channel_id=cat.channels[channel], stage=LifecycleStage(stage),
            type=FeedbackType(kind), text=text,
            segment_id=cat.segments[segment] if segment else None,
            service_id=cat.services[service] if service else None,
        )  # fmt: skip
        session.add(entry)
        session.flush()
        return entry.id


def add_complaint(
    db: Database, cat: Catalogue, at: str, number: str, entry_id: uuid.UUID | None = None
) -> uuid.UUID:
    with db.session_scope() as session:
        category = session.scalars(select(ComplaintCategory)).first()
        sequence = int(number.split("/")[1])
        complaint = Complaint(
            fiscal_year=int(number.split("/")[0]), sequence=sequence, number=number,
            received_at=thai(at), channel_id=cat.channels["hotline_1111"],
            subject="ถนนชำรุดหน้าสำนักงาน", category_id=category.id, feedback_entry_id=entry_id,
        )  # fmt: skip
        session.add(complaint)
        session.flush()
        return complaint.id


def add_survey(db: Database) -> tuple[uuid.UUID, uuid.UUID]:
    """A survey with one question: (survey id, question id)."""
    with db.session_scope() as session:
        survey = Survey(
            code=f"SAT-2569-{uuid.uuid4().hex[:6]}",
            title_th="ความพึงพอใจ ปีงบประมาณ 2569",
            kind=SurveyKind.SATISFACTION,
            fiscal_year=2569,
        )
        survey.questions.append(
            SurveyQuestion(code="Q2.1", number="2.1", text_th="ความรวดเร็วในการให้บริการ")
        )
        session.add(survey)
        session.flush()
        return survey.id, survey.questions[0].id
