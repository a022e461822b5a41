"""The complaint import in detail (issue 18): reading and checking a file of complaint cases, and
importing it, into a fresh database; optionally profiled.

    python benchmarks/bench_complaint_import.py make --db DEMO --cases 20000 --out FILE.csv
    python benchmarks/bench_complaint_import.py run FILE.csv [--offices] [--profile N]

``make`` writes the first ``cases`` cases of ``DEMO``'s own export (unmasked, with their
histories), the office column blank as the harness's figure has it (``--offices`` keeps it: a
fresh database then gets the demo's offices, so each case's office calendar is built too).
``run`` prints one JSON line: the seconds of ``check_file`` and of ``import_file`` (which reads
and checks again, then writes), the import's CPU seconds (steadier on a loaded machine) and the
cases per second of the import, as the harness counts them; ``split`` the CPU seconds of each
step of the import (``read_sheet``, ``check_sheet``, the importer's ``check``, ``apply``),
taken in a second import of the same file into another fresh database. ``--profile N`` prints the top N of a profile of the import, by cumulative time (by own time
with ``BENCH_SORT=tottime``). This file puts its own tree's ``src`` first on the path: for a
before/after, copy it into another tree and run both copies one after the other.
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import json
import os
import pstats
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from sqlalchemy import select  # noqa: E402

from vocdesk.db.models import Office  # noqa: E402
from vocdesk.domain.ids import new_id  # noqa: E402
from vocdesk.io.sheet import read_sheet  # noqa: E402
from vocdesk.io.table_spec import check_sheet  # noqa: E402
from vocdesk.services.accounts import AccountsService  # noqa: E402
from vocdesk.services.complaints.exporter import ComplaintExporter  # noqa: E402
from vocdesk.services.complaints.importer import ComplaintImporter  # noqa: E402
from vocdesk.services.database import open_database  # noqa: E402
from vocdesk.services.transfer import check_file, import_file  # noqa: E402

TODAY = date(2026, 11, 30)


def make(demo: Path, cases: int, out: Path, offices: bool) -> None:
    db, _ = open_database(demo, create=False)
    token = demo.with_name(demo.stem + ".token")
    if token.exists():
        AccountsService(db).sign_in_with_token(token.read_text(encoding="utf-8").strip())
    try:
        with tempfile.TemporaryDirectory() as folder:
            exported = Path(folder) / "all.csv"
            ComplaintExporter(db, today=lambda: TODAY, unmasked=True).export(exported)
            with (
                exported.open(encoding="utf-8-sig", newline="") as given,
                out.open("w", encoding="utf-8-sig", newline="") as written,
            ):
                reader, writer = csv.reader(given), csv.writer(written)
                headers = next(reader)
                office = headers.index("office")
                writer.writerow(headers)
                for number, row in enumerate(reader):
                    if number >= cases:
                        break
                    if not offices:
                        row[office] = ""
                    writer.writerow(row)
        if offices:
            with db.session_scope() as session:
                names = [(o.code, o.name_th, o.name_en) for o in session.scalars(select(Office))]
            out.with_suffix(".offices.json").write_text(json.dumps(names), encoding="utf-8")
    finally:
        db.dispose()


def _fresh(folder: str, name: str, source: Path) -> Any:
    fresh, _ = open_database(Path(folder) / name)
    offices = source.with_suffix(".offices.json")
    if offices.exists():
        with fresh.session_scope() as session:
            for code, name_th, name_en in json.loads(offices.read_text(encoding="utf-8")):
                session.add(Office(id=new_id(), code=code, name_th=name_th,
                                   name_en=name_en))  # fmt: skip
    return fresh


def _split(folder: str, source: Path) -> dict[str, float]:
    """The CPU seconds of each step of an import of ``source`` into a fresh database."""
    fresh = _fresh(folder, "split.sqlite", source)
    try:
        importer = ComplaintImporter(fresh)
        cpu = time.process_time()
        sheet = read_sheet(source)
        read = time.process_time() - cpu
        table = check_sheet(sheet, importer.spec)
        checked = time.process_time() - cpu - read
        assert not importer.check(table)
        matched = time.process_time() - cpu - read - checked
        importer.apply(table)
        applied = time.process_time() - cpu - read - checked - matched
    finally:
        fresh.dispose()
    return {"read_cpu_s": round(read, 3), "check_sheet_cpu_s": round(checked, 3),
            "check_cpu_s": round(matched, 3), "apply_cpu_s": round(applied, 3)}  # fmt: skip


def run(source: Path, profile: int, split: bool = False) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        fresh = _fresh(folder, "fresh.sqlite", source)
        try:
            started = time.perf_counter()
            check_file(ComplaintImporter(fresh), source)
            checked = time.perf_counter() - started
            profiler = cProfile.Profile() if profile else None
            started, cpu = time.perf_counter(), time.process_time()
            if profiler is not None:
                profiler.enable()
            summary = import_file(ComplaintImporter(fresh), source)
            if profiler is not None:
                profiler.disable()
            seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        finally:
            fresh.dispose()
        steps = _split(folder, source) if split else {}
    if profiler is not None:
        pstats.Stats(profiler, stream=sys.stderr).sort_stats(
            os.environ.get("BENCH_SORT", "cumulative")
        ).print_stats(profile)
    return {"cases": summary.added, "check_s": round(checked, 3), "import_s": round(seconds, 3),
            "import_cpu_s": round(cpu, 3), "cases_per_s": round(summary.added / seconds), **steps}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    making = commands.add_parser("make")
    making.add_argument("--db", type=Path, required=True)
    making.add_argument("--cases", type=int, default=20_000)
    making.add_argument("--out", type=Path, required=True)
    making.add_argument("--offices", action="store_true")
    running = commands.add_parser("run")
    running.add_argument("file", type=Path)
    running.add_argument("--profile", type=int, default=0, help="print the top N of a profile")
    running.add_argument("--split", action="store_true", help="CPU seconds of each step too")
    args = parser.parse_args(argv)
    if args.command == "make":
        make(args.db, args.cases, args.out, args.offices)
    else:
        print(json.dumps(run(args.file, args.profile, args.split)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
