"""Importing and exporting relationship activities (kind "activities"), per ``services.transfer``.

Matching: a row with the ``id`` of an activity in the database updates that activity; any other
row is a new activity, keeping the file's ``id`` if it has one, so that importing the same file
again updates instead of duplicating. An export writes every column, so it imports unchanged.

The stakeholder and the other participants are named by their VocDesk ids (the ``stakeholder``
column, a name, is for reading). A channel not in the catalogue is added, with a notice. A row's
follow-up date keeps the activity's open reminder in step as the form does
(``activities.sync_follow_up``): made, moved, or removed when the date is cleared.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, or_, select, update
from sqlalchemy.orm import Session, aliased

from vocdesk.db.base import utc_now
from vocdesk.db.bulk import update_by_id
from vocdesk.db.models import Activity, Channel, Reminder, Stakeholder, activity_participant
from vocdesk.domain.accounts import Permission
from vocdesk.domain.clock import thai_date
from vocdesk.domain.enums import ActivityKind, LifecycleStage, ReminderSource, ReminderStatus
from vocdesk.domain.ids import new_id
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, Message
from vocdesk.io.cells import (
    CellError,
    enum_parser,
    format_date,
    format_datetime,
    parse_date,
    parse_datetime,
    parse_list,
    parse_record_id,
    problem,
    text_parser,
)
from vocdesk.io.table_file import write_rows
from vocdesk.io.table_spec import CheckedTable, Column, Problem, TableSpec, duplicate_problems
from vocdesk.services.authorization import requires
from vocdesk.services.complaints.exporter import StoredMoments
from vocdesk.services.database import Database
from vocdesk.services.listening.channels import ChannelDraft, add_channel
from vocdesk.services.listening.transfer import STAGE_WORDS
from vocdesk.services.pdpa.masking import sees_sensitive
from vocdesk.services.registry.transfer import text_of_raw
from vocdesk.services.relationships.activities import (
    DETAILS_MAX_LENGTH,
    OUTCOME_MAX_LENGTH,
    STAFF_MAX_LENGTH,
    SUMMARY_MAX_LENGTH,
)
from vocdesk.services.transfer import ImportSummary, ProgressCallback, ValueMaps

CONTEXT = "ActivityImport"
BATCH = 500  # rows per statement when looking up or writing

# The words agencies' files use for the kinds, besides the stored values.
KIND_WORDS = {
    "ประชุม": ActivityKind.MEETING, "การประชุม": ActivityKind.MEETING, "โทรศัพท์": ActivityKind.CALL,
    "โทร": ActivityKind.CALL, "phone call": ActivityKind.CALL, "เยี่ยม": ActivityKind.VISIT,
    "ลงพื้นที่": ActivityKind.VISIT, "เยี่ยมเยียน": ActivityKind.VISIT, "อีเมล": ActivityKind.EMAIL,
    "e-mail": ActivityKind.EMAIL, "งาน": ActivityKind.EVENT, "งานกิจกรรม": ActivityKind.EVENT,
    "บันทึก": ActivityKind.NOTE, "หนังสือ": ActivityKind.LETTER, "จดหมาย": ActivityKind.LETTER,
    "อบรม": ActivityKind.TRAINING, "ฝึกอบรม": ActivityKind.TRAINING, "mou": ActivityKind.AGREEMENT,
    "บันทึกข้อตกลง": ActivityKind.AGREEMENT, "บันทึกข้อตกลงความร่วมมือ": ActivityKind.AGREEMENT,
    "สื่อสังคมออนไลน์": ActivityKind.SOCIAL_MEDIA, "social media": ActivityKind.SOCIAL_MEDIA,
}  # fmt: skip


def parse_record_ids(value: Any) -> list[uuid.UUID]:
    """Record ids in one cell, separated by ";" or one per line."""
    found: list[uuid.UUID] = []
    for item in parse_list(value):
        try:
            found.append(parse_record_id(item))
        except CellError:
            raise problem(
                QT_TRANSLATE_NOOP(
                    "CellCheck", "“{value}” is not a VocDesk id; separate the ids with “;”."
                ),
                value=item,
            ) from None
    return found


def _spec(value_maps: ValueMaps | None = None) -> TableSpec:
    maps = value_maps or {}

    def words(key: str, own: dict[str, Any], enum_cls: Any) -> dict[str, Any]:
        return {**own, **{text: enum_cls(value) for text, value in maps.get(key, {}).items()}}

    return TableSpec("activities", (
        Column("id", "id", "รหัสกิจกรรม", "VocDesk's id of the activity; empty for a new activity. A row with the"
               " id of an activity updates it.", parse_record_id),
        Column("occurred_at", "date", "วันเวลา", "When it took place: yyyy-mm-ddThh:mm+07:00, dd/mm/yyyy hh:mm"
               " (Thai time; B.E. or C.E.) or an Excel date.", parse_datetime, required=True,
               aliases=("occurred at", "date and time", "วันที่", "วันที่ติดต่อ")),
        Column("kind", "kind", "ประเภทกิจกรรม", "meeting, call, visit, email, event, note, letter, training,"
               " agreement or social_media (ประชุม, โทรศัพท์, เยี่ยม, ...).",
               enum_parser(ActivityKind, words("kind", KIND_WORDS, ActivityKind)), required=True,
               aliases=("type", "activity", "ประเภท")),
        Column("channel", "channel", "ช่องทาง", "The channel's name (Thai or English) or code; a channel not in the"
               " catalogue is added. Empty: none.", text_parser(200)),
        Column("stage", "stage", "ช่วงการรับบริการ", "before, during or after (ก่อน/ระหว่าง/หลังรับบริการ);"
               " empty: none.", enum_parser(LifecycleStage, words("stage", STAGE_WORDS, LifecycleStage)),
               aliases=("lifecycle stage", "วงจรการรับบริการ")),
        Column("stakeholder_id", "stakeholder id", "รหัสผู้มีส่วนได้ส่วนเสีย", "The stakeholder's VocDesk id.",
               parse_record_id, required=True),
        Column("stakeholder", "stakeholder", "ผู้มีส่วนได้ส่วนเสีย", "The stakeholder's name, for reading; not"
               " imported (the id decides).", text_parser(300)),
        Column("summary", "summary", "เรื่อง", "One line: what the activity was.", text_parser(SUMMARY_MAX_LENGTH),
               required=True, aliases=("subject", "สรุป", "หัวข้อ")),
        Column("details", "details", "รายละเอียด", "What was said and done.", text_parser(DETAILS_MAX_LENGTH),
               aliases=("notes", "บันทึก")),
        Column("outcome", "outcome", "ผลที่ได้", "What came of it.", text_parser(OUTCOME_MAX_LENGTH),
               aliases=("result", "ผลการดำเนินการ")),
        Column("staff", "staff", "เจ้าหน้าที่", "The agency's people who took part.", text_parser(STAFF_MAX_LENGTH)),
        Column("participants", "participants", "ผู้เข้าร่วม", "The VocDesk ids of the other stakeholders taking"
               " part, separated by “;”.", parse_record_ids, aliases=("participant ids", "รหัสผู้เข้าร่วม")),
        Column("follow_up_on", "follow-up on", "วันที่ติดตามผล", "The day to get in touch again (a reminder is"
               " made for it): yyyy-mm-dd or dd/mm/yyyy (B.E. or C.E.). Empty: none.", parse_date,
               aliases=("follow-up", "follow up", "next contact", "ติดตามผล", "นัดติดต่อครั้งถัดไป")),
    ))  # fmt: skip


SPEC = _spec()


def _key(text: str | None) -> str:
    return " ".join((text or "").lower().split())


def _channel_names(session: Session) -> dict[str, uuid.UUID]:
    """Every spelling a file may use for a channel (code, Thai or English name), in lower case."""
    found: dict[str, uuid.UUID] = {}
    for row in session.execute(select(Channel.id, Channel.code, Channel.name_th, Channel.name_en)):
        for key in (row.code, row.name_th, row.name_en):
            if key:
                found.setdefault(_key(key), row.id)
    return found


def _chunks(values: list[Any]) -> Iterator[list[Any]]:
    for start in range(0, len(values), BATCH):
        yield values[start : start + BATCH]


class ActivityImporter:
    value_columns = {"kind": ActivityKind, "stage": LifecycleStage}

    def __init__(self, db: Database, value_maps: ValueMaps | None = None) -> None:
        self._db = db
        self.spec = _spec(value_maps) if value_maps else SPEC

    def check(self, table: CheckedTable) -> list[Problem]:
        problems = duplicate_problems(
            table, "id", QT_TRANSLATE_NOOP("TableCheck", "the id {value} is already on row {first_row}.")
        )  # fmt: skip
        wanted: set[uuid.UUID] = set()
        for row in table.rows:
            if row.values.get("stakeholder_id"):
                wanted.add(row.values["stakeholder_id"])
            wanted.update(row.values.get("participants") or ())
        known: set[uuid.UUID] = set()
        erased: set[uuid.UUID] = set()  # activities anonymised (issue 19): not written back
        with self._db.session_scope() as session:
            for chunk in _chunks(list(wanted)):
                known.update(
                    session.scalars(select(Stakeholder.id).where(Stakeholder.id.in_(chunk)))
                )
            for chunk in _chunks([r.values["id"] for r in table.rows if r.values.get("id")]):
                erased.update(session.scalars(select(Activity.id).where(
                    Activity.id.in_(chunk), Activity.anonymised_at.is_not(None))))  # fmt: skip
        for row in table.rows:
            v = row.values
            if v.get("id") in erased:
                problems.append(row.problem(None, Message("TableCheck", QT_TRANSLATE_NOOP(
                    "TableCheck", "this row would bring back the data of a person who was anonymised; take it out of the file."),
                    {})))  # fmt: skip
            person = v.get("stakeholder_id")
            if person is not None and person not in known:
                problems.append(row.problem("stakeholder_id", Message(CONTEXT, QT_TRANSLATE_NOOP(
                    "ActivityImport", "no stakeholder has the id {value}."), {"value": person.hex})))  # fmt: skip
            missing = [p.hex for p in v.get("participants") or () if p not in known]
            if missing:
                problems.append(row.problem("participants", Message(CONTEXT, QT_TRANSLATE_NOOP(
                    "ActivityImport", "no stakeholder has the id {value}."), {"value": ", ".join(missing)})))  # fmt: skip
            follow_up, moment = v.get("follow_up_on"), v.get("occurred_at")
            if follow_up is not None and moment is not None and follow_up < thai_date(moment):
                problems.append(row.problem("follow_up_on", Message(CONTEXT, QT_TRANSLATE_NOOP(
                    "ActivityImport", "the follow-up date is before the activity."))))  # fmt: skip
        return problems

    @requires(Permission.IMPORT)
    def apply(self, table: CheckedTable, progress: ProgressCallback | None = None) -> ImportSummary:
        notices: list[Message] = []
        rows = table.rows
        with self._db.session_scope() as session:
            channels = _channel_names(session)
            for row in rows:
                name = row.values.get("channel")
                if name and _key(name) not in channels:
                    channel = add_channel(session, ChannelDraft(name_th=name, name_en=name))
                    channels[_key(name)] = channel.id
                    notices.append(Message(CONTEXT, QT_TRANSLATE_NOOP(
                        "ActivityImport", "The channel “{name}” was not in the catalogue and was added (row {row})."
                    ), {"name": name, "row": row.number}))  # fmt: skip
            existing = self._existing(session, rows)
            inserts: list[dict[str, Any]] = []
            updates: list[dict[str, Any]] = []
            links: list[dict[str, Any]] = []
            for done, row in enumerate(rows, start=1):
                v = row.values
                record = {
                    "stakeholder_id": v["stakeholder_id"], "occurred_at": v["occurred_at"], "kind": v["kind"],
                    "channel_id": channels[_key(v["channel"])] if v.get("channel") else None,
                    "stage": v.get("stage"), "subject": v["summary"], "notes": v.get("details") or "",
                    "outcome": v.get("outcome") or "", "staff": v.get("staff") or "",
                    "follow_up_on": v.get("follow_up_on"),
                }  # fmt: skip
                activity_id = v.get("id")
                if activity_id is not None and activity_id in existing:
                    updates.append({"id": activity_id, "updated_at": utc_now(), **record})
                else:
                    activity_id = activity_id or new_id()
                    inserts.append({"id": activity_id, **record})
                others = dict.fromkeys(
                    p for p in v.get("participants") or () if p != v["stakeholder_id"]
                )
                links += [{"activity_id": activity_id, "stakeholder_id": p} for p in others]
                if progress is not None and done % 1000 == 0:
                    progress(done, len(rows))
            for chunk in _chunks(inserts):
                session.execute(insert(Activity), chunk)
            for chunk in _chunks(updates):
                update_by_id(session, Activity, chunk)
                ids = [u["id"] for u in chunk]
                session.execute(
                    delete(activity_participant).where(activity_participant.c.activity_id.in_(ids))
                )
            for chunk in _chunks(links):
                session.execute(insert(activity_participant), chunk)
            self._sync_reminders(session, inserts + updates, existing)
        if progress is not None:
            progress(len(rows), len(rows))
        return ImportSummary(added=len(inserts), updated=len(updates), notices=notices)

    @staticmethod
    def _existing(session: Session, rows: list[Any]) -> dict[uuid.UUID, Any]:
        """The activities the rows' ids name: id -> the follow-up date it had."""
        ids = [row.values["id"] for row in rows if row.values.get("id")]
        found: dict[uuid.UUID, Any] = {}
        for chunk in _chunks(ids):
            stmt = select(Activity.id, Activity.follow_up_on).where(Activity.id.in_(chunk))
            found.update((i, before) for i, before in session.execute(stmt))
        return found

    @staticmethod
    def _sync_reminders(
        session: Session, records: list[dict[str, Any]], before: dict[uuid.UUID, Any]
    ) -> None:
        """The rules of ``activities.sync_follow_up`` for many activities at once."""
        ids = [r["id"] for r in records]
        open_reminders: dict[Any, tuple[Any, ...]] = {}
        for chunk in _chunks(ids):
            reminders = select(Reminder.activity_id, Reminder.id, Reminder.due_on, Reminder.assigned_to,
                          Reminder.stakeholder_id).where(
                Reminder.activity_id.in_(chunk), Reminder.source == ReminderSource.ACTIVITY,
                Reminder.status == ReminderStatus.OPEN)  # fmt: skip
            for found in session.execute(reminders):
                open_reminders[found.activity_id] = (
                    found.id, found.due_on, found.assigned_to, found.stakeholder_id,
                )  # fmt: skip
        officers: dict[uuid.UUID, str] = {}
        people = list(
            {r["stakeholder_id"] for r in records if r["follow_up_on"] and not r["staff"]}
        )
        for chunk in _chunks(people):
            stmt = select(Stakeholder.id, Stakeholder.relationship_officer).where(
                Stakeholder.id.in_(chunk)
            )
            officers.update((i, officer) for i, officer in session.execute(stmt))
        added, moved, removed = [], [], []
        for r in records:
            reminder = open_reminders.get(r["id"])
            due = r["follow_up_on"]
            if due is None:
                if reminder is not None:
                    removed.append(reminder[0])
                continue
            assigned = r["staff"] or officers.get(r["stakeholder_id"], "")
            if reminder is not None:
                if reminder[1:] != (due, assigned, r["stakeholder_id"]):
                    moved.append({"id": reminder[0], "due_on": due, "assigned_to": assigned,
                                  "stakeholder_id": r["stakeholder_id"], "updated_at": utc_now()})  # fmt: skip
            elif r["id"] not in before or before[r["id"]] != due:
                added.append({
                    "id": new_id(), "stakeholder_id": r["stakeholder_id"], "due_on": due, "assigned_to": assigned,
                    "source": ReminderSource.ACTIVITY, "activity_id": r["id"], "complaint_id": None, "note": "",
                    "status": ReminderStatus.OPEN, "done_on": None,
                })  # fmt: skip
        for chunk in _chunks(removed):
            session.execute(delete(Reminder).where(Reminder.id.in_(chunk)))
        for chunk in _chunks(moved):
            session.execute(update(Reminder), chunk)
        for chunk in _chunks(added):
            session.execute(insert(Reminder), chunk)


class ActivityExporter:
    spec = SPEC

    def __init__(self, db: Database) -> None:
        self._db = db

    @requires(Permission.EXPORT)
    def export(
        self, path: Path, *, search: str = "", progress: ProgressCallback | None = None
    ) -> int:
        """Stream the activities (those whose summary, details, outcome, staff or stakeholder's
        name hold every word of ``search``) oldest first."""
        return write_rows(self.spec.headers, self._rows(search, progress), Path(path))

    def _rows(self, search: str, progress: ProgressCallback | None) -> Iterator[list[Any]]:
        # PDPA s.26: a sensitive person's details and outcome go out only with the grant
        withheld = not sees_sensitive(self._db)
        with self._db.session_scope() as session:
            on_sqlite = session.connection().dialect.name == "sqlite"
        if on_sqlite:
            return self._stored_rows(search, withheld, progress)
        return self._typed_rows(search, withheld, progress)

    def _stored_rows(
        self, search: str, withheld: bool, progress: ProgressCallback | None
    ) -> Iterator[list[Any]]:
        """The rows on SQLite from Core rows of the stored texts (the ids' hex, the enums'
        values, the moment's UTC text, the date's ISO text): no UUID, enum or datetime objects
        made only to be written out again, as the stakeholder and listening exports (issue 18:
        300,000 activities took 3x a raw SELECT to CSV). The people's names and the channels'
        are read once into dictionaries (joining the stakeholder per activity was ~1 s of SQLite
        at 300,000 activities). The same cells as ``_typed_rows`` (tested)."""
        a = Activity
        person = aliased(Stakeholder)
        conditions = _search_conditions(search, person)
        stmt = select(
            text_of_raw(a.id), text_of_raw(a.occurred_at), text_of_raw(a.kind), text_of_raw(a.channel_id),
            text_of_raw(a.stage), text_of_raw(a.stakeholder_id), a.subject, a.notes, a.outcome, a.staff,
            text_of_raw(a.follow_up_on),
        )  # fmt: skip
        if conditions:
            stmt = stmt.join(person, a.stakeholder_id == person.id).where(*conditions)
        stmt = stmt.order_by(a.occurred_at, a.id)
        with self._db.session_scope() as session:
            connection = session.connection()
            total = self._total(session, search, person) if progress is not None else 0
            named = select(text_of_raw(Channel.id), Channel.name_th)
            channels: dict[str, str] = {key: name for key, name in connection.execute(named)}
            # Everyone with an activity: the inner join's people (an activity of no one is left out)
            s = Stakeholder
            people = select(text_of_raw(s.id), s.name, text_of_raw(s.sensitive)).where(
                select(a.id).where(a.stakeholder_id == s.id).exists()
            )
            names: dict[str, str] = {}
            sensitive: set[str] = set()
            for key, name, is_sensitive in connection.execute(people):
                names[key] = name
                if is_sensitive and withheld:
                    sensitive.add(key)
            links = select(
                text_of_raw(activity_participant.c.activity_id),
                text_of_raw(activity_participant.c.stakeholder_id),
            ).order_by(activity_participant.c.activity_id, activity_participant.c.stakeholder_id)
            others: dict[str, list[str]] = {}
            for activity_id, other in connection.execute(links):
                others.setdefault(activity_id, []).append(other)
            participants = {key: "; ".join(hexes) for key, hexes in others.items()}
            del others
            moments = StoredMoments(connection.dialect)
            done = 0
            result = connection.execute(stmt)
            cursor = result.cursor  # plain tuples of the stored texts, no Row made per activity
            while part := cursor.fetchmany(EXPORT_BATCH):
                for r in part:
                    name = names.get(r[5])
                    if name is None:
                        continue
                    hidden = r[5] in sensitive
                    yield [
                        r[0], moments.text(r[1]), r[2], channels.get(r[3], "") if r[3] else "", r[4] or "",
                        r[5], name, r[6], "" if hidden else r[7], "" if hidden else r[8], r[9],
                        participants.get(r[0], ""), r[10] or "",
                    ]  # fmt: skip
                done += len(part)
                if progress is not None:
                    progress(done, total)
            result.close()
            if progress is not None:
                progress(total, total)

    def _typed_rows(
        self, search: str, withheld: bool, progress: ProgressCallback | None
    ) -> Iterator[list[Any]]:
        """The rows from typed values (UUIDs, aware moments, enums), as any database reads them."""
        a = Activity
        person, channel = aliased(Stakeholder), aliased(Channel)
        with self._db.session_scope() as session:
            total = self._total(session, search, person)
            others: dict[uuid.UUID, list[str]] = {}
            links = select(
                activity_participant.c.activity_id, activity_participant.c.stakeholder_id
            )
            for activity_id, other in session.execute(links.order_by(*links.selected_columns)):
                others.setdefault(activity_id, []).append(other.hex)
            stmt = (
                select(a.id, a.occurred_at, a.kind, channel.name_th, a.stage, a.stakeholder_id, person.name,
                       a.subject, a.notes, a.outcome, a.staff, a.follow_up_on, person.sensitive)
                .join(person, a.stakeholder_id == person.id)
                .outerjoin(channel, a.channel_id == channel.id)
                .where(*_search_conditions(search, person))
                .order_by(a.occurred_at, a.id)
            )  # fmt: skip
            for done, r in enumerate(
                session.execute(stmt.execution_options(yield_per=2000)), start=1
            ):
                hidden = withheld and bool(r[12])
                yield [
                    r[0].hex, format_datetime(r[1]), r[2].value, r[3] or "", r[4].value if r[4] else "",
                    r[5].hex, r[6], r[7], "" if hidden else r[8], "" if hidden else r[9], r[10],
                    "; ".join(others.get(r[0], ())), format_date(r[11]),
                ]  # fmt: skip
                if progress is not None and done % 5000 == 0:
                    progress(done, total)
            if progress is not None:
                progress(total, total)

    @staticmethod
    def _total(session: Session, search: str, person: Any) -> int:
        counted = select(func.count(Activity.id)).join(person, Activity.stakeholder_id == person.id)
        return session.scalar(counted.where(*_search_conditions(search, person))) or 0


EXPORT_BATCH = 2000  # rows fetched at a time


def _search_conditions(search: str, person: Any) -> list[Any]:
    """Every word of ``search`` in the summary, details, outcome, staff or the person's name."""
    a = Activity
    return [
        or_(*(column.contains(word) for column in (a.subject, a.notes, a.outcome, a.staff, person.name)))
        for word in search.split()
    ]  # fmt: skip
