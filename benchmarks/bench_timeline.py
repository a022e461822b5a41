"""The relationship timeline on a large database: does a long history open at once?

Run: python benchmarks/bench_timeline.py [--members 20000] [--rich 10000] [--repeat 3]

Builds, with bulk inserts in one transaction: a segment of MEMBERS stakeholders (each created
in the audit trail, with an activity, a feedback entry and a reminder), as many stakeholders
again in another segment (the noise an index must skip), an organisation of 200 people, and one
stakeholder with RICH items spread over every source (activities, activities taken part in,
feedback, complaints with two status changes each, survey responses, reminders, registry
changes). Then times, best of REPEAT, through ``TimelineService``:

- the rich stakeholder's count and first page (200 items), a deep page, a kinds filter, a
  period (one fiscal year);
- the segment's count and first page; the organisation's;

against a baseline measured in the same run: the obvious way, one ORM query per source reading
every item of the stakeholder (or the members), merged and sorted in Python, then cut to the
page. Prints the figures, the ratios, whether the pages agree, and SQLite's query plan of the
stakeholder's first page (every arm should SEARCH through an index, never SCAN a table).
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, text

from vocdesk.db.models import (
    Activity,
    AuditEntry,
    Channel,
    Complaint,
    ComplaintCategory,
    ComplaintStatusChange,
    FeedbackEntry,
    Reminder,
    Segment,
    Stakeholder,
    Survey,
    SurveyResponse,
)
from vocdesk.db.models.timeline import activity_participant
from vocdesk.domain.enums import (
    ActivityKind,
    AuditAction,
    ComplaintStatus,
    FeedbackType,
    LifecycleStage,
    PartyType,
    ReminderSource,
    SegmentKind,
    SurveyKind,
)
from vocdesk.domain.ids import new_id
from vocdesk.domain.tables import TableQuery
from vocdesk.services.database import Database, open_database
from vocdesk.services.relationships.timeline import (
    TimelineFilter,
    TimelineKind,
    TimelineScope,
    TimelineService,
)

NOW = datetime(2026, 9, 15, 3, tzinfo=UTC)
PAGE = 200


def _moment(rng: random.Random) -> datetime:
    return NOW - timedelta(days=rng.randint(0, 1500), minutes=rng.randint(0, 1440))


def build(db: Database, members: int, rich: int, seed: int = 11) -> dict[str, Any]:
    rng = random.Random(seed)
    with db.session_scope() as session:
        channel = session.scalar(select(Channel.id).limit(1))
        category = session.scalar(select(ComplaintCategory.id).limit(1))
        big = Segment(
            code="BIG", name_th="กลุ่มใหญ่", name_en="Big", kind=SegmentKind.SERVICE_RECIPIENT
        )
        other = Segment(
            code="OTHER", name_th="กลุ่มอื่น", name_en="Other", kind=SegmentKind.STAKEHOLDER
        )
        survey = Survey(
            code="SAT-BENCH", title_th="ความพึงพอใจ", kind=SurveyKind.SATISFACTION, fiscal_year=2569
        )
        session.add_all([big, other, survey])
        session.flush()
        people: list[dict[str, Any]] = []
        for segment, count in ((big, members), (other, members)):
            people += [
                dict(id=new_id(), name=f"{segment.code} {i}", segment_id=segment.id,
                     organisation="เทศบาลนครตัวอย่าง" if segment is other and i < 200 else "")
                for i in range(count)
            ]  # fmt: skip
        organisation = dict(id=new_id(), name="เทศบาลนครตัวอย่าง", party_type=PartyType.ORGANISATION)
        rich_person = dict(id=new_id(), name="ผู้มีประวัติยาว", segment_id=big.id)
        people += [organisation, rich_person]
        session.execute(insert(Stakeholder), people)
        ids = [p["id"] for p in people]
        session.execute(insert(AuditEntry), [
            dict(at=_moment(rng), action=AuditAction.CREATE, entity="stakeholder", entity_id=i, changes={"name": "x"})
            for i in ids
        ])  # fmt: skip
        session.execute(insert(Activity), [
            dict(stakeholder_id=i, occurred_at=_moment(rng), kind=ActivityKind.CALL, subject="โทรติดตาม")
            for i in ids
        ])  # fmt: skip
        session.execute(insert(FeedbackEntry), [
            dict(stakeholder_id=i, received_at=_moment(rng), channel_id=channel, stage=LifecycleStage.DURING,
                 type=FeedbackType.SUGGESTION, text="ขอให้ปรับปรุงบริการ")
            for i in ids
        ])  # fmt: skip
        session.execute(insert(Reminder), [
            dict(stakeholder_id=i, due_on=_moment(rng).date(), source=ReminderSource.CONTACT_INTERVAL)
            for i in ids
        ])  # fmt: skip

        # The rich stakeholder: RICH items over every source.
        rid = rich_person["id"]
        share = max(1, rich // 8)
        acts = [dict(id=new_id(), stakeholder_id=rid, occurred_at=_moment(rng), kind=rng.choice(list(ActivityKind)),
                     subject=f"กิจกรรม {n}") for n in range(2 * share)]  # fmt: skip
        hosted = [dict(id=new_id(), stakeholder_id=rng.choice(ids), occurred_at=_moment(rng),
                       kind=ActivityKind.MEETING, subject=f"ประชุม {n}") for n in range(share)]  # fmt: skip
        session.execute(insert(Activity), acts + hosted)
        session.execute(activity_participant.insert(), [
            {"activity_id": a["id"], "stakeholder_id": rid} for a in hosted
        ])  # fmt: skip
        session.execute(insert(FeedbackEntry), [
            dict(stakeholder_id=rid, received_at=_moment(rng), channel_id=channel, stage=LifecycleStage.DURING,
                 type=FeedbackType.COMPLIMENT, text=f"คำชม {n}")
            for n in range(2 * share)
        ])  # fmt: skip
        cases = [dict(id=new_id(), stakeholder_id=rid, fiscal_year=2569, sequence=n + 1, number=f"2569/{n + 1:06d}",
                      received_at=_moment(rng), channel_id=channel, subject=f"เรื่อง {n}", category_id=category,
                      status=ComplaintStatus.IN_PROGRESS, due_on=NOW.date()) for n in range(share // 2)]  # fmt: skip
        session.execute(insert(Complaint), cases)
        session.execute(insert(ComplaintStatusChange), [
            dict(complaint_id=c["id"], changed_at=c["received_at"] + timedelta(days=d), from_status=f, to_status=t)
            for c in cases
            for d, f, t in ((0, None, ComplaintStatus.RECEIVED),
                            (1, ComplaintStatus.RECEIVED, ComplaintStatus.SCREENING),
                            (3, ComplaintStatus.SCREENING, ComplaintStatus.IN_PROGRESS))
        ])  # fmt: skip
        session.execute(insert(SurveyResponse), [
            dict(survey_id=survey.id, stakeholder_id=rid, submitted_on=_moment(rng).date()) for _ in range(share)
        ])  # fmt: skip
        session.execute(insert(Reminder), [
            dict(stakeholder_id=rid, due_on=_moment(rng).date(), source=ReminderSource.MANUAL, note=f"โทร {n}")
            for n in range(share)
        ])  # fmt: skip
        session.execute(insert(AuditEntry), [
            dict(at=_moment(rng), action=AuditAction.UPDATE, entity="stakeholder", entity_id=rid,
                 changes={"segment_id": [str(big.id), str(big.id)]})
            for _ in range(share // 2)
        ])  # fmt: skip
        return {"rich": rid, "segment": big.id, "organisation": organisation["name"]}


def naive(db: Database, stakeholder_ids: list[Any], limit: int) -> list[tuple[str, Any]]:
    """The baseline: every item of every source read into Python, merged, sorted, cut."""

    def day(d: date) -> datetime:
        return datetime(d.year, d.month, d.day, tzinfo=UTC)

    items: list[tuple[datetime, str, Any]] = []
    with db.session_scope() as session:
        for at, i in session.execute(
            select(AuditEntry.at, AuditEntry.entity_id).where(
                AuditEntry.entity_id.in_(stakeholder_ids)
            )
        ):
            items.append((at.replace(tzinfo=UTC), "registry", i))
        for at, i in session.execute(
            select(FeedbackEntry.received_at, FeedbackEntry.id).where(
                FeedbackEntry.stakeholder_id.in_(stakeholder_ids)
            )
        ):
            items.append((at.replace(tzinfo=UTC), "feedback", i))
        for at, i in session.execute(
            select(Complaint.received_at, Complaint.id).where(
                Complaint.stakeholder_id.in_(stakeholder_ids)
            )
        ):
            items.append((at.replace(tzinfo=UTC), "complaint", i))
        for at, i in session.execute(
            select(ComplaintStatusChange.changed_at, Complaint.id)
            .join(Complaint)
            .where(
                Complaint.stakeholder_id.in_(stakeholder_ids),
                ComplaintStatusChange.from_status.is_not(None),
            )
        ):
            items.append((at.replace(tzinfo=UTC), "complaint_status", i))
        for on, i in session.execute(
            select(SurveyResponse.submitted_on, SurveyResponse.id).where(
                SurveyResponse.stakeholder_id.in_(stakeholder_ids)
            )
        ):
            items.append((day(on), "survey_response", i))
        taking_part = select(activity_participant.c.activity_id).where(
            activity_participant.c.stakeholder_id.in_(stakeholder_ids)
        )
        for at, i in session.execute(
            select(Activity.occurred_at, Activity.id).where(
                (Activity.stakeholder_id.in_(stakeholder_ids)) | Activity.id.in_(taking_part)
            )
        ):
            items.append((at.replace(tzinfo=UTC), "activity", i))
        for due, done, i in session.execute(
            select(Reminder.due_on, Reminder.done_on, Reminder.id).where(
                Reminder.stakeholder_id.in_(stakeholder_ids)
            )
        ):
            items.append((day(done or due), "reminder", i))
    items.sort(key=lambda x: x[0], reverse=True)
    return [(kind, i) for _at, kind, i in items[:limit]]


def best(repeat: int, work: Callable[[], Any]) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return min(times) * 1000, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=20_000)
    parser.add_argument("--rich", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db, _ = open_database(Path(folder) / "bench.sqlite")
        start = time.perf_counter()
        made = build(db, args.members, args.rich)
        print(f"built in {time.perf_counter() - start:.1f} s")
        service = TimelineService(db)
        rich = TimelineScope(stakeholder_id=made["rich"])
        segment = TimelineScope(segment_id=made["segment"])
        organisation = TimelineScope(organisation=made["organisation"])
        year = TimelineFilter(start=date(2025, 10, 1), end=date(2026, 9, 30))
        talks = TimelineFilter(kinds=frozenset({TimelineKind.ACTIVITY, TimelineKind.REMINDER}))
        with db.session_scope() as session:
            member_ids = list(
                session.scalars(
                    select(Stakeholder.id).where(Stakeholder.segment_id == made["segment"])
                )
            )
        print(f"rich stakeholder: {service.count_items(rich):,} items; segment: {len(member_ids):,} members, "
              f"{service.count_items(segment):,} items")  # fmt: skip
        rows = [
            ("stakeholder: count", lambda: service.count_items(rich), None),
            ("stakeholder: first page", lambda: service.list_items(rich, limit=PAGE),
             lambda: naive(db, [made["rich"]], PAGE)),
            ("stakeholder: page at 5,000", lambda: service.list_items(rich, offset=5000, limit=PAGE), None),
            ("stakeholder: activities+reminders", lambda: service.list_items(rich, filters=talks, limit=PAGE), None),
            ("stakeholder: one fiscal year", lambda: service.list_items(rich, filters=year, limit=PAGE), None),
            ("segment: count", lambda: service.count_items(segment), None),
            ("segment: first page", lambda: service.list_items(segment, limit=PAGE),
             lambda: naive(db, member_ids, PAGE)),
            ("organisation: first page", lambda: service.list_items(organisation, limit=PAGE), None),
        ]  # fmt: skip
        print(f"{'what':36} {'service ms':>11} {'baseline ms':>12} {'ratio':>7}")
        for name, work, baseline in rows:
            ms, result = best(args.repeat, work)
            line = f"{name:36} {ms:11.1f}"
            if baseline is not None:
                base_ms, expected = best(args.repeat, baseline)
                # Items of one moment (reminders of one day) may come in any order: compare ids.
                agree = {i.record_id for i in result[:-20]} <= {i for _k, i in expected}
                line += f" {base_ms:12.1f} {base_ms / ms:6.1f}x  {'pages agree' if agree else 'PAGES DIFFER'}"
            print(line)
        stmt = service._page(rich, TableQuery(), TimelineFilter(), 0, PAGE)  # noqa: SLF001 - the plan
        assert stmt is not None
        with db.session_scope() as session:
            compiled = stmt.compile(session.bind, compile_kwargs={"literal_binds": True})
            plan = session.execute(text(f"EXPLAIN QUERY PLAN {compiled}")).all()
        print("query plan of the stakeholder's first page:")
        for row in plan:
            print("   ", row[-1])
        db.dispose()


if __name__ == "__main__":
    main()
