"""The catalogue of what travels between offices, and the row codec, on a real demo database."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
import sqlalchemy as sa

from vocdesk.db.base import Base, UtcDateTime
from vocdesk.services.database import Database, open_database
from vocdesk.services.demo import generate_demo
from vocdesk.services.exchange.tables import (
    RULES,
    RULES_BY_NAME,
    decode_key,
    decode_row,
    encode_key,
    encode_row,
    natural_key_of,
    parse_row_key,
    raw_columns,
)

# Local to each file (the accounts, the audit trail, settings, the exchange's own tables ...).
LOCAL_ONLY = {
    "user_account", "access_token", "audit_entry", "app_setting", "retention_run",
    "complaint_officer", "complaint_access", "complaint_setting", "sync_peer", "sync_bundle",
    "sync_conflict", "sync_alias", "sync_tombstone",
}  # fmt: skip


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database, _ = open_database(tmp_path_factory.mktemp("send_tables") / "demo.sqlite")
    generate_demo(database)
    _fill_columns_the_demo_leaves_empty(database)
    yield database
    database.dispose()


def _fill_columns_the_demo_leaves_empty(database: Database) -> None:
    """Give one row a value in each column the demo leaves NULL everywhere (an anonymised
    moment, a withdrawn consent, ...), so every column is tried with a value."""
    now = datetime(2025, 11, 14, 3, 4, 5, 678901, tzinfo=UTC)
    with database.engine.begin() as connection:
        for rule in RULES:
            for name in rule.columns:
                column = rule.table.c[name]
                filled = sa.select(column).where(column.isnot(None)).limit(1)
                if connection.execute(filled).first() is not None:
                    continue
                kind = column.type
                value: object
                if column.foreign_keys:
                    target = next(iter(column.foreign_keys)).column
                    value = connection.scalar(sa.select(target).limit(1))
                elif isinstance(kind, sa.Enum) and kind.enum_class is not None:
                    value = next(iter(kind.enum_class))
                elif isinstance(kind, sa.DateTime | UtcDateTime):
                    value = now
                elif isinstance(kind, sa.Date):
                    value = date(2025, 11, 14)
                elif isinstance(kind, sa.Float):
                    value = 2.75
                elif isinstance(kind, sa.Integer):
                    value = 3
                else:
                    value = "ค่า-1"
                first = connection.execute(sa.select(*rule.table.primary_key.columns).limit(1))
                key = first.one()
                where = [c == v for c, v in zip(rule.table.primary_key.columns, key, strict=True)]
                connection.execute(sa.update(rule.table).where(*where).values({name: value}))


def test_every_table_either_travels_or_is_named_local() -> None:
    names = {table.name for table in Base.metadata.sorted_tables}
    assert names - set(RULES_BY_NAME) == LOCAL_ONLY
    assert RULES_BY_NAME["survey_answer"].parent == ("survey_response", "response_id")


def test_parents_come_before_their_children() -> None:
    position = {rule.name: index for index, rule in enumerate(RULES)}
    for rule in RULES:
        for key in rule.table.foreign_keys:
            parent = key.column.table.name
            if parent in position and parent != rule.name:
                assert position[parent] < position[rule.name], (parent, rule.name)


def test_local_counters_stay_home_and_the_exchange_columns_travel() -> None:
    entry = RULES_BY_NAME["feedback_entry"]
    assert "number" not in entry.columns and "touched_at" not in entry.columns
    assert "version" not in RULES_BY_NAME["complaint"].columns  # the optimistic lock
    assert "version" in RULES_BY_NAME["privacy_notice"].columns  # the notice's own number
    for name in ("origin_office", "edited_office", "updated_at", "created_at"):
        assert name in RULES_BY_NAME["stakeholder"].columns
    assert RULES_BY_NAME["channel"].natural_key == ("code",)
    assert RULES_BY_NAME["holiday"].natural_key == ("office_id", "day")


def test_every_column_of_every_travelling_table_round_trips(demo: Database) -> None:
    seen_values: dict[str, set[str]] = {}
    with demo.engine.connect() as connection:
        for rule in RULES:
            attachments: dict[str, bytes] = {}
            rows = list(connection.execute(sa.select(rule.table).limit(200)).mappings())
            for name in rule.columns:  # and a few rows with a value in each column
                filled = sa.select(rule.table).where(rule.table.c[name].isnot(None)).limit(3)
                rows += connection.execute(filled).mappings().all()
            assert rows, rule.name
            encoded = [encode_row(rule, row, attachments) for row in rows]
            travelled = json.loads(json.dumps({"rows": encoded}))["rows"]
            for row, again in zip(rows, travelled, strict=True):
                decoded = decode_row(rule, again, attachments)
                assert set(decoded) == set(rule.columns)
                for column in rule.columns:
                    assert decoded[column] == row[column], (rule.name, column)
                    assert type(decoded[column]) is type(row[column]), (rule.name, column)
                    if row[column] is not None:
                        seen_values.setdefault(rule.name, set()).add(column)
                assert decode_key(rule, encode_key(rule, row)) == tuple(row[c] for c in rule.key)
    # Every column was tried with a value, not only with NULL.
    for rule in RULES:
        assert seen_values[rule.name] == set(rule.columns), rule.name


def test_an_attachment_travels_beside_its_row_under_its_digest(demo: Database) -> None:
    rule = RULES_BY_NAME["complaint_attachment"]
    with demo.engine.connect() as connection:
        row = connection.execute(sa.select(rule.table).limit(1)).mappings().one()
    attachments: dict[str, bytes] = {}
    encoded = encode_row(rule, row, attachments)
    assert list(attachments.values()) == [row["content"]]
    assert encoded["content"] == {"sha256": next(iter(attachments))}
    assert decode_row(rule, encoded, attachments)["content"] == row["content"]
    inline = json.loads(json.dumps(encode_row(rule, row)))  # no attachments dict: base64
    assert decode_row(rule, inline)["content"] == row["content"]


def test_a_tombstone_key_reads_on_sqlite_and_postgresql() -> None:
    key = uuid.uuid4()
    stakeholder = RULES_BY_NAME["stakeholder"]
    assert parse_row_key(stakeholder, key.hex) == (key,)
    assert parse_row_key(stakeholder, str(key)) == (key,)
    link = RULES_BY_NAME["segment_service"]
    other = uuid.uuid4()
    assert parse_row_key(link, json.dumps([key.hex, str(other)])) == (key, other)


def test_a_natural_key_needs_its_text_filled() -> None:
    stakeholder = RULES_BY_NAME["stakeholder"]
    assert natural_key_of(stakeholder, {"external_ref": ""}) is None
    assert natural_key_of(stakeholder, {"external_ref": None}) is None
    assert natural_key_of(stakeholder, {"external_ref": "CRM-7"}) == ("CRM-7",)
    holiday = RULES_BY_NAME["holiday"]
    assert natural_key_of(holiday, {"office_id": None, "day": "x"}) == (None, "x")
    assert natural_key_of(RULES_BY_NAME["complaint"], {}) is None


def test_rows_read_as_sqlite_keeps_them_encode_to_the_same_values(demo: Database) -> None:
    with demo.engine.connect() as connection:
        for rule in RULES:
            key = [rule.table.c[name] for name in rule.key]
            typed = connection.execute(sa.select(rule.table).order_by(*key).limit(300))
            raw = connection.execute(sa.select(*raw_columns(rule)).order_by(*key).limit(300))
            typed_rows = [encode_row(rule, row) for row in typed.mappings()]
            raw_rows = [encode_row(rule, row, raw=True) for row in raw.mappings()]
            assert len(raw_rows) == len(typed_rows) > 0
            for a, b in zip(raw_rows, typed_rows, strict=True):
                assert decode_row(rule, json.loads(json.dumps(a))) == decode_row(rule, b), rule.name
                for name in rule.key:  # keys exactly alike: the merge matches them as text too
                    assert a[name] == b[name]


def test_a_moment_in_another_stored_form_still_reads() -> None:
    rule = RULES_BY_NAME["stakeholder"]
    raw = {name: None for name in rule.columns} | {
        "id": "0190f3c2-8d1e-7000-8000-000000000001",
        "created_at": "2025-11-14 03:04:05",
        "updated_at": "2025-11-14T03:04:05.5+00:00",
    }
    encoded = encode_row(rule, raw, raw=True)
    assert encoded["id"] == "0190f3c28d1e70008000000000000001"
    decoded = decode_row(rule, encoded)
    assert decoded["created_at"] == datetime(2025, 11, 14, 3, 4, 5, tzinfo=UTC)
    assert decoded["updated_at"] == datetime(2025, 11, 14, 3, 4, 5, 500000, tzinfo=UTC)
