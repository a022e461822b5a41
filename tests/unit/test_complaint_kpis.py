"""Complaint KPIs on a small set of cases whose figures were worked out by hand."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from vocdesk.domain.complaints.kpis import (
    CaseFacts,
    Dimension,
    KpiTally,
    breakdown,
    case_facts,
    histogram_median,
    milestone_in_time,
    ranked,
    tally,
)
from vocdesk.domain.complaints.service_standard import ServiceStandard
from vocdesk.domain.working_days import WorkingCalendar

# October 2024: the 1st is a Tuesday; Monday 14 and Wednesday 23 are public holidays.
CALENDAR = WorkingCalendar([date(2024, 10, 14), date(2024, 10, 23)])
TODAY = date(2024, 10, 31)  # a Thursday
STANDARD = ServiceStandard(acknowledge_days=1, resolve_days=5)


def _case(
    received: date,
    acknowledged: date | None,
    resolved: date | None,
    *,
    open_: bool,
    reopens: int = 0,
    score: int | None = None,
    trust: bool | None = None,
    category: str,
    channel: str,
) -> CaseFacts:
    return case_facts(
        received_on=received, today=TODAY, calendar=CALENDAR, acknowledged_on=acknowledged,
        resolved_on=resolved, is_open=open_, reopen_count=reopens, follow_up_score=score, trust_restored=trust,
        groups={Dimension.CATEGORY: category, Dimension.CHANNEL: channel}, standard=STANDARD,
    )  # fmt: skip


@pytest.fixture
def cases() -> dict[str, CaseFacts]:
    return {
        # A: Tue 1 Oct; acknowledged Wed 2 (limit 2 Oct); resolved Mon 7 = 4 working days
        # (2, 3, 4, 7), limit 8 Oct: both in time. Follow-up 5.
        "A": _case(
            date(2024, 10, 1),
            date(2024, 10, 2),
            date(2024, 10, 7),
            open_=False,
            score=5,
            trust=True,
            category="road",
            channel="hotline",
        ),
        # B: Fri 4 Oct; acknowledged Mon 7 (limit 7); resolved Tue 15 (14 is a holiday) =
        # 6 working days (7-11, 15), limit 11 Oct: late. Reopened once. Follow-up 2.
        "B": _case(
            date(2024, 10, 4),
            date(2024, 10, 7),
            date(2024, 10, 15),
            open_=False,
            reopens=1,
            score=2,
            trust=False,
            category="road",
            channel="walk-in",
        ),
        # C: Sat 12 Oct; acknowledgement limit Tue 15 (13 Sunday, 14 holiday), done Wed 16: late.
        # Result limit 21 Oct (15-18, 21); still open on 31 Oct: overdue and late.
        "C": _case(
            date(2024, 10, 12),
            date(2024, 10, 16),
            None,
            open_=True,
            category="water",
            channel="hotline",
        ),
        # D: Wed 30 Oct, nothing done yet; limits 31 Oct and 6 Nov: not decided, not overdue.
        "D": _case(date(2024, 10, 30), None, None, open_=True, category="water", channel="hotline"),
        # E: Mon 21 Oct; acknowledged the same day; resolved Thu 24 = 2 working days (22, 24;
        # 23 is a holiday), limit 29 Oct. Follow-up 4.
        "E": _case(
            date(2024, 10, 21),
            date(2024, 10, 21),
            date(2024, 10, 24),
            open_=False,
            score=4,
            category="road",
            channel="hotline",
        ),
    }


def test_each_case_is_decided_by_working_days_after_receipt(cases: dict[str, CaseFacts]) -> None:
    assert [c.acknowledged_in_time for c in cases.values()] == [True, True, False, None, True]
    assert [c.resolved_in_time for c in cases.values()] == [True, False, False, None, True]
    assert [c.resolve_days for c in cases.values()] == [4, 6, None, None, 2]
    assert [c.overdue for c in cases.values()] == [False, False, True, False, False]


def test_period_figures_match_the_hand_count(cases: dict[str, CaseFacts]) -> None:
    figures = tally(cases.values()).figures()

    assert figures.received == 5
    assert (figures.open, figures.overdue) == (2, 1)
    assert figures.acknowledged_pct == pytest.approx(75.0)  # A, B, E of A, B, C (D undecided)
    assert figures.resolved_pct == pytest.approx(50.0)  # A, E of A, B, C, E
    assert figures.resolved == 3
    assert figures.mean_days == pytest.approx(4.0)  # (4 + 6 + 2) / 3
    assert figures.median_days == 4
    assert figures.reopen_rate == pytest.approx(100 / 3)  # B of A, B, E
    assert figures.follow_ups == 3
    assert figures.satisfaction_mean == pytest.approx(11 / 3)
    assert figures.satisfaction_pct == pytest.approx(11 / 3 * 20)  # from the unrounded mean
    assert figures.satisfied_pct == pytest.approx(200 / 3)  # scores 5 and 4 of 5, 2, 4
    assert figures.trust_restored_pct == pytest.approx(50.0)  # A yes, B no; the others not asked


def test_breakdown_by_category_gives_each_group_its_own_figures(
    cases: dict[str, CaseFacts],
) -> None:
    groups = ranked(breakdown(cases.values(), Dimension.CATEGORY))

    assert [g.key for g in groups] == ["road", "water"]  # most cases first
    road, water = groups[0].figures, groups[1].figures
    assert (road.received, road.open, road.acknowledged_pct, road.median_days) == (3, 0, 100.0, 4)
    assert road.resolved_pct == pytest.approx(200 / 3)
    assert (water.received, water.open, water.overdue) == (2, 2, 1)
    assert (water.acknowledged_pct, water.resolved_pct) == (0.0, 0.0)
    assert water.mean_days is None and water.satisfaction_mean is None and water.reopen_rate is None


def test_a_case_without_a_key_counts_under_an_empty_key(cases: dict[str, CaseFacts]) -> None:
    groups = breakdown(cases.values(), Dimension.SEGMENT)
    assert list(groups) == [""] and groups[""].received == 5


def test_tallies_add_up_to_the_tally_of_all_cases(cases: dict[str, CaseFacts]) -> None:
    summed = KpiTally()
    for group in breakdown(cases.values(), Dimension.CHANNEL).values():
        summed.add(group)
    assert summed == tally(cases.values())


def test_median_of_an_even_count_is_the_mean_of_the_middle_two() -> None:
    assert histogram_median(Counter({2: 1, 10: 1, 4: 1, 6: 1})) == 5
    assert histogram_median(Counter({3: 2, 7: 2})) == 5
    assert histogram_median(Counter({3: 3, 7: 1})) == 3
    assert histogram_median(Counter()) is None


def test_paused_days_do_not_count_against_the_standard() -> None:
    # Received Tue 1 Oct, resolved Fri 11 Oct = 8 working days; waiting Mon 7 to Wed 9 (3 working
    # days) leaves 5: in time, and 5 days taken.
    case = case_facts(
        received_on=date(2024, 10, 1), today=TODAY, calendar=CALENDAR, standard=STANDARD,
        acknowledged_on=date(2024, 10, 1), resolved_on=date(2024, 10, 11), is_open=False,
        pauses=[(date(2024, 10, 7), date(2024, 10, 9))],
    )  # fmt: skip
    assert (case.resolved_in_time, case.resolve_days) == (True, 5)


def test_a_milestone_is_undecided_until_its_limit_passes_while_open() -> None:
    received = date(2024, 10, 4)  # Friday; 5 working days later is Friday 11 Oct

    def decided(done: date | None, today: date, still_open: bool = True) -> bool | None:
        return milestone_in_time(CALENDAR, received, done, 5, today, still_open=still_open)

    assert decided(None, date(2024, 10, 11)) is None
    assert decided(None, date(2024, 10, 15)) is False  # 14 is a holiday, the 15th the 6th day
    assert decided(None, date(2024, 10, 15), still_open=False) is None  # ended without a result
    assert decided(date(2024, 10, 11), TODAY) is True
    assert decided(date(2024, 10, 13), TODAY) is True  # Sunday after: no extra working day
    assert decided(date(2024, 10, 15), TODAY) is False


def test_empty_period_has_no_percentages() -> None:
    figures = KpiTally().figures()
    assert figures.received == 0
    assert figures.acknowledged_pct is None and figures.median_days is None


def test_first_response_and_result_notified_within_standard_computed_by_hand() -> None:
    # The standard: first response within 3 working days, the result told within 15 (ITA).
    standard = ServiceStandard(
        acknowledge_days=1, first_response_days=3, resolve_days=10, notify_days=15
    )

    def case(
        received: date, responded: date | None, notified: date | None, *, open_: bool
    ) -> CaseFacts:
        return case_facts(received_on=received, today=TODAY, calendar=CALENDAR, standard=standard,
                          acknowledged_on=responded, resolved_on=notified, first_response_on=responded,
                          notified_on=notified, is_open=open_)  # fmt: skip

    cases = [
        # Tue 1 Oct: responded Fri 4 (2, 3, 4 = 3 days: in time); told Mon 21 (2-4, 7-11, 15-18,
        # 21 = 13 working days, 14 Oct a holiday: in time).
        case(date(2024, 10, 1), date(2024, 10, 4), date(2024, 10, 21), open_=False),
        # Tue 1 Oct: responded Mon 7 (2, 3, 4, 7 = 4: late); told Fri 25 (13 to the 21st, then
        # 22, 24, 25 = 16 working days, 23 Oct a holiday: late).
        case(date(2024, 10, 1), date(2024, 10, 7), date(2024, 10, 25), open_=False),
        # Thu 10 Oct, open, nothing sent by 31 Oct: 11, 15-18, 21, 22, 24, 25, 28-31 = 13 working
        # days: first response late (> 3), result not yet late (13 <= 15): not counted.
        case(date(2024, 10, 10), None, None, open_=True),
        # Tue 29 Oct, open: 30, 31 = 2 days: neither decided yet.
        case(date(2024, 10, 29), None, None, open_=True),
    ]
    facts = [(c.first_response_in_time, c.notified_in_time) for c in cases]
    figures = tally(cases).figures()

    assert facts == [(True, True), (False, False), (False, None), (None, None)]
    assert figures.first_response_pct == pytest.approx(100 / 3)  # 1 in time of 3 decided
    assert figures.notified_pct == pytest.approx(50.0)  # 1 of 2
    merged = KpiTally()
    merged.add(tally(cases[:2]))
    merged.add(tally(cases[2:]))
    assert (merged.figures().first_response_pct, merged.figures().notified_pct) == (
        figures.first_response_pct,
        figures.notified_pct,
    )
