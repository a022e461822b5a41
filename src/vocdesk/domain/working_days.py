"""Working days and complaint due dates.

Complaint time limits are counted in working days (วันทำการ): Monday to Friday, except public
holidays (วันหยุดราชการ). The holidays are not computed here: the national calendar comes from
the ``holidays`` package (``services.holidays``), and the agency's own layer over it (days added,
national days removed, for the agency or one office) from its database. ``layered_days`` puts the
three together, the office's layer winning over the agency's, and the agency's over the nation's.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

_ONE_DAY = timedelta(days=1)


class HolidayChange(StrEnum):
    """What a day of the agency's layer does to the national calendar."""

    ADDED = "added"  # a day off: a late Cabinet day, a provincial day, an office's own day
    REMOVED = "removed"  # a national holiday the offices work on


class DaySource(StrEnum):
    """Where a day of the calendar comes from."""

    PUBLIC = "public"  # the national public holidays (the Holidays Act, the Cabinet's days)
    GOVERNMENT = "government"  # days off for government offices only (the Royal Ploughing Ceremony)
    AGENCY = "agency"  # the agency's layer, for every office
    OFFICE = "office"  # the agency's layer, for one office


@dataclass(frozen=True)
class NationalHoliday:
    day: date
    name_th: str
    name_en: str
    source: DaySource  # PUBLIC or GOVERNMENT


@dataclass(frozen=True)
class LayerChange:
    """One row of the agency's layer: a day added or removed."""

    day: date
    name: str
    change: HolidayChange


@dataclass(frozen=True)
class CalendarDay:
    """A day the calendar names, and whether the offices are closed on it.

    ``source`` is the layer that decided it; ``national`` is the national holiday of that day,
    if any, kept when the agency's layer overrides it (so the screen can say what was removed).
    """

    day: date
    name_th: str
    name_en: str
    source: DaySource
    off: bool
    national: NationalHoliday | None = None


def layered_days(
    national: Iterable[NationalHoliday],
    agency: Iterable[LayerChange],
    office: Iterable[LayerChange] = (),
) -> list[CalendarDay]:
    """The national calendar with the agency's layer on top, then the office's, by date.

    A day added by a layer is off; a day removed is a working day again (if it is a weekday).
    On the same day the office's change wins over the agency's, which wins over the nation's.
    """
    by_day: dict[date, NationalHoliday] = {}
    for holiday in national:
        by_day.setdefault(holiday.day, holiday)
    days: dict[date, CalendarDay] = {
        h.day: CalendarDay(h.day, h.name_th, h.name_en, h.source, True, h) for h in by_day.values()
    }
    for changes, source in ((agency, DaySource.AGENCY), (office, DaySource.OFFICE)):
        for change in changes:
            base = by_day.get(change.day)
            name = change.name or (base.name_th if base else "")
            name_en = change.name or (base.name_en if base else "")
            days[change.day] = CalendarDay(
                change.day, name, name_en, source, change.change is HolidayChange.ADDED, base
            )
    return [days[d] for d in sorted(days)]


def days_off(days: Iterable[CalendarDay]) -> frozenset[date]:
    """The dates of ``days`` the offices are closed on (for a ``WorkingCalendar``)."""
    return frozenset(d.day for d in days if d.off)


class WorkingCalendar:
    """Which days are working days, given the agency's list of public holidays.

    Immutable: when the holiday list changes, build a new calendar, so a due date computed
    earlier never changes under a caller's feet.
    """

    __slots__ = ("_holidays", "_weekday_holidays")
    _holidays: frozenset[date]
    _weekday_holidays: tuple[date, ...]

    def __init__(self, holidays: Iterable[date] = ()) -> None:
        frozen = frozenset(holidays)
        object.__setattr__(self, "_holidays", frozen)
        # Sorted weekday holidays let ``working_days_between`` count by bisection rather
        # than walk every day (analytics call it for every complaint of several years).
        object.__setattr__(
            self, "_weekday_holidays", tuple(sorted(d for d in frozen if d.weekday() < 5))
        )

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("WorkingCalendar is immutable")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, WorkingCalendar) and self._holidays == other._holidays

    def __hash__(self) -> int:
        return hash(self._holidays)

    def __repr__(self) -> str:
        return f"WorkingCalendar(holidays={sorted(self._holidays)!r})"

    @property
    def holidays(self) -> frozenset[date]:
        return self._holidays

    def is_working_day(self, d: date) -> bool:
        """Monday to Friday and not a public holiday."""
        return d.weekday() < 5 and d not in self._holidays

    def next_working_day(self, d: date) -> date:
        """``d`` itself if it is a working day, otherwise the first working day after it."""
        while not self.is_working_day(d):
            d += _ONE_DAY
        return d

    def add_working_days(self, start: date, n: int) -> date:
        """The due date ``n`` working days after ``start``.

        The day a case is received does not count (a case received on Friday with n=1 is due
        on Monday). With n=0 the result is ``start`` if it is a working day, else the next one.
        """
        return _count_forward(start, n, self.is_working_day)

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after ``start`` up to and including ``end``; 0 if ``end <= start``.

        The inverse of ``add_working_days``: ``working_days_between(s, add_working_days(s, n))
        == n`` for n >= 1.
        """
        if end <= start:
            return 0
        weekdays = _weekdays_up_to(end) - _weekdays_up_to(start)
        lo = bisect_right(self._weekday_holidays, start)
        hi = bisect_right(self._weekday_holidays, end)
        return weekdays - (hi - lo)

    def add_working_days_with_pauses(
        self, start: date, n: int, pauses: Iterable[tuple[date, date]]
    ) -> date:
        """Like ``add_working_days``, but days inside ``pauses`` do not count.

        A pause is an inclusive (first, last) range of days when the clock stops, e.g. while
        waiting for the complainant (รอข้อมูลจากผู้ร้อง). For a pause that is still open the
        caller passes today as its last day.
        """
        ranges = sorted(pauses)
        for first, last in ranges:
            if last < first:
                raise ValueError(f"pause ends ({last}) before it starts ({first})")
        firsts = [first for first, _ in ranges]

        def paused(d: date) -> bool:
            # Ranges may overlap, so check every range that starts on or before ``d``.
            return any(last >= d for _, last in ranges[: bisect_right(firsts, d)])

        return _count_forward(start, n, lambda d: self.is_working_day(d) and not paused(d))


def _count_forward(start: date, n: int, counts: Callable[[date], bool]) -> date:
    """The ``n``-th counting day after ``start`` (n=0: ``start`` or the next counting day)."""
    if n < 0:
        raise ValueError(f"number of working days must not be negative, not {n!r}")
    d = start
    if n == 0:
        while not counts(d):
            d += _ONE_DAY
        return d
    remaining = n
    while remaining:
        d += _ONE_DAY
        if counts(d):
            remaining -= 1
    return d


def _weekdays_up_to(d: date) -> int:
    """Mondays-to-Fridays from a fixed origin up to and including ``d``."""
    ordinal = d.toordinal()  # ordinal 1 (0001-01-01) is a Monday
    weeks, rest = divmod(ordinal - 1, 7)  # rest: 0 = Monday .. 6 = Sunday
    return weeks * 5 + min(rest + 1, 5)


_FIXED_HOLIDAYS: tuple[tuple[int, int, str], ...] = (
    (1, 1, "วันขึ้นปีใหม่"),
    (4, 6, "วันจักรี"),
    (4, 13, "วันสงกรานต์"),
    (4, 14, "วันสงกรานต์"),
    (4, 15, "วันสงกรานต์"),
    (5, 1, "วันแรงงานแห่งชาติ"),
    (5, 4, "วันฉัตรมงคล"),
    (6, 3, "วันเฉลิมพระชนมพรรษาสมเด็จพระนางเจ้าฯ พระบรมราชินี"),
    (7, 28, "วันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระเจ้าอยู่หัว"),
    (8, 12, "วันเฉลิมพระชนมพรรษาสมเด็จพระบรมราชชนนีพันปีหลวง และวันแม่แห่งชาติ"),
    (10, 13, "วันนวมินทรมหาราช"),
    (10, 23, "วันปิยมหาราช"),
    (12, 5, "วันคล้ายวันพระบรมราชสมภพ รัชกาลที่ 9 วันชาติ และวันพ่อแห่งชาติ"),
    (12, 10, "วันรัฐธรรมนูญ"),
    (12, 31, "วันสิ้นปี"),
)


def default_thai_holidays(year_ce: int) -> list[tuple[date, str]]:
    """The fixed-date Thai public holidays of ``year_ce``, with their Thai names, to seed an
    agency's editable holiday list.

    Not included, because they change every year and must be added by the agency: the lunar
    Buddhist holidays (Makha Bucha, Visakha Bucha, Asalha Bucha, Khao Phansa), substitution
    days for holidays falling on a weekend, and extra days off announced by the Cabinet. The
    dates follow the present reign (the 3 June, 28 July and 13 October holidays date from
    2017-2019): for earlier years, or when the Cabinet changes a holiday, edit the list.
    """
    return [(date(year_ce, month, day), name) for month, day, name in _FIXED_HOLIDAYS]
