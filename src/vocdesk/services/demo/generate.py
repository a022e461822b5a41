"""Realistic Thai demonstration data for every area, for trying VocDesk, screenshots and benchmarks.

Deterministic: one ``random.Random(seed)`` drives every choice, the keys included (UUIDv7 built
from the record's own time and the generator's bits), and "today" is fixed, so two runs with the
same seed write the same rows. Everything is inserted in one transaction with SQLAlchemy's bulk
``insert()``; refusing a database that already holds stakeholders keeps real data safe.
"""

from __future__ import annotations

import random
import time
import uuid
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from vocdesk.db import models as m
from vocdesk.domain.fiscal import fiscal_year_be, fiscal_year_period
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error
from vocdesk.domain.working_days import DaySource, HolidayChange
from vocdesk.services.database import Database
from vocdesk.services.demo import data
from vocdesk.services.demo.complaints import complaint_extras, plan_complaint
from vocdesk.services.demo.listening_log import set_feedback_statuses
from vocdesk.services.demo.listening_plan import build_listening_plan
from vocdesk.services.demo.pdpa import add_personal_data_work
from vocdesk.services.demo.people import PeopleMaker
from vocdesk.services.demo.settings import PRIVACY_NOTICE_EN, PRIVACY_NOTICE_TH, demo_settings
from vocdesk.services.demo.surveys import build_surveys
from vocdesk.services.holidays import national_holidays, working_calendar

DEMO_TODAY = date(2026, 10, 1)  # the data's "today": fiscal year 2570 has just begun
HISTORY_YEARS = 3  # whole fiscal years of history before today's (2567-2569 by default)
ProgressCallback = Callable[[int, int], None]
T = TypeVar("T")

# How often each default channel (by code) carries feedback and complaints.
FEEDBACK_CHANNELS = {
    "walk_in": 22, "phone": 14, "hotline_1111": 4, "damrongdhama_1567": 2, "letter": 3,
    "email": 5, "website": 9, "facebook": 11, "line_oa": 12, "suggestion_box": 5,
    "survey_comment": 6, "meeting": 2, "field_visit": 2, "social_listening": 2, "other": 1,
}  # fmt: skip
FEEDBACK_TYPES = {
    "complaint": 18, "compliment": 17, "suggestion": 20, "inquiry": 22, "need": 8,
    "expectation": 8, "other": 7,
}  # fmt: skip
USUAL_STAGE = {"inquiry": "before", "need": "before", "compliment": "during", "complaint": "during"}
OFFICE_HOUR_CHANNELS = {"walk_in", "phone", "letter", "meeting", "field_visit"}
ACTIVITY_KINDS = {"meeting": 20, "call": 30, "visit": 12, "email": 18, "event": 8, "note": 12}
ACTIVITY_CHANNELS = {
    "meeting": "meeting", "call": "phone", "visit": "field_visit", "email": "email",
    "event": "meeting",
}  # fmt: skip
TOPIC_SERVICES = {
    "online": "status_online", "fees": "fees", "documents": "certified_copy",
    "approval": "licence", "information": "advice",
}  # fmt: skip


@dataclass(frozen=True)
class DemoSummary:
    counts: dict[str, int]  # rows added, by table name
    seconds: float
    seed: int
    scale: int


def generate_demo(
    db: Database,
    *,
    scale: int = 1,
    seed: int = 2569,
    progress: ProgressCallback | None = None,
    today: date = DEMO_TODAY,
) -> DemoSummary:
    """Fill an empty database: ~1,000 stakeholders, 5,000 listening entries, four survey rounds,
    600 complaints and 1,500 activities per unit of ``scale``, as one transaction."""
    if scale < 1:
        raise user_error(
            "Demo",
            QT_TRANSLATE_NOOP("Demo", "The scale must be 1 or more, not {scale}."),
            scale=scale,
        )
    started = time.perf_counter()
    with db.session_scope() as session:
        existing = session.scalar(select(func.count()).select_from(m.Stakeholder))
        if existing:
            raise user_error(
                "Demo",
                QT_TRANSLATE_NOOP(
                    "Demo",
                    "The database already holds {count} stakeholders. Demonstration data is "
                    "only added to an empty database, so that it never mixes with real records.",
                ),
                count=existing,
            )
        counts = DemoBuilder(session, random.Random(seed), scale, today, progress).run()
    return DemoSummary(counts, time.perf_counter() - started, seed, scale)


class _Writer:
    """Bulk inserts in chunks, counting rows and reporting progress after each chunk."""

    CHUNK = 5000

    def __init__(self, session: Session, progress: ProgressCallback | None, total: int) -> None:
        self.session, self.progress, self.total = session, progress, total
        self.counts: Counter[str] = Counter()
        self.done = 0

    def insert(self, target: Any, rows: Sequence[dict[str, Any]]) -> None:
        table = getattr(target, "__table__", target)
        for start in range(0, len(rows), self.CHUNK):
            chunk = rows[start : start + self.CHUNK]
            # The table's Core insert: one executemany per chunk. The ORM form, insert(Model),
            # spends 20% more time per row (11.2 s against 8.8 s at scale 10, measured)
            # and, without render_nulls, splits a chunk wherever a None drops a column.
            self.session.execute(insert(table), list(chunk))
            self.done += len(chunk)
            self.counts[table.name] += len(chunk)
            if self.progress is not None:
                self.progress(min(self.done, self.total), self.total)


class DemoBuilder:
    def __init__(
        self, session: Session, rng: random.Random, scale: int, today: date,
        progress: ProgressCallback | None,
    ) -> None:  # fmt: skip
        self.session, self.rng, self.scale, self.today = session, rng, scale, today
        self.progress = progress
        this_year = fiscal_year_be(today)
        self.fiscal_years = tuple(range(this_year - HISTORY_YEARS, this_year))  # oldest first
        self.start = fiscal_year_period(self.fiscal_years[0]).start
        self.days = [self.start + timedelta(d) for d in range((today - self.start).days)]
        # Use grows over the three years: later days are up to twice as likely as the first.
        self.day_weights = list(_cumulate(1 + i / len(self.days) for i in range(len(self.days))))

    # -- helpers -------------------------------------------------------------------------------

    def new_id(self, at: datetime) -> uuid.UUID:
        """A UUIDv7 for a record made at ``at``, random bits from the seeded generator."""
        ms = int(at.timestamp() * 1000) & ((1 << 48) - 1)
        value = ms << 80 | 0x7 << 76 | self.rng.getrandbits(12) << 64 | 0b10 << 62
        return uuid.UUID(int=value | self.rng.getrandbits(62))

    def pick(self, weights: Mapping[T, float]) -> T:
        return self.rng.choices(list(weights), weights=list(weights.values()))[0]

    def service_id(self, code: str | None) -> uuid.UUID | None:
        """The id of the service with ``code``; None for no code or one not in the catalogue."""
        return None if code is None else self.service_ids.get(code)

    def day(self) -> date:
        return self.rng.choices(self.days, cum_weights=self.day_weights)[0]

    def moment(self, d: date, office_hours: bool = True) -> datetime:
        """A time on day ``d`` (Thai time), as an aware UTC datetime."""
        if office_hours:
            later = self.calendar.next_working_day(d)
            if later < self.today:
                d = later
            else:  # a weekend just before "today": the working day before it instead
                while not self.calendar.is_working_day(d):
                    d -= timedelta(days=1)
            minute = self.rng.randint(8 * 60 + 30, 16 * 60 + 30)
        else:
            minute = self.rng.randint(6 * 60, 23 * 60 + 59)
        local = datetime(d.year, d.month, d.day, minute // 60, minute % 60, self.rng.randint(0, 59))
        return local.replace(tzinfo=data.THAI_TIME).astimezone(UTC)

    def after(self, at: datetime, working_days: int) -> datetime:
        """A moment ``working_days`` working days after ``at``, in office hours."""
        local = at.astimezone(data.THAI_TIME).date()
        later = self.moment(self.calendar.add_working_days(local, working_days))
        if later <= at:  # the same day, drawn earlier: keep the order of events
            later = at + timedelta(minutes=self.rng.randint(20, 240))
        return later

    def stakeholder_before(
        self, at: datetime, organisations_only: bool = False
    ) -> dict[str, Any] | None:
        """A stakeholder (or organisation) registered before ``at``; None if nobody was yet."""
        pool, times = self.organisations if organisations_only else self.everyone
        known = bisect_right(times, at)
        return pool[self.rng.randrange(known)] if known else None

    # -- the areas, in foreign-key order -------------------------------------------------------

    def run(self) -> dict[str, int]:
        s = self.scale
        # Rows per unit of scale: stakeholders and their audit entries, listening entries,
        # complaints with audit entries and ~4.9 status changes each, survey responses and
        # answers, activities; plus the catalogues. Exact except the status changes.
        estimate = s * (2 * 1000 + 5000 + 2 * 600 + 2930 + 1000 + 13100 + 1500) + 110
        self.writer = _Writer(self.session, self.progress, estimate)
        self._catalogues()
        self._stakeholders(1000 * s)
        complaints, changes, linked_entries = self._complaints(600 * s)
        self._feedback(5000 * s - len(linked_entries), linked_entries)
        self.writer.insert(m.Complaint, complaints)
        self.writer.insert(m.ComplaintStatusChange, changes)
        for model, rows in complaint_extras(self, complaints):
            self.writer.insert(model, rows)
        self._audit(complaints)
        self._surveys(300 * s, 100 * s)
        self._activities(1500 * s)
        build_listening_plan(self)  # the plan and improvement actions, linked to the above
        set_feedback_statuses(self)  # what was done with each entry heard
        add_personal_data_work(self)  # sensitive marks and data subjects' requests
        if self.progress is not None:
            self.progress(self.writer.total, self.writer.total)
        return dict(self.writer.counts)

    def _catalogues(self) -> None:
        session, now = self.session, datetime.now(UTC)
        self.channel_ids = {c.code: c.id for c in session.scalars(select(m.Channel))}
        self.people = PeopleMaker(self.rng, self.channel_ids)
        self.segments = {c.code: c for c in session.scalars(select(m.Segment))}
        self.categories = {c.code: c for c in session.scalars(select(m.ComplaintCategory))}
        if not self.channel_ids or not self.categories:
            raise user_error(
                "Demo",
                QT_TRANSLATE_NOOP(
                    "Demo", "The database has no channels or complaint categories to use."
                ),
            )
        stamps = {"created_at": now, "updated_at": now}
        have = set(session.scalars(select(m.Service.code)))
        self.writer.insert(m.Service, [
            {"id": self.new_id(now), "code": code, "name_th": th, "name_en": en,
             "description": text, "active": True, **stamps}
            for code, th, en, text in data.SERVICES if code not in have
        ])  # fmt: skip
        self.service_ids = {c.code: c.id for c in session.scalars(select(m.Service))}
        self.writer.insert(m.segment_services, [
            {"segment_id": self.segments[segment].id, "service_id": self.service_ids[service]}
            for segment, services in data.SEGMENT_SERVICES.items() if segment in self.segments
            for service in services if service not in have
        ])  # fmt: skip
        have = set(session.scalars(select(m.Office.code)))
        self.writer.insert(m.Office, [
            {"id": self.new_id(now), "code": code, "name_th": th, "name_en": en,
             "province": province, **stamps}
            for code, th, en, province in data.OFFICES if code not in have
        ])  # fmt: skip
        self.office_ids = {c.code: c.id for c in session.scalars(select(m.Office))}
        # The agency's layer over the national calendar (services.holidays): a day the Cabinet
        # added late, a national day the offices worked, and one office's provincial day, put
        # after every due date the demo counts so that each case's calendar is the agency's.
        if not session.scalar(select(m.Holiday.id).limit(1)):
            added = _weekday_on_or_after(self.start + timedelta(days=120))
            worked = next(
                (h.day for year in range(self.start.year, self.today.year + 1)
                 for h in national_holidays(year) if h.source is DaySource.GOVERNMENT),
                None,
            )  # fmt: skip
            provincial = _weekday_on_or_after(self.today + timedelta(days=150))
            rows = [
                {"day": added, "name": "วันหยุดราชการเพิ่มเติมตามมติคณะรัฐมนตรี",
                 "change": HolidayChange.ADDED, "office_id": None},
                {"day": provincial, "name": "วันหยุดประจำจังหวัด",
                 "change": HolidayChange.ADDED, "office_id": next(iter(self.office_ids.values()))},
            ]  # fmt: skip
            if worked is not None:
                rows.append({"day": worked, "name": "เปิดทำการตามปกติ",
                             "change": HolidayChange.REMOVED, "office_id": None})  # fmt: skip
            self.writer.insert(m.Holiday, [{"id": self.new_id(now), **r, **stamps} for r in rows])
        self.calendar = working_calendar(session)
        have = set(session.scalars(select(m.AppSetting.key)))
        self.writer.insert(m.AppSetting, [r for r in demo_settings() if r["key"] not in have])
        # The privacy notice in force since the demo's first day (PDPA, issue 19).
        self.notice_id = session.scalar(
            select(m.PrivacyNotice.id).order_by(m.PrivacyNotice.version.desc())
        )
        if self.notice_id is None:
            start = self.start
            published = datetime(
                start.year, start.month, start.day, 8, tzinfo=data.THAI_TIME
            ).astimezone(UTC)
            self.notice_id = _derived_id(published, "privacy_notice", "1")
            self.writer.insert(m.PrivacyNotice, [
                {"id": self.notice_id, "version": 1, "text_th": PRIVACY_NOTICE_TH,
                 "text_en": PRIVACY_NOTICE_EN, "published_at": published, "published_by": "",
                 "created_at": published, "updated_at": published}
            ])  # fmt: skip
        self.staff = {
            office: [self.people.staff_name() for _ in range(5)] for office in self.office_ids
        }

    def _stakeholders(self, count: int) -> None:
        rows = []
        for _ in range(count):
            person = self.people.stakeholder(self.segments)
            created = self.moment(self.rng.choice(self.days[:-30]))
            row = {**person, "created_at": created, "updated_at": created}
            row["consent_date"] = created.date() if row["lawful_basis"] == "consent" else None
            row["retention_until"] = created.date() + timedelta(days=5 * 365 + 1)
            rows.append(row)
        rows.sort(key=lambda r: r["created_at"])
        # Officers and own contact intervals from a copy of the generator, so that every other
        # row of the demo stays what it was before these columns existed.
        side = random.Random()
        side.setstate(self.rng.getstate())
        for row in rows:
            row["id"] = self.new_id(row["created_at"])
            organisation = row["party_type"] == "organisation"
            row["relationship_officer"], row["contact_every_months"] = "", None
            if organisation or side.random() < 0.1:
                row["relationship_officer"] = side.choice(self.staff[row["_office"]])
            if organisation and side.random() < 0.15:
                row["contact_every_months"] = side.choice((1, 2, 3, 6))
        self.writer.insert(m.Stakeholder, [
            {k: v for k, v in r.items() if not k.startswith("_")} for r in rows
        ])  # fmt: skip
        self._consents(rows)
        # Sorted by registration time, with the times beside them for bisection.
        organisations = [r for r in rows if r["party_type"] == "organisation"]
        self.everyone = (rows, [r["created_at"] for r in rows])
        self.organisations = (organisations, [r["created_at"] for r in organisations])
        self.writer.insert(m.AuditEntry, [
            {"id": self.new_id(r["created_at"]), "at": r["created_at"],
             "user": self.rng.choice(self.staff[r["_office"]]), "action": "create",
             "entity": "stakeholder", "entity_id": r["id"], "changes": {"segment": r["_segment_code"]},
             "created_at": r["created_at"], "updated_at": r["created_at"]}
            for r in rows
        ])  # fmt: skip

    def _consents(self, rows: list[dict[str, Any]]) -> None:
        """Each person who agreed to follow-up was shown the notice and gave that consent when
        registered, at the counter (services.pdpa: the follow-up columns mirror a consent row).
        No random draw: every other row of the demo stays what it was."""
        agreed = [r for r in rows if r["consent_follow_up"]]
        self.writer.insert(m.PrivacyNoticeShown, [
            {"id": _derived_id(r["created_at"], "shown", r["id"]), "stakeholder_id": r["id"],
             "notice_id": self.notice_id,
             "shown_at": r["created_at"], "place": "stakeholder_form",
             "shown_by": self.staff[r["_office"]][0], "created_at": r["created_at"],
             "updated_at": r["created_at"]}
            for r in agreed
        ])  # fmt: skip
        self.writer.insert(m.Consent, [
            {"id": _derived_id(r["created_at"], "consent", r["id"]), "stakeholder_id": r["id"],
             "purpose": "follow_up_survey",
             "given_on": r["consent_date"] or r["created_at"].date(),
             "given_channel_id": r.get("preferred_channel_id"), "notice_id": self.notice_id,
             "withdrawn_on": None, "withdrawn_channel_id": None,
             "recorded_by": self.staff[r["_office"]][0], "note": "",
             "created_at": r["created_at"], "updated_at": r["created_at"]}
            for r in agreed
        ])  # fmt: skip

    def _feedback(self, count: int, linked: list[dict[str, Any]]) -> None:
        rows = list(linked)
        channels = {c: w for c, w in FEEDBACK_CHANNELS.items() if c in self.channel_ids}
        for _ in range(count):
            d = self.day()
            # Fewer complaints and more compliments each year: the improvements show.
            years = self.fiscal_years
            year_index = (
                years.index(fiscal_year_be(d)) if fiscal_year_be(d) in years else len(years)
            )
            kind = self.pick({**FEEDBACK_TYPES, "complaint": 20 - 2 * year_index,
                              "compliment": 15 + 2 * year_index})  # fmt: skip
            channel = self.pick(channels)
            at = self.moment(d, office_hours=channel in OFFICE_HOUR_CHANNELS)
            topic = self.rng.choice(list(data.FEEDBACK))
            if kind == "other":
                text = self.rng.choice(data.OTHER_FEEDBACK)
            else:
                text = self.rng.choice(data.FEEDBACK[topic][kind])
            text += self.rng.choice(data.ENDINGS.get(kind, data.ENDINGS["default"]))
            who = self.stakeholder_before(at) if self.rng.random() < 0.65 else None
            stage = USUAL_STAGE.get(kind)
            if stage is None or self.rng.random() < 0.3:
                stage = self.pick({"before": 25, "during": 45, "after": 30})
            service = TOPIC_SERVICES.get(topic) or self.rng.choice(list(self.service_ids))
            sentiment = _sentiment(self.rng, kind)
            rows.append(self.entry(at, channel, stage, kind, sentiment, text, who, service))
        rows.sort(key=lambda r: r["received_at"])
        for row in rows:
            row["id"] = row.pop("_id", None) or self.new_id(row["received_at"])
        self.writer.insert(m.FeedbackEntry, rows)

    def entry(
        self, at: datetime, channel: str, stage: str, kind: str, sentiment: str, text: str,
        who: dict[str, Any] | None, service: str | None,
    ) -> dict[str, Any]:  # fmt: skip
        """The column values of one listening-log entry."""
        office = who["_office"] if who else self.rng.choice(list(self.office_ids))
        public = self.segments.get("general_public")
        segment = who["segment_id"] if who else public.id if public else None
        return {
            "received_at": at, "channel_id": self.channel_ids[channel], "stage": stage, "type": kind,
            "sentiment": sentiment, "text": text, "stakeholder_id": who["id"] if who else None,
            "segment_id": segment, "service_id": self.service_id(service),
            "office_id": self.office_ids[office], "staff": self.rng.choice(self.staff[office]),
            "created_at": at, "updated_at": at,
        }  # fmt: skip

    def _complaints(
        self, count: int
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
        plans = [plan_complaint(self) for _ in range(count)]
        plans.sort(key=lambda p: p.complaint["received_at"])
        sequence: Counter[int] = Counter()
        complaints, changes, entries = [], [], []
        for plan in plans:
            row = plan.complaint
            fy = fiscal_year_be(row["received_at"].astimezone(data.THAI_TIME).date())
            sequence[fy] += 1
            row.update(id=self.new_id(row["received_at"]), fiscal_year=fy, sequence=sequence[fy],
                       number=f"{fy}/{sequence[fy]:06d}")  # fmt: skip
            if plan.entry is not None:
                plan.entry["_id"] = self.new_id(row["received_at"])
                row["feedback_entry_id"] = plan.entry["_id"]
                entries.append(plan.entry)
            complaints.append(row)
            changes += [
                {**c, "id": self.new_id(c["changed_at"]), "complaint_id": row["id"]}
                for c in plan.changes
            ]
        return complaints, changes, entries

    def _audit(self, complaints: list[dict[str, Any]]) -> None:
        self.writer.insert(m.AuditEntry, [
            {"id": self.new_id(c["received_at"]), "at": c["received_at"], "user": c["_intake"],
             "action": "create", "entity": "complaint", "entity_id": c["id"],
             "changes": {"number": c["number"], "status": "received"},
             "created_at": c["received_at"], "updated_at": c["received_at"]}
            for c in complaints
        ])  # fmt: skip
        for c in complaints:
            for key in [k for k in c if k.startswith("_")]:
                del c[key]

    def _surveys(self, responses_per_round: int, engagement_responses: int) -> None:
        for target, rows in build_surveys(self, responses_per_round, engagement_responses):
            self.writer.insert(target, rows)

    def _activities(self, count: int) -> None:
        rows, participants = [], []
        for _ in range(count):
            who = None
            while who is None:  # only someone already registered can have a contact
                at = self.moment(self.day())
                who = self.stakeholder_before(at, organisations_only=self.rng.random() < 0.7)
                who = who or self.stakeholder_before(at)
            kind = self.pick(ACTIVITY_KINDS)
            subject, notes = self.rng.choice(data.ACTIVITIES[kind])
            follow_up = None
            if self.rng.random() < 0.35:  # a next contact planned: some are now past, some ahead
                follow_up = at.astimezone(data.THAI_TIME).date() + timedelta(
                    self.rng.randint(14, 90)
                )
            channel = self.channel_ids.get(ACTIVITY_CHANNELS.get(kind, ""))
            rows.append({
                "stakeholder_id": who["id"], "occurred_at": at, "kind": kind, "subject": subject,
                "notes": notes, "staff": self.rng.choice(self.staff[who["_office"]]),
                "follow_up_on": follow_up, "channel_id": channel,
                "stage": self.rng.choice(("before", "during", "after", None)),
                "outcome": self.rng.choice(data.ACTIVITY_OUTCOMES) if self.rng.random() < 0.5 else "",
                "created_at": at, "updated_at": at,
            })  # fmt: skip
            if kind in ("meeting", "event") and self.rng.random() < 0.6:
                others = [self.stakeholder_before(at, organisations_only=True) for _ in range(2)]
                rows[-1]["_others"] = {o["id"] for o in others if o and o["id"] != who["id"]}
        rows.sort(key=lambda r: r["occurred_at"])
        for row in rows:
            row["id"] = self.new_id(row["occurred_at"])
            participants += [
                {"activity_id": row["id"], "stakeholder_id": other}
                for other in sorted(row.pop("_others", ()))
            ]
        self.writer.insert(m.Activity, rows)
        self.writer.insert(m.activity_participant, participants)
        self.writer.insert(m.Reminder, self._follow_up_reminders(rows))

    def _follow_up_reminders(self, activities: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """A reminder per follow-up date: done on the day of the stakeholder's next activity,
        still open when nothing came after."""
        after: dict[Any, datetime] = {}
        reminders = []
        for row in reversed(activities):  # newest first: ``after`` holds the next one seen
            if row["follow_up_on"] is not None:
                later = after.get(row["stakeholder_id"])
                reminders.append({
                    "id": self.new_id(row["occurred_at"]), "stakeholder_id": row["stakeholder_id"],
                    "due_on": row["follow_up_on"], "assigned_to": row["staff"],
                    "source": "activity", "activity_id": row["id"], "complaint_id": None,
                    "note": "", "status": "done" if later else "open",
                    "done_on": later.astimezone(data.THAI_TIME).date() if later else None,
                    "created_at": row["occurred_at"], "updated_at": row["occurred_at"],
                })  # fmt: skip
            after[row["stakeholder_id"]] = row["occurred_at"]
        return reminders


def _derived_id(at: datetime, kind: str, of: object) -> uuid.UUID:
    """A UUIDv7-shaped id for a record made at ``at``, derived from what it belongs to rather
    than drawn from the seeded generator (whose draws the rest of the demo depends on)."""
    ms = int(at.timestamp() * 1000) & ((1 << 48) - 1)
    low = uuid.uuid5(uuid.NAMESPACE_URL, f"vocdesk-demo:{kind}:{of}").int & ((1 << 74) - 1)
    rand_a, rand_b = low >> 62, low & ((1 << 62) - 1)
    return uuid.UUID(int=ms << 80 | 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b)


def _sentiment(rng: random.Random, kind: str) -> str:
    roll = rng.random()
    if kind == "complaint":
        return "negative" if roll < 0.95 else "neutral"
    if kind == "compliment":
        return "positive"
    if kind == "suggestion":
        return "negative" if roll < 0.4 else "neutral"
    if kind == "other":
        return "positive" if roll < 0.4 else "neutral"
    if kind == "inquiry":
        return "negative" if roll < 0.05 else "neutral"
    return "negative" if roll < 0.1 else "positive" if roll > 0.9 else "neutral"


def _cumulate(values: Iterable[float]) -> list[float]:
    total, out = 0.0, []
    for value in values:
        total += value
        out.append(total)
    return out


def _weekday_on_or_after(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day
