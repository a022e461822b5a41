"""The working-day calendar: the national holidays, the agency's layer over them, and the due
dates that follow when the layer changes.

The national calendar comes from the ``holidays`` package's Thailand calendar, categories
``public`` (the Holidays Act's days, the lunar Buddhist days, the in-lieu days and the bridge days
the Cabinet announced) and ``government`` (days off for government offices only: the Royal
Ploughing Ceremony). Not ``armed_forces`` (Armed Forces Day, the armed forces only), ``school``
(Teachers' Day, schools only), ``bank`` or ``workday`` (observances on which offices work). See
docs/holidays.md.

The agency's layer (table ``holiday``) adds days off and removes national days, for every office
or for one; the office's layer wins over the agency's, which wins over the nation's. A case's
working days are its office's. Every change of the layer recounts, in its own transaction, the due
dates of the open cases and of the open follow-up reminders, and audits each one it moves.

The file import follows the contract of every import (``services.transfer``): ``HolidayImporter``
(kind "holidays": columns date and name, or วันที่ and ชื่อวันหยุด; dates ISO, dd/mm/yyyy in B.E.
or C.E., or real Excel dates) writes days added for the whole agency, and ``HolidayExporter``
writes them back, a file that imports again unchanged.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

import holidays as holidays_package
from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.db.base import utc_now
from vocdesk.db.models import (
    AuditEntry,
    Complaint,
    ComplaintCategory,
    ComplaintStatusChange,
    Holiday,
    Office,
    Reminder,
)
from vocdesk.db.models.complaints import ComplaintSetting
from vocdesk.domain.accounts import Permission
from vocdesk.domain.clock import thai_date, thai_today
from vocdesk.domain.complaints.service_standard import due_date, pauses_from_history
from vocdesk.domain.complaints.workflow import FINISHED_STATUSES, OPEN_STATUSES
from vocdesk.domain.enums import AuditAction, ComplaintStatus, ReminderSource, ReminderStatus
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, Message, user_error
from vocdesk.domain.relationships import follow_up_due
from vocdesk.domain.working_days import (
    CalendarDay,
    DaySource,
    HolidayChange,
    LayerChange,
    NationalHoliday,
    WorkingCalendar,
    days_off,
    layered_days,
)
from vocdesk.io.cells import format_date, parse_date, text_parser
from vocdesk.io.table_file import write_rows
from vocdesk.io.table_spec import (
    CheckedTable,
    Column,
    Problem,
    TableSpec,
    duplicate_problems,
)
from vocdesk.services.authorization import acting, requires
from vocdesk.services.database import Database
from vocdesk.services.transfer import ImportSummary, ProgressCallback, ValueMaps

__all__ = [
    "CLOSING_CATEGORIES",
    "HOLIDAY_SPEC",
    "HolidayExporter",
    "HolidayImporter",
    "HolidayRow",
    "HolidaysService",
    "ImportSummary",
    "OfficeRow",
    "Recounted",
    "national_holidays",
    "working_calendar",
]

NAME_MAX_LENGTH = 200  # the holiday table's column

# The ``holidays`` package's categories of the Thailand calendar on which government offices close.
CLOSING_CATEGORIES: tuple[tuple[str, DaySource], ...] = (
    ("public", DaySource.PUBLIC),
    ("government", DaySource.GOVERNMENT),
)
# The years the national calendar is computed for, once per process (about 0.3 s): wider than
# any complaint's history and due date. The package's lunar tables reach 2157.
NATIONAL_YEARS = range(1990, 2101)
# Follow-up reminders: the complaint setting and its default (as services.follow_ups reads them).
_FOLLOW_UP_SETTING = "follow_up_working_days"
_FOLLOW_UP_WORKING_DAYS = 5

HOLIDAY_SPEC = TableSpec(
    "holidays",
    (
        Column(
            "day", "date", "วันที่",
            "The holiday's date: yyyy-mm-dd, dd/mm/yyyy (a year of 2400 or more is B.E.) or an Excel date. "
            "Each date once; a date already in the list gets the new name.",
            parse=parse_date, required=True, aliases=("day", "วัน"),
        ),
        Column(
            "name", "name", "ชื่อวันหยุด",
            f"The holiday's name, at most {NAME_MAX_LENGTH} characters.",
            parse=text_parser(NAME_MAX_LENGTH), required=True, aliases=("holiday", "วันหยุด", "ชื่อ"),
        ),
    ),
)  # fmt: skip


@dataclass(frozen=True)
class HolidayRow:
    day: date
    name: str


@dataclass(frozen=True)
class OfficeRow:
    id: uuid.UUID
    name_th: str
    name_en: str


@dataclass(frozen=True)
class Recounted:
    """What a change of the calendar moved: due dates of cases and of follow-up reminders."""

    cases: int
    reminders: int


# -- the national calendar --------------------------------------------------------------------


def _names(category: str, language: str, year: int) -> dict[date, str]:
    calendar = holidays_package.country_holidays(
        "TH", years=year, categories=(category,), language=language
    )
    # A day with two holidays (12 August, 5 December) gets their names joined, as the Cabinet
    # writes them.
    return {day: " และ".join(calendar.get_list(day)) if language == "th"
            else "; ".join(calendar.get_list(day)) for day in calendar}  # fmt: skip


@cache
def _national_year(year: int) -> tuple[NationalHoliday, ...]:
    found: dict[date, NationalHoliday] = {}
    for category, source in CLOSING_CATEGORIES:
        thai = _names(category, "th", year)
        english = _names(category, "en_US", year)
        for day in sorted(thai):
            found.setdefault(
                day, NationalHoliday(day, thai[day], english.get(day, thai[day]), source)
            )
    return tuple(found[d] for d in sorted(found))


def national_holidays(year: int) -> tuple[NationalHoliday, ...]:
    """The national days off of one Common Era year, by date, named in Thai and English."""
    return _national_year(year)


@cache
def _national_days_off() -> frozenset[date]:
    """The days of ``_national_year`` for every year, without their names: one calendar of all
    the years, a quarter of the time of 111 named years (0.05 s against 0.23 s of CPU), paid at
    the first working calendar of a process, which the window's first count builds."""
    closing = tuple(category for category, _source in CLOSING_CATEGORIES)
    return frozenset(
        holidays_package.country_holidays("TH", years=NATIONAL_YEARS, categories=closing)
    )


# -- the layered calendar ---------------------------------------------------------------------


def _layer_rows(session: Session, office_id: uuid.UUID | None) -> list[Holiday]:
    query = select(Holiday).where(
        Holiday.office_id.is_(None) if office_id is None
        else (Holiday.office_id.is_(None) | (Holiday.office_id == office_id))
    )  # fmt: skip
    return list(session.scalars(query.order_by(Holiday.day)))


def working_calendar(session: Session, office_id: uuid.UUID | None = None) -> WorkingCalendar:
    """The working days of one office (or of the agency as a whole, with ``office_id`` None): the
    national days off, with the agency's layer and then the office's on top."""
    off = set(_national_days_off())
    rows = _layer_rows(session, office_id)
    for layer in (None, office_id) if office_id is not None else (None,):
        for row in rows:
            if row.office_id == layer:
                if row.change is HolidayChange.ADDED:
                    off.add(row.day)
                else:
                    off.discard(row.day)
    return WorkingCalendar(off)


class _Calendars:
    """Each office's calendar, built once per transaction."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._built: dict[uuid.UUID | None, WorkingCalendar] = {}

    def of(self, office_id: uuid.UUID | None) -> WorkingCalendar:
        if office_id not in self._built:
            self._built[office_id] = working_calendar(self._session, office_id)
        return self._built[office_id]


def _follow_up_days(session: Session) -> int:
    raw = session.get(ComplaintSetting, _FOLLOW_UP_SETTING)
    if raw is not None and raw.value.strip().isdigit() and int(raw.value) >= 1:
        return int(raw.value)
    return _FOLLOW_UP_WORKING_DAYS


def _audit(session: Session, user: str, entity: str, entity_id: uuid.UUID,
           changes: dict[str, Any], action: AuditAction = AuditAction.UPDATE) -> None:  # fmt: skip
    session.add(AuditEntry(at=utc_now(), user=user, action=action, entity=entity,
                           entity_id=entity_id, changes=changes))  # fmt: skip


def recount_due_dates(
    session: Session, today: date, user: str = "", *,
    statuses: Iterable[ComplaintStatus] = OPEN_STATUSES,
    received: tuple[date, date] | None = None,
    changed: Iterable[date] | None = None,
) -> Recounted:  # fmt: skip
    """Count again, in the caller's transaction, the due dates of the cases in ``statuses``
    (received within ``received``, first and last day, when given) and of the open follow-up
    reminders, each on its office's calendar, as the workflow counts them (a pause still open
    runs to today); audit every one that moves.

    With ``changed`` (the days whose calendar changed), a date moves only when one of those days
    lies within what it counts (after the day counted from, up to the old or the new due date):
    a change of the calendar moves the dates it concerns and no other."""
    changed_days = sorted(set(changed)) if changed is not None else None

    def concerned(start: date, old: date | None, new: date) -> bool:
        if changed_days is None:
            return True
        end = max(new, old or new)
        return any(start < day <= end for day in changed_days)

    calendars = _Calendars(session)
    categories = {c.id: c.resolve_days for c in session.scalars(select(ComplaintCategory))}
    query = select(Complaint).where(Complaint.status.in_(list(statuses)))
    if received is not None:
        first, last = received
        cases = [
            case for case in session.scalars(query)
            if first <= thai_date(case.received_at) <= last
        ]  # fmt: skip
    else:
        cases = list(session.scalars(query))
    history: dict[uuid.UUID, list[tuple[date, ComplaintStatus]]] = {}
    ids = [case.id for case in cases]
    for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
        for case_id, at, status in session.execute(
            select(ComplaintStatusChange.complaint_id, ComplaintStatusChange.changed_at,
                   ComplaintStatusChange.to_status)
            .where(ComplaintStatusChange.complaint_id.in_(chunk))
            .order_by(ComplaintStatusChange.changed_at, ComplaintStatusChange.id)
        ):  # fmt: skip
            history.setdefault(case_id, []).append((thai_date(at), status))
    moved_cases = 0
    for case in cases:
        received_on = thai_date(case.received_at)
        new_due = due_date(
            calendars.of(case.office_id), received_on, categories[case.category_id],
            pauses_from_history(history.get(case.id, []), today),
        )  # fmt: skip
        if new_due != case.due_on and concerned(received_on, case.due_on, new_due):
            before = case.due_on.isoformat() if case.due_on else None
            case.due_on = new_due
            _audit(session, user, "complaint", case.id,
                   {"due_on": [before, new_due.isoformat()], "reason": "calendar"})  # fmt: skip
            moved_cases += 1
    moved_reminders = 0
    days = _follow_up_days(session)
    for reminder, notified_at, office_id in session.execute(
        select(Reminder, Complaint.notified_at, Complaint.office_id)
        .join(Complaint, Complaint.id == Reminder.complaint_id)
        .where(Reminder.status == ReminderStatus.OPEN,
               Reminder.source == ReminderSource.COMPLAINT,
               Complaint.notified_at.is_not(None))
    ):  # fmt: skip
        if notified_at is None:  # excluded by the query; for the type checker
            continue
        notified_on = thai_date(notified_at)
        new_due = follow_up_due(notified_on, days, calendars.of(office_id))
        if new_due != reminder.due_on and concerned(notified_on, reminder.due_on, new_due):
            _audit(session, user, "reminder", reminder.id,
                   {"due_on": [reminder.due_on.isoformat(), new_due.isoformat()],
                    "reason": "calendar"})  # fmt: skip
            reminder.due_on = new_due
            moved_reminders += 1
    return Recounted(moved_cases, moved_reminders)


class HolidaysService:
    """The Holidays screen's and the holiday import's service: one public method, one transaction."""

    def __init__(
        self, db: Database, today: Callable[[], date] = thai_today, user: str | None = None
    ) -> None:
        self._db = db
        self._today = today
        self._given_user = user

    @property
    def _user(self) -> str:
        """Who is stamped on the audit entries: the person signed in, read at each call (an
        explicit ``user`` given to the constructor, as tests do, wins)."""
        return self._given_user if self._given_user is not None else acting(self._db).login

    # -- reading ------------------------------------------------------------------------------

    @requires(Permission.READ)
    def offices(self) -> list[OfficeRow]:
        with self._db.session_scope() as session:
            return [
                OfficeRow(office_id, th, en)
                for office_id, th, en in session.execute(
                    select(Office.id, Office.name_th, Office.name_en).order_by(Office.name_th)
                )
            ]

    @requires(Permission.READ)
    def year(self, year_ce: int, office_id: uuid.UUID | None = None) -> list[CalendarDay]:
        """The named days of one Common Era year for one office (or the agency as a whole):
        the national days and the agency's layer, each with where it comes from."""
        first, last = date(year_ce, 1, 1), date(year_ce, 12, 31)
        with self._db.session_scope() as session:
            rows = [r for r in _layer_rows(session, office_id) if first <= r.day <= last]
            agency = [LayerChange(r.day, r.name, r.change) for r in rows if r.office_id is None]
            office = [LayerChange(r.day, r.name, r.change) for r in rows if r.office_id is not None]
        return layered_days(national_holidays(year_ce), agency, office)

    @requires(Permission.READ)
    def days_off(self, year_ce: int, office_id: uuid.UUID | None = None) -> frozenset[date]:
        return days_off(self.year(year_ce, office_id))

    @requires(Permission.READ)
    def list_holidays(self, year_ce: int | None = None) -> list[HolidayRow]:
        """The days the agency added for every office, in date order (what the import writes and
        the export reads); only those of one Common Era year when ``year_ce`` is given."""
        query = (
            select(Holiday.day, Holiday.name)
            .where(Holiday.office_id.is_(None), Holiday.change == HolidayChange.ADDED)
            .order_by(Holiday.day)
        )
        if year_ce is not None:
            query = query.where(Holiday.day.between(date(year_ce, 1, 1), date(year_ce, 12, 31)))
        with self._db.session_scope() as session:
            return [HolidayRow(day, name) for day, name in session.execute(query)]

    # -- the agency's layer -------------------------------------------------------------------

    @requires(Permission.MANAGE_CATALOGUES)
    def set_day(
        self, day: date, change: HolidayChange, name: str = "",
        office_id: uuid.UUID | None = None,
    ) -> Recounted:  # fmt: skip
        """Add a day off (``ADDED``) or make a national day a working day (``REMOVED``), for the
        agency or one office; then recount the open due dates."""
        name = name.strip()
        if change is HolidayChange.ADDED and not name:
            raise user_error("Holidays", QT_TRANSLATE_NOOP("Holidays", "Give the day off a name."))
        if len(name) > NAME_MAX_LENGTH:
            raise user_error(
                "Holidays",
                QT_TRANSLATE_NOOP("Holidays", "A holiday's name has at most {count} characters."),
                count=NAME_MAX_LENGTH,
            )
        with self._db.session_scope() as session:
            row = self._row(session, day, office_id)
            if row is None:
                row = Holiday(id=uuid.uuid4(), day=day, name=name, change=change,
                              office_id=office_id)  # fmt: skip
                session.add(row)
                session.flush()
                action = AuditAction.CREATE
            else:
                row.name, row.change = name, change
                action = AuditAction.UPDATE
            _audit(session, self._user, "holiday", row.id,
                   {"day": day.isoformat(), "change": change.value, "name": name,
                    "office_id": str(office_id) if office_id else None}, action)  # fmt: skip
            session.flush()
            return recount_due_dates(session, self._today(), self._user, changed=[day])

    @requires(Permission.MANAGE_CATALOGUES)
    def clear_day(self, day: date, office_id: uuid.UUID | None = None) -> Recounted:
        """Take the agency's (or the office's) change of ``day`` away: the layer below decides
        again. Recounts the open due dates."""
        with self._db.session_scope() as session:
            row = self._row(session, day, office_id)
            if row is None:
                return Recounted(0, 0)
            _audit(session, self._user, "holiday", row.id,
                   {"day": day.isoformat(), "change": row.change.value, "name": row.name,
                    "office_id": str(office_id) if office_id else None}, AuditAction.DELETE)  # fmt: skip
            session.delete(row)
            session.flush()
            return recount_due_dates(session, self._today(), self._user, changed=[day])

    @requires(Permission.MANAGE_CATALOGUES)
    def recount(self, first: date, last: date) -> Recounted:
        """Count again, on today's calendar and in one transaction, the due dates of every open
        case and open follow-up reminder, and of the finished cases received from ``first`` to
        ``last`` (which otherwise keep the standard they were judged by). After an upgrade, the
        open cases' dates were counted on the old holiday list: this sets them all right."""
        with self._db.session_scope() as session:
            still_open = recount_due_dates(session, self._today(), self._user)
            finished = recount_due_dates(
                session, self._today(), self._user,
                statuses=FINISHED_STATUSES, received=(first, last),
            )  # fmt: skip
        return Recounted(still_open.cases + finished.cases, still_open.reminders)

    @requires(Permission.MANAGE_CATALOGUES)
    def import_holidays(self, rows: list[HolidayRow]) -> ImportSummary:
        """Add the new dates to the agency's layer and rename the known ones, in one transaction
        with the recount of the open due dates: all or nothing."""
        seen: set[date] = set()
        for row in rows:
            if row.day in seen:
                raise user_error(
                    "HolidayImport",
                    QT_TRANSLATE_NOOP("HolidayImport", "{date} is in the holiday list twice; nothing was imported."),
                    date=row.day.isoformat(),
                )  # fmt: skip
            seen.add(row.day)
        added = updated = 0
        with self._db.session_scope() as session:
            existing = {
                holiday.day: holiday
                for holiday in session.scalars(
                    select(Holiday).where(Holiday.office_id.is_(None),
                                          Holiday.day.in_(sorted(seen)))
                )
            }  # fmt: skip
            newly_off: list[date] = []  # the days the import closes (renaming changes nothing)
            for row in rows:
                if row.day in existing:
                    if existing[row.day].change is not HolidayChange.ADDED:
                        newly_off.append(row.day)
                    existing[row.day].name = row.name
                    existing[row.day].change = HolidayChange.ADDED
                    updated += 1
                else:
                    session.add(Holiday(day=row.day, name=row.name, change=HolidayChange.ADDED))
                    newly_off.append(row.day)
                    added += 1
            session.flush()
            moved = recount_due_dates(session, self._today(), self._user, changed=newly_off)
        notices = []
        if moved.cases or moved.reminders:
            notices.append(Message("HolidayImport", QT_TRANSLATE_NOOP(
                "HolidayImport",
                "Due dates counted again on the new calendar: cases {cases}, follow-up reminders {reminders}.",
            ), {"cases": moved.cases, "reminders": moved.reminders}))  # fmt: skip
        return ImportSummary(added=added, updated=updated, notices=notices)

    @staticmethod
    def _row(session: Session, day: date, office_id: uuid.UUID | None) -> Holiday | None:
        owner = Holiday.office_id.is_(None) if office_id is None else Holiday.office_id == office_id
        return session.scalars(select(Holiday).where(Holiday.day == day, owner)).first()


class HolidayImporter:
    """The agency's public holidays, one row a date. A date already in the list gets the
    file's name; a new date is added. Holidays not in the file are kept."""

    spec = HOLIDAY_SPEC
    value_columns: dict[str, type[StrEnum]] = {}  # noqa: RUF012 - no closed vocabulary in this file

    def __init__(self, db: Database, value_maps: ValueMaps | None = None) -> None:
        self._db = db
        self._service = HolidaysService(db)

    def check(self, table: CheckedTable) -> list[Problem]:
        return duplicate_problems(
            table,
            "day",
            QT_TRANSLATE_NOOP("TableCheck", "{value} is already listed on row {first_row}."),
        )

    @requires(Permission.IMPORT)
    def apply(self, table: CheckedTable, progress: ProgressCallback | None = None) -> ImportSummary:
        rows = [HolidayRow(row.values["day"], row.values["name"]) for row in table.rows]
        if progress is not None:  # before the write: a cancel raised here leaves nothing written
            progress(0, len(rows))
        return self._service.import_holidays(rows)


class HolidayExporter:
    """``vocdesk export holidays``: the whole list, in the columns the importer reads."""

    spec = HOLIDAY_SPEC

    def __init__(self, db: Database) -> None:
        self._db = db
        self._service = HolidaysService(db)

    @requires(Permission.EXPORT)
    def export(
        self, path: Path, *, search: str = "", progress: ProgressCallback | None = None
    ) -> int:
        holidays = self._service.list_holidays()
        wanted = search.strip().casefold()

        def rows() -> Iterator[list[str]]:
            for done, holiday in enumerate(holidays, start=1):
                if (
                    not wanted
                    or wanted in holiday.name.casefold()
                    or wanted in holiday.day.isoformat()
                ):
                    yield [format_date(holiday.day), holiday.name]
                if progress is not None and (done % 1000 == 0 or done == len(holidays)):
                    progress(done, len(holidays))

        return write_rows(self.spec.headers, rows(), path)
