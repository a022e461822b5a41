"""Writing a table of texts and numbers to CSV or XLSX, as the user saw it on screen.

CSV is written as UTF-8 with a byte-order mark, which is what makes Excel on a Thai Windows read
Thai letters correctly; XLSX keeps numbers as numbers. Texts that a spreadsheet would run as a
formula ("=...", "+...", "@...") are kept as text.

Every file is written beside its target first and renamed over it at the end
(``write_through_partial``), so a failed or cancelled write leaves the target as it was. The
partial file, and the sheet openpyxl streams to before zipping, live beside the target (never
in the system's temporary folder, which a killed process would leave filling up) under a name
that says what they are: ``NAME.vocdesk-partial.xlsx`` and ``NAME.vocdesk-partial.xlsx.sheet.xml``.
They are removed on every exit a process can take except a kill (SIGKILL, a power cut); the
next write to the same target removes those too (``remove_leftovers``).
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any, TextIO

from vocdesk.domain.messages import QT_TRANSLATE_NOOP, Message, UserError, user_error

EXCEL_MAX_ROWS = 1_048_575  # one row of the sheet holds the headers
PARTIAL_MARK = ".vocdesk-partial"
SHEET_SCRATCH_SUFFIX = ".sheet.xml"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class TableSnapshot:
    headers: list[str]
    rows: list[list[Any]]
    unmasked: bool = False  # personal data in it whole (PDPA): the export is audited so


def _defused(value: Any) -> Any:
    if isinstance(value, str) and len(value) > 1 and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def write_table(snapshot: TableSnapshot, path: Path) -> Path:
    """Write ``snapshot`` to ``path``: XLSX for a .xlsx name, otherwise CSV (UTF-8 with BOM)."""
    path = Path(path)
    if path.suffix.lower() == ".xlsx" and len(snapshot.rows) > EXCEL_MAX_ROWS:
        raise _too_many_rows(len(snapshot.rows))
    write_through_partial(
        path, lambda partial: write_rows(snapshot.headers, snapshot.rows, partial)
    )
    return path


def partial_path(target: Path) -> Path:
    """Where a file for ``target`` is written before it is renamed: beside it, same suffix
    (which says CSV or XLSX), named so that a leftover is plainly not the export."""
    target = Path(target)
    return target.with_name(f"{target.stem}{PARTIAL_MARK}{target.suffix}")


def remove_leftovers(target: Path) -> None:
    """Remove what a killed write to ``target`` left: its partial file and sheet scratch."""
    partial = partial_path(target)
    for leftover in (partial, partial.with_name(partial.name + SHEET_SCRATCH_SUFFIX)):
        with suppress(OSError):
            leftover.unlink(missing_ok=True)


def write_through_partial(target: Path, write: Callable[[Path], int]) -> int:
    """Run ``write`` on the partial file beside ``target`` and rename it over ``target``;
    on any failure (and on a cancel) the partial file is removed and ``target`` is unchanged."""
    target = Path(target)
    partial = partial_path(target)
    remove_leftovers(target)
    try:
        count = write(partial)
        os.replace(partial, target)
    except OSError as exc:
        raise _cannot_write(target, exc) from exc
    except UserError as error:  # write_rows names the file it wrote: the user named the target
        message = error.message
        if message.params.get("path") != str(partial):
            raise
        params = {**message.params, "path": str(target)}
        raise UserError(Message(message.context, message.text, params)) from error
    finally:
        remove_leftovers(target)
    return count


def _cannot_write(path: Path, exc: OSError) -> Exception:
    return user_error(
        "TableExport",
        QT_TRANSLATE_NOOP("TableExport", "The file {path} could not be written: {reason}"),
        path=str(path),
        reason=exc.strerror or str(exc),
    )


def write_rows(headers: list[str], rows: Iterable[Sequence[Any]], path: Path) -> int:
    """Stream ``rows`` to ``path`` (XLSX for a .xlsx name, otherwise CSV UTF-8 with BOM) without
    holding them all in memory; returns how many were written. For exports of a whole area,
    which can run to a million rows; values should be texts and numbers already."""
    path = Path(path)
    written = 0
    try:
        if path.suffix.lower() == ".xlsx":
            written = _write_xlsx(headers, rows, path)
        else:
            with path.open("w", encoding="utf-8-sig", newline="") as out:
                csv.writer(out).writerow(headers)
                written = _write_csv_rows(rows, out)
    except OSError as exc:
        raise _cannot_write(path, exc) from exc
    return written


# Where a cell may start with a formula character in a CSV text ``csv.writer`` wrote: at the
# text's start, after a line break or after a comma, either bare or after a quoted cell's
# opening quote (a cell starting with "\r" is always quoted: a comma or closing quote before a
# line's own "\r\n" starts no cell). Every such cell is found, and some that are not: a negative
# number, a single "-", a line inside a quoted cell. Three searches, each for a literal first
# character (which the regular expression engine scans for fast), rather than one for a set.
_FORMULA_CELL = r'(?:"[=+\-@\t\r]|[=+\-@\t])'
_FORMULA_AT_START = re.compile(_FORMULA_CELL).match
_FORMULA_AFTER_COMMA = re.compile("," + _FORMULA_CELL).search
_FORMULA_AFTER_BREAK = re.compile("\n" + _FORMULA_CELL).search
_CSV_BATCH = 32  # rows written to text at once, then searched (512: slower, its large texts)


class _Parts:
    """A file-like for ``csv.writer`` that keeps what it writes as a list of texts."""

    __slots__ = ("parts", "write")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.write = self.parts.append


def _write_csv_rows(rows: Iterable[Sequence[Any]], out: TextIO) -> int:
    """Write ``rows`` to ``out`` as ``csv.writer`` does, each text a spreadsheet would run as a
    formula kept as text (``_defused``; None as an empty cell); returns how many. A batch of
    rows is written to text by ``writerows`` and searched for a cell that may start a formula;
    only a batch where one may (rare: texts seldom start with one) is written again with every
    cell through the guard. Guarding each cell cost more than a third of writing it (issue 18);
    the searches cost a fifth of that."""
    sink = _Parts()
    parts = sink.parts
    writer = csv.writer(sink)
    written = 0
    rows = iter(rows)
    while batch := list(islice(rows, _CSV_BATCH)):
        writer.writerows(batch)  # None is written as an empty cell, as the guard writes it
        text = "".join(parts)
        parts.clear()
        if (
            _FORMULA_AT_START(text) is not None
            or _FORMULA_AFTER_COMMA(text) is not None
            or _FORMULA_AFTER_BREAK(text) is not None
        ):
            writer.writerows(_guarded(batch))
            text = "".join(parts)
            parts.clear()
        out.write(text)
        written += len(batch)
    return written


def _guarded(rows: list[Sequence[Any]]) -> list[list[Any]]:
    """``rows`` with every cell through ``_defused`` (and None as an empty cell)."""
    formula = _FORMULA_STARTS
    # ``_defused`` inline: a call per cell was a fifth of a large export's time.
    return [
        [
            "" if value is None
            else "'" + value if isinstance(value, str) and len(value) > 1 and value.startswith(formula)
            else value
            for value in row
        ]
        for row in rows
    ]  # fmt: skip


def _write_xlsx(headers: list[str], rows: Iterable[Sequence[Any]], path: Path) -> int:
    """openpyxl's streaming writer, its sheet scratch file beside ``path``, and a zip archive
    that is closed on failure too (left to the garbage collector, a zip on a full disk printed
    "Exception ignored in ZipFile.__del__" and a traceback)."""
    from openpyxl import Workbook  # here: only exports need it

    book = Workbook(write_only=True)
    sheet = book.create_sheet("VocDesk")
    scratch = path.with_name(path.name + SHEET_SCRATCH_SUFFIX)
    _stream_sheet_to(sheet, scratch)
    written = 0
    try:
        sheet.append(headers)
        for row in rows:
            if written >= EXCEL_MAX_ROWS:
                raise _too_many_rows(written + 1)
            sheet.append(["" if value is None else _excel_cell(sheet, value) for value in row])
            written += 1
        _save_book(book, path)
    except BaseException:
        _abandon_sheet(sheet)
        raise
    finally:
        with suppress(OSError):
            scratch.unlink(missing_ok=True)
    return written


def _stream_sheet_to(sheet: Any, scratch: Path) -> None:
    """Make openpyxl's write-only ``sheet`` stream to ``scratch`` instead of a file in the
    system's temporary folder (openpyxl has no option for it: its writer takes ``out``)."""
    from openpyxl.worksheet import _writer

    writer = _writer.WorksheetWriter(sheet, out=str(scratch))
    _writer.ALL_TEMP_FILES.append(str(scratch))  # openpyxl's own clean-up expects it there
    writer.write_top()
    sheet._writer = writer


def _abandon_sheet(sheet: Any) -> None:
    """Close the sheet's stream after a failure, quietly: its file is removed next."""
    # Rows, then the stream: closing each writes its end tags, which a full disk refuses, and
    # a generator left open would try again when collected ("Exception ignored in ...").
    for stream in (getattr(sheet, "_rows", None), getattr(sheet._writer, "xf", None)):
        if stream is not None:
            with suppress(Exception):
                stream.close()


def _save_book(book: Any, path: Path) -> None:
    from zipfile import ZIP_DEFLATED, ZipFile

    from openpyxl.writer.excel import ExcelWriter

    archive = ZipFile(path, "w", ZIP_DEFLATED, allowZip64=True)
    try:
        ExcelWriter(book, archive).save()  # writes every part, then closes the archive
    except BaseException:
        # The file is being thrown away: close it without the zip's directory, so that
        # nothing is left for ZipFile.__del__ to write (and fail on) later.
        handle, archive.fp = archive.fp, None
        if handle is not None:
            with suppress(OSError):
                handle.close()
        raise


def _excel_cell(sheet: Any, value: Any) -> Any:
    """openpyxl takes a text starting with "=" for a formula; such a text stays a text."""
    if isinstance(value, str) and value.startswith("="):
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"
        return cell
    return value


def _too_many_rows(count: int) -> Exception:
    return user_error(
        "TableExport",
        QT_TRANSLATE_NOOP(
            "TableExport",
            "The table has {count} rows, more than an Excel sheet can hold. "
            "Search to show fewer rows, or export as CSV.",
        ),
        count=count,
    )
