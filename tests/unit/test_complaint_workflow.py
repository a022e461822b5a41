"""The complaint workflow: each allowed and each refused move, and reopening with a reason."""

from __future__ import annotations

import pytest

from vocdesk.domain.complaints.workflow import (
    ALLOWED_TRANSITIONS,
    FINISHED_STATUSES,
    OPEN_STATUSES,
    allowed_next,
    check_transition,
    is_open,
    pauses_clock,
    status_name,
)
from vocdesk.domain.enums import ComplaintStatus as S
from vocdesk.domain.messages import UserError

ALLOWED = [(a, b) for a in S for b in S if b in ALLOWED_TRANSITIONS[a]]
REFUSED = [(a, b) for a in S for b in S if a != b and b not in ALLOWED_TRANSITIONS[a]]


def test_every_status_has_a_row_in_the_table() -> None:
    assert set(ALLOWED_TRANSITIONS) == set(S)


@pytest.mark.parametrize(("current", "target"), ALLOWED)
def test_an_allowed_move_passes(current: S, target: S) -> None:
    check_transition(current, target, reason="the complainant says nothing changed")


@pytest.mark.parametrize(("current", "target"), REFUSED)
def test_a_move_outside_the_table_is_refused_naming_both_statuses(current: S, target: S) -> None:
    with pytest.raises(UserError) as caught:
        check_transition(current, target, reason="x")
    assert caught.value.message.context == "ComplaintWorkflow"
    params = caught.value.message.params
    assert (params["current"], params["target"]) == (status_name(current), status_name(target))
    assert params["current"].context == "ComplaintStatus"


@pytest.mark.parametrize("status", list(S))
def test_staying_in_the_same_status_is_not_a_move(status: S) -> None:
    with pytest.raises(UserError):
        check_transition(status, status)


def test_the_main_path_received_to_closed() -> None:
    path = [S.RECEIVED, S.SCREENING, S.IN_PROGRESS, S.FORWARDED, S.CO_HANDLED, S.RESOLVED, S.CLOSED]
    for current, target in zip(path, path[1:], strict=False):
        check_transition(current, target)


@pytest.mark.parametrize("status", [S.RESOLVED, S.CLOSED])
def test_reopen_needs_a_reason(status: S) -> None:
    with pytest.raises(UserError) as caught:
        check_transition(status, S.REOPENED, reason="   ")
    assert "reason" in caught.value.message.text
    check_transition(status, S.REOPENED, reason="The road is broken again")


@pytest.mark.parametrize("status", [s for s in S if s not in (S.RESOLVED, S.CLOSED)])
def test_only_resolved_or_closed_cases_reopen(status: S) -> None:
    with pytest.raises(UserError):
        check_transition(status, S.REOPENED, reason="why")


def test_rejected_and_withdrawn_are_final() -> None:
    assert allowed_next(S.REJECTED) == ()
    assert allowed_next(S.WITHDRAWN) == ()


def test_a_reopened_case_can_be_worked_and_resolved_again() -> None:
    assert S.IN_PROGRESS in allowed_next(S.REOPENED)
    assert S.RESOLVED in allowed_next(S.REOPENED)


def test_allowed_next_keeps_the_workflow_order() -> None:
    assert allowed_next(S.RECEIVED)[:2] == (S.SCREENING, S.IN_PROGRESS)


def test_open_finished_and_pausing_statuses() -> None:
    assert {S.RESOLVED, S.CLOSED, S.REJECTED, S.WITHDRAWN} == FINISHED_STATUSES
    assert set(OPEN_STATUSES) | FINISHED_STATUSES == set(S)
    assert is_open(S.REOPENED) and is_open(S.WAITING) and not is_open(S.CLOSED)
    assert pauses_clock(S.WAITING) and not pauses_clock(S.FORWARDED)
