"""The demo's personal-data work (issue 19): a few people marked as holding special-category
data, and the requests of data subjects a year brings — most answered within 30 days, one
answered late, a few open (one overdue) — so the Requests window and the registry's marks have
something to show. Drawn from a generator of their own, so every other demo row stays as it was.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import update

from vocdesk.db import models as m
from vocdesk.domain.pdpa.terms import RequestKind, RequestStatus, request_due_on
from vocdesk.services.demo import data

if TYPE_CHECKING:
    from vocdesk.services.demo.generate import DemoBuilder

SENSITIVE_SHARE = 0.02  # people whose records hold health, religion or criminal-record details
REQUESTS = 14  # per unit of scale, over the last year
OFFICER = "admin"  # the demo's administrator answers them (the personal-data grant holder)

# What each kind of request asks and how it was answered, in the officer's words.
_WORDS: dict[RequestKind, tuple[str, str]] = {
    RequestKind.ACCESS: ("ขอสำเนาข้อมูลของตนที่หน่วยงานเก็บไว้", "ส่งสำเนาข้อมูลทางอีเมลแล้ว"),
    RequestKind.PORTABILITY: ("ขอรับข้อมูลในรูปแบบไฟล์", "ส่งไฟล์ข้อมูลแล้ว"),
    RequestKind.CORRECTION: ("ขอแก้ไขที่อยู่และหมายเลขโทรศัพท์", "แก้ไขทะเบียนแล้ว"),
    RequestKind.OBJECTION: ("ไม่ประสงค์ให้ติดต่อเพื่อสำรวจความพึงพอใจ", "ระงับการติดต่อแล้ว"),
    RequestKind.RESTRICTION: ("ขอระงับการใช้ข้อมูลระหว่างตรวจสอบ", "ระงับการใช้ข้อมูลแล้ว"),
    RequestKind.ERASURE: ("ขอให้ลบข้อมูลส่วนบุคคล", "ยังต้องเก็บไว้ตามกฎหมายจนเรื่องร้องเรียนปิด"),
    RequestKind.WITHDRAW_CONSENT: ("ขอถอนความยินยอมรับข่าวสาร", "บันทึกการถอนความยินยอมแล้ว"),
}
_KIND_WEIGHTS = {
    RequestKind.ACCESS: 4, RequestKind.CORRECTION: 4, RequestKind.WITHDRAW_CONSENT: 2,
    RequestKind.OBJECTION: 1, RequestKind.RESTRICTION: 1, RequestKind.PORTABILITY: 1,
    RequestKind.ERASURE: 1,
}  # fmt: skip
_RESTRICTING = (RequestKind.OBJECTION, RequestKind.RESTRICTION)


def add_personal_data_work(builder: DemoBuilder) -> None:
    rng = random.Random(f"pdpa-{builder.scale}-{builder.today.isoformat()}")
    people = [r for r in builder.everyone[0] if r["party_type"] == "person"]
    sensitive = [r["id"] for r in people if rng.random() < SENSITIVE_SHARE]
    if sensitive:
        builder.session.execute(
            update(m.Stakeholder).where(m.Stakeholder.id.in_(sensitive)).values(sensitive=True)
        )
    first = builder.today - timedelta(days=365)
    rows: list[dict[str, Any]] = []
    restricted: dict[Any, date] = {}
    for index in range(REQUESTS * builder.scale):
        received = first + timedelta(days=rng.randrange(365))
        person = rng.choice([p for p in people if p["created_at"].date() <= received] or people)
        kind = rng.choices(list(_KIND_WEIGHTS), weights=list(_KIND_WEIGHTS.values()))[0]
        asked, answered = _WORDS[kind]
        due = request_due_on(received)
        days_open = (builder.today - received).days
        row: dict[str, Any] = {
            "stakeholder_id": person["id"], "kind": kind, "received_on": received,
            "due_on": due, "channel_id": rng.choice(list(builder.channel_ids.values())),
            "requester": "", "details": asked, "officer": OFFICER, "status": RequestStatus.OPEN,
            "outcome": "", "closed_on": None,
        }  # fmt: skip
        # The newest few stay open (the oldest of them overdue); the one before answered late.
        if index % 7 == 0 and days_open > 45:
            row.update(status=RequestStatus.DONE, outcome=answered,
                       closed_on=due + timedelta(days=rng.randint(2, 9)))  # fmt: skip
        elif days_open > 40 or (days_open > 12 and rng.random() < 0.6):
            refused = kind is RequestKind.ERASURE
            took = rng.randint(2, min(28, max(2, days_open - 1)))
            row.update(status=RequestStatus.REFUSED if refused else RequestStatus.DONE,
                       outcome=answered, closed_on=received + timedelta(days=took))  # fmt: skip
        if row["status"] is RequestStatus.DONE and kind in _RESTRICTING:
            restricted[person["id"]] = row["closed_on"]
        at = datetime(received.year, received.month, received.day, 10, tzinfo=data.THAI_TIME)
        at = at.astimezone(UTC)
        rows.append({"id": builder.new_id(at), "created_at": at, "updated_at": at, **row})
    builder.writer.insert(m.DataSubjectRequest, rows)
    for person_id, on in restricted.items():
        builder.session.execute(
            update(m.Stakeholder)
            .where(m.Stakeholder.id == person_id)
            .values(restricted=True, restricted_on=on)
        )
