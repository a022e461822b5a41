"""Conflicts left by a merge for a person to review (issue 20, docs/offices.md "Merging").

A conflict is one field of one record that two offices changed without seeing each other's
change. The merge kept the newer value and wrote the other to ``sync_conflict``;
``open_conflicts`` lists them with both values, and ``resolve_conflict`` settles one: keeping
what the merge kept only closes it; taking the other value writes it as a new edit made here
(``updated_at`` and ``touched_at`` now, ``edited_office`` this office), so that the next
bundles carry it to the other offices and it wins there as the newest change.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from vocdesk.db.base import Base, utc_now
from vocdesk.db.models import AuditEntry, SyncConflict
from vocdesk.domain.enums import AuditAction
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error
from vocdesk.domain.pdpa.masking import PersonalField, mask
from vocdesk.services.exchange.tables import (
    RULES_BY_NAME,
    TableRule,
    decode_row,
    derived_values,
    encode_row,
)

__all__ = ["ConflictRow", "open_conflicts", "resolve_conflict"]

CONTEXT = "Exchange"
# The column that names a record for people, the first a table has.
_LABEL_COLUMNS = ("number", "code", "name", "name_th", "title", "title_th", "subject", "day")
_VERSIONED = frozenset(
    mapper.local_table.description
    for mapper in Base.registry.mappers
    if mapper.version_id_col is not None
)

# The identifiers among the fields, masked for a reader without the personal-data grant.
_IDENTIFIERS = {
    ("stakeholder", "national_id"): PersonalField.NATIONAL_ID,
    ("stakeholder", "phone"): PersonalField.PHONE,
    ("stakeholder", "phone2"): PersonalField.PHONE,
    ("stakeholder", "email"): PersonalField.EMAIL,
    ("stakeholder", "line_id"): PersonalField.LINE_ID,
    ("stakeholder", "address"): PersonalField.ADDRESS,
    ("complaint", "complainant_contact"): PersonalField.CONTACT,
}

NO_CONFLICT = QT_TRANSLATE_NOOP("Exchange", "There is no such conflict (it may have been removed).")
ALREADY_RESOLVED = QT_TRANSLATE_NOOP(
    "Exchange", "This conflict was already settled by {user}."
)  # fmt: skip
RECORD_GONE = QT_TRANSLATE_NOOP(
    "Exchange",
    "The record of this conflict is no longer in this database (it was deleted): its value "
    "cannot be changed. Keep the value it holds to close the conflict.",
)
ANONYMISED = QT_TRANSLATE_NOOP(
    "Exchange",
    "The record of this conflict was anonymised: its former value cannot be taken back. Keep "
    "the value it holds to close the conflict.",
)


@dataclass(frozen=True)
class ConflictRow:
    """One field two offices changed unseen: both values, which one the merge kept."""

    id: uuid.UUID
    table: str
    row_id: str
    record: str  # how people know the record: its number, code, name or title ("" if gone)
    field: str
    local_value: str  # as shown (the value this office had)
    incoming_value: str  # as shown (the value the other office sent)
    kept: str  # "local" or "incoming": what the record holds now (unless edited since)
    local_office: str
    incoming_office: str
    local_updated_at: datetime | None
    incoming_updated_at: datetime | None
    detected_at: datetime
    resolved_at: datetime | None = None
    resolved_by: str = ""


def open_conflicts(
    session: Session, *, open_only: bool = True, reveal_personal: bool = True
) -> list[ConflictRow]:
    """The conflicts not settled yet (or all, ``open_only=False``), newest first. Without
    ``reveal_personal`` (a reader without the personal-data grant), a person's identifiers are
    shown masked as everywhere outside the detail form (``domain.pdpa.masking``)."""
    statement = sa.select(SyncConflict).order_by(
        SyncConflict.detected_at.desc(), SyncConflict.table_name, SyncConflict.row_id
    )
    if open_only:
        statement = statement.where(SyncConflict.resolved_at.is_(None))
    conflicts = list(session.scalars(statement))
    labels = _labels(session, conflicts)
    return [
        ConflictRow(
            id=c.id,
            table=c.table_name,
            row_id=c.row_id,
            record=labels.get((c.table_name, c.row_id), ""),
            field=c.field,
            local_value=_masked(c, _shown(c.local_value), reveal_personal),
            incoming_value=_masked(c, _shown(c.incoming_value), reveal_personal),
            kept=c.kept,
            local_office=c.local_office,
            incoming_office=c.incoming_office,
            local_updated_at=c.local_updated_at,
            incoming_updated_at=c.incoming_updated_at,
            detected_at=c.detected_at,
            resolved_at=c.resolved_at,
            resolved_by=c.resolved_by,
        )  # fmt: skip
        for c in conflicts
    ]


def resolve_conflict(
    session: Session, conflict_id: uuid.UUID, take_incoming: bool, by: str,
    *, now: datetime | None = None,
) -> bool:  # fmt: skip
    """Settle a conflict: keep the incoming value (``take_incoming``) or this office's. When
    that is not what the record holds, the value is written as a new edit made here (it then
    travels on); returns whether the record was changed. Audited as an update of the record."""
    moment = now or utc_now()
    conflict = session.get(SyncConflict, conflict_id)
    if conflict is None:
        raise user_error(CONTEXT, NO_CONFLICT)
    if conflict.resolved_at is not None:
        raise user_error(CONTEXT, ALREADY_RESOLVED, user=conflict.resolved_by or "-")
    conflict.resolved_at, conflict.resolved_by = moment, by
    if (conflict.kept == "incoming") == take_incoming:
        return False
    rule = RULES_BY_NAME[conflict.table_name]
    table = rule.table
    row_id = uuid.UUID(conflict.row_id)
    current = session.execute(sa.select(table).where(table.c.id == row_id)).mappings().first()
    if current is None:
        raise user_error(CONTEXT, RECORD_GONE)
    if "anonymised_at" in table.c and current["anonymised_at"] is not None:
        raise user_error(CONTEXT, ANONYMISED)
    wanted = conflict.incoming_value if take_incoming else conflict.local_value
    value = decode_row(rule, {conflict.field: json.loads(wanted)})[conflict.field]
    change: dict[str, Any] = {
        conflict.field: value, "updated_at": moment, "touched_at": moment, "edited_office": "",
    }  # fmt: skip
    change.update(derived_values(table.name, conflict.field, value))
    if table.name in _VERSIONED:
        change["version"] = current["version"] + 1
    session.execute(sa.update(table).where(table.c.id == row_id).values(change))
    session.add(AuditEntry(
        at=moment, user=by, action=AuditAction.UPDATE, entity=table.name, entity_id=row_id,
        changes={conflict.field: [_shown(_encoded(current, conflict.field, rule)),
                                  _shown(wanted)], "conflict": str(conflict.id)},
    ))  # fmt: skip
    return True


def _encoded(current: Any, field: str, rule: TableRule) -> str:
    whole = {c: current[c] for c in rule.columns}
    return json.dumps(encode_row(rule, whole, {})[field], ensure_ascii=False)


def _masked(conflict: SyncConflict, value: str, reveal: bool) -> str:
    kind = _IDENTIFIERS.get((conflict.table_name, conflict.field))
    return value if reveal or kind is None else mask(kind, value)


def _shown(value: str) -> str:
    """A conflict's stored value (JSON) as people read it."""
    try:
        decoded = json.loads(value) if value else None
    except ValueError:
        return value
    if decoded is None:
        return ""
    if isinstance(decoded, list):
        return ", ".join(str(v) for v in decoded)
    if isinstance(decoded, bool):
        return "✓" if decoded else "✗"
    if isinstance(decoded, dict):
        return "…"
    return str(decoded)


def _labels(session: Session, conflicts: list[SyncConflict]) -> dict[tuple[str, str], str]:
    wanted: dict[str, set[str]] = {}
    for c in conflicts:
        wanted.setdefault(c.table_name, set()).add(c.row_id)
    labels: dict[tuple[str, str], str] = {}
    for name, row_ids in wanted.items():
        rule = RULES_BY_NAME.get(name)
        if rule is None or "id" not in rule.table.c:
            continue
        table = rule.table
        column = next((table.c[c] for c in _LABEL_COLUMNS if c in table.c), None)
        if column is None:
            continue
        ids = [uuid.UUID(r) for r in row_ids]
        for start in range(0, len(ids), 500):
            statement = sa.select(table.c.id, column).where(
                table.c.id.in_(ids[start : start + 500])
            )
            for row_id, label in session.execute(statement):
                labels[(name, row_id.hex)] = "" if label is None else str(label)
    return labels
