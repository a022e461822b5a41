"""Demonstration complaints that follow the workflow, with due dates from service standards.

A case picks a workflow (received → screening → in progress / forwarded / co-handled → resolved
→ closed, or rejected, withdrawn, reopened...), its steps are timed in working days, and the
case stops at the last step reached by the data's "today": recent cases are still open, and
some pass their due date.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from vocdesk.db import models as m
from vocdesk.domain.complaints.service_standard import due_date, pauses_from_history
from vocdesk.domain.enums import ComplaintStatus
from vocdesk.services.demo import data
from vocdesk.services.demo.people import district_of, office_for

if TYPE_CHECKING:
    from vocdesk.services.demo.generate import DemoBuilder

FINAL_STATUSES = {"closed", "rejected", "withdrawn"}  # a case ends in one of these
INTAKE_STEPS = {"received", "screening", "reopened"}  # done by the intake officer
PRIORITIES = {"high": 15, "medium": 60, "low": 25}
FOLLOW_UP_SCORES = {False: [3, 5, 15, 40, 37], True: [15, 25, 30, 20, 10]}  # True: was reopened
# Statuses a case can be in on the data's "today", and how often an open case is in each.
OPEN_STATUSES = {
    "received": 6, "screening": 8, "in_progress": 30, "forwarded": 12, "co_handled": 10,
    "waiting": 14, "resolved": 12, "reopened": 8,
}  # fmt: skip
OPEN_SHARE = 0.12
COMPLAINT_CHANNELS = {
    "hotline_1111": 18, "damrongdhama_1567": 8, "walk_in": 15, "phone": 14, "letter": 8,
    "email": 6, "website": 10, "facebook": 8, "line_oa": 10, "suggestion_box": 3,
}  # fmt: skip
CATEGORY_WEIGHTS = {
    "service_delay": 22, "online_services": 16, "staff_conduct": 14, "information": 14,
    "facilities": 14, "fees": 8, "other": 8, "misconduct": 4,
}  # fmt: skip
CATEGORY_SERVICES: dict[str, list[str | None]] = {
    "online_services": ["status_online", "licence"], "fees": ["fees"], "information": ["advice"],
    "service_delay": ["licence", "certified_copy", "registration"], "misconduct": ["licence"],
    "staff_conduct": ["certified_copy", "licence", "advice"], "facilities": [None], "other": [None],
}  # fmt: skip
# Complaint workflows (DESIGN.md §3) with how often each is followed.
WORKFLOWS: list[tuple[int, tuple[str, ...]]] = [
    (45, ("screening", "in_progress", "resolved", "closed")),
    (8, ("screening", "resolved", "closed")),
    (10, ("screening", "forwarded", "resolved", "closed")),
    (8, ("screening", "co_handled", "resolved", "closed")),
    (10, ("screening", "in_progress", "waiting", "in_progress", "resolved", "closed")),
    (7, ("screening", "rejected")),
    (5, ("screening", "in_progress", "withdrawn")),
    (7, ("screening", "in_progress", "resolved", "closed",
         "reopened", "in_progress", "resolved", "closed")),
]  # fmt: skip


# Root causes by category (codes of the catalogue seeded by migration 0005, whose keys are fixed).
ROOT_CAUSES = {
    "service_delay": ["process", "process", "staff_knowledge"], "online_services": ["it_system"],
    "staff_conduct": ["staff_conduct"], "information": ["information", "staff_knowledge"],
    "facilities": ["facilities"], "fees": ["regulation", "information"], "misconduct": ["staff_conduct"],
    "other": ["other_agency", "no_fault", "process"],
}  # fmt: skip
_KEYS = uuid.UUID("5d0c7a52-4f3e-4c8e-9a4b-0c1d2e3f4a5b")  # migrations 0002/0005's namespace
CORRECTIVE_ACTIONS = {
    "process": "ทบทวนขั้นตอนงานและกำหนดระยะเวลาแต่ละขั้นให้ชัดเจน",
    "staff_knowledge": "จัดอบรมเจ้าหน้าที่เรื่องระเบียบและคู่มือการให้บริการ",
    "staff_conduct": "ตักเตือนเจ้าหน้าที่และจัดอบรมการให้บริการด้วยใจ",
    "information": "ปรับปรุงข้อมูลบนเว็บไซต์และป้ายประชาสัมพันธ์ให้เป็นปัจจุบัน",
    "facilities": "ซ่อมแซมและจัดตรวจสภาพสถานที่ทุกเดือน",
    "it_system": "แก้ไขระบบและเพิ่มการทดสอบก่อนเปิดใช้งาน",
    "regulation": "เสนอทบทวนหลักเกณฑ์ค่าธรรมเนียมต่อผู้บริหาร",
}
UNITS = ["งานบริการประชาชน", "งานทะเบียน", "งานการเงิน", "งานเทคโนโลยีสารสนเทศ", "งานอาคารสถานที่"]
FOLLOW_UP_COMMENTS = {1: "ไม่พอใจ ปัญหายังไม่ได้รับการแก้ไข", 2: "ล่าช้ามาก", 3: "พอใช้",
                      4: "พอใจ เจ้าหน้าที่ติดตามดี", 5: "พอใจมาก แก้ไขรวดเร็ว"}  # fmt: skip


def root_cause_id(code: str) -> uuid.UUID:
    return uuid.uuid5(_KEYS, f"complaint_root_cause:{code}")


@dataclass
class ComplaintPlan:
    complaint: dict[str, Any]
    changes: list[dict[str, Any]]  # status history, oldest first, without ids
    entry: dict[str, Any] | None  # the listening-log entry the case came in through, if any


def plan_complaint(b: DemoBuilder) -> ComplaintPlan:
    rng = b.rng
    category_code = b.pick({c: w for c, w in CATEGORY_WEIGHTS.items() if c in b.categories})
    category = b.categories[category_code]
    channel = b.pick({c: w for c, w in COMPLAINT_CHANNELS.items() if c in b.channel_ids})
    history = _history(b, category.resolve_days, channel in ("walk_in", "phone", "letter"))
    received = history[0][1]
    anonymous = rng.random() < (0.5 if category_code == "misconduct" else 0.12)
    who = None if anonymous else b.stakeholder_before(received)
    province = who["province"] if who else b.people.province().name_th
    office = office_for(province)
    intake = rng.choice(b.staff[office])
    subject, detail = rng.choice(data.COMPLAINTS.get(category_code, data.COMPLAINTS["other"]))
    # The resolve deadline moves on by the days the case waited (the clock stops then).
    pauses = pauses_from_history(
        [(_local_day(at), ComplaintStatus(st)) for st, at in history], b.today
    )
    due = due_date(b.calendar, _local_day(received), category.resolve_days, pauses)
    handler = rng.choice(b.staff[office])
    agency = rng.choice(data.OTHER_AGENCIES)
    changes = [
        {"changed_at": at, "changed_by": intake if status in INTAKE_STEPS else handler,
         "from_status": history[index - 1][0] if index else None, "to_status": status,
         "note": data.STATUS_NOTES[status].format(agency=agency), "created_at": at, "updated_at": at}
        for index, (status, at) in enumerate(history)
    ]  # fmt: skip
    status, last_change = history[-1]
    resolved = [t for s, t in history if s == "resolved"]
    finished = status in ("resolved", "closed")
    reopened = sum(1 for s, _ in history if s == "reopened")
    score = None
    if status == "closed" and rng.random() < 0.7:  # the follow-up call reached the complainant
        score = rng.choices([1, 2, 3, 4, 5], weights=FOLLOW_UP_SCORES[bool(reopened)])[0]
    resolution = ""
    if finished:
        resolution = data.RESOLUTIONS.get(category_code, data.RESOLUTIONS["other"])
    elif status in ("rejected", "withdrawn"):
        resolution = data.STATUS_NOTES[status]
    moves = history[1:]
    first_response = next((t for st, t in moves if st in ("in_progress", "forwarded", "co_handled",
                                                            "resolved", "rejected")), None)  # fmt: skip
    forwarded = next((t for st, t in moves if st == "forwarded"), None)
    cause = rng.choice(ROOT_CAUSES.get(category_code, ROOT_CAUSES["other"])) if finished else None
    notified = resolved[-1] if finished else None
    complaint = {
        "acknowledged_at": moves[0][1] if moves else None, "first_response_at": first_response,
        "notified_at": notified, "notify_channel_id": b.channel_ids[channel] if notified else None,
        "forwarded_agency": agency if forwarded else "", "forwarded_on": _local_day(forwarded) if forwarded else None,
        "forwarded_reference": f"{rng.randint(1, 999)}/{_local_day(forwarded).year + 543}" if forwarded else "",
        "unit": rng.choice(UNITS) if len(history) > 2 else "",
        "root_cause_id": root_cause_id(cause) if cause else None,
        "corrective_action": CORRECTIVE_ACTIONS.get(cause, "") if cause else "",
        "follow_up_comment": FOLLOW_UP_COMMENTS[score] if score else "",
        "followed_up_at": last_change if score else None,
        "complainant_name": "", "complainant_contact": "", "duplicate_of_id": None,
        "received_at": received, "channel_id": b.channel_ids[channel],
        "stakeholder_id": who["id"] if who else None, "anonymous": anonymous,
        "subject": subject, "details": f"ผู้ร้องแจ้งว่า{detail} ขอให้หน่วยงานตรวจสอบและแจ้งผลการดำเนินการ",
        "category_id": category.id,
        "service_id": b.service_id(rng.choice(CATEGORY_SERVICES.get(category_code, [None]))),
        "province": province, "district": _district(b, province),
        "priority": "high" if category_code == "misconduct" else b.pick(PRIORITIES),
        "confidential": category_code == "misconduct", "status": status,
        "office_id": b.office_ids.get(office), "assigned_to": handler if len(history) > 2 else "",
        "due_on": due, "resolved_at": resolved[-1] if finished else None,
        "closed_at": last_change if status in FINAL_STATUSES else None,
        "reopen_count": reopened, "feedback_entry_id": None,
        "resolution": resolution, "follow_up_score": score,
        "trust_restored": None if score is None else score >= 4,
        "created_at": received, "updated_at": last_change, "_intake": intake,
    }  # fmt: skip
    entry = None
    if rng.random() < 0.3:  # heard first in the listening log, then opened as a case
        entry = b.entry(received, channel, rng.choice(["during", "after"]), "complaint", "negative",
                        f"{subject} {detail}", who, None)  # fmt: skip
        entry["office_id"] = b.office_ids.get(office)
    return ComplaintPlan(complaint, changes, entry)


def _history(b: DemoBuilder, resolve_days: int, office_hours: bool) -> list[tuple[str, datetime]]:
    """The statuses a case went through up to the data's "today", with their moments.

    Most cases run their whole workflow and stop where "today" finds them; a share is made
    open on purpose (each open status is then sure to appear), by moving the case's timeline
    in whole weeks so that its last status was reached shortly before today.
    """
    rng = b.rng
    target: str | None = rng.choices(list(OPEN_STATUSES), weights=list(OPEN_STATUSES.values()))[0]
    if rng.random() >= OPEN_SHARE:
        target = None
    flows = [(w, flow) for w, flow in WORKFLOWS if target in (None, "received") or target in flow]
    workflow = rng.choices([f for _, f in flows], weights=[w for w, _ in flows])[0]
    received = b.moment(b.day(), office_hours)
    steps = [("received", received)] + _timed_steps(b, received, workflow, resolve_days)
    if target is None:
        return [(status, at) for status, at in steps if _local_day(at) < b.today]
    steps = steps[: [status for status, _ in steps].index(target) + 1]
    if target in ("received", "screening"):
        ago = rng.randint(1, 2)
    elif rng.random() < 0.4:  # stalled: sitting in this status for weeks, often past due
        ago = rng.randint(5, 40)
    else:
        ago = rng.randint(1, 8)
    weeks = ((b.today - timedelta(days=ago)) - _local_day(steps[-1][1])).days // 7
    return [(status, at + timedelta(weeks=weeks)) for status, at in steps]


def _timed_steps(
    b: DemoBuilder, received: datetime, workflow: tuple[str, ...], resolve_days: int
) -> list[tuple[str, datetime]]:
    """The workflow's steps after "received", each with the moment it happens."""
    rng = b.rng
    late = rng.random() < 0.15  # some cases miss their service standard
    target = (
        resolve_days + rng.randint(1, 12)
        if late
        else rng.randint(max(1, resolve_days // 4), resolve_days)
    )
    steps: list[tuple[str, datetime]] = []
    at, elapsed = received, 0
    for status in workflow:
        if steps and steps[-1][0] == "reopened":
            gap = rng.randint(2, 6)
        elif status == "screening":
            gap = rng.randint(0, 1)
        elif status in ("in_progress", "forwarded", "co_handled", "rejected"):
            gap = (
                rng.randint(1, 2) if not steps or steps[-1][0] != "waiting" else rng.randint(3, 10)
            )
        elif status == "waiting":
            gap = rng.randint(1, 4)
        elif status == "resolved":
            gap = max(1, target - elapsed) if elapsed < target else rng.randint(2, 8)
        elif status == "reopened":
            gap = rng.randint(3, 15)
        else:  # closed, withdrawn
            gap = rng.randint(1, 6)
        elapsed += gap
        at = b.after(at, gap)
        steps.append((status, at))
    return steps


def _district(b: DemoBuilder, province: str) -> str:
    if province == "กรุงเทพมหานคร":
        return "เขต" + b.rng.choice(data.BANGKOK_KHET_KHWAENG)[0]
    return district_of(province)


def _local_day(at: datetime) -> date:
    return at.astimezone(data.THAI_TIME).date()


def complaint_extras(
    b: DemoBuilder, complaints: list[dict[str, Any]]
) -> list[tuple[Any, list[dict[str, Any]]]]:
    """The rows around the cases: who may read confidential ones (two officers of the
    database, and each such case's supervisor), scanned letters attached to a share of the
    cases (a few KB each, kept in the database), and the area's settings (no number prefix)."""
    rng = b.rng
    offices = sorted(b.staff)
    officers = sorted({b.staff[offices[0]][0], b.staff[offices[-1]][0]})
    now = datetime.combine(b.today, datetime.min.time(), tzinfo=data.THAI_TIME)
    access, attachments = [], []
    for case in complaints:
        stamp = {"created_at": case["received_at"], "updated_at": case["received_at"]}
        if case["confidential"]:
            supervisor = rng.choice(b.staff[rng.choice(offices)])
            access.append({"id": b.new_id(case["received_at"]), "complaint_id": case["id"],
                           "user_name": supervisor, **stamp})  # fmt: skip
        if rng.random() < 0.1:
            letter = f"เรื่อง {case['subject']}\n\n{case['details']}\n".encode()
            attachments.append({
                "id": b.new_id(case["received_at"]), "complaint_id": case["id"],
                "file_name": f"หนังสือร้องเรียน-{case['number'].replace('/', '-')}.txt",
                "media_type": "text/plain", "size": len(letter), "content": letter,
                "added_by": case["_intake"], **stamp,
            })  # fmt: skip
    return [
        (m.ComplaintOfficer, [{"id": b.new_id(now), "user_name": name, "created_at": now, "updated_at": now}
                              for name in officers]),
        (m.ComplaintAccess, access),
        (m.ComplaintAttachment, attachments),
        (m.ComplaintSetting, [{"key": "number_prefix", "value": ""}]),
    ]  # fmt: skip
