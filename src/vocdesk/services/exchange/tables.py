"""What travels between offices, and how one row is written into a bundle and read back
(issue 20, docs/offices.md).

``RULES`` holds one ``TableRule`` per travelling table, parents before children (the order of
``metadata.sorted_tables``, so a merge that inserts in this order never meets a missing
parent): the Core table, its key, the *natural key* by which an entry another office made is
matched to a local one with another id (a catalogue entry by its code, a person by the agency's
own reference, ...), and the columns that stay at home.

Staying at home: ``touched_at`` (when the row changed *in this database*), the optimistic
lock's ``version`` of a versioned table (how many times it was saved here, for the forms open
here; a merge that changes a row counts one save more; a privacy notice's ``version`` is its
number and travels) and ``feedback_entry.number`` (this file's own running number of a
listening entry, the key of its search index: given again on insert). ``origin_office`` and
``edited_office`` do travel, as does ``updated_at`` (the moment of the edit, which decides
between two changes).

``survey_answer`` has no ``touched_at``: it travels with its response, all of a response's
answers each time the response does (``RULES_BY_NAME["survey_answer"].parent``).

The codec: ``encode_row`` makes a JSON-able dict of a Core row (uuids as 32 hex digits, moments
in ISO 8601 with their zone, dates in ISO 8601, enums by their stored value, bytes moved to the
bundle's attachments under their SHA-256 and the row keeps the digest); ``decode_row`` gives
back the Python values a Core insert or update takes.

The payload a bundle carries (``services.exchange.changes.collect``)::

    {"tables": {table name: [encoded row, ...], ...},   # in RULES order
     "tombstones": [{"table": name, "key": [key values encoded], "deleted_at": iso,
                     "office": code}, ...]}
"""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa

import vocdesk.db.models  # noqa: F401 - every model registered on the metadata
from vocdesk.db.base import Base, UtcDateTime
from vocdesk.domain.registry import email_key, name_key

__all__ = [
    "ASSOCIATIONS",
    "DEPENDENT",
    "LOCAL_COLUMNS",
    "RULES",
    "RULES_BY_NAME",
    "TRAVELLING",
    "TableRule",
    "decode_key",
    "decode_row",
    "encode_key",
    "encode_row",
    "natural_key_of",
    "parse_row_key",
    "raw_columns",
]

# Tables with origin_office, edited_office and touched_at (migration 0017).
TRAVELLING = frozenset({
    "activity", "channel", "complaint", "complaint_attachment", "complaint_category",
    "complaint_root_cause", "complaint_status_change", "consent", "contact_interval",
    "data_subject_request", "feedback_entry", "holiday", "improvement_action",
    "improvement_survey_finding", "listening_plan_item", "office", "privacy_notice",
    "privacy_notice_shown", "reminder", "retention_policy", "segment", "service", "stakeholder",
    "survey", "survey_benchmark", "survey_choice", "survey_dimension", "survey_question",
    "survey_response",
})  # fmt: skip
# Links between two records: added and removed, never edited; touched_at only.
ASSOCIATIONS = frozenset({
    "activity_participant", "improvement_complaint", "improvement_feedback",
    "segment_service", "survey_target_segment",
})  # fmt: skip
# Rows that travel with their parent (table -> (parent table, column naming the parent)).
DEPENDENT = {"survey_answer": ("survey_response", "response_id")}

# The natural key of an entry another office may have made too, under another id.
NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "channel": ("code",),
    "complaint_category": ("code",),
    "complaint_root_cause": ("code",),
    "office": ("code",),
    "segment": ("code",),
    "service": ("code",),
    "survey_dimension": ("code",),
    "survey": ("code",),
    "survey_question": ("survey_id", "code"),  # after the survey's id is rewritten
    "survey_choice": ("question_id", "value"),
    "stakeholder": ("external_ref",),  # only when not empty
    "privacy_notice": ("version",),
    "retention_policy": ("record_type",),
    "contact_interval": ("priority",),
    "holiday": ("office_id", "day"),  # office_id empty = a holiday of every office
}

# Columns that stay in this database (see the module's docstring).
LOCAL_COLUMNS: dict[str, frozenset[str]] = {"feedback_entry": frozenset({"number"})}
_LOCAL_EVERYWHERE = frozenset({"touched_at"})


def _lock_columns() -> dict[str, str]:
    """The optimistic lock's column of each versioned table (``db.base.Versioned``)."""
    locks: dict[str, str] = {}
    for mapper in Base.registry.mappers:
        if mapper.version_id_col is not None and isinstance(mapper.local_table, sa.Table):
            locks[mapper.local_table.name] = mapper.version_id_col.name
    return locks


Encoder = Callable[[Any], Any]


@dataclass(frozen=True)
class TableRule:
    """How one table travels."""

    name: str
    table: sa.Table
    key: tuple[str, ...]  # primary key columns, in order
    natural_key: tuple[str, ...]  # () = matched by id only
    columns: tuple[str, ...]  # the columns that travel, in table order
    kind: str  # "entity" (origin/edited office, touched_at), "association" or "dependent"
    parent: tuple[str, str] | None = None  # a dependent's (parent table, parent column)
    binary: frozenset[str] = frozenset()  # columns whose bytes go to the attachments
    _encoders: tuple[tuple[str, Encoder], ...] = field(default=(), repr=False, compare=False)
    _decoders: tuple[tuple[str, Encoder], ...] = field(default=(), repr=False, compare=False)
    # SQLite's stored text of the uuid, moment and date columns, read as it is (``raw_columns``).
    _raw: frozenset[str] = field(default=frozenset(), repr=False, compare=False)
    _raw_encoders: tuple[tuple[str, Encoder], ...] = field(default=(), repr=False, compare=False)

    @property
    def travelling(self) -> bool:
        """Whether the table has origin_office/edited_office (an entity table)."""
        return self.kind == "entity"


def _identity(value: Any) -> Any:
    return value


def _codec(column: sa.Column[Any]) -> tuple[Encoder, Encoder]:
    """(encode, decode) of one column's non-null values."""
    kind = column.type
    if isinstance(kind, sa.Uuid):
        return (lambda v: v.hex), uuid.UUID
    if isinstance(kind, UtcDateTime | sa.DateTime):
        return (lambda v: v.isoformat()), datetime.fromisoformat
    if isinstance(kind, sa.Date):
        return (lambda v: v.isoformat()), date.fromisoformat
    if isinstance(kind, sa.Enum) and kind.enum_class is not None:
        enum_class = kind.enum_class
        return (lambda v: enum_class(v).value), (lambda v: enum_class(v))
    if isinstance(kind, sa.LargeBinary):
        return (lambda v: base64.b64encode(v).decode("ascii")), base64.b64decode
    if isinstance(kind, sa.Float):
        return float, float
    return _identity, _identity


def _raw_uuid(value: str) -> str:
    """A uuid as SQLite keeps it (32 hex digits), in the bundle's form."""
    return value if len(value) == 32 else uuid.UUID(value).hex


def _raw_moment(value: str) -> str:
    """A moment as SQLite keeps it ("2025-11-14 03:04:05.678901", UTC), in ISO 8601 with its
    zone; any other stored form through ``datetime``."""
    if len(value) == 26 and value[10] == " " and value[19] == ".":
        return f"{value[:10]}T{value[11:]}+00:00"
    moment = datetime.fromisoformat(value)
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).isoformat()


def _raw_codec(column: sa.Column[Any]) -> Encoder | None:
    """The encoder of a column's stored SQLite text, for the types whose text is already (or
    nearly) the bundle's form; None for the others (read through their type)."""
    kind = column.type
    if isinstance(kind, sa.Uuid):
        return _raw_uuid
    if isinstance(kind, UtcDateTime | sa.DateTime):
        return _raw_moment
    if isinstance(kind, sa.Date):
        return _identity
    return None


def _rule(table: sa.Table) -> TableRule:
    name = table.name
    kind = (
        "entity" if name in TRAVELLING else "association" if name in ASSOCIATIONS else "dependent"
    )
    local = _LOCAL_EVERYWHERE | LOCAL_COLUMNS.get(name, frozenset())
    if name in _LOCKS:
        local |= {_LOCKS[name]}
    columns = tuple(c.name for c in table.columns if c.name not in local)
    binary = frozenset(
        c.name for c in table.columns if c.name in columns and isinstance(c.type, sa.LargeBinary)
    )
    codecs = {name: _codec(table.c[name]) for name in columns}
    raw = {name: _raw_codec(table.c[name]) for name in columns if name not in binary}
    return TableRule(
        name=name,
        table=table,
        key=tuple(c.name for c in table.primary_key.columns),
        natural_key=NATURAL_KEYS.get(name, ()),
        columns=columns,
        kind=kind,
        parent=DEPENDENT.get(name),
        binary=binary,
        _encoders=tuple((c, codecs[c][0]) for c in columns if c not in binary),
        _decoders=tuple((c, codecs[c][1]) for c in columns if c not in binary),
        _raw=frozenset(name for name, encode in raw.items() if encode is not None),
        _raw_encoders=tuple((c, raw[c] or codecs[c][0]) for c in columns if c not in binary),
    )


_LOCKS = _lock_columns()
RULES: tuple[TableRule, ...] = tuple(
    _rule(table)
    for table in Base.metadata.sorted_tables
    if table.name in TRAVELLING or table.name in ASSOCIATIONS or table.name in DEPENDENT
)
RULES_BY_NAME: dict[str, TableRule] = {rule.name: rule for rule in RULES}

# Columns computed from another column of the record (a person's duplicate look-up keys): they
# follow their source, are never a conflict of their own, and are computed again when a
# conflict's value is taken.
DERIVED: dict[str, dict[str, tuple[str, Callable[[str], str]]]] = {
    "stakeholder": {"name_key": ("name", name_key), "email_key": ("email", email_key)},
}


def derived_values(table: str, column: str, value: Any) -> dict[str, str]:
    """The derived columns of ``table`` computed from ``column`` holding ``value``."""
    return {
        derived: compute(value or "")
        for derived, (source, compute) in DERIVED.get(table, {}).items()
        if source == column
    }


def encode_row(
    rule: TableRule,
    row: Mapping[Any, Any],
    attachments: dict[str, bytes] | None = None,
    *,
    raw: bool = False,
) -> dict[str, Any]:
    """A JSON-able dict of ``row`` (a Core row's mapping, or any mapping of column values).

    A binary column's bytes go to ``attachments`` under their SHA-256 (hex) and the row keeps
    the digest; without an ``attachments`` dict they are kept in the row in base64. ``raw``:
    the row was read from SQLite with ``raw_columns`` (uuids, moments and dates as stored)."""
    encoded: dict[str, Any] = {}
    for name, encode in rule._raw_encoders if raw else rule._encoders:
        value = row[name]
        encoded[name] = None if value is None else encode(value)
    for name in rule.binary:
        content = row[name]
        if content is None:
            encoded[name] = None
        elif attachments is None:
            encoded[name] = {"base64": base64.b64encode(content).decode("ascii")}
        else:
            digest = hashlib.sha256(content).hexdigest()
            attachments[digest] = bytes(content)
            encoded[name] = {"sha256": digest}
    return encoded


def raw_columns(rule: TableRule) -> list[sa.ColumnElement[Any]]:
    """The travelling columns of ``rule`` for a select on SQLite whose rows ``encode_row(...,
    raw=True)`` encodes: uuids, moments and dates read as the text SQLite keeps, not turned
    into Python objects only to be written back as text (a third of the collection's time)."""
    return [
        sa.type_coerce(rule.table.c[name], sa.String()).label(name)
        if name in rule._raw
        else rule.table.c[name]
        for name in rule.columns
    ]


def decode_row(
    rule: TableRule, encoded: Mapping[str, Any], attachments: Mapping[str, bytes] | None = None
) -> dict[str, Any]:
    """The Python values of an encoded row, ready for a Core insert or update of
    ``rule.table``. Columns absent from ``encoded`` are left out (a bundle from an older
    version of VocDesk may not have them); a binary column whose attachment is missing is an
    error (``KeyError``; the bundle's checksum makes that a bug, not a user's mistake)."""
    values: dict[str, Any] = {}
    for name, decode in rule._decoders:
        if name in encoded:
            value = encoded[name]
            values[name] = None if value is None else decode(value)
    for name in rule.binary:
        if name not in encoded:
            continue
        value = encoded[name]
        if value is None:
            values[name] = None
        elif "sha256" in value:
            values[name] = (attachments or {})[value["sha256"]]
        else:
            values[name] = base64.b64decode(value["base64"])
    return values


def encode_key(rule: TableRule, values: Mapping[str, Any] | tuple[Any, ...]) -> list[Any]:
    """The primary key of a row as a JSON list, in key order (uuids in hex)."""
    parts = values if isinstance(values, tuple) else tuple(values[c] for c in rule.key)
    codecs = dict(rule._encoders)
    return [None if v is None else codecs[c](v) for c, v in zip(rule.key, parts, strict=True)]


def decode_key(rule: TableRule, encoded: list[Any]) -> tuple[Any, ...]:
    """The Python values of a key encoded by ``encode_key``."""
    codecs = dict(rule._decoders)
    return tuple(
        None if v is None else codecs[c](v) for c, v in zip(rule.key, encoded, strict=True)
    )


def parse_row_key(rule: TableRule, row_key: str) -> tuple[Any, ...]:
    """The key values of a ``sync_tombstone.row_key``: an id (SQLite: 32 hex digits;
    PostgreSQL: a uuid with dashes), or a JSON array of a composite key's values."""
    if len(rule.key) == 1:
        parts: list[Any] = [row_key]
    else:
        parts = json.loads(row_key)
    values: list[Any] = []
    for column, part in zip(rule.key, parts, strict=True):
        if part is not None and isinstance(rule.table.c[column].type, sa.Uuid):
            values.append(part if isinstance(part, uuid.UUID) else uuid.UUID(str(part)))
        else:
            values.append(part)
    return tuple(values)


def natural_key_of(rule: TableRule, values: Mapping[str, Any]) -> tuple[Any, ...] | None:
    """The natural key of a decoded row, or None when the table has none or a text part of it
    is empty or NULL (a stakeholder without the agency's reference is matched by id only). A
    NULL that is not text (a holiday's office) is part of the key: it matches NULL."""
    if not rule.natural_key:
        return None
    key = tuple(values.get(c) for c in rule.natural_key)
    for column, value in zip(rule.natural_key, key, strict=True):
        if value == "" or (value is None and isinstance(rule.table.c[column].type, sa.String)):
            return None
    return key
