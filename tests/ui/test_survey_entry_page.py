"""The keyboard data-entry screen, keyed like an operator keys paper forms: digits answer and
move on, 0 is "no opinion", Backspace goes back, Enter on the note saves; the forms land in
the database, and a refused form keeps its answers."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from survey_entry_fixtures import FormIds, make_form  # noqa: E402

from vocdesk.db.models import SurveyAnswer, SurveyResponse  # noqa: E402
from vocdesk.services.database import Database, open_database  # noqa: E402
from vocdesk.services.surveys.entry import EntryAnswer, SurveyEntryService  # noqa: E402
from vocdesk.ui.surveys.entry_page import AnswerField, SurveyEntryPage  # noqa: E402


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "office.sqlite")
    yield database
    database.dispose()


@pytest.fixture
def form(db: Database) -> FormIds:
    return make_form(db)


@pytest.fixture
def page(qtbot, db: Database, form: FormIds) -> SurveyEntryPage:
    widget = SurveyEntryPage(SurveyEntryService(db))
    qtbot.addWidget(widget)
    widget.set_survey(form.survey)
    widget.show()
    widget.date_edit.setDate(date(2026, 6, 15))
    return widget


def _key(qtbot, page: SurveyEntryPage, *keys: str | Qt.Key) -> None:
    """Each key to the field the page is on now, as the keyboard would send it."""
    for key in keys:
        qtbot.keyClick(page.current_field(), key)


def _stored(db: Database) -> dict[str, dict[str, list[object]]]:
    codes: dict[object, str] = {}
    found: dict[str, dict[str, list[object]]] = {}
    with db.session_scope() as session:
        from vocdesk.db.models import SurveyQuestion

        codes = {q.id: q.code for q in session.scalars(select(SurveyQuestion))}
        for number, entry_pass, answer in session.execute(
            select(SurveyResponse.form_number, SurveyResponse.entry_pass, SurveyAnswer)
            .join(SurveyAnswer, SurveyAnswer.response_id == SurveyResponse.id)
            .order_by(SurveyAnswer.seq)
        ):
            shown: object = "-" if answer.no_opinion else (
                answer.value if answer.value is not None
                else answer.number if answer.number is not None else answer.text
            )  # fmt: skip
            found.setdefault(f"{entry_pass}/{number}", {}).setdefault(
                codes[answer.question_id], []
            ).append(shown)
    return found


def test_digits_answer_and_move_on_and_enter_on_the_note_saves(qtbot, page, db, form) -> None:
    assert page.form_number.text() == "1"
    _key(qtbot, page, Qt.Key.Key_Return)  # the suggested number is right: on to item 1.1
    _key(qtbot, page, "5", "4", "0")  # 1.1 = 5, 1.2 = 4, 1.3 = no opinion
    _key(qtbot, page, "2")  # 2.1: the second group
    qtbot.keyClicks(page.current_field(), "13")  # 2.2: channels 1 and 3 ticked
    _key(qtbot, page, Qt.Key.Key_Return)
    qtbot.keyClicks(page.current_field(), "12")  # 2.3: a number
    _key(qtbot, page, Qt.Key.Key_Return)
    page.current_field().insert("ห้องน้ำ")  # 3: a text (QTest types ASCII only)
    _key(qtbot, page, Qt.Key.Key_Return)
    assert page.current_field() is page.note
    with qtbot.waitSignal(page.saved) as saved:
        _key(qtbot, page, Qt.Key.Key_Return)

    assert saved.args == ["1"]
    assert _stored(db) == {"1/1": {"Q1.1": [5], "Q1.2": [4], "Q1.3": ["-"], "GROUP": [2],
                                   "CHANNEL": [1, 3], "VISITS": [12.0], "SUGGEST": ["ห้องน้ำ"]}}  # fmt: skip
    with db.session_scope() as session:
        response = session.scalars(select(SurveyResponse)).one()
        assert response.submitted_on == date(2026, 6, 15) and response.segment_id == form.business
    # Cleared for the next form, which gets the next number; the count runs.
    assert page.answers() == () and page.form_number.text() == "2"
    assert (
        "Form 1 saved." in page.status.text()
        and "Forms keyed in this pass: 1" in page.status.text()
    )


def test_backspace_clears_then_goes_back_and_wrong_keys_are_ignored(qtbot, page, form) -> None:
    page.focus_first_item()
    _key(qtbot, page, "7")  # not on a 5-point scale: nothing happens
    assert page.answers() == () and page.current_field() is page.field_for("Q1.1")
    _key(qtbot, page, "3", "2")
    assert page.current_field() is page.field_for("Q1.3")
    _key(qtbot, page, Qt.Key.Key_Backspace)  # 1.3 is empty: back to 1.2
    assert page.current_field() is page.field_for("Q1.2")
    _key(qtbot, page, Qt.Key.Key_Backspace)  # 1.2 answered: cleared, stays
    assert page.current_field() is page.field_for("Q1.2")
    _key(qtbot, page, "0")  # 1.2 offers no "no opinion": refused, stays empty
    assert page.current_field() is page.field_for("Q1.2")
    _key(qtbot, page, "5")
    ids = form.questions
    assert page.answers() == (EntryAnswer(ids["Q1.1"], 3), EntryAnswer(ids["Q1.2"], 5))


def test_a_refused_form_keeps_its_answers(qtbot, page, db, form) -> None:
    page.focus_first_item()
    _key(qtbot, page, "4", "4")
    assert page.save()
    page.form_number.setText("1")  # the number just keyed, typed again by mistake
    page.focus_first_item()
    _key(qtbot, page, "2", "3")

    assert not page.save()

    assert "Form 1 has already been keyed in pass 1" in page.message.text()
    ids = form.questions
    assert page.answers() == (EntryAnswer(ids["Q1.1"], 2), EntryAnswer(ids["Q1.2"], 3))
    page.form_number.setText("2")
    assert page.save()
    assert set(_stored(db)) == {"1/1", "1/2"}


def test_the_second_keying_and_correcting_a_form(qtbot, page, db, form) -> None:
    page.focus_first_item()
    _key(qtbot, page, "5", "5")
    page.save()
    page.pass_box.setCurrentIndex(1)  # second keying: led to the forms of the first
    assert page.entry_pass() == 2 and page.form_number.text() == "1"
    assert "Forms keyed in this pass: 0" in page.status.text()
    page.focus_first_item()
    _key(qtbot, page, "5", "4")
    assert page.save()

    page.form_number.setText("1")
    assert page.open_form()  # the second keying's form 1, to correct it
    assert isinstance(page.field_for("Q1.2"), AnswerField)
    assert page.field_for("Q1.2").text() == "4"
    page.field_for("Q1.2").setFocus()
    page.focus_first_item()
    _key(qtbot, page, "5", "5")
    assert page.save()

    assert _stored(db) == {"1/1": {"Q1.1": [5], "Q1.2": [5]}, "2/1": {"Q1.1": [5], "Q1.2": [5]}}


def test_ctrl_s_saves_from_any_field(qtbot, page, db) -> None:
    page.focus_first_item()
    _key(qtbot, page, "1")
    page.activateWindow()
    qtbot.waitUntil(lambda: page.isActiveWindow(), timeout=5_000)
    page.current_field().setFocus()
    with qtbot.waitSignal(page.saved):
        qtbot.keyClick(page.current_field(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "1/1" in _stored(db)


def test_no_survey_disables_the_page(qtbot, page) -> None:
    page.set_survey(None)
    assert not page.isEnabled() and page.fields() == [page.note]


def test_importance_pairs_and_a_typed_score(qtbot, db: Database) -> None:
    from vocdesk.db.models import Survey, SurveyQuestion
    from vocdesk.domain.enums import QuestionType, SurveyKind

    with db.session_scope() as session:
        survey = Survey(code="ENG-2569", title_th="ความผูกพัน", kind=SurveyKind.ENGAGEMENT,
                        fiscal_year=2569, questions=[
            SurveyQuestion(position=1, code="I1", number="1", text_th="ความรวดเร็ว",
                           type=QuestionType.IMPORTANCE, points=5),
            SurveyQuestion(position=2, code="NPS", number="2", text_th="จะแนะนำผู้อื่นหรือไม่",
                           type=QuestionType.NPS, offers_no_opinion=True),
        ])  # fmt: skip
        session.add(survey)
        session.flush()
        survey_id, ids = survey.id, {q.code: q.id for q in survey.questions}
    page = SurveyEntryPage(SurveyEntryService(db))
    qtbot.addWidget(page)
    page.set_survey(survey_id)
    page.focus_first_item()

    _key(qtbot, page, "4", "3")  # importance 4, then satisfaction 3
    qtbot.keyClicks(page.current_field(), "10")  # 0-10 is typed: "1" alone could be 1 or 10
    _key(qtbot, page, Qt.Key.Key_Return)

    assert page.answers() == (EntryAnswer(ids["I1"], 3, 4), EntryAnswer(ids["NPS"], 10))
    page.field_for("NPS").setText("11")
    page.field_for("NPS").setFocus()
    assert not page.save()  # 11 is no score: refused, said, kept
    assert "Item 2 takes 0–10" in page.message.text()
    page.field_for("NPS").setText("-")
    assert page.save()
    keyed = SurveyEntryService(db).keyed_form(survey_id, 1, "1")
    assert keyed is not None
    assert keyed.answers == (EntryAnswer(ids["I1"], 3, 4), EntryAnswer(ids["NPS"], no_opinion=True))
