"""The double-entry check page: every difference listed with both values, the forms keyed once,
and a difference resolved by keeping the value the paper shows."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from survey_entry_fixtures import FormIds, make_form  # noqa: E402

from vocdesk.services.database import Database, open_database  # noqa: E402
from vocdesk.services.surveys.double_entry import DoubleEntryService  # noqa: E402
from vocdesk.services.surveys.entry import (  # noqa: E402
    EntryAnswer,
    FormDraft,
    SurveyEntryService,
)
from vocdesk.ui.surveys.double_entry_page import DoubleEntryPage  # noqa: E402
from vocdesk.ui.tasks import TaskRunner  # noqa: E402

DAY = date(2026, 6, 15)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "office.sqlite")
    yield database
    database.dispose()


@pytest.fixture
def form(db: Database) -> FormIds:
    ids = make_form(db)
    Q = ids.questions  # noqa: N806
    entry = SurveyEntryService(db)
    entry.save_form(
        ids.survey, FormDraft("1", DAY, (EntryAnswer(Q["Q1.1"], 5), EntryAnswer(Q["GROUP"], 1)))
    )
    entry.save_form(
        ids.survey, FormDraft("1", DAY, (EntryAnswer(Q["Q1.1"], 4), EntryAnswer(Q["GROUP"], 1)), 2)
    )
    entry.save_form(ids.survey, FormDraft("2", DAY, (EntryAnswer(Q["Q1.1"], no_opinion=True),)))
    entry.save_form(ids.survey, FormDraft("2", DAY, (), 2))
    entry.save_form(ids.survey, FormDraft("3", DAY, (EntryAnswer(Q["Q1.2"], 2),)))
    return ids


def _rows(page: DoubleEntryPage) -> list[list[str]]:
    model = page.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_differences_and_forms_keyed_once_are_listed(qtbot, qtmodeltester, db, form) -> None:
    page = DoubleEntryPage(DoubleEntryService(db))
    qtbot.addWidget(page)
    page.set_survey(form.survey)

    assert _rows(page) == [
        ["1", "1.1", "ความสะดวกในการติดต่อขอรับบริการ", "5 Very high", "4 High"],
        ["2", "1.1", "ความสะดวกในการติดต่อขอรับบริการ", "no opinion / not applicable", "— (no answer)"],
    ]
    assert "Forms keyed twice: 2 · agreeing: 0 · with differences: 2" in page.summary.text()
    assert "Keyed in the first keying only: 3" in page.once.text()
    qtmodeltester.check(page.model)
    assert not page.keep_first.isEnabled()


def test_keeping_a_value_resolves_the_difference(qtbot, db, form) -> None:
    page = DoubleEntryPage(DoubleEntryService(db))
    qtbot.addWidget(page)
    page.set_survey(form.survey)

    page.select_row(0)
    assert page.keep_second.isEnabled()
    assert page.resolve_selected(2)  # the paper says 4

    assert [row[0] for row in _rows(page)] == ["2"]
    keyed = SurveyEntryService(db).keyed_form(form.survey, 1, "1")
    assert keyed is not None and keyed.answer(form.questions["Q1.1"]) == EntryAnswer(
        form.questions["Q1.1"], 4
    )
    page.select_row(0)
    assert page.resolve_selected(1)
    assert _rows(page) == [] and "differences to resolve: 0" in page.summary.text()


def test_the_comparison_runs_off_the_gui_thread_with_tasks(qtbot, db, form) -> None:
    tasks = TaskRunner()
    page = DoubleEntryPage(DoubleEntryService(db), tasks=tasks)
    qtbot.addWidget(page)
    page.set_survey(form.survey)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    page.set_survey(None)
    assert page.model.rowCount() == 0
    tasks.wait_all(10_000)
