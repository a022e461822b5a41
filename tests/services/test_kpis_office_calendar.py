"""Complaint KPIs and reminders on the right calendar (issue 15), on a real SQLite file.

- A finished case is judged by the due date it had when it was closed (its stored ``due_on``):
  a holiday taken away or added later does not rewrite its "resolved within standard", until
  someone asks to count a period again (``HolidaysService.recount``).
- A case counts working days on its office's calendar: a provincial day of one office is a day
  off for that office's cases only, in the KPIs (milestones, overdue) as in its due dates.
- A complaint's follow-up reminder falls due, and is put off, on its case's office's working days.

Calendar of February-March 2026: Makha Bucha on Tuesday 3 March (the Cabinet's announcement of
the government holidays of B.E. 2569); no other national day off between 27 February and
31 March.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from vocdesk.db.models import Channel, ComplaintCategory, Consent, Office, Reminder, Stakeholder
from vocdesk.domain.clock import thai_date
from vocdesk.domain.complaints.kpis import Dimension
from vocdesk.domain.enums import ComplaintStatus as S
from vocdesk.domain.fiscal import Period
from vocdesk.domain.pdpa.terms import ConsentPurpose
from vocdesk.domain.tables import TableQuery
from vocdesk.domain.working_days import HolidayChange
from vocdesk.services.complaints.cases import CaseDraft, ComplaintCasesService, Resolution
from vocdesk.services.complaints.kpis import ComplaintKpisService
from vocdesk.services.complaints.queues import ComplaintsService, Queue
from vocdesk.services.database import Database
from vocdesk.services.holidays import HolidaysService
from vocdesk.services.relationships.reminders import RemindersService

MAKHA_BUCHA = date(2026, 3, 3)
FEBRUARY = Period(date(2026, 2, 1), date(2026, 2, 28))
MARCH = Period(date(2026, 3, 1), date(2026, 3, 31))


def _at(day: date, hour: int = 9) -> datetime:
    """``hour``:30 Thai time on ``day``, as stored (UTC)."""
    return datetime(day.year, day.month, day.day, hour - 7, 30, tzinfo=UTC)


class _Desk:
    """Cases registered and moved through the real workflow, on a clock the test turns."""

    def __init__(self, db: Database) -> None:
        self.now = _at(date(2026, 2, 27))
        with db.session_scope() as session:
            self.channel = session.scalar(select(Channel.id).where(Channel.code == "phone"))
            category = session.scalars(
                select(ComplaintCategory).order_by(ComplaintCategory.code)
            ).first()
            assert category is not None
            category.acknowledge_days, category.resolve_days = 1, 5
            self.category = category.id
            north = Office(code="cm", name_th="สำนักงานเชียงใหม่", name_en="Chiang Mai office",
                           province="เชียงใหม่")  # fmt: skip
            south = Office(code="sk", name_th="สำนักงานสงขลา", name_en="Songkhla office",
                           province="สงขลา")  # fmt: skip
            session.add_all([north, south])
            session.flush()
            self.north, self.south = north.id, south.id
        self.cases = ComplaintCasesService(
            db, today=lambda: thai_date(self.now), now=lambda: self.now
        )

    def at(self, day: date, hour: int = 9) -> _Desk:
        self.now = _at(day, hour)
        return self

    def register(
        self, office: uuid.UUID | None = None, person: uuid.UUID | None = None
    ) -> uuid.UUID:
        return self.cases.register(CaseDraft(
            received_at=self.now, channel_id=self.channel, category_id=self.category,
            subject="ไฟฟ้าส่องสว่างดับ", details="ไฟดับทั้งซอย", province="เชียงใหม่",
            district="เมืองเชียงใหม่", office_id=office, stakeholder_id=person,
        )).id  # fmt: skip

    def move(self, case_id: uuid.UUID, status: S) -> None:
        self.cases.transition(case_id, status)

    def resolve(self, case_id: uuid.UUID) -> None:
        self.cases.transition(
            case_id, S.RESOLVED, resolution=Resolution("ซ่อมแล้ว", self.now, self.channel)
        )


def _kpis(db: Database, today: date) -> ComplaintKpisService:
    return ComplaintKpisService(db, today=lambda: today)


def _resolved_pct(db: Database) -> float | None:
    return _kpis(db, date(2026, 3, 31)).report(FEBRUARY).total.resolved_pct


def test_a_finished_case_keeps_the_standard_it_was_judged_by(empty_db: Database) -> None:
    desk = _Desk(empty_db)
    received = date(2026, 2, 27)  # a Friday; five working days on: 2, 4, 5, 6, 9 March
    in_time, paused, late = (desk.at(received).register() for _ in range(3))
    for case_id in (in_time, late):
        desk.at(received, 10).move(case_id, S.IN_PROGRESS)
    # Waited on Wednesday 4 March only: due a working day later, on Tuesday 10 March.
    desk.at(date(2026, 3, 4)).move(paused, S.WAITING)
    desk.at(date(2026, 3, 5)).move(paused, S.IN_PROGRESS)
    desk.at(date(2026, 3, 9)).resolve(in_time)  # the fifth working day: in time
    desk.at(date(2026, 3, 10)).resolve(paused)  # the fifth working day not paused: in time
    desk.at(date(2026, 3, 10)).resolve(late)  # the sixth: late
    assert [desk.cases.case(c).due_on for c in (in_time, paused, late)] == [
        date(2026, 3, 9), date(2026, 3, 10), date(2026, 3, 9)
    ]  # fmt: skip
    assert _resolved_pct(empty_db) == pytest.approx(200 / 3)
    holidays = HolidaysService(empty_db, today=lambda: date(2026, 3, 31), user="admin")

    # The agency works on Makha Bucha after all: on today's calendar the two cases judged in
    # time took six working days, but they were judged by the due dates they had.
    holidays.set_day(MAKHA_BUCHA, HolidayChange.REMOVED)
    assert _resolved_pct(empty_db) == pytest.approx(200 / 3)

    # Makha Bucha back and Monday 2 March closed as well: the late case would now be in time.
    holidays.clear_day(MAKHA_BUCHA)
    holidays.set_day(date(2026, 3, 2), HolidayChange.ADDED, "วันหยุดของกรม")
    assert _resolved_pct(empty_db) == pytest.approx(200 / 3)
    assert [desk.cases.case(c).due_on for c in (in_time, paused, late)] == [
        date(2026, 3, 9), date(2026, 3, 10), date(2026, 3, 9)
    ]  # fmt: skip

    # Until someone asks to count February's cases again on today's calendar.
    assert holidays.recount(FEBRUARY.start, FEBRUARY.end).cases == 3
    assert _resolved_pct(empty_db) == pytest.approx(100.0)


def test_a_result_on_the_weekend_after_the_due_date_is_in_time(empty_db: Database) -> None:
    desk = _Desk(empty_db)
    received = date(2026, 3, 6)  # a Friday; five working days on: Friday 13 March
    weekend, paused, late = (desk.at(received).register() for _ in range(3))
    for case_id in (weekend, late):
        desk.at(received, 10).move(case_id, S.IN_PROGRESS)
    # Waited from Monday 9 to Monday 16 March: due Friday 20 March.
    desk.at(date(2026, 3, 9)).move(paused, S.WAITING)
    desk.at(date(2026, 3, 16)).move(paused, S.IN_PROGRESS)
    desk.at(date(2026, 3, 14)).resolve(weekend)  # the Saturday after its due date
    desk.at(date(2026, 3, 21)).resolve(paused)  # the Saturday after its due date
    desk.at(date(2026, 3, 16)).resolve(late)  # the Monday after: a working day late
    assert [desk.cases.case(c).due_on for c in (weekend, paused, late)] == [
        date(2026, 3, 13), date(2026, 3, 20), date(2026, 3, 13)
    ]  # fmt: skip

    figures = _kpis(empty_db, date(2026, 3, 31)).report(MARCH).total

    assert (figures.resolved, figures.resolved_pct) == (3, pytest.approx(200 / 3))


def test_milestones_and_overdue_are_counted_on_the_cases_office_calendar(
    empty_db: Database,
) -> None:
    desk = _Desk(empty_db)
    HolidaysService(empty_db, user="admin").set_day(
        date(2026, 3, 11), HolidayChange.ADDED, "วันหยุดประจำจังหวัด", office_id=desk.north
    )
    ids: dict[uuid.UUID, list[uuid.UUID]] = {}
    for office in (desk.north, desk.south):
        # Received Wednesday 4 March, at work the same day, still open on Thursday 12 March:
        # five working days so far in the north (11 March off), six in the south (overdue).
        open_case = desk.at(date(2026, 3, 4)).register(office)
        desk.at(date(2026, 3, 4), 10).move(open_case, S.IN_PROGRESS)
        # Received Tuesday 10 March, acknowledged Thursday 12 March: one working day in the
        # north, two in the south (the standard is one).
        acknowledged = desk.at(date(2026, 3, 10)).register(office)
        desk.at(date(2026, 3, 12)).move(acknowledged, S.IN_PROGRESS)
        # Received Monday 9 March, acknowledged by asking the complainant for more on Thursday
        # 12 March (decided one by one, with its history): the day it began to wait does not
        # count, so one working day in the north, two in the south.
        waiting = desk.at(date(2026, 3, 9)).register(office)
        desk.at(date(2026, 3, 12)).move(waiting, S.WAITING)
        ids[office] = [open_case, acknowledged, waiting]

    report = _kpis(empty_db, date(2026, 3, 12)).report(MARCH, Dimension.OFFICE)

    by_office = {g.name.en: g.figures for g in report.groups}
    north, south = by_office["Chiang Mai office"], by_office["Songkhla office"]
    assert (north.received, north.open, north.overdue) == (3, 3, 0)
    assert north.acknowledged_pct == pytest.approx(100.0)
    assert (south.received, south.open, south.overdue) == (3, 3, 1)
    assert south.acknowledged_pct == pytest.approx(100 / 3)
    assert report.total.overdue == 1
    assert report.total.acknowledged_pct == pytest.approx(400 / 6)


def test_due_soon_is_counted_on_the_cases_office_calendar(empty_db: Database) -> None:
    """Warned two working days ahead. Received Wednesday 4 March, five working days to resolve:
    due Wednesday 11 March in the south; in the north, closed on Tuesday 10 March, due Thursday
    12 March. On Monday 9 March both are two working days away, each on its office's calendar
    (on the agency's calendar the north's case would not be due soon yet)."""
    desk = _Desk(empty_db)
    with empty_db.session_scope() as session:
        category = session.get(ComplaintCategory, desk.category)
        assert category is not None
        category.warn_days_before = 2
    HolidaysService(empty_db, user="admin").set_day(
        date(2026, 3, 10), HolidayChange.ADDED, "วันหยุดประจำจังหวัด", office_id=desk.north
    )
    cases = {}
    for office in (desk.north, desk.south):
        cases[office] = desk.at(date(2026, 3, 4)).register(office)
        desk.at(date(2026, 3, 4), 10).move(cases[office], S.IN_PROGRESS)
    assert desk.cases.case(cases[desk.north]).due_on == date(2026, 3, 12)
    assert desk.cases.case(cases[desk.south]).due_on == date(2026, 3, 11)

    queues = ComplaintsService(empty_db, today=lambda: date(2026, 3, 9))
    due_soon = {row.id for row in queues.list_complaints(TableQuery(), queue=Queue.DUE_SOON)}
    assert due_soon == set(cases.values())


@pytest.fixture
def followed_up(empty_db: Database) -> tuple[_Desk, dict[uuid.UUID, uuid.UUID]]:
    """One case per office, told the result on Friday 6 March; the north closes on 11 and 17
    March (provincial days)."""
    desk = _Desk(empty_db)
    holidays = HolidaysService(empty_db, user="admin")
    for day in (date(2026, 3, 11), date(2026, 3, 17)):
        holidays.set_day(day, HolidayChange.ADDED, "วันหยุดประจำจังหวัด", office_id=desk.north)
    reminders: dict[uuid.UUID, uuid.UUID] = {}
    # The complainant agreed to follow-up calls (PDPA, issue 19): the case is followed up.
    with empty_db.session_scope() as session:
        person = Stakeholder(name="นาง ผู้ร้อง ยินยอม")
        session.add(person)
        session.flush()
        session.add(Consent(stakeholder_id=person.id, purpose=ConsentPurpose.FOLLOW_UP_SURVEY,
                            given_on=date(2026, 1, 5)))  # fmt: skip
        complainant = person.id
    for office in (desk.north, desk.south):
        case_id = desk.at(date(2026, 3, 2)).register(office, complainant)
        desk.move(case_id, S.IN_PROGRESS)
        desk.at(date(2026, 3, 6)).resolve(case_id)
        with empty_db.session_scope() as session:
            reminders[office] = session.scalars(
                select(Reminder.id).where(Reminder.complaint_id == case_id)
            ).one()
    return desk, reminders


def _due(db: Database, reminder_id: uuid.UUID) -> date:
    with db.session_scope() as session:
        reminder = session.get(Reminder, reminder_id)
        assert reminder is not None
        return reminder.due_on


def test_a_follow_up_falls_due_on_its_offices_working_days(
    empty_db: Database, followed_up: tuple[_Desk, dict[uuid.UUID, uuid.UUID]]
) -> None:
    desk, reminders = followed_up
    # Five working days after Friday 6 March: 9, 10, 12, 13, 16 in the north; to 13 in the south.
    assert _due(empty_db, reminders[desk.north]) == date(2026, 3, 16)
    assert _due(empty_db, reminders[desk.south]) == date(2026, 3, 13)


def test_a_follow_up_is_put_off_on_its_offices_working_days(
    empty_db: Database, followed_up: tuple[_Desk, dict[uuid.UUID, uuid.UUID]]
) -> None:
    desk, reminders = followed_up
    today: Callable[[], date] = lambda: date(2026, 3, 6)  # noqa: E731
    service = RemindersService(empty_db, today=today, user="somchai")

    # One working day after Monday 16 March: Wednesday 18 in the north (17 is its day off).
    assert service.snooze(reminders[desk.north], working_days=1) == date(2026, 3, 18)
    assert service.snooze(reminders[desk.south], working_days=1) == date(2026, 3, 16)
    assert _due(empty_db, reminders[desk.north]) == date(2026, 3, 18)
