"""One stakeholder's timeline gathers activities, feedback, complaints and survey answers."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import select

from vocdesk.db.models import (
    Activity,
    Channel,
    Complaint,
    ComplaintCategory,
    FeedbackEntry,
    Stakeholder,
    Survey,
    SurveyResponse,
)
from vocdesk.domain.enums import (
    ActivityKind,
    ComplaintStatus,
    FeedbackType,
    LifecycleStage,
    SurveyKind,
)
from vocdesk.domain.tables import TableQuery
from vocdesk.services.database import Database
from vocdesk.services.relationships.timeline import TimelineEventKind, TimelineService


def _person_with_history(db: Database, name: str) -> Stakeholder:
    with db.session_scope() as session:
        channel = session.scalar(select(Channel.id).where(Channel.code == "phone"))
        category = session.scalar(select(ComplaintCategory.id).limit(1))
        person = Stakeholder(name=name)
        survey = Survey(
            code=f"SAT-{name}",
            title_th="ความพึงพอใจ 2569",
            kind=SurveyKind.SATISFACTION,
            fiscal_year=2569,
        )
        session.add_all([person, survey])
        session.flush()
        session.add_all([
            Activity(stakeholder_id=person.id, occurred_at=datetime(2025, 10, 5, 2, tzinfo=UTC),
                     kind=ActivityKind.CALL, subject="โทรติดตามผล"),
            FeedbackEntry(stakeholder_id=person.id, received_at=datetime(2025, 10, 3, 2, tzinfo=UTC),
                          channel_id=channel, stage=LifecycleStage.DURING,
                          type=FeedbackType.SUGGESTION, text="ขอให้เพิ่มที่นั่งรอ"),
            Complaint(stakeholder_id=person.id, fiscal_year=2569, sequence=len(name),
                      number=f"2569/{len(name):06d}", received_at=datetime(2025, 10, 4, 2, tzinfo=UTC),
                      channel_id=channel, subject="รอคิวนาน", category_id=category,
                      status=ComplaintStatus.IN_PROGRESS),
            SurveyResponse(survey_id=survey.id, stakeholder_id=person.id,
                           submitted_on=date(2025, 10, 6), comment="ดีมาก"),
        ])  # fmt: skip
        return person


def test_every_kind_of_event_is_on_one_line_newest_first(empty_db: Database) -> None:
    person = _person_with_history(empty_db, "สมชาย")
    _person_with_history(empty_db, "คนอื่น ๆ")
    service = TimelineService(empty_db)

    events = service.list_events(person.id, TableQuery())

    assert [e.kind for e in events] == [
        TimelineEventKind.SURVEY_RESPONSE, TimelineEventKind.ACTIVITY,
        TimelineEventKind.COMPLAINT, TimelineEventKind.FEEDBACK,
    ]  # fmt: skip
    assert service.count_events(person.id, TableQuery()) == 4
    survey, activity, complaint, feedback = events
    assert survey.when == date(2025, 10, 6) and survey.summary == "ความพึงพอใจ 2569"
    assert activity.category == ActivityKind.CALL
    assert (
        complaint.category == ComplaintStatus.IN_PROGRESS and complaint.reference == "2569/000005"
    )
    assert feedback.when == datetime(2025, 10, 3, 2, tzinfo=UTC)
    assert feedback.channel is not None and feedback.channel.en == "Telephone"


def test_search_and_paging_work_on_the_timeline(empty_db: Database) -> None:
    person = _person_with_history(empty_db, "สมหญิง")
    service = TimelineService(empty_db)

    found = service.list_events(person.id, TableQuery(search="ที่นั่ง"))
    first, second = (service.list_events(person.id, TableQuery(), offset, 2) for offset in (0, 2))

    assert [e.kind for e in found] == [TimelineEventKind.FEEDBACK]
    assert service.count_events(person.id, TableQuery(search="ที่นั่ง")) == 1
    assert len(first) == len(second) == 2
    assert not {e.record_id for e in first} & {e.record_id for e in second}


def test_oldest_first_when_sorted_ascending(empty_db: Database) -> None:
    person = _person_with_history(empty_db, "ธนพล")

    events = TimelineService(empty_db).list_events(person.id, TableQuery(sort_key="when"))

    assert events[0].kind == TimelineEventKind.FEEDBACK
    assert events[-1].kind == TimelineEventKind.SURVEY_RESPONSE
