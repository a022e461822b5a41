"""The import wizard lists the file's columns it does not know and lets the user map or skip
each one knowingly (issue 14): a misspelt heading is never dropped without a word."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from vocdesk.services.database import Database, open_database
from vocdesk.services.holidays import HolidaysService
from vocdesk.services.transfer import importer_class
from vocdesk.services.transfer_columns_unmatched import (
    unmatched_columns,
    unmatched_notice,
)
from vocdesk.ui.i18n import LanguageManager, translate_message
from vocdesk.ui.tasks import TaskRunner
from vocdesk.ui.transfer.import_wizard import PAGE_CHECK, PAGE_COLUMNS, PAGE_PREVIEW, ImportWizard
from vocdesk.ui.transfer.mapping_pages import SKIP_COLUMN


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "office.sqlite")
    yield database
    database.dispose()


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.wait_all(10_000)


@pytest.fixture
def english(qapp, compiled_translations: Path) -> Iterator[None]:
    languages = LanguageManager(qapp, compiled_translations)
    languages.set_language("en")
    yield
    languages.uninstall()
    languages.deleteLater()


def _next(qtbot, wizard: ImportWizard, page_id: int) -> None:
    qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=10_000)
    wizard.next()
    assert wizard.currentId() == page_id


def test_unmatched_columns_are_listed_and_a_form_exports_own_ones_are_expected() -> None:
    spec = importer_class("holidays").spec
    headers = ["Timestamp", "date", "name", "nmae", "", "Email address"]

    unmatched = unmatched_columns(spec, headers)

    assert [(c.letter, c.heading, c.expected) for c in unmatched] == [
        ("A", "Timestamp", True),
        ("D", "nmae", False),
        ("F", "Email address", True),
    ]
    notice = unmatched_notice(unmatched)
    assert notice is not None and notice.count == 3
    assert "D “nmae”" in notice.english() and "3 columns" in notice.english()
    assert unmatched_notice([]) is None


def test_the_wizard_waits_until_each_unknown_column_is_mapped_or_skipped(
    qtbot, db, runner, english, tmp_path: Path
) -> None:
    # Given a file whose name column is misspelt, a misspelt extra column, and a form's time stamp
    source = tmp_path / "holidays.csv"
    source.write_text(
        "Timestamp,date,nmae,phnoe\n2026-01-01 10:00,2031-03-03,Makha Bucha,021234567\n", "utf-8"
    )
    wizard = ImportWizard("holidays", db, runner, path=source)
    qtbot.addWidget(wizard)
    wizard.show()
    _next(qtbot, wizard, PAGE_PREVIEW)
    _next(qtbot, wizard, PAGE_COLUMNS)
    page = wizard.columns_page

    # Then the unknown columns are listed; the time stamp is offered as skipped
    unknown = {column.heading: combo for column, combo in page.unknown}
    assert set(unknown) == {"Timestamp", "nmae", "phnoe"}
    assert unknown["Timestamp"].currentData() == SKIP_COLUMN
    assert unknown["nmae"].currentData() is None and unknown["phnoe"].currentData() is None
    assert not page.isComplete()

    # When the user says "nmae" is the name, the name's combo follows
    unknown["nmae"].setCurrentIndex(unknown["nmae"].findData("name"))
    assert page.combos["name"].currentData() == 2
    # but the page waits for a decision on "phnoe", named with its column letter
    assert not page.isComplete()
    assert "1 column of the file" in page.warning.text() and "D “phnoe”" in page.warning.text()
    unknown["phnoe"].setCurrentIndex(unknown["phnoe"].findData(SKIP_COLUMN))
    assert page.isComplete() and page.warning.text() == ""

    _next(qtbot, wizard, PAGE_CHECK)
    qtbot.waitUntil(wizard.check_page.isComplete, timeout=10_000)
    assert "1 row ready" in wizard.check_page.status.text()  # English's singular
    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        wizard.next()
    assert any(h.name == "Makha Bucha" for h in HolidaysService(db).list_holidays(2031))
    # and the done page says again which column was left out, in words
    done = wizard.done_page.notices.text()
    assert "2 columns of the file" in done and "A “Timestamp”, D “phnoe”" in done


def test_the_notice_of_skipped_columns_is_thai_with_its_single_plural_form(
    qapp, compiled_translations: Path
) -> None:
    languages = LanguageManager(qapp, compiled_translations)
    languages.set_language("th")
    try:
        spec = importer_class("holidays").spec
        notice = unmatched_notice(unmatched_columns(spec, ["date", "name", "phnoe", "x"]))
        assert notice is not None
        text = translate_message(notice)
    finally:
        languages.uninstall()
        languages.deleteLater()
    assert text.startswith("คอลัมน์ในไฟล์ 2 คอลัมน์ไม่ตรงกับคอลัมน์ใดของ VocDesk")
    assert "C “phnoe”" in text and "(s)" not in text
