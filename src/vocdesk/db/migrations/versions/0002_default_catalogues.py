"""default catalogues: channels, segments, complaint categories, fixed-date holidays

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 05:30:00

A new agency database starts with the catalogues every agency needs, in Thai and English. The
data is frozen here, on purpose: a released migration must give the same rows forever, so it
imports nothing from the application (the holidays were computed once, for C.E. 2025-2027,
i.e. fiscal years 2568-2570, and written out literally).

Keys are fixed (UUIDv5 of the row's code), so the same default channel has the same id in
every office's file and files merge cleanly. A row whose code (or holiday date) an agency
already has is skipped; the downgrade deletes only the rows this migration inserted.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_NAMESPACE = uuid.UUID("5d0c7a52-4f3e-4c8e-9a4b-0c1d2e3f4a5b")  # never change: keys derive from it

# (code, Thai, English, is_digital)
CHANNELS = [
    ("walk_in", "ติดต่อด้วยตนเอง", "Walk-in counter", False),
    ("phone", "โทรศัพท์", "Telephone", False),
    ("hotline_1111", "สายด่วนรัฐบาล 1111", "Government hotline 1111", False),
    ("damrongdhama_1567", "ศูนย์ดำรงธรรม 1567", "Damrongdhama Centre 1567", False),
    ("letter", "หนังสือ", "Letter", False),
    ("email", "อีเมล", "E-mail", True),
    ("website", "เว็บไซต์", "Website form", True),
    ("facebook", "เฟซบุ๊ก", "Facebook", True),
    ("line_oa", "ไลน์ทางการของหน่วยงาน (LINE OA)", "LINE official account", True),
    ("suggestion_box", "ตู้รับความคิดเห็น", "Suggestion box", False),
    ("survey_comment", "ความคิดเห็นจากแบบสำรวจ", "Survey comment", False),
    ("meeting", "การประชุม/สนทนากลุ่ม", "Meeting or focus group", False),
    ("field_visit", "การลงพื้นที่", "Field visit", False),
    ("social_listening", "การติดตามสื่อสังคมออนไลน์", "Social media monitoring", True),
    ("other", "อื่น ๆ", "Other", False),
]

# (code, Thai, English, kind, priority, description, requirements, expectations)
SEGMENTS = [
    (
        "general_public",
        "ประชาชนทั่วไป",
        "General public",
        "service_recipient",
        "high",
        "ผู้มารับบริการด้วยตนเองและผ่านช่องทางออนไลน์",
        ["ขั้นตอนง่าย ไม่ซับซ้อน", "รอคิวไม่นาน", "ได้รับข้อมูลที่ถูกต้องครบถ้วน"],
        ["ยื่นคำขอและติดตามผลทางออนไลน์ได้", "เจ้าหน้าที่สุภาพและเต็มใจให้บริการ"],
    ),
    (
        "business",
        "ผู้ประกอบการ/ภาคธุรกิจ",
        "Businesses",
        "service_recipient",
        "high",
        "ผู้ประกอบการที่ยื่นคำขออนุญาต ขึ้นทะเบียน และใช้บริการให้คำปรึกษา",
        ["พิจารณาคำขอรวดเร็วตามมาตรฐานเวลา", "หลักเกณฑ์ชัดเจนและเป็นธรรม"],
        ["ลดเอกสารที่ต้องยื่นซ้ำ", "แจ้งความคืบหน้าของคำขออัตโนมัติ"],
    ),
    (
        "government",
        "หน่วยงานภาครัฐ",
        "Other government agencies",
        "stakeholder",
        "medium",
        "ส่วนราชการ รัฐวิสาหกิจ และองค์กรปกครองส่วนท้องถิ่นที่ประสานงานร่วมกัน",
        ["แลกเปลี่ยนข้อมูลได้ทันเวลา", "มีผู้ประสานงานที่ติดต่อได้"],
        ["เชื่อมโยงข้อมูลระหว่างหน่วยงาน", "ร่วมแก้ไขเรื่องร้องเรียนที่เกี่ยวข้อง"],
    ),
    (
        "community",
        "ชุมชนในพื้นที่",
        "Local communities",
        "stakeholder",
        "medium",
        "ชุมชนและผู้นำชุมชนในพื้นที่ที่ได้รับผลจากการดำเนินงาน",
        ["ได้รับข่าวสารก่อนดำเนินโครงการ", "มีส่วนร่วมแสดงความคิดเห็น"],
        ["ลงพื้นที่รับฟังอย่างสม่ำเสมอ", "แก้ไขปัญหาในพื้นที่อย่างรวดเร็ว"],
    ),
    (
        "partners",
        "ภาคีเครือข่าย",
        "Partners and networks",
        "stakeholder",
        "low",
        "สมาคม มูลนิธิ สถาบันการศึกษา และเครือข่ายที่ร่วมดำเนินงาน",
        ["ได้รับการสนับสนุนข้อมูลและวิชาการ", "มีเวทีแลกเปลี่ยนเรียนรู้"],
        ["ร่วมกำหนดแผนงานประจำปี", "ได้รับการยกย่องผลงานร่วมกัน"],
    ),
]

# (code, Thai, English, resolve_days): resolve within 7, 15 or 30 working days; every
# category notifies the complainant within 15 (the integrity assessment's expectation).
COMPLAINT_CATEGORIES = [
    ("information", "ข้อมูลและการสอบถาม", "Information and inquiries", 7),
    ("online_services", "ระบบบริการออนไลน์", "Online services", 7),
    ("service_delay", "ความล่าช้าในการให้บริการ", "Service delay", 15),
    ("staff_conduct", "พฤติกรรมการให้บริการของเจ้าหน้าที่", "Staff conduct", 15),
    ("fees", "ค่าธรรมเนียมและการเรียกเก็บเงิน", "Fees and charges", 15),
    ("facilities", "สถานที่และสิ่งอำนวยความสะดวก", "Premises and facilities", 30),
    ("misconduct", "การทุจริตและประพฤติมิชอบ", "Misconduct and corruption", 30),
    ("other", "เรื่องอื่น ๆ", "Other matters", 15),
]
NOTIFY_DAYS = 15

# The fixed-date public holidays of C.E. 2025-2027. Lunar holidays (Makha Bucha, Visakha Bucha,
# Asalha Bucha, Khao Phansa), substitution days and Cabinet extra days off change every year:
# the agency adds them in the holiday list.
HOLIDAYS = [
    ("2025-01-01", "วันขึ้นปีใหม่"),
    ("2025-04-06", "วันจักรี"),
    ("2025-04-13", "วันสงกรานต์"),
    ("2025-04-14", "วันสงกรานต์"),
    ("2025-04-15", "วันสงกรานต์"),
    ("2025-05-01", "วันแรงงานแห่งชาติ"),
    ("2025-05-04", "วันฉัตรมงคล"),
    ("2025-06-03", "วันเฉลิมพระชนมพรรษาสมเด็จพระนางเจ้าฯ พระบรมราชินี"),
    ("2025-07-28", "วันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระเจ้าอยู่หัว"),
    ("2025-08-12", "วันเฉลิมพระชนมพรรษาสมเด็จพระบรมราชชนนีพันปีหลวง และวันแม่แห่งชาติ"),
    ("2025-10-13", "วันนวมินทรมหาราช"),
    ("2025-10-23", "วันปิยมหาราช"),
    ("2025-12-05", "วันคล้ายวันพระบรมราชสมภพ รัชกาลที่ 9 วันชาติ และวันพ่อแห่งชาติ"),
    ("2025-12-10", "วันรัฐธรรมนูญ"),
    ("2025-12-31", "วันสิ้นปี"),
    ("2026-01-01", "วันขึ้นปีใหม่"),
    ("2026-04-06", "วันจักรี"),
    ("2026-04-13", "วันสงกรานต์"),
    ("2026-04-14", "วันสงกรานต์"),
    ("2026-04-15", "วันสงกรานต์"),
    ("2026-05-01", "วันแรงงานแห่งชาติ"),
    ("2026-05-04", "วันฉัตรมงคล"),
    ("2026-06-03", "วันเฉลิมพระชนมพรรษาสมเด็จพระนางเจ้าฯ พระบรมราชินี"),
    ("2026-07-28", "วันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระเจ้าอยู่หัว"),
    ("2026-08-12", "วันเฉลิมพระชนมพรรษาสมเด็จพระบรมราชชนนีพันปีหลวง และวันแม่แห่งชาติ"),
    ("2026-10-13", "วันนวมินทรมหาราช"),
    ("2026-10-23", "วันปิยมหาราช"),
    ("2026-12-05", "วันคล้ายวันพระบรมราชสมภพ รัชกาลที่ 9 วันชาติ และวันพ่อแห่งชาติ"),
    ("2026-12-10", "วันรัฐธรรมนูญ"),
    ("2026-12-31", "วันสิ้นปี"),
    ("2027-01-01", "วันขึ้นปีใหม่"),
    ("2027-04-06", "วันจักรี"),
    ("2027-04-13", "วันสงกรานต์"),
    ("2027-04-14", "วันสงกรานต์"),
    ("2027-04-15", "วันสงกรานต์"),
    ("2027-05-01", "วันแรงงานแห่งชาติ"),
    ("2027-05-04", "วันฉัตรมงคล"),
    ("2027-06-03", "วันเฉลิมพระชนมพรรษาสมเด็จพระนางเจ้าฯ พระบรมราชินี"),
    ("2027-07-28", "วันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระเจ้าอยู่หัว"),
    ("2027-08-12", "วันเฉลิมพระชนมพรรษาสมเด็จพระบรมราชชนนีพันปีหลวง และวันแม่แห่งชาติ"),
    ("2027-10-13", "วันนวมินทรมหาราช"),
    ("2027-10-23", "วันปิยมหาราช"),
    ("2027-12-05", "วันคล้ายวันพระบรมราชสมภพ รัชกาลที่ 9 วันชาติ และวันพ่อแห่งชาติ"),
    ("2027-12-10", "วันรัฐธรรมนูญ"),
    ("2027-12-31", "วันสิ้นปี"),
]

# Frozen table shapes: only the columns this migration writes, as they were at 0001.
def _entity_columns() -> list[sa.ColumnClause]:
    return [
        sa.column("id", sa.Uuid()),
        sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("updated_at", sa.DateTime(timezone=True)),
    ]


def _channel_table() -> sa.TableClause:
    return sa.table(
        "channel",
        sa.column("code", sa.String()),
        sa.column("name_th", sa.String()),
        sa.column("name_en", sa.String()),
        sa.column("is_digital", sa.Boolean()),
        sa.column("active", sa.Boolean()),
        sa.column("sort_order", sa.Integer()),
        *_entity_columns(),
    )


def _segment_table() -> sa.TableClause:
    return sa.table(
        "segment",
        sa.column("code", sa.String()),
        sa.column("name_th", sa.String()),
        sa.column("name_en", sa.String()),
        sa.column("kind", sa.String()),
        sa.column("priority", sa.String()),
        sa.column("description", sa.String()),
        sa.column("requirements", sa.JSON()),
        sa.column("expectations", sa.JSON()),
        sa.column("sort_order", sa.Integer()),
        sa.column("active", sa.Boolean()),
        *_entity_columns(),
    )


def _category_table() -> sa.TableClause:
    return sa.table(
        "complaint_category",
        sa.column("code", sa.String()),
        sa.column("name_th", sa.String()),
        sa.column("name_en", sa.String()),
        sa.column("acknowledge_days", sa.Integer()),
        sa.column("first_response_days", sa.Integer()),
        sa.column("resolve_days", sa.Integer()),
        sa.column("notify_days", sa.Integer()),
        sa.column("warn_days_before", sa.Integer()),
        *_entity_columns(),
    )


def _holiday_table() -> sa.TableClause:
    return sa.table(
        "holiday",
        sa.column("day", sa.Date()),
        sa.column("name", sa.String()),
        *_entity_columns(),
    )


def _fixed_id(table: str, key: str) -> uuid.UUID:
    return uuid.uuid5(_NAMESPACE, f"{table}:{key}")


def _existing(table: sa.TableClause, column: str) -> set[object]:
    return set(op.get_bind().execute(sa.select(table.c[column])).scalars())


def upgrade() -> None:
    now = datetime.now(UTC)
    stamps = {"created_at": now, "updated_at": now}

    channels = _channel_table()
    have = _existing(channels, "code")
    op.bulk_insert(
        channels,
        [
            {"id": _fixed_id("channel", code), "code": code, "name_th": th, "name_en": en,
             "is_digital": digital, "active": True, "sort_order": (i + 1) * 10, **stamps}
            for i, (code, th, en, digital) in enumerate(CHANNELS)
            if code not in have
        ],
    )

    segments = _segment_table()
    have = _existing(segments, "code")
    op.bulk_insert(
        segments,
        [
            {"id": _fixed_id("segment", code), "code": code, "name_th": th, "name_en": en,
             "kind": kind, "priority": priority, "description": description,
             "requirements": requirements, "expectations": expectations,
             "sort_order": (i + 1) * 10, "active": True, **stamps}
            for i, (code, th, en, kind, priority, description, requirements, expectations)
            in enumerate(SEGMENTS)
            if code not in have
        ],
    )

    categories = _category_table()
    have = _existing(categories, "code")
    op.bulk_insert(
        categories,
        [
            {"id": _fixed_id("complaint_category", code), "code": code, "name_th": th,
             "name_en": en, "acknowledge_days": 1, "first_response_days": 3,
             "resolve_days": resolve_days, "notify_days": NOTIFY_DAYS, "warn_days_before": 2,
             **stamps}
            for code, th, en, resolve_days in COMPLAINT_CATEGORIES
            if code not in have
        ],
    )

    holidays = _holiday_table()
    have = _existing(holidays, "day")
    op.bulk_insert(
        holidays,
        [
            {"id": _fixed_id("holiday", day), "day": date.fromisoformat(day), "name": name,
             **stamps}
            for day, name in HOLIDAYS
            if date.fromisoformat(day) not in have
        ],
    )


def downgrade() -> None:
    for table, keys in (
        (_holiday_table(), [day for day, _ in HOLIDAYS]),
        (_category_table(), [code for code, *_ in COMPLAINT_CATEGORIES]),
        (_segment_table(), [code for code, *_ in SEGMENTS]),
        (_channel_table(), [code for code, *_ in CHANNELS]),
    ):
        ids = [_fixed_id(table.name, key) for key in keys]
        op.execute(table.delete().where(table.c.id.in_(ids)))
