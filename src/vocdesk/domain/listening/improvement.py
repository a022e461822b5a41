"""Listening-plan frequencies and improvement actions: closed vocabularies and their rules.

Values are stored in the database: never rename one. Labels for the UI live in
``vocdesk.ui.labels``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error


class ListeningFrequency(StrEnum):
    """How often a planned listening method is used."""

    CONTINUOUS = "continuous"
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    HALF_YEARLY = "half_yearly"
    YEARLY = "yearly"
    AS_NEEDED = "as_needed"


class ImprovementStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


OPEN_IMPROVEMENT_STATUSES = frozenset({ImprovementStatus.PLANNED, ImprovementStatus.IN_PROGRESS})

TITLE_MAX = 300  # the column's length


@dataclass(frozen=True)
class ImprovementFields:
    """What the user typed for an action, before it is stored."""

    title: str
    reason: str = ""
    owner: str = ""
    due_on: date | None = None
    status: ImprovementStatus = ImprovementStatus.PLANNED
    outcome: str = ""
    completed_on: date | None = None

    def cleaned(self, today: date) -> ImprovementFields:
        """The fields trimmed and checked; a finished action gets today as its completion day
        when none was given. Raises ``UserError`` naming the field to fix."""
        title = self.title.strip()
        outcome = self.outcome.strip()
        status = ImprovementStatus(self.status)
        if not title:
            raise user_error(
                "ImprovementRules",
                QT_TRANSLATE_NOOP(
                    "ImprovementRules", "Say what the improvement is: the title is empty."
                ),
            )
        if len(title) > TITLE_MAX:
            raise user_error(
                "ImprovementRules",
                QT_TRANSLATE_NOOP(
                    "ImprovementRules",
                    "The title is {length} characters long; at most {limit} fit.",
                ),
                length=len(title),
                limit=TITLE_MAX,
            )
        # A closed loop needs evidence: a done action must say what came of it.
        if status is ImprovementStatus.DONE and not outcome:
            raise user_error(
                "ImprovementRules",
                QT_TRANSLATE_NOOP(
                    "ImprovementRules",
                    "A done improvement needs its outcome: write what changed for the service recipients.",
                ),
            )
        completed_on = self.completed_on
        if status is ImprovementStatus.DONE:
            completed_on = completed_on or today
        else:
            completed_on = None
        return ImprovementFields(
            title=title,
            reason=self.reason.strip(),
            owner=self.owner.strip(),
            due_on=self.due_on,
            status=status,
            outcome=outcome,
            completed_on=completed_on,
        )


def is_overdue(status: ImprovementStatus, due_on: date | None, today: date) -> bool:
    """An open action whose due day has passed."""
    return status in OPEN_IMPROVEMENT_STATUSES and due_on is not None and due_on < today
