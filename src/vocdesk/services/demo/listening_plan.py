"""Demonstration listening plan and improvement actions.

The plan covers most segments and stages but leaves some gaps on purpose (the community during
and after the service, the businesses' letters), so the coverage matrix has something to show.
Actions are linked to complaint-type entries, complaints and a survey question of the latest
satisfaction round; some are done with an outcome, some open, a few past their due date.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from vocdesk.db import models as m

if TYPE_CHECKING:
    from vocdesk.services.demo.generate import DemoBuilder

# (segment, stage, channel, method, frequency, owner)
PLAN = [
    ("general_public", "before", "website", "ข้อมูลบริการและถามตอบบนเว็บไซต์", "continuous", "กลุ่มงานประชาสัมพันธ์"),
    ("general_public", "before", "line_oa", "แชตสอบถามก่อนมารับบริการทางไลน์ทางการ", "continuous", "ศูนย์บริการร่วม"),
    ("general_public", "during", "walk_in", "สอบถามความเห็นที่เคาน์เตอร์บริการ", "daily", "ศูนย์บริการร่วม"),
    ("general_public", "during", "suggestion_box", "ตู้รับความคิดเห็นหน้าจุดบริการ", "weekly", "ศูนย์บริการร่วม"),
    ("general_public", "after", "survey_comment", "แบบสำรวจความพึงพอใจประจำปี", "yearly", "กลุ่มงานยุทธศาสตร์และแผน"),
    ("general_public", "after", "phone", "โทรติดตามผลหลังรับบริการ", "monthly", "ศูนย์บริการร่วม"),
    ("business", "before", "meeting", "ประชุมชี้แจงหลักเกณฑ์การขออนุญาต", "quarterly", "กองอนุญาต"),
    ("business", "during", "email", "อีเมลติดตามสถานะคำขอ", "continuous", "กองอนุญาต"),
    ("business", "after", "survey_comment", "แบบสำรวจความพึงพอใจผู้ประกอบการ", "yearly", "กลุ่มงานยุทธศาสตร์และแผน"),
    ("government", "during", "letter", "หนังสือประสานงานระหว่างหน่วยงาน", "as_needed", "สำนักงานเลขานุการ"),
    ("government", "after", "meeting", "ประชุมคณะทำงานร่วม", "half_yearly", "สำนักงานเลขานุการ"),
    ("community", "before", "field_visit", "ลงพื้นที่รับฟังความต้องการของชุมชน", "half_yearly", "กลุ่มงานชุมชนสัมพันธ์"),
    ("partners", "during", "meeting", "สนทนากลุ่มภาคีเครือข่าย", "quarterly", "กลุ่มงานชุมชนสัมพันธ์"),
    ("partners", "after", "social_listening", "ติดตามความเห็นบนสื่อสังคมออนไลน์", "weekly", "กลุ่มงานประชาสัมพันธ์"),
]  # fmt: skip

# (what, why, owner, status, outcome, due in days from the start of this fiscal year's data)
ACTIONS = [
    ("จัดระบบจองคิวออนไลน์ผ่านไลน์ทางการ", "ผู้รับบริการร้องเรียนและเสนอแนะว่ารอคิวนานในช่วงเช้า",
     "ศูนย์บริการร่วม", "done", "เวลารอคิวเฉลี่ยลดจาก 45 นาทีเหลือ 15 นาที"),
    ("ลดเอกสารประกอบคำขออนุญาตที่ซ้ำซ้อน", "ผู้ประกอบการต้องยื่นสำเนาเอกสารชุดเดิมหลายครั้ง",
     "กองอนุญาต", "done", "ตัดสำเนาเอกสาร 3 รายการ ใช้การตรวจสอบข้อมูลจากระบบกลางแทน"),
    ("ปรับปรุงป้ายบอกทางและจุดประชาสัมพันธ์", "ผู้มาติดต่อครั้งแรกหาจุดบริการไม่พบ",
     "ฝ่ายอาคารสถานที่", "done", "ติดตั้งป้ายสองภาษาและผังจุดบริการที่ทางเข้า"),
    ("อบรมมารยาทการให้บริการทางโทรศัพท์", "มีข้อร้องเรียนเรื่องการพูดจาของเจ้าหน้าที่",
     "ฝ่ายบริหารทรัพยากรบุคคล", "done", "เจ้าหน้าที่ 42 คนผ่านการอบรม ข้อร้องเรียนเรื่องนี้ลดลงครึ่งหนึ่ง"),
    ("เพิ่มที่จอดรถสำหรับผู้มารับบริการ", "ที่จอดรถไม่เพียงพอในช่วงเช้า",
     "ฝ่ายอาคารสถานที่", "in_progress", ""),
    ("แจ้งสถานะคำขอผ่าน SMS อัตโนมัติ", "ผู้รับบริการต้องโทรสอบถามสถานะคำขอซ้ำหลายครั้ง",
     "ศูนย์เทคโนโลยีสารสนเทศ", "in_progress", ""),
    ("ปรับหน้าเว็บไซต์ให้อ่านง่ายบนโทรศัพท์มือถือ", "ข้อเสนอแนะจากแบบสำรวจว่าเว็บไซต์ใช้งานยาก",
     "กลุ่มงานประชาสัมพันธ์", "planned", ""),
    ("เปิดให้บริการช่วงพักกลางวัน", "ผู้ทำงานประจำมารับบริการได้เฉพาะช่วงพักกลางวัน",
     "ศูนย์บริการร่วม", "planned", ""),
    ("จัดทำคู่มือขั้นตอนการขออนุญาตฉบับภาษาง่าย", "ข้อสอบถามเรื่องขั้นตอนซ้ำ ๆ จำนวนมาก",
     "กองอนุญาต", "in_progress", ""),
    ("ยกเลิกการเรียกเก็บค่าถ่ายสำเนาเอกสาร", "ข้อร้องเรียนเรื่องค่าธรรมเนียมไม่ชัดเจน",
     "กองคลัง", "cancelled", ""),
]  # fmt: skip
DUE_DAYS = [60, 90, 45, 120, -20, 30, 75, 20, 10, 50]  # from "today": negative = already past


def build_listening_plan(b: DemoBuilder) -> None:
    """Insert the plan and the actions with their links (after entries, complaints, surveys)."""
    now = datetime.combine(b.today, time(9), tzinfo=UTC)
    segments = {code: s.id for code, s in b.segments.items()}
    b.writer.insert(m.ListeningPlanItem, [
        {"id": b.new_id(now), "segment_id": segments[seg], "stage": stage, "channel_id": b.channel_ids[ch],
         "method": method, "frequency": frequency, "owner": owner, "notes": "", "active": True,
         "created_at": now, "updated_at": now}
        for seg, stage, ch, method, frequency, owner in PLAN
        if seg in segments and ch in b.channel_ids
    ])  # fmt: skip
    session = b.session
    heard = list(session.scalars(
        select(m.FeedbackEntry.id).where(m.FeedbackEntry.type.in_(["complaint", "suggestion"]))
        .order_by(m.FeedbackEntry.received_at, m.FeedbackEntry.id)
    ))  # fmt: skip
    complaints = list(
        session.scalars(select(m.Complaint.id).order_by(m.Complaint.received_at, m.Complaint.id))
    )
    questions = session.execute(
        select(m.SurveyQuestion.survey_id, m.SurveyQuestion.id, m.SurveyQuestion.text_th)
        .join(m.Survey, m.Survey.id == m.SurveyQuestion.survey_id)
        .where(m.Survey.kind == "satisfaction")
        .order_by(m.Survey.fiscal_year.desc(), m.SurveyQuestion.position)
    ).all()  # fmt: skip
    latest = [q for q in questions if questions and q[0] == questions[0][0]]
    actions: list[dict[str, Any]] = []
    entry_links: list[dict[str, Any]] = []
    complaint_links: list[dict[str, Any]] = []
    findings: list[dict[str, Any]] = []
    recent = heard[-max(1, len(heard) // 3) :]  # what was heard in the last year or so
    for (title, reason, owner, status, outcome), due_days in zip(ACTIONS, DUE_DAYS, strict=True):
        made = now - timedelta(days=b.rng.randint(30, 200))
        action_id = b.new_id(made)
        done = status == "done"
        due = (
            b.today + timedelta(days=due_days)
            if not done
            else b.today - timedelta(days=b.rng.randint(20, 120))
        )
        actions.append({
            "id": action_id, "title": title, "reason": reason, "owner": owner, "due_on": due,
            "status": status, "outcome": outcome,
            "completed_on": due - timedelta(days=b.rng.randint(0, 14)) if done else None,  # on time
            "created_at": made, "updated_at": made,
        })  # fmt: skip
        for entry_id in b.rng.sample(recent, min(len(recent), b.rng.randint(2, 6))):
            entry_links.append({"action_id": action_id, "feedback_entry_id": entry_id})
        for complaint_id in b.rng.sample(
            complaints, min(len(complaints), b.rng.randint(0 if complaint_links else 1, 2))
        ):
            complaint_links.append({"action_id": action_id, "complaint_id": complaint_id})
        if latest and (not findings or b.rng.random() < 0.5):
            survey_id, question_id, text = b.rng.choice(latest)
            findings.append({
                "id": b.new_id(made), "action_id": action_id, "survey_id": survey_id,
                "question_id": question_id, "finding": f"คะแนนข้อ “{text}” ต่ำกว่าค่าเป้าหมาย",
                "created_at": made, "updated_at": made,
            })  # fmt: skip
    b.writer.insert(m.ImprovementAction, actions)
    b.writer.insert(m.improvement_feedback, entry_links)
    b.writer.insert(m.improvement_complaint, complaint_links)
    b.writer.insert(m.ImprovementSurveyFinding, findings)
