"""A lazy table given a TaskRunner reads a new query on a worker thread: the old rows stay until
the new ones arrive, superseded queries never reach the screen, failures reach the user; without
a runner everything stays synchronous."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QMessageBox

from vocdesk.domain.messages import user_error
from vocdesk.domain.tables import TableQuery
from vocdesk.ui.errors import ERROR_BOX_NAME
from vocdesk.ui.models.lazy_table import Column, LazyTableModel
from vocdesk.ui.tasks import TaskRunner
from vocdesk.ui.widgets.searchable_table import SearchableTable

WORDS = ["ดีมาก", "ดีใจ", "บริการดี", "ช้า", "รอนาน", "สุภาพ", "ดี"]


class _WordsModel(LazyTableModel[str]):
    CONTEXT = "_WordsModel"
    COLUMNS = (Column("word", QT_TRANSLATE_NOOP("_WordsModel", "Word"), lambda r, _l: r),)
    DEFAULT_SORT = ("word", Qt.SortOrder.AscendingOrder)


class Words:
    """A word list searched like a service: counts and pages of the words containing the search.
    ``gate`` (when set) holds the count of a given search until the test opens it."""

    def __init__(self, words: list[str]) -> None:
        self.words = words
        self.asked: list[str] = []  # the searches counted, in order
        self.gates: dict[str, threading.Event] = {}
        self.fail_on: str | None = None

    def _matching(self, query: TableQuery) -> list[str]:
        return [w for w in self.words if query.search in w]

    def count(self, query: TableQuery) -> int:
        self.asked.append(query.search)
        gate = self.gates.get(query.search)
        if gate is not None:
            assert gate.wait(10), "the test never opened the gate"
        if self.fail_on is not None and query.search == self.fail_on:
            raise user_error("_WordsModel", "The word list is locked by {who}.", who="ทดสอบ")
        return len(self._matching(query))

    def fetch(self, query: TableQuery, offset: int, limit: int) -> list[str]:
        return self._matching(query)[offset : offset + limit]


@pytest.fixture
def runner(qapp: Any) -> Iterator[TaskRunner]:
    """The application's runner outlives every model; so does this one outlive the test's."""
    tasks = TaskRunner()
    yield tasks
    assert tasks.wait_all(5000)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the finished tasks


def _model(words: Words, runner: TaskRunner | None, batch_size: int = 3) -> _WordsModel:
    return _WordsModel(words.count, words.fetch, batch_size=batch_size, tasks=runner)


def test_without_a_runner_a_search_is_answered_before_set_search_returns(
    qtbot, qtmodeltester: Any
) -> None:
    words = Words(WORDS)
    model = _model(words, None)
    changes: list[bool] = []
    model.loading_changed.connect(changes.append)

    model.set_search("ดี")

    assert model.total == 4 and model.rowCount() == 3  # one batch of three, a fourth to fetch
    assert not model.loading and changes == []
    qtmodeltester.check(model)


def test_with_a_runner_the_old_rows_stay_until_the_new_ones_arrive(
    qtbot, runner: TaskRunner, qtmodeltester: Any
) -> None:
    words = Words(WORDS)
    model = _model(words, runner)
    qtbot.waitUntil(lambda: not model.loading)
    assert model.total == len(WORDS)
    qtmodeltester.check(model)
    gate = words.gates["ดี"] = threading.Event()

    model.set_search("ดี")

    assert model.loading
    assert (
        model.total == len(WORDS) and model.data(model.index(0, 0)) == "ดีมาก"
    )  # still the old rows
    assert model.rowCount() == len(WORDS)  # the model tester fetched them all
    with qtbot.waitSignal(model.total_changed, timeout=5000) as arrived:
        gate.set()
    assert arrived.args == [4]
    assert not model.loading
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == [
        "ดีมาก",
        "ดีใจ",
        "บริการดี",
    ]
    model.fetchMore(model.index(-1, -1))  # the rest of the batches stay synchronous
    assert model.rowCount() == 4
    qtmodeltester.check(model)


def test_searches_superseded_while_one_runs_are_never_shown_and_only_the_newest_runs(
    qtbot, runner: TaskRunner
) -> None:
    words = Words(WORDS)
    model = _model(words, runner, batch_size=10)
    qtbot.waitUntil(lambda: not model.loading)
    gate = words.gates["ดี"] = threading.Event()
    shown: list[int] = []
    model.total_changed.connect(shown.append)

    model.set_search("ดี")  # slow: held at the gate
    qtbot.waitUntil(lambda: "ดี" in words.asked)
    model.set_search("ช้า")  # waits for the slow one
    model.set_search("รอ")  # replaces the waiting one: "ช้า" is never read
    gate.set()
    qtbot.waitUntil(lambda: not model.loading)

    assert words.asked == ["", "ดี", "รอ"]
    assert shown == [1]  # only the newest search's rows reached the model
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == ["รอนาน"]


def test_a_result_delivered_after_a_newer_query_was_asked_is_dropped(qtbot) -> None:
    words = Words(WORDS)
    model = _model(words, None)
    older = model._first_page_job()(None)  # the rows of the unfiltered query
    older_generation = model._generation
    model.set_search("สุภาพ")

    model._show_first_page(older_generation, older)  # arrives late, out of order

    assert model.total == 1 and model.data(model.index(0, 0)) == "สุภาพ"


def test_a_failed_background_search_keeps_the_rows_and_tells_the_user(
    qtbot, runner: TaskRunner, qtmodeltester: Any
) -> None:
    words = Words(WORDS)
    table = SearchableTable(_model(words, runner))
    qtbot.addWidget(table)
    table.show()
    model = table.model
    qtbot.waitUntil(lambda: not model.loading)
    words.fail_on = "ดี"

    table.search_box.setText("ดี")
    table.apply_search()

    qtbot.waitUntil(lambda: not model.loading)
    assert model.total == len(WORDS)  # the rows of the previous query, intact
    while model.canFetchMore(model.index(-1, -1)):  # and their later batches still follow
        model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == len(WORDS)
    boxes = [b for b in table.findChildren(QMessageBox) if b.objectName() == ERROR_BOX_NAME]
    assert len(boxes) == 1 and "ทดสอบ" in boxes[0].text()
    assert table.count_label.text() == f"Rows: {len(WORDS)}"
    qtmodeltester.check(model)


def test_the_search_box_says_searching_while_the_query_runs(qtbot, runner: TaskRunner) -> None:
    words = Words(WORDS)
    table = SearchableTable(_model(words, runner))
    qtbot.addWidget(table)
    qtbot.waitUntil(lambda: not table.model.loading)
    assert table.count_label.text() == f"Rows: {len(WORDS)}"
    gate = words.gates["ดี"] = threading.Event()

    table.search_box.setText("ดี")
    table.apply_search()

    assert table.count_label.text() == "Searching…"
    gate.set()
    qtbot.waitUntil(lambda: table.count_label.text() == "Rows: 4")


def test_taking_the_runner_away_answers_at_once_and_the_running_read_ends_as_stale(
    qtbot, runner: TaskRunner
) -> None:
    words = Words(WORDS)
    model = _model(words, runner)
    qtbot.waitUntil(lambda: not model.loading)
    gate = words.gates["ดี"] = threading.Event()
    model.set_search("ดี")
    model.set_search("ช้า")  # waits for the first

    model.set_task_runner(None)
    model.set_search("สุภาพ")  # synchronous again: answered before returning

    assert model.total == 1 and model.data(model.index(0, 0)) == "สุภาพ"
    gate.set()
    qtbot.waitUntil(lambda: not model.loading)
    assert model.total == 1 and model.data(model.index(0, 0)) == "สุภาพ"
    assert "ช้า" not in words.asked
