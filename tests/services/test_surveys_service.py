"""The Surveys tab's rows: each round with its responses, mean score and percent score."""

from __future__ import annotations

from datetime import date

import pytest

from vocdesk.db.models import Survey, SurveyAnswer, SurveyQuestion, SurveyResponse
from vocdesk.domain.enums import QuestionType, SurveyKind
from vocdesk.domain.tables import TableQuery
from vocdesk.services.database import Database
from vocdesk.services.surveys.rounds import SurveysService


def _survey(db: Database, title: str, answers: list[list[int | None]], scale: int = 5) -> None:
    with db.session_scope() as session:
        survey = Survey(
            code=title,
            title_th=title,
            kind=SurveyKind.SATISFACTION,
            fiscal_year=2569,
            scale_points=scale,
        )
        survey.questions = [
            SurveyQuestion(code=f"Q{i + 1}", position=i, text_th=f"ข้อ {i + 1}", points=scale)
            for i in range(2)
        ]
        session.add(survey)
        session.flush()
        for values in answers:
            response = SurveyResponse(survey_id=survey.id, submitted_on=date(2025, 11, 1))
            response.answers = [
                SurveyAnswer(question_id=q.id, value=v, no_opinion=v is None)
                for q, v in zip(survey.questions, values, strict=True)
            ]
            session.add(response)


def test_mean_and_percent_leave_out_not_applicable_answers(empty_db: Database) -> None:
    _survey(empty_db, "ความพึงพอใจ", [[5, 4], [4, None], [3, 5]])

    (row,) = SurveysService(empty_db).list_surveys(TableQuery())

    assert row.questions == 2 and row.responses == 3
    assert row.mean == pytest.approx(21 / 5)
    assert row.percent == pytest.approx(21 / 5 * 20)  # from the unrounded mean


def test_a_four_point_scale_scores_against_four(empty_db: Database) -> None:
    _survey(empty_db, "สี่ระดับ", [[4, 3]], scale=4)

    (row,) = SurveysService(empty_db).list_surveys(TableQuery())

    assert row.percent == pytest.approx(3.5 / 4 * 100)


def test_a_survey_without_answers_has_no_score_and_sorts_last(empty_db: Database) -> None:
    _survey(empty_db, "ยังไม่มีคำตอบ", [])
    _survey(empty_db, "มีคำตอบ", [[2, 2]])
    service = SurveysService(empty_db)

    up = service.list_surveys(TableQuery(sort_key="mean"))
    down = service.list_surveys(TableQuery(sort_key="mean", descending=True))

    assert [r.title.th for r in up] == [r.title.th for r in down] == ["มีคำตอบ", "ยังไม่มีคำตอบ"]
    assert up[1].mean is None and up[1].percent is None and up[1].responses == 0


def test_search_matches_the_title(empty_db: Database) -> None:
    _survey(empty_db, "ความผูกพันของภาคีเครือข่าย", [])
    _survey(empty_db, "ความพึงพอใจ", [])
    service = SurveysService(empty_db)

    assert [r.title.th for r in service.list_surveys(TableQuery(search="ผูกพัน"))] == [
        "ความผูกพันของภาคีเครือข่าย"
    ]
    assert service.count_surveys(TableQuery(search="ผูกพัน")) == 1


def test_the_mean_is_every_first_pass_rating_answer_averaged(empty_db: Database) -> None:
    """The mean read from the answers' index (every answer, less the second-pass forms') is the
    plain average of the first pass's counted answers; other question types do not count."""
    _survey(empty_db, "A", [[5, 4], [3, None], [1, 2]])
    _survey(empty_db, "B", [[2, 2]])
    with empty_db.session_scope() as session:
        survey = session.query(Survey).filter_by(code="A").one()
        session.add(SurveyQuestion(survey_id=survey.id, code="NPS", position=9, text_th="แนะนำ",
                                   points=10, type=QuestionType.NPS))  # fmt: skip
        session.flush()
        nps = session.query(SurveyQuestion).filter_by(code="NPS").one()
        again = SurveyResponse(survey_id=survey.id, submitted_on=date(2025, 11, 2), entry_pass=2)
        again.answers = [SurveyAnswer(question_id=q.id, value=1, no_opinion=False)
                         for q in survey.questions if q.code != "NPS"]  # fmt: skip
        first = session.query(SurveyResponse).filter_by(survey_id=survey.id).first()
        assert first is not None
        session.add(SurveyAnswer(response_id=first.id, question_id=nps.id, value=10,
                                 no_opinion=False))  # fmt: skip
        session.add(again)

    rows = {row.code: row for row in SurveysService(empty_db).list_surveys(TableQuery())}

    assert rows["A"].mean == pytest.approx((5 + 4 + 3 + 1 + 2) / 5)
    assert rows["A"].responses == 3
    assert rows["B"].mean == pytest.approx(2.0)
