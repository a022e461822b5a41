"""Reading the cells of a user's CSV or Excel file: encodings, separators, row numbers, refusals."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from vocdesk.domain.messages import UserError
from vocdesk.io.sheet import CSV_CELL_LIMIT, cell_text, column_letter, read_sheet
from vocdesk.io.table_file import write_rows

THAI = "ชื่อ,จังหวัด\nสมชาย ใจดี,เชียงใหม่\n"


@pytest.mark.parametrize(
    ("encoded", "encoding"),
    [
        (THAI.encode("utf-8"), "utf-8-sig"),
        (THAI.encode("utf-8-sig"), "utf-8-sig"),
        (THAI.replace("\n", "\r\n").encode("cp874"), "cp874"),
    ],
    ids=["utf-8", "utf-8 with BOM", "cp874 with CRLF"],
)
def test_thai_csv_in_every_encoding_offices_produce(
    tmp_path: Path, encoded: bytes, encoding: str
) -> None:
    source = tmp_path / "people.csv"
    source.write_bytes(encoded)

    sheet = read_sheet(source)

    assert sheet.headers == ["ชื่อ", "จังหวัด"]
    assert [row.cells for row in sheet.rows] == [["สมชาย ใจดี", "เชียงใหม่"]]
    assert sheet.encoding == encoding


@pytest.mark.parametrize("separator", [";", "\t"])
def test_semicolon_and_tab_separated_files_are_recognised(tmp_path: Path, separator: str) -> None:
    source = tmp_path / "people.csv"
    source.write_text(f"name{separator}note\nA{separator}x, y\n", encoding="utf-8")

    sheet = read_sheet(source)

    assert sheet.headers == ["name", "note"]
    assert sheet.rows[0].cells == ["A", "x, y"]


def test_blank_rows_are_skipped_and_row_numbers_stay_those_of_the_spreadsheet(
    tmp_path: Path,
) -> None:
    source = tmp_path / "people.csv"
    source.write_text('name,note\n\nA,1\n,\n"B","two\nlines"\nC,3\n', encoding="utf-8")

    sheet = read_sheet(source)

    # A quoted cell with a line break is one row of the spreadsheet: csv counts records, as Excel does.
    assert [(row.number, row.cells[0]) for row in sheet.rows] == [(3, "A"), (5, "B"), (6, "C")]
    assert sheet.rows[1].cells[1] == "two\nlines"
    assert len(sheet) == 3 and sheet.preview(2) == sheet.rows[:2]


def test_an_xlsx_keeps_dates_and_numbers_and_reads_the_first_sheet(tmp_path: Path) -> None:
    source = tmp_path / "people.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.append(["name", "received", "score"])
    sheet.append(["สมหญิง", datetime(2026, 3, 1, 9, 30), 4])
    sheet.append([None, None, None])
    sheet.append(["B", "01/03/2569", 4.5])
    book.create_sheet("other").append(["ignored"])
    book.save(source)

    read = read_sheet(source)

    assert read.headers == ["name", "received", "score"]
    assert read.encoding is None
    assert [row.number for row in read.rows] == [2, 4]
    assert read.rows[0].cells[1] == datetime(2026, 3, 1, 9, 30)
    assert read.rows[0].cells[2] == 4 and read.rows[1].cells[2] == 4.5


@pytest.mark.parametrize("content", [b"", b"\n\r\n", b" , \n"])
def test_an_empty_file_is_refused(tmp_path: Path, content: bytes) -> None:
    source = tmp_path / "empty.csv"
    source.write_bytes(content)

    with pytest.raises(UserError, match="is empty"):
        read_sheet(source)


def test_headings_below_row_1_are_refused_with_where_they_must_be(tmp_path: Path) -> None:
    source = tmp_path / "titled.csv"
    source.write_text("\n\nname,phone\nA,1\n", encoding="utf-8")

    with pytest.raises(UserError, match="headings in row 1"):
        read_sheet(source)


def test_files_that_are_no_text_or_no_workbook_are_refused_in_the_users_words(
    tmp_path: Path,
) -> None:
    utf16 = tmp_path / "utf16.csv"
    utf16.write_bytes("name\nA\n".encode("utf-16"))
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"name\x00\x01\x02\n")
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK not really a zip")

    with pytest.raises(UserError, match="neither UTF-8 nor Thai Windows"):
        read_sheet(utf16)
    with pytest.raises(UserError, match="could not be read: not a CSV text file"):
        read_sheet(binary)
    with pytest.raises(UserError, match="could not be read"):
        read_sheet(broken)
    with pytest.raises(UserError, match="could not be read"):
        read_sheet(tmp_path / "absent.csv")


def test_a_huge_cell_is_read_whole_and_one_beyond_the_limit_is_refused_cleanly(
    tmp_path: Path,
) -> None:
    big = "ก" * 300_000  # longer than csv's own default limit (131,072)
    source = tmp_path / "notes.csv"
    source.write_text(f"note\n{big}\n", encoding="utf-8")
    too_big = tmp_path / "too-big.csv"
    too_big.write_text(f"note\n{'x' * (CSV_CELL_LIMIT + 10)}\n", encoding="utf-8")

    assert read_sheet(source).rows[0].cells[0] == big
    with pytest.raises(UserError, match="row 2, column A holds 1000010 characters"):
        read_sheet(too_big)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_texts_a_spreadsheet_would_run_as_formulas_round_trip_through_write_rows(
    tmp_path: Path, suffix: str
) -> None:
    texts = ["=SUM(A1:A2)", "+66 81 234 5678", "-ไม่มี-", "@mention", "ปกติ"]
    target = tmp_path / f"out{suffix}"

    assert write_rows(["text", "number"], ([text, 7] for text in texts), target) == len(texts)
    sheet = read_sheet(target)

    assert sheet.headers == ["text", "number"]
    assert [cell_text(row.cells[0]) for row in sheet.rows] == texts
    assert [cell_text(row.cells[1]) for row in sheet.rows] == ["7"] * len(texts)
    if suffix == ".csv":
        assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads Thai only with the BOM
        assert "'=SUM(A1:A2)" in target.read_text(encoding="utf-8-sig")


def test_cell_text_trims_and_writes_whole_floats_as_integers() -> None:
    assert cell_text(None) == ""
    assert cell_text("  ก ข  ") == "ก ข"
    assert cell_text(12.0) == "12" and cell_text(12.5) == "12.5"
    assert cell_text("'=x") == "=x" and cell_text("'abc") == "'abc"


def test_column_letters_are_those_of_the_spreadsheet() -> None:
    assert [column_letter(i) for i in (0, 1, 25, 26, 27, 51, 52, 701, 702)] == [
        "A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"
    ]  # fmt: skip
