"""``collector_paused``: the automatic garbage collector off during bulk work (issue 18), then as
it was; nested and from several threads, until the last holder leaves."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from vocdesk.io.collector import collector_paused
from vocdesk.io.sheet import Sheet, SheetRow
from vocdesk.io.table_spec import Column, TableSpec, check_sheet


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_paused_then_on_again_nested(collector_on: None) -> None:
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_on_again_after_a_failure(collector_on: None) -> None:
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("the work failed")
    assert gc.isenabled()


def test_left_off_when_it_was_off(collector_on: None) -> None:
    gc.disable()  # as the application has it (ui.garbage collects on the GUI thread)
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_two_threads_the_last_one_out_switches_it_on(collector_on: None) -> None:
    inside, leave = threading.Event(), threading.Event()

    def work() -> None:
        with collector_paused():
            inside.set()
            leave.wait(10)

    other = threading.Thread(target=work)
    other.start()
    assert inside.wait(10)
    with collector_paused():
        pass
    assert not gc.isenabled()  # the other thread's work still runs
    leave.set()
    other.join(10)
    assert gc.isenabled()


def test_checking_a_sheet_pauses_it_and_switches_it_on_again(collector_on: None) -> None:
    seen: list[bool] = []

    def parse(value: str) -> str:
        seen.append(gc.isenabled())
        return value

    spec = TableSpec("notes", (Column("note", "note", "หมายเหตุ", "Free text.", parse),))
    table = check_sheet(
        Sheet(Path("n.csv"), ["note"], [SheetRow(2, ["a"]), SheetRow(3, ["b"])]), spec
    )
    assert [row.values["note"] for row in table.rows] == ["a", "b"]
    assert seen == [False, False]
    assert gc.isenabled()
