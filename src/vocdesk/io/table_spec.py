"""What an importable table looks like, and checking a whole sheet against it.

Every import (stakeholders, feedback, complaints, ...) declares a ``TableSpec``: its columns, the
headings accepted for each in English and Thai, which are required, and how each cell is read
(``vocdesk.io.cells``). ``match_columns`` maps a file's headings to the columns (the user may
correct the mapping in the window), and ``check_sheet`` reads every row, collecting every problem
with its row number and column letter as the spreadsheet shows them. Imports are all or nothing:
a caller writes only when ``CheckedTable.problems`` is empty, and ``problems_error`` turns the
problems into one message for the user.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vocdesk.domain.messages import QT_TRANSLATE_NOOP, Message, UserError, user_error
from vocdesk.domain.pdpa.masking import PersonalField, looks_masked
from vocdesk.io.cells import CellError, ColumnReader, Parser, column_reader, parse_text
from vocdesk.io.collector import collector_paused
from vocdesk.io.sheet import Sheet, cell_text, column_letter

CONTEXT = "TableCheck"
MAX_LISTED_PROBLEMS = 30
# Problems kept by row and column (the wizard lists 1,000 and saves them all); past this, only
# counted ("… and N more"): a sheet with a fault in each of a million rows must not hold (or
# print) a million messages.
MAX_KEPT_PROBLEMS = 10_000
# Rows checked a column at a time (``check_sheet``): the progress is told after each such chunk.
CHUNK = 1000
# Characters no one sees, which a heading copied from a web page or a Word file may carry.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f"))


@dataclass(frozen=True)
class Column:
    """One column of an importable (and exportable) table."""

    key: str  # the record's field, e.g. "national_id"
    header: str  # the heading exports write, and the first accepted: English, lower case
    header_th: str  # the Thai heading, also accepted
    description: str  # for docs/import-columns.md: what goes in, and the accepted values
    parse: Parser = parse_text
    required: bool = False
    aliases: tuple[str, ...] = ()  # more headings seen in agencies' files
    # The kind of personal identifier the column holds: a masked export masks it (PDPA).
    personal: PersonalField | None = None

    def accepts(self, heading: str) -> bool:
        key = _match_key(heading)
        return key in {
            _match_key(h) for h in (self.key, self.header, self.header_th, *self.aliases)
        }


@dataclass(frozen=True)
class TableSpec:
    """The columns of one kind of import. ``context`` names the kind in messages."""

    kind: str  # "stakeholders": the word of `vocdesk import KIND`
    columns: tuple[Column, ...]

    def column(self, key: str) -> Column:
        for column in self.columns:
            if column.key == key:
                return column
        raise KeyError(key)

    @property
    def headers(self) -> list[str]:
        return [column.header for column in self.columns]


ColumnMapping = Mapping[str, int]  # a column's key -> the file's 0-based column index


@dataclass(frozen=True)
class Problem:
    """One thing wrong in the file; ``row`` 1 is the heading row, None the file as a whole."""

    row: int | None
    column: str | None  # the spreadsheet's letter, e.g. "C"
    message: Message

    def as_message(self) -> Message:
        if self.row is None:
            return self.message
        if self.column is None:
            return Message(CONTEXT, QT_TRANSLATE_NOOP("TableCheck", "Row {row}: {problem}"),
                           {"row": self.row, "problem": self.message})  # fmt: skip
        return Message(
            CONTEXT,
            QT_TRANSLATE_NOOP("TableCheck", "Row {row}, column {column}: {problem}"),
            {"row": self.row, "column": self.column, "problem": self.message},
        )


@dataclass(frozen=True)
class CheckedRow:
    number: int  # the spreadsheet's row number
    values: dict[str, Any]  # by column key; a column the file lacks, or an empty cell, is None
    letters: dict[str, str]  # by column key: where the value came from, for later problems

    def problem(self, key: str | None, message: Message) -> Problem:
        return Problem(self.number, self.letters.get(key) if key else None, message)


@dataclass
class CheckedTable:
    spec: TableSpec
    path: Path
    rows: list[CheckedRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    more_problems: int = 0  # found past MAX_KEPT_PROBLEMS: counted, not kept

    @property
    def ok(self) -> bool:
        return not self.problems and not self.more_problems

    def add_problem(self, problem: Problem) -> None:
        if len(self.problems) < MAX_KEPT_PROBLEMS:
            self.problems.append(problem)
        else:
            self.more_problems += 1


def heading_key(text: str) -> str:
    """A heading as compared: Unicode-normalised (NFKC: also a Thai sara am typed as nikhahit
    and sara aa), without invisible characters, lower case, "_" as a space, spaces single."""
    text = unicodedata.normalize("NFKC", cell_text(text)).translate(_INVISIBLE)
    return " ".join(text.lower().replace("_", " ").split())


def _match_key(text: str) -> str:
    """``heading_key`` without any space: Thai separates phrases, not words, with spaces, so
    "วันที่ รับเรื่อง" is the heading "วันที่รับเรื่อง" typed with a space."""
    return heading_key(text).replace(" ", "")


def match_columns(spec: TableSpec, headers: list[str]) -> dict[str, int]:
    """Each column of ``spec`` whose heading (English, Thai or an alias) the file has."""
    mapping: dict[str, int] = {}
    for column in spec.columns:
        for index, heading in enumerate(headers):
            if index not in mapping.values() and column.accepts(heading):
                mapping[column.key] = index
                break
    return mapping


def check_sheet(
    sheet: Sheet, spec: TableSpec, mapping: ColumnMapping | None = None, *, progress: Any = None
) -> CheckedTable:
    """Read every row of ``sheet`` by ``spec``; ``mapping`` defaults to ``match_columns``.

    ``progress``, if given, is called as ``progress(done, total)``. The garbage collector is
    paused meanwhile (``collector_paused``: the rows are many objects and no cycles).
    """
    with collector_paused():
        return _check_sheet(sheet, spec, mapping, progress)


def _check_sheet(
    sheet: Sheet, spec: TableSpec, mapping: ColumnMapping | None, progress: Any
) -> CheckedTable:
    mapping = dict(match_columns(spec, sheet.headers) if mapping is None else mapping)
    table = CheckedTable(spec, sheet.path)
    table.problems.extend(duplicate_headings(spec, sheet.headers, mapping))
    for column in spec.columns:
        if column.required and column.key not in mapping:
            table.problems.append(Problem(1, None, Message(
                CONTEXT, QT_TRANSLATE_NOOP("TableCheck", "there is no column “{header}” (or “{header_th}”)."),
                {"header": column.header, "header_th": column.header_th},
            )))  # fmt: skip
    if table.problems:
        return table
    if not sheet.rows:
        table.problems.append(Problem(None, None, Message(
            CONTEXT, QT_TRANSLATE_NOOP("TableCheck", "The file has a heading row but no data rows."),
        )))  # fmt: skip
        return table
    letters = {key: column_letter(index) for key, index in mapping.items()}
    # Messages name a column by the file's own heading, which is what the user sees.
    headings = {
        key: cell_text(sheet.headers[index])
        for key, index in mapping.items()
        if index < len(sheet.headers)
    }
    total = len(sheet.rows)
    absent = [
        column.key for column in spec.columns if column.key not in mapping
    ]  # None in every row
    # The hot loop of a million-row import: what each mapped column needs, looked up once.
    present = [(column.key, mapping[column.key], _unmasked_parser(column), column.required)
               for column in spec.columns if column.key in mapping]  # fmt: skip
    readers = [
        (index, column_reader(parse), _cell_by_cell(parse), required)
        for _, index, parse, required in present
    ]
    keys = (*absent, *(key for key, *_ in present))
    nothing = (None,) * len(absent)
    for start in range(0, total, CHUNK):
        chunk = sheet.rows[start : start + CHUNK]
        # A column at a time (each parser's quick way for a whole column), when no cell of the
        # chunk has a problem; otherwise row by row, cell by cell, for the problems in order.
        columns = _read_columns(chunk, readers)
        if columns is None:
            _check_rows(table, chunk, present, absent, letters, headings, spec)
        elif not table.more_problems:  # past the cap nothing will be imported: keep no more rows
            table.rows.extend(
                CheckedRow(sheet_row.number, dict(zip(keys, nothing + cells, strict=True)), letters)
                for sheet_row, cells in zip(chunk, _by_row(columns, len(chunk)), strict=True)
            )
        done = start + len(chunk)
        if progress is not None and (done % 1000 == 0 or done == total):
            progress(done, total)
    return table


def _read_columns(
    chunk: list[Any], readers: list[tuple[int, ColumnReader | None, ColumnReader, bool]]
) -> list[tuple[Any, ...]] | None:
    """The values of ``chunk``'s rows a column at a time (each column's values, None for an
    empty cell), by the column's quick reader (``cells.column_reader``) or, where it has none or
    it declines, cell by cell; None when a cell has a problem (a required column left empty
    included): the caller then checks the rows one by one."""
    rows = [sheet_row.cells for sheet_row in chunk]
    width = min(map(len, rows), default=0)
    columns: list[tuple[Any, ...]] = []
    for index, quick, read, required in readers:
        if index < width:
            cells = [cells[index] for cells in rows]
        else:
            cells = [cells[index] if index < len(cells) else None for cells in rows]
        values = None if quick is None else quick(cells)
        if values is None:
            values = read(cells)
        if values is None or (required and None in values and _any_empty(cells)):
            return None
        columns.append(tuple(values))
    return columns


def _by_row(columns: list[tuple[Any, ...]], count: int) -> Iterable[tuple[Any, ...]]:
    """Each row's values from the columns' (no column mapped: an empty tuple per row)."""
    return zip(*columns, strict=True) if columns else [()] * count


def _any_empty(cells: list[Any]) -> bool:
    return any(
        cell is None or not (cell.strip() if type(cell) is str else cell_text(cell))
        for cell in cells
    )


def _cell_by_cell(parse: Parser) -> ColumnReader:
    """A column read by ``parse`` cell by cell; None at the first problem."""

    def read(cells: list[Any]) -> list[Any] | None:
        values: list[Any] = []
        append = values.append
        try:
            for raw in cells:
                if raw is None or not (raw.strip() if type(raw) is str else cell_text(raw)):
                    append(None)
                else:
                    append(parse(raw))
        except CellError:
            return None
        return values

    return read


def _check_rows(
    table: CheckedTable,
    sheet_rows: list[Any],
    present: list[tuple[str, int, Parser, bool]],
    absent: list[str],
    letters: dict[str, str],
    headings: dict[str, str],
    spec: TableSpec,
) -> None:
    """Rows read one by one, each problem added in the order of rows and columns."""
    for sheet_row in sheet_rows:
        values: dict[str, Any] = dict.fromkeys(absent)
        cells = sheet_row.cells
        width = len(cells)
        for key, index, parse, required in present:
            raw = cells[index] if index < width else None
            if raw is None or not (raw.strip() if type(raw) is str else cell_text(raw)):
                values[key] = None
                if required:
                    table.add_problem(Problem(sheet_row.number, letters[key], Message(
                        CONTEXT, QT_TRANSLATE_NOOP("TableCheck", "“{header}” is required."),
                        {"header": headings.get(key) or spec.column(key).header},
                    )))  # fmt: skip
                continue
            try:
                values[key] = parse(raw)
            except CellError as error:
                values[key] = None
                table.add_problem(Problem(sheet_row.number, letters[key], error.message))
        if not table.more_problems:  # past the cap nothing will be imported: keep no more rows
            table.rows.append(CheckedRow(sheet_row.number, values, letters))


def _unmasked_parser(column: Column) -> Parser:
    """``column.parse``, refusing for a column of personal data a value a masked export wrote
    ("08x-xxx-5678", "xxx อ.เมือง จ.ขอนแก่น"): imported, it would replace the person's data."""
    if column.personal is None:
        return column.parse
    parse = column.parse

    def parse_unmasked(raw: Any) -> Any:
        if type(raw) is str and looks_masked(raw):
            raise CellError(Message(CONTEXT, QT_TRANSLATE_NOOP("TableCheck",
                "this value was masked by an export; import a file exported with personal data "
                "unmasked."), {}))  # fmt: skip
        return parse(raw)

    return parse_unmasked


def duplicate_headings(
    spec: TableSpec, headers: list[str], mapping: ColumnMapping
) -> list[Problem]:
    """A problem for each heading that names a column already read from another column of the
    file (two "date" columns): which one holds the data is unclear, so neither is guessed."""
    problems: list[Problem] = []
    taken = set(mapping.values())
    for key, index in mapping.items():
        column = spec.column(key)
        for other, heading in enumerate(headers):
            if other != index and other not in taken and column.accepts(heading):
                problems.append(Problem(1, column_letter(other), Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP("TableCheck", "the heading “{heading}” repeats column {first} (“{first_heading}”): only one column may hold “{header}”. Remove or rename one of them."),
                    {"heading": cell_text(heading), "first": column_letter(index),
                     "first_heading": cell_text(headers[index]) if index < len(headers) else "",
                     "header": column.header},
                )))  # fmt: skip
    return problems


def duplicate_problems(table: CheckedTable, key: str, message_text: str) -> list[Problem]:
    """A problem for every row repeating an earlier row's ``key`` value; ``message_text`` is a
    ``QT_TRANSLATE_NOOP("TableCheck", ...)`` literal with ``{value}`` and ``{first_row}``."""
    first_row: dict[Any, int] = {}
    problems: list[Problem] = []
    for row in table.rows:
        value = row.values.get(key)
        if value is None or value == "" or value == []:
            continue
        seen = _hashable(value)
        if seen in first_row:
            problems.append(row.problem(key, Message(CONTEXT, message_text,
                                                     {"value": value, "first_row": first_row[seen]})))  # fmt: skip
        else:
            first_row[seen] = row.number
    return problems


def _hashable(value: Any) -> Any:
    """A list cell (``parse_list``) compared by its items."""
    return tuple(value) if isinstance(value, list) else value


def problem_order(problem: Problem) -> tuple[int, int, str]:
    """The order a spreadsheet shows: by row, then column (B before AA); the file's own first."""
    column = problem.column or ""
    return (problem.row or 0, len(column), column)


def problems_error(path: Path, problems: Iterable[Problem], more: int = 0) -> UserError:
    """One error listing the first problems, one per line, and how many more there are
    (``more``: those counted but not kept, ``CheckedTable.more_problems``)."""
    problems = sorted(problems, key=problem_order)
    listed = [p.as_message() for p in problems[:MAX_LISTED_PROBLEMS]]
    unlisted = len(problems) + more - MAX_LISTED_PROBLEMS
    # Whole sentences for one and for several: English needs the singular, translators their order.
    if unlisted > 0:
        listed.append(more_problems_message(unlisted))
    if len(problems) + more == 1:
        text = QT_TRANSLATE_NOOP(
            "TableCheck",
            "Nothing was imported: {path} has one problem. Correct it and import the whole file again.\n{problems}",
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "TableCheck",
            "Nothing was imported: {path} has {count} problems. "
            "Correct them and import the whole file again.\n{problems}",
        )
    return user_error(CONTEXT, text, path=str(path), count=len(problems) + more, problems=listed)


def more_problems_message(count: int) -> Message:
    """ "… and N more problems." for a list that shows only the problems kept."""
    if count == 1:
        return Message(CONTEXT, QT_TRANSLATE_NOOP("TableCheck", "… and one more problem."))
    return Message(
        CONTEXT, QT_TRANSLATE_NOOP("TableCheck", "… and {count} more problems."), {"count": count}
    )
