"""Two VocDesk windows on one file (issue 17): the case view, the case form and the survey
design dialog keep the version they showed and pass it, so the later save over another
window's is refused in a message box, nothing of it written."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from vocdesk.domain.accounts import Principal, Role
from vocdesk.domain.enums import ComplaintStatus as S
from vocdesk.domain.enums import QuestionType, SurveyKind
from vocdesk.services.complaints.cases import CaseDraft, ComplaintCasesService
from vocdesk.services.database import Database, open_database
from vocdesk.services.surveys.design import QuestionDesign, SurveyDesign, SurveyDesignService
from vocdesk.ui.complaints.case_dialog import ComplaintCaseDialog, MoveDialog
from vocdesk.ui.errors import ERROR_BOX_NAME
from vocdesk.ui.surveys.design_dialog import SurveyDesignDialog


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


def _case(cases: ComplaintCasesService):  # type: ignore[no-untyped-def]
    return cases.register(CaseDraft(
        received_at=datetime(2025, 11, 3, 2, tzinfo=UTC), channel_id=cases.channels()[0].id,
        category_id=cases.categories()[0].id, subject="ถนนพัง",
    ))  # fmt: skip


def test_a_move_in_a_case_view_opened_before_another_windows_move_is_refused(
    qtbot: QtBot, windows: tuple[Database, Database]
) -> None:
    first, second = windows
    mine, theirs = ComplaintCasesService(first), ComplaintCasesService(second)
    case = _case(mine)
    view = ComplaintCaseDialog(mine, case.id)
    qtbot.addWidget(view)
    theirs.transition(case.id, S.IN_PROGRESS, "รับเรื่องแล้ว")  # the other window

    move = MoveDialog(mine, S.WAITING, view)
    move.note.setPlainText("รอเอกสาร")
    assert not view.move_case(S.WAITING, move)

    assert any("changed in another VocDesk window" in t for t in _error_texts(view))
    assert mine.case(case.id).status is S.IN_PROGRESS


def test_a_correction_form_opened_before_another_windows_save_is_refused(
    qtbot: QtBot, windows: tuple[Database, Database]
) -> None:
    first, second = windows
    mine, theirs = ComplaintCasesService(first), ComplaintCasesService(second)
    case = _case(mine)
    view = ComplaintCaseDialog(mine, case.id)
    qtbot.addWidget(view)
    form = view.edit_details()
    assert form is not None
    other = theirs.draft_of_case(case.id)
    theirs.update_case(case.id, dataclasses.replace(other, subject="ถนนพังเป็นหลุม"))

    form.subject.setText("ทับของคนอื่น")
    form.save()

    assert any("changed in another VocDesk window" in t for t in _error_texts(form))
    assert mine.case(case.id).subject == "ถนนพังเป็นหลุม"


def test_a_survey_design_opened_before_another_windows_save_is_refused(
    qtbot: QtBot, windows: tuple[Database, Database]
) -> None:
    first, second = windows
    mine, theirs = SurveyDesignService(first), SurveyDesignService(second)
    survey_id = mine.create(SurveyDesign(
        code="SAT-2569", title_th="แบบสำรวจ", kind=SurveyKind.SATISFACTION, fiscal_year=2569,
        questions=(QuestionDesign("Q1", "ขั้นตอนไม่ยุ่งยาก", "Simple steps", points=5,
                                  type=QuestionType.RATING),),
    )).id  # fmt: skip
    dialog = SurveyDesignDialog(mine, survey_id)
    qtbot.addWidget(dialog)
    record = theirs.read(survey_id)
    theirs.update(survey_id, dataclasses.replace(record.design, title_th="ของอีกหน้าต่าง"),
                  version=record.version)  # fmt: skip

    dialog.title_th_edit.setText("ทับ")
    assert not dialog.save()

    assert any("changed in another VocDesk window" in t for t in _error_texts(dialog))
    assert mine.read(survey_id).design.title_th == "ของอีกหน้าต่าง"
