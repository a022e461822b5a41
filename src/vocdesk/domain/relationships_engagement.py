"""How engaged a stakeholder is with the agency: one level from four facts, by a rule short
enough to print under the level on screen (PMQA 3.2 b (9); docs/relationships-indicators.md).

The facts, all as they stand on the day the indicators are read:

- ``interactions``: contacts in the last 12 months (``WINDOW_DAYS`` days ending today):
  activities the stakeholder took part in, feedback entries, complaints received and survey
  responses;
- ``days_since_contact``: days since the latest of them, of any age (None: never in touch);
- ``open_complaints``: the stakeholder's complaint cases not yet finished;
- ``satisfaction_percent``: the latest survey response's score (mean of its rating answers as a
  percent of the scale's top), None when the stakeholder has answered no rated survey.

The rule, checked from the top; the first level whose conditions all hold is the level:

- **High**: at least ``HIGH_MIN_INTERACTIONS`` interactions in 12 months, last contact within
  ``HIGH_MAX_DAYS`` days, no open complaint, and the last satisfaction score (if there is one)
  at least ``HIGH_MIN_SATISFACTION`` percent.
- **Medium**: at least ``MEDIUM_MIN_INTERACTIONS`` interactions in 12 months, last contact within
  ``MEDIUM_MAX_DAYS`` days, and the last satisfaction score (if there is one) at least
  ``MEDIUM_MIN_SATISFACTION`` percent. Open complaints do not bar it: a complaint is a contact.
- **Low**: at least one interaction in 12 months.
- **None**: no interaction in 12 months.

A stakeholder who never answered a survey is judged on the other facts: a missing score neither
helps nor hurts. ``Engagement.unmet`` says, in words, which conditions of the next level up are
not met, so the screen can say what would raise the level.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from vocdesk.domain.messages import QT_TRANSLATE_NOOP, Message

CONTEXT = "EngagementRule"

WINDOW_DAYS = 365  # "the last 12 months": the 365 days ending today, today included
HIGH_MIN_INTERACTIONS = 6  # about one contact every two months
HIGH_MAX_DAYS = 90  # the shortest contact interval of a segment (high priority: 3 months)
HIGH_MIN_SATISFACTION = 80.0  # percent: the usual "very satisfied" mark (4 of 5 points)
MEDIUM_MIN_INTERACTIONS = 2
MEDIUM_MAX_DAYS = 180  # the medium priority's interval (6 months)
MEDIUM_MIN_SATISFACTION = 60.0  # percent: 3 of 5 points, "moderately satisfied"
LOW_MIN_INTERACTIONS = 1


class EngagementLevel(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    NONE = "none"


@dataclass(frozen=True)
class EngagementFacts:
    interactions: int  # in the last 12 months
    days_since_contact: int | None  # None: no contact ever recorded
    open_complaints: int
    satisfaction_percent: float | None  # the latest rated survey response's score


@dataclass(frozen=True)
class Engagement:
    level: EngagementLevel
    # The conditions of the next level up that are not met, in words (empty at High).
    unmet: tuple[Message, ...]


def _interactions(at_least: int) -> Message:
    return Message(
        CONTEXT,
        QT_TRANSLATE_NOOP("EngagementRule", "{count} or more interactions in 12 months"),
        {"count": at_least},
    )


def _recent(days: int) -> Message:
    return Message(
        CONTEXT,
        QT_TRANSLATE_NOOP("EngagementRule", "last contact within {days} days"),
        {"days": days},
    )


def _no_open_complaint() -> Message:
    return Message(CONTEXT, QT_TRANSLATE_NOOP("EngagementRule", "no open complaint"))


def _satisfied(percent: float) -> Message:
    return Message(
        CONTEXT,
        QT_TRANSLATE_NOOP("EngagementRule", "last satisfaction score, if any, {percent}% or more"),
        {"percent": f"{percent:g}"},
    )


def _conditions(level: EngagementLevel, facts: EngagementFacts) -> list[tuple[bool, Message]]:
    """Each condition of ``level`` with whether ``facts`` meet it, in the rule's order."""
    days = facts.days_since_contact
    score = facts.satisfaction_percent
    if level is EngagementLevel.HIGH:
        return [
            (facts.interactions >= HIGH_MIN_INTERACTIONS, _interactions(HIGH_MIN_INTERACTIONS)),
            (days is not None and days <= HIGH_MAX_DAYS, _recent(HIGH_MAX_DAYS)),
            (facts.open_complaints == 0, _no_open_complaint()),
            (score is None or score >= HIGH_MIN_SATISFACTION, _satisfied(HIGH_MIN_SATISFACTION)),
        ]
    if level is EngagementLevel.MEDIUM:
        return [
            (
                facts.interactions >= MEDIUM_MIN_INTERACTIONS,
                _interactions(MEDIUM_MIN_INTERACTIONS),
            ),
            (days is not None and days <= MEDIUM_MAX_DAYS, _recent(MEDIUM_MAX_DAYS)),
            (
                score is None or score >= MEDIUM_MIN_SATISFACTION,
                _satisfied(MEDIUM_MIN_SATISFACTION),
            ),
        ]
    if level is EngagementLevel.LOW:
        return [(facts.interactions >= LOW_MIN_INTERACTIONS, _low_condition())]
    return []


def _low_condition() -> Message:
    return Message(
        CONTEXT, QT_TRANSLATE_NOOP("EngagementRule", "at least one interaction in 12 months")
    )


_ORDER = (EngagementLevel.HIGH, EngagementLevel.MEDIUM, EngagementLevel.LOW, EngagementLevel.NONE)


def engagement(facts: EngagementFacts) -> Engagement:
    """The level ``facts`` reach by the rule, and what the next level up still needs."""
    for index, level in enumerate(_ORDER):
        if all(met for met, _ in _conditions(level, facts)):
            if index == 0:
                return Engagement(level, ())
            above = _ORDER[index - 1]
            unmet = tuple(words for met, words in _conditions(above, facts) if not met)
            return Engagement(level, unmet)
    raise AssertionError("the last level has no conditions")  # pragma: no cover


_RULE_TEXTS = {
    EngagementLevel.HIGH: QT_TRANSLATE_NOOP(
        "EngagementRule", "High: {interactions}, {recent}, {complaints}, {satisfaction}"
    ),
    EngagementLevel.MEDIUM: QT_TRANSLATE_NOOP(
        "EngagementRule", "Medium: {interactions}, {recent}, {satisfaction}"
    ),
    EngagementLevel.LOW: QT_TRANSLATE_NOOP("EngagementRule", "Low: {interactions}"),
    EngagementLevel.NONE: QT_TRANSLATE_NOOP("EngagementRule", "None: no interaction in 12 months"),
}
# The place of each condition of _conditions() in the level's line, in the same order.
_PLACES = {
    EngagementLevel.HIGH: ("interactions", "recent", "complaints", "satisfaction"),
    EngagementLevel.MEDIUM: ("interactions", "recent", "satisfaction"),
    EngagementLevel.LOW: ("interactions",),
    EngagementLevel.NONE: (),
}


def rule_line(level: EngagementLevel) -> Message:
    """The rule for ``level`` in words, one line: "High: 6 or more interactions in 12 months,
    last contact within 90 days, no open complaint, last satisfaction score, if any, 80% or
    more" (each condition a translatable message of its own)."""
    empty = EngagementFacts(0, None, 0, None)
    conditions = [words for _, words in _conditions(level, empty)]
    return Message(CONTEXT, _RULE_TEXTS[level], dict(zip(_PLACES[level], conditions, strict=True)))


def levels() -> tuple[EngagementLevel, ...]:
    """The levels from the highest down: the order the rule is checked and shown in."""
    return _ORDER
