"""Reading the cells of a CSV or Excel file that a user brings to import.

Thai offices produce CSV as UTF-8 (with or without a byte-order mark) or as Thai Windows text
(cp874, which is TIS-620 plus a few signs), separated by commas, semicolons or tabs, and XLSX from
Excel. This module only reads: it returns the heading row and the data rows with the row numbers
the spreadsheet shows, and refuses a file it cannot read with a message in the user's words.
Checking the values is ``vocdesk.io.table_spec``'s work.
"""

from __future__ import annotations

import csv
import io
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


def _read_csv(path: Path) -> tuple[list[list[Any]], str]:
    data = _read_bytes(path)
    for encoding in CSV_ENCODINGS:
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise user_error(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "SheetReader",
                "The file {path} is neither UTF-8 nor Thai Windows (cp874) text. "
                "Save it from Excel as “CSV UTF-8” and try again.",
            ),
            path=str(path),
        )
    if "\x00" in text:  # a binary file that happened to decode
        raise _cannot_read(path, "not a CSV text file")
    first_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count)  # Excel in some locales writes ";"
    csv.field_size_limit(max(csv.field_size_limit(), CSV_CELL_LIMIT))
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)), encoding
    except csv.Error as exc:
        raise _cannot_read(path, str(exc)) from exc


def _read_excel(path: Path) -> list[list[Any]]:
    # openpyxl's streaming reader, not pandas: less memory on big sheets, and no pandas import.
    from openpyxl import load_workbook

    _read_bytes(path)  # a missing or unreadable file says so in the user's words
    try:
        book = load_workbook(path, read_only=True, data_only=True)
        try:
            sheet = book.worksheets[0]
            return [
                [None if _is_missing(value) else value for value in row]
                for row in sheet.iter_rows(values_only=True)
            ]
        finally:
            book.close()
    except Exception as exc:  # noqa: BLE001 - openpyxl and zipfile raise many kinds
        raise _cannot_read(path, " ".join(str(exc).split()) or type(exc).__name__) from exc


def _is_missing(value: Any) -> bool:
    try:
        return bool(value != value)  # NaN and NaT are not equal to themselves
    except (TypeError, ValueError):
        return False
