"""The columns of a complaint-case file (the ``complaints`` kind of services/transfer): headings
in English and Thai, how each cell reads, and our words for the statuses. The importer reads
with ``complaint_spec`` (the user's status map added); the exporter writes its columns, so an
export imports again unchanged.

Real exports of Thai complaint platforms carry multi-line texts, several agencies per case,
UTC timestamps with short offsets ("2024-03-05 10:22:00+00") and their own status names. The
columns below accept all of them: texts keep their line breaks, agencies are a list (one per
line or separated by ";"), times keep their offset (``io.cells.parse_datetime``) and statuses go
through the user's status map (``value_maps["status"]``: the file's word -> our status).

A confidential case the exporting person may not read goes out with its ``PROTECTED`` fields
and history notes blank; importing it again keeps what is stored (see ``exporter`` and
``importer``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, NamedTuple

from vocdesk.domain.enums import ComplaintStatus, Priority
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, Message
from vocdesk.domain.pdpa.masking import PersonalField
from vocdesk.io.cells import (
    CellError,
    Parser,
    enum_parser,
    int_parser,
    parse_bool,
    parse_date,
    parse_datetime,
    parse_list,
    parse_text,
    problem,
    text_parser,
)
from vocdesk.io.sheet import cell_text
from vocdesk.io.table_spec import Column, TableSpec
from vocdesk.services.transfer import ValueMaps

CONTEXT = "ComplaintTransfer"
HISTORY_SEPARATOR = " | "
AGENCY_SEPARATOR = "; "
BATCH = 500  # cases read or matched per query (SQLite's limit on bound parameters)


class HistoryLine(NamedTuple):  # a tuple: a file of 20,000 cases has 100,000 lines
    changed_at: datetime
    status: ComplaintStatus
    note: str


def _history_parser(status: Parser) -> Parser:
    def parse(value: Any) -> list[HistoryLine]:
        lines: list[HistoryLine] = []
        for text in cell_text(value).splitlines():
            parts = text.split("|", 2)
            if len(parts) < 2:
                if not text.strip():
                    continue
                raise CellError(Message(CONTEXT, QT_TRANSLATE_NOOP(
                    "ComplaintTransfer", "history line “{line}” is not “when | status | note”."),
                    {"line": text.strip()[:40]}))  # fmt: skip
            lines.append(
                HistoryLine(
                    parse_datetime(parts[0].strip()),
                    status(parts[1].strip()),
                    parts[2].strip() if len(parts) > 2 else "",
                )
            )
        return lines

    return parse


def _agencies(value: Any) -> str:
    agencies = AGENCY_SEPARATOR.join(parse_list(value))
    if len(agencies) > 300:
        raise problem(
            QT_TRANSLATE_NOOP("CellCheck", "the text has {length} characters; at most {limit} fit."),
            length=len(agencies), limit=300,
        )  # fmt: skip
    return agencies


# Our own words for the statuses (DESIGN §3), read without a map; a platform's others are mapped.
STATUS_WORDS: dict[str, ComplaintStatus] = {
    "รับเรื่อง": ComplaintStatus.RECEIVED, "ตรวจสอบ/คัดกรอง": ComplaintStatus.SCREENING,
    "ตรวจสอบ": ComplaintStatus.SCREENING, "คัดกรอง": ComplaintStatus.SCREENING,
    "กำลังดำเนินการ": ComplaintStatus.IN_PROGRESS, "in progress": ComplaintStatus.IN_PROGRESS,
    "ส่งต่อหน่วยงาน": ComplaintStatus.FORWARDED, "ร่วมดำเนินการ": ComplaintStatus.CO_HANDLED,
    "co-handled": ComplaintStatus.CO_HANDLED, "รอข้อมูลจากผู้ร้อง": ComplaintStatus.WAITING,
    "แจ้งผลผู้ร้องแล้ว": ComplaintStatus.RESOLVED, "ยุติเรื่อง": ComplaintStatus.CLOSED,
    "ไม่รับพิจารณา/ไม่เกี่ยวข้อง": ComplaintStatus.REJECTED, "ไม่รับพิจารณา": ComplaintStatus.REJECTED,
    "ไม่เกี่ยวข้อง": ComplaintStatus.REJECTED, "ถอนเรื่อง": ComplaintStatus.WITHDRAWN,
    "เปิดเรื่องใหม่": ComplaintStatus.REOPENED,
}  # fmt: skip


def complaint_spec(value_maps: ValueMaps | None = None) -> TableSpec:
    status_words = (value_maps or {}).get("status", {})
    status = enum_parser(ComplaintStatus, STATUS_WORDS | {
        word: ComplaintStatus(value) for word, value in status_words.items()})  # fmt: skip
    return TableSpec("complaints", (
        Column("number", "number", "เลขที่เรื่อง", "The case number (ours, or the platform's ticket number); empty: a new number is given.",
               text_parser(40), aliases=("case number", "ticket", "ticket id", "เลขที่", "เลขที่รับเรื่อง")),
        Column("received_at", "received", "วันที่รับเรื่อง", "When the case was received; a time with an offset (+07, +00, Z) keeps it, otherwise Thai time.",
               parse_datetime, required=True, aliases=("received at", "created", "created at", "วันที่แจ้ง")),
        Column("channel", "channel", "ช่องทาง", "Channel code or name; a new name is added to the channels.",
               text_parser(200), aliases=("source",)),
        Column("subject", "subject", "เรื่อง", "The subject; a new case needs one, a case already here keeps its own when empty.", text_parser(500),
               aliases=("title", "หัวเรื่อง", "ชื่อเรื่อง")),
        Column("details", "details", "รายละเอียด", "The complaint in full; line breaks are kept.",
               parse_text, aliases=("description", "comment")),
        Column("category", "category", "ประเภท", "Complaint category code or name (it sets the service standard); empty: other.",
               text_parser(200), aliases=("type", "ประเภทเรื่อง", "หมวดหมู่")),
        Column("status", "status", "สถานะ", "Status by value or by the platform's own word (mapped when importing); empty: received.",
               status, aliases=("state",)),
        Column("priority", "priority", "ความเร่งด่วน", "high, medium or low.", enum_parser(Priority)),
        Column("province", "province", "จังหวัด", "Province.", text_parser(100)),
        Column("district", "district", "อำเภอ", "District.", text_parser(100), aliases=("เขต/อำเภอ",)),
        Column("unit", "unit", "หน่วยงานที่รับผิดชอบ", "The unit in charge.", text_parser(200)),
        Column("office", "office", "สำนักงาน", "Office code or name.", text_parser(300)),
        Column("assigned_to", "assigned to", "ผู้รับผิดชอบ", "The officer in charge.", text_parser(200),
               aliases=("officer",)),
        Column("complainant_name", "complainant", "ผู้ร้องเรียน", "The complainant's name.", text_parser(200)),
        Column("complainant_contact", "contact", "ช่องทางติดต่อ", "How to reach the complainant.", text_parser(200),
               personal=PersonalField.CONTACT),
        Column("anonymous", "anonymous", "ไม่ประสงค์ออกนาม", "yes or no.", parse_bool),
        Column("confidential", "confidential", "เรื่องลับ", "yes or no.", parse_bool),
        Column("acknowledged_at", "acknowledged", "วันที่ตอบรับ", "When receipt was acknowledged.", parse_datetime),
        Column("first_response_at", "first response", "วันที่ตอบกลับครั้งแรก", "When the first response was sent.", parse_datetime),
        Column("resolved_at", "resolved", "วันที่ดำเนินการแล้วเสร็จ", "When the case was resolved.", parse_datetime,
               aliases=("finished", "completed")),
        Column("notified_at", "notified", "วันที่แจ้งผลผู้ร้อง", "When the complainant was told the result.", parse_datetime),
        Column("closed_at", "closed", "วันที่ยุติเรื่อง", "When the case was closed.", parse_datetime),
        Column("due_on", "due", "วันครบกำหนด", "The result's due date; empty: counted from the category's standard.", parse_date),
        Column("forwarded_agency", "agencies", "หน่วยงานที่ส่งต่อ", "Agencies the case went to, one per line or separated by “;”.",
               _agencies, aliases=("agency", "forwarded to", "หน่วยงาน")),
        Column("forwarded_on", "forwarded", "วันที่ส่งต่อ", "When the case was forwarded.", parse_date),
        Column("forwarded_reference", "forward reference", "เลขที่หนังสือส่งต่อ", "The forwarding letter's reference.", text_parser(100)),
        Column("resolution", "resolution", "ผลการดำเนินการ", "What was done.", parse_text),
        Column("corrective_action", "corrective action", "การแก้ไขป้องกัน", "What was changed so it does not happen again.", parse_text),
        Column("follow_up_score", "follow-up score", "คะแนนความพึงพอใจ", "The complainant's satisfaction with the handling, 1-5.", int_parser(1, 5)),
        Column("follow_up_comment", "follow-up comment", "ความคิดเห็นผู้ร้อง", "The complainant's comment.", parse_text),
        Column("trust_restored", "trust restored", "ความเชื่อมั่นกลับคืน", "yes or no.", parse_bool),
        Column("reopen_count", "reopened", "จำนวนครั้งที่เปิดเรื่องใหม่", "How many times the case was reopened.", int_parser(0, 1000)),
        Column("history", "history", "ประวัติสถานะ", "Status changes, one per line: when | status | note.", _history_parser(status)),
        Column("working_days", "working days", "วันทำการที่ใช้", "Export only: working days from receipt to result, pauses removed.", int_parser(0, 100_000)),
        Column("met_standard", "met standard", "ตามมาตรฐาน", "Export only: whether the result came within the standard.", parse_bool),
        Column("notified_in_time", "notified within standard", "แจ้งผลผู้ร้องตามมาตรฐาน",
               "Export only: whether the complainant was told the result within the category's notify standard (e.g. 15 working days).", parse_bool),
    ))  # fmt: skip


EXPORT_ONLY = frozenset(
    {"working_days", "met_standard", "notified_in_time"}
)  # computed by the export; an import ignores them
# What a confidential case's reader must be allowed to see (as the case view hides it); history notes too.
PROTECTED = ("subject", "details", "complainant_name", "complainant_contact", "resolution", "corrective_action",
             "follow_up_comment")  # fmt: skip
