"""The contact list and relationship activities exports on SQLite (issue 18) read the rows as
stored (the ids' hex, the moments' UTC text, the dates' ISO text) and mask the personal cells in
the row: every row is the one the typed values give (``_typed_rows``, the way the exports read
them before and any other database still does), and the written file is the same byte for byte,
masked and unmasked, for each purpose, with a search, on a demo with edge cases added
(consents withdrawn, given twice, of every purpose; people restricted, anonymised, archived,
sensitive; phones of every form; equal names; moments without a fraction, with one, at and
around Thai midnight, equal; no channel or stage; participants; texts that look like formulas).
The phones' masks taken from the stored numbers are the masks of the numbers as shown, for
every five-digit start of a Thai number."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from vocdesk.domain.accounts import Principal, Role
from vocdesk.domain.pdpa.masking import PersonalField, mask
from vocdesk.domain.pdpa.terms import ConsentPurpose
from vocdesk.io.table_file import write_rows
from vocdesk.services.database import Database, open_database
from vocdesk.services.demo import generate_demo
from vocdesk.services.pdpa.contacts import SPEC, ContactListExporter, _PhoneMasks
from vocdesk.services.registry.stakeholders import phone_display
from vocdesk.services.registry.transfer import PhoneDisplay
from vocdesk.services.relationships.activity_transfer import ActivityExporter
from vocdesk.services.transfer import mask_rows

_EDGES = (
    # consents of every purpose, given twice, withdrawn
    "INSERT INTO consent (stakeholder_id, purpose, given_on, withdrawn_on, recorded_by, note, id, created_at,"
    " updated_at) SELECT id, 'news', date('2024-01-01', '+' || (rowid % 400) || ' days'),"
    " CASE WHEN rowid % 4 = 0 THEN '2025-06-01' END, 'x', '', lower(hex(randomblob(16))),"
    " '2024-01-01 00:00:00.000000', '2024-01-01 00:00:00.000000' FROM stakeholder WHERE rowid % 3 = 0",
    "INSERT INTO consent (stakeholder_id, purpose, given_on, withdrawn_on, recorded_by, note, id, created_at,"
    " updated_at) SELECT id, 'service', date('2023-01-01', '+' || (rowid % 700) || ' days'),"
    " CASE WHEN rowid % 5 = 0 THEN '2025-06-01' END, 'x', '', lower(hex(randomblob(16))),"
    " '2024-01-01 00:00:00.000000', '2024-01-01 00:00:00.000000' FROM stakeholder WHERE rowid % 4 = 0",
    "INSERT INTO consent (stakeholder_id, purpose, given_on, withdrawn_on, recorded_by, note, id, created_at,"
    " updated_at) SELECT stakeholder_id, purpose, date(given_on, '-' || (rowid % 300) || ' days'),"
    " CASE WHEN rowid % 2 = 0 THEN '2025-06-01' END, 'x', '', lower(hex(randomblob(16))),"
    " '2024-01-01 00:00:00.000000', '2024-01-01 00:00:00.000000' FROM consent WHERE rowid % 3 = 0",
    "UPDATE stakeholder SET restricted = 1 WHERE rowid % 20 = 1",
    "UPDATE stakeholder SET anonymised_at = '2025-01-01 00:00:00.000000' WHERE rowid % 25 = 2",
    "UPDATE stakeholder SET archived = 1 WHERE rowid % 15 = 3",
    "UPDATE stakeholder SET sensitive = 1 WHERE rowid % 7 = 4",
    "UPDATE stakeholder SET phone = '+6621234567' WHERE rowid % 12 = 5",
    "UPDATE stakeholder SET phone2 = '+6653123456' WHERE rowid % 12 = 6",
    "UPDATE stakeholder SET phone = '+14155552671' WHERE rowid % 30 = 7",
    "UPDATE stakeholder SET phone2 = '1111' WHERE rowid % 30 = 8",
    "UPDATE stakeholder SET phone = '+661111' WHERE rowid % 30 = 9",
    "UPDATE stakeholder SET phone2 = '+66800000000' WHERE rowid % 30 = 10",
    "UPDATE stakeholder SET phone = '021234567' WHERE rowid % 30 = 11",
    "UPDATE stakeholder SET email = '=cmd|x@y.com', line_id = '+line', address = '@addr' || char(10) || 'l2',"
    " organisation = '-org' WHERE rowid % 30 = 12",
    "UPDATE stakeholder SET name = 'สมชาย ซ้ำ' WHERE rowid % 24 IN (6, 12)",
    "UPDATE stakeholder SET preferred_channel_id = NULL WHERE rowid % 5 = 0",
    # moments: no fraction, a fraction, at and just before Thai midnight, equal
    "UPDATE activity SET occurred_at = substr(occurred_at, 1, 19) WHERE rowid % 10 = 1",
    "UPDATE activity SET occurred_at = substr(occurred_at, 1, 19) || '.123456' WHERE rowid % 10 = 2",
    "UPDATE activity SET occurred_at = substr(occurred_at, 1, 11) || '17:00:00.000000' WHERE rowid % 15 = 3",
    "UPDATE activity SET occurred_at = substr(occurred_at, 1, 11) || '16:59:59.999999' WHERE rowid % 15 = 4",
    "UPDATE activity SET occurred_at = '2024-12-31 23:30:00.000000' WHERE rowid % 40 = 5",
    "UPDATE activity SET notes = '=SUM(A1)' || char(10) || 'two', outcome = '+1', subject = '-x', staff = '@s'"
    " WHERE rowid % 30 = 6",
    "UPDATE activity SET channel_id = NULL, stage = NULL, follow_up_on = NULL WHERE rowid % 10 = 7",
    "INSERT OR IGNORE INTO activity_participant (activity_id, stakeholder_id) SELECT a.id, s.id"
    " FROM activity a, stakeholder s WHERE a.rowid % 9 = 0 AND s.rowid IN (2, 5, 11)",
)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db, _ = open_database(tmp_path_factory.mktemp("contacts") / "demo.sqlite")
    generate_demo(db, scale=1)
    with db.session_scope() as session:
        for statement in _EDGES:
            session.execute(text(statement))
    yield db
    db.dispose()


def _same_file(tmp_path: Path, stored: list[list[Any]], typed: list[list[Any]]) -> None:
    assert write_rows(SPEC.headers, iter(stored), tmp_path / "stored.csv") == len(typed)
    write_rows(SPEC.headers, iter(typed), tmp_path / "typed.csv")
    assert (tmp_path / "stored.csv").read_bytes() == (tmp_path / "typed.csv").read_bytes()


@pytest.mark.parametrize("unmasked", [False, True])
@pytest.mark.parametrize("purpose", [None, *ConsentPurpose])
def test_contact_rows_are_the_typed_ones(
    demo: Database, tmp_path: Path, unmasked: bool, purpose: ConsentPurpose | None
) -> None:
    exporter = ContactListExporter(demo, unmasked=unmasked)
    for search in ("", "ซ้ำ"):
        stored = list(exporter.rows(search, purpose=purpose))
        typed = list(exporter._typed_rows(search, purpose, None))
        if not unmasked:
            typed = list(mask_rows(SPEC, typed))
        assert stored == typed
        assert len(stored) > (1 if search else 50)
    _same_file(tmp_path, stored, typed)


def test_contact_list_covers_the_edge_cases(demo: Database) -> None:
    rows = list(ContactListExporter(demo, unmasked=True).rows())
    purposes = {row[10] for row in rows}
    assert "follow_up_survey; news" in purposes or "service; follow_up_survey; news" in purposes
    phones = {row[3] for row in rows} | {row[4] for row in rows}
    assert {"02 123 4567", "1111"} <= phones
    masked = list(ContactListExporter(demo).rows())
    assert {"02-xxx-4567", "1111"} <= {row[3] for row in masked} | {row[4] for row in masked}
    assert [row[0] for row in rows] == [row[0] for row in masked]


@pytest.mark.parametrize("grant", [True, False])
def test_activity_rows_are_the_typed_ones(demo: Database, tmp_path: Path, grant: bool) -> None:
    demo.actor = None if grant else Principal(login="sup", role=Role.SUPERVISOR)
    try:
        exporter = ActivityExporter(demo)
        for search in ("", "โทร", "=SUM"):
            stored = list(exporter._rows(search, None))
            typed = list(exporter._typed_rows(search, not grant, None))
            assert stored == typed
            assert len(stored) > (500 if not search else 0)
        assert any(row[11] for row in stored)  # participants
        done: list[tuple[int, int]] = []
        assert exporter.export(tmp_path / "a.csv", progress=lambda n, t: done.append((n, t))) > 0
        assert done[-1][0] == done[-1][1] > 500
    finally:
        demo.actor = None
    all_rows = list(ActivityExporter(demo)._typed_rows("", False, None))
    (tmp_path / "typed.csv").unlink(missing_ok=True)
    write_rows(ActivityExporter.spec.headers, iter(all_rows), tmp_path / "typed.csv")
    ActivityExporter(demo).export(tmp_path / "stored.csv")
    assert (tmp_path / "stored.csv").read_bytes() == (tmp_path / "typed.csv").read_bytes()


def test_activity_moments_at_thai_midnight(demo: Database) -> None:
    moments = {row[1] for row in ActivityExporter(demo)._rows("", None)}
    assert any(m.endswith("T00:00:00+07:00") for m in moments)
    assert any(m.endswith("T23:59:59+07:00") for m in moments)
    assert "2025-01-01T06:30:00+07:00" in moments


def test_phone_masks_of_stored_numbers_are_the_masks_of_the_shown_ones() -> None:
    masks = _PhoneMasks(PhoneDisplay())
    stored = [f"+66{start:04d}{tail}" for start in range(10_000) for tail in ("1234", "56789")]
    stored += [
        "+6621234567",
        "+661111",
        "+66800000000",
        "+14155552671",
        "1111",
        "021234567",
        "",
        "x",
    ]
    for number in stored:
        assert masks.of_stored(number) == (mask(PersonalField.PHONE, phone_display(number))
                                           if phone_display(number) else ""), number  # fmt: skip
