"""Recording and editing listening-log entries, and the channels catalogue, on real SQLite files."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from vocdesk.db.models import Channel, Segment, Stakeholder
from vocdesk.domain.enums import FeedbackType, LifecycleStage, Sentiment
from vocdesk.domain.listening.log import FeedbackStatus
from vocdesk.domain.messages import UserError
from vocdesk.domain.tables import TableQuery
from vocdesk.services.database import Database
from vocdesk.services.listening.channels import ChannelDraft, ChannelsService
from vocdesk.services.listening.entry import FeedbackDraft, ListeningEntryService
from vocdesk.services.listening.log import FeedbackFilters, ListeningService

HEARD = datetime(2025, 11, 3, 2, 30, tzinfo=UTC)


def _ids(db: Database) -> dict:
    with db.session_scope() as session:
        segments = session.scalars(select(Segment).order_by(Segment.sort_order)).all()
        person = Stakeholder(name="สมชาย ใจดี", segment_id=segments[0].id)
        session.add(person)
        session.flush()
        return {
            "walk_in": session.scalar(select(Channel.id).where(Channel.code == "walk_in")),
            "line": session.scalar(select(Channel.id).where(Channel.code == "line_oa")),
            "person": person.id, "person_segment": segments[0].id, "other_segment": segments[1].id,
        }  # fmt: skip


def _draft(ids: dict, **changes) -> FeedbackDraft:
    values = dict(received_at=HEARD, channel_id=ids["walk_in"], stage=LifecycleStage.DURING,
                  type=FeedbackType.SUGGESTION, text="  อยากให้มีที่จอดรถเพิ่ม  ")  # fmt: skip
    values.update(changes)
    return FeedbackDraft(**values)


def test_an_entry_is_recorded_with_the_next_number_and_found_by_its_words(
    empty_db: Database,
) -> None:
    ids = _ids(empty_db)
    entries = ListeningEntryService(empty_db)

    first = entries.record(_draft(ids))
    second = entries.record(_draft(ids, text="ห้องน้ำสะอาดดี", sentiment=Sentiment.POSITIVE))

    assert (first.number, second.number) == (1, 2)
    (row,) = ListeningService(empty_db).list_feedback(TableQuery(search="ที่จอดรถ"))
    assert row.id == first.id and row.text == "อยากให้มีที่จอดรถเพิ่ม"  # trimmed
    assert row.stakeholder is None  # anonymous


def test_the_segment_comes_from_the_stakeholder_unless_one_is_chosen(empty_db: Database) -> None:
    ids = _ids(empty_db)
    entries = ListeningEntryService(empty_db)

    taken = entries.record(_draft(ids, stakeholder_id=ids["person"]))
    chosen = entries.record(
        _draft(ids, stakeholder_id=ids["person"], segment_id=ids["other_segment"])
    )

    assert entries.get(taken.id).draft.segment_id == ids["person_segment"]
    assert entries.get(chosen.id).draft.segment_id == ids["other_segment"]
    assert entries.get(taken.id).stakeholder_name == "สมชาย ใจดี"


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"text": "   "}, "Write what was heard"),
        ({"channel_id": None}, "Choose the channel"),
        ({"received_at": datetime.now(UTC) + timedelta(days=2)}, "is in the future"),
        ({"staff": "ก" * 201}, "longer than 200 characters"),
    ],
)
def test_a_bad_entry_is_refused_with_a_clear_message_and_nothing_written(
    empty_db: Database, changes, words
) -> None:
    ids = _ids(empty_db)

    with pytest.raises(UserError) as caught:
        ListeningEntryService(empty_db).record(_draft(ids, **changes))

    assert words in str(caught.value)
    assert ListeningService(empty_db).count_feedback(TableQuery()) == 0


def test_an_edit_changes_the_entry_and_what_search_finds(empty_db: Database) -> None:
    ids = _ids(empty_db)
    entries = ListeningEntryService(empty_db)
    recorded = entries.record(_draft(ids))

    entries.update(recorded.id, _draft(ids, text="ลิฟต์เสียบ่อย", channel_id=ids["line"]))
    entries.set_status(recorded.id, FeedbackStatus.ACTED_ON)

    listening = ListeningService(empty_db)
    assert listening.count_feedback(TableQuery(search="จอดรถ")) == 0
    (row,) = listening.list_feedback(TableQuery(search="ลิฟต์"))
    assert row.channel.en == "LINE official account"
    assert row.status is FeedbackStatus.ACTED_ON and row.number == recorded.number


def test_filters_narrow_the_log(empty_db: Database) -> None:
    ids = _ids(empty_db)
    entries = ListeningEntryService(empty_db)
    entries.record(
        _draft(ids, received_at=datetime(2025, 9, 30, 16, 59, tzinfo=UTC))
    )  # 30 Sep 23:59 Thai
    entries.record(
        _draft(ids, received_at=datetime(2025, 9, 30, 17, 0, tzinfo=UTC))
    )  # 1 Oct 00:00 Thai
    entries.record(
        _draft(
            ids, channel_id=ids["line"], stage=LifecycleStage.AFTER, type=FeedbackType.COMPLIMENT
        )
    )
    listening = ListeningService(empty_db)
    from vocdesk.domain.fiscal import fiscal_quarter, fiscal_year_period

    def count(**filters) -> int:
        return listening.count_feedback(TableQuery(), FeedbackFilters(**filters))

    assert count(period=fiscal_year_period(2569)) == 2  # from 1 October 2025, Thai time
    assert count(period=fiscal_year_period(2568)) == 1
    assert count(period=fiscal_quarter(2569, 1), channel_id=ids["line"]) == 1
    assert count(stage=LifecycleStage.AFTER) == 1 and count(type=FeedbackType.SUGGESTION) == 2
    assert count(status=FeedbackStatus.NEW) == 3 and count(status=FeedbackStatus.CLOSED) == 0
    rows = listening.list_feedback(
        TableQuery(search="จอดรถ"), 0, 10, FeedbackFilters(channel_id=ids["walk_in"])
    )
    assert len(rows) == 2


def test_channels_are_added_edited_and_only_unused_ones_deleted(empty_db: Database) -> None:
    ids = _ids(empty_db)
    channels = ChannelsService(empty_db)
    tiktok = channels.add(ChannelDraft("ติ๊กต็อก", "TikTok", is_digital=True))
    ListeningEntryService(empty_db).record(_draft(ids, channel_id=tiktok))

    with pytest.raises(UserError, match="already a channel named"):
        channels.add(ChannelDraft("tiktok"))
    with pytest.raises(UserError, match="make it inactive instead"):
        channels.delete(tiktok)
    channels.update(tiktok, ChannelDraft("ติ๊กต็อก", "TikTok", is_digital=True, active=False))

    row = next(c for c in channels.list_channels() if c.id == tiktok)
    assert (row.code, row.is_digital, row.active, row.uses) == ("tiktok", True, False, 1)
    assert all(choice.id != tiktok for choice in ListeningEntryService(empty_db).choices().channels)
    unused = channels.add(ChannelDraft("หน่วยเคลื่อนที่"))
    channels.delete(unused)
    assert all(c.id != unused for c in channels.list_channels())


def test_channels_move_up_and_down_in_the_pickers_order(empty_db: Database) -> None:
    channels = ChannelsService(empty_db)
    first, second = channels.list_channels()[:2]

    channels.move(second.id, -1)

    assert [c.id for c in channels.list_channels()[:2]] == [second.id, first.id]
