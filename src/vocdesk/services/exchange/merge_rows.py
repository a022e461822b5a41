"""The rows of a received bundle, table by table: what each incoming row becomes here
(inserted, merged, left alone, skipped; ``services.exchange.merge`` drives it, the rules are in
docs/offices.md, "Merging").

Everything is read and decided first (``Planner.plan``), so that a bundle naming a parent that
exists neither here nor in the bundle is refused before a single row is written; the writes
follow (``Planner.write``, from ``merge_writes.Writing``).
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import RowMapping
from sqlalchemy.orm import Session

from vocdesk.db.base import Base
from vocdesk.db.models import SyncBundle
from vocdesk.domain.messages import user_error
from vocdesk.services.exchange.merge_deletions import Deletion, Tombstones
from vocdesk.services.exchange.merge_parts import (
    CONTEXT,
    MISSING_PARENT,
    UNREADABLE,
    Incoming,
    Tick,
    Work,
    chunks,
    existing_values,
    fetch_rows,
    load_aliases,
    moment_of,
    no_tick,
    optional_reference,
    present_keys,
    references,
    same_value,
    shown_key,
    shown_value,
    single_key,
)
from vocdesk.services.exchange.merge_writes import Writing
from vocdesk.services.exchange.tables import (
    DERIVED,
    RULES,
    RULES_BY_NAME,
    TableRule,
    decode_key,
    decode_row,
    encode_row,
    natural_key_of,
)

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


class Planner(Writing):
    """Plans and writes one bundle's rows in ``session`` (see the module's docstring)."""

    def __init__(self, session: Session, incoming: Incoming, now: datetime) -> None:
        self._session = session
        self._in = incoming
        self._now = now
        self._sqlite = session.get_bind().dialect.name == "sqlite"
        self._aliases = load_aliases(session)
        self._new_aliases: list[dict[str, str]] = []
        self._work: dict[str, Work] = {}
        self._exists: dict[str, set[Any]] = defaultdict(set)  # known to exist after the merge
        self._dropped: dict[str, set[Any]] = defaultdict(set)  # incoming rows not taken
        self._tombstones = Tombstones(session)
        self._conflicts: list[dict[str, Any]] = []
        self._replaced_answers: set[uuid.UUID] = set()
        self._answers: list[dict[str, Any]] = []
        self._deletions: list[Deletion] = []
        self._sizes: dict[str, int] = {}  # incoming rows per table (for the progress)
        # When this office merged the sender's earlier bundles: a record whose touched_at is
        # one of them holds a value the sender sent (not edited here since).
        self._from_sender = set(session.scalars(sa.select(SyncBundle.done_at).where(
            SyncBundle.direction == "received", SyncBundle.office_code == incoming.from_office,
        )))  # fmt: skip

    # ---------------------------------------------------------------- planning (reads only)

    def plan(self, tables: dict[str, list[dict[str, Any]]], attachments: dict[str, bytes],
             tombstones: list[dict[str, Any]], tick: Tick = no_tick) -> None:  # fmt: skip
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
        for part in chunks(list(dict.fromkeys(ids))):
            statement = sa.select(table.c.id, table.c.updated_at, table.c.edited_office).where(
                table.c.id.in_(part)
            )
            for row_id, updated_at, office in self._session.execute(statement):
                held[row_id] = (updated_at, office or self._in.here)
        if not held:
            return encoded
        counts = self._work.setdefault(rule.name, Work(rule)).counts
        rest = []
        for row, row_id in zip(encoded, ids, strict=True):
            local = held.get(row_id)
            if local is not None and local == (
                moment_of(row.get("updated_at")),
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
        self._work.setdefault(rule.name, Work(rule)).counts.unchanged += len(encoded) - len(wanted)
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
        for column, target in references(rule):
            aliases = self._aliases.get(target)
            value = row.get(column)
            if aliases and value is not None and value in aliases:
                row[column] = aliases[value]

    def _plan_entities(self, rule: TableRule, rows: list[dict[str, Any]]) -> None:
        work = self._work.setdefault(rule.name, Work(rule))
        table = rule.table
        local = dict(fetch_rows(self._session, table, table.c.id, [r["id"] for r in rows]))
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
            for _, mapping in fetch_rows(self._session, rule.table, column, values):
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
        links = references(rule)
        if not links:
            return rows
        unknown: dict[str, set[Any]] = defaultdict(set)
        for row in rows:
            current = local.get(row.get("id")) if rule.kind == "entity" else None
            for column, target in links:
                value = row.get(column)
                if value is None or (current is not None and current[column] == value):
                    continue
                if (target == rule.name and value in own_ids) or value in self._exists[target]:
                    continue
                unknown[target].add(value)
        missing: dict[str, set[Any]] = {}
        for target, values in unknown.items():
            target_table = Base.metadata.tables[target]
            key = target_table.c[single_key(target_table)]
            present = existing_values(self._session, key, values)
            self._exists[target].update(present)
            if values - present:
                missing[target] = values - present
        if not missing:
            return rows
        kept = []
        for row in rows:
            take = True
            for column, target in links:
                value = row.get(column)
                if value is None or value not in missing.get(target, ()):
                    continue
                if value in self._dropped[target] or self._deleted_here(target, value):
                    if optional_reference(rule.table.c[column]):
                        row[column] = None
                        continue
                    take = False
                    break
                raise user_error(
                    CONTEXT, MISSING_PARENT, table=rule.name, id=shown_key(row, rule),
                    parent=target, parent_id=shown_value(value), office=self._in.from_office,
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

    def _merge_row(self, work: Work, row: dict[str, Any], current: RowMapping) -> None:
        rule = work.rule
        excluded = _BOOKKEEPING | (_NUMBERING if rule.name == "complaint" else frozenset())
        differing = [
            c for c in rule.columns
            if c not in excluded and c in row and not same_value(row[c], current[c])
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
            # The sender's own edit held here, or a value received from the sender and not
            # edited here since, is no conflict: the sender had it and weighed it itself.
            conflict = (
                incoming_office != local_office
                and local_office != self._in.from_office
                and touched not in self._from_sender
                and (acknowledged is None or (touched is not None and touched > acknowledged))
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
        derived = DERIVED.get(rule.name, {})
        columns = [c for c in differing if c not in rule.binary and c not in derived]
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
        work = self._work.setdefault(rule.name, Work(rule))
        keys = [tuple(r[c] for c in rule.key) for r in rows]
        present = present_keys(self._session, rule, keys)
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
        work = self._work.setdefault(rule.name, Work(rule))
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
