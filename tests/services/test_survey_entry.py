"""Keying paper forms: the layout, saving, refusing a form number twice, the running count."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from survey_entry_fixtures import make_form

from vocdesk.db.models import SurveyAnswer, SurveyResponse
from vocdesk.domain.enums import QuestionType
from vocdesk.domain.messages import UserError
from vocdesk.services.database import Database
from vocdesk.services.surveys.entry import (
    EntryAnswer,
    FormDraft,
    SurveyEntryService,
    following_number,
)

DAY = date(2026, 6, 15)


def test_the_layout_follows_the_paper_form(empty_db: Database) -> None:
    ids = make_form(empty_db)

    form = SurveyEntryService(empty_db).form_layout(ids.survey)

    assert [q.number for q in form.questions] == ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3"]
    first = form.questions[0]
    assert first.type is QuestionType.RATING and first.points == 5 and first.offers_no_opinion
    assert first.scale == (1, 5) and [c.label_th for c in first.choices][-1] == "มากที่สุด"
    assert form.questions[2].scale == (1, 4)
    assert form.questions[3].choices[1].segment_id == ids.business


def test_a_saved_form_keeps_every_answer_and_its_segment(empty_db: Database) -> None:
    ids = make_form(empty_db)
    entry = SurveyEntryService(empty_db)
    Q = ids.questions  # noqa: N806

    response_id = entry.save_form(ids.survey, FormDraft("0001", DAY, (
        EntryAnswer(Q["Q1.1"], no_opinion=True), EntryAnswer(Q["Q1.2"], 4),
        EntryAnswer(Q["GROUP"], 2), EntryAnswer(Q["CHANNEL"], choices=(3, 1)),
        EntryAnswer(Q["VISITS"], number=3.0), EntryAnswer(Q["SUGGEST"], text="ที่จอดรถน้อย"),
    ), comment="ลายมืออ่านยาก"))  # fmt: skip

    with empty_db.session_scope() as session:
        response = session.get(SurveyResponse, response_id)
        assert response is not None
        assert (response.form_number, response.entry_pass, response.submitted_on) == (
            "0001",
            1,
            DAY,
        )
        assert response.segment_id == ids.business and response.comment == "ลายมืออ่านยาก"
        rows = {(a.question_id, a.seq): a for a in session.scalars(select(SurveyAnswer))}
        assert rows[(Q["Q1.1"], 0)].no_opinion and rows[(Q["Q1.1"], 0)].value is None
        assert rows[(Q["Q1.2"], 0)].value == 4
        assert (Q["Q1.3"], 0) not in rows  # left empty: no row, no answer
        assert [rows[(Q["CHANNEL"], s)].value for s in (0, 1)] == [1, 3]
        assert rows[(Q["VISITS"], 0)].number == 3.0
        assert rows[(Q["SUGGEST"], 0)].text == "ที่จอดรถน้อย"
    keyed = entry.keyed_form(ids.survey, 1, "0001")
    assert keyed is not None and keyed.answer(Q["CHANNEL"]) == EntryAnswer(
        Q["CHANNEL"], choices=(1, 3)
    )
    assert keyed.answer(Q["Q1.1"]) == EntryAnswer(Q["Q1.1"], no_opinion=True)


def test_a_form_number_is_keyed_once_per_pass(empty_db: Database) -> None:
    ids = make_form(empty_db)
    entry = SurveyEntryService(empty_db)
    Q = ids.questions  # noqa: N806
    entry.save_form(ids.survey, FormDraft("12", DAY, (EntryAnswer(Q["Q1.2"], 5),)))

    with pytest.raises(UserError, match="Form 12 has already been keyed in pass 1"):
        entry.save_form(ids.survey, FormDraft(" 12 ", DAY, (EntryAnswer(Q["Q1.2"], 3),)))
    entry.save_form(ids.survey, FormDraft("12", DAY, (EntryAnswer(Q["Q1.2"], 3),), entry_pass=2))

    with empty_db.session_scope() as session:
        assert session.query(SurveyResponse).count() == 2


@pytest.mark.parametrize(
    ("code", "value", "message"),
    [
        ("Q1.2", 6, "Item 1.2 has no answer 6"),
        ("Q1.3", 5, "Item 1.3 has no answer 5"),  # a 4-point item
        ("Q1.2", None, "Item 1.2 has no “no opinion”"),  # None: "no opinion"
        ("GROUP", 3, "Item 2.1 has no answer 3"),
    ],
)
def test_an_answer_that_does_not_fit_refuses_the_whole_form(
    empty_db: Database, code: str, value: int | None, message: str
) -> None:
    ids = make_form(empty_db)
    Q = ids.questions  # noqa: N806
    wrong = EntryAnswer(Q[code], value, no_opinion=value is None)
    with pytest.raises(UserError, match=message):
        SurveyEntryService(empty_db).save_form(
            ids.survey, FormDraft("1", DAY, (EntryAnswer(Q["Q1.1"], 5), wrong))
        )
    with empty_db.session_scope() as session:
        assert session.query(SurveyResponse).count() == 0
        assert session.query(SurveyAnswer).count() == 0


def test_an_empty_form_number_is_refused(empty_db: Database) -> None:
    ids = make_form(empty_db)
    with pytest.raises(UserError, match="Write the form number"):
        SurveyEntryService(empty_db).save_form(ids.survey, FormDraft("  ", DAY))


def test_the_running_count_and_the_next_number(empty_db: Database) -> None:
    ids = make_form(empty_db)
    entry = SurveyEntryService(empty_db)
    assert entry.pass_status(ids.survey, 1).next_form_number == "1"
    for number in ("008", "009", "010"):
        entry.save_form(ids.survey, FormDraft(number, DAY))

    status = entry.pass_status(ids.survey, 1)
    assert (status.count, status.last_form_number, status.next_form_number) == (3, "010", "011")
    # The second pass is led through the first pass's forms it has not keyed yet.
    assert entry.pass_status(ids.survey, 2).next_form_number == "008"
    entry.save_form(ids.survey, FormDraft("008", DAY, entry_pass=2))
    second = entry.pass_status(ids.survey, 2)
    assert (second.count, second.last_form_number, second.next_form_number) == (1, "008", "009")


def test_following_numbers() -> None:
    assert following_number("007") == "008"
    assert following_number("A-19") == "A-20"
    assert following_number("99") == "100"
    assert following_number("") == "1"
    assert following_number("ก") == "ก1"


def test_a_keyed_form_is_corrected_in_place(empty_db: Database) -> None:
    ids = make_form(empty_db)
    entry = SurveyEntryService(empty_db)
    Q = ids.questions  # noqa: N806
    response_id = entry.save_form(ids.survey, FormDraft("5", DAY, (
        EntryAnswer(Q["Q1.1"], 2), EntryAnswer(Q["GROUP"], 1))))  # fmt: skip
    entry.save_form(ids.survey, FormDraft("6", DAY))

    with pytest.raises(UserError, match="Form 6 has already been keyed"):
        entry.replace_form(response_id, FormDraft("6", DAY))
    entry.replace_form(response_id, FormDraft("5", date(2026, 6, 16), (
        EntryAnswer(Q["Q1.1"], 3), EntryAnswer(Q["GROUP"], 2))))  # fmt: skip

    keyed = entry.keyed_form(ids.survey, 1, "5")
    assert keyed is not None and keyed.response_id == response_id
    assert keyed.submitted_on == date(2026, 6, 16) and keyed.segment_id == ids.business
    assert keyed.answers == (EntryAnswer(Q["Q1.1"], 3), EntryAnswer(Q["GROUP"], 2))
