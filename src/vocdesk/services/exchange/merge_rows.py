"""The rows of a received bundle, table by table: what each incoming row becomes here
(inserted, merged, left alone, skipped) and the writes that do it (``services.exchange.merge``
drives it; the rules are in docs/offices.md, "Merging").

Everything is read and decided first (``Planner.plan``), so that a bundle naming a parent that
exists neither here nor in the bundle is refused before a single row is written; the writes
follow (``Planner.write``), in batches (one ``executemany`` per table and set of columns), parents
before children, deletions children first.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import RowMapping
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from vocdesk.db.base import Base
from vocdesk.db.bulk import triggers_dropped
from vocdesk.db.feedback_grams import (
    FTS_INSERT_TRIGGER,
    GRAM_INSERT_TRIGGER,
    add_grams,
    add_words,
)
from vocdesk.db.models import SyncAlias
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error
from vocdesk.domain.pdpa.terms import RetentionRecordType
from vocdesk.services.exchange.merge_deletions import Deletion, Tombstones, apply_deletions
from vocdesk.services.exchange.tables import (
    RULES,
    RULES_BY_NAME,
    TableRule,
    decode_key,
    decode_row,
    encode_row,
    natural_key_of,
)
from vocdesk.services.pdpa.anonymise import anonymise_records

_ALIAS_TABLE = Base.metadata.tables["sync_alias"]
_CONFLICT_TABLE = Base.metadata.tables["sync_conflict"]
BATCH = 500  # ids per IN (...) and rows per executemany
CONTEXT = "Exchange"

# Columns a merge never compares: the key, the moment and office of the edit (they decide,
# they are not the content), and where and when the record was made (never edited; the
# default catalogues have the same ids in every file but the moment each file was made).
_BOOKKEEPING = frozenset({"id", "created_at", "updated_at", "edited_office", "origin_office"})
# A complaint's number is given once, where the case was registered: a merge inserts it (with
# the sender's code in front if it clashes here) and never changes it afterwards.
_NUMBERING = frozenset({"series", "fiscal_year", "sequence", "number"})
# Tables whose records anonymisation marks (issue 19): the mark always wins.
_ANONYMISED = "anonymised_at"
_VERSIONED = frozenset(
    mapper.local_table.description
    for mapper in Base.registry.mappers
    if mapper.version_id_col is not None
)

# The records of a person that anonymisation marks, by the retention review's kind.
_PERSONS_RECORDS = {
    "feedback_entry": RetentionRecordType.FEEDBACK,
    "complaint": RetentionRecordType.COMPLAINT,
    "survey_response": RetentionRecordType.SURVEY_RESPONSE,
    "activity": RetentionRecordType.ACTIVITY,
}

MISSING_PARENT = QT_TRANSLATE_NOOP(
    "Exchange",
    "The bundle cannot be received: its record {id} of {table} refers to {parent_id} of "
    "{parent}, which is neither in this database nor in the bundle. Nothing was written. Ask "
    'the office {office} to send everything again (Send with "everything").',
)
UNREADABLE = QT_TRANSLATE_NOOP(
    "Exchange",
    "The bundle cannot be received: its records of {table} could not be read ({reason}). "
    "Nothing was written.",
)
CLASH = QT_TRANSLATE_NOOP(
    "Exchange",
    "The bundle cannot be received: a record of {table} would take a value another record "
    "here already has ({reason}). Nothing was written.",
)


Tick = Callable[[int], None]


def _no_tick(done: int) -> None:
    pass


@dataclass
class Counts:
    """What became of one table's incoming rows and deletions."""

    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    skipped_anonymised: int = 0  # a record anonymised here, sent without the anonymisation
    skipped_deleted: int = 0  # deleted here after it was last changed there (not restored)
    kept: int = 0  # a deletion not done: the record changed here after it, or is still used


@dataclass
class _Work:
    """The writes planned for one table."""

    rule: TableRule
    inserts: list[dict[str, Any]] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)  # "_key" + changed columns
    counts: Counts = field(default_factory=Counts)


@dataclass(frozen=True)
class Incoming:
    """The bundle as decoded, with who sent it."""

    user: str  # who receives it (the audit trail's)
    from_office: str
    here: str  # this installation's code ("" while none was given)
    acknowledged_made_at: datetime | None
    bundle_id: uuid.UUID
    made_at: datetime


class Planner:
    """Plans and writes one bundle's rows in ``session`` (see the module's docstring)."""

    def __init__(self, session: Session, incoming: Incoming, now: datetime) -> None:
        self._session = session
        self._in = incoming
        self._now = now
        self._sqlite = session.get_bind().dialect.name == "sqlite"
        self._aliases = _load_aliases(session)
        self._new_aliases: list[dict[str, str]] = []
        self._work: dict[str, _Work] = {}
        self._exists: dict[str, set[Any]] = defaultdict(set)  # known to exist after the merge
        self._dropped: dict[str, set[Any]] = defaultdict(set)  # incoming rows not taken
        self._tombstones = Tombstones(session)
        self._conflicts: list[dict[str, Any]] = []
        self._replaced_answers: set[uuid.UUID] = set()
        self._answers: list[dict[str, Any]] = []
        self._deletions: list[Deletion] = []
        self._sizes: dict[str, int] = {}  # incoming rows per table (for the progress)

    # ---------------------------------------------------------------- planning (reads only)

    def plan(self, tables: dict[str, list[dict[str, Any]]], attachments: dict[str, bytes],
             tombstones: list[dict[str, Any]], tick: Tick = _no_tick) -> None:  # fmt: skip
        """Read and decide everything; ``tick`` is told the rows done, table by table."""
        for rule in RULES:
            encoded = tables.get(rule.name) or []
            self._sizes[rule.name] = len(encoded)
            tick(len(encoded))
            if rule.kind == "entity":
                encoded = self._without_edits_held(rule, encoded)
            elif rule.kind == "dependent":
                encoded = self._of_replaced_parents(rule, encoded)
            if not encoded:
                continue
            rows = self._decoded(rule, encoded, attachments)
            if rule.kind == "entity":
                self._plan_entities(rule, rows)
            elif rule.kind == "association":
                self._plan_links(rule, rows)
            else:
                self._plan_dependents(rule, rows)
        self._plan_tombstones(tombstones)

    def _without_edits_held(self, rule: TableRule,
                            encoded: list[dict[str, Any]]) -> list[dict[str, Any]]:  # fmt: skip
        """``encoded`` less the rows whose edit this database holds already: the same moment
        of the same office's edit (an edit is known by both). Those are counted unchanged
        without being decoded or read whole: a bundle sent again, or its overlap, costs one
        small look-up per row."""
        aliases = self._aliases.get(rule.name, {})
        try:
            ids = [uuid.UUID(row["id"]) for row in encoded]
        except (KeyError, ValueError, TypeError, AttributeError):
            return encoded  # the whole decoding says what is wrong
        ids = [aliases.get(i, i) for i in ids]
        table = rule.table
        held: dict[uuid.UUID, tuple[datetime, str]] = {}
        for part in _chunks(list(dict.fromkeys(ids))):
            statement = sa.select(table.c.id, table.c.updated_at, table.c.edited_office).where(
                table.c.id.in_(part)
            )
            for row_id, updated_at, office in self._session.execute(statement):
                held[row_id] = (updated_at, office or self._in.here)
        if not held:
            return encoded
        counts = self._work.setdefault(rule.name, _Work(rule)).counts
        rest = []
        for row, row_id in zip(encoded, ids, strict=True):
            local = held.get(row_id)
            if local is not None and local == (
                _moment(row.get("updated_at")),
                row.get("edited_office") or self._in.from_office,
            ):
                counts.unchanged += 1
            else:
                rest.append(row)
        return rest

    def _of_replaced_parents(self, rule: TableRule,
                             encoded: list[dict[str, Any]]) -> list[dict[str, Any]]:  # fmt: skip
        """A dependent's rows (answers) whose parent (response) is replaced; the others are
        counted unchanged without being decoded."""
        assert rule.parent is not None
        parent_table, column = rule.parent
        aliases = self._aliases.get(parent_table, {})
        wanted = []
        for row in encoded:
            try:
                parent = uuid.UUID(row[column])
            except (KeyError, ValueError, TypeError, AttributeError):
                wanted.append(row)  # the whole decoding says what is wrong
                continue
            if aliases.get(parent, parent) in self._replaced_answers:
                wanted.append(row)
        self._work.setdefault(rule.name, _Work(rule)).counts.unchanged += len(encoded) - len(wanted)
        return wanted

    def _decoded(self, rule: TableRule, encoded: list[dict[str, Any]],
                 attachments: dict[str, bytes]) -> list[dict[str, Any]]:  # fmt: skip
        try:
            rows = [decode_row(rule, row, attachments) for row in encoded]
        except (KeyError, ValueError, TypeError, AttributeError) as exc:
            raise user_error(CONTEXT, UNREADABLE, table=rule.name, reason=repr(exc)) from exc
        for row in rows:
            missing = [c for c in rule.key if row.get(c) is None]
            if missing:
                raise user_error(CONTEXT, UNREADABLE, table=rule.name, reason=f"no {missing[0]}")
            self._rewrite(rule, row)
        return rows

    def _rewrite(self, rule: TableRule, row: dict[str, Any]) -> None:
        """Ids of records matched to local ones under another id (sync_alias) made local."""
        if rule.kind == "entity":
            own = self._aliases.get(rule.name)
            if own and row["id"] in own:
                row["id"] = own[row["id"]]
        for column, target in _references(rule):
            aliases = self._aliases.get(target)
            value = row.get(column)
            if aliases and value is not None and value in aliases:
                row[column] = aliases[value]

    def _plan_entities(self, rule: TableRule, rows: list[dict[str, Any]]) -> None:
        work = self._work.setdefault(rule.name, _Work(rule))
        table = rule.table
        local = dict(_fetch(self._session, table, table.c.id, [r["id"] for r in rows]))
        in_bundle = {r["id"] for r in rows}
        unknown = [r for r in rows if r["id"] not in local]
        if rule.natural_key and unknown:
            self._match_natural(rule, unknown, local, in_bundle)
            unknown = [r for r in rows if r["id"] not in local]
        deleted = self._tombstoned(rule, [(r["id"],) for r in unknown])
        candidates = []
        for row in rows:
            if row["id"] not in local:
                gone = deleted.get((row["id"],))
                if gone is not None and gone >= row.get("updated_at", gone):
                    work.counts.skipped_deleted += 1
                    self._dropped[rule.name].add(row["id"])
                    continue
            candidates.append(row)
        candidates = self._resolvable(rule, candidates, local)
        self._exists[rule.name].update(r["id"] for r in candidates)
        for row in candidates:
            current = local.get(row["id"])
            if current is None:
                work.inserts.append(self._new_row(rule, row))
                work.counts.inserted += 1
                if rule.name == "survey_response":
                    self._replaced_answers.add(row["id"])
            else:
                self._merge_row(work, row, current)

    def _match_natural(self, rule: TableRule, unknown: list[dict[str, Any]],
                       local: dict[Any, RowMapping], in_bundle: set[Any]) -> None:  # fmt: skip
        """Unknown rows whose natural key (a code, a reference) a local record has: the same
        entry under another id. The incoming id becomes an alias of the local one."""
        wanted = {}
        texts = [isinstance(rule.table.c[c].type, sa.String) for c in rule.natural_key]
        for row in unknown:
            key = natural_key_of(rule, row)
            # An empty text is no key (a person without the agency's reference), NULL neither.
            if key is not None and not any(
                t and v is None for t, v in zip(texts, key, strict=True)
            ):
                wanted[key] = row
        if not wanted:
            return
        # Look up by the key's most telling column, then compare whole keys here.
        position = max(range(len(rule.natural_key)), key=lambda i: len({k[i] for k in wanted}))
        column = rule.table.c[rule.natural_key[position]]
        values = [v for v in {k[position] for k in wanted} if v is not None]
        found: dict[tuple[Any, ...], RowMapping] = {}
        if values:
            for _, mapping in _fetch(self._session, rule.table, column, values):
                found[tuple(mapping[c] for c in rule.natural_key)] = mapping
        if None in {k[position] for k in wanted}:
            statement = sa.select(rule.table).where(column.is_(None))
            for mapping in self._session.execute(statement).mappings():
                found[tuple(mapping[c] for c in rule.natural_key)] = mapping
        for key, row in wanted.items():
            match = found.get(key)
            if match is None or match["id"] in in_bundle or match["id"] in local:
                continue  # not here, or the local record comes in under its own id
            self._alias(rule.name, row["id"], match["id"])
            row["id"] = match["id"]
            local[match["id"]] = match

    def _alias(self, table: str, foreign: uuid.UUID, local_id: uuid.UUID) -> None:
        self._aliases.setdefault(table, {})[foreign] = local_id
        self._new_aliases.append(
            {"table_name": table, "foreign_id": foreign.hex, "local_id": local_id.hex}
        )

    def _resolvable(self, rule: TableRule, rows: list[dict[str, Any]],
                    local: dict[Any, RowMapping]) -> list[dict[str, Any]]:  # fmt: skip
        """``rows`` whose parents exist here or come in the bundle. A parent deleted here takes
        its children with it (or, for an optional reference, the child keeps no parent); a
        parent found nowhere refuses the whole bundle."""
        own_ids = {r[rule.key[0]] for r in rows} if rule.kind == "entity" else set()
        references = _references(rule)
        if not references:
            return rows
        unknown: dict[str, set[Any]] = defaultdict(set)
        for row in rows:
            current = local.get(row.get("id")) if rule.kind == "entity" else None
            for column, target in references:
                value = row.get(column)
                if value is None or (current is not None and current[column] == value):
                    continue
                if (target == rule.name and value in own_ids) or value in self._exists[target]:
                    continue
                unknown[target].add(value)
        missing: dict[str, set[Any]] = {}
        for target, values in unknown.items():
            target_table = Base.metadata.tables[target]
            key = target_table.c[_single_key(target_table)]
            present = _existing(self._session, key, values)
            self._exists[target].update(present)
            if values - present:
                missing[target] = values - present
        if not missing:
            return rows
        kept = []
        for row in rows:
            take = True
            for column, target in references:
                value = row.get(column)
                if value is None or value not in missing.get(target, ()):
                    continue
                if value in self._dropped[target] or self._deleted_here(target, value):
                    if _optional(rule.table.c[column]):
                        row[column] = None
                        continue
                    take = False
                    break
                raise user_error(
                    CONTEXT, MISSING_PARENT, table=rule.name, id=_shown(row, rule),
                    parent=target, parent_id=_shown_value(value), office=self._in.from_office,
                )  # fmt: skip
            if take:
                kept.append(row)
            else:
                self._work[rule.name].counts.skipped_deleted += 1
                if rule.kind == "entity":
                    self._dropped[rule.name].add(row["id"])
        return kept

    def _deleted_here(self, table: str, value: Any) -> bool:
        rule = RULES_BY_NAME.get(table)
        return rule is not None and bool(self._tombstoned(rule, [(value,)]))

    def _new_row(self, rule: TableRule, row: dict[str, Any]) -> dict[str, Any]:
        values = dict(row)
        values["origin_office"] = row.get("origin_office") or self._in.from_office
        edited = row.get("edited_office") or self._in.from_office
        values["edited_office"] = "" if edited == self._in.here else edited
        values["touched_at"] = self._now
        if rule.name in _VERSIONED:
            values["version"] = 1
        return values

    def _office(self, code: str) -> str:
        """The office of an incoming edit or deletion: the sender's blank is the sender."""
        return code or self._in.from_office

    def _merge_row(self, work: _Work, row: dict[str, Any], current: RowMapping) -> None:
        rule = work.rule
        excluded = _BOOKKEEPING | (_NUMBERING if rule.name == "complaint" else frozenset())
        differing = [
            c for c in rule.columns
            if c not in excluded and c in row and not _same(row[c], current[c])
        ]  # fmt: skip
        if not differing:
            work.counts.unchanged += 1
            return
        incoming_office = self._office(row.get("edited_office", ""))
        local_office = current["edited_office"] or self._in.here
        anonymised = _ANONYMISED in rule.table.c
        if anonymised and current[_ANONYMISED] is not None and row.get(_ANONYMISED) is None:
            work.counts.skipped_anonymised += 1  # anonymisation is never undone
            return
        if anonymised and row.get(_ANONYMISED) is not None and current[_ANONYMISED] is None:
            incoming_wins, conflict = True, False  # anonymisation always wins
        else:
            incoming_updated = row.get("updated_at", current["updated_at"])
            incoming_wins = (incoming_updated, incoming_office) > (
                current["updated_at"], local_office,
            )  # fmt: skip
            acknowledged = self._in.acknowledged_made_at
            touched = current["touched_at"]
            conflict = incoming_office != local_office and (
                acknowledged is None or (touched is not None and touched > acknowledged)
            )
            conflict = conflict and not (anonymised and current[_ANONYMISED] is not None)
        if conflict:
            self._keep_conflict(rule, row, current, differing, incoming_wins, incoming_office)
        if not incoming_wins:
            work.counts.unchanged += 1
            return
        change = {c: row[c] for c in differing}
        change["_key"] = current["id"]
        change["updated_at"] = row.get("updated_at", current["updated_at"])
        change["edited_office"] = "" if incoming_office == self._in.here else incoming_office
        change["touched_at"] = self._now
        if rule.name in _VERSIONED:
            change["version"] = current["version"] + 1
        work.updates.append(change)
        work.counts.updated += 1
        if rule.name == "survey_response":
            self._replaced_answers.add(current["id"])

    def _keep_conflict(self, rule: TableRule, row: dict[str, Any], current: RowMapping,
                       differing: list[str], incoming_wins: bool, incoming_office: str) -> None:  # fmt: skip
        columns = [c for c in differing if c not in rule.binary]
        whole_local = {c: current[c] for c in rule.columns}
        whole_incoming = whole_local | {c: row[c] for c in differing}
        local_encoded = encode_row(rule, whole_local, {})
        incoming_encoded = encode_row(rule, whole_incoming, {})
        for column in columns:
            self._conflicts.append({
                "id": uuid.uuid4(), "created_at": self._now, "updated_at": self._now,
                "bundle_id": self._in.bundle_id, "table_name": rule.name,
                "row_id": current["id"].hex, "field": column,
                "local_value": json.dumps(local_encoded[column], ensure_ascii=False),
                "incoming_value": json.dumps(incoming_encoded[column], ensure_ascii=False),
                "kept": "incoming" if incoming_wins else "local",
                "local_office": current["edited_office"] or self._in.here,
                "incoming_office": incoming_office,
                "local_updated_at": current["updated_at"],
                "incoming_updated_at": row.get("updated_at"),
                "detected_at": self._now, "resolved_at": None, "resolved_by": "",
            })  # fmt: skip

    def _plan_links(self, rule: TableRule, rows: list[dict[str, Any]]) -> None:
        """A link is added unless it is here already, or was removed here after the bundle
        was made (links have no moment of their own: the bundle's stands for it)."""
        work = self._work.setdefault(rule.name, _Work(rule))
        keys = [tuple(r[c] for c in rule.key) for r in rows]
        present = _present_keys(self._session, rule, keys)
        deleted = self._tombstoned(rule, [k for k in keys if k not in present])
        candidates = []
        for row, key in zip(rows, keys, strict=True):
            if key in present:
                work.counts.unchanged += 1
            elif deleted.get(key) is not None and deleted[key] > self._in.made_at:
                work.counts.skipped_deleted += 1
            else:
                candidates.append(row)
        for row in self._resolvable(rule, candidates, {}):
            work.inserts.append({c: row[c] for c in rule.key} | {"touched_at": self._now})
            work.counts.inserted += 1

    def _plan_dependents(self, rule: TableRule, rows: list[dict[str, Any]]) -> None:
        """A response's answers: all of them replace the answers here when the response was
        inserted or taken from the bundle."""
        work = self._work.setdefault(rule.name, _Work(rule))
        assert rule.parent is not None
        _, parent_column = rule.parent
        taken = [r for r in rows if r[parent_column] in self._replaced_answers]
        work.counts.unchanged += len(rows) - len(taken)
        for row in self._resolvable(rule, taken, {}):
            self._answers.append(row)
            work.counts.inserted += 1

    def _plan_tombstones(self, tombstones: list[dict[str, Any]]) -> None:
        for item in tombstones:
            try:
                rule = RULES_BY_NAME[item["table"]]
                key = decode_key(rule, item["key"])
                deleted_at = datetime.fromisoformat(item["deleted_at"])
                office = self._office(str(item.get("office", "")))
            except (KeyError, ValueError, TypeError) as exc:
                raise user_error(
                    CONTEXT, UNREADABLE, table="sync_tombstone", reason=repr(exc)
                ) from exc
            if rule.kind == "dependent":
                continue
            key = self._rewritten_key(rule, key)
            self._deletions.append(Deletion(rule, key, office, deleted_at))

    def _rewritten_key(self, rule: TableRule, key: tuple[Any, ...]) -> tuple[Any, ...]:
        row = dict(zip(rule.key, key, strict=True))
        self._rewrite(rule, row)
        return tuple(row[c] for c in rule.key)

    def _tombstoned(self, rule: TableRule,
                    keys: Sequence[tuple[Any, ...]]) -> dict[tuple[Any, ...], datetime]:  # fmt: skip
        """When each of ``keys`` was deleted here (the latest deletion), if it was."""
        return self._tombstones.of(rule, keys) if keys else {}

    # ---------------------------------------------------------------- writing

    @property
    def conflict_count(self) -> int:
        return len(self._conflicts)

    def write(self, tick: Tick = _no_tick) -> dict[str, Counts]:
        """Write what ``plan`` decided; ``tick`` is told the rows done, table by table."""
        session = self._session
        if self._new_aliases:
            session.execute(sa.insert(_ALIAS_TABLE), [
                a | {"id": uuid.uuid4(), "created_at": self._now, "updated_at": self._now}
                for a in self._new_aliases
            ])  # fmt: skip
        for rule in RULES:
            work = self._work.get(rule.name)
            if rule.kind == "dependent":
                self._write_answers(rule)
            elif work is not None:
                self._write_table(work)
            tick(self._sizes.get(rule.name, 0))
        self._anonymise_arrivals()
        conflicts = self._new_conflicts()
        if conflicts:
            session.execute(sa.insert(_CONFLICT_TABLE), conflicts)
        apply_deletions(
            session, self._deletions, self._tombstones, self._now,
            lambda rule: self._work.setdefault(rule.name, _Work(rule)).counts,
        )  # fmt: skip
        return {name: work.counts for name, work in self._work.items()}

    def _anonymise_arrivals(self) -> None:
        """Records of a person anonymised here, arriving or changed from an office that did
        not know it yet, are anonymised as they arrive (as the retention review anonymises a
        record: its texts scrubbed of identifiers, the mark set, audited). Changed so, they go
        back anonymised with the next bundle, and anonymisation wins there too."""
        for name, record_type in _PERSONS_RECORDS.items():
            work = self._work.get(name)
            if work is None or not (work.inserts or work.updates):
                continue
            table = work.rule.table
            ids = [r["id"] for r in work.inserts] + [r["_key"] for r in work.updates]
            people = Base.metadata.tables["stakeholder"]
            erased = sa.select(people.c.id).where(people.c.anonymised_at.is_not(None))
            found: list[uuid.UUID] = []
            for part in _chunks(ids):
                statement = sa.select(table.c.id).where(
                    table.c.id.in_(part), table.c.anonymised_at.is_(None),
                    table.c.stakeholder_id.in_(erased),
                )  # fmt: skip
                found.extend(self._session.execute(statement).scalars())
            if found:
                anonymise_records(
                    self._session, record_type, found, user=self._in.user, now=self._now
                )
                self._session.flush()

    def _new_conflicts(self) -> list[dict[str, Any]]:
        """The conflicts found, less those still open from an earlier bundle (the same two
        values of the same field: a bundle sent again, or its overlap)."""
        t = _CONFLICT_TABLE
        fields = ("table_name", "row_id", "field", "local_value", "incoming_value")
        seen: set[tuple[Any, ...]] = set()
        by_table: dict[str, set[str]] = defaultdict(set)
        for conflict in self._conflicts:
            by_table[conflict["table_name"]].add(conflict["row_id"])
        for name, row_ids in by_table.items():
            for value in _chunks(sorted(row_ids)):
                statement = sa.select(
                    t.c.table_name, t.c.row_id, t.c.field, t.c.local_value, t.c.incoming_value
                ).where(t.c.table_name == name, t.c.row_id.in_(value), t.c.resolved_at.is_(None))
                seen.update(tuple(row) for row in self._session.execute(statement))
        fresh = []
        for conflict in self._conflicts:
            key = tuple(conflict[c] for c in fields)
            if key not in seen:
                seen.add(key)
                fresh.append(conflict)
        self._conflicts = fresh
        return fresh

    def _write_table(self, work: _Work) -> None:
        rule, table = work.rule, work.rule.table
        try:
            for _, changes in _grouped(work.updates):
                statement = (
                    sa.update(table).where(table.c.id == sa.bindparam("_key"))
                    .execution_options(synchronize_session=False)
                )  # fmt: skip
                for batch in _batches(changes):
                    self._session.connection().execute(statement, batch)
            later: list[dict[str, Any]] = []
            inserts = work.inserts
            if rule.name == "complaint":
                inserts = self._numbered(inserts)
            for row in inserts:
                # A reference to a row of the same table (a duplicate case) is set once both
                # rows are there.
                for column, target in _references(rule):
                    if target == rule.name and row.get(column) is not None:
                        later.append({"_key": row["id"], column: row[column]})
                        row[column] = None
            if rule.name == "feedback_entry":
                self._insert_entries(inserts)
            else:
                self._insert(table, inserts)
            for _, changes in _grouped(later):
                statement = sa.update(table).where(table.c.id == sa.bindparam("_key"))
                self._session.connection().execute(statement, changes)
        except IntegrityError as exc:
            raise user_error(CONTEXT, CLASH, table=rule.name, reason=str(exc.orig)) from exc

    def _insert(self, table: sa.Table, rows: list[dict[str, Any]]) -> None:
        for _, group in _grouped(rows):
            for batch in _batches(group):
                self._session.connection().execute(sa.insert(table), batch)

    def _insert_entries(self, rows: list[dict[str, Any]]) -> None:
        """Listening entries take this file's next numbers. On SQLite, as an import does
        (``services.listening.transfer``): numbered here in order, the search indexes' insert
        triggers dropped meanwhile and their rows added in one sorted statement each; on
        PostgreSQL the server's sequence numbers them."""
        table = Base.metadata.tables["feedback_entry"]
        if not rows or not self._sqlite:
            self._insert(table, rows)
            return
        session = self._session
        with triggers_dropped(session, (GRAM_INSERT_TRIGGER, FTS_INSERT_TRIGGER)):
            first = (session.scalar(sa.select(sa.func.max(table.c.number))) or 0) + 1
            for number, row in enumerate(rows, start=first):
                row["number"] = number
            self._insert(table, rows)
            add_grams(session, first)
            add_words(session, first)

    def _numbered(self, inserts: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Complaint numbers as sent; a number (or series, year and sequence) a different
        case has here gets the code of the office that registered it in front."""
        table = Base.metadata.tables["complaint"]
        numbers = [r["number"] for r in inserts if r.get("number")]
        taken = _existing(self._session, table.c.number, numbers)
        triples = [(r.get("series", ""), r["fiscal_year"], r["sequence"]) for r in inserts]
        taken_triples: set[tuple[Any, ...]] = set()
        for start in range(0, len(triples), BATCH):
            part = triples[start : start + BATCH]
            statement = sa.select(table.c.series, table.c.fiscal_year, table.c.sequence).where(
                sa.tuple_(table.c.series, table.c.fiscal_year, table.c.sequence).in_(part)
            )
            taken_triples.update(tuple(r) for r in self._session.execute(statement))
        for row in inserts:
            triple = (row.get("series", ""), row["fiscal_year"], row["sequence"])
            if row.get("number") in taken or triple in taken_triples:
                code = row.get("origin_office") or self._in.from_office
                row["number"] = f"{code}-{row['number']}"
                row["series"] = f"{code}-{row.get('series', '')}"
        return inserts

    def _write_answers(self, rule: TableRule) -> None:
        if not self._replaced_answers:
            return
        table = rule.table
        assert rule.parent is not None
        parent_column = table.c[rule.parent[1]]
        replaced = list(self._replaced_answers)
        for start in range(0, len(replaced), BATCH):
            self._session.connection().execute(
                sa.delete(table).where(parent_column.in_(replaced[start : start + BATCH]))
            )
        for _, rows in _grouped(self._answers):
            for batch in _batches(rows):
                self._session.connection().execute(sa.insert(table), batch)


# -------------------------------------------------------------------- helpers


def _references(rule: TableRule) -> list[tuple[str, str]]:
    """(column, referred table) of each foreign key of ``rule``'s table."""
    return [
        (fk.parent.name, fk.column.table.name)
        for fk in sorted(rule.table.foreign_keys, key=lambda fk: fk.parent.name)
    ]


def _optional(column: sa.Column[Any]) -> bool:
    """A reference that may be empty and does not take the row with its parent."""
    cascades = any((fk.ondelete or "").upper() == "CASCADE" for fk in column.foreign_keys)
    return bool(column.nullable) and not cascades


def _single_key(table: sa.Table) -> str:
    (column,) = table.primary_key.columns
    return column.name


def _fetch(
    session: Session, table: sa.Table, column: sa.Column[Any], values: Iterable[Any]
) -> Iterator[tuple[Any, RowMapping]]:
    """(value of ``column``, whole row) of each row whose ``column`` is among ``values``."""
    wanted = list(dict.fromkeys(values))
    for start in range(0, len(wanted), BATCH):
        statement = sa.select(table).where(column.in_(wanted[start : start + BATCH]))
        for mapping in session.execute(statement).mappings():
            yield mapping[column.name], mapping


def _existing(session: Session, column: sa.Column[Any], values: Iterable[Any]) -> set[Any]:
    """Those of ``values`` that ``column`` holds."""
    wanted = list(dict.fromkeys(values))
    found: set[Any] = set()
    for start in range(0, len(wanted), BATCH):
        statement = sa.select(column).where(column.in_(wanted[start : start + BATCH]))
        found.update(session.execute(statement).scalars())
    return found


def _present_keys(session: Session, rule: TableRule,
                  keys: list[tuple[Any, ...]]) -> set[tuple[Any, ...]]:  # fmt: skip
    table = rule.table
    columns = [table.c[c] for c in rule.key]
    present: set[tuple[Any, ...]] = set()
    for start in range(0, len(keys), BATCH):
        part = keys[start : start + BATCH]
        statement = sa.select(*columns).where(sa.tuple_(*columns).in_(part))
        present.update(tuple(row) for row in session.execute(statement))
    return present


def _load_aliases(session: Session) -> dict[str, dict[uuid.UUID, uuid.UUID]]:
    aliases: dict[str, dict[uuid.UUID, uuid.UUID]] = {}
    statement = sa.select(SyncAlias.table_name, SyncAlias.foreign_id, SyncAlias.local_id)
    for table, foreign, local_id in session.execute(statement):
        aliases.setdefault(table, {})[uuid.UUID(foreign)] = uuid.UUID(local_id)
    return aliases


def _moment(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _same(incoming: Any, current: Any) -> bool:
    if incoming == current:
        return True
    if isinstance(incoming, datetime) and isinstance(current, datetime):
        return incoming.replace(tzinfo=None) == current.replace(tzinfo=None)
    return False


def _grouped(rows: list[dict[str, Any]]) -> Iterator[tuple[tuple[str, ...], list[dict[str, Any]]]]:
    """Rows with the same columns together (an executemany takes one set of columns)."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[tuple(sorted(row))].append(row)
    yield from groups.items()


def _chunks(values: list[Any]) -> Iterator[list[Any]]:
    for start in range(0, len(values), BATCH):
        yield values[start : start + BATCH]


def _batches(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), BATCH * 20):
        yield rows[start : start + BATCH * 20]


def _shown(row: dict[str, Any], rule: TableRule) -> str:
    return ", ".join(_shown_value(row[c]) for c in rule.key)


def _shown_value(value: Any) -> str:
    return str(value) if isinstance(value, uuid.UUID) else repr(value)
