"""Writing a table of texts and numbers to CSV or XLSX, as the user saw it on screen.

CSV is written as UTF-8 with a byte-order mark, which is what makes Excel on a Thai Windows read
Thai letters correctly; XLSX keeps numbers as numbers. Texts that a spreadsheet would run as a
formula ("=...", "+...", "@...") are kept as text.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error

EXCEL_MAX_ROWS = 1_048_575  # one row of the sheet holds the headers
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class TableSnapshot:
    headers: list[str]
    rows: list[list[Any]]


def _defused(value: Any) -> Any:
    if isinstance(value, str) and len(value) > 1 and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def write_table(snapshot: TableSnapshot, path: Path) -> Path:
    """Write ``snapshot`` to ``path``: XLSX for a .xlsx name, otherwise CSV (UTF-8 with BOM)."""
    path = Path(path)
    xlsx = path.suffix.lower() == ".xlsx"
    if xlsx and len(snapshot.rows) > EXCEL_MAX_ROWS:
        raise _too_many_rows(len(snapshot.rows))
    import pandas as pd  # here, not at the top: pandas costs 0.35 s of the window's start

    frame = pd.DataFrame(snapshot.rows, columns=snapshot.headers)
    try:
        if xlsx:
            with pd.ExcelWriter(path, engine="openpyxl") as writer:
                frame.to_excel(writer, index=False, sheet_name="VocDesk")
                for row in writer.sheets["VocDesk"].iter_rows(min_row=2):
                    for cell in row:
                        if cell.data_type == "f":  # a text that openpyxl took for a formula
                            cell.data_type = "s"
        else:
            frame.map(_defused).to_csv(path, index=False, encoding="utf-8-sig")
    except OSError as exc:
        raise user_error(
            "TableExport",
            QT_TRANSLATE_NOOP("TableExport", "The file {path} could not be written: {reason}"),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from exc
    return path


def write_rows(headers: list[str], rows: Iterable[Sequence[Any]], path: Path) -> int:
    """Stream ``rows`` to ``path`` (XLSX for a .xlsx name, otherwise CSV UTF-8 with BOM) without
    holding them all in memory; returns how many were written. For exports of a whole area,
    which can run to a million rows; values should be texts and numbers already."""
    path = Path(path)
    written = 0
    try:
        if path.suffix.lower() == ".xlsx":
            from openpyxl import Workbook  # here: only exports need it

            book = Workbook(write_only=True)
            sheet = book.create_sheet("VocDesk")
            sheet.append(headers)
            for row in rows:
                if written >= EXCEL_MAX_ROWS:
                    raise _too_many_rows(written + 1)
                sheet.append(["" if value is None else _excel_cell(sheet, value) for value in row])
                written += 1
            book.save(path)
        else:
            with path.open("w", encoding="utf-8-sig", newline="") as out:
                writer = csv.writer(out)
                writer.writerow(headers)
                for row in rows:
                    writer.writerow(["" if value is None else _defused(value) for value in row])
                    written += 1
    except OSError as exc:
        raise user_error(
            "TableExport",
            QT_TRANSLATE_NOOP("TableExport", "The file {path} could not be written: {reason}"),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from exc
    return written


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
