"""A small survey with figures worked out by hand, for the Surveys tab's tests.

Two 5-point items (1.1 in "process", 1.2 in "staff"), two segments, four forms:

    form  segment   1.1  1.2  comment
    1     public     5    4
    2     public     4    4
    3     business   2    3   "รอนานมาก"
    4     business   3    1   "เจ้าหน้าที่ไม่สุภาพ"

1.1: n 4, mean 3.50, S.D. sqrt(5/3) = 1.29, 70.00%, "มาก" / High, satisfied 50%, dissatisfied 25%.
1.2: n 4, mean 3.00, S.D. sqrt(6/3) = 1.41, 60.00%, "ปานกลาง" / Moderate.
Overall: n 8, mean 26/8 = 3.25, 65.00%, Moderate; target 80% not met. Public: overall 4.25
(85.00%); business 2.25 (45.00%). Dissatisfied respondents: forms 3 and 4 (2 of 4); low answers
2 of 8 (25.00%). The round before (RES-2568): one form, 3 and 3: 60.00%.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select

from vocdesk.db.models import (
    Segment,
    Survey,
    SurveyAnswer,
    SurveyChoice,
    SurveyDimension,
    SurveyQuestion,
    SurveyResponse,
)
from vocdesk.domain.enums import QuestionType, SegmentKind, SurveyKind
from vocdesk.services.database import Database

FIVE = (("น้อยที่สุด", "Very low"), ("น้อย", "Low"), ("ปานกลาง", "Moderate"), ("มาก", "High"),
        ("มากที่สุด", "Very high"))  # fmt: skip

FORMS = (("public", 5, 4, ""), ("public", 4, 4, ""), ("business", 2, 3, "รอนานมาก"),
         ("business", 3, 1, "เจ้าหน้าที่ไม่สุภาพ"))  # fmt: skip


def _survey(code: str, year: int) -> Survey:
    def rating(position: int, number: str, text: str, dimension: str) -> SurveyQuestion:
        return SurveyQuestion(
            position=position, code=f"Q{number}", number=number, text_th=text, text_en="",
            dimension=dimension, type=QuestionType.RATING, points=5,
            choices=[SurveyChoice(value=v, label_th=th, label_en=en)
                     for v, (th, en) in enumerate(FIVE, start=1)],
        )  # fmt: skip

    survey = Survey(code=code, title_th=f"แบบสำรวจความพึงพอใจ {year}",
                    title_en=f"Satisfaction survey {year - 543}", kind=SurveyKind.SATISFACTION,
                    fiscal_year=year, target_percent=80.0)  # fmt: skip
    survey.questions = [
        rating(1, "1.1", "ความสะดวกในการติดต่อขอรับบริการ", "process"),
        rating(2, "1.2", "ความสุภาพของเจ้าหน้าที่", "staff"),
    ]
    return survey


def make_results_survey(db: Database) -> uuid.UUID:
    """Write the two rounds; the id of RES-2569."""
    with db.session_scope() as session:
        known = set(session.scalars(select(SurveyDimension.code)))
        for order, (code, th, en) in enumerate(
            (("process", "ด้านกระบวนการ", "Process"), ("staff", "ด้านเจ้าหน้าที่", "Staff"))
        ):
            if code not in known:
                session.add(SurveyDimension(code=code, name_th=th, name_en=en, sort_order=order))
        segments = {
            "public": Segment(code="res_public", name_th="ประชาชนทั่วไป",
                              name_en="General public", kind=SegmentKind.SERVICE_RECIPIENT,
                              sort_order=1),
            "business": Segment(code="res_business", name_th="ผู้ประกอบการ",
                                name_en="Businesses", kind=SegmentKind.SERVICE_RECIPIENT,
                                sort_order=2),
        }  # fmt: skip
        session.add_all(segments.values())
        before, survey = _survey("RES-2568", 2568), _survey("RES-2569", 2569)
        session.add_all([before, survey])
        session.flush()

        def form(target: Survey, number: int, segment: str, q1: int, q2: int, text: str) -> None:
            response = SurveyResponse(
                survey_id=target.id, segment_id=segments[segment].id,
                submitted_on=date(2026, 1, 10), form_number=str(number), comment=text,
            )  # fmt: skip
            response.answers = [
                SurveyAnswer(question_id=target.questions[0].id, value=q1),
                SurveyAnswer(question_id=target.questions[1].id, value=q2),
            ]
            session.add(response)

        form(before, 1, "public", 3, 3, "")
        for number, (segment, q1, q2, text) in enumerate(FORMS, start=1):
            form(survey, number, segment, q1, q2, text)
        session.flush()
        return survey.id


def add_form(db: Database, code: str, number: str, q1: int, q2: int) -> None:
    """One more first-pass form of survey ``code`` in no segment."""
    with db.session_scope() as session:
        survey = session.scalars(select(Survey).where(Survey.code == code)).one()
        response = SurveyResponse(
            survey_id=survey.id, submitted_on=date(2026, 1, 11), form_number=number
        )
        response.answers = [
            SurveyAnswer(question_id=survey.questions[0].id, value=q1),
            SurveyAnswer(question_id=survey.questions[1].id, value=q2),
        ]
        session.add(response)
