"""The import wizard driven like a user would, on real files and a real temporary database:
file → preview → columns → (values) → check → import; nothing written while a problem remains."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWizard

from vocdesk.services.database import Database, open_database
from vocdesk.services.holidays import HolidaysService
from vocdesk.services.transfer import (
    IMPORTERS,
    available_kinds,
    exporter_for,
)
from vocdesk.ui.i18n import LanguageManager
from vocdesk.ui.tasks import TaskRunner
from vocdesk.ui.transfer.import_wizard import (
    NOT_IN_FILE,
    PAGE_CHECK,
    PAGE_COLUMNS,
    PAGE_DONE,
    PAGE_PREVIEW,
    ImportWizard,
)
from vocdesk.ui.transfer.mapping_pages import SKIP_COLUMN


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "office.sqlite")
    yield database
    database.dispose()


@pytest.fixture(autouse=True)
def english(qapp, compiled_translations: Path) -> Iterator[None]:
    """English as the window has it: with its plural forms ("1 row", "2 rows")."""
    languages = LanguageManager(qapp, compiled_translations)
    languages.set_language("en")
    yield
    languages.uninstall()
    languages.deleteLater()


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.wait_all(10_000)


def _holiday_count(db: Database) -> int:
    connection = sqlite3.connect(db.path)
    try:
        return connection.execute("SELECT count(*) FROM holiday").fetchone()[0]
    finally:
        connection.close()


def _next(qtbot, wizard: ImportWizard, page_id: int) -> None:
    qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=10_000)
    wizard.next()
    assert wizard.currentId() == page_id


def _wizard(qtbot, kind: str, db: Database, runner: TaskRunner, path: Path) -> ImportWizard:
    wizard = ImportWizard(kind, db, runner, path=path)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_a_good_thai_file_goes_through_every_step_and_is_imported(
    qtbot, db, runner, tmp_path: Path
) -> None:
    source = tmp_path / "วันหยุด.csv"
    source.write_bytes(
        "หมายเหตุ,ชื่อวันหยุด,วันที่\r\nจันทรคติ,วันมาฆบูชา,03/03/2574\r\n,วันวิสาขบูชา,2031-05-31\r\n".encode(
            "cp874"
        )
    )
    before = _holiday_count(db)
    wizard = _wizard(qtbot, "holidays", db, runner, source)

    _next(qtbot, wizard, PAGE_PREVIEW)
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10_000)
    preview = wizard.preview_page.table
    assert preview.rowCount() == 2 and preview.columnCount() == 3
    assert preview.horizontalHeaderItem(1).text() == "B: ชื่อวันหยุด"
    assert preview.item(0, 1).text() == "วันมาฆบูชา"

    _next(qtbot, wizard, PAGE_COLUMNS)  # holidays have no closed vocabulary: no values page
    assert wizard.columns_page.combos["day"].currentData() == 2  # recognised from the Thai heading
    assert wizard.columns_page.combos["name"].currentData() == 1
    # The note column is no column of VocDesk's: listed, and skipped only when the user says so
    [(note, choice)] = wizard.columns_page.unknown
    assert (note.letter, note.heading) == ("A", "หมายเหตุ")
    assert not wizard.columns_page.isComplete()
    choice.setCurrentIndex(choice.findData(SKIP_COLUMN))

    _next(qtbot, wizard, PAGE_CHECK)
    qtbot.waitUntil(wizard.check_page.isComplete, timeout=10_000)
    assert "2 rows ready" in wizard.check_page.status.text()
    assert _holiday_count(db) == before  # nothing is written before the last step

    with qtbot.waitSignal(wizard.imported, timeout=10_000) as imported:
        wizard.next()
    assert wizard.currentId() == PAGE_DONE
    assert (imported.args[0].added, imported.args[0].updated) == (2, 0)
    assert "2 added, 0 updated" in wizard.done_page.status.text()
    assert _holiday_count(db) == before + 2
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_a_file_with_problems_lists_them_and_cannot_be_imported(
    qtbot, db, runner, tmp_path: Path
) -> None:
    source = tmp_path / "holidays.csv"
    source.write_text(
        "date,name\n2031-03-03,ok\n31/02/2574,bad\n2031-03-03,again\n2031-04-04,\n",
        encoding="utf-8",
    )
    before = _holiday_count(db)
    wizard = _wizard(qtbot, "holidays", db, runner, source)
    _next(qtbot, wizard, PAGE_PREVIEW)
    _next(qtbot, wizard, PAGE_COLUMNS)
    wizard.next()

    qtbot.waitUntil(lambda: "problems" in wizard.check_page.status.text(), timeout=10_000)
    assert wizard.check_page.problem_rows() == [
        ("3", "A", "“31/02/2574” is not a valid date: check the day and month."),
        ("5", "B", "“name” is required."),
    ]
    assert not wizard.check_page.isComplete()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()

    saved = tmp_path / "problems.csv"
    wizard.check_page.save_problems(saved)
    assert saved.read_text(encoding="utf-8-sig").splitlines()[:2] == ["Row,Column,Problem",
                                                                      "3,A,“31/02/2574” is not a valid date: check the day and month."]  # fmt: skip
    wizard.check_page.copy_problems()
    assert "5\tB\t“name” is required." in QApplication.clipboard().text()
    assert _holiday_count(db) == before


def test_the_user_maps_a_column_whose_heading_is_not_recognised(
    qtbot, db, runner, tmp_path: Path
) -> None:
    source = tmp_path / "holidays.csv"
    source.write_text("when,what\n2031-03-03,Makha Bucha\n", encoding="utf-8")
    wizard = _wizard(qtbot, "holidays", db, runner, source)
    _next(qtbot, wizard, PAGE_PREVIEW)
    _next(qtbot, wizard, PAGE_COLUMNS)
    page = wizard.columns_page
    assert page.combos["day"].currentData() == NOT_IN_FILE
    assert not page.isComplete() and "date" in page.warning.text()

    page.combos["day"].setCurrentIndex(page.combos["day"].findData(0))
    page.combos["name"].setCurrentIndex(page.combos["name"].findData(0))
    assert not page.isComplete()  # one file column for two columns
    page.combos["name"].setCurrentIndex(page.combos["name"].findData(1))
    assert page.isComplete()

    _next(qtbot, wizard, PAGE_CHECK)
    qtbot.waitUntil(wizard.check_page.isComplete, timeout=10_000)
    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        wizard.next()
    assert any(h.name == "Makha Bucha" for h in HolidaysService(db).list_holidays(2031))


def test_an_unreadable_file_is_explained_on_the_preview_page(
    qtbot, db, runner, tmp_path: Path
) -> None:
    source = tmp_path / "holidays.csv"
    source.write_bytes("date,name\n2031-03-03,ปีใหม่\n".encode("utf-16"))
    wizard = _wizard(qtbot, "holidays", db, runner, source)
    wizard.next()

    qtbot.waitUntil(lambda: "neither UTF-8" in wizard.preview_page.status.text(), timeout=10_000)
    assert not wizard.preview_page.isComplete()


def test_choosing_another_file_after_going_back_reads_it_again(
    qtbot, db, runner, tmp_path: Path
) -> None:
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    first.write_text("date,name\n2031-03-03,a\n", encoding="utf-8")
    second.write_text("date,name\n2031-03-03,b\n2031-03-04,c\n", encoding="utf-8")
    wizard = _wizard(qtbot, "holidays", db, runner, first)
    _next(qtbot, wizard, PAGE_PREVIEW)
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10_000)
    wizard.back()
    wizard.file_page.path_edit.setText(str(second))
    wizard.next()

    qtbot.waitUntil(lambda: wizard.preview_page.table.rowCount() == 2, timeout=10_000)
    assert wizard.sheet is not None and len(wizard.sheet) == 2


@pytest.mark.parametrize("kind", [k for k in available_kinds(IMPORTERS) if k != "holidays"])
def test_each_kind_present_imports_its_own_export_through_the_wizard(
    qtbot, runner, tmp_path: Path, kind: str
) -> None:
    from datetime import date

    from vocdesk.services.demo import generate_demo

    db, _ = open_database(tmp_path / "demo.sqlite")
    try:
        generate_demo(db, scale=1, seed=7, today=date(2026, 11, 28))
        exported = tmp_path / f"{kind}.csv"
        count = exporter_for(kind, db, unmasked=True).export(exported)
        wizard = _wizard(qtbot, kind, db, runner, exported)
        _next(qtbot, wizard, PAGE_PREVIEW)
        _next(qtbot, wizard, PAGE_COLUMNS)
        assert all(c.currentData() != NOT_IN_FILE for c in wizard.columns_page.combos.values())
        while wizard.currentId() != PAGE_CHECK:
            _next(qtbot, wizard, wizard.currentPage().nextId())
        qtbot.waitUntil(lambda: wizard.checked is not None, timeout=60_000)
        assert wizard.checked.ok, wizard.check_page.problem_rows()[:5]
        with qtbot.waitSignal(wizard.imported, timeout=120_000) as imported:
            wizard.next()
        assert (imported.args[0].added, imported.args[0].updated) == (0, count)
    finally:
        runner.wait_all(60_000)
        db.dispose()


@pytest.mark.skipif(
    "complaints" not in available_kinds(IMPORTERS), reason="the complaints import is not here yet"
)
def test_a_platforms_own_status_words_are_mapped_on_the_values_page(
    qtbot, db, runner, tmp_path: Path
) -> None:
    from vocdesk.ui.transfer.import_wizard import PAGE_VALUES

    source = tmp_path / "platform.csv"
    source.write_text("เลขที่เรื่อง,วันที่รับเรื่อง,เรื่อง,สถานะ\n"
                      "T-1,2026-10-03T02:15:00Z,ไฟดับ,รอรับเรื่อง\n"
                      "T-2,2026-10-04T08:40:00+07,น้ำไม่ไหล,เสร็จสิ้น\n"
                      "T-3,2026-10-05T08:40:00+07,ถนนพัง,เสร็จสิ้น\n", encoding="utf-8-sig")  # fmt: skip
    wizard = _wizard(qtbot, "complaints", db, runner, source)
    _next(qtbot, wizard, PAGE_PREVIEW)
    _next(qtbot, wizard, PAGE_COLUMNS)
    _next(qtbot, wizard, PAGE_VALUES)
    qtbot.waitUntil(wizard.values_page.isComplete, timeout=10_000)
    combos = wizard.values_page.combos
    assert sorted(text for _key, text in combos) == ["รอรับเรื่อง", "เสร็จสิ้น"]  # each word once

    # Leaving one word unmapped: the check lists its row, and nothing can be imported.
    combos[("status", "เสร็จสิ้น")].setCurrentIndex(combos[("status", "เสร็จสิ้น")].findData("resolved"))
    _next(qtbot, wizard, PAGE_CHECK)
    qtbot.waitUntil(lambda: wizard.checked is not None, timeout=10_000)
    assert [row[:2] for row in wizard.check_page.problem_rows()] == [("2", "D")]

    wizard.back()
    assert wizard.currentId() == PAGE_VALUES
    combos = wizard.values_page.combos
    qtbot.waitUntil(wizard.values_page.isComplete, timeout=10_000)
    combos = wizard.values_page.combos
    assert combos[("status", "เสร็จสิ้น")].currentData() == "resolved"  # the choice is kept
    combos[("status", "รอรับเรื่อง")].setCurrentIndex(
        combos[("status", "รอรับเรื่อง")].findData("received")
    )
    _next(qtbot, wizard, PAGE_CHECK)
    qtbot.waitUntil(wizard.check_page.isComplete, timeout=10_000)
    with qtbot.waitSignal(wizard.imported, timeout=20_000) as imported:
        wizard.next()
    assert imported.args[0].added == 3
    connection = sqlite3.connect(db.path)
    try:
        statuses = sorted(row[0] for row in connection.execute("SELECT status FROM complaint"))
    finally:
        connection.close()
    assert statuses == ["received", "resolved", "resolved"]


def test_thousands_of_problems_are_listed_in_part_and_saved_in_full(
    qtbot, db, runner, tmp_path: Path
) -> None:
    from vocdesk.ui.transfer.import_wizard import MAX_SHOWN_PROBLEMS

    source = tmp_path / "holidays.csv"
    source.write_text(
        "date,name\n" + "".join(f"day {i},x\n" for i in range(MAX_SHOWN_PROBLEMS + 500)),
        encoding="utf-8",
    )
    wizard = _wizard(qtbot, "holidays", db, runner, source)
    _next(qtbot, wizard, PAGE_PREVIEW)
    _next(qtbot, wizard, PAGE_COLUMNS)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.checked is not None, timeout=20_000)

    assert wizard.check_page.problems.rowCount() == MAX_SHOWN_PROBLEMS
    assert f"The first {MAX_SHOWN_PROBLEMS} are listed" in wizard.check_page.status.text()
    saved = tmp_path / "problems.csv"
    wizard.check_page.save_problems(saved)
    assert len(saved.read_text(encoding="utf-8-sig").splitlines()) == 1 + MAX_SHOWN_PROBLEMS + 500


def test_a_wizard_deleted_while_its_file_is_read_is_not_called_back(
    qtbot, db, runner, tmp_path: Path
) -> None:
    from shiboken6 import isValid

    source = tmp_path / "holidays.csv"
    source.write_text(
        "date,name\n" + "".join(f"2031-01-{d:02d},x\n" for d in range(1, 29)), encoding="utf-8"
    )
    wizard = ImportWizard("holidays", db, runner, path=source)
    wizard.show()
    wizard.next()  # the file is read in the background
    wizard.reject()
    wizard.deleteLater()
    qtbot.waitUntil(lambda: not isValid(wizard), timeout=5_000)

    runner.wait_all(10_000)  # the read ends and its result finds no page: no error
