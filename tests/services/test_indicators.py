"""A stakeholder's relationship indicators, on a history whose figures are worked out by hand.

Today is Friday 14 November 2025 (Thai time); the 12 months counted run from 15 November 2024.
"""

from __future__ import annotations

import time
import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import insert, select

from vocdesk.db.models import (
    Activity,
    Channel,
    Complaint,
    ComplaintCategory,
    FeedbackEntry,
    Segment,
    Stakeholder,
    Survey,
    SurveyAnswer,
    SurveyQuestion,
    SurveyResponse,
)
from vocdesk.db.models.timeline import activity_participant
from vocdesk.domain.enums import (
    ActivityKind,
    ComplaintStatus,
    FeedbackType,
    LifecycleStage,
    PartyType,
    QuestionType,
    SegmentKind,
    SurveyKind,
)
from vocdesk.domain.relationships_engagement import EngagementLevel
from vocdesk.services.database import Database
from vocdesk.services.relationships.indicators import (
    IndicatorsService,
    InteractionSource,
    KindCount,
)

TODAY = date(2025, 11, 14)
A, S = InteractionSource, ActivityKind


def _at(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)  # type: ignore[misc]


def _history(db: Database) -> tuple[uuid.UUID, uuid.UUID]:
    """Person P (and Q, who shares an activity), with the rows the tests count by hand."""
    with db.session_scope() as session:
        channel = {c.code: c.id for c in session.scalars(select(Channel))}
        category = session.scalar(select(ComplaintCategory.id).limit(1))
        p, q = Stakeholder(name="สมหญิง ใจดี"), Stakeholder(name="คนอื่น")
        session.add_all([p, q])
        session.flush()

        def activity(
            owner: Stakeholder, at: datetime, kind: ActivityKind, ch: str | None
        ) -> Activity:
            return Activity(stakeholder_id=owner.id, occurred_at=at, kind=kind, subject="ติดต่อ",
                            channel_id=channel[ch] if ch else None)  # fmt: skip

        meeting = activity(p, _at(2025, 10, 1, 3), ActivityKind.MEETING, "walk_in")
        event = activity(q, _at(2025, 6, 1, 3), ActivityKind.EVENT, None)
        session.add_all([
            meeting, event,
            activity(p, _at(2025, 11, 10, 2), ActivityKind.CALL, "phone"),  # the last contact
            activity(p, _at(2024, 11, 14, 3), ActivityKind.CALL, "phone"),  # before the 12 months
            activity(p, _at(2025, 12, 1, 3), ActivityKind.VISIT, "walk_in"),  # planned: not yet
        ])  # fmt: skip
        session.flush()
        session.execute(insert(activity_participant), [
            {"activity_id": event.id, "stakeholder_id": p.id},  # P took part in Q's event
            {"activity_id": meeting.id, "stakeholder_id": q.id},
        ])  # fmt: skip

        def feedback(at: datetime) -> FeedbackEntry:
            return FeedbackEntry(stakeholder_id=p.id, received_at=at, channel_id=channel["phone"],
                                 stage=LifecycleStage.DURING, type=FeedbackType.SUGGESTION, text="ขอ")  # fmt: skip

        session.add_all([
            feedback(_at(2024, 11, 14, 17, 30)),  # 00:30 on 15 November in Thailand: counted
            feedback(_at(2024, 11, 14, 16, 59)),  # 23:59 on 14 November in Thailand: not
            feedback(_at(2025, 9, 1, 3)),
        ])  # fmt: skip

        def complaint(n: int, at: datetime, status: ComplaintStatus) -> Complaint:
            return Complaint(stakeholder_id=p.id, fiscal_year=2569, sequence=n, number=f"2569/{n:06d}",
                             received_at=at, channel_id=channel["phone"], subject="รอนาน",
                             category_id=category, status=status)  # fmt: skip

        session.add_all([
            complaint(1, _at(2025, 8, 1, 3), ComplaintStatus.IN_PROGRESS),
            complaint(2, _at(2023, 5, 1, 3), ComplaintStatus.CLOSED),
            complaint(3, _at(2023, 6, 1, 3), ComplaintStatus.WAITING),  # old, still open
        ])  # fmt: skip

        survey = Survey(code="SAT-2568", title_th="ความพึงพอใจ 2568", title_en="Satisfaction 2568",
                        kind=SurveyKind.SATISFACTION, fiscal_year=2568, scale_points=5)  # fmt: skip
        survey.questions = [
            SurveyQuestion(code="Q1", position=0, text_th="ความรวดเร็ว", points=5),
            SurveyQuestion(code="Q2", position=1, text_th="เจ้าหน้าที่", points=5),
            SurveyQuestion(code="Q3", position=2, text_th="สถานที่", points=4),
            SurveyQuestion(code="Q4", position=3, text_th="อาชีพ", type=QuestionType.SINGLE),
        ]
        session.add(survey)
        session.flush()
        q1, q2, q3, q4 = survey.questions

        def response(
            on: date, answers: dict[SurveyQuestion, int | None], entry_pass: int = 1
        ) -> None:
            r = SurveyResponse(survey_id=survey.id, stakeholder_id=p.id, submitted_on=on,
                               entry_pass=entry_pass)  # fmt: skip
            r.answers = [SurveyAnswer(question_id=k.id, value=v, no_opinion=v is None)
                         for k, v in answers.items()]  # fmt: skip
            session.add(r)

        response(date(2024, 6, 1), {q1: 3, q2: 3, q3: None, q4: 1})  # 3 of 5: 60%
        # 5, 4 and 4 of 4 points (5 on the survey's scale): mean 14/3, 93.33%
        response(date(2025, 7, 1), {q1: 5, q2: 4, q3: 4, q4: 2})
        response(date(2025, 7, 2), {q1: 1, q2: 1, q3: 1}, entry_pass=2)  # a second keying: no
        response(date(2025, 10, 20), {q4: 3})  # no rating answered: counted, not scored
        return p.id, q.id


def test_indicators_worked_out_by_hand(empty_db: Database) -> None:
    p, q = _history(empty_db)
    found = IndicatorsService(empty_db, today=lambda: TODAY).for_stakeholder(p)

    assert found.today == TODAY and found.since == date(2024, 11, 15)
    assert found.by_kind == (
        KindCount(A.ACTIVITY, S.MEETING, 1),
        KindCount(A.ACTIVITY, S.CALL, 1),
        KindCount(A.ACTIVITY, S.EVENT, 1),
        KindCount(A.FEEDBACK, None, 2),
        KindCount(A.COMPLAINT, None, 1),
        KindCount(A.SURVEY_RESPONSE, None, 2),
    )
    assert found.interactions == 8
    # Telephone: a call, 2 feedback entries, a complaint; walk-in: the meeting; none: the
    # event and both survey responses.
    assert [(c.code, c.count) for c in found.by_channel] == [("phone", 4), ("walk_in", 1), ("", 3)]
    assert found.by_channel[0].channel is not None
    assert found.by_channel[0].channel.en == "Telephone"
    assert found.by_channel[-1].channel is None
    assert found.open_complaints == 2  # in progress, and waiting since 2023
    assert found.last_contact == date(2025, 11, 10) and found.days_since_contact == 4

    assert found.satisfaction is not None
    assert found.satisfaction.percent == pytest.approx(14 / 3 / 5 * 100)
    assert found.satisfaction.answers == 3
    assert found.satisfaction.survey_code == "SAT-2568"
    assert found.satisfaction.survey_title.en == "Satisfaction 2568"
    assert [t.percent for t in found.satisfaction_trend] == pytest.approx([60.0, 93.333333])
    assert found.satisfaction_change == pytest.approx(33.333333)

    # 8 interactions, 4 days, 93% but open complaints: Medium, and High needs them closed.
    assert found.engagement.level is EngagementLevel.MEDIUM
    assert [m.english() for m in found.engagement.unmet] == ["no open complaint"]
    assert [level for level, _ in found.rule] == list(EngagementLevel)

    # Q: their own event and the meeting they took part in.
    other = IndicatorsService(empty_db, today=lambda: TODAY).for_stakeholder(q)
    assert other.interactions == 2 and other.satisfaction is None
    assert other.days_since_contact == (TODAY - date(2025, 10, 1)).days
    assert other.engagement.level is EngagementLevel.MEDIUM


def test_nobody_in_touch(empty_db: Database) -> None:
    with empty_db.session_scope() as session:
        person = Stakeholder(name="ไม่เคยติดต่อ")
        session.add(person)
        session.flush()
        pid = person.id
    found = IndicatorsService(empty_db, today=lambda: TODAY).for_stakeholder(pid)
    assert (found.interactions, found.by_kind, found.by_channel) == (0, (), ())
    assert found.last_contact is None and found.days_since_contact is None
    assert found.satisfaction is None and found.satisfaction_change is None
    assert found.engagement.level is EngagementLevel.NONE


def test_ten_thousand_items_read_fast(empty_db: Database) -> None:
    """Not a timed assertion: the time is printed for the report (pytest -s)."""
    with empty_db.session_scope() as session:
        phone = session.scalar(select(Channel.id).where(Channel.code == "phone"))
        person = Stakeholder(name="ลูกค้าประจำ")
        session.add(person)
        session.flush()
        pid = person.id
        now = datetime(2025, 11, 14, 3, tzinfo=UTC)
        kinds = list(ActivityKind)
        session.execute(insert(Activity), [
            dict(id=uuid.uuid4(), stakeholder_id=pid, occurred_at=now - timedelta(hours=7 * i),
                 kind=kinds[i % len(kinds)], subject="ติดต่อ", channel_id=phone if i % 2 else None,
                 notes="", outcome="", staff="", created_at=now, updated_at=now)
            for i in range(5000)
        ])  # fmt: skip
        session.execute(insert(FeedbackEntry), [
            dict(id=uuid.uuid4(), stakeholder_id=pid, received_at=now - timedelta(hours=5 * i),
                 channel_id=phone, stage=LifecycleStage.DURING, type=FeedbackType.COMPLIMENT,
                 text="ดี", created_at=now, updated_at=now)
            for i in range(5000)
        ])  # fmt: skip
    service = IndicatorsService(empty_db, today=lambda: TODAY)
    started = time.perf_counter()
    found = service.for_stakeholder(pid)
    took = time.perf_counter() - started
    print(f"\nindicators of a stakeholder with 10,000 items: {took * 1000:.1f} ms")
    # Activities every 7 hours: 365 days hold ceil(365 x 24 / 7) of them, less the part of
    # today after 10:00 (the first is at 10:00 Thai time); feedback every 5 hours likewise.
    first_day = datetime(2024, 11, 14, 17, tzinfo=UTC)  # 15 November 2024, 00:00 in Thailand
    expected = sum(now - timedelta(hours=7 * i) >= first_day for i in range(5000)) + sum(
        now - timedelta(hours=5 * i) >= first_day for i in range(5000)
    )
    assert found.interactions == expected
    assert found.days_since_contact == 0


def test_a_segment_together(empty_db: Database) -> None:
    p, q = _history(empty_db)
    with empty_db.session_scope() as session:
        segment = Segment(
            code="SME", name_th="ผู้ประกอบการ", name_en="SMEs", kind=SegmentKind.SERVICE_RECIPIENT
        )
        session.add(segment)
        session.flush()
        session.add(Stakeholder(name="ยังไม่เคยติดต่อ", segment_id=segment.id))
        for who in (p, q):
            session.get_one(Stakeholder, who).segment_id = segment.id
        segment_id = segment.id
    found = IndicatorsService(empty_db, today=lambda: TODAY).for_segment(segment_id)

    assert found.members == 3 and found.members_in_touch == 2
    # P's meeting (Q took part: once), P's call, Q's event (P took part: once); P's 2 feedback
    # entries, complaint and 2 survey responses.
    assert found.interactions == 8
    assert [(k.activity_kind or k.source, k.count) for k in found.by_kind] == [
        (S.MEETING, 1), (S.CALL, 1), (S.EVENT, 1),
        (A.FEEDBACK, 2), (A.COMPLAINT, 1), (A.SURVEY_RESPONSE, 2),
    ]  # fmt: skip
    assert [(c.code, c.count) for c in found.by_channel] == [("phone", 4), ("walk_in", 1), ("", 3)]
    assert found.open_complaints == 2
    assert found.last_contact == date(2025, 11, 10) and found.days_since_contact == 4
    assert found.satisfaction == pytest.approx(14 / 3 / 5 * 100) and found.members_scored == 1
    # P: Medium (open complaints); Q: 2 interactions, 44 days, no score: Medium; the third: None.
    assert found.levels == (
        (EngagementLevel.HIGH, 0), (EngagementLevel.MEDIUM, 2),
        (EngagementLevel.LOW, 0), (EngagementLevel.NONE, 1),
    )  # fmt: skip


def test_an_organisation_its_record_and_its_people(empty_db: Database) -> None:
    p, q = _history(empty_db)
    with empty_db.session_scope() as session:
        session.get_one(Stakeholder, p).organisation = "บริษัท ก จำกัด"
        firm = Stakeholder(name="บริษัท ก จำกัด", party_type=PartyType.ORGANISATION)
        session.add(firm)
        session.flush()
        call = Activity(stakeholder_id=firm.id, occurred_at=_at(2025, 11, 1, 3),
                        kind=ActivityKind.CALL, subject="โทรนัดประชุม")  # fmt: skip
        session.add(call)
        session.flush()
        session.execute(
            insert(activity_participant), [{"activity_id": call.id, "stakeholder_id": p}]
        )
    found = IndicatorsService(empty_db, today=lambda: TODAY).for_organisation("บริษัท ก จำกัด")

    assert found.members == 2 and found.members_in_touch == 2
    # P's 8 (Q's event among them, Q being outside) and the firm's call P took part in: once.
    assert found.interactions == 9
    assert [(k.activity_kind, k.count) for k in found.by_kind][:3] == [
        (S.MEETING, 1), (S.CALL, 2), (S.EVENT, 1)
    ]  # fmt: skip
    # P: 9 interactions but open complaints: Medium; the firm: one call: Low.
    assert dict(found.levels) == {
        EngagementLevel.HIGH: 0, EngagementLevel.MEDIUM: 1,
        EngagementLevel.LOW: 1, EngagementLevel.NONE: 0,
    }  # fmt: skip
