"""Importing complaint cases from CSV/XLSX (another system's export, or ours) and exporting them.

Real exports of Thai complaint platforms carry multi-line texts, several agencies per case,
UTC timestamps with short offsets ("2024-03-05 10:22:00+00") and their own status names. The
columns below accept all of them: texts keep their line breaks, agencies are a list (one per
line or separated by ";"), times keep their offset (``io.cells.parse_datetime``) and statuses go
through the user's status map (``value_maps["status"]``: the file's word -> our status).

A case is matched by its number: importing a file again updates the cases it already brought
instead of adding them twice. A platform's own ticket number is kept as the case number, so its
next export matches too. A case's history may come in the "history" column, one change per line
("when | status | note"); without it a new case gets the history its dates tell (received, then
its status at its last recorded moment). Everything is checked first and written in one
transaction, or nothing is written.

An export writes every column below with its English heading, values as the import reads them
(times ISO with their offset, statuses by value, yes/no), plus the working days a case took and
whether it met its standard (computed; ignored by the import), so an export imports unchanged.

Confidential cases follow the queues' rule (``services.complaints``): the person exporting (the
PC's login name) gets a case they may not read with its number, dates and status only; its
subject, details, complainant, contact, resolution, corrective action, follow-up comment and
history notes are blank (``PROTECTED``), and ``--search`` finds it by its number only. Importing
such a file again keeps what the importing person may not read: an existing case they may not
read keeps its protected fields, confidential flag and history, whatever the file holds; and an
existing case whose subject cell is blank keeps its subject.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import case as sql_case
from sqlalchemy import delete, not_, select
from sqlalchemy.orm import Session

from vocdesk.db.base import utc_now
from vocdesk.db.models import (
    Channel,
    Complaint,
    ComplaintCategory,
    ComplaintSetting,
    ComplaintStatusChange,
    Holiday,
    Office,
)
from vocdesk.domain.clock import thai_date, thai_today
from vocdesk.domain.complaints.kpis import milestone_in_time
from vocdesk.domain.complaints.service_standard import working_days_taken
from vocdesk.domain.complaints.workflow import OPEN_STATUSES
from vocdesk.domain.enums import ComplaintStatus, Priority
from vocdesk.domain.fiscal import fiscal_year_be
from vocdesk.domain.ids import new_id
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, Message, UserError
from vocdesk.domain.tables import TableQuery
from vocdesk.domain.working_days import WorkingCalendar
from vocdesk.io.cells import (
    CellError,
    Parser,
    enum_parser,
    format_bool,
    format_date,
    format_datetime,
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
from vocdesk.io.table_file import write_rows
from vocdesk.io.table_spec import CheckedTable, Column, Problem, TableSpec
from vocdesk.services.complaints.due import case_pauses, resolve_due_on
from vocdesk.services.complaints.numbering import NUMBER_PREFIX_KEY
from vocdesk.services.complaints.queues import (
    os_user_name,
    readable_by,
    search_condition,
)
from vocdesk.services.database import Database
from vocdesk.services.transfer import ImportSummary, ProgressCallback, ValueMaps

CONTEXT = "ComplaintTransfer"
HISTORY_SEPARATOR = " | "
AGENCY_SEPARATOR = "; "
BATCH = 500  # cases read or matched per query (SQLite's limit on bound parameters)
_NUMBER = re.compile(
    r"(?:.*?)(\d{4})/(\d{1,9})"
)  # "2569/000123", "ศธ2569/12": fiscal year, sequence


@dataclass(frozen=True)
class HistoryLine:
    changed_at: datetime
    status: ComplaintStatus
    note: str


def _history_parser(status: Parser) -> Parser:
    def parse(value: Any) -> list[HistoryLine]:
        lines: list[HistoryLine] = []
        for text in cell_text(value).splitlines():
            if not text.strip():
                continue
            parts = [part.strip() for part in text.split("|", 2)]
            if len(parts) < 2:
                raise CellError(Message(CONTEXT, QT_TRANSLATE_NOOP(
                    "ComplaintTransfer", "history line “{line}” is not “when | status | note”."),
                    {"line": text.strip()[:40]}))  # fmt: skip
            lines.append(
                HistoryLine(
                    parse_datetime(parts[0]), status(parts[1]), parts[2] if len(parts) > 2 else ""
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
        Column("complainant_contact", "contact", "ช่องทางติดต่อ", "How to reach the complainant.", text_parser(200)),
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


def _catalogue_key(text: str) -> str:
    return " ".join(text.lower().split())


def _lookup(session: Session, entity: Any) -> dict[str, uuid.UUID]:
    """A catalogue's ids by code, Thai name and English name (matched without case)."""
    found: dict[str, uuid.UUID] = {}
    for row in session.execute(select(entity.id, entity.code, entity.name_th, entity.name_en)):
        for text in (row.name_en, row.name_th, row.code):
            found[_catalogue_key(text)] = row.id
    return found


# A case without a category or channel takes a default from the catalogue; an empty one has none.
_NO_CATEGORIES = Message(CONTEXT, QT_TRANSLATE_NOOP("ComplaintTransfer",
    "there are no complaint categories yet: add them (Complaints › Categories and standards…) before importing cases."))  # fmt: skip
_NO_CHANNELS = Message(CONTEXT, QT_TRANSLATE_NOOP("ComplaintTransfer",
    "there are no channels yet: give each case its channel (a new name is added), or add channels first."))  # fmt: skip


class ComplaintImporter:
    value_columns = {"status": ComplaintStatus}

    def __init__(self, db: Database, value_maps: ValueMaps | None = None, now: Any = None,
                 current_user: Any = os_user_name, today: Any = thai_today) -> None:  # fmt: skip
        self._db = db
        self.spec = complaint_spec(value_maps)
        self._now = now or utc_now
        self._current_user = current_user
        self._today = today  # an open pause runs up to today

    def check(self, table: CheckedTable) -> list[Problem]:
        problems: list[Problem] = []
        first_row: dict[str, int] = {}
        for row in table.rows:
            number = row.values.get("number")
            if number and number in first_row:
                problems.append(row.problem("number", Message(CONTEXT, QT_TRANSLATE_NOOP(
                    "ComplaintTransfer", "the case number {value} is already on row {first_row}."),
                    {"value": number, "first_row": first_row[number]})))  # fmt: skip
            elif number:
                first_row[number] = row.number
        untitled = [row for row in table.rows if not row.values.get("subject")]
        with self._db.session_scope() as session:
            categories = _lookup(session, ComplaintCategory)
            offices = _lookup(session, Office)
            any_channel = session.scalar(select(Channel.id).limit(1)) is not None
            known: set[str] = set()
            for start in range(0, len(untitled), BATCH):
                numbers = [
                    row.values["number"]
                    for row in untitled[start : start + BATCH]
                    if row.values.get("number")
                ]
                known.update(
                    session.scalars(select(Complaint.number).where(Complaint.number.in_(numbers)))
                )
        for row in untitled:
            if row.values.get("number") not in known:
                problems.append(row.problem("subject", Message(CONTEXT, QT_TRANSLATE_NOOP(
                    "ComplaintTransfer", "a new case needs its subject (only a case already here may leave it empty)."))))  # fmt: skip
        for row in table.rows:
            values = row.values
            if not categories and not values.get("category"):
                problems.append(row.problem("category", _NO_CATEGORIES))
            if not any_channel and not values.get("channel"):
                problems.append(row.problem("channel", _NO_CHANNELS))
            category = values.get("category")
            if category and _catalogue_key(category) not in categories:
                problems.append(row.problem("category", Message(CONTEXT, QT_TRANSLATE_NOOP(
                    "ComplaintTransfer", "there is no complaint category “{value}” (give its code, or its Thai or English name)."),
                    {"value": category})))  # fmt: skip
            office = values.get("office")
            if office and _catalogue_key(office) not in offices:
                problems.append(row.problem("office", Message(CONTEXT, QT_TRANSLATE_NOOP(
                    "ComplaintTransfer", "there is no office “{value}”."), {"value": office})))  # fmt: skip
            received = values.get("received_at")
            for key in (
                "acknowledged_at",
                "first_response_at",
                "resolved_at",
                "notified_at",
                "closed_at",
            ):
                moment = values.get(key)
                if received is not None and moment is not None and moment < received:
                    problems.append(row.problem(key, Message(CONTEXT, QT_TRANSLATE_NOOP(
                        "ComplaintTransfer", "{moment} is before the case was received ({received})."),
                        {"moment": format_datetime(moment), "received": format_datetime(received)})))  # fmt: skip
        return problems

    def apply(self, table: CheckedTable, progress: ProgressCallback | None = None) -> ImportSummary:
        added = updated = 0
        notices: list[Message] = []
        total = len(table.rows)
        note = table.path.name
        with self._db.session_scope() as session, session.no_autoflush:
            readable = readable_by(session, self._current_user())
            kept_hidden = 0
            calendar = WorkingCalendar(session.scalars(select(Holiday.day)))
            categories = _lookup(session, ComplaintCategory)
            standards = {
                row.id: row.resolve_days for row in session.scalars(select(ComplaintCategory))
            }
            other = categories.get("other") or next(iter(standards), None)
            offices = _lookup(session, Office)
            channels = _lookup(session, Channel)
            default_channel = channels.get("walk_in") or next(iter(channels.values()), None)
            prefix_setting = session.get(ComplaintSetting, NUMBER_PREFIX_KEY)
            numbering = _Numbering(session, prefix_setting.value if prefix_setting else "")
            for done_from in range(0, total, BATCH):
                # One batch: its cases, their last statuses and replaced histories in a few queries,
                # written with one flush.
                rows = table.rows[done_from : done_from + BATCH]
                numbers = [row.values["number"] for row in rows if row.values.get("number")]
                existing = {
                    c.number: c
                    for c in session.scalars(select(Complaint).where(Complaint.number.in_(numbers)))
                }
                # Cases this person may not read: the file cannot hold their contents (their
                # export left them blank), so what is stored stays.
                hidden = set(session.scalars(select(Complaint.id).where(
                    Complaint.number.in_(numbers), not_(readable))))  # fmt: skip
                stored: dict[uuid.UUID, list[tuple[datetime, ComplaintStatus]]] = {}
                for case_id, changed_at, status in session.execute(
                    select(ComplaintStatusChange.complaint_id, ComplaintStatusChange.changed_at, ComplaintStatusChange.to_status)
                    .where(ComplaintStatusChange.complaint_id.in_([c.id for c in existing.values()]))
                    .order_by(ComplaintStatusChange.changed_at, ComplaintStatusChange.id)
                ):  # fmt: skip
                    stored.setdefault(case_id, []).append((changed_at, status))
                replaced = {existing[row.values["number"]].id for row in rows
                            if row.values.get("history") and row.values.get("number") in existing} - hidden  # fmt: skip
                if replaced:
                    session.execute(
                        delete(ComplaintStatusChange).where(
                            ComplaintStatusChange.complaint_id.in_(replaced)
                        )
                    )
                for row in rows:
                    values = row.values
                    channel_name = values.get("channel")
                    if channel_name and _catalogue_key(channel_name) not in channels:
                        channels[_catalogue_key(channel_name)] = self._add_channel(
                            session, channel_name
                        )
                        notices.append(Message(CONTEXT, QT_TRANSLATE_NOOP("ComplaintTransfer", "channel “{name}” was added."),
                                               {"name": channel_name}))  # fmt: skip
                    case = existing.get(values.get("number") or "")
                    is_new = case is None
                    if case is None:
                        case = numbering.new_case(values)
                        added += 1
                    else:
                        updated += 1
                    category_id = (
                        categories[_catalogue_key(values["category"])]
                        if values.get("category")
                        else (case.category_id or other)
                    )
                    kept = self._kept(case, values, hidden)
                    before = (case.category_id, case.due_on)
                    kept_hidden += case.id in hidden
                    channel_id = (
                        channels[_catalogue_key(channel_name)]
                        if channel_name
                        else (case.channel_id or default_channel)
                    )
                    if (
                        category_id is None or channel_id is None
                    ):  # an empty catalogue, and the row names none
                        raise UserError(_NO_CATEGORIES if category_id is None else _NO_CHANNELS)
                    self._fill(case, values, category_id=category_id, channel_id=channel_id,
                               office_id=offices[_catalogue_key(values["office"])] if values.get("office") else None)  # fmt: skip
                    for key, value in kept.items():
                        setattr(case, key, value)
                    session.add(case)
                    history = None if case.id in hidden else values.get("history")
                    was = stored.get(case.id, [])
                    changes = self._history(
                        case, history, was[-1][1] if was else None, is_new=is_new, note=note
                    )
                    session.add_all(changes)
                    moves = sorted(([] if case.id in replaced else was) + [(c.changed_at, c.to_status) for c in changes],
                                   key=lambda move: move[0])  # fmt: skip
                    # The file's due date stands, unless it is the one stored and what it was
                    # counted from (category, history) changed: then it is counted again.
                    if case.due_on is None or (not is_new and case.due_on == before[1]
                                               and (category_id != before[0] or moves != was)):  # fmt: skip
                        case.due_on = resolve_due_on(
                            calendar, case.received_at, standards[category_id], moves, self._today()
                        )
                session.flush()
                session.expunge_all()  # memory stays flat over a long file
                if progress is not None:
                    progress(min(done_from + BATCH, total), total)
        if kept_hidden:
            kept = (
                QT_TRANSLATE_NOOP("ComplaintTransfer",
                    "One confidential case you may not read kept its contents and history; the file changed only its other columns.")
                if kept_hidden == 1 else
                QT_TRANSLATE_NOOP("ComplaintTransfer",
                    "{count} confidential cases you may not read kept their contents and history; the file changed only their other columns.")
            )  # fmt: skip
            notices.append(Message(CONTEXT, kept, {"count": kept_hidden}))
        return ImportSummary(added, updated, notices)

    # -- one case -------------------------------------------------------------------------------

    @staticmethod
    def _kept(case: Complaint, values: dict[str, Any], hidden: set[uuid.UUID]) -> dict[str, Any]:
        """What of an existing case the file must not change: everything protected of a case the
        importing person may not read, and a subject the file leaves empty."""
        if case.id in hidden:
            return {key: getattr(case, key) for key in (*PROTECTED, "confidential")}
        return {"subject": case.subject} if case.subject and not values.get("subject") else {}

    @staticmethod
    def _add_channel(session: Session, name: str) -> uuid.UUID:
        channel = Channel(id=new_id(), code=name[:40], name_th=name, name_en=name, sort_order=1000)
        session.add(channel)
        return channel.id

    @staticmethod
    def _fill(case: Complaint, values: dict[str, Any], *, category_id: uuid.UUID, channel_id: uuid.UUID,
              office_id: uuid.UUID | None) -> None:  # fmt: skip
        case.received_at = values["received_at"]
        case.subject = values.get("subject") or ""
        case.category_id = category_id
        case.channel_id = channel_id
        case.office_id = office_id
        case.status = values.get("status") or case.status or ComplaintStatus.RECEIVED
        case.priority = values.get("priority") or case.priority or Priority.MEDIUM
        for key in ("details", "province", "district", "unit", "assigned_to", "complainant_name",
                    "complainant_contact", "forwarded_agency", "forwarded_reference", "resolution",
                    "corrective_action", "follow_up_comment"):  # fmt: skip
            setattr(case, key, values.get(key) or "")
        for key in ("anonymous", "confidential"):
            setattr(case, key, bool(values.get(key)))
        for key in ("acknowledged_at", "first_response_at", "resolved_at", "notified_at", "closed_at",
                    "forwarded_on", "follow_up_score", "trust_restored", "due_on"):  # fmt: skip
            setattr(case, key, values.get(key))
        case.reopen_count = values.get("reopen_count") or 0

    def _history(
        self, case: Complaint, lines: list[HistoryLine] | None, current: ComplaintStatus | None, *,
        is_new: bool, note: str,
    ) -> list[ComplaintStatusChange]:  # fmt: skip
        """The file's history replaces the case's (the caller deleted the old one); without one,
        a new case gets the history its dates tell and an updated case one change if its status
        moved. ``current`` is the case's last recorded status, if any."""
        changes: list[ComplaintStatusChange] = []
        if lines:
            previous: ComplaintStatus | None = None
            for line in sorted(lines, key=lambda line: line.changed_at):
                changes.append(ComplaintStatusChange(complaint_id=case.id, changed_at=line.changed_at,
                                                     from_status=previous, to_status=line.status, note=line.note))  # fmt: skip
                previous = line.status
            return changes
        if current is None:
            changes.append(ComplaintStatusChange(complaint_id=case.id, changed_at=case.received_at, from_status=None,
                                                 to_status=ComplaintStatus.RECEIVED, note=note))  # fmt: skip
            current = ComplaintStatus.RECEIVED
        if case.status != current:
            moments = [
                m
                for m in (case.closed_at, case.notified_at, case.resolved_at, case.acknowledged_at)
                if m
            ]
            when = (
                max(moments)
                if moments and is_new
                else (case.received_at if is_new else self._now())
            )
            changes.append(ComplaintStatusChange(complaint_id=case.id, changed_at=when, from_status=current,
                                                 to_status=case.status, note=note))  # fmt: skip
        return changes


class _Numbering:
    """Fiscal-year numbers for new cases: a number of ours ("2569/000123") keeps its sequence when
    that is free; a platform's own number keeps its text and gets the next free sequence; an
    empty one gets the next number with the agency's prefix."""

    def __init__(self, session: Session, prefix: str) -> None:
        self._session = session
        self._prefix = prefix
        self._used: dict[int, set[int]] = {}
        self._next: dict[int, int] = {}

    def new_case(self, values: dict[str, Any]) -> Complaint:
        fiscal_year = fiscal_year_be(thai_date(values["received_at"]))
        used = self._used_in(fiscal_year)
        number = values.get("number")
        match = _NUMBER.fullmatch(number or "")
        if match and int(match[1]) == fiscal_year and int(match[2]) not in used:
            sequence = int(match[2])
        else:
            while self._next[fiscal_year] in used:
                self._next[fiscal_year] += 1
            sequence = self._next[fiscal_year]
        used.add(sequence)
        number = number or f"{self._prefix}{fiscal_year}/{sequence:06d}"
        return Complaint(id=new_id(), fiscal_year=fiscal_year, sequence=sequence, number=number)

    def _used_in(self, fiscal_year: int) -> set[int]:
        if fiscal_year not in self._used:
            self._used[fiscal_year] = set(self._session.scalars(
                select(Complaint.sequence).where(Complaint.fiscal_year == fiscal_year)))  # fmt: skip
            self._next[fiscal_year] = max(self._used[fiscal_year], default=0) + 1
        return self._used[fiscal_year]


class ComplaintExporter:
    """Exports what the person at the PC may read (``current_user``, their login name); see the
    module's note on confidential cases. ``notices`` tells, after an export, how many cases went
    out with their protected fields blank."""

    def __init__(
        self, db: Database, today: Any = thai_today, current_user: Any = os_user_name
    ) -> None:
        self._db = db
        self._today = today
        self._current_user = current_user
        self.spec = complaint_spec()
        self.notices: list[Message] = []

    def export(
        self, path: Path, *, search: str = "", progress: ProgressCallback | None = None
    ) -> int:
        self.notices = []
        return write_rows(self.spec.headers, self._rows(search, progress), Path(path))

    def _rows(self, search: str, progress: ProgressCallback | None) -> Iterator[list[Any]]:
        today = self._today()
        with self._db.session_scope() as session:
            calendar = WorkingCalendar(session.scalars(select(Holiday.day)))
            names = {
                entity: {row.id: row for row in session.execute(select(entity.id, entity.code))}
                for entity in (Channel, Office)
            }
            names[ComplaintCategory] = {
                row.id: row for row in session.execute(select(ComplaintCategory.id, ComplaintCategory.code,
                                                              ComplaintCategory.resolve_days, ComplaintCategory.notify_days))
            }  # fmt: skip
            readable = readable_by(session, self._current_user())
            found = search_condition(TableQuery(search=search), readable)
            listed = session.execute(
                select(Complaint.id, sql_case((readable, False), else_=True))
                .where(*([] if found is None else [found]))
                .order_by(Complaint.fiscal_year, Complaint.sequence)
            ).all()  # fmt: skip
            ids = [case_id for case_id, _hidden in listed]
            hidden = {case_id for case_id, is_hidden in listed if is_hidden}
            if hidden:
                blanked = (
                    QT_TRANSLATE_NOOP("ComplaintTransfer",
                        "One confidential case you may not read was exported with its number, dates and status only: its contents are blank.")
                    if len(hidden) == 1 else
                    QT_TRANSLATE_NOOP("ComplaintTransfer",
                        "{count} confidential cases you may not read were exported with their number, dates and status only: their contents are blank.")
                )  # fmt: skip
                self.notices.append(Message(CONTEXT, blanked, {"count": len(hidden)}))
            total = len(ids)
            done = 0
            for start in range(0, len(ids), BATCH):
                chunk = ids[start : start + BATCH]
                cases = {
                    c.id: c
                    for c in session.scalars(select(Complaint).where(Complaint.id.in_(chunk)))
                }
                history: dict[uuid.UUID, list[ComplaintStatusChange]] = {}
                for change in session.scalars(select(ComplaintStatusChange).where(
                        ComplaintStatusChange.complaint_id.in_(chunk)).order_by(ComplaintStatusChange.changed_at)):  # fmt: skip
                    history.setdefault(change.complaint_id, []).append(change)
                for case_id in chunk:
                    case = cases[case_id]
                    yield self._row(
                        case,
                        history.get(case_id, []),
                        names,
                        calendar,
                        today,
                        hidden=case_id in hidden,
                    )
                done += len(chunk)
                if progress is not None:
                    progress(done, total)
                session.expunge_all()  # keep memory flat over 200,000 cases

    def _row(self, case: Complaint, changes: list[ComplaintStatusChange], names: dict[Any, Any],
             calendar: WorkingCalendar, today: date, *, hidden: bool) -> list[Any]:  # fmt: skip
        received_on = thai_date(case.received_at)
        pauses = case_pauses([(c.changed_at, c.to_status) for c in changes], today)
        resolved_on = thai_date(case.resolved_at) if case.resolved_at else None
        category = names[ComplaintCategory][case.category_id]
        met = milestone_in_time(calendar, received_on, resolved_on, category.resolve_days, today,
                                still_open=case.status in OPEN_STATUSES, pauses=pauses)  # fmt: skip
        notified = milestone_in_time(calendar, received_on, thai_date(case.notified_at) if case.notified_at else None,
                                     category.notify_days, today, still_open=case.status in OPEN_STATUSES,
                                     pauses=pauses)  # fmt: skip
        office = names[Office].get(case.office_id)
        values: dict[str, Any] = {
            "number": case.number,
            "received_at": format_datetime(case.received_at),
            "channel": names[Channel][case.channel_id].code,
            "subject": case.subject,
            "details": case.details,
            "category": category.code,
            "status": case.status.value,
            "priority": case.priority.value,
            "province": case.province, "district": case.district, "unit": case.unit,
            "office": office.code if office else "",
            "assigned_to": case.assigned_to,
            "complainant_name": case.complainant_name, "complainant_contact": case.complainant_contact,
            "anonymous": format_bool(case.anonymous), "confidential": format_bool(case.confidential),
            "acknowledged_at": format_datetime(case.acknowledged_at),
            "first_response_at": format_datetime(case.first_response_at),
            "resolved_at": format_datetime(case.resolved_at), "notified_at": format_datetime(case.notified_at),
            "closed_at": format_datetime(case.closed_at),
            "due_on": format_date(case.due_on),
            "forwarded_agency": case.forwarded_agency,
            "forwarded_on": format_date(case.forwarded_on),
            "forwarded_reference": case.forwarded_reference,
            "resolution": case.resolution, "corrective_action": case.corrective_action,
            "follow_up_score": case.follow_up_score if case.follow_up_score is not None else "",
            "follow_up_comment": case.follow_up_comment,
            "trust_restored": format_bool(case.trust_restored),
            "reopen_count": case.reopen_count,
            "history": "\n".join(
                HISTORY_SEPARATOR.join(filter(None, (format_datetime(c.changed_at), c.to_status.value,
                                                     "" if hidden else c.note.replace("\n", " "))))  # fmt: skip
                for c in changes
            ),
            "working_days": "" if resolved_on is None else working_days_taken(calendar, received_on, resolved_on, pauses),
            "met_standard": format_bool(met),
            "notified_in_time": format_bool(notified),
        }  # fmt: skip
        if hidden:
            values.update(dict.fromkeys(PROTECTED, ""))
        return [values[column.key] for column in self.spec.columns]
