"""Two VocDesk windows on one file (issue 17): the survey entry page and the double-entry page
keep the versions of the forms they showed, the case view the case's for a duplicate link, a
merge and its attachments; the later save over another window's is refused with the record's
words, nothing of it written."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from survey_entry_fixtures import FormIds, make_form  # noqa: E402

from vocdesk.domain.accounts import Principal, Role  # noqa: E402
from vocdesk.domain.enums import ComplaintStatus as S  # noqa: E402
from vocdesk.services.complaints.case_records import AttachmentFile  # noqa: E402
from vocdesk.services.complaints.cases import CaseDraft, ComplaintCasesService  # noqa: E402
from vocdesk.services.database import Database, open_database  # noqa: E402
from vocdesk.services.surveys.double_entry import DoubleEntryService  # noqa: E402
from vocdesk.services.surveys.entry import (  # noqa: E402
    EntryAnswer,
    FormDraft,
    SurveyEntryService,
)
from vocdesk.ui.complaints.case_dialog import ComplaintCaseDialog  # noqa: E402
from vocdesk.ui.errors import ERROR_BOX_NAME  # noqa: E402
from vocdesk.ui.surveys.double_entry_page import DoubleEntryPage  # noqa: E402
from vocdesk.ui.surveys.entry_page import SurveyEntryPage  # noqa: E402

DAY = date(2026, 6, 15)
CHANGED = "changed in another VocDesk window"


@pytest.fixture
def windows(tmp_path: Path) -> Iterator[tuple[Database, Database]]:
    path = tmp_path / "shared.sqlite"
    first, _ = open_database(path)
    second, _ = open_database(path)
    for db in (first, second):
        db.actor = Principal(login="somchai", role=Role.ADMINISTRATOR)
    yield first, second
    for box in QApplication.allWidgets():  # a box still up would stop the next test's own
        if isinstance(box, QMessageBox) and box.objectName() == ERROR_BOX_NAME:
            box.close()
    first.dispose()
    second.dispose()


def _error_texts(widget) -> list[str]:  # type: ignore[no-untyped-def]
    return [w.text() for w in widget.findChildren(QMessageBox) if w.objectName() == ERROR_BOX_NAME]


def _keyed_twice(db: Database) -> FormIds:
    ids = make_form(db)
    q = ids.questions["Q1.1"]
    entry = SurveyEntryService(db)
    entry.save_form(ids.survey, FormDraft("1", DAY, (EntryAnswer(q, 5),), 1))
    entry.save_form(ids.survey, FormDraft("1", DAY, (EntryAnswer(q, 4),), 2))
    return ids


def _corrected_elsewhere(db: Database, ids: FormIds, value: int) -> None:
    """The other window opens form 1 of the first keying and corrects item 1.1."""
    entry = SurveyEntryService(db)
    shown = entry.keyed_form(ids.survey, 1, "1")
    assert shown is not None
    q = ids.questions["Q1.1"]
    entry.replace_form(shown.response_id, FormDraft("1", DAY, (EntryAnswer(q, value),)),
                       version=shown.version)  # fmt: skip


def _first_keying_answer(db: Database, ids: FormIds) -> EntryAnswer | None:
    keyed = SurveyEntryService(db).keyed_form(ids.survey, 1, "1")
    assert keyed is not None
    return keyed.answer(ids.questions["Q1.1"])


def test_a_form_opened_on_the_entry_page_before_another_windows_correction_is_refused(
    qtbot: QtBot, windows: tuple[Database, Database]
) -> None:
    first, second = windows
    ids = _keyed_twice(first)
    page = SurveyEntryPage(SurveyEntryService(first))
    qtbot.addWidget(page)
    page.set_survey(ids.survey)
    page.form_number.setText("1")
    assert page.open_form()
    _corrected_elsewhere(second, ids, 3)

    page.focus_first_item()
    qtbot.keyClick(page.current_field(), "2")
    assert not page.save()

    assert CHANGED in page.message.text()
    assert page.field_for("Q1.1").text() == "2"  # what was typed stays on screen
    assert _first_keying_answer(first, ids) == EntryAnswer(ids.questions["Q1.1"], 3)
    page.form_number.setText("1")
    assert page.open_form()  # opened again, it saves
    assert page.field_for("Q1.1").text() == "3"
    page.focus_first_item()
    qtbot.keyClick(page.current_field(), "2")
    assert page.save()
    assert _first_keying_answer(second, ids) == EntryAnswer(ids.questions["Q1.1"], 2)


def test_a_resolution_on_a_comparison_older_than_another_windows_correction_is_refused(
    qtbot: QtBot, windows: tuple[Database, Database]
) -> None:
    first, second = windows
    ids = _keyed_twice(first)
    page = DoubleEntryPage(DoubleEntryService(first))
    qtbot.addWidget(page)
    page.set_survey(ids.survey)
    assert page.model.rowCount() == 1
    _corrected_elsewhere(second, ids, 3)

    page.select_row(0)
    assert not page.resolve_selected(2)

    assert CHANGED in page.message.text()
    assert _first_keying_answer(first, ids) == EntryAnswer(ids.questions["Q1.1"], 3)
    page.refresh()  # "Compare again": the fresh difference resolves
    page.select_row(0)
    assert page.resolve_selected(2)
    assert _first_keying_answer(first, ids) == EntryAnswer(ids.questions["Q1.1"], 4)


def _cases(cases: ComplaintCasesService) -> tuple[object, str]:
    def register(subject: str):  # type: ignore[no-untyped-def]
        return cases.register(CaseDraft(
            received_at=datetime(2025, 11, 3, 2, tzinfo=UTC), channel_id=cases.channels()[0].id,
            category_id=cases.categories()[0].id, subject=subject,
        ))  # fmt: skip

    duplicate, original = register("ถนนพัง"), register("ถนนพังหน้าตลาด")
    return duplicate.id, cases.case(original.id).number


@pytest.mark.parametrize("merge", [False, True], ids=["link", "merge"])
def test_a_duplicate_marked_in_a_view_opened_before_another_windows_change_is_refused(
    qtbot: QtBot, windows: tuple[Database, Database], merge: bool
) -> None:
    first, second = windows
    mine, theirs = ComplaintCasesService(first), ComplaintCasesService(second)
    case_id, original_number = _cases(mine)
    view = ComplaintCaseDialog(mine, case_id)  # type: ignore[arg-type]
    qtbot.addWidget(view)
    theirs.transition(case_id, S.IN_PROGRESS, "รับเรื่องแล้ว")  # type: ignore[arg-type]

    view.mark_duplicate(original_number, merge=merge)

    assert any(CHANGED in t for t in _error_texts(view))
    after = mine.case(case_id)  # type: ignore[arg-type]
    assert after.duplicate_of is None and after.status is S.IN_PROGRESS


def test_attaching_or_removing_in_a_view_opened_before_another_windows_change_is_refused(
    qtbot: QtBot, windows: tuple[Database, Database], tmp_path: Path
) -> None:
    first, second = windows
    mine, theirs = ComplaintCasesService(first), ComplaintCasesService(second)
    case_id, _ = _cases(mine)
    mine.add_attachment(case_id, AttachmentFile("ภาพถนน.jpg", b"\xff\xd8photo"))  # type: ignore[arg-type]
    view = ComplaintCaseDialog(mine, case_id)  # type: ignore[arg-type]
    qtbot.addWidget(view)
    theirs.assign(case_id, "กองช่าง", "somsri")  # type: ignore[arg-type]
    letter = tmp_path / "จดหมาย.pdf"
    letter.write_bytes(b"%PDF-1.4")

    view.attach(letter)
    refused = _error_texts(view)
    for box in view.findChildren(QMessageBox):
        box.close()
    page = view.attachments_page
    page.attachment_list.setCurrentRow(0)
    page.remove_file_button.click()

    assert any(CHANGED in t for t in refused)
    assert any(
        CHANGED in box.text()
        for box in view.findChildren(QMessageBox)
        if box.objectName() == ERROR_BOX_NAME and box.isVisible()
    )  # the removal's own box, the attachment's closed
    assert [a.file_name for a in mine.case(case_id).attachments] == ["ภาพถนน.jpg"]  # type: ignore[arg-type]
    view.reload()  # read again, the view attaches
    view.attach(letter)
    assert sorted(a.file_name for a in theirs.case(case_id).attachments) == [  # type: ignore[arg-type]
        "จดหมาย.pdf",
        "ภาพถนน.jpg",
    ]
