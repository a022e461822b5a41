"""Reading the cells of a CSV or Excel file that a user brings to import.

Thai offices produce CSV as UTF-8 (with or without a byte-order mark) or as Thai Windows text
(cp874, which is TIS-620 plus a few signs), separated by commas, semicolons or tabs, and XLSX from
Excel. This module only reads: it returns the heading row and the data rows with the row numbers
the spreadsheet shows, and refuses a file it cannot read with a message in the user's words.
Checking the values is ``vocdesk.io.table_spec``'s work.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from vocdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, user_error

CONTEXT = "SheetReader"
EXCEL_SUFFIXES = frozenset({".xlsx", ".xlsm"})
CSV_ENCODINGS = ("utf-8-sig", "cp874")
CSV_CELL_LIMIT = (
    1_000_000  # characters; csv's own limit (131,072) would refuse long notes as "broken"
)


class SheetRow(NamedTuple):  # a tuple, not a dataclass: a million of them are made per big import
    number: int  # the row number the spreadsheet shows; the heading row is 1
    cells: list[Any]

    def cell(self, index: int) -> Any:
        return self.cells[index] if 0 <= index < len(self.cells) else None


@dataclass(frozen=True)
class Sheet:
    """The heading row and the data rows of one file (the first sheet of a workbook)."""

    path: Path
    headers: list[str]
    rows: list[SheetRow] = field(repr=False)
    encoding: str | None = None  # the CSV's text encoding; None for a workbook

    def __len__(self) -> int:
        return len(self.rows)

    def preview(self, count: int = 20) -> list[SheetRow]:
        return self.rows[:count]


def read_sheet(path: Path) -> Sheet:
    """The cells of ``path`` (CSV or XLSX). Blank rows are left out; row numbers stay true.

    Raises ``UserError`` (context "SheetReader") when the file is missing, unreadable, in an
    unknown text encoding, broken, or has no heading row.
    """
    path = Path(path)
    if path.suffix.lower() in EXCEL_SUFFIXES:
        raw, encoding = _read_excel(path), None
        numbered = [(number, row) for number, row in enumerate(raw, start=1) if _row_filled(row)]
    else:
        raw, encoding = _read_csv(path)  # texts only: one join tells a blank row
        numbered = [
            (number, row) for number, row in enumerate(raw, start=1) if "".join(row).strip()
        ]
    if not numbered:
        raise user_error(
            CONTEXT, QT_TRANSLATE_NOOP("SheetReader", "The file {path} is empty."), path=str(path)
        )
    heading_number, heading = numbered[0]
    headers = [cell_text(value).lstrip("\ufeff") for value in heading]
    if heading_number != 1 or not any(headers):
        raise user_error(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "SheetReader", "The file {path} must have its column headings in row 1."
            ),
            path=str(path),
        )
    return Sheet(path, headers, [SheetRow(number, row) for number, row in numbered[1:]], encoding)


def cell_text(value: Any) -> str:
    """A cell as trimmed text: None is "", 12.0 is "12", a CSV's guarded "'=x" is "=x" again."""
    if type(value) is str:  # the common case first: every CSV cell is one (checked per cell)
        text = value.strip()
        if not text.startswith("'"):
            return text
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value).strip()
    if len(text) > 2 and text[0] == "'" and text[1] in "=+-@\t\r":
        return text[1:].strip()  # table_file writes formula-like texts with a guard quote
    return text


def column_letter(index: int) -> str:
    """The spreadsheet's letter for a 0-based column index: 0 is A, 26 is AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


# -- reading --------------------------------------------------------------------------------


def _row_filled(row: list[Any]) -> bool:
    for value in row:
        if value is not None and (value.strip() if type(value) is str else cell_text(value)):
            return True
    return False


def _cannot_read(path: Path, reason: str) -> UserError:
    return user_error(
        CONTEXT,
        QT_TRANSLATE_NOOP("SheetReader", "The file {path} could not be read: {reason}"),
        path=str(path),
        reason=reason,
    )


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise _cannot_read(path, exc.strerror or str(exc)) from exc


def _check_readable(path: Path) -> None:
    """A missing or unreadable file says so in the user's words (without reading it all)."""
    try:
        with path.open("rb"):
            pass
    except OSError as exc:
        raise _cannot_read(path, exc.strerror or str(exc)) from exc


def _read_csv(path: Path) -> tuple[list[list[Any]], str]:
    data = _read_bytes(path)
    text, encoding = _decode_csv(path, data)
    if "\x00" in text:  # a binary file that happened to decode
        raise _cannot_read(path, "not a CSV text file")
    delimiter = _delimiter(text)
    csv.field_size_limit(max(csv.field_size_limit(), CSV_CELL_LIMIT))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return list(reader), encoding
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise _cell_too_long(path, text, delimiter) from exc
        raise user_error(
            CONTEXT,
            QT_TRANSLATE_NOOP("SheetReader", "The file {path} could not be read at line {line}: {reason}"),
            path=str(path), line=reader.line_num, reason=str(exc),
        ) from exc  # fmt: skip


def _delimiter(text: str) -> str:
    first_line = text.split("\n", 1)[0]
    return max(",;\t", key=first_line.count)  # Excel in some locales writes ";"


def _decode_csv(path: Path, data: bytes) -> tuple[str, str]:
    """The text of a CSV in UTF-8 or cp874; a file that mixes them is refused, never guessed.

    Every cp874 byte string that is not plain ASCII fails as UTF-8 in practice, so a file that
    is not UTF-8 is read as cp874, unless some of its rows are good UTF-8 Thai: then it was
    pieced together from two sources (or edited by a program that saved in the other
    encoding), and either reading would garble part of it silently.
    """
    try:
        return data.decode("utf-8-sig"), "utf-8-sig"
    except UnicodeDecodeError:
        pass
    mixed = _mixed_encoding_row(data)
    if mixed is not None:
        row, cell = mixed
        raise user_error(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "SheetReader",
                "The file {path} mixes two text encodings: some rows are UTF-8, but row {row} "
                "is not (it reads as “{as_utf8}” in UTF-8 and as “{as_cp874}” in Thai Windows "
                "text). Nothing was read. Save the whole file again from one program as "
                "“CSV UTF-8” and import it again.",
            ),
            path=str(path), row=row, as_utf8=_sample(cell.encode("utf-8", "surrogateescape"), "utf-8"),
            as_cp874=_sample(cell.encode("utf-8", "surrogateescape"), "cp874"),
        )  # fmt: skip
    try:
        return data.decode("cp874"), "cp874"
    except UnicodeDecodeError:
        raise user_error(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "SheetReader",
                "The file {path} is neither UTF-8 nor Thai Windows (cp874) text. "
                "Save it from Excel as “CSV UTF-8” and try again.",
            ),
            path=str(path),
        ) from None


_UNDECODED = re.compile("[\udc80-\udcff]")


def _mixed_encoding_row(data: bytes) -> tuple[int, str] | None:
    """(row number, first undecodable cell) when some rows are UTF-8 text beyond ASCII and
    some are not UTF-8 at all; None when the file is plainly not UTF-8."""
    utf8_seen = data.startswith(codecs.BOM_UTF8)
    text = data.decode("utf-8-sig", errors="surrogateescape")
    first_bad: tuple[int, str] | None = None
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    csv.field_size_limit(sys.maxsize)
    try:
        for number, row in enumerate(reader, start=1):
            joined = "".join(row)
            if joined.isascii():
                continue
            if _UNDECODED.search(joined):
                if first_bad is None:
                    first_bad = (number, next(c for c in row if _UNDECODED.search(c)))
            elif all(unicodedata.category(ch) != "Cn" for ch in joined if not ch.isascii()):
                utf8_seen = True  # real UTF-8 Thai, not cp874 bytes that happen to decode
            if utf8_seen and first_bad is not None:
                return first_bad
    except csv.Error:
        return None  # _read_csv reports a broken file itself
    finally:
        csv.field_size_limit(max(CSV_CELL_LIMIT, 131_072))
    return None


def _sample(raw: bytes, encoding: str) -> str:
    text = " ".join(raw.decode(encoding, errors="replace").split())
    return text if len(text) <= 40 else text[:39] + "…"


def _cell_too_long(path: Path, text: str, delimiter: str) -> UserError:
    """Which cell is over ``CSV_CELL_LIMIT``, by row and column, for the user to shorten."""
    csv.field_size_limit(sys.maxsize)
    try:
        for number, row in enumerate(
            csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), start=1
        ):
            for index, cell in enumerate(row):
                if len(cell) > CSV_CELL_LIMIT:
                    return user_error(
                        CONTEXT,
                        QT_TRANSLATE_NOOP(
                            "SheetReader",
                            "The file {path} was not read: row {row}, column {column} holds "
                            "{length} characters, and a cell may hold at most {limit}. "
                            "Shorten it and import the file again.",
                        ),
                        path=str(path), row=number, column=column_letter(index),
                        length=len(cell), limit=CSV_CELL_LIMIT,
                    )  # fmt: skip
    finally:
        csv.field_size_limit(max(CSV_CELL_LIMIT, 131_072))
    return _cannot_read(path, "a cell is too long")


def _read_excel(path: Path) -> list[list[Any]]:
    """The first sheet's rows, as wide as its heading row.

    openpyxl's streaming reader (not pandas: less memory, and no pandas import), asked for no
    column past the last heading: a sheet with one stray cell in column XFD otherwise gives
    every row 16,384 cells (20,000 such rows took 2.8 GB). Cells beyond the headings belong
    to no column and are not imported anyway.
    """
    from openpyxl import load_workbook

    _check_readable(path)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
        try:
            sheet = book.worksheets[0]
            heading = next(sheet.iter_rows(max_row=1, values_only=True), ())
            heading_row = [None if _is_missing(value) else value for value in heading]
            width = max((i + 1 for i, v in enumerate(heading_row) if cell_text(v)), default=0)
            if not width:  # no headings in row 1: tell "empty" from "headings elsewhere"
                later = sheet.iter_rows(min_row=2, values_only=True)
                filled = next((list(row) for row in later if _row_filled(list(row))), None)
                return [[]] if filled is None else [[], filled]
            rows = [heading_row[:width]]
            for row in sheet.iter_rows(min_row=2, max_col=width, values_only=True):
                rows.append([None if _is_missing(value) else value for value in row])
            return rows
        finally:
            book.close()
    except Exception as exc:  # noqa: BLE001 - openpyxl and zipfile raise many kinds
        raise _cannot_read(path, " ".join(str(exc).split()) or type(exc).__name__) from exc


def _is_missing(value: Any) -> bool:
    try:
        return bool(value != value)  # NaN and NaT are not equal to themselves
    except (TypeError, ValueError):
        return False
