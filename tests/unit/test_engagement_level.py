"""The engagement level rule, case by case, worked out by hand from the thresholds."""

from __future__ import annotations

import pytest

from vocdesk.domain.relationships_engagement import (
    HIGH_MAX_DAYS,
    HIGH_MIN_INTERACTIONS,
    HIGH_MIN_SATISFACTION,
    MEDIUM_MAX_DAYS,
    MEDIUM_MIN_INTERACTIONS,
    MEDIUM_MIN_SATISFACTION,
    EngagementFacts,
    EngagementLevel,
    engagement,
    levels,
    rule_line,
)

H, M, L, N = (
    EngagementLevel.HIGH,
    EngagementLevel.MEDIUM,
    EngagementLevel.LOW,
    EngagementLevel.NONE,
)


def test_the_thresholds_are_the_documented_ones() -> None:
    assert (HIGH_MIN_INTERACTIONS, HIGH_MAX_DAYS, HIGH_MIN_SATISFACTION) == (6, 90, 80.0)
    assert (MEDIUM_MIN_INTERACTIONS, MEDIUM_MAX_DAYS, MEDIUM_MIN_SATISFACTION) == (2, 180, 60.0)


@pytest.mark.parametrize(
    ("interactions", "days", "open_complaints", "score", "level"),
    [
        (6, 90, 0, 80.0, H),  # every High condition exactly on its edge
        (6, 0, 0, None, H),  # never surveyed: judged on the rest
        (5, 10, 0, 95.0, M),  # one interaction short of High
        (6, 91, 0, 95.0, M),  # last contact a day too long ago for High
        (12, 5, 1, 95.0, M),  # an open complaint bars High only
        (12, 5, 0, 79.9, M),  # satisfaction just under 80%
        (2, 180, 3, 60.0, M),  # every Medium condition on its edge
        (1, 5, 0, 90.0, L),  # one interaction is not enough for Medium
        (2, 181, 0, 90.0, L),  # Medium needs a contact within 180 days
        (9, 5, 0, 59.9, L),  # unhappy: Medium needs 60%
        (0, 400, 0, 100.0, N),  # last contact older than 12 months
        (0, None, 0, None, N),  # never in touch
    ],
)
def test_levels_from_the_facts(
    interactions: int, days: int | None, open_complaints: int, score: float | None, level: str
) -> None:
    facts = EngagementFacts(interactions, days, open_complaints, score)
    assert engagement(facts).level == level


def test_unmet_says_what_the_next_level_needs() -> None:
    # Medium because of one open complaint and a low score: High needs both put right.
    result = engagement(EngagementFacts(8, 30, 1, 75.0))
    assert result.level is M
    assert [m.english() for m in result.unmet] == [
        "no open complaint",
        "last satisfaction score, if any, 80% or more",
    ]
    # Low: Medium needs a second interaction.
    low = engagement(EngagementFacts(1, 20, 0, None))
    assert [m.english() for m in low.unmet] == ["2 or more interactions in 12 months"]
    # None: Low needs any interaction; High needs nothing more.
    assert [m.english() for m in engagement(EngagementFacts(0, None, 0, None)).unmet] == [
        "at least one interaction in 12 months"
    ]
    assert engagement(EngagementFacts(7, 1, 0, 100.0)).unmet == ()


def test_the_rule_in_words() -> None:
    assert levels() == (H, M, L, N)
    assert [rule_line(level).english() for level in levels()] == [
        "High: 6 or more interactions in 12 months, last contact within 90 days,"
        " no open complaint, last satisfaction score, if any, 80% or more",
        "Medium: 2 or more interactions in 12 months, last contact within 180 days,"
        " last satisfaction score, if any, 60% or more",
        "Low: at least one interaction in 12 months",
        "None: no interaction in 12 months",
    ]
