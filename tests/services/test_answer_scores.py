"""The answers kept ready for the analysis (``SurveyResponse.scores`` / ``importances``): after
every writer of answers or of question order, the stored strings equal a fresh recomputation
from the answers table, and the results equal figures computed from the answers table directly."""

from __future__ import annotations

import csv
import dataclasses
import uuid
from collections import defaultdict
from datetime import date
from pathlib import Path
from statistics import fmean

import pytest
from sqlalchemy import select
from survey_entry_fixtures import FormIds, make_form

from vocdesk.db.models import Survey, SurveyAnswer, SurveyQuestion, SurveyResponse
from vocdesk.domain.enums import QuestionType
from vocdesk.services.database import Database
from vocdesk.services.demo import generate_demo
from vocdesk.services.surveys.analysis import ResultLevel, SurveyAnalysisService
from vocdesk.services.surveys.design import QuestionDesign, SurveyDesignService
from vocdesk.services.surveys.double_entry import DoubleEntryService
from vocdesk.services.surveys.entry import EntryAnswer, FormDraft, SurveyEntryService
from vocdesk.services.surveys.responses_import import ResponsesImporter
from vocdesk.services.transfer import import_file

DAY = date(2026, 6, 15)
ONE_VALUE = {"rating", "importance", "nps", "single", "profile"}


def _recomputed(db: Database, survey_id: uuid.UUID) -> dict[uuid.UUID, tuple[str, str]]:
    """The strings as the rule says, from the answers table, in plain Python."""
    with db.session_scope() as session:
        questions = session.execute(
            select(SurveyQuestion.id, SurveyQuestion.type)
            .where(SurveyQuestion.survey_id == survey_id)
            .order_by(SurveyQuestion.position, SurveyQuestion.code)
        ).all()
        responses = session.scalars(
            select(SurveyResponse.id).where(SurveyResponse.survey_id == survey_id)
        ).all()
        answers = {
            (a.response_id, a.question_id): a
            for a in session.scalars(
                select(SurveyAnswer)
                .join(SurveyResponse, SurveyResponse.id == SurveyAnswer.response_id)
                .where(SurveyResponse.survey_id == survey_id, SurveyAnswer.seq == 0)
            )
        }

        def char(answer: SurveyAnswer | None, value: int | None) -> str:
            if answer is None or answer.no_opinion or value is None or not 0 <= value <= 79:
                return "."
            return chr(48 + value)

        found = {}
        for response in responses:
            scores = "".join(
                char(answers.get((response, q)), getattr(answers.get((response, q)), "value", None))
                if str(kind) in ONE_VALUE else "."
                for q, kind in questions
            )  # fmt: skip
            importances = "".join(
                char(answers.get((response, q)), getattr(answers.get((response, q)), "importance", None))
                for q, kind in questions
                if str(kind) == "importance"
            )  # fmt: skip
            found[response] = (scores.rstrip("."), importances.rstrip("."))
        return found


def _stored(db: Database, survey_id: uuid.UUID) -> dict[uuid.UUID, tuple[str, str]]:
    with db.session_scope() as session:
        rows = session.execute(
            select(SurveyResponse.id, SurveyResponse.scores, SurveyResponse.importances).where(
                SurveyResponse.survey_id == survey_id
            )
        )
        return {key: (scores, importances) for key, scores, importances in rows}


def _figures(db: Database, survey_id: uuid.UUID) -> dict[str, tuple[int, float | None]]:
    """Each scored item's (n, mean) over the first pass, straight from the answers table."""
    with db.session_scope() as session:
        rows = session.execute(
            select(SurveyQuestion.code, SurveyQuestion.type, SurveyQuestion.points,
                   SurveyAnswer.value)
            .join(SurveyAnswer, SurveyAnswer.question_id == SurveyQuestion.id)
            .join(SurveyResponse, SurveyResponse.id == SurveyAnswer.response_id)
            .where(SurveyQuestion.survey_id == survey_id, SurveyResponse.entry_pass == 1,
                   SurveyAnswer.no_opinion.is_(False), SurveyAnswer.value.is_not(None))
        ).all()  # fmt: skip
        scored = session.execute(
            select(SurveyQuestion.code).where(
                SurveyQuestion.survey_id == survey_id,
                SurveyQuestion.type.in_([QuestionType.RATING, QuestionType.IMPORTANCE]),
                SurveyQuestion.points >= 2,
            )
        ).scalars()
        values: dict[str, list[int]] = {code: [] for code in scored}
    for code, _kind, _points, value in rows:
        if code in values:
            values[code].append(value)
    return {code: (len(v), fmean(v) if v else None) for code, v in values.items()}


def _check(db: Database, survey_id: uuid.UUID) -> None:
    assert _stored(db, survey_id) == _recomputed(db, survey_id)
    results = SurveyAnalysisService(db).results(survey_id)
    items = {r.code: (r.n, r.mean) for r in results.rows if r.level is ResultLevel.ITEM}
    expected = _figures(db, survey_id)
    assert set(items) == set(expected)
    for code, (n, mean) in expected.items():
        assert items[code][0] == n, code
        assert items[code][1] == pytest.approx(mean), code


def _key(db: Database, ids: FormIds, number: str, answers: tuple[EntryAnswer, ...],
         entry_pass: int = 1) -> uuid.UUID:  # fmt: skip
    return SurveyEntryService(db).save_form(ids.survey, FormDraft(number, DAY, answers, entry_pass))


def _forms(db: Database) -> FormIds:
    ids = make_form(db)
    Q = ids.questions  # noqa: N806
    _key(db, ids, "1", (EntryAnswer(Q["Q1.1"], 5), EntryAnswer(Q["Q1.2"], 4),
                        EntryAnswer(Q["Q1.3"], 2), EntryAnswer(Q["GROUP"], 1),
                        EntryAnswer(Q["CHANNEL"], choices=(1, 3)), EntryAnswer(Q["VISITS"], number=3),
                        EntryAnswer(Q["SUGGEST"], text="รอนาน")))  # fmt: skip
    _key(db, ids, "2", (EntryAnswer(Q["Q1.1"], no_opinion=True), EntryAnswer(Q["Q1.3"], 4),
                        EntryAnswer(Q["GROUP"], 2)))  # fmt: skip
    _key(db, ids, "3", (EntryAnswer(Q["Q1.2"], 1),))
    _key(db, ids, "4", ())
    return ids


def test_keyed_and_corrected_forms_keep_their_strings(empty_db: Database) -> None:
    ids = _forms(empty_db)
    Q = ids.questions  # noqa: N806
    _check(empty_db, ids.survey)
    assert sorted(s for s, _ in _stored(empty_db, ids.survey).values()) == [
        "",
        "..42",
        ".1",
        "5421",  # fmt: skip
    ]

    with empty_db.session_scope() as session:
        form_3 = session.scalar(select(SurveyResponse.id).where(SurveyResponse.form_number == "3"))
    SurveyEntryService(empty_db).replace_form(
        form_3, FormDraft("3", DAY, (EntryAnswer(Q["Q1.1"], 2), EntryAnswer(Q["Q1.3"], 1)))
    )

    _check(empty_db, ids.survey)
    assert _stored(empty_db, ids.survey)[form_3] == ("2.1", "")


def test_a_resolved_double_entry_difference_reaches_the_first_pass(empty_db: Database) -> None:
    ids = _forms(empty_db)
    Q = ids.questions  # noqa: N806
    _key(empty_db, ids, "1", (EntryAnswer(Q["Q1.1"], 5), EntryAnswer(Q["Q1.2"], 2),
                              EntryAnswer(Q["Q1.3"], 2), EntryAnswer(Q["GROUP"], 1),
                              EntryAnswer(Q["CHANNEL"], choices=(1, 3)),
                              EntryAnswer(Q["VISITS"], number=3),
                              EntryAnswer(Q["SUGGEST"], text="รอนาน")), 2)  # fmt: skip
    service = DoubleEntryService(empty_db)
    (difference,) = service.compare(ids.survey).differences

    service.resolve(ids.survey, difference, keep=2)

    _check(empty_db, ids.survey)
    assert sorted(s for s, _ in _stored(empty_db, ids.survey).values())[-2:] == ["5221", "5221"]


def test_imported_responses_new_and_replaced_keep_their_strings(
    empty_db: Database, tmp_path: Path
) -> None:
    ids = _forms(empty_db)
    path = tmp_path / "responses.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows([
            ["form_number", "Q1.1", "Q1.2", "Q1.3", "GROUP", "CHANNEL"],
            ["1", "3", "", "4", "2", "1,2"], ["10", "5", "5", "", "1", ""], ["11", "", "", "", "", ""],
        ])  # fmt: skip

    summary = import_file(ResponsesImporter(empty_db, ids.survey), path)

    assert (summary.added, summary.updated) == (2, 1)
    _check(empty_db, ids.survey)


def test_questions_moved_and_inserted_rebuild_the_survey(empty_db: Database) -> None:
    ids = _forms(empty_db)
    Q = ids.questions  # noqa: N806
    service = SurveyDesignService(empty_db)
    design = service.read(ids.survey).design
    first, second, third, *rest = design.questions
    moved = (third, first, QuestionDesign("Q1.9", "ความรวดเร็ว", number="1.9", points=5,
                                          dimension="process"), second, *rest)  # fmt: skip

    service.update(ids.survey, dataclasses.replace(design, questions=moved))

    _check(empty_db, ids.survey)
    assert "25.41" in {s for s, _ in _stored(empty_db, ids.survey).values()}

    design = service.read(ids.survey).design
    weighted = QuestionDesign("Q4.1", "ความพึงพอใจต่อสถานที่", number="4.1", points=5,
                              dimension="facilities", type=QuestionType.IMPORTANCE)  # fmt: skip
    service.update(ids.survey, dataclasses.replace(design, questions=(weighted, *design.questions)))
    question = {q.code: q.id for q in service.read(ids.survey).design.questions}["Q4.1"]
    _key(empty_db, ids, "20", (EntryAnswer(question, 2, importance=5), EntryAnswer(Q["Q1.1"], 4)))

    _check(empty_db, ids.survey)
    assert ("2.4", "5") in set(_stored(empty_db, ids.survey).values())
    results = SurveyAnalysisService(empty_db).results(ids.survey)
    assert [(g.code, g.importance_n, g.importance_mean) for g in results.gaps] == [("Q4.1", 1, 5)]


def test_answers_written_as_orm_objects_are_caught_at_flush(empty_db: Database) -> None:
    ids = _forms(empty_db)
    Q = ids.questions  # noqa: N806
    with empty_db.session_scope() as session:
        response = SurveyResponse(survey_id=ids.survey, submitted_on=DAY, form_number="30")
        response.answers = [SurveyAnswer(question_id=Q["Q1.2"], value=3),
                            SurveyAnswer(question_id=Q["Q1.3"], value=None, no_opinion=True)]  # fmt: skip
        session.add(response)
    _check(empty_db, ids.survey)

    with empty_db.session_scope() as session:
        answer = session.scalar(select(SurveyAnswer).where(SurveyAnswer.value == 3))
        assert answer is not None
        answer.value = 1
    _check(empty_db, ids.survey)
    assert ".1" in {s for s, _ in _stored(empty_db, ids.survey).values()}


def test_the_demo_rounds_have_their_strings(empty_db: Database) -> None:
    generate_demo(empty_db)

    with empty_db.session_scope() as session:
        surveys = session.scalars(select(Survey.id)).all()
    assert surveys
    for survey_id in surveys:
        stored = _stored(empty_db, survey_id)
        assert stored == _recomputed(empty_db, survey_id)
        assert any(scores for scores, _ in stored.values())
    _check(empty_db, surveys[0])


def test_results_count_the_same_by_segment_as_the_answers_table(empty_db: Database) -> None:
    ids = _forms(empty_db)
    results = SurveyAnalysisService(empty_db).results(ids.survey)

    by_segment: dict[str, dict[str, int]] = defaultdict(dict)
    for segment in results.segments:
        for row in segment.rows:
            if row.level is ResultLevel.ITEM:
                by_segment[segment.code][row.code] = row.n
    # form 1 is in form_public (Q1.1 5, Q1.2 4, Q1.3 2), form 2 in form_business (Q1.3 4)
    assert by_segment["form_public"] == {"Q1.1": 1, "Q1.2": 1, "Q1.3": 1}
    assert by_segment["form_business"] == {"Q1.1": 0, "Q1.2": 0, "Q1.3": 1}
    assert results.dissatisfaction.answers == 5
    assert results.dissatisfaction.low_answers == 2  # form 1's 1.3 (2 of 4) and form 3's 1.2
