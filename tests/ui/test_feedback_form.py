"""Quick entry of the listening log by keyboard (pytest-qt), on a real SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from vocdesk.db.models import Office, Segment, Stakeholder
from vocdesk.domain.enums import FeedbackType, LifecycleStage
from vocdesk.domain.tables import TableQuery
from vocdesk.services.database import Database, open_database
from vocdesk.services.listening.entry import ListeningEntryService
from vocdesk.services.listening.log import ListeningService
from vocdesk.services.registry.stakeholders import RegistryService
from vocdesk.ui.listening.feedback_form import FeedbackForm
from vocdesk.ui.settings import Settings


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "form.sqlite")
    with database.session_scope() as session:
        segment = session.scalar(select(Segment).where(Segment.code == "general_public"))
        session.add_all([Office(code="hq", name_th="สำนักงานใหญ่", name_en="Head office"),
                         Stakeholder(name="วิภาวรรณ รักษ์ไทย", segment_id=segment.id)])  # fmt: skip
    yield database
    database.dispose()


def _form(qtbot, db: Database, settings: Settings, **kwargs) -> FeedbackForm:
    form = FeedbackForm(ListeningEntryService(db), RegistryService(db), settings, **kwargs)
    qtbot.addWidget(form)
    form.show()
    return form


def _rows(db: Database):
    return ListeningService(db).list_feedback(TableQuery(sort_key="number"), 0, 100)


def type_text(widget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key, as a Thai keyboard does: QtTest's keyClicks
    types ASCII only, so each character goes as a key event carrying its text."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def _choose(qtbot, box, text: str) -> None:
    """Pick an item of a combo box by keyboard: focus it and type the start of its text."""
    qtbot.wait(QApplication.keyboardInputInterval() + 50)  # a pause starts a new type-ahead search
    box.setFocus()
    type_text(box, text)
    assert box.currentText().startswith(text), (box.objectName(), box.currentText())


def test_a_run_of_entries_is_typed_by_keyboard_and_each_saved_with_ctrl_enter(
    qtbot, db, tmp_path
) -> None:
    settings = Settings(tmp_path / "settings.ini")
    form = _form(qtbot, db, settings)
    _choose(qtbot, form.channel_box, "Government")
    _choose(qtbot, form.office_box, "Head")
    type_text(form.staff_edit, "สมศรี")

    for stage, kind, text in [
        ("After", "Suggestion", "ขอให้เพิ่มที่จอดรถ"),
        ("Before", "Inquiry", "สอบถามเอกสาร"),
    ]:
        _choose(qtbot, form.stage_box, stage)
        _choose(qtbot, form.type_box, kind)
        form.text_edit.setFocus()
        type_text(form.text_edit, text)
        qtbot.keyClick(form.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    rows = _rows(db)
    assert [(r.text, r.channel.en, r.office.en, r.staff) for r in rows] == [
        ("ขอให้เพิ่มที่จอดรถ", "Government hotline 1111", "Head office", "สมศรี"),
        ("สอบถามเอกสาร", "Government hotline 1111", "Head office", "สมศรี"),
    ]
    assert [(r.stage, r.type) for r in rows] == [(LifecycleStage.AFTER, FeedbackType.SUGGESTION),
                                                 (LifecycleStage.BEFORE, FeedbackType.INQUIRY)]  # fmt: skip
    assert all(r.stakeholder is None for r in rows)  # anonymous unless someone was found
    assert form.isVisible() and form.text_edit.toPlainText() == ""  # ready for the next one
    assert "No. 2" in form.message_label.text()
    # The next form, even after a restart, starts on the same channel, office and staff member.
    again = _form(qtbot, db, Settings(tmp_path / "settings.ini"))
    assert (
        again.channel_box.currentText(),
        again.office_box.currentText(),
        again.staff_edit.text(),
    ) == (form.channel_box.currentText(), "Head office", "สมศรี")


def test_enter_in_a_field_saves_and_starts_the_next_entry(qtbot, db, tmp_path) -> None:
    form = _form(qtbot, db, Settings(tmp_path / "settings.ini"))
    form.text_edit.setFocus()
    type_text(form.text_edit, "เจ้าหน้าที่สุภาพมาก")

    qtbot.keyClick(form.staff_edit, Qt.Key.Key_Return)
    type_text(form.text_edit, "ห้องน้ำสะอาด")
    qtbot.keyClick(form.type_box, Qt.Key.Key_Return)  # from a list too

    assert [r.text for r in _rows(db)] == ["เจ้าหน้าที่สุภาพมาก", "ห้องน้ำสะอาด"]
    assert form.saved_count == 2 and form.text_edit.toPlainText() == ""


def test_an_empty_entry_is_refused_in_the_form_and_nothing_is_saved(qtbot, db, tmp_path) -> None:
    form = _form(qtbot, db, Settings(tmp_path / "settings.ini"))

    qtbot.keyClick(form.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert _rows(db) == []
    assert form.message_label.text() == "Write what was heard."
    assert form.isVisible()


def test_the_stakeholder_is_found_by_typing_and_gives_the_segment(qtbot, db, tmp_path) -> None:
    form = _form(qtbot, db, Settings(tmp_path / "settings.ini"))
    type_text(form.stakeholder_search, "วิภาวรรณ")
    qtbot.keyClick(form.stakeholder_search, Qt.Key.Key_Return)  # looks up at once; does not save

    assert form.stakeholder_box.currentText().startswith("วิภาวรรณ รักษ์ไทย")
    assert "General public" in form.segment_box.itemText(0)
    assert _rows(db) == []
    type_text(form.text_edit, "ขอบคุณมาก")
    qtbot.keyClick(form.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    (row,) = _rows(db)
    assert row.stakeholder == "วิภาวรรณ รักษ์ไทย" and row.segment.th == "ประชาชนทั่วไป"


def test_an_entry_is_edited_and_the_form_closes_on_saving(qtbot, db, tmp_path) -> None:
    form = _form(qtbot, db, Settings(tmp_path / "settings.ini"))
    type_text(form.text_edit, "ที่จอดรถเต็ม")
    qtbot.keyClick(form.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    (row,) = _rows(db)

    edit = _form(qtbot, db, Settings(tmp_path / "settings.ini"), entry_id=row.id)
    assert edit.text_edit.toPlainText() == "ที่จอดรถเต็ม"
    assert (
        edit.draft() == ListeningEntryService(db).get(row.id).draft
    )  # every field shown as stored
    edit.text_edit.selectAll()
    type_text(edit.text_edit, "ที่จอดรถเต็มทุกเช้า")
    with qtbot.waitSignal(edit.accepted):
        qtbot.keyClick(edit.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert [(r.id, r.text) for r in _rows(db)] == [(row.id, "ที่จอดรถเต็มทุกเช้า")]
