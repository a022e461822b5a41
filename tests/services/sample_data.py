"""Realistic rows for tests and screenshots, written with the ORM into a real database.

The default catalogues (channels, segments, complaint categories) come from the migrations;
this adds offices, services, people, feedback, surveys, complaints and activities, with long
Thai texts so that wrapping is exercised. Deterministic: the same seed gives the same rows.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import insert, select

from vocdesk.db.models import (
    Activity,
    Channel,
    Complaint,
    ComplaintCategory,
    FeedbackEntry,
    Office,
    Reminder,
    Segment,
    Service,
    Stakeholder,
    Survey,
    SurveyAnswer,
    SurveyQuestion,
    SurveyResponse,
    activity_participant,
)
from vocdesk.domain.enums import (
    ActivityKind,
    ComplaintStatus,
    FeedbackType,
    LifecycleStage,
    Priority,
    ReminderSource,
    ReminderStatus,
    Sentiment,
    StakeholderKind,
    StakeholderStatus,
    SurveyKind,
)
from vocdesk.domain.fiscal import fiscal_year_be
from vocdesk.domain.ids import new_id
from vocdesk.services.database import Database

FIRST_NAMES = ["สมชาย", "สมหญิง", "วิภาวรรณ", "ประยุทธ", "กาญจนา", "ธนพล", "ศิริพร", "อนุชา"]
LAST_NAMES = ["ใจดี", "รักษ์ไทย", "ศรีสุข", "วงศ์ทอง", "แก้วมณี", "บุญมา", "ทองคำ", "มั่นคง"]
PROVINCES = ["กรุงเทพมหานคร", "เชียงใหม่", "ขอนแก่น", "สงขลา", "ชลบุรี", "นครราชสีมา"]
ORGANISATIONS = ["", "", "บริษัท ไทยพัฒนา จำกัด", "องค์การบริหารส่วนตำบลหนองบัว", "สมาคมผู้ประกอบการ"]
FEEDBACK_TEXTS = [
    "เจ้าหน้าที่ให้บริการด้วยความสุภาพและรวดเร็ว ประทับใจมากค่ะ",
    "อยากให้เพิ่มช่องทางการยื่นคำขอออนไลน์ เพราะต้องเดินทางมาไกลและเสียเวลารอคิวนานมาก",
    "ขั้นตอนการขออนุญาตมีเอกสารที่ต้องยื่นซ้ำซ้อนหลายรายการ ควรลดขั้นตอนและเชื่อมโยงข้อมูลระหว่างหน่วยงานให้ผู้รับบริการไม่ต้องถ่ายสำเนาเอกสารทุกครั้ง",
    "สอบถามระยะเวลาการพิจารณาคำขอใบอนุญาตประกอบกิจการ",
    "ที่จอดรถไม่เพียงพอในช่วงเช้า",
    "ระบบคิวออนไลน์ใช้งานง่าย ได้รับการแจ้งเตือนทางไลน์ทันเวลา",
]
COMPLAINT_SUBJECTS = [
    "ไฟฟ้าส่องสว่างบริเวณถนนหน้าหมู่บ้านดับหลายจุดเป็นเวลานานกว่าสองสัปดาห์ ทำให้ประชาชนสัญจรไปมาด้วยความยากลำบากและไม่ปลอดภัยในเวลากลางคืน",
    "เจ้าหน้าที่พูดจาไม่สุภาพ",
    "ขอให้ตรวจสอบการเก็บค่าธรรมเนียมเกินอัตรา",
    "น้ำประปาไม่ไหลสามวัน",
    "ร้องเรียนความล่าช้าในการออกใบอนุญาต",
]
ACTIVITY_SUBJECTS = [
    "ประชุมหารือแนวทางความร่วมมือ",
    "โทรติดตามผลการแก้ไขเรื่องร้องเรียน",
    "ลงพื้นที่รับฟังความคิดเห็น",
]


@dataclass
class SampleData:
    stakeholder_ids: list[uuid.UUID] = field(default_factory=list)
    survey_ids: list[uuid.UUID] = field(default_factory=list)


def _catalogues(session) -> tuple[list, list, list, list, list]:
    channels = session.scalars(select(Channel.id).order_by(Channel.sort_order)).all()
    segments = session.scalars(select(Segment.id).order_by(Segment.sort_order)).all()
    categories = session.scalars(select(ComplaintCategory.id)).all()
    offices = session.scalars(select(Office.id)).all()
    services = session.scalars(select(Service.id)).all()
    if not offices:
        for code, th, en in [
            ("hq", "สำนักงานใหญ่", "Head office"),
            ("cm", "สำนักงานเขตเชียงใหม่", "Chiang Mai office"),
        ]:
            office = Office(code=code, name_th=th, name_en=en)
            session.add(office)
            session.flush()
            offices = [*offices, office.id]
        for code, th, en in [
            ("permit", "การออกใบอนุญาต", "Permits"),
            ("advice", "การให้คำปรึกษา", "Advice"),
        ]:
            service = Service(code=code, name_th=th, name_en=en)
            session.add(service)
            session.flush()
            services = [*services, service.id]
    return list(channels), list(segments), list(categories), list(offices), list(services)


def _valid_national_id(rng: random.Random) -> str:
    first = str(rng.randint(1, 8)) + "".join(str(rng.randint(0, 9)) for _ in range(11))
    total = sum(int(d) * (13 - i) for i, d in enumerate(first))
    return first + str((11 - total % 11) % 10)


def fill(
    db: Database,
    *,
    stakeholders: int = 30,
    feedback: int = 300,
    complaints: int = 250,
    surveys: int = 3,
    responses_per_survey: int = 20,
    activities_per_stakeholder: int = 2,
    today: date | None = None,
    seed: int = 7,
) -> SampleData:
    """Write a full set of rows; bulk inserts keep 100,000-row tables quick to build."""
    rng = random.Random(seed)
    today = today or date.today()
    now = datetime.combine(today, datetime.min.time(), tzinfo=UTC) + timedelta(hours=3)
    data = SampleData()
    with db.session_scope() as session:
        channels, segments, categories, offices, services = _catalogues(session)
        people = []
        for i in range(stakeholders):
            sid = new_id()
            data.stakeholder_ids.append(sid)
            people.append(
                dict(
                    id=sid,
                    name=f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)} {i:05d}",
                    organisation=rng.choice(ORGANISATIONS),
                    kind=rng.choice(list(StakeholderKind)),
                    status=rng.choice(list(StakeholderStatus)),
                    segment_id=rng.choice(segments),
                    province=rng.choice(PROVINCES),
                    phone=f"+668{rng.randint(10000000, 99999999)}",
                    national_id=_valid_national_id(rng),
                    created_at=now, updated_at=now - timedelta(days=rng.randint(0, 400)),
                )
            )  # fmt: skip
        if people:
            session.execute(insert(Stakeholder), people)
        entries = []
        for i in range(feedback):
            anonymous = rng.random() < 0.3 or not data.stakeholder_ids
            entries.append(
                dict(
                    id=new_id(),
                    received_at=now - timedelta(hours=rng.randint(0, 24 * 500)),
                    channel_id=rng.choice(channels), stage=rng.choice(list(LifecycleStage)),
                    type=rng.choice(list(FeedbackType)), sentiment=rng.choice(list(Sentiment)),
                    text=rng.choice(FEEDBACK_TEXTS) + f" ({i})",
                    stakeholder_id=None if anonymous else rng.choice(data.stakeholder_ids),
                    segment_id=rng.choice(segments), service_id=rng.choice(services),
                    office_id=rng.choice(offices), created_at=now, updated_at=now,
                )
            )  # fmt: skip
        if entries:
            session.execute(insert(FeedbackEntry), entries)
        cases = []
        for i in range(complaints):
            received = now - timedelta(days=rng.randint(0, 120), hours=rng.randint(0, 23))
            fy = fiscal_year_be(received.date())
            cases.append(
                dict(
                    id=new_id(), fiscal_year=fy, sequence=i + 1, number=f"{fy}/{i + 1:06d}",
                    received_at=received, channel_id=rng.choice(channels),
                    stakeholder_id=rng.choice(data.stakeholder_ids) if data.stakeholder_ids else None,
                    subject=rng.choice(COMPLAINT_SUBJECTS), category_id=rng.choice(categories),
                    priority=rng.choice(list(Priority)), status=rng.choice(list(ComplaintStatus)),
                    assigned_to=rng.choice(["", "นางสาวกานดา", "นายวีระ"]),
                    due_on=received.date() + timedelta(days=rng.choice([7, 15, 30])),
                    created_at=now, updated_at=now,
                )
            )  # fmt: skip
        if cases:
            session.execute(insert(Complaint), cases)
        for s in range(surveys):
            survey = Survey(
                code=f"SAT-{fiscal_year_be(today) - s}",
                title_th=f"การสำรวจความพึงพอใจของผู้รับบริการ ประจำปีงบประมาณ {fiscal_year_be(today) - s}",
                kind=SurveyKind.SATISFACTION,
                fiscal_year=fiscal_year_be(today) - s,
                target_percent=80.0,
            )
            survey.segments = [session.get(Segment, segments[s % len(segments)])]
            survey.questions = [
                SurveyQuestion(
                    code=f"Q1.{q + 1}",
                    position=q,
                    number=f"1.{q + 1}",
                    points=5,
                    text_th=f"ความพึงพอใจด้านที่ {q + 1}",
                )
                for q in range(4)
            ]
            session.add(survey)
            session.flush()
            data.survey_ids.append(survey.id)
            for r in range(responses_per_survey):
                response = SurveyResponse(
                    survey_id=survey.id,
                    stakeholder_id=data.stakeholder_ids[r % len(data.stakeholder_ids)]
                    if data.stakeholder_ids
                    else None,
                    submitted_on=today - timedelta(days=rng.randint(0, 300)),
                    comment="บริการดีมาก" if r % 3 == 0 else "",
                )
                response.answers = [
                    SurveyAnswer(question_id=q.id, value=v, no_opinion=v is None)
                    for q in survey.questions
                    for v in [rng.choice([3, 4, 4, 5, 5, None])]
                ]
                session.add(response)
        acts = [
            dict(
                id=new_id(),
                stakeholder_id=sid,
                occurred_at=now - timedelta(days=rng.randint(0, 200)),
                kind=rng.choice(list(ActivityKind)),
                subject=rng.choice(ACTIVITY_SUBJECTS),
                notes="ผู้รับบริการขอบคุณที่ติดตามเรื่องอย่างต่อเนื่อง",
                created_at=now,
                updated_at=now,
            )  # fmt: skip
            for sid in data.stakeholder_ids
            for _ in range(activities_per_stakeholder)
        ]
        if acts:
            session.execute(insert(Activity), acts)
            # Every other stakeholder also took part in the first activity of the one before it
            # (so a merge of neighbours meets the same activity twice), and gets a reminder.
            ids = data.stakeholder_ids
            firsts = {a["stakeholder_id"]: a["id"] for a in reversed(acts)}
            session.execute(insert(activity_participant), [
                {"activity_id": firsts[ids[i - 1]], "stakeholder_id": ids[i]}
                for i in range(1, len(ids), 2) if ids[i - 1] in firsts
            ])  # fmt: skip
            session.execute(insert(Reminder), [
                dict(id=new_id(), stakeholder_id=sid, due_on=today + timedelta(days=30 + n),
                     assigned_to="สมชาย", source=ReminderSource.MANUAL, note="",
                     status=ReminderStatus.OPEN, created_at=now, updated_at=now)
                for n, sid in enumerate(ids[::2])
            ])  # fmt: skip
    return data
