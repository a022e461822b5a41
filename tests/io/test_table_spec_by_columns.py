"""``check_sheet`` reads a sheet a column at a time, by each parser's quick reader for a whole
column (``cells.column_reader``), and row by row in a chunk where a cell has a problem (issue 18):
the values, their types, the problems and their order, and the progress must be exactly what
reading each cell with its parser gives."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from vocdesk.domain.enums import ComplaintStatus, Sentiment
from vocdesk.io.cells import (
    CellError,
    column_reader,
    enum_parser,
    int_parser,
    parse_bool,
    parse_date,
    parse_datetime,
    parse_text,
    text_parser,
)
from vocdesk.io.sheet import Sheet, SheetRow, cell_text
from vocdesk.io.table_spec import CHUNK, Column, Problem, TableSpec, check_sheet
from vocdesk.services.complaints.transfer_columns import STATUS_WORDS, complaint_spec

# Cells of every form a CSV or a workbook gives: trimmed or not, guard-quoted, Thai digits,
# B.E. years, numbers and moments from a workbook, empty ones.
ODD_CELLS: list[Any] = [
    None, "", "   ", "yes", " Yes ", "NO", "ใช่", "-", "x", "0", "1", "5", " 5", "05", "๓", "12",
    "2026-01-05", "2569-01-05", "05/01/2569", "5/1/2026 0:00", "45000",
    "2026-01-05T09:00:00+07:00", "2026-01-05T09:00:00.5+07:00", " 2026-01-05 09:00 ",
    "2569-01-05 09:00", "2026-01-05T02:00:00Z", "05/01/2569 09:30", "2026-13-05T09:00:00",
    "in_progress", "In Progress", "  ยุติเรื่อง ", "received", "'received", "'=SUM(A1)",
    "'=x\nline", "line\n'=x", "ok\n'plain", "'plain", "a" * 41, "ตัวอักษร" * 6, 7, 7.0, 7.5,
    True, False, date(2026, 1, 5), datetime(2026, 1, 5, 9, 30), "positive", "Neutral",
]  # fmt: skip

PARSERS = {
    "text": parse_text,
    "text40": text_parser(40),
    "int1-5": int_parser(1, 5),
    "int0-1000": int_parser(0, 1000),
    "bool": parse_bool,
    "date": parse_date,
    "moment": parse_datetime,
    "status": enum_parser(ComplaintStatus, STATUS_WORDS),
    "sentiment": enum_parser(Sentiment),
}


def _one_by_one(parse: Any, cells: list[Any]) -> list[Any] | None:
    """The long way: each filled cell by its parser; None if any cell has a problem."""
    values = []
    for cell in cells:
        if cell is None or not cell_text(cell):
            values.append(None)
            continue
        try:
            values.append(parse(cell))
        except CellError:
            return None
    return values


def _typed(values: list[Any]) -> list[tuple[Any, type, Any]]:
    return [(value, type(value), getattr(value, "tzinfo", None)) for value in values]


@pytest.mark.parametrize("name", PARSERS)
def test_a_quick_reader_reads_each_cell_as_its_parser_or_declines(name: str) -> None:
    parse = PARSERS[name]
    read = column_reader(parse)
    assert read is not None
    for cell in ODD_CELLS:
        expected = _one_by_one(parse, [cell])
        got = read([cell])
        if got is not None:  # declining is always allowed: the caller goes cell by cell
            assert expected is not None, (name, cell)
            assert _typed(got) == _typed(expected), (name, cell)
    # A column of good cells (as an export writes them) is read at once.
    good = {"text": [" a ", "", "ข\nค"], "text40": ["a", "  "], "int1-5": ["1", "5", ""],
            "int0-1000": ["0", "999", ""], "bool": ["yes", "no", "", "ใช่"],
            "date": ["2026-01-05", ""], "moment": ["2026-01-05T09:00:00+07:00", "", "2026-01-05T09:00:00+07:00"],
            "status": ["in_progress", "ยุติเรื่อง", ""], "sentiment": ["positive", ""]}[name]  # fmt: skip
    got = read(good)
    assert got is not None
    assert _typed(got) == _typed(_one_by_one(parse, good) or [])


def test_a_parser_without_a_quick_reader_has_none() -> None:
    assert column_reader(lambda value: value) is None
    assert column_reader(str.upper) is None


SPEC = TableSpec(
    "visits",
    (
        Column("visited_on", "visited on", "วันที่เยี่ยม", "The day.", parse_date, required=True),
        Column("at", "at", "เวลา", "When.", parse_datetime),
        Column("score", "score", "คะแนน", "1-5.", int_parser(1, 5)),
        Column("sentiment", "sentiment", "ความรู้สึก", "A word.", enum_parser(Sentiment)),
        Column("ok", "ok", "ตกลง", "yes/no.", parse_bool),
        Column("note", "note", "หมายเหตุ", "Free text.", text_parser(20)),
        Column("wide", "wide", "กว้าง", "Not in the file."),
    ),
)


def _sheet(rows: list[list[Any]]) -> Sheet:
    headers = ["visited on", "at", "score", "sentiment", "ok", "note"]
    return Sheet(Path("visits.csv"), headers, [SheetRow(n + 2, row) for n, row in enumerate(rows)])


def _reference(sheet: Sheet) -> tuple[list[tuple[int, dict[str, Any]]], list[Problem]]:
    """Every row, every cell by its parser, in order (what check_sheet did before issue 18)."""
    rows, problems = [], []
    columns = {key: index for index, key in enumerate(["visited_on", "at", "score", "sentiment", "ok", "note"])}  # fmt: skip
    letters = "ABCDEF"
    for sheet_row in sheet.rows:
        values: dict[str, Any] = {"wide": None}
        for column in SPEC.columns:
            if column.key not in columns:
                continue
            index = columns[column.key]
            raw = sheet_row.cells[index] if index < len(sheet_row.cells) else None
            if raw is None or not cell_text(raw):
                values[column.key] = None
                if column.required:
                    problems.append(Problem(sheet_row.number, letters[index], None))  # type: ignore[arg-type]
                continue
            try:
                values[column.key] = column.parse(raw)
            except CellError:
                values[column.key] = None
                problems.append(Problem(sheet_row.number, letters[index], None))  # type: ignore[arg-type]
        rows.append((sheet_row.number, values))
    return rows, problems


def _rows(count: int) -> list[list[Any]]:
    return [
        [f"2026-{1 + n % 12:02d}-{1 + n % 28:02d}", f"2026-01-05T{n % 24:02d}:00:00+07:00",
         str(1 + n % 5), ("positive", "neutral", "negative")[n % 3], ("yes", "no", "")[n % 3],
         f" note {n} " if n % 4 else ""]
        for n in range(count)
    ]  # fmt: skip


def _compare(sheet: Sheet) -> None:
    calls: list[tuple[int, int]] = []
    table = check_sheet(sheet, SPEC, progress=lambda done, total: calls.append((done, total)))
    rows, problems = _reference(sheet)
    assert [(r.number, list(r.values)) for r in table.rows] == [
        (n, ["wide", "visited_on", "at", "score", "sentiment", "ok", "note"]) for n, _ in rows
    ]  # the keys in the same order: the absent columns first
    assert [(r.number, _typed(list(r.values.values()))) for r in table.rows] == [
        (n, _typed([v["wide"], *(v[k] for k in ("visited_on", "at", "score", "sentiment", "ok", "note"))]))
        for n, v in rows
    ]  # fmt: skip
    assert [(p.row, p.column) for p in table.problems] == [(p.row, p.column) for p in problems]
    total = len(sheet.rows)
    assert calls == [
        (done, total) for done in range(1, total + 1) if done % 1000 == 0 or done == total
    ]


def test_a_clean_sheet_reads_as_each_cell_alone() -> None:
    _compare(_sheet(_rows(CHUNK * 2 + 345)))


def test_problems_come_in_the_order_of_rows_and_columns_whatever_the_chunk() -> None:
    rows = _rows(CHUNK * 3 + 10)
    rows[5][0] = ""  # required
    rows[1500][2] = "9"
    rows[1500][1] = "not a moment"
    rows[1501][3] = "glad"
    rows[2999][4] = "maybe"
    rows[3005][5] = "x" * 21
    rows[3006] = rows[3006][:2]  # a short row: its other cells empty
    rows[3007][5] = "'=1+1"  # a guard quote taken off
    rows[3008][5] = 12.0  # a workbook's number
    _compare(_sheet(rows))


def test_odd_cells_in_a_clean_chunk_read_as_each_alone() -> None:
    rows = _rows(40)
    rows[3][5] = "'=1+1"
    rows[4][5] = "  "
    rows[5][2] = 3  # a workbook's number
    rows[6][0] = date(2026, 2, 1)
    rows[7][1] = datetime(2026, 2, 1, 9, 0)
    rows[8][4] = " YES "
    rows[9][3] = " Positive "
    rows[10][1] = "01/02/2569 09:00"
    rows[11] = rows[11][:4]
    _compare(_sheet(rows))


def test_the_complaint_columns_read_by_columns_as_cell_by_cell(tmp_path: Path) -> None:
    spec = complaint_spec()
    headers = [column.header for column in spec.columns]
    row = {"number": "2569/000001", "received": "2026-01-05T09:00:00+07:00", "channel": "phone",
           "subject": "รอคิวนาน", "status": "in_progress", "priority": "high", "anonymous": "no",
           "confidential": "yes", "resolved": "2026-01-09T17:00:00+07:00", "due": "2026-01-26",
           "follow-up score": "4", "reopened": "0", "agencies": "กรมการขนส่งทางบก; สตช.",
           "history": "2026-01-05T09:00:00+07:00 | received | รับเรื่อง\n"
                      "2026-01-06T10:00:00+07:00 | in_progress | ",
           "contact": "081-234-5678"}  # fmt: skip
    cells = [[row.get(header, "") for header in headers] for _ in range(3)]
    cells[1][headers.index("history")] = ""
    table = check_sheet(Sheet(tmp_path / "c.csv", headers, [SheetRow(n + 2, c) for n, c in enumerate(cells)]), spec)  # fmt: skip
    assert not table.problems
    for checked, raw in zip(table.rows, cells, strict=True):
        for column in spec.columns:
            cell = raw[headers.index(column.header)]
            expected = column.parse(cell) if cell_text(cell) else None
            assert checked.values[column.key] == expected
            assert type(checked.values[column.key]) is type(expected)
    line = table.rows[0].values["history"][1]
    assert (line.changed_at, line.status, line.note) == (
        datetime(2026, 1, 6, 3, tzinfo=UTC), ComplaintStatus.IN_PROGRESS, "")  # fmt: skip


def test_a_sheet_with_no_column_of_the_spec_gives_rows_of_nothing() -> None:
    spec = TableSpec("notes", (Column("note", "note", "หมายเหตุ", "Free text."),))
    sheet = Sheet(Path("junk.csv"), ["\x01"], [SheetRow(n + 2, ["\x01"]) for n in range(3)])
    table = check_sheet(sheet, spec)
    assert [(row.number, row.values) for row in table.rows] == [
        (n + 2, {"note": None}) for n in range(3)
    ]
    assert not table.problems
