"""The working-day calendar on a real SQLite file: the national calendar of the ``holidays``
package checked against the calendar the Cabinet published, the agency's layer on top of it, an
office's provincial day, and the due dates counted again when the calendar changes.

Source of the 2025 and 2026 days: the Secretariat of the Cabinet's holiday announcements for
B.E. 2568 and 2569 (ประกาศสำนักนายกรัฐมนตรี เรื่อง วันหยุดราชการประจำปี พ.ศ. 2568 / 2569):
Makha Bucha on Tuesday 3 March 2026; Songkran 13-15 April 2025 with Wednesday 16 April 2025 in
lieu of the 13th (a Sunday); the Royal Ploughing Ceremony on Friday 9 May 2025 (government
offices only); and the bridge holidays the Cabinet added on 12 November 2024 for "Amazing
Thailand Grand Tourism and Sports Year 2025": Monday 2 June 2025, Monday 11 August 2025 and
Friday 2 January 2026 (Nation Thailand, 12 November 2024,
https://www.nationthailand.com/news/tourism/40043214).
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from sqlalchemy import func, select

from vocdesk.db.models import (
    AuditEntry,
    Channel,
    Complaint,
    ComplaintCategory,
    Consent,
    Office,
    Reminder,
    Stakeholder,
)
from vocdesk.domain.enums import ComplaintStatus as S
from vocdesk.domain.pdpa.terms import ConsentPurpose
from vocdesk.domain.working_days import DaySource, HolidayChange
from vocdesk.services.complaints.cases import CaseDraft, ComplaintCasesService, Resolution
from vocdesk.services.database import Database
from vocdesk.services.holidays import HolidayRow, HolidaysService, Recounted, working_calendar

AGENCY_DAY = date(2026, 3, 2)  # a Monday the agency closes on


def _offices(db: Database) -> tuple[uuid.UUID, uuid.UUID]:
    with db.session_scope() as session:
        north = Office(code="cm", name_th="สำนักงานเชียงใหม่", name_en="Chiang Mai office",
                       province="เชียงใหม่")  # fmt: skip
        south = Office(code="sk", name_th="สำนักงานสงขลา", name_en="Songkhla office",
                       province="สงขลา")  # fmt: skip
        session.add_all([north, south])
        session.flush()
        return north.id, south.id


def test_working_days_across_the_cabinets_2025_and_2026_days(empty_db: Database) -> None:
    HolidaysService(empty_db).set_day(AGENCY_DAY, HolidayChange.ADDED, "วันหยุดของกรม")
    with empty_db.session_scope() as session:
        calendar = working_calendar(session)

    between = calendar.working_days_between
    # Fri 27 Feb -> Fri 6 Mar 2026: five weekdays less Makha Bucha (3rd) and the agency's 2nd.
    assert between(date(2026, 2, 27), date(2026, 3, 6)) == 3
    # Fri 11 Apr -> Fri 18 Apr 2025: Songkran 14-15 and the in-lieu day 16 April are off.
    assert between(date(2025, 4, 11), date(2025, 4, 18)) == 2
    # Fri 30 May -> Fri 6 Jun 2025: the bridge day 2 June and the Queen's birthday 3 June.
    assert between(date(2025, 5, 30), date(2025, 6, 6)) == 3
    # Tue 30 Dec 2025 -> Mon 5 Jan 2026: New Year's Eve, New Year's Day and the bridge 2 January.
    assert between(date(2025, 12, 30), date(2026, 1, 5)) == 1
    assert not calendar.is_working_day(date(2025, 8, 11))  # the August bridge day
    assert not calendar.is_working_day(date(2025, 5, 9))  # Royal Ploughing: government offices
    # Days of the categories offices work on: Teachers' Day (schools), Loy Krathong (observance),
    # Armed Forces Day falls on a weekend in 2025 and 2026 anyway.
    assert calendar.is_working_day(date(2025, 1, 16))
    assert calendar.is_working_day(date(2025, 11, 5))
    # Five working days from the Friday before Songkran: 17, 18, 21, 22, 23 April.
    assert calendar.add_working_days(date(2025, 4, 11), 5) == date(2025, 4, 23)


def test_the_agencys_layer_wins_over_the_package_and_the_office_over_the_agency(
    empty_db: Database,
) -> None:
    north, south = _offices(empty_db)
    service = HolidaysService(empty_db)
    asalha = date(2026, 7, 29)  # Asarnha Bucha, a Wednesday
    service.set_day(asalha, HolidayChange.REMOVED)  # the agency works that day
    service.set_day(asalha, HolidayChange.ADDED, "วันอาสาฬหบูชา", office_id=north)  # not the north

    days = {d.day: d for d in service.year(2026)}
    north_days = {d.day: d for d in service.year(2026, north)}
    assert days[asalha].source is DaySource.AGENCY and not days[asalha].off
    assert days[asalha].national is not None and days[asalha].national.name_en == "Asarnha Bucha"
    assert north_days[asalha].source is DaySource.OFFICE and north_days[asalha].off
    assert days[date(2026, 3, 3)].source is DaySource.PUBLIC and days[date(2026, 3, 3)].off
    assert days[date(2026, 3, 3)].name_th == "วันมาฆบูชา"
    assert days[date(2026, 5, 13)].source is DaySource.GOVERNMENT
    with empty_db.session_scope() as session:
        assert working_calendar(session).is_working_day(asalha)
        assert working_calendar(session, south).is_working_day(asalha)
        assert not working_calendar(session, north).is_working_day(asalha)

    service.clear_day(asalha)  # the package decides again for the agency
    assert {d.day: d for d in service.year(2026)}[asalha].source is DaySource.PUBLIC


def _cases(db: Database, today: date) -> tuple[ComplaintCasesService, uuid.UUID, uuid.UUID]:
    with db.session_scope() as session:
        channel = session.scalar(select(Channel.id).where(Channel.code == "phone"))
        category = session.scalars(
            select(ComplaintCategory).order_by(ComplaintCategory.code)
        ).first()
        category.resolve_days = 5
        category_id = category.id
    service = ComplaintCasesService(
        db, today=lambda: today, now=lambda: datetime(2026, 2, 27, 3, tzinfo=UTC),
    )  # fmt: skip
    return service, channel, category_id


def test_an_offices_provincial_day_moves_only_its_own_cases(empty_db: Database) -> None:
    north, south = _offices(empty_db)
    today = date(2026, 2, 27)
    cases, channel, category = _cases(empty_db, today)
    received = datetime(2026, 2, 27, 2, 30, tzinfo=UTC)  # Friday 09:30 in Thailand

    def register(office: uuid.UUID) -> uuid.UUID:
        return cases.register(CaseDraft(
            received_at=received, channel_id=channel, category_id=category,
            subject="ไฟฟ้าส่องสว่างดับ", details="ไฟดับทั้งซอย", province="เชียงใหม่",
            district="เมืองเชียงใหม่", office_id=office,
        )).id  # fmt: skip

    north_case, south_case = register(north), register(south)
    # Five working days after Friday 27 Feb: 2, 4, 5, 6, 9 March (Makha Bucha 3 March off).
    assert cases.case(north_case).due_on == cases.case(south_case).due_on == date(2026, 3, 9)

    recounted = HolidaysService(empty_db, today=lambda: today, user="admin").set_day(
        date(2026, 3, 4), HolidayChange.ADDED, "วันหยุดประจำจังหวัด", office_id=north
    )

    assert recounted == Recounted(cases=1, reminders=0)
    assert cases.case(north_case).due_on == date(2026, 3, 10)
    assert cases.case(south_case).due_on == date(2026, 3, 9)
    with empty_db.session_scope() as session:
        audit = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "complaint",
                                     AuditEntry.entity_id == north_case,
                                     AuditEntry.user == "admin")
        ).one()  # fmt: skip
        assert audit.changes == {"due_on": ["2026-03-09", "2026-03-10"], "reason": "calendar"}


def test_open_cases_and_reminders_are_recounted_closed_ones_only_on_request(
    empty_db: Database,
) -> None:
    today = date(2026, 2, 27)
    cases, channel, category = _cases(empty_db, today)
    received = datetime(2026, 2, 27, 2, 30, tzinfo=UTC)
    # The complainant agreed to follow-up calls (PDPA, issue 19): a resolved case is followed up.
    with empty_db.session_scope() as session:
        person = Stakeholder(name="นาย ผู้ร้อง ยินยอม")
        session.add(person)
        session.flush()
        session.add(Consent(stakeholder_id=person.id, purpose=ConsentPurpose.FOLLOW_UP_SURVEY,
                            given_on=date(2026, 1, 5)))  # fmt: skip
        complainant = person.id
    draft = CaseDraft(received_at=received, channel_id=channel, category_id=category,
                      subject="น้ำประปาไม่ไหล", details="สามวันแล้ว", province="กรุงเทพมหานคร",
                      district="บางรัก", stakeholder_id=complainant)  # fmt: skip
    open_case = cases.register(draft).id
    closed_case = cases.register(draft).id
    cases.transition(closed_case, S.IN_PROGRESS)
    cases.transition(closed_case, S.RESOLVED,
                     resolution=Resolution("ซ่อมแล้ว", received, channel))  # fmt: skip
    with empty_db.session_scope() as session:
        reminder_due = session.scalar(
            select(Reminder.due_on).where(Reminder.complaint_id == closed_case)
        )
    # Follow-up: 5 working days after the notice on Fri 27 Feb (3 March off): 9 March.
    assert reminder_due == date(2026, 3, 9)
    service = HolidaysService(empty_db, today=lambda: today)

    recounted = service.set_day(AGENCY_DAY, HolidayChange.ADDED, "วันหยุดของกรม")

    assert recounted == Recounted(cases=1, reminders=1)
    assert cases.case(open_case).due_on == date(2026, 3, 10)
    assert cases.case(closed_case).due_on == date(2026, 3, 9)  # judged by the old calendar
    with empty_db.session_scope() as session:
        assert session.scalar(
            select(Reminder.due_on).where(Reminder.complaint_id == closed_case)
        ) == date(2026, 3, 10)  # fmt: skip

    assert service.recount(date(2026, 2, 1), date(2026, 2, 28)) == Recounted(1, 0)
    assert cases.case(closed_case).due_on == date(2026, 3, 10)
    # An imported day moves the open case again, and the import says so.
    summary = service.import_holidays([HolidayRow(date(2026, 3, 5), "วันหยุดพิเศษ")])
    assert [n.english() for n in summary.notices] == [
        "Due dates counted again on the new calendar: cases 1, follow-up reminders 1."
    ]
    assert cases.case(open_case).due_on == date(2026, 3, 11)
    service.clear_day(date(2026, 3, 5))
    # Taking the day away again moves the open ones back.
    assert service.clear_day(AGENCY_DAY) == Recounted(cases=1, reminders=1)
    with empty_db.session_scope() as session:
        assert session.scalar(select(func.count()).select_from(Complaint)) == 2


def test_the_import_writes_into_the_agencys_layer(empty_db: Database) -> None:
    service = HolidaysService(empty_db)
    service.set_day(date(2027, 1, 4), HolidayChange.REMOVED)
    service.import_holidays([HolidayRow(date(2027, 1, 4), "วันหยุดพิเศษ")])

    day = {d.day: d for d in service.year(2027)}[date(2027, 1, 4)]
    assert (day.source, day.off, day.name_th) == (DaySource.AGENCY, True, "วันหยุดพิเศษ")
    assert service.list_holidays(2027) == [HolidayRow(date(2027, 1, 4), "วันหยุดพิเศษ")]


def test_the_national_days_off_are_the_named_years_days() -> None:
    """The working calendar's national days (one unnamed calendar of every year) are exactly
    the days of each year's named national holidays."""
    from vocdesk.services.holidays import NATIONAL_YEARS, _national_days_off, national_holidays

    named = {holiday.day for year in NATIONAL_YEARS for holiday in national_holidays(year)}
    assert _national_days_off() == named
    assert date(2026, 3, 3) in named  # Makha Bucha 2569
