"""Hostile input, generated (issue 17): Hypothesis writes random and hostile CSV and XLSX files
for every importer of ``vocdesk.services.transfer`` (mixed encodings, binary junk, formula
injection, huge cells, many columns, dates out of range, control characters, right-to-left
marks, emoji, SQL-like text) and hostile text for the stakeholder form's service. What must
hold: no crash (only a ``UserError``), no partial write (every table's row count the same after
a refusal), memory bounded (a traced peak under a limit). Few examples each, derandomised, so
the suite stays quick and the same on every run."""

from __future__ import annotations

import csv
import io
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis")  # the dev extra (pyproject.toml) brings it

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from openpyxl import Workbook  # noqa: E402
from sqlalchemy import inspect, text  # noqa: E402

from vocdesk.domain.messages import UserError  # noqa: E402
from vocdesk.domain.registry import StakeholderDraft  # noqa: E402
from vocdesk.services.database import Database, open_database  # noqa: E402
from vocdesk.services.registry.edit import RegistryEditService  # noqa: E402
from vocdesk.services.transfer import IMPORTERS, import_file, importer_for, kind_present  # noqa: E402

KINDS = [kind for kind in IMPORTERS if kind_present(IMPORTERS, kind)]
PEAK_LIMIT = 150_000_000  # bytes traced while one hostile file is read, checked and imported

SETTINGS = settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

HOSTILE = st.sampled_from([
    "=cmd|' /C calc'!A0", "+SUM(1+1)*cmd|' /C calc'!A0", "@SUM(A1:A9)", "-2+3", "=HYPERLINK(\"x\")",
    "'; DROP TABLE stakeholder; --", "\" OR 1=1 --", "Robert'); DELETE FROM complaint;--",
    "\u202eเรื่องร้องเรียน", "\u200fمرحبا\u200e", "\u200bวัน\u200cที่\ufeff", "😀🇹🇭👩‍👩‍👧", "\x00\x01\x1b[31m",
    "สมศรี\r\nใจดี", "\t\v\f", "9999-12-31", "0001-01-01", "31/02/2569", "๓๑/๑๒/๒๕๖๙", "1e308",
    "-0", "NaN", "2569-13-45", "00/00/0000", "ก" * 5000, "x" * 200_000, "", " ", "\\", "%s%s%n",
])  # fmt: skip
CELL = st.one_of(HOSTILE, st.text(max_size=40), st.integers().map(str))


def _row_counts(db: Database) -> dict[str, int]:
    with db.engine.connect() as connection:
        names = inspect(connection).get_table_names()
        return {
            n: connection.execute(text(f'SELECT count(*) FROM "{n}"')).scalar_one() for n in names
        }


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database, _ = open_database(tmp_path_factory.mktemp("hostile") / "hostile.sqlite")
    yield database
    database.dispose()


def _headings(kind: str, db: Database) -> list[str]:
    spec = importer_for(kind, db).spec
    return [h for c in spec.columns for h in (c.header, c.header_th)]


def _write(path: Path, rows: list[list[str]], encoding: str) -> None:
    if path.suffix == ".xlsx":
        book = Workbook(write_only=True)
        sheet = book.create_sheet()
        for row in rows:  # openpyxl refuses control characters: they stay in CSV cases
            sheet.append(["".join(ch for ch in c if ch >= " " or ch in "\t\n\r") for c in row])
        book.save(path)
        return
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding, errors="replace"))


def _import_holds(db: Database, kind: str, path: Path) -> None:
    """Import ``path``: it succeeds, or it is refused with a UserError and nothing changed."""
    before = _row_counts(db)
    tracemalloc.start()
    try:
        import_file(importer_for(kind, db), path)
    except UserError:
        assert _row_counts(db) == before, f"{kind}: a refused import wrote rows"
    finally:
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert peak < PEAK_LIMIT, f"{kind}: {peak / 1e6:.0f} MB traced"
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"


@pytest.mark.parametrize("kind", KINDS)
@SETTINGS
@given(data=st.data())
def test_a_hostile_file_is_imported_or_refused_never_half_written(
    db: Database, tmp_path_factory: pytest.TempPathFactory, kind: str, data: st.DataObject
) -> None:
    headings = _headings(kind, db)
    chosen = data.draw(st.lists(st.sampled_from(headings), min_size=1, max_size=len(headings)))
    extra = data.draw(st.lists(CELL, max_size=3))  # unknown, hostile or duplicated headings
    many = data.draw(st.sampled_from([0, 0, 0, 300]))  # sometimes a very wide sheet
    header = [*chosen, *extra, *(f"col{i}" for i in range(many))]
    rows = data.draw(st.lists(st.lists(CELL, min_size=len(header), max_size=len(header)),
                              min_size=0, max_size=6))  # fmt: skip
    suffix = data.draw(st.sampled_from([".csv", ".xlsx"]))
    encoding = data.draw(st.sampled_from(["utf-8", "utf-8-sig", "cp874", "utf-16"]))
    path = tmp_path_factory.mktemp(kind) / f"hostile{suffix}"
    _write(path, [header, *rows], encoding)

    _import_holds(db, kind, path)


@pytest.mark.parametrize("kind", KINDS)
@SETTINGS
@given(junk=st.binary(min_size=0, max_size=4096), suffix=st.sampled_from([".csv", ".xlsx"]))
def test_binary_junk_is_refused_clearly(
    db: Database, tmp_path_factory: pytest.TempPathFactory, kind: str, junk: bytes, suffix: str
) -> None:
    path = tmp_path_factory.mktemp(kind) / f"junk{suffix}"
    prefix = b"PK\x03\x04" if suffix == ".xlsx" else b""  # a zip's magic, then garbage
    path.write_bytes(prefix + junk)

    _import_holds(db, kind, path)


@SETTINGS
@given(name=CELL, notes=CELL, phone=CELL, organisation=CELL)
def test_the_stakeholder_form_takes_or_refuses_hostile_text(
    db: Database, name: str, notes: str, phone: str, organisation: str
) -> None:
    edit = RegistryEditService(db)
    before = _row_counts(db)
    try:
        saved = edit.create(
            StakeholderDraft(name=name, notes=notes, phone=phone, organisation=organisation),
            allow_duplicates=True,
        )
    except UserError:
        assert _row_counts(db) == before
        return
    record = edit.load(saved.id)
    assert record.draft.name.strip()  # saved only with a name; the rest as checked
