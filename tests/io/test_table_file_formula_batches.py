"""``write_rows``' CSV fast path (issue 18): a batch of rows is written by ``csv.writer`` and
searched for a cell that may start a formula; only such a batch goes through the guard of each
cell. The file must be byte for byte the one the guard of every cell writes (the reference
below is ``write_rows``' CSV writing before the fast path), over tricky cells and batch edges."""

from __future__ import annotations

import csv
import random
from pathlib import Path
from typing import Any

import pytest

from vocdesk.io import table_file
from vocdesk.io.table_file import write_rows

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def reference_csv(headers: list[str], rows: list[list[Any]], path: Path) -> None:
    """Every cell through the guard, one ``writerow`` a row: the file as it was written."""
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(headers)
        for row in rows:
            writer.writerow([
                "" if value is None
                else "'" + value if isinstance(value, str) and len(value) > 1 and value.startswith(FORMULA_STARTS)
                else value
                for value in row
            ])  # fmt: skip


def tricky_cells() -> list[Any]:
    cells: list[Any] = [None, "", 0, 7, -3, 2.5, -0.25, True, "-", "+", "=", "@", "\t", "\r"]
    for start in FORMULA_STARTS:
        cells += [
            start + "1+1",
            start + "SUM(A1:A3)",
            start + "a,b",  # quoted: the formula character after the opening quote
            start + 'say "hi"',
            start + "line\nbreak",
            start + "ร้องเรียน",
            "text\n" + start + "after a line break",  # not a cell's start: stays as it is
            "x," + start + "after a comma",  # inside a quoted cell: stays as it is
            '"' + start + "after a quote",
            " " + start + "after a space",
        ]
    cells += [
        "เรื่องร้องเรียน ผู้รับบริการ",
        'แจ้งว่า, "ด่วน"',
        "2026-01-05T09:03:04+07:00 | received\n2026-01-06T10:00:00+07:00 | in_progress | โทร",
        "\r\nstarts with a line break",
        "\nstarts with a newline",
        '"',
        '""',
        ",",
        "a\r\nb",
        "-5",
        "+66 81 234 5678",
        "08x-xxx-xx78",
    ]
    return cells


def compare(tmp_path: Path, rows: list[list[Any]], headers: list[str] | None = None) -> None:
    headers = headers or [f"c{index}" for index in range(max(len(row) for row in rows))]
    expected, written = tmp_path / "expected.csv", tmp_path / "written.csv"
    reference_csv(headers, rows, expected)
    count = write_rows(headers, [list(row) for row in rows], written)
    assert count == len(rows)
    assert written.read_bytes() == expected.read_bytes()


def test_every_tricky_cell_alone_in_its_row_is_written_as_the_guard_of_each_cell_writes_it(
    tmp_path: Path,
) -> None:
    compare(tmp_path, [[cell] for cell in tricky_cells()])


def test_every_tricky_cell_first_middle_and_last_in_a_row(tmp_path: Path) -> None:
    rows = []
    for cell in tricky_cells():
        rows += [[cell, "กลาง", 1], ["ต้น", cell, None], [None, 2, cell]]
    compare(tmp_path, rows)


def test_a_formula_in_one_batch_defuses_that_cell_only_and_clean_batches_stay_as_written(
    tmp_path: Path,
) -> None:
    batch = table_file._CSV_BATCH
    clean = [["2567/000001", "ทดสอบ", -1, None, 'เรื่อง, "ยาว"\nบรรทัดสอง']]
    rows = clean * (batch * 3 + 5)
    rows[batch - 1] = ['=HYPERLINK("x")', "ทดสอบ", 1, None, "ok"]  # last of the first batch
    rows[batch] = ["ok", "@SUM(A1)", 1, None, "ok"]  # first of the second
    rows[-1] = ["ok", "ok", 1, None, "\rcmd"]  # the last, alone in a short batch
    compare(tmp_path, rows)
    text = (tmp_path / "written.csv").read_bytes().decode("utf-8-sig")
    assert text.count("'=HYPERLINK") == 1 and text.count("'@SUM") == 1
    assert '"\'\rcmd"' in text


@pytest.mark.parametrize("seed", range(6))
def test_random_rows_of_special_characters_match_the_guard_of_each_cell(
    tmp_path: Path, seed: int
) -> None:
    """Cells made of the characters the CSV writer and the guard care about, in rows of every
    width, over several batches: the file is always the one the guard of each cell writes."""
    alphabet = ["=", "+", "-", "@", "\t", "\r", "\n", ",", '"', "'", " ", "ก", "ร", "1", "a"]
    rng = random.Random(seed)

    def cell() -> Any:
        kind = rng.random()
        if kind < 0.1:
            return None
        if kind < 0.2:
            return rng.choice([0, -1, 42, -7.5, 3.25])
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 5)))

    rows = [
        [cell() for _ in range(rng.randint(1, 6))] for _ in range(table_file._CSV_BATCH * 4 + 3)
    ]
    compare(tmp_path, rows)


def test_rows_without_any_formula_start_are_written_by_the_fast_path_unchanged(
    tmp_path: Path,
) -> None:
    """Thai texts, quoted cells, numbers and empty cells with nothing to defuse: the same file."""
    rows = [
        [f"2567/{index:06d}", "ร้องเรียนเรื่องน้ำประปา", 'ว่า "ด่วน", โปรด', None, index, 1.5,
         "2026-01-05T09:03:04+07:00 | received\n2026-01-06T10:00:00+07:00 | closed | จบ"]
        for index in range(table_file._CSV_BATCH * 2 + 1)
    ]  # fmt: skip
    compare(tmp_path, rows)


def test_an_empty_table_is_its_headings_only(tmp_path: Path) -> None:
    written = tmp_path / "empty.csv"
    assert write_rows(["a", "b"], iter([]), written) == 0
    assert written.read_bytes() == "\ufeffa,b\r\n".encode()
