"""The Listening tab's rows: newest first, anonymous entries included, searchable."""

from __future__ import annotations

from datetime import UTC, datetime

from sample_data import SampleData
from sqlalchemy import select

from vocdesk.db.models import Channel, FeedbackEntry
from vocdesk.domain.enums import FeedbackType, LifecycleStage
from vocdesk.domain.tables import TableQuery
from vocdesk.services.database import Database
from vocdesk.services.listening.log import ListeningService


def _channel_id(db: Database, code: str):
    with db.session_scope() as session:
        return session.scalar(select(Channel.id).where(Channel.code == code))


def test_the_newest_feedback_comes_first(empty_db: Database, sample: SampleData) -> None:
    rows = ListeningService(empty_db).list_feedback(TableQuery(), 0, 50)

    times = [row.received_at for row in rows]
    assert times == sorted(times, reverse=True)


def test_anonymous_feedback_has_no_stakeholder_and_keeps_its_catalogue_names(
    empty_db: Database,
) -> None:
    with empty_db.session_scope() as session:
        session.add(
            FeedbackEntry(
                received_at=datetime(2025, 10, 2, 3, 0, tzinfo=UTC),
                channel_id=_channel_id(empty_db, "hotline_1111"),
                stage=LifecycleStage.AFTER,
                type=FeedbackType.SUGGESTION,
                text="ควรเปิดบริการวันเสาร์",
            )
        )

    (row,) = ListeningService(empty_db).list_feedback(TableQuery())

    assert row.stakeholder is None
    assert row.channel.in_language("th") == "สายด่วนรัฐบาล 1111"
    assert row.channel.in_language("en") == "Government hotline 1111"
    assert row.segment is None and row.service is None and row.office is None


def test_search_finds_feedback_by_its_text_or_its_channel(
    empty_db: Database, sample: SampleData
) -> None:
    service = ListeningService(empty_db)

    by_text = service.list_feedback(TableQuery(search="ที่จอดรถ"), 0, 1000)
    by_channel = service.list_feedback(TableQuery(search="Facebook"), 0, 1000)

    assert by_text and all("ที่จอดรถ" in row.text for row in by_text)
    assert len(by_text) == service.count_feedback(TableQuery(search="ที่จอดรถ"))
    assert by_channel and all(row.channel.en == "Facebook" for row in by_channel)
    assert service.count_feedback(TableQuery()) == 300


def test_sorting_by_stage_follows_the_service_lifecycle(
    empty_db: Database, sample: SampleData
) -> None:
    rows = ListeningService(empty_db).list_feedback(TableQuery(sort_key="stage"), 0, 300)

    order = list(LifecycleStage)
    assert [order.index(row.stage) for row in rows] == sorted(
        order.index(row.stage) for row in rows
    )
