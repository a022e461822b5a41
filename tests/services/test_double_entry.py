"""The double-entry check: differences by form number, forms keyed once, resolving into pass 1."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from survey_entry_fixtures import FormIds, make_form

from vocdesk.db.models import SurveyAnswer, SurveyResponse
from vocdesk.services.database import Database
from vocdesk.services.surveys.double_entry import FIELD_DATE, DoubleEntryService
from vocdesk.services.surveys.entry import EntryAnswer, FormDraft, SurveyEntryService

DAY = date(2026, 6, 15)


def _key_both(db: Database) -> FormIds:
    """Forms 1-3 keyed twice with three slips in pass 2; form 4 only in pass 1, 9 only in pass 2."""
    ids = make_form(db)
    Q = ids.questions  # noqa: N806
    entry = SurveyEntryService(db)

    def form(
        number: str, answers: tuple[EntryAnswer, ...], entry_pass: int, day: date = DAY
    ) -> None:
        entry.save_form(ids.survey, FormDraft(number, day, answers, entry_pass))

    first = {
        "1": (EntryAnswer(Q["Q1.1"], 5), EntryAnswer(Q["Q1.2"], 4), EntryAnswer(Q["GROUP"], 1)),
        "2": (EntryAnswer(Q["Q1.1"], no_opinion=True), EntryAnswer(Q["CHANNEL"], choices=(1, 2))),
        "3": (EntryAnswer(Q["Q1.1"], 3),),
        "4": (EntryAnswer(Q["Q1.1"], 1),),
    }
    for number, answers in first.items():
        form(number, answers, 1)
    form("1", (EntryAnswer(Q["Q1.1"], 5), EntryAnswer(Q["Q1.2"], 3), EntryAnswer(Q["GROUP"], 2)), 2)
    form("2", (EntryAnswer(Q["Q1.1"], 4), EntryAnswer(Q["CHANNEL"], choices=(2, 1))), 2)
    form("3", (EntryAnswer(Q["Q1.1"], 3),), 2, date(2026, 6, 16))
    form("9", (EntryAnswer(Q["Q1.1"], 2),), 2)
    return ids


def test_every_difference_is_listed_by_form_and_question(empty_db: Database) -> None:
    ids = _key_both(empty_db)
    Q = ids.questions  # noqa: N806

    report = DoubleEntryService(empty_db).compare(ids.survey)

    found = [(d.form_number, d.question_number or d.field) for d in report.differences]
    assert found == [("1", "1.2"), ("1", "2.1"), ("2", "1.1"), ("3", FIELD_DATE)]
    slip = report.differences[0]
    assert slip.question_code == "Q1.2"
    assert slip.first == EntryAnswer(Q["Q1.2"], 4) and slip.second == EntryAnswer(Q["Q1.2"], 3)
    no_opinion = report.differences[2]
    assert no_opinion.first == EntryAnswer(Q["Q1.1"], no_opinion=True)
    assert report.differences[3].first_text == "2026-06-15"
    assert report.first_only == ("4",) and report.second_only == ("9",)
    assert (report.compared, report.agreeing, report.forms_with_differences) == (3, 0, 3)


def test_an_answer_given_in_one_pass_only_is_a_difference(empty_db: Database) -> None:
    ids = make_form(empty_db)
    Q = ids.questions  # noqa: N806
    entry = SurveyEntryService(empty_db)
    entry.save_form(ids.survey, FormDraft("7", DAY, (EntryAnswer(Q["Q1.1"], 2),)))
    entry.save_form(ids.survey, FormDraft("7", DAY, (), 2))

    (difference,) = DoubleEntryService(empty_db).compare(ids.survey).differences

    assert difference.first == EntryAnswer(Q["Q1.1"], 2) and difference.second is None


def test_resolving_writes_the_right_value_into_pass_one(empty_db: Database) -> None:
    ids = _key_both(empty_db)
    Q = ids.questions  # noqa: N806
    service = DoubleEntryService(empty_db)
    report = service.compare(ids.survey)

    for difference in report.differences:
        service.resolve(ids.survey, difference, keep=1 if difference.field == FIELD_DATE else 2)

    after = service.compare(ids.survey)
    assert after.differences == () and after.agreeing == 3
    assert after.first_only == ("4",) and after.second_only == ("9",)  # left for people to key
    entry = SurveyEntryService(empty_db)
    one = entry.keyed_form(ids.survey, 1, "1")
    assert one is not None and one.answer(Q["Q1.2"]) == EntryAnswer(Q["Q1.2"], 3)
    assert one.segment_id == ids.business  # the profile answer chosen places the response
    two = entry.keyed_form(ids.survey, 1, "2")
    assert two is not None and two.answer(Q["Q1.1"]) == EntryAnswer(Q["Q1.1"], 4)
    three_first, three_second = (entry.keyed_form(ids.survey, p, "3") for p in (1, 2))
    assert three_first is not None and three_second is not None
    assert three_first.submitted_on == three_second.submitted_on == DAY
    with empty_db.session_scope() as session:
        pass_one = session.scalars(
            select(SurveyAnswer.value)
            .join(SurveyResponse)
            .where(SurveyResponse.entry_pass == 1, SurveyAnswer.question_id == Q["Q1.1"])
            .order_by(SurveyResponse.form_number)
        ).all()
        assert pass_one == [5, 4, 3, 1]


def test_resolving_with_the_first_value_keeps_pass_one(empty_db: Database) -> None:
    ids = _key_both(empty_db)
    Q = ids.questions  # noqa: N806
    service = DoubleEntryService(empty_db)
    no_opinion = service.compare(ids.survey).differences[2]

    service.resolve(ids.survey, no_opinion, keep=1)

    entry = SurveyEntryService(empty_db)
    for entry_pass in (1, 2):
        form = entry.keyed_form(ids.survey, entry_pass, "2")
        assert form is not None and form.answer(Q["Q1.1"]) == EntryAnswer(
            Q["Q1.1"], no_opinion=True
        )
