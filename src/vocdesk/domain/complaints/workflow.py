"""The status workflow of a complaint case: which moves are allowed, which statuses are open,
finished or pause the service-standard clock.

received → screening → in progress, or forwarded to another agency, or co-handled with one →
resolved (the result notified to the complainant) → closed. A case may also be rejected (not
relevant) or withdrawn by the complainant. A resolved or closed case can be reopened, with a
reason; the reopen is counted (``Complaint.reopen_count``). While waiting for the complainant or
another agency (``WAITING``) the clock stops: those days do not count against the standard.

The importer (import of complaint platforms' exports) uses ``FINISHED_STATUSES`` and
``PAUSING_STATUSES`` too, so a history read from a file is judged by the same rules.
"""

from __future__ import annotations

from collections.abc import Mapping

from vocdesk.domain.enums import ComplaintStatus as S
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, Message, user_error

CONTEXT = "ComplaintWorkflow"

# A case is finished once the complainant was told the result or the case ended otherwise.
FINISHED_STATUSES: frozenset[S] = frozenset({S.RESOLVED, S.CLOSED, S.REJECTED, S.WITHDRAWN})
OPEN_STATUSES: tuple[S, ...] = tuple(s for s in S if s not in FINISHED_STATUSES)
# The clock stops while the case waits on the complainant or another agency.
PAUSING_STATUSES: frozenset[S] = frozenset({S.WAITING})
# Reopening is allowed only from these, and always needs a reason.
REOPENABLE_STATUSES: frozenset[S] = frozenset({S.RESOLVED, S.CLOSED})

_WORKING = (S.SCREENING, S.IN_PROGRESS, S.FORWARDED, S.CO_HANDLED, S.WAITING, S.RESOLVED)

ALLOWED_TRANSITIONS: Mapping[S, frozenset[S]] = {
    S.RECEIVED: frozenset({S.SCREENING, S.IN_PROGRESS, S.FORWARDED, S.CO_HANDLED, S.WAITING,
                           S.REJECTED, S.WITHDRAWN}),
    S.SCREENING: frozenset({S.IN_PROGRESS, S.FORWARDED, S.CO_HANDLED, S.WAITING, S.REJECTED,
                            S.WITHDRAWN}),
    S.IN_PROGRESS: frozenset({S.FORWARDED, S.CO_HANDLED, S.WAITING, S.RESOLVED, S.WITHDRAWN}),
    S.FORWARDED: frozenset({S.IN_PROGRESS, S.CO_HANDLED, S.WAITING, S.RESOLVED, S.WITHDRAWN}),
    S.CO_HANDLED: frozenset({S.IN_PROGRESS, S.FORWARDED, S.WAITING, S.RESOLVED, S.WITHDRAWN}),
    # Waiting ends when the missing information arrives (back to work) or the complainant
    # gives up; resolving straight from waiting is not allowed: work must resume first.
    S.WAITING: frozenset({S.SCREENING, S.IN_PROGRESS, S.FORWARDED, S.CO_HANDLED, S.WITHDRAWN}),
    S.RESOLVED: frozenset({S.CLOSED, S.REOPENED}),
    S.CLOSED: frozenset({S.REOPENED}),
    S.REJECTED: frozenset(),
    S.WITHDRAWN: frozenset(),
    S.REOPENED: frozenset({*_WORKING, S.WITHDRAWN}),
}  # fmt: skip


# The statuses' names for messages, in the same translation context and words as the UI's
# labels (vocdesk.ui.labels), so one translation serves both.
_STATUS_NAMES: Mapping[S, str] = {
    S.RECEIVED: QT_TRANSLATE_NOOP("ComplaintStatus", "Received"),
    S.SCREENING: QT_TRANSLATE_NOOP("ComplaintStatus", "Screening"),
    S.IN_PROGRESS: QT_TRANSLATE_NOOP("ComplaintStatus", "In progress"),
    S.FORWARDED: QT_TRANSLATE_NOOP("ComplaintStatus", "Forwarded"),
    S.CO_HANDLED: QT_TRANSLATE_NOOP("ComplaintStatus", "Co-handled"),
    S.WAITING: QT_TRANSLATE_NOOP("ComplaintStatus", "Waiting for the complainant"),
    S.RESOLVED: QT_TRANSLATE_NOOP("ComplaintStatus", "Resolved, result notified"),
    S.CLOSED: QT_TRANSLATE_NOOP("ComplaintStatus", "Closed"),
    S.REJECTED: QT_TRANSLATE_NOOP("ComplaintStatus", "Rejected / not relevant"),
    S.WITHDRAWN: QT_TRANSLATE_NOOP("ComplaintStatus", "Withdrawn"),
    S.REOPENED: QT_TRANSLATE_NOOP("ComplaintStatus", "Reopened"),
}


def status_name(status: S) -> Message:
    """A status's name as a translatable message parameter."""
    return Message("ComplaintStatus", _STATUS_NAMES[S(status)])


def allowed_next(current: S) -> tuple[S, ...]:
    """The statuses a case in ``current`` may move to, in the workflow's declared order."""
    targets = ALLOWED_TRANSITIONS[S(current)]
    return tuple(s for s in S if s in targets)


def can_transition(current: S, target: S) -> bool:
    return S(target) in ALLOWED_TRANSITIONS[S(current)]


def check_transition(current: S, target: S, reason: str = "") -> None:
    """Refuse a move the workflow does not allow, or a reopen without a reason.

    Raises ``UserError`` (context ``ComplaintWorkflow``) naming both statuses (as translatable
    ``Message`` parameters).
    """
    current, target = S(current), S(target)
    if current == target:
        raise user_error(
            CONTEXT,
            QT_TRANSLATE_NOOP("ComplaintWorkflow", "The case is already in status {status}."),
            status=status_name(current),
        )
    if not can_transition(current, target):
        raise user_error(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "ComplaintWorkflow", "A case in status {current} cannot move to {target}."
            ),
            current=status_name(current),
            target=status_name(target),
        )
    if target is S.REOPENED and not reason.strip():
        raise user_error(
            CONTEXT,
            QT_TRANSLATE_NOOP("ComplaintWorkflow", "Give the reason for reopening the case."),
        )


def is_open(status: S) -> bool:
    return S(status) not in FINISHED_STATUSES


def pauses_clock(status: S) -> bool:
    return S(status) in PAUSING_STATUSES
