"""The demo agency's letterhead: its names in Thai and English, a round "VD" seal as its logo
(``resources/images/demo-logo.png``, read like any logo the user chooses) and a short privacy
notice in the manner of the PDPA (what is collected and why, how long it is kept, whom to ask)."""

from __future__ import annotations

from typing import Any

from vocdesk.paths import resources_dir
from vocdesk.services.settings import read_logo

DEMO_LOGO = resources_dir() / "images" / "demo-logo.png"
NAME_TH = "สำนักงานตัวอย่าง กรมบริการประชาชน"
NAME_EN = "Demo Office, Department of Public Services"
PRIVACY_NOTICE_TH = (
    "สำนักงานตัวอย่าง กรมบริการประชาชน เก็บรวบรวมข้อมูลที่ท่านให้ไว้ในแบบสอบถามนี้"
    "เพื่อใช้ประเมินและปรับปรุงคุณภาพการให้บริการเท่านั้น "
    "ผลการสำรวจจะนำเสนอในภาพรวมโดยไม่ระบุตัวบุคคล และจะไม่เปิดเผยต่อบุคคลภายนอก\n"
    "ข้อมูลจะถูกเก็บรักษาไว้เป็นเวลา 2 ปีนับจากวันที่ตอบแบบสอบถาม แล้วจึงทำลาย\n"
    "ท่านมีสิทธิขอเข้าถึง แก้ไข หรือขอให้ลบข้อมูลของท่านได้ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล "
    "พ.ศ. 2562 โดยติดต่อเจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล โทร. 02-123-4567 "
    "อีเมล dpo@demo-office.go.th"
)
PRIVACY_NOTICE_EN = (
    "The Demo Office, Department of Public Services, collects the answers you give in this "
    "questionnaire only to assess and improve the quality of its services. Results are "
    "reported as totals that name no one and are not disclosed to anyone outside the office.\n"
    "Your answers are kept for 2 years from the day you answer, then destroyed.\n"
    "Under the Personal Data Protection Act B.E. 2562 (2019) you may ask to see, correct or "
    "delete your data: contact our Data Protection Officer, tel. 02-123-4567, "
    "email dpo@demo-office.go.th."
)


def demo_settings() -> list[dict[str, Any]]:
    """The ``app_setting`` rows of the demo agency (its privacy notice is a published version:
    ``privacy_notice`` rows, made by the generator)."""
    text = {"agency_name_th": NAME_TH, "agency_name_en": NAME_EN, "thai_digits": "no"}
    rows = [{"key": key, "value": value, "data": None} for key, value in text.items()]
    return [*rows, {"key": "logo", "value": DEMO_LOGO.name, "data": read_logo(DEMO_LOGO)}]
