"""SurveyAnalysisService on a real SQLite file: a small survey whose figures are worked out by
hand in the comments. No answer (no row) and "no opinion" count in no n; a second entry pass is
left out; items on a 4-point scale are mapped onto the survey's 5 points when pooled."""

from __future__ import annotations

import math
from datetime import date

import pytest
from sqlalchemy import select

from vocdesk.analytics.surveys.significance import chi_square_sf
from vocdesk.db.models import Segment, Survey, SurveyAnswer, SurveyQuestion, SurveyResponse
from vocdesk.domain.enums import BandConvention, QuestionType, SurveyKind
from vocdesk.domain.messages import UserError
from vocdesk.services.database import Database
from vocdesk.services.surveys.analysis import ResultLevel, SurveyAnalysisService

Q = QuestionType
QUESTIONS = [  # code, type, points, dimension
    ("Q1", Q.RATING, 5, "process"),
    ("Q2", Q.RATING, 5, "process"),
    ("Q3", Q.RATING, 4, "staff"),
    ("Q4", Q.IMPORTANCE, 5, "service_quality"),
    ("Q5", Q.NPS, 10, ""),
    ("Q6", Q.TEXT, None, ""),
]
NO_OPINION = "no opinion"
# segment, entry pass, comment, answers: code -> value | (satisfaction, importance) | NO_OPINION
# | (NO_OPINION, value): a "no opinion" row that also carries a value, which must not count
FORMS = [
    ("general_public", 1, "ดีมาก", {"Q1": 5, "Q2": 4, "Q3": 4, "Q4": (5, 5), "Q5": 10}),
    ("general_public", 1, "", {"Q1": 4, "Q2": NO_OPINION, "Q3": 3, "Q4": (3, 5), "Q5": 9}),
    ("business", 1, "รอนาน", {"Q1": 2, "Q2": (NO_OPINION, 3), "Q3": 1, "Q4": (2, 4), "Q5": 3,
                              "Q6": "ที่จอดรถไม่พอ"}),
    ("business", 1, "", {"Q1": 3, "Q3": 2, "Q4": (4, 4), "Q5": 7}),  # Q2 not answered
    (None, 1, "", {"Q1": 5, "Q2": 5}),
    ("general_public", 2, "ซ้ำ", {"Q1": 1, "Q2": 1, "Q3": 1}),  # the second pass: left out
]  # fmt: skip


def _answer(question: SurveyQuestion, given: object) -> SurveyAnswer:
    if given == NO_OPINION:
        return SurveyAnswer(question_id=question.id, value=None, no_opinion=True)
    if isinstance(given, tuple) and given[0] == NO_OPINION:
        return SurveyAnswer(question_id=question.id, value=given[1], no_opinion=True)
    if question.type is Q.TEXT:
        return SurveyAnswer(question_id=question.id, text=given, no_opinion=False)
    if isinstance(given, tuple):
        return SurveyAnswer(
            question_id=question.id, value=given[0], importance=given[1], no_opinion=False
        )
    return SurveyAnswer(question_id=question.id, value=given, no_opinion=False)


def make_survey(
    db: Database,
    code: str = "T-2569",
    forms: list = FORMS,  # type: ignore[type-arg]
    *,
    kind: SurveyKind = SurveyKind.SATISFACTION,
    fiscal_year: int = 2569,
    questions: list = QUESTIONS,  # type: ignore[type-arg]
    target: float | None = 80.0,
    convention: BandConvention = BandConvention.EQUAL_WIDTH,
) -> None:
    with db.session_scope() as session:
        segments = {s.code: s.id for s in session.scalars(select(Segment))}
        survey = Survey(
            code=code, title_th=f"แบบสำรวจ {code}", title_en=f"Survey {code}", kind=kind,
            fiscal_year=fiscal_year, scale_points=5, band_convention=convention,
            target_percent=target,
        )  # fmt: skip
        survey.questions = [
            SurveyQuestion(
                code=c,
                number=c[1:],
                position=i,
                text_th=f"ข้อ {c}",
                text_en=f"Item {c}",
                type=t,
                points=p,
                dimension=d,
            )  # fmt: skip
            for i, (c, t, p, d) in enumerate(questions)
        ]
        session.add(survey)
        session.flush()
        by_code = {q.code: q for q in survey.questions}
        for n, (segment, entry_pass, comment, answers) in enumerate(forms):
            response = SurveyResponse(
                survey_id=survey.id, segment_id=segments[segment] if segment else None,
                submitted_on=date(2026, 6, 1), form_number=str(n % 5 + 1), entry_pass=entry_pass,
                comment=comment,
            )  # fmt: skip
            response.answers = [_answer(by_code[c], given) for c, given in answers.items()]
            session.add(response)


@pytest.fixture
def results(empty_db: Database):  # type: ignore[no-untyped-def]
    make_survey(empty_db)
    service = SurveyAnalysisService(empty_db)
    return service.results(service.find_survey("T-2569"))


def test_the_header_counts_first_pass_forms(results) -> None:  # type: ignore[no-untyped-def]
    header = results.survey
    assert (header.code, header.kind, header.fiscal_year, header.points) == (
        "T-2569",
        SurveyKind.SATISFACTION,
        2569,
        5,
    )
    assert header.title.th == "แบบสำรวจ T-2569" and header.target_percent == 80.0
    assert header.responses == 5


def test_items_leave_out_no_answer_no_opinion_and_the_second_pass(results) -> None:  # type: ignore[no-untyped-def]
    rows = {(r.level, r.code): r for r in results.rows}
    q1 = rows[ResultLevel.ITEM, "Q1"]  # 5 4 2 3 5
    assert q1.n == 5 and q1.mean == pytest.approx(3.8)
    assert q1.sd == pytest.approx(math.sqrt(6.8 / 4))
    assert q1.percent == pytest.approx(76.0)
    assert q1.band == 4 and q1.band_name is not None and q1.band_name.th == "มาก"
    assert q1.satisfied_pct == pytest.approx(60.0) and q1.dissatisfied_pct == pytest.approx(20.0)
    assert q1.number == "1" and q1.title.en == "Item Q1" and q1.dimension == "process"
    q2 = rows[ResultLevel.ITEM, "Q2"]  # 4 and 5: "no opinion" (even with a value) left out
    assert q2.n == 2 and q2.mean == pytest.approx(4.5)
    q3 = rows[ResultLevel.ITEM, "Q3"]  # 4-point: 4 3 1 2
    assert q3.points == 4 and q3.mean == pytest.approx(2.5) and q3.percent == pytest.approx(62.5)
    q4 = rows[ResultLevel.ITEM, "Q4"]  # an importance question's satisfaction: 5 3 2 4
    assert q4.n == 4 and q4.mean == pytest.approx(3.5)
    assert (ResultLevel.ITEM, "Q5") not in rows and (ResultLevel.ITEM, "Q6") not in rows


def test_dimensions_and_overall_pool_answers_on_the_survey_scale(results) -> None:  # type: ignore[no-untyped-def]
    assert [(r.level.value, r.code) for r in results.rows[4:]] == [
        ("dimension", "process"), ("dimension", "staff"), ("dimension", "service_quality"),
        ("overall", "overall"),
    ]  # fmt: skip
    rows = {r.code: r for r in results.rows if r.level is not ResultLevel.ITEM}
    assert rows["process"].n == 7 and rows["process"].mean == pytest.approx(4.0)
    # Q3 on 5 points: 5, 1 + 2 x 4/3, 1, 1 + 4/3: their mean is 3
    assert rows["staff"].points == 5 and rows["staff"].mean == pytest.approx(3.0)
    overall = results.overall  # 19 + 9 + 12 + 14 over 15 answers
    assert overall.n == 15 and overall.mean == pytest.approx(3.6)
    assert overall.percent == pytest.approx(72.0) and overall.title.en == "Overall"
    assert results.target_met is False


def test_segments_have_their_own_rows(results) -> None:  # type: ignore[no-untyped-def]
    assert [(s.code, s.responses) for s in results.segments] == [
        ("general_public", 2), ("business", 2)
    ]  # fmt: skip
    public, business = results.segments
    assert public.name.th == "ประชาชนทั่วไป"
    assert {r.segment for r in public.rows} == {"general_public"}
    assert public.rows[0].code == "Q1" and public.rows[0].mean == pytest.approx(4.5)
    assert business.rows[0].mean == pytest.approx(2.5)
    assert len(public.rows) == len(results.rows)


def test_the_segment_test_ranks_respondents_means(results) -> None:  # type: ignore[no-untyped-def]
    # Means on 5 points: public 4.75 and 3.56, business 1.67 and 3.11 -> ranks 4 3 | 1 2;
    # H = 12 / 20 x (7^2/2 + 3^2/2) - 15 = 2.4 (the one in no segment is not in the test)
    test = results.segment_test
    assert test.test == "Kruskal–Wallis H"
    assert test.statistic == pytest.approx(2.4)
    assert (test.df, test.groups, test.n) == (1, 2, 4)
    assert test.p_value == pytest.approx(math.erfc(math.sqrt(1.2)))
    assert test.p_value == pytest.approx(chi_square_sf(2.4, 1))


def test_gaps_and_nps(results) -> None:  # type: ignore[no-untyped-def]
    (gap,) = results.gaps
    assert (gap.code, gap.importance_n, gap.satisfaction_n) == ("Q4", 4, 4)
    assert gap.importance_mean == pytest.approx(4.5) and gap.satisfaction_mean == pytest.approx(3.5)
    assert gap.gap == pytest.approx(1.0) and not gap.exceeds_expectations
    everyone, public, business = results.nps  # 10 9 3 7: 2 promoters, 1 detractor
    assert (everyone.code, everyone.segment, everyone.n) == ("Q5", "", 4)
    assert everyone.nps == pytest.approx(25.0)
    assert (public.segment, public.nps) == ("general_public", pytest.approx(100.0))
    assert (business.segment, business.nps) == ("business", pytest.approx(-50.0))
    assert results.engagement is None  # no trust or loyalty items in a satisfaction survey


def test_dissatisfaction_counts_low_answers_and_keeps_unhappy_comments(results) -> None:  # type: ignore[no-untyped-def]
    d = results.dissatisfaction
    assert (d.answers, d.low_answers) == (15, 4)  # Q1 2, Q3 1, Q4 2 and Q3 2
    assert (d.respondents, d.dissatisfied_respondents) == (5, 2)
    assert d.dissatisfied_pct == pytest.approx(40.0)
    assert [r.code for r in d.weakest] == ["Q3", "Q4", "Q1", "Q2"]  # 62.5 70 76 90 percent
    assert d.most_dissatisfied[0].code == "Q3"
    assert [(c.source, c.text) for c in d.comments] == [
        ("Q6", "ที่จอดรถไม่พอ"), ("comment", "รอนาน")
    ]  # fmt: skip
    comment = d.comments[0]
    assert comment.segment == "business" and comment.low_items == ("Q1", "Q3", "Q4")
    assert comment.mean == pytest.approx(5 / 3)


def test_an_unknown_code_is_a_user_error(empty_db: Database) -> None:
    with pytest.raises(UserError, match="There is no survey with the code NOPE"):
        SurveyAnalysisService(empty_db).find_survey(" NOPE ")


def test_a_survey_without_responses_has_empty_figures(empty_db: Database) -> None:
    make_survey(empty_db, forms=[])
    service = SurveyAnalysisService(empty_db)

    results = service.results(service.find_survey("T-2569"))

    assert results.survey.responses == 0 and results.segments == ()
    assert results.overall.n == 0 and results.overall.mean is None
    assert results.segment_test is None and results.target_met is None
    assert results.dissatisfaction.comments == ()


def test_rounding_convention_reads_bands_at_half(empty_db: Database) -> None:
    forms = [("business", 1, "", {"Q1": v}) for v in (4, 4, 3, 3)]  # mean 3.50
    make_survey(empty_db, forms=forms, convention=BandConvention.ROUNDING)
    service = SurveyAnalysisService(empty_db)

    q1 = service.results(service.find_survey("T-2569")).rows[0]

    assert q1.mean == pytest.approx(3.5) and q1.band == 3 and q1.band_name.en == "Moderate"


def test_engagement_index_of_an_engagement_survey(empty_db: Database) -> None:
    questions = [("E1", Q.RATING, 5, "trust"), ("E2", Q.RATING, 5, "loyalty"),
                 ("E3", Q.RATING, 5, "process")]  # fmt: skip
    forms = [("business", 1, "", {"E1": 5, "E2": 4, "E3": 1}),
             ("government", 1, "", {"E1": 3, "E2": 4, "E3": 1})]  # fmt: skip
    make_survey(empty_db, "ENG-2569", forms, kind=SurveyKind.ENGAGEMENT, questions=questions)
    service = SurveyAnalysisService(empty_db)

    engagement = service.results(service.find_survey("ENG-2569")).engagement

    assert engagement is not None and engagement.items == ("E1", "E2")
    assert engagement.value == pytest.approx((80.0 + 80.0) / 2)  # E1 4.0, E2 4.0
    assert dict(engagement.by_segment) == {"business": 90.0, "government": 70.0}


def test_trend_sets_rounds_of_the_same_kind_side_by_side(empty_db: Database) -> None:
    for year, value in ((2567, 3), (2568, 4), (2569, 5)):
        forms = [("business", 1, "", {"Q1": value, "Q3": 4})]
        make_survey(empty_db, f"S-{year}", forms, fiscal_year=year)
    make_survey(empty_db, "E-2569", [], kind=SurveyKind.ENGAGEMENT)
    service = SurveyAnalysisService(empty_db)

    trend = service.trend(service.find_survey("S-2568"))

    assert trend.kind is SurveyKind.SATISFACTION
    assert [code for code, _ in trend.dimensions] == ["process", "staff"]
    assert [(r.code, r.fiscal_year, r.current) for r in trend.rounds] == [
        ("S-2567", 2567, False), ("S-2568", 2568, True), ("S-2569", 2569, False)
    ]  # fmt: skip
    # overall: Q1 and Q3's 4 of 4 (5 on 5 points)
    assert [r.percent for r in trend.rounds] == pytest.approx([80.0, 90.0, 100.0])
    assert [r.target_met for r in trend.rounds] == [True, True, True]
    assert dict(trend.rounds[0].dimensions) == pytest.approx({"process": 60.0, "staff": 100.0})
    assert [r.responses for r in trend.rounds] == [1, 1, 1]


def test_respondent_means_put_other_scales_on_the_survey_scale(empty_db: Database) -> None:
    from vocdesk.services.surveys import analysis_queries as queries

    make_survey(empty_db)
    with empty_db.session_scope() as session:
        survey = session.scalar(select(Survey).where(Survey.code == "T-2569"))
        questions = queries.questions_of(session, [survey.id])[survey.id]
        scored = [q for q in questions if q.scored]
        _, codes = queries.segments(session)
        people = queries.answer_pass(session, survey.id, scored, 5, codes).respondents

    # Q3's 4-point answers 4, 3, 2 count as 5, 1 + 2 x 4/3 and 1 + 4/3
    assert sorted(people.mean.tolist()) == pytest.approx(sorted([19 / 4, 32 / 9, 5 / 3, 28 / 9, 5]))
    assert sorted(people.low.tolist()) == [0, 0, 0, 1, 3]


def test_questions_whose_keys_end_alike_are_told_apart(empty_db: Database) -> None:
    import uuid

    tail = "0123456789ab"
    make_survey(empty_db, forms=[("business", 1, "", {"Q1": 5, "Q2": 1, "Q3": 4})])
    with empty_db.session_scope() as session:  # keys that differ only before their last 12 digits
        for n, question in enumerate(session.scalars(select(SurveyQuestion))):
            answers = session.scalars(
                select(SurveyAnswer).where(SurveyAnswer.question_id == question.id)
            ).all()
            for answer in answers:
                session.delete(answer)
            session.flush()
            new_id = uuid.UUID(f"{n:08x}-0000-7000-8000-{tail}")
            old_id = question.id
            session.execute(
                SurveyQuestion.__table__.update()
                .where(SurveyQuestion.__table__.c.id == old_id)
                .values(id=new_id)
            )
            for answer in answers:
                session.add(
                    SurveyAnswer(
                        response_id=answer.response_id,
                        question_id=new_id,
                        value=answer.value,
                        no_opinion=answer.no_opinion,
                    )  # fmt: skip
                )
    service = SurveyAnalysisService(empty_db)

    rows = service.results(service.find_survey("T-2569")).rows

    assert [(r.code, r.n, r.mean) for r in rows[:3]] == [
        ("Q1", 1, 5.0),
        ("Q2", 1, 1.0),
        ("Q3", 1, 4.0),
    ]
