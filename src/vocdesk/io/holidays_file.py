"""Reading the agency's public-holiday list from a CSV or Excel file (the Cabinet's yearly list).

Lunar holidays and substitution days move every year, so each agency loads the list itself. The
file has a heading row (row 1) with a date column ("date" or "วันที่") and a name column ("name",
"ชื่อวันหยุด" or "วันหยุด"); other columns are ignored. Dates are ISO yyyy-mm-dd, dd/mm/yyyy
(a year of 2400 or more is B.E.) or real Excel dates. CSV may be UTF-8 (with or without a
byte-order mark) or Thai Windows text (cp874).

All or nothing: every problem is collected with its row and column as the spreadsheet shows
them, and one ``UserError`` lists them all; a file with any problem returns nothing.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from vocdesk.domain.messages import QT_TRANSLATE_NOOP, Message, UserError, user_error
from vocdesk.domain.thai_dates import parse_thai_date

CONTEXT = "HolidayImport"
DATE_HEADERS = frozenset({"date", "day", "วันที่"})
NAME_HEADERS = frozenset({"name", "holiday", "ชื่อวันหยุด", "วันหยุด", "ชื่อ"})
NAME_MAX_LENGTH = 200  # the holiday table's column
MAX_LISTED_PROBLEMS = 20
EXCEL_SUFFIXES = frozenset({".xlsx", ".xlsm"})
CSV_ENCODINGS = ("utf-8-sig", "cp874")


@dataclass(frozen=True)
class HolidayRow:
    day: date
    name: str


def read_holidays(path: Path) -> list[HolidayRow]:
    """The holidays in ``path`` (CSV or XLSX), in file order.

    Raises one ``UserError`` (context "HolidayImport") that lists every problem found.
    """
    path = Path(path)
    cells = _read_excel(path) if path.suffix.lower() in EXCEL_SUFFIXES else _read_csv(path)
    return _holidays_from(cells, path)


# -- reading the cells ----------------------------------------------------------------------


def _cannot_read(path: Path, reason: str) -> UserError:
    return user_error(
        CONTEXT,
        QT_TRANSLATE_NOOP("HolidayImport", "The holiday list {path} could not be read: {reason}"),
        path=str(path),
        reason=reason,
    )


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise _cannot_read(path, exc.strerror or str(exc)) from exc


def _read_csv(path: Path) -> list[list[Any]]:
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
                "HolidayImport",
                "The holiday list {path} is neither UTF-8 nor Thai Windows (cp874) text. "
                "Save it from Excel as “CSV UTF-8” and try again.",
            ),
            path=str(path),
        )
    if "\x00" in text:  # a binary file that happened to decode
        raise _cannot_read(path, "not a CSV text file")
    first_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count)  # Excel in some locales writes ";"
    try:
        return [list(row) for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    except csv.Error as exc:
        raise _cannot_read(path, str(exc)) from exc


def _read_excel(path: Path) -> list[list[Any]]:
    import pandas as pd  # here, not at the top: pandas costs 0.35 s of the window's start

    _read_bytes(path)  # a missing or unreadable file says so in the user's words
    try:
        frame = pd.read_excel(path, header=None, dtype=object, sheet_name=0)
    except Exception as exc:  # noqa: BLE001 - openpyxl and zipfile raise many kinds
        raise _cannot_read(path, " ".join(str(exc).split()) or type(exc).__name__) from exc
    return [[None if _is_missing(value) else value for value in row] for row in frame.itertuples(index=False)]


def _is_missing(value: Any) -> bool:
    try:
        return bool(value != value)  # NaN and NaT are not equal to themselves
    except (TypeError, ValueError):
        return False


# -- checking the rows ----------------------------------------------------------------------


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _header_key(value: Any) -> str:
    return " ".join(_text(value).lstrip("\ufeff").lower().split())


def _find_column(headers: list[Any], names: frozenset[str]) -> int | None:
    for index, value in enumerate(headers):
        if _header_key(value) in names:
            return index
    return None


def _problem(row: int, column: int, text: str, **params: Any) -> Message:
    return Message(CONTEXT, text, {"row": row, "column": _column_letter(column), **params})


def _parse_day(value: Any) -> date:
    if isinstance(value, datetime):  # also pandas' Timestamp
        return value.date()
    if isinstance(value, date):
        return value
    return parse_thai_date(_text(value))


def _holidays_from(cells: list[list[Any]], path: Path) -> list[HolidayRow]:
    problems: list[Message] = []
    headers = cells[0] if cells else []
    date_col = _find_column(headers, DATE_HEADERS)
    name_col = _find_column(headers, NAME_HEADERS)
    if not any(_text(value) for row in cells for value in row):
        raise user_error(
            CONTEXT,
            QT_TRANSLATE_NOOP("HolidayImport", "The holiday list {path} is empty."),
            path=str(path),
        )
    if date_col is None:
        problems.append(Message(CONTEXT, QT_TRANSLATE_NOOP(
            "HolidayImport", "Row 1: there is no date column (a heading “date” or “วันที่”)."
        )))  # fmt: skip
    if name_col is None:
        problems.append(Message(CONTEXT, QT_TRANSLATE_NOOP(
            "HolidayImport",
            "Row 1: there is no holiday name column (a heading “name”, “ชื่อวันหยุด” or “วันหยุด”).",
        )))  # fmt: skip
    if date_col is None or name_col is None:
        raise _problems_error(path, problems)

    holidays: list[HolidayRow] = []
    first_row_of: dict[date, int] = {}
    for number, row in enumerate(cells[1:], start=2):
        raw_day = row[date_col] if date_col < len(row) else None
        name = _text(row[name_col] if name_col < len(row) else None)
        if not _text(raw_day) and not name:
            continue  # a blank line: spreadsheets often leave some at the end
        day: date | None = None
        try:
            day = _parse_day(raw_day)
        except UserError as error:
            problems.append(_problem(
                number, date_col, QT_TRANSLATE_NOOP("HolidayImport", "Row {row}, column {column}: {problem}"),
                problem=error.message,
            ))  # fmt: skip
        if not name:
            problems.append(_problem(
                number, name_col,
                QT_TRANSLATE_NOOP("HolidayImport", "Row {row}, column {column}: the holiday has no name."),
            ))  # fmt: skip
        elif len(name) > NAME_MAX_LENGTH:
            problems.append(_problem(
                number, name_col,
                QT_TRANSLATE_NOOP(
                    "HolidayImport", "Row {row}, column {column}: the name is longer than {limit} characters."
                ),
                limit=NAME_MAX_LENGTH,
            ))  # fmt: skip
        if day is None:
            continue
        if day in first_row_of:
            problems.append(_problem(
                number, date_col,
                QT_TRANSLATE_NOOP(
                    "HolidayImport", "Row {row}, column {column}: {date} is already listed on row {first_row}."
                ),
                date=day.isoformat(), first_row=first_row_of[day],
            ))  # fmt: skip
            continue
        first_row_of[day] = number
        if name and len(name) <= NAME_MAX_LENGTH:
            holidays.append(HolidayRow(day, name))
    if problems:
        raise _problems_error(path, problems)
    if not holidays:
        raise user_error(
            CONTEXT,
            QT_TRANSLATE_NOOP("HolidayImport", "The holiday list {path} has a heading row but no holidays."),
            path=str(path),
        )
    return holidays


def _problems_error(path: Path, problems: list[Message]) -> UserError:
    """One error listing the first problems, one per line, and how many more there are."""
    listed: list[Message] = problems[:MAX_LISTED_PROBLEMS]
    if len(problems) > MAX_LISTED_PROBLEMS:
        listed.append(Message(
            CONTEXT, QT_TRANSLATE_NOOP("HolidayImport", "… and {count} more problems."),
            {"count": len(problems) - MAX_LISTED_PROBLEMS},
        ))  # fmt: skip
    return user_error(
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "HolidayImport",
            "Nothing was imported: the holiday list {path} has {count} problems. "
            "Correct them and import the whole file again.\n{problems}",
        ),
        path=str(path),
        count=len(problems),
        problems=listed,
    )
