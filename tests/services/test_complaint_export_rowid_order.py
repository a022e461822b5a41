"""The complaints export on SQLite reads cases stored in the file's order (fiscal year, sequence)
in the table's own order, without a sort (issue 18); a table where a case is stored after a case
later in the file's order is read sorted, as before. Either way the file is in the file's order,
the rows the typed values give, masked in the row as ``mask_rows`` masks them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from vocdesk.io.table_file import write_rows
from vocdesk.services.complaints.exporter import ComplaintExporter, _counted
from vocdesk.services.confidentiality import readable_condition
from vocdesk.services.database import Database, open_database
from vocdesk.services.demo import DEMO_TODAY, generate_demo
from vocdesk.services.transfer import mask_rows


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db, _ = open_database(tmp_path_factory.mktemp("order") / "demo.sqlite")
    generate_demo(db, scale=1)
    yield db
    db.dispose()


def _stored_after_later_cases(db: Database) -> bool:
    from vocdesk.services.authorization import acting

    with db.session_scope() as session:
        return bool(session.execute(_counted(readable_condition(acting(db)), [])).one()[2])


def _numbers_in_file_order(db: Database) -> list[str]:
    with db.session_scope() as session:
        return list(session.scalars(text(
            "SELECT number FROM complaint ORDER BY fiscal_year, sequence")))  # fmt: skip


def _numbers(exporter: ComplaintExporter) -> Iterator[str]:
    index = [column.key for column in exporter.spec.columns].index("number")
    return (row[index] for row in exporter._stored_rows("", None))


def _in_the_files_order(exporter: ComplaintExporter, in_order: list[str]) -> bool:
    """Whether the exported cases (those the person may read) are ``in_order``'s."""
    numbers = list(_numbers(exporter))
    exported = set(numbers)
    return len(numbers) > 500 and numbers == [number for number in in_order if number in exported]


def _same_file_as_typed(db: Database, tmp_path: Path) -> None:
    exporter = ComplaintExporter(db, today=lambda: DEMO_TODAY)
    exporter.export(tmp_path / "stored.csv")
    typed = mask_rows(exporter.spec, exporter._typed_rows("", None))
    write_rows(exporter.spec.headers, typed, tmp_path / "typed.csv")
    assert (tmp_path / "stored.csv").read_bytes() == (tmp_path / "typed.csv").read_bytes()


def test_cases_stored_in_order_and_out_of_order_are_exported_in_the_files_order(
    demo: Database, tmp_path: Path
) -> None:
    exporter = ComplaintExporter(demo, today=lambda: DEMO_TODAY, unmasked=True)
    in_order = _numbers_in_file_order(demo)
    assert not _stored_after_later_cases(demo)  # the demo records cases as they are numbered
    assert _in_the_files_order(exporter, in_order)
    _same_file_as_typed(demo, tmp_path)
    first = next(_numbers(exporter))

    # The file's first case moved to the end of the table (as a merged bundle's case might be):
    # read sorted, still first in the file.
    with demo.session_scope() as session:
        session.execute(text(
            "UPDATE complaint SET rowid = (SELECT max(rowid) + 1 FROM complaint) WHERE number = :n"),
            {"n": first})  # fmt: skip
    assert _stored_after_later_cases(demo)
    assert _in_the_files_order(exporter, in_order)
    assert next(_numbers(exporter)) == first
    _same_file_as_typed(demo, tmp_path)


def test_a_masked_export_masks_the_personal_cells_in_the_row(demo: Database) -> None:
    with demo.session_scope() as session:  # the demo's cases name no complainant of their own
        session.execute(text(
            "UPDATE complaint SET complainant_name = 'สมชาย ใจดี', complainant_contact ="
            " '081-234-5678' WHERE rowid % 7 = 0"))  # fmt: skip
    masked = ComplaintExporter(demo, today=lambda: DEMO_TODAY)
    keys = [column.key for column in masked.spec.columns]
    personal = [keys.index(column.key) for column in masked.spec.columns if column.personal]
    assert personal
    plain = list(masked._stored_rows("", None))
    rows = list(masked._stored_rows("", None, masked=True))
    assert rows == list(mask_rows(masked.spec, [list(row) for row in plain]))
    assert any(rows[n][i] != plain[n][i] for n in range(len(rows)) for i in personal)
