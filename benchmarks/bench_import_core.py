"""The generic import/export core on a big file: how much does checking every cell cost?

Run: python benchmarks/bench_import_core.py [--rows 20000] [--repeat 3]
(the issues' sizes: ``--rows 100000`` for stakeholders, ``--rows 1000000`` for the listening log).

Writes ROWS rows of a typical table (a Thai text, a B.E. date, a date and time with an offset, a
closed vocabulary, a whole number, yes/no, a list) with ``io.table_file.write_rows`` (CSV, UTF-8
with BOM) and times, best of REPEAT:

- ``read_sheet`` (decode, find the separator, split) against a bare ``csv.reader`` over the same
  decoded text (baseline: the least any CSV import does);
- ``check_sheet`` (every cell parsed, every problem collected) against a hand-written loop that
  calls the same parsers without the framework (baseline: the cost of the parsers themselves);
- ``write_rows`` against a bare ``csv.writer`` (baseline);
- the same read for an XLSX file of min(ROWS, 20,000) rows (openpyxl through pandas).
Prints figures, rows per second and the ratios against the baselines.
"""

from __future__ import annotations

import argparse
import csv
import io
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from vocdesk.domain.enums import LifecycleStage
from vocdesk.io.cells import (
    enum_parser,
    int_parser,
    parse_bool,
    parse_date,
    parse_datetime,
    parse_list,
    text_parser,
)
from vocdesk.io.sheet import read_sheet
from vocdesk.io.table_file import write_rows
from vocdesk.io.table_spec import Column, TableSpec, check_sheet

SPEC = TableSpec(
    "bench",
    (
        Column("name", "name", "ชื่อ", "", text_parser(200), required=True),
        Column("day", "day", "วันที่", "", parse_date, required=True),
        Column("received", "received at", "วันเวลาที่รับ", "", parse_datetime),
        Column(
            "stage",
            "stage",
            "ช่วง",
            "",
            enum_parser(LifecycleStage, {"ก่อนรับบริการ": LifecycleStage.BEFORE}),
        ),
        Column("score", "score", "คะแนน", "", int_parser(1, 5)),
        Column("consent", "consent", "ยินยอม", "", parse_bool),
        Column("tags", "tags", "แท็ก", "", parse_list),
    ),
)
NAMES = ["สมชาย ใจดี", "สมหญิง รักไทย", "บริษัท ตัวอย่าง จำกัด", "องค์การบริหารส่วนตำบลหนองบัว", "Somsak K."]


def rows(count: int) -> Any:
    start = date(2025, 10, 1)
    for i in range(count):
        day = start + timedelta(days=i % 365)
        yield [
            NAMES[i % len(NAMES)], f"{day.day:02d}/{day.month:02d}/{day.year + 543}",
            f"{day.isoformat()}T{8 + i % 9:02d}:{i % 60:02d}:00+07:00",
            ("before", "during", "after", "ก่อนรับบริการ")[i % 4], 1 + i % 5, ("yes", "no")[i % 2], "ก; ข",
        ]  # fmt: skip


def best(repeat: int, work: Callable[[], Any]) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - started)
    return min(times), result


def bare_csv_read(path: Path) -> list[list[str]]:
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline="")))


def bare_parse(path: Path) -> int:
    """The parsers alone, over the rows a bare csv.reader gives."""
    parsers = [column.parse for column in SPEC.columns]
    parsed = 0
    for row in bare_csv_read(path)[1:]:
        for parse, cell in zip(parsers, row, strict=False):
            if cell:
                parse(cell)
        parsed += 1
    return parsed


def bare_csv_write(path: Path, count: int) -> int:
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(SPEC.headers)
        written = 0
        for row in rows(count):
            writer.writerow(row)
            written += 1
    return written


def line(label: str, seconds: float, count: int, baseline: float | None = None) -> None:
    ratio = f"  ×{seconds / baseline:5.2f} of the baseline" if baseline else ""
    print(f"  {label:<44} {seconds * 1000:9.1f} ms  {count / seconds:>11,.0f} rows/s{ratio}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    count = args.rows
    with tempfile.TemporaryDirectory(prefix="vocdesk-bench-io-") as scratch:
        folder = Path(scratch)
        path = folder / "bench.csv"
        print(f"Import/export core, {count:,} rows, best of {args.repeat}")

        t_bare_write, _ = best(args.repeat, lambda: bare_csv_write(folder / "bare.csv", count))
        t_write, written = best(args.repeat, lambda: write_rows(SPEC.headers, rows(count), path))
        assert written == count
        print(f"CSV file: {path.stat().st_size / 1e6:.1f} MB")
        line("baseline: csv.writer", t_bare_write, count)
        line("write_rows (CSV, BOM, formula guard)", t_write, count, t_bare_write)

        t_bare_read, raw = best(args.repeat, lambda: bare_csv_read(path))
        t_read, sheet = best(args.repeat, lambda: read_sheet(path))
        assert len(sheet) == count == len(raw) - 1
        line("baseline: decode + csv.reader", t_bare_read, count)
        line("read_sheet", t_read, count, t_bare_read)

        t_bare_parse, parsed = best(args.repeat, lambda: bare_parse(path))
        t_check, table = best(args.repeat, lambda: check_sheet(sheet, SPEC))
        assert parsed == count and table.ok and len(table.rows) == count, table.problems[:3]
        line("baseline: read + the parsers alone", t_bare_parse, count)
        line("check_sheet (after read_sheet)", t_check, count)
        line("read_sheet + check_sheet", t_read + t_check, count, t_bare_parse)

        xlsx_rows = min(count, 20_000)
        xlsx = folder / "bench.xlsx"
        t_xwrite, _ = best(1, lambda: write_rows(SPEC.headers, rows(xlsx_rows), xlsx))
        t_xread, xsheet = best(1, lambda: read_sheet(xlsx))
        t_xcheck, xtable = best(1, lambda: check_sheet(xsheet, SPEC))
        assert xtable.ok and len(xtable.rows) == xlsx_rows
        line(f"XLSX write_rows ({xlsx_rows:,} rows)", t_xwrite, xlsx_rows)
        line(f"XLSX read_sheet ({xlsx_rows:,} rows)", t_xread, xlsx_rows)
        line(f"XLSX check_sheet ({xlsx_rows:,} rows)", t_xcheck, xlsx_rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
