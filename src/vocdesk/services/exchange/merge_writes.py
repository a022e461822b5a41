"""The writes of a received bundle's merge, once everything was decided (``merge_rows``): in
batches (one ``executemany`` per table and set of columns), parents before children, then the
conflicts kept for review and the deletions, children first (``merge_deletions``)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import datetime
from typing import Any

import sqlalchemy as sa
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
from vocdesk.domain.messages import user_error
from vocdesk.domain.pdpa.terms import RetentionRecordType
from vocdesk.services.exchange.merge_deletions import Deletion, Tombstones, apply_deletions
from vocdesk.services.exchange.merge_parts import (
    BATCH,
    CLASH,
    CONTEXT,
    Counts,
    Incoming,
    Tick,
    Work,
    batches,
    chunks,
    existing_values,
    grouped,
    no_tick,
    references,
)
from vocdesk.services.exchange.tables import (
    RULES,
    TableRule,
)
from vocdesk.services.pdpa.anonymise import anonymise_records

_ALIAS_TABLE = Base.metadata.tables["sync_alias"]
_CONFLICT_TABLE = Base.metadata.tables["sync_conflict"]

# The records of a person that anonymisation marks, by the retention review's kind.
_PERSONS_RECORDS = {
    "feedback_entry": RetentionRecordType.FEEDBACK,
    "complaint": RetentionRecordType.COMPLAINT,
    "survey_response": RetentionRecordType.SURVEY_RESPONSE,
    "activity": RetentionRecordType.ACTIVITY,
}


class Writing:
    """The write half of ``merge_rows.Planner`` (its state, filled by planning)."""

    _session: Session
    _in: Incoming
    _now: datetime
    _sqlite: bool
    _work: dict[str, Work]
    _new_aliases: list[dict[str, str]]
    _conflicts: list[dict[str, Any]]
    _answers: list[dict[str, Any]]
    _replaced_answers: set[uuid.UUID]
    _deletions: list[Deletion]
    _tombstones: Tombstones
    _sizes: dict[str, int]

    def write(self, tick: Tick = no_tick) -> dict[str, Counts]:
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
            lambda rule: self._work.setdefault(rule.name, Work(rule)).counts,
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
            for part in chunks(ids):
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
            for value in chunks(sorted(row_ids)):
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

    def _write_table(self, work: Work) -> None:
        rule, table = work.rule, work.rule.table
        try:
            for _, changes in grouped(work.updates):
                statement = (
                    sa.update(table).where(table.c.id == sa.bindparam("_key"))
                    .execution_options(synchronize_session=False)
                )  # fmt: skip
                for batch in batches(changes):
                    self._session.connection().execute(statement, batch)
            later: list[dict[str, Any]] = []
            inserts = work.inserts
            if rule.name == "complaint":
                inserts = self._numbered(inserts)
            for row in inserts:
                # A reference to a row of the same table (a duplicate case) is set once both
                # rows are there.
                for column, target in references(rule):
                    if target == rule.name and row.get(column) is not None:
                        later.append({"_key": row["id"], column: row[column]})
                        row[column] = None
            if rule.name == "feedback_entry":
                self._insert_entries(inserts)
            else:
                self._insert(table, inserts)
            for _, changes in grouped(later):
                statement = sa.update(table).where(table.c.id == sa.bindparam("_key"))
                self._session.connection().execute(statement, changes)
        except IntegrityError as exc:
            raise user_error(CONTEXT, CLASH, table=rule.name, reason=str(exc.orig)) from exc

    def _insert(self, table: sa.Table, rows: list[dict[str, Any]]) -> None:
        for _, group in grouped(rows):
            for batch in batches(group):
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
        taken = existing_values(self._session, table.c.number, numbers)
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
        for _, rows in grouped(self._answers):
            for batch in batches(rows):
                self._session.connection().execute(sa.insert(table), batch)
