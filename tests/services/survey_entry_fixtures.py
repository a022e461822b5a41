"""A small paper form for the entry, double-entry and response-import tests.

Section 1 has two 5-point items (1.1 offers "no opinion", 1.2 does not), then a 4-point item
(1.3); section 2 asks the respondent's group (a profile question naming segments), the channels
used (multiple choice), the number of visits, and a comment (free text).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from vocdesk.db.models import Segment, Survey, SurveyChoice, SurveyQuestion
from vocdesk.domain.enums import (
    ProfileField,
    QuestionType,
    SegmentKind,
    SurveyKind,
)
from vocdesk.services.database import Database

FIVE = (("น้อยที่สุด", "Very low"), ("น้อย", "Low"), ("ปานกลาง", "Moderate"), ("มาก", "High"),
        ("มากที่สุด", "Very high"))  # fmt: skip
FOUR = (("ไม่พอใจมาก", "Very dissatisfied"), ("ไม่พอใจ", "Dissatisfied"), ("พอใจ", "Satisfied"),
        ("พอใจมาก", "Very satisfied"))  # fmt: skip


@dataclass(frozen=True)
class FormIds:
    survey: uuid.UUID
    questions: dict[str, uuid.UUID]  # by code
    public: uuid.UUID  # the segments the profile answers name
    business: uuid.UUID


def make_form(db: Database, code: str = "SAT-2569") -> FormIds:
    with db.session_scope() as session:
        public = Segment(code="form_public", name_th="ประชาชนทั่วไป", name_en="General public",
                         kind=SegmentKind.SERVICE_RECIPIENT)  # fmt: skip
        business = Segment(code="form_business", name_th="ผู้ประกอบการ", name_en="Businesses",
                           kind=SegmentKind.SERVICE_RECIPIENT)  # fmt: skip
        session.add_all([public, business])
        session.flush()
        survey = Survey(code=code, title_th="แบบสำรวจความพึงพอใจ", title_en="Satisfaction survey",
                        kind=SurveyKind.SATISFACTION, fiscal_year=2569)  # fmt: skip

        def rating(
            position: int, number: str, text: str, points: int, no_opinion: bool
        ) -> SurveyQuestion:
            labels = FIVE if points == 5 else FOUR
            return SurveyQuestion(
                position=position, code=f"Q{number}", number=number,
                section="ด้านกระบวนการ ขั้นตอนการให้บริการ", text_th=text, text_en="", dimension="process",
                type=QuestionType.RATING, points=points, offers_no_opinion=no_opinion,
                choices=[SurveyChoice(value=v, label_th=th, label_en=en)
                         for v, (th, en) in enumerate(labels, start=1)],
            )  # fmt: skip

        survey.questions = [
            rating(1, "1.1", "ความสะดวกในการติดต่อขอรับบริการ", 5, True),
            rating(2, "1.2", "ระยะเวลาการรอรับบริการมีความเหมาะสม", 5, False),
            rating(3, "1.3", "ความพึงพอใจต่อการให้บริการโดยรวม", 4, True),
            SurveyQuestion(position=4, code="GROUP", number="2.1", section="ข้อมูลผู้ตอบ",
                           text_th="ท่านเป็นผู้รับบริการกลุ่มใด", type=QuestionType.PROFILE,
                           profile=ProfileField.SEGMENT, choices=[
                               SurveyChoice(value=1, label_th="ประชาชนทั่วไป", label_en="General public", segment_id=public.id),
                               SurveyChoice(value=2, label_th="ผู้ประกอบการ", label_en="Business", segment_id=business.id),
                           ]),
            SurveyQuestion(position=5, code="CHANNEL", number="2.2", section="ข้อมูลผู้ตอบ",
                           text_th="ช่องทางที่ท่านใช้", type=QuestionType.MULTIPLE, choices=[
                               SurveyChoice(value=1, label_th="มาด้วยตนเอง", label_en="In person"),
                               SurveyChoice(value=2, label_th="โทรศัพท์", label_en="Phone"),
                               SurveyChoice(value=3, label_th="เว็บไซต์", label_en="Website"),
                           ]),
            SurveyQuestion(position=6, code="VISITS", number="2.3", section="ข้อมูลผู้ตอบ",
                           text_th="จำนวนครั้งที่มาใช้บริการในปีนี้", type=QuestionType.NUMBER),
            SurveyQuestion(position=7, code="SUGGEST", number="3", section="ข้อเสนอแนะ",
                           text_th="ข้อเสนอแนะเพิ่มเติม", type=QuestionType.TEXT),
        ]  # fmt: skip
        session.add(survey)
        session.flush()
        return FormIds(survey.id, {q.code: q.id for q in survey.questions}, public.id, business.id)
