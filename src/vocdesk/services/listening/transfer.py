"""Importing and exporting the listening log (kind "feedback"), per ``services.transfer``.

Matching: a row with the ``id`` of an entry in the database updates that entry; otherwise a row
with the ``reference`` of an entry (the number the source gave it) updates that one; any other
row is a new entry, keeping the file's ``id`` if it has one, so that importing the same file
again updates instead of duplicating. An export writes every column, so it imports unchanged.

Channels not in the catalogue are added (with a notice); an unknown segment, service, office or
stakeholder is a problem of its row, as is an invalid stage or type.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import String, func, insert, select, true, type_coerce
from sqlalchemy.orm import Session, aliased

from vocdesk.db.base import utc_now
from vocdesk.db.bulk import triggers_dropped, update_by_id
from vocdesk.db.feedback_grams import FTS_INSERT_TRIGGER, GRAM_INSERT_TRIGGER, add_grams, add_words
from vocdesk.db.models import (
    Channel,
    FeedbackEntry,
    Office,
    Segment,
    Service,
    Stakeholder,
)
from vocdesk.domain.accounts import Permission
from vocdesk.domain.enums import FeedbackType, LifecycleStage, Sentiment
from vocdesk.domain.ids import new_id
from vocdesk.domain.listening.log import FeedbackStatus
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, Message
from vocdesk.domain.tables import TableQuery
from vocdesk.io.cells import (
    enum_parser,
    parse_datetime,
    parse_int,
    parse_record_id,
    text_parser,
)
from vocdesk.io.table_file import write_rows
from vocdesk.io.table_spec import (
    CheckedTable,
    Column,
    Problem,
    TableSpec,
    duplicate_problems,
)
from vocdesk.services.authorization import requires
from vocdesk.services.database import Database
from vocdesk.services.listening.channels import ChannelDraft, add_channel
from vocdesk.services.listening.entry import (
    REFERENCE_MAX_LENGTH,
    STAFF_MAX_LENGTH,
    TEXT_MAX_LENGTH,
)
from vocdesk.services.listening.log import search_condition
from vocdesk.services.pdpa.masking import sees_sensitive
from vocdesk.services.transfer import ImportSummary, ProgressCallback, ValueMaps

CONTEXT = "FeedbackImport"
BATCH = 500  # rows per statement when looking up or writing

# The words agencies' files use for the closed vocabularies, besides the stored values.
STAGE_WORDS = {
    "ก่อนรับบริการ": LifecycleStage.BEFORE, "ก่อน": LifecycleStage.BEFORE, "before service": LifecycleStage.BEFORE,
    "ระหว่างรับบริการ": LifecycleStage.DURING, "ระหว่าง": LifecycleStage.DURING,
    "during service": LifecycleStage.DURING,
    "หลังรับบริการ": LifecycleStage.AFTER, "หลัง": LifecycleStage.AFTER, "after service": LifecycleStage.AFTER,
}  # fmt: skip
TYPE_WORDS = {
    "ความต้องการ": FeedbackType.NEED, "ความคาดหวัง": FeedbackType.EXPECTATION,
    "ข้อเสนอแนะ": FeedbackType.SUGGESTION, "คำชมเชย": FeedbackType.COMPLIMENT, "ชมเชย": FeedbackType.COMPLIMENT,
    "ข้อสอบถาม": FeedbackType.INQUIRY, "สอบถาม": FeedbackType.INQUIRY, "ข้อร้องเรียน": FeedbackType.COMPLAINT,
    "ร้องเรียน": FeedbackType.COMPLAINT, "อื่น ๆ": FeedbackType.OTHER, "อื่นๆ": FeedbackType.OTHER,
}  # fmt: skip
SENTIMENT_WORDS = {
    "เชิงบวก": Sentiment.POSITIVE, "บวก": Sentiment.POSITIVE, "เป็นกลาง": Sentiment.NEUTRAL,
    "กลาง": Sentiment.NEUTRAL, "เชิงลบ": Sentiment.NEGATIVE, "ลบ": Sentiment.NEGATIVE,
}  # fmt: skip
STATUS_WORDS = {
    "ใหม่": FeedbackStatus.NEW, "พิจารณาแล้ว": FeedbackStatus.REVIEWED,
    "ดำเนินการแล้ว": FeedbackStatus.ACTED_ON, "ปิด": FeedbackStatus.CLOSED, "ปิดแล้ว": FeedbackStatus.CLOSED,
}  # fmt: skip


def _spec(value_maps: ValueMaps | None = None) -> TableSpec:
    maps = value_maps or {}

    def words(key: str, own: dict[str, Any], enum_cls: Any) -> dict[str, Any]:
        return {**own, **{text: enum_cls(value) for text, value in maps.get(key, {}).items()}}

    return TableSpec("feedback", (
        Column("id", "id", "รหัสรายการ", "VocDesk's id of the entry; empty for a new entry. A row with the id of an"
               " entry updates it.", parse_record_id),
        Column("number", "number", "เลขที่", "The entry's number in the database that exported it; not imported"
               " (each database numbers its own entries).", parse_int),
        Column("received_at", "received at", "วันเวลาที่รับฟัง", "When it was heard: yyyy-mm-ddThh:mm+07:00,"
               " dd/mm/yyyy hh:mm (Thai time; B.E. or C.E.) or an Excel date.", parse_datetime, required=True,
               aliases=("date", "วันที่", "วันที่รับ")),
        Column("channel", "channel", "ช่องทาง", "The channel's name (Thai or English) or code; a channel not in the"
               " catalogue is added.", text_parser(200), required=True),
        Column("stage", "stage", "ช่วงการรับบริการ", "before, during or after (ก่อน/ระหว่าง/หลังรับบริการ).",
               enum_parser(LifecycleStage, words("stage", STAGE_WORDS, LifecycleStage)), required=True,
               aliases=("lifecycle stage", "วงจรการรับบริการ")),
        Column("type", "type", "ประเภท", "need, expectation, suggestion, compliment, inquiry, complaint or other.",
               enum_parser(FeedbackType, words("type", TYPE_WORDS, FeedbackType)), required=True),
        Column("sentiment", "sentiment", "ความรู้สึก", "positive, neutral or negative; empty: neutral.",
               enum_parser(Sentiment, words("sentiment", SENTIMENT_WORDS, Sentiment))),
        Column("text", "text", "สิ่งที่ได้รับฟัง", "The words heard.", text_parser(TEXT_MAX_LENGTH), required=True,
               aliases=("what was said", "ข้อความ", "รายละเอียด")),
        Column("stakeholder_id", "stakeholder id", "รหัสผู้มีส่วนได้ส่วนเสีย", "The stakeholder's VocDesk id;"
               " empty: anonymous.", parse_record_id),
        Column("stakeholder", "stakeholder", "ผู้มีส่วนได้ส่วนเสีย", "The stakeholder's name, for reading; not"
               " imported (the id decides).", text_parser(300)),
        Column("segment", "segment", "กลุ่มผู้รับบริการ", "The segment's name or code; empty: the stakeholder's.",
               text_parser(300)),
        Column("service", "service", "บริการ", "The service's name or code.", text_parser(300)),
        Column("office", "office", "หน่วยงาน", "The office's name or code.", text_parser(300)),
        Column("staff", "staff", "เจ้าหน้าที่", "Who heard it.", text_parser(STAFF_MAX_LENGTH)),
        Column("status", "status", "สถานะ", "new, reviewed, acted_on or closed; empty: new.",
               enum_parser(FeedbackStatus, words("status", STATUS_WORDS, FeedbackStatus))),
        Column("reference", "reference", "เลขอ้างอิง", "The entry's reference in its source (a letter's number,"
               " a post's id); a row with the reference of an entry updates it.", text_parser(REFERENCE_MAX_LENGTH)),
    ))  # fmt: skip


SPEC = _spec()


def _names(session: Session, model: Any) -> dict[str, uuid.UUID]:
    """Every spelling a file may use for a catalogue entry (code, Thai or English name), in lower case."""
    found: dict[str, uuid.UUID] = {}
    for row in session.execute(select(model.id, model.code, model.name_th, model.name_en)):
        for key in (row.code, row.name_th, row.name_en):
            if key:
                found.setdefault(" ".join(key.lower().split()), row.id)
    return found


def _key(text: str | None) -> str:
    return " ".join((text or "").lower().split())


def _chunks(values: list[Any]) -> Iterator[list[Any]]:
    for start in range(0, len(values), BATCH):
        yield values[start : start + BATCH]


class FeedbackImporter:
    value_columns = {
        "stage": LifecycleStage,
        "type": FeedbackType,
        "sentiment": Sentiment,
        "status": FeedbackStatus,
    }

    def __init__(self, db: Database, value_maps: ValueMaps | None = None) -> None:
        self._db = db
        self.spec = _spec(value_maps) if value_maps else SPEC

    def check(self, table: CheckedTable) -> list[Problem]:
        problems = duplicate_problems(
            table, "id", QT_TRANSLATE_NOOP("TableCheck", "the id {value} is already on row {first_row}.")
        ) + duplicate_problems(
            table, "reference", QT_TRANSLATE_NOOP("TableCheck", "the reference “{value}” is already on row {first_row}.")
        )  # fmt: skip
        with self._db.session_scope() as session:
            catalogues = {"segment": _names(session, Segment), "service": _names(session, Service),
                          "office": _names(session, Office)}  # fmt: skip
            wanted = list(
                {
                    row.values["stakeholder_id"]
                    for row in table.rows
                    if row.values.get("stakeholder_id")
                }
            )
            known: set[uuid.UUID] = set()
            for chunk in _chunks(wanted):
                known.update(
                    session.scalars(select(Stakeholder.id).where(Stakeholder.id.in_(chunk)))
                )
            erased = set(self._existing(session, table.rows, anonymised_only=True))
        unknown = {
            "segment": QT_TRANSLATE_NOOP("FeedbackImport", "there is no segment “{value}”; add it first or correct it."),
            "service": QT_TRANSLATE_NOOP("FeedbackImport", "there is no service “{value}”; add it first or correct it."),
            "office": QT_TRANSLATE_NOOP("FeedbackImport", "there is no office “{value}”; add it first or correct it."),
        }  # fmt: skip
        for row in table.rows:
            for key, text in unknown.items():
                value = row.values.get(key)
                if value and _key(value) not in catalogues[key]:
                    problems.append(row.problem(key, Message(CONTEXT, text, {"value": value})))
            if {
                ("id", row.values.get("id")),
                ("reference", row.values.get("reference") or None),
            } & erased:
                problems.append(row.problem(None, Message("TableCheck", QT_TRANSLATE_NOOP(
                    "TableCheck", "this row would bring back the data of a person who was anonymised; take it out of the file."),
                    {})))  # fmt: skip
            person = row.values.get("stakeholder_id")
            if person is not None and person not in known:
                problems.append(row.problem("stakeholder_id", Message(CONTEXT, QT_TRANSLATE_NOOP(
                    "FeedbackImport", "no stakeholder has the id {value}."), {"value": person.hex})))  # fmt: skip
        return problems

    @requires(Permission.IMPORT)
    def apply(self, table: CheckedTable, progress: ProgressCallback | None = None) -> ImportSummary:
        notices: list[Message] = []
        rows = table.rows
        added = updated = 0
        with self._db.session_scope() as session:
            channels = _names(session, Channel)
            for row in rows:
                name = row.values["channel"]
                if _key(name) not in channels:
                    channel = add_channel(session, ChannelDraft(name_th=name, name_en=name))
                    channels[_key(name)] = channel.id
                    notices.append(Message(CONTEXT, QT_TRANSLATE_NOOP(
                        "FeedbackImport", "The channel “{name}” was not in the catalogue and was added (row {row})."
                    ), {"name": name, "row": row.number}))  # fmt: skip
            catalogues = {"segment": _names(session, Segment), "service": _names(session, Service),
                          "office": _names(session, Office)}  # fmt: skip
            existing = self._existing(session, rows)
            segments_of = self._stakeholder_segments(session, rows)
            inserts: list[dict[str, Any]] = []
            updates: list[dict[str, Any]] = []
            for done, row in enumerate(rows, start=1):
                v = row.values
                person = v.get("stakeholder_id")
                segment = (
                    catalogues["segment"].get(_key(v.get("segment"))) if v.get("segment") else None
                )
                if segment is None and person is not None:  # the stakeholder's own segment
                    segment = segments_of.get(person)
                record = {
                    "received_at": v["received_at"], "channel_id": channels[_key(v["channel"])],
                    "stage": v["stage"], "type": v["type"], "sentiment": v.get("sentiment") or Sentiment.NEUTRAL,
                    "text": v["text"], "stakeholder_id": person,
                    "segment_id": segment,
                    "service_id": catalogues["service"].get(_key(v.get("service"))) if v.get("service") else None,
                    "office_id": catalogues["office"].get(_key(v.get("office"))) if v.get("office") else None,
                    "staff": v.get("staff") or "", "status": v.get("status") or FeedbackStatus.NEW,
                    "reference": v.get("reference") or "",
                }  # fmt: skip
                match = existing.get(("id", v.get("id"))) or existing.get(
                    ("reference", v.get("reference") or None)
                )
                if match is not None:
                    updates.append({"id": match, "updated_at": utc_now(), **record})
                else:
                    inserts.append({"id": v.get("id") or new_id(), **record})
                if progress is not None and done % 1000 == 0:
                    progress(done, len(rows))
            added = _insert_numbered(session, inserts)
            for chunk in _chunks(updates):
                update_by_id(session, FeedbackEntry, chunk)
                updated += len(chunk)
        if progress is not None:
            progress(len(rows), len(rows))
        return ImportSummary(added=added, updated=updated, notices=notices)

    @staticmethod
    def _existing(
        session: Session, rows: list[Any], *, anonymised_only: bool = False
    ) -> dict[tuple[str, Any], uuid.UUID]:
        """The entries the rows match: ("id", id) and ("reference", reference) -> the entry's id;
        ``anonymised_only``: only entries anonymised (issue 19: a file made before does not
        write their words back)."""
        ids = [row.values["id"] for row in rows if row.values.get("id")]
        references = [row.values["reference"] for row in rows if row.values.get("reference")]
        erased = FeedbackEntry.anonymised_at.is_not(None) if anonymised_only else true()
        found: dict[tuple[str, Any], uuid.UUID] = {}
        for chunk in _chunks(ids):
            found.update(
                (("id", i), i)
                for i in session.scalars(
                    select(FeedbackEntry.id).where(FeedbackEntry.id.in_(chunk), erased)
                )
            )
        for chunk in _chunks(references):
            stmt = select(FeedbackEntry.reference, FeedbackEntry.id).where(
                FeedbackEntry.reference.in_(chunk), erased
            )
            found.update((("reference", ref), i) for ref, i in session.execute(stmt))
        return found

    @staticmethod
    def _stakeholder_segments(
        session: Session, rows: list[Any]
    ) -> dict[uuid.UUID, uuid.UUID | None]:
        people = list(
            {row.values["stakeholder_id"] for row in rows if row.values.get("stakeholder_id")}
        )
        found: dict[uuid.UUID, uuid.UUID | None] = {}
        for chunk in _chunks(people):
            stmt = select(Stakeholder.id, Stakeholder.segment_id).where(Stakeholder.id.in_(chunk))
            found.update((person, segment) for person, segment in session.execute(stmt))
        return found


def _insert_numbered(session: Session, records: list[dict[str, Any]]) -> int:
    """Insert ``records`` numbered as ``feedback_entry_number`` would have numbered them (the
    next numbers, in order), with the short-word and full-text insert triggers dropped meanwhile:
    the grams and words of all of them are added afterwards in one sorted statement each, the
    triggers created again, all in the import's transaction (issue 18: 10,000 entries 7.3 s →
    see docs/performance.md)."""
    if not records:
        return 0
    if session.get_bind().dialect.name == "postgresql":
        # The server numbers them from its sequence, in the order inserted: two imports at once
        # cannot take the same numbers (SQLite's write lock is what keeps max + 1 safe there).
        for chunk in _chunks(records):
            session.execute(insert(FeedbackEntry), [{**r, "number": None} for r in chunk])
        return len(records)
    with triggers_dropped(session, (GRAM_INSERT_TRIGGER, FTS_INSERT_TRIGGER)):
        first = (session.scalar(select(func.max(FeedbackEntry.number))) or 0) + 1
        for number, record in enumerate(records, start=first):
            record["number"] = number
        for chunk in _chunks(records):
            session.execute(insert(FeedbackEntry), chunk)
        add_grams(session, first)
        add_words(session, first)
    return len(records)


class FeedbackExporter:
    spec = SPEC

    def __init__(self, db: Database) -> None:
        self._db = db

    @requires(Permission.EXPORT)
    def export(
        self, path: Path, *, search: str = "", progress: ProgressCallback | None = None
    ) -> int:
        """Stream the entries (those matching ``search``, the log's search) oldest first."""
        channel, segment = aliased(Channel), aliased(Segment)
        service, office = aliased(Service), aliased(Office)
        person = aliased(Stakeholder)
        query = TableQuery(search=search)
        e = FeedbackEntry
        # PDPA s.26: a person marked sensitive has their words exported only by the grant's holders
        withheld = not sees_sensitive(self._db)

        def rows() -> Iterator[list[Any]]:
            with self._db.session_scope() as session:
                condition = search_condition(session, query)
                total = session.scalar(select(func.count(e.id)).where(condition) if condition is not None
                                       else select(func.count(e.id))) or 0  # fmt: skip
                # Core, each column as stored (the ids' hex, the enums' values, the moment's UTC
                # text): no ORM rows, no UUID/enum/datetime objects made only to be written out
                # (issue 18, as the stakeholder export).
                stored = [type_coerce(c, String) for c in (e.id, e.received_at, e.stage, e.type, e.sentiment,
                                                           e.stakeholder_id, e.status)]  # fmt: skip
                stmt = (
                    select(stored[0], e.number, stored[1], channel.name_th, stored[2], stored[3], stored[4],
                           e.text, stored[5], person.name, segment.name_th, service.name_th, office.name_th,
                           e.staff, stored[6], e.reference, person.sensitive)
                    .join(channel, e.channel_id == channel.id)
                    .outerjoin(person, e.stakeholder_id == person.id)
                    .outerjoin(segment, e.segment_id == segment.id)
                    .outerjoin(service, e.service_id == service.id)
                    .outerjoin(office, e.office_id == office.id)
                    .order_by(e.received_at, e.id)
                )  # fmt: skip
                if condition is not None:
                    stmt = stmt.where(condition)
                result = session.connection().execute(stmt.execution_options(yield_per=2000))
                for done, r in enumerate(result, start=1):
                    yield [
                        _as_stored(r[0]), r[1], _thai_moment(_as_stored(r[2])), r[3], r[4], r[5], r[6],
                        "" if withheld and r[16] else r[7],
                        _as_stored(r[8]) or "", r[9] or "", r[10] or "", r[11] or "", r[12] or "",
                        r[13], r[14], r[15],
                    ]  # fmt: skip
                    if progress is not None and done % 5000 == 0:
                        progress(done, total)
                if progress is not None:
                    progress(total, total)

        return write_rows(self.spec.headers, rows(), Path(path))


_THAI_OFFSET = timedelta(hours=7)


def _as_stored(value: Any) -> Any:
    """A value as SQLite stores it, from PostgreSQL's objects: a key as 32 hex digits, a moment
    as its naive UTC text ("2025-10-01 01:47:00.000000"); SQLite's text as it is."""
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")
    return value


def _thai_moment(stored: str | None) -> str:
    """``format_datetime`` of a moment stored as naive UTC text ("2025-10-01 01:47:00.000000"):
    Thai time to the second with its offset, without making an aware datetime per row."""
    if not stored:
        return ""
    return (datetime.fromisoformat(stored) + _THAI_OFFSET).isoformat(timespec="seconds") + "+07:00"
