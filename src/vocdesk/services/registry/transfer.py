"""Importing and exporting the stakeholder registry (the ``stakeholders`` kind of services/transfer).

Matching key: a row updates the record with the same VocDesk **id** (the ``id`` column exports
write), else the record with the same **reference** (``reference``, the agency's own or another
system's id), else the record with the same **national ID**; a row matching none adds a record. ``match_on`` may declare other keys in that order of preference:
``external_ref``, ``national_id``, ``email`` or ``phone``. So importing a file again, or an
export of this registry, updates the records instead of duplicating them.

Every row passes the same rules as the form (``domain.registry.check_stakeholder``); the segment
and the preferred channel are given by their code or by their Thai or English name. The file's
columns are declared in ``transfer_columns``.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any, cast

from sqlalchemy import JSON, Date, String, Table, Uuid, bindparam, func, select, type_coerce
from sqlalchemy import cast as sql_cast

from vocdesk.db.base import utc_now
from vocdesk.db.driver_insert import DriverInsert
from vocdesk.db.models import AuditEntry, Channel, Segment, Stakeholder
from vocdesk.domain.accounts import Permission
from vocdesk.domain.clock import thai_today
from vocdesk.domain.enums import (
    AuditAction,
    PartyType,
    StakeholderKind,
    StakeholderStatus,
)
from vocdesk.domain.ids import new_id
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, Message
from vocdesk.domain.registry import (
    InvalidStakeholder,
    StakeholderDraft,
    check_stakeholder,
    email_key,
)
from vocdesk.domain.tables import TableQuery
from vocdesk.io.table_file import write_rows
from vocdesk.io.table_spec import CheckedRow, CheckedTable, Problem, duplicate_problems
from vocdesk.services.authorization import acting, require, requires
from vocdesk.services.database import Database
from vocdesk.services.pdpa.consents import sync_follow_ups
from vocdesk.services.registry.edit import EDITABLE_FIELDS, stored_values
from vocdesk.services.registry.stakeholders import (
    RegistryFilter,
    RegistryService,
    phone_display,
)
from vocdesk.services.registry.transfer_columns import SPEC, VALUE_COLUMNS, build_spec
from vocdesk.services.transfer import ImportSummary, ProgressCallback, ValueMaps, mask_rows

MATCH_KEYS = ("external_ref", "national_id", "email", "phone")
EXPORT_BATCH = 5000
WRITE_BATCH = 5000


def _catalogue_lookup(session: Any, entity: Any) -> dict[str, uuid.UUID]:
    found: dict[str, uuid.UUID] = {}
    for row in session.execute(select(entity.id, entity.code, entity.name_th, entity.name_en)):
        for text in (row.name_en, row.name_th, row.code):  # the code wins a clash
            found[" ".join(text.lower().split())] = row.id
    return found


class StakeholderImporter:
    """A row updates the record with the same id, else the same reference, else the same national
    ID; any other row adds a record. Every row passes the form's checks (see docs/stakeholders.md)."""

    value_columns = VALUE_COLUMNS

    def __init__(self, db: Database, value_maps: ValueMaps | None = None,
                 match_on: tuple[str, ...] = ("external_ref", "national_id"), today: Any = thai_today) -> None:  # fmt: skip
        unknown = [key for key in match_on if key not in MATCH_KEYS]
        if unknown:
            raise ValueError(f"cannot match on {unknown}; use {MATCH_KEYS}")
        self._db = db
        self._match_on = match_on
        self._today = today
        self.spec = build_spec(value_maps)
        self._checked: tuple[int, list[tuple[CheckedRow, StakeholderDraft, bool]]] | None = None

    # --- checking --------------------------------------------------------------------------
    def check(self, table: CheckedTable) -> list[Problem]:
        problems: list[Problem] = []
        for key, text in (
            (
                "id",
                QT_TRANSLATE_NOOP("TableCheck", "the id {value} is already on row {first_row}."),
            ),
            (
                "external_ref",
                QT_TRANSLATE_NOOP(
                    "TableCheck", "the reference {value} is also on row {first_row}."
                ),
            ),
            (
                "national_id",
                QT_TRANSLATE_NOOP(
                    "TableCheck", "the national ID {value} is also on row {first_row}."
                ),
            ),
        ):
            problems += duplicate_problems(table, key, text)
        with self._db.session_scope() as session:
            segments = _catalogue_lookup(session, Segment)
            channels = _catalogue_lookup(session, Channel)
            matches = self._existing(session, table)
            erased = _anonymised(session, matches)
        checked: list[tuple[CheckedRow, StakeholderDraft, bool]] = []  # row, its record, archived
        today = self._today()
        for row in table.rows:
            draft, row_problems = self._draft(row, segments, channels, today)
            problems += row_problems
            if draft is not None:
                checked.append((row, draft, bool(row.values.get("archived"))))
        problems += self._conflicts(checked, matches)
        # PDPA s.33: an erasure is not undone by a file (none of the records anonymised: no look)
        for row, draft, _archived in checked if erased else ():
            if self._target(row.values.get("id"), draft, matches) in erased:
                problems.append(row.problem(None, Message("TableCheck", QT_TRANSLATE_NOOP(
                    "TableCheck", "this row would bring back the data of a person who was anonymised; take it out of the file."),
                    {})))  # fmt: skip
        self._checked = (id(table), checked)
        return problems

    def _draft(self, row: CheckedRow, segments: dict[str, uuid.UUID], channels: dict[str, uuid.UUID],
               today: date) -> tuple[StakeholderDraft | None, list[Problem]]:  # fmt: skip
        values = row.values
        problems = []
        segment_id = channel_id = None
        for key, lookup, text in (
            ("segment", segments, QT_TRANSLATE_NOOP("TableCheck", "there is no segment “{value}” in the catalogue.")),
            ("preferred_channel", channels, QT_TRANSLATE_NOOP("TableCheck", "there is no channel “{value}” in the catalogue.")),
        ):  # fmt: skip
            given = values.get(key)
            if given:
                found = lookup.get(" ".join(given.lower().split()))
                if found is None:
                    problems.append(row.problem(key, Message("TableCheck", text, {"value": given})))
                elif key == "segment":
                    segment_id = found
                else:
                    channel_id = found
        draft = StakeholderDraft(
            name=values["name"] or "",
            party_type=values.get("party_type") or PartyType.PERSON,
            kind=values.get("kind") or StakeholderKind.SERVICE_RECIPIENT,
            status=values.get("status") or StakeholderStatus.CURRENT,
            organisation=values.get("organisation") or "", segment_id=segment_id,
            email=values.get("email") or "", line_id=values.get("line_id") or "",
            address=values.get("address") or "", province=values.get("province") or "",
            preferred_channel_id=channel_id, external_ref=values.get("external_ref") or "",
            tags=tuple(values.get("tags") or ()), notes=values.get("notes") or "",
            lawful_basis=values.get("lawful_basis"), consent_follow_up=bool(values.get("consent_follow_up")),
            consent_date=values.get("consent_date"), retention_until=values.get("retention_until"),
            relationship_officer=values.get("relationship_officer") or "",
            contact_every_months=values.get("contact_every_months"),
        )  # fmt: skip
        try:
            draft = check_stakeholder(draft, today).draft
        except InvalidStakeholder as invalid:
            problems += [row.problem(key if key in row.letters else None, message)
                         for key, message in invalid.problems.items()]  # fmt: skip
            return None, problems
        if problems:
            return None, problems
        return _with_identifiers(draft, values), problems

    def _existing(self, session: Any, table: CheckedTable) -> dict[str, dict[str, uuid.UUID]]:
        """For each match key, the file's values already in the registry -> the record's id."""
        columns = {"external_ref": Stakeholder.external_ref, "national_id": Stakeholder.national_id,
                   "email": Stakeholder.email_key, "phone": Stakeholder.phone}  # fmt: skip
        found: dict[str, dict[str, uuid.UUID]] = {}
        wanted_ids = sorted({row.values["id"] for row in table.rows if row.values.get("id")})
        found["id"] = {}
        for start in range(0, len(wanted_ids), 900):
            for record_id in session.scalars(
                select(Stakeholder.id).where(Stakeholder.id.in_(wanted_ids[start : start + 900]))
            ):
                found["id"][str(record_id)] = record_id
        for key in set(self._match_on) | {"external_ref"}:
            wanted = sorted(
                {value for row in table.rows if (value := _match_value(key, row.values.get(key)))}
            )
            found[key] = {}
            for start in range(0, len(wanted), 900):  # SQLite's bound-parameter limit
                chunk = wanted[start : start + 900]
                for value, record_id in session.execute(
                    select(columns[key], Stakeholder.id).where(columns[key].in_(chunk))
                ):
                    found[key].setdefault(value, record_id)
        return found

    def _target(self, row_id: uuid.UUID | None, draft: StakeholderDraft,
                matches: dict[str, dict[str, uuid.UUID]]) -> uuid.UUID | None:  # fmt: skip
        if row_id is not None and str(row_id) in matches["id"]:
            return row_id
        for key in self._match_on:
            value = _match_value(key, getattr(draft, key))
            if value and value in matches.get(key, {}):
                return matches[key][value]
        return None

    def _conflicts(self, checked: list[tuple[CheckedRow, StakeholderDraft, bool]],
                   matches: dict[str, dict[str, uuid.UUID]]) -> list[Problem]:  # fmt: skip
        """A row whose reference belongs to another record than the one it updates."""
        problems = []
        targets: dict[uuid.UUID, int] = {}
        for row, draft, _archived in checked:
            target = self._target(row.values.get("id"), draft, matches)
            owner = matches["external_ref"].get(draft.external_ref) if draft.external_ref else None
            if owner is not None and owner != target:
                problems.append(row.problem("external_ref", Message("TableCheck", QT_TRANSLATE_NOOP(
                    "TableCheck", "the reference {value} belongs to another record than the one this row updates."),
                    {"value": draft.external_ref})))  # fmt: skip
            if target is not None:
                if target in targets:
                    problems.append(row.problem(None, Message("TableCheck", QT_TRANSLATE_NOOP(
                        "TableCheck", "this row and row {first_row} update the same record."),
                        {"first_row": targets[target]})))  # fmt: skip
                targets.setdefault(target, row.number)
        return problems

    # --- writing ---------------------------------------------------------------------------
    @requires(Permission.IMPORT)
    @requires(Permission.PERSONAL_DATA)
    def apply(self, table: CheckedTable, progress: ProgressCallback | None = None) -> ImportSummary:
        if self._checked is None or self._checked[0] != id(table):
            problems = self.check(table)
            if problems:
                raise InvalidStakeholder({"file": problems[0].as_message()})
        assert self._checked is not None
        checked = self._checked[1]
        total = len(checked)
        now = utc_now()
        user = acting(self._db).login
        added = updated = 0
        unchanged = 0
        with self._db.session_scope() as session:
            matches = self._existing(session, table)
            targets = [
                self._target(row.values.get("id"), draft, matches)
                for row, draft, _archived in checked
            ]
            current = self._current_values(session, [t for t in targets if t is not None])
            inserts: list[dict[str, Any]] = []
            updates: list[dict[str, Any]] = []
            audits: list[dict[str, Any]] = []
            consents: dict[uuid.UUID, tuple[bool, date | None]] = {}  # given through services.pdpa
            # What every audit row of the import shares (its id, action and record are its own).
            audited = {"at": now, "user": user, "entity": "stakeholder",
                       "changes": {"import": table.path.name}, "created_at": now, "updated_at": now}  # fmt: skip
            for done, ((row, draft, archived), target) in enumerate(
                zip(checked, targets, strict=True), start=1
            ):
                values = stored_values(draft)
                values["archived"] = archived
                # PDPA s.26: the mark travels with the record; a file without it changes nothing
                marked = row.values.get("sensitive")
                before = current.get(target, {}) if target is not None else {}
                values["sensitive"] = bool(
                    marked if marked is not None else before.get("sensitive")
                )
                if target is None:
                    record_id = (
                        row.values.get("id") or new_id()
                    )  # an id from another database is kept
                    values.update(id=record_id, created_at=now, updated_at=now,
                                  archived_at=now if archived else None)  # fmt: skip
                    inserts.append(values)
                    action = AuditAction.CREATE
                    added += 1
                else:
                    record_id = target
                    updated += 1
                    if current.get(target) == values:
                        unchanged += 1  # re-importing an export: nothing to write, nothing to audit
                        action = None
                    else:
                        updates.append({**values, "id": record_id, "updated_at": now})
                        action = AuditAction.UPDATE
                if (bool(before.get("consent_follow_up")), before.get("consent_date")) != (
                    draft.consent_follow_up,
                    draft.consent_date,
                ):
                    consents[record_id] = (draft.consent_follow_up, draft.consent_date)
                if action is not None:
                    audits.append({"id": new_id(), "action": action, "entity_id": record_id})
                if done % WRITE_BATCH == 0 or done == total:
                    self._write(session, inserts, updates, audits, audited)
                    if progress is not None:
                        progress(done, total)
            sync_follow_ups(session, consents, user, today=self._today())
        notices = [Message("StakeholderImport", QT_TRANSLATE_NOOP(
            "StakeholderImport", "%Ln row(s) matched records that were already up to date; they were left as they were.",
            None, unchanged), {}, unchanged)] if unchanged else []  # fmt: skip
        return ImportSummary(added, updated, notices)

    @staticmethod
    def _current_values(
        session: Any, record_ids: list[uuid.UUID]
    ) -> dict[uuid.UUID, dict[str, Any]]:
        """The stored values of the records a file updates, to leave alone those it does not change."""
        table = Stakeholder.__table__
        keys = [*EDITABLE_FIELDS, "name_key", "email_key", "archived", "sensitive"]
        found: dict[uuid.UUID, dict[str, Any]] = {}
        for start in range(0, len(record_ids), 900):
            chunk = record_ids[start : start + 900]
            for row in session.execute(
                select(table.c.id, *(table.c[k] for k in keys)).where(table.c.id.in_(chunk))
            ):
                found[row[0]] = dict(zip(keys, row[1:], strict=True))
        return found

    @staticmethod
    def _write(session: Any, inserts: list[dict[str, Any]], updates: list[dict[str, Any]],
               audits: list[dict[str, Any]], audited: dict[str, Any]) -> None:  # fmt: skip
        # New rows through the driver's executemany (``DriverInsert``); updates by Core
        # executemany (it fills their ``onupdate`` columns). The ORM's bulk paths cost ten times
        # more per row here, Core's parameter processing three times the inserts' own time.
        connection = session.connection()
        # Each model maps one Table (SQLAlchemy types ``__table__`` as any FROM clause).
        table, audit = cast(Table, Stakeholder.__table__), cast(Table, AuditEntry.__table__)
        if inserts:
            DriverInsert(table, connection.dialect, tuple(inserts[0])).write(connection, inserts)
        if updates:
            columns = [key for key in updates[0] if key != "id"]
            connection.execute(
                table.update()
                .where(table.c.id == bindparam("record_id"))
                .values({c: bindparam(c) for c in columns}),
                [{**{c: row[c] for c in columns}, "record_id": row["id"]} for row in updates],
            )
        if audits:  # the values every audit row shares (the file's name as JSON) made once
            DriverInsert(audit, connection.dialect, (*audits[0], *audited)).write(
                connection, audits, audited
            )
        inserts.clear()
        updates.clear()
        audits.clear()


def _with_identifiers(draft: StakeholderDraft, values: dict[str, Any]) -> StakeholderDraft:
    """``draft`` (checked by ``check_stakeholder`` without its identifiers) with the row's
    national ID and phones. Their cells checked them and gave their stored forms already
    (``_national_id``, ``PhoneForms``): ``check_stakeholder`` would parse each again, the phones
    with ``phonenumbers`` (a third of a 100,000-row import, issue 18), so it is given none and its
    one rule across them is kept here: a second phone equal to the first is dropped. Copied by
    its ``__dict__``: ``dataclasses.replace`` costs ten times more, once per row."""
    phone, phone2 = values.get("phone") or "", values.get("phone2") or ""
    national_id = values.get("national_id") or ""
    if not (phone or phone2 or national_id):
        return draft
    copy = object.__new__(StakeholderDraft)
    copy.__dict__.update(draft.__dict__, national_id=national_id, phone=phone,
                         phone2="" if phone == phone2 else phone2)  # fmt: skip
    return copy


def _anonymised(session: Any, matches: dict[str, dict[str, uuid.UUID]]) -> set[uuid.UUID]:
    """The records a row may update whose person was anonymised (issue 19)."""
    ids = sorted({record for found in matches.values() for record in found.values()})
    erased: set[uuid.UUID] = set()
    for start in range(0, len(ids), 900):  # SQLite's bound-parameter limit
        erased.update(session.scalars(select(Stakeholder.id).where(
            Stakeholder.id.in_(ids[start : start + 900]), Stakeholder.anonymised_at.is_not(None))))  # fmt: skip
    return erased


def _match_value(key: str, value: Any) -> str | None:
    if not value:
        return None
    return email_key(value) if key == "email" else str(value)


class StakeholderExporter:
    """Writes the registry, or the rows a search and filters select, in the import's columns.
    Unless built ``unmasked`` (which needs PERSONAL_DATA), the personal columns are masked
    (``services.transfer.mask_rows``) and a sensitive person's notes left out (PDPA s.26)."""

    spec = SPEC

    def __init__(self, db: Database, *, unmasked: bool = False) -> None:
        self._db = db
        self._registry = RegistryService(db)
        self.unmasked = unmasked

    @requires(Permission.EXPORT)
    def export(self, path: Path, *, search: str = "", progress: ProgressCallback | None = None,
               filters: RegistryFilter | None = None) -> int:  # fmt: skip
        return write_rows(self.spec.headers, self.rows(search, filters, progress), Path(path))

    @requires(Permission.EXPORT)
    def rows(self, search: str = "", filters: RegistryFilter | None = None,
             progress: ProgressCallback | None = None) -> Iterator[list[Any]]:  # fmt: skip
        """The exported rows (cells in ``spec.headers`` order), read a batch at a time."""
        if self.unmasked:
            require(self._db, Permission.PERSONAL_DATA)
            return self._rows(search, filters, progress)
        return mask_rows(self.spec, self._rows(search, filters, progress))

    def _rows(self, search: str, filters: RegistryFilter | None,
              progress: ProgressCallback | None) -> Iterator[list[Any]]:  # fmt: skip
        notes = self.spec.headers.index("notes")
        query = TableQuery(search=search)
        total = self._registry.count_stakeholders(query, filters)
        with self._db.session_scope() as session:
            segments = {r.id: r.code for r in session.execute(select(Segment.id, Segment.code))}
            channels = {r.id: r.code for r in session.execute(select(Channel.id, Channel.code))}
        segment_codes = {key.hex: code for key, code in segments.items()}
        channel_codes = {key.hex: code for key, code in channels.items()}
        last: uuid.UUID | None = None
        done = 0
        phones = PhoneDisplay()
        raw = EXPORTED_ON_SERVER if self._db.on_server else EXPORTED_RAW
        while True:
            # Pages by key, so each batch starts where the last ended without skipping rows again.
            stmt = (
                self._registry.matching(select(*raw), query, filters)
                .order_by(Stakeholder.id)
                .limit(EXPORT_BATCH)
            )
            if last is not None:
                stmt = stmt.where(Stakeholder.id > last)
            with self._db.session_scope() as session:
                # Core, the stored texts as they are: no ORM rows, no UUID/enum/JSON/date objects
                # made only to be turned into text again (issue 18).
                batch = session.connection().execute(stmt).fetchall()
            if not batch:
                break
            for s in batch:
                row = _export_row(s, segment_codes, channel_codes, phones)
                if s[-1] and not self.unmasked:  # sensitive
                    row[notes] = ""  # PDPA s.26: shown only to the personal-data grant
                yield row
            last = uuid.UUID(hex=batch[-1][0])
            done += len(batch)
            if progress is not None:
                progress(done, total)


# Plain columns, not entities: building 100,000 ORM objects (and joining their segment) is the
# slowest way to write them out.
EXPORTED = (
    Stakeholder.id, Stakeholder.external_ref, Stakeholder.name, Stakeholder.party_type, Stakeholder.kind,
    Stakeholder.status, Stakeholder.segment_id, Stakeholder.organisation, Stakeholder.national_id,
    Stakeholder.phone, Stakeholder.phone2, Stakeholder.email, Stakeholder.line_id, Stakeholder.address,
    Stakeholder.province, Stakeholder.preferred_channel_id, Stakeholder.tags, Stakeholder.notes,
    Stakeholder.lawful_basis, Stakeholder.consent_follow_up, Stakeholder.consent_date, Stakeholder.retention_until,
    Stakeholder.relationship_officer, Stakeholder.contact_every_months, Stakeholder.archived,
)  # fmt: skip


THAI_E164 = re.compile(r"\+66(\d{8,9})")


class PhoneDisplay:
    """``phone_display`` for an export's many numbers. Parsing each stored number with
    ``phonenumbers`` took two thirds of a stakeholder export (2.3 s of 3.5 s at 20,000 rows);
    the display form's grouping ("081 234 5678", "02 123 4567") depends only on the number's
    leading digits and length, so the first number of each (first four digits, length) is
    formatted by ``phone_display`` and the others are grouped the same way."""

    def __init__(self) -> None:
        self._groups: dict[tuple[str, int], tuple[int, ...] | None] = {}

    def __call__(self, stored: str) -> str:
        match = THAI_E164.fullmatch(stored or "")
        if match is None:
            return phone_display(stored)
        national = "0" + match.group(1)
        key = (national[:4], len(national))
        if key not in self._groups:
            shown = phone_display(stored)
            parts = shown.split(" ")
            same = "".join(parts) == national and all(part.isdigit() for part in parts)
            self._groups[key] = tuple(len(part) for part in parts) if same else None
            return shown
        groups = self._groups[key]
        if groups is None:
            return phone_display(stored)
        out, start = [], 0
        for length in groups:
            out.append(national[start : start + length])
            start += length
        return " ".join(out)


def text_of_raw(column: Any) -> Any:
    """``column`` read as SQLite stores it (the hex of a UUID, an enum's value, a date's ISO
    text, JSON text, 0/1), labelled as itself."""
    return type_coerce(column, String).label(column.key)


# The exported columns as stored, then ``sensitive`` (read by ``_rows``, not written).
EXPORTED_RAW = tuple(text_of_raw(c) for c in EXPORTED) + (Stakeholder.sensitive,)


def _text_as_sqlite_stores(column: Any) -> Any:
    """``column`` on a server, as the text SQLite stores: a UUID's hex, a date's ISO text,
    JSON's text; other values come as they are (booleans and numbers read alike)."""
    if isinstance(column.type, Uuid):
        return func.replace(sql_cast(column, String), "-", "").label(column.key)
    if isinstance(column.type, Date | JSON):
        return sql_cast(column, String).label(column.key)
    return column


EXPORTED_ON_SERVER = tuple(_text_as_sqlite_stores(c) for c in EXPORTED) + (Stakeholder.sensitive,)


def uuid_text(hex_text: str) -> str:
    """``str(uuid.UUID(hex=hex_text))`` without making the UUID."""
    h = hex_text
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _yes_no(stored: Any) -> str:
    return "" if stored is None else ("yes" if int(stored) else "no")


def _tags(stored: str | None) -> str:
    return "" if not stored or stored == "[]" else "; ".join(json.loads(stored))


def _export_row(
    s: Any, segments: dict[str, str], channels: dict[str, str], phones: PhoneDisplay
) -> list[Any]:
    """One exported row from a row of ``EXPORTED_RAW`` (the same cells as ``format_bool``,
    ``format_date``, ``str(uuid)`` and the enums' values give: tested)."""
    return [
        uuid_text(s[0]), s[1] or "", s[2], s[3], s[4], s[5], segments.get(s[6], "") if s[6] else "", s[7],
        s[8] or "", phones(s[9]), phones(s[10]), s[11], s[12], s[13], s[14],
        channels.get(s[15], "") if s[15] else "", _tags(s[16]), s[17], s[18], _yes_no(s[19]), s[20] or "",
        s[21] or "", s[22], "" if s[23] is None else s[23], _yes_no(s[24]), _yes_no(s[25]),
    ]  # fmt: skip


__all__ = [
    "THAI_E164",
    "PhoneDisplay",
    "StakeholderExporter",
    "StakeholderImporter",
    "text_of_raw",
    "uuid_text",
]
