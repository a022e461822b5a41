"""The survey design dialog: a new survey from a template, an edit saved, and the service's
refusal shown in the dialog, translated, with the question selected."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from vocdesk.db.models import SurveyAnswer, SurveyResponse
from vocdesk.domain.enums import QuestionType
from vocdesk.services.database import Database, open_database
from vocdesk.services.surveys.design import SurveyDesignService
from vocdesk.ui.surveys.design_dialog import DimensionsDialog, SurveyDesignDialog


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "vocdesk.sqlite")
    yield database
    database.dispose()


def _new_from_template(qtbot: QtBot, service: SurveyDesignService, key: str) -> uuid.UUID:
    dialog = SurveyDesignDialog(service, None)
    qtbot.addWidget(dialog)
    dialog.year_spin.setValue(2569)
    dialog.template_combo.setCurrentIndex(dialog.template_combo.findData(key))
    qtbot.mouseClick(dialog.template_button, Qt.MouseButton.LeftButton)
    assert dialog.code_edit.text() == f"{key[:3].upper()}-2569"
    assert dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = dialog.saved_id()
    assert saved is not None
    return saved


def test_a_new_survey_starts_from_a_template(qtbot: QtBot, db: Database) -> None:
    service = SurveyDesignService(db)

    survey_id = _new_from_template(qtbot, service, "satisfaction")

    record = service.read(survey_id)
    assert record.design.code == "SAT-2569" and len(record.design.questions) == 22
    assert record.design.target_percent == 85.0 and len(record.segments) == 3
    assert [c.label_th for c in record.design.questions[6].choices][-1] == "มากที่สุด"


def test_an_edit_is_saved_whole(qtbot: QtBot, db: Database) -> None:
    service = SurveyDesignService(db)
    survey_id = _new_from_template(qtbot, service, "engagement")
    dialog = SurveyDesignDialog(service, survey_id)
    qtbot.addWidget(dialog)
    editor = dialog.questions

    dialog.title_en_edit.setText("Engagement, first round")
    editor.select_question(2)
    qtbot.mouseClick(editor.down_button, Qt.MouseButton.LeftButton)  # E2.1 after E2.2
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)  # a new one after it
    editor.code_edit.setText("E9")
    editor.code_edit.textEdited.emit("E9")
    editor.text_th_edit.setText("ท่านภูมิใจที่ได้ใช้บริการ")
    editor.text_th_edit.textEdited.emit("ท่านภูมิใจที่ได้ใช้บริการ")
    editor.points_spin.setValue(7)
    assert editor.choices_table.rowCount() == 7
    assert dialog.save()

    design = service.read(survey_id).design
    assert design.title_en == "Engagement, first round"
    codes = [q.code for q in design.questions]
    assert codes[2:5] == ["E2.2", "E2.1", "E9"]
    added = design.questions[4]
    assert added.type is QuestionType.RATING and added.points == 7 and len(added.choices) == 7


def test_a_refusal_is_shown_with_the_question_selected(qtbot: QtBot, db: Database) -> None:
    service = SurveyDesignService(db)
    survey_id = _new_from_template(qtbot, service, "engagement")
    record = service.read(survey_id)
    with db.session_scope() as session:
        response = SurveyResponse(survey_id=survey_id, submitted_on=date(2026, 7, 1))
        response.answers = [SurveyAnswer(question_id=record.design.questions[3].id, value=4)]
        session.add(response)
    dialog = SurveyDesignDialog(service, survey_id)
    qtbot.addWidget(dialog)
    assert not dialog.responses_label.isHidden()
    editor = dialog.questions

    editor.select_question(3)
    editor.points_spin.setValue(4)
    assert not dialog.save()

    assert not dialog.error_area.isHidden()
    assert "Question 4 (“E2.2”), points: the survey has responses" in dialog.error_label.text()
    assert dialog.tabs.currentWidget() is editor and editor.current_index() == 3
    assert service.read(survey_id).design == record.design  # nothing written


def test_the_dimensions_catalogue_dialog_saves_a_new_dimension(qtbot: QtBot, db: Database) -> None:
    service = SurveyDesignService(db)
    dialog = DimensionsDialog(service)
    qtbot.addWidget(dialog)
    count = dialog.table.rowCount()

    dialog.add_dimension()
    for column, text in enumerate(("digital", "ด้านดิจิทัล", "Digital")):
        dialog.table.item(count, column).setText(text)  # type: ignore[union-attr]
    assert dialog.save()

    assert "digital" in {d.code for d in service.dimensions()}
