"""Performance at agency scale (issue 18): one table of figures, each with a baseline measured in
the same run, the ratio, the target and whether it is met.

Run: bash scripts/bench.sh [--quick] [--db PATH] [--cache DIR] [--only GROUP,...]
  (default)  a ``vocdesk demo --scale 200`` database (1,000,000 listening entries, 120,000
             complaints, 200,000 survey responses), built once (about ten minutes) and cached
             in ``$VOCDESK_BENCH_DIR`` or ``~/.cache/vocdesk-bench/``; ``--db`` uses a copy of an
             existing one instead (the given file is never written: the harness copies it into
             the cache first, because opening it upgrades its schema)
  --quick    a scale-1 demo in a temporary folder and small files: seconds; the test suite runs
             it so the harness never rots (it asserts the table, not the timings)
  --only     run only some figures: listening, registry (stakeholder import and export),
             listening-import, listening-export, complaints-export, complaint-import,
             bundle (everything of a demo at scale 4 sent to a head office and merged),
             loop (start-up, a survey's analysis, the PMQA pack, the activities and contact
             list exports: loop_figures.py), gui
Exits 1 when a figure misses its target. Figures are medians of a few runs, in the same process.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))  # the area benchmarks, as modules

import bench_gui  # noqa: E402
import bench_listening_import  # noqa: E402
import bench_registry  # noqa: E402

from vocdesk.domain.fiscal import fiscal_year_period  # noqa: E402
from vocdesk.domain.tables import TableQuery  # noqa: E402
from vocdesk.services.accounts import AccountsService  # noqa: E402
from vocdesk.services.complaints.exporter import ComplaintExporter  # noqa: E402
from vocdesk.services.complaints.importer import ComplaintImporter  # noqa: E402
from vocdesk.services.complaints.kpis import ComplaintKpisService  # noqa: E402
from vocdesk.services.database import open_database  # noqa: E402
from vocdesk.services.exchange.office import InstallationOffice  # noqa: E402
from vocdesk.services.exchange.service import ExchangeService  # noqa: E402
from vocdesk.services.exchange.tables import RULES  # noqa: E402
from vocdesk.services.listening.log import ListeningService  # noqa: E402
from vocdesk.services.listening.summary import ListeningSummaryService  # noqa: E402
from vocdesk.services.listening.transfer import FeedbackExporter  # noqa: E402
from vocdesk.services.overview.figures import OverviewService  # noqa: E402
from vocdesk.services.registry.transfer import StakeholderExporter, StakeholderImporter  # noqa: E402
from vocdesk.services.transfer import check_file, import_file  # noqa: E402

SCALE = 200
TODAY = date(2026, 11, 30)
FISCAL_YEAR = 2569
PAGE = 200
COMMON_WORD = "บริการ"
# Two-letter words; the commonest Thai letter; a rarer one (in 2-50 % of entries: neither the
# short-word index nor the scan is quick); a letter the catalogues' names bring into most entries.
SHORT_WORDS = ("ดี", "รอ", "ร", "ษ", "a")


@dataclass(frozen=True)
class Figure:
    """One row of the table. ``kind`` says how ``value`` meets ``target``:
    "max_s" (seconds, at most), "min_ratio" (baseline/value, at least), "max_ratio" (value/baseline,
    at most)."""

    name: str
    value: float  # seconds
    baseline: float  # seconds
    baseline_name: str
    kind: str
    target: float
    note: str = ""
    unit: str = "s"  # or "MB" (value and baseline in megabytes)

    @property
    def ratio(self) -> float:
        if self.kind == "min_ratio":
            return self.baseline / self.value if self.value else float("inf")
        return self.value / self.baseline if self.baseline else float("inf")

    @property
    def met(self) -> bool:
        if self.kind == "max_s":
            return self.value < self.target
        if self.kind == "min_ratio":
            return self.ratio >= self.target
        return self.ratio <= self.target

    def target_text(self) -> str:
        if self.kind == "max_s":
            return f"< {_amount(self.target, self.unit)}"
        if self.kind == "min_ratio":
            return f">= {self.target:g}x raw"
        return f"<= {self.target:g}x raw"


def _seconds(value: float) -> str:
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def _amount(value: float, unit: str) -> str:
    return f"{value:.0f} MB" if unit == "MB" else _seconds(value)


def timed(work: Callable[[], Any], runs: int) -> tuple[float, Any]:
    """Median seconds of ``runs`` runs of ``work`` and its last result."""
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def demo_database(path: Path, scale: int) -> None:
    """``vocdesk demo`` at ``scale`` (deterministic: seed 1, a fixed today)."""
    subprocess.run(
        [sys.executable, "-m", "vocdesk", "demo", "--db", str(path), "--scale", str(scale),
         "--seed", "1", "--today", TODAY.isoformat()],
        check=True, stdout=subprocess.DEVNULL,
    )  # fmt: skip


def token_beside(path: Path) -> Path:
    """The administrator's token ``vocdesk demo`` writes beside its database."""
    return path.with_name(path.stem + ".token")


def signed_in(db: Any, path: Path) -> Any:
    """``db`` signed in with the token beside ``path`` (a demo database has an administrator);
    a database made before accounts has none, and is worked on by its setting-up principal."""
    token = token_beside(path)
    if token.exists():
        AccountsService(db).sign_in_with_token(token.read_text(encoding="utf-8").strip())
    return db


def large_database(cache: Path, source: Path | None) -> Path:
    """The cached large database: a copy of ``source``, or built once by ``vocdesk demo``."""
    cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"demo-scale{SCALE}.sqlite"
    if path.exists():
        return path
    partial = path.with_suffix(".part")
    partial.unlink(missing_ok=True)
    if source is not None:
        print(f"copying {source} to {path} ...", file=sys.stderr, flush=True)
        shutil.copyfile(source, partial)
        if token_beside(source).exists():
            shutil.copyfile(token_beside(source), token_beside(path))
    else:
        print(f"building {path} (vocdesk demo --scale {SCALE}, ~10 min) ...", file=sys.stderr)
        demo_database(partial, SCALE)
    partial.rename(path)
    return path


def listening_figures(path: Path, runs: int) -> list[Figure]:
    db, _ = open_database(path, create=False)
    signed_in(db, path)
    raw = sqlite3.connect(path)
    try:
        service = ListeningService(db)
        total = service.count_feedback(TableQuery())
        newest = TableQuery(sort_key="received", descending=True)
        first, _ = timed(lambda: service.list_feedback(newest, 0, PAGE), runs)
        deepest, _ = timed(lambda: service.list_feedback(newest, max(0, total - PAGE), PAGE), runs)
        figures = [
            Figure(f"deepest page of {total:,} entries", deepest, first, "first page", "max_s", 0.1)
        ]
        common = TableQuery(search=COMMON_WORD)
        found = service.count_feedback(common)
        page, _ = timed(lambda: service.list_feedback(common, 0, PAGE), runs)
        raw_page, _ = timed(
            lambda: raw.execute(
                "SELECT id FROM feedback_entry WHERE text LIKE ? ORDER BY received_at DESC LIMIT ?",
                (f"%{COMMON_WORD}%", PAGE),
            ).fetchall(),
            runs,
        )
        figures.append(Figure(f"first page, common word ({found:,} matches)", page, raw_page,
                              "raw LIKE page", "max_s", 0.05))  # fmt: skip
        for word in SHORT_WORDS:
            query = TableQuery(search=word)
            short, hits = timed(
                lambda q=query: (service.count_feedback(q), service.list_feedback(q, 0, PAGE)), runs
            )
            raw_count, _ = timed(
                lambda w=word: raw.execute(
                    "SELECT count(*) FROM feedback_entry WHERE text LIKE ?", (f"%{w}%",)
                ).fetchone(),
                runs,
            )
            figures.append(Figure(f"search '{word}' count + page ({hits[0]:,})", short, raw_count,
                                  "raw LIKE count", "max_s", 0.3))  # fmt: skip
        period = fiscal_year_period(FISCAL_YEAR)
        summaries = ListeningSummaryService(db)
        start, end = (f"{period.start.isoformat()}", f"{(period.end).isoformat()} 99")
        summary_s, summary = timed(lambda: summaries.summary(period), runs)
        raw_group, _ = timed(
            lambda: raw.execute(
                "SELECT channel_id, stage, count(*) FROM feedback_entry"
                " WHERE received_at >= ? AND received_at < ? GROUP BY channel_id, stage",
                (start, end),
            ).fetchall(),
            runs,
        )
        figures.append(Figure(f"listening summary FY {FISCAL_YEAR} ({summary.total:,})", summary_s,
                              raw_group, "raw GROUP BY", "max_s", 0.5))  # fmt: skip
        kpis = ComplaintKpisService(db, today=lambda: TODAY)
        kpi_s, report = timed(lambda: kpis.report(period), runs)
        raw_cases, _ = timed(
            lambda: raw.execute(
                "SELECT status, count(*) FROM complaint WHERE received_at >= ? AND received_at < ?"
                " GROUP BY status",
                (start, end),
            ).fetchall(),
            runs,
        )
        figures.append(Figure(f"complaint KPIs FY {FISCAL_YEAR} ({report.total.received:,})", kpi_s,
                              raw_cases, "raw GROUP BY", "max_s", 0.5))  # fmt: skip
        figures.append(status_bar_figure(db, runs))
        return figures
    finally:
        raw.close()
        db.dispose()


def status_bar_figure(db: Any, runs: int) -> Figure:
    """How long the status bar's record counts hold the GUI thread (the window's call, with
    its TaskRunner); baseline: the counting itself, which once ran there."""
    from types import SimpleNamespace

    from vocdesk.app import _application
    from vocdesk.ui.tasks import TaskRunner
    from vocdesk.ui.window_status import WindowStatusBar

    app = _application()  # the program's own (PySide6 6.12's lost references reserved)
    overview = OverviewService(db, today=lambda: TODAY)
    services: Any = SimpleNamespace(database=db, overview=overview, reminders=None)
    tasks, bar = TaskRunner(), WindowStatusBar()
    counting, _ = timed(overview.record_counts, runs)

    def show() -> None:
        bar.show_database(services, "th", tasks)

    held, _ = timed(show, runs)
    tasks.wait_all(60_000)
    app.processEvents()
    assert bar.counts is not None
    return Figure("status-bar counts: GUI thread held", held, counting, "counting itself",
                  "max_s", 0.016, "one frame")  # fmt: skip


def registry_figures(folder: Path, rows: int, runs: int) -> list[Figure]:
    """Stakeholder import and export against raw sqlite3 (bench_registry's files and floor)."""
    generated = bench_registry.generate_rows(rows)
    source = folder / "stakeholders.csv"
    bench_registry.write_csv(source, generated)
    raw_seconds = bench_registry.raw_insert(folder / "raw.sqlite", generated)
    db, _ = open_database(folder / "registry.sqlite")
    try:
        started = time.perf_counter()
        import_file(StakeholderImporter(db), source)
        imported = time.perf_counter() - started
        target = folder / "export.csv"
        exported, _ = timed(lambda: StakeholderExporter(db).export(target), runs)
    finally:
        db.dispose()
    raw = sqlite3.connect(folder / "registry.sqlite")

    def raw_export() -> None:
        with (folder / "raw-export.csv").open("w", encoding="utf-8-sig", newline="") as out:
            csv.writer(out).writerows(
                raw.execute("SELECT * FROM stakeholder WHERE archived = 0 ORDER BY id")
            )

    raw_exported, _ = timed(raw_export, runs)
    raw.close()
    return [
        Figure(f"stakeholder import, {rows:,} rows", imported, raw_seconds, "raw executemany",
               "min_ratio", 0.5),
        Figure(f"stakeholder export, {rows:,} rows", exported, raw_exported, "raw SELECT to CSV",
               "max_ratio", 2.0),
    ]  # fmt: skip


def listening_import_figure(folder: Path, rows: int) -> Figure:
    """The listening import of a generated file into a fresh database against raw sqlite3
    ``executemany`` of the same rows into the schema without the short-word triggers (every
    insert's cost before migration 0015; with them, raw is ~5x slower still)."""
    generated = bench_listening_import.generate_rows(rows)
    source = folder / "entries.csv"
    bench_listening_import.write_csv(source, generated)
    raw = bench_listening_import.raw_insert(folder / "raw-entries.sqlite", generated,
                                            gram_triggers=False)  # fmt: skip
    imported = bench_listening_import.import_seconds(folder / "entries.sqlite", source)
    return Figure(f"listening import, {rows:,} entries", imported, raw, "raw, no gram trig.",
                  "min_ratio", 0.5, f"{rows / imported:,.0f} entries/s")  # fmt: skip


def _raw_csv(raw: sqlite3.Connection, sql: str, target: Path) -> None:
    with target.open("w", encoding="utf-8-sig", newline="") as out:
        csv.writer(out).writerows(raw.execute(sql))


# The complaints export's floor: the cases and each one's history lines (moment, status, note in
# the order of their moments), read by raw sqlite3 and written by ``csv``. The file holds each
# case's history as a column, so a floor that leaves the 590,000 lines out (the first baseline,
# ``SELECT * FROM complaint``, still printed beside the table) is not the export's floor.
COMPLAINTS_RAW_SQL = (
    "SELECT c.*, (SELECT group_concat(line, char(10)) FROM (SELECT h.changed_at || ' | ' ||"
    " h.to_status || ' | ' || h.note AS line FROM complaint_status_change AS h"
    " WHERE h.complaint_id = c.id ORDER BY h.changed_at)) AS history FROM complaint AS c"
)


def export_figures(
    path: Path, folder: Path, runs: int, kinds: tuple[str, ...] = ("listening log", "complaints")
) -> list[Figure]:
    """The listening log and the complaints exported whole (as a supervisor sees them: the
    default export) against raw sqlite3 writing the same rows to CSV (the complaints with their
    history lines: ``COMPLAINTS_RAW_SQL``); target as the stakeholders' (<= 2x raw). ``kinds``
    chooses which."""
    db, _ = open_database(path, create=False)
    signed_in(db, path)
    raw = sqlite3.connect(path)
    try:
        figures = []
        for name, exporter, stem, raw_sql, raw_name in (
            ("listening log", lambda: FeedbackExporter(db), "feedback_entry",
             "SELECT * FROM feedback_entry ORDER BY received_at, id", "raw SELECT to CSV"),
            ("complaints", lambda: ComplaintExporter(db, today=lambda: TODAY), "complaint",
             COMPLAINTS_RAW_SQL, "raw SELECT+history"),
        ):  # fmt: skip
            if name not in kinds:
                continue
            target = folder / f"export-{stem}.csv"
            seconds, count = timed(lambda e=exporter, t=target: e().export(t), runs)
            raw_seconds, _ = timed(
                lambda q=raw_sql: _raw_csv(raw, q, folder / "raw-export.csv"), runs
            )
            figures.append(Figure(f"{name} export, {count:,} rows", seconds, raw_seconds,
                                  raw_name, "max_ratio", 2.0))  # fmt: skip
            if name == "complaints":  # the first baseline, the cases alone: for comparison
                cases_only, _ = timed(
                    lambda: _raw_csv(raw, "SELECT * FROM complaint", folder / "raw-export.csv"),
                    runs,
                )
                print(f"complaints export: {_seconds(seconds)}; raw SELECT+history "
                      f"{_seconds(raw_seconds)} ({seconds / raw_seconds:.2f}x); raw SELECT of the "
                      f"cases alone {_seconds(cases_only)} ({seconds / cases_only:.2f}x)",
                      file=sys.stderr)  # fmt: skip
        return figures
    finally:
        raw.close()
        db.dispose()


def complaint_import_figure(path: Path, folder: Path, cases: int) -> Figure:
    """The first ``cases`` cases of the database's own export (with their histories) imported
    into a fresh database (offices left out: a fresh file has none); target 5,000 cases/s.
    Baseline: reading and checking the same file (``check_file``), the floor of any import."""
    db, _ = open_database(path, create=False)
    signed_in(db, path)
    try:
        exported = folder / "complaints-all.csv"
        ComplaintExporter(db, today=lambda: TODAY, unmasked=True).export(exported)
    finally:
        db.dispose()
    source = folder / "complaints.csv"
    with (
        exported.open(encoding="utf-8-sig", newline="") as given,
        source.open("w", encoding="utf-8-sig", newline="") as out,
    ):
        reader, writer = csv.reader(given), csv.writer(out)
        headers = next(reader)
        office = headers.index("office")
        writer.writerow(headers)
        for number, row in enumerate(reader):
            if number >= cases:
                break
            row[office] = ""
            writer.writerow(row)
    fresh, _ = open_database(folder / "complaints.sqlite")
    try:
        checked, _ = timed(lambda: check_file(ComplaintImporter(fresh), source), 1)
        seconds, summary = timed(lambda: import_file(ComplaintImporter(fresh), source), 1)
    finally:
        fresh.dispose()
    return Figure(f"complaint import, {summary.added:,} cases ({summary.added / seconds:,.0f}/s)",
                  seconds, checked, "reading + checking", "max_s", summary.added / 5000,
                  "5,000 cases/s")  # fmt: skip


BUNDLE_PASSPHRASE = "benchmark passphrase"


def bundle_figures(folder: Path, scale: int) -> list[Figure]:
    """Everything of a demo at ``scale`` (about 27,000 records a unit: scale 4 is the issue's
    100,000 changes) sent to a head office as one bundle, and merged into the head office's
    empty file; target "in seconds": 30 s each. Baseline: raw sqlite3 reading every travelling
    table and writing its rows as JSON (the floor of collecting them)."""
    office_path, head_path = folder / "office.sqlite", folder / "head-office.sqlite"
    demo_database(office_path, scale)
    bundle = folder / "everything.vocbundle"
    office, _ = open_database(office_path, create=False)
    try:
        signed_in(office, office_path)
        InstallationOffice(office).set("CNX", "Office")
        sent_seconds, sent = timed(
            lambda: ExchangeService(office).send(bundle, BUNDLE_PASSPHRASE, to_office="HQ",
                                                 everything=True), 1)  # fmt: skip
    finally:
        office.dispose()
    head, _ = open_database(head_path)
    try:
        InstallationOffice(head).set("HQ", "Head office")
        merged_seconds, _ = timed(
            lambda: ExchangeService(head).receive(bundle, BUNDLE_PASSPHRASE), 1
        )
    finally:
        head.dispose()
    raw = sqlite3.connect(office_path)
    try:

        def read_all() -> None:
            with (folder / "raw.json").open("w", encoding="utf-8") as out:
                for rule in RULES:
                    rows = raw.execute(f"SELECT * FROM {rule.name}").fetchall()
                    json.dump(rows, out, default=bytes.hex)  # attachments' bytes

        raw_seconds, _ = timed(read_all, 1)
    finally:
        raw.close()
    records = f"{sent.records:,} records"
    return [
        Figure(f"bundle export, {records}", sent_seconds, raw_seconds, "raw SELECT to JSON",
               "max_s", 30.0, f"{bundle.stat().st_size / 1e6:.1f} MB"),
        Figure(f"bundle merge (empty office), {records}", merged_seconds, raw_seconds,
               "raw SELECT to JSON", "max_s", 30.0),
    ]  # fmt: skip


def _gui(measure: str, path: Path, *options: str) -> Any:
    """``bench_gui.py measure`` in a process of its own (a window and a peak of its own)."""
    done = subprocess.run(
        [sys.executable, str(Path(bench_gui.__file__)), measure, "--db", str(path), *options],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])


def gui_figures(path: Path, folder: Path, entries: int) -> list[Figure]:
    """Peak memory with every tab visited (baseline: the same on an empty database), and the
    longest event-loop stall during an import, an export, a report and a backup (baseline: the
    operation's own seconds)."""
    empty = folder / "empty.sqlite"
    open_database(empty)[0].dispose()
    peak, bare = _gui("rss", path)["peak_mb"], _gui("rss", empty)["peak_mb"]
    figures = [Figure("peak memory, every tab visited", peak, bare, "empty database", "max_s",
                      400, unit="MB")]  # fmt: skip
    for name, found in _gui("stalls", path, "--entries", str(entries)).items():
        figures.append(Figure(f"longest stall: {name}", found["stall"], found["seconds"],
                              "the work itself", "max_s", 0.1))  # fmt: skip
    return figures


def print_table(figures: list[Figure], out: Any = sys.stdout) -> None:
    header = f"| {'figure':<44} | {'value':>9} | {'baseline':>9} | {'baseline is':<18} | {'ratio':>7} | {'target':<13} | met |"
    print(header, file=out)
    print("|" + "|".join("-" * (len(cell) + 0) for cell in header.split("|")[1:-1]) + "|", file=out)
    for f in figures:
        print(f"| {f.name:<44} | {_amount(f.value, f.unit):>9} | {_amount(f.baseline, f.unit):>9} | "
              f"{f.baseline_name:<18} | {f.ratio:>6.2f}x | {f.target_text():<13} | "
              f"{'yes' if f.met else 'no ':<3} |", file=out)  # fmt: skip


# What ``--only`` may choose, in the order the table prints them.
GROUPS = ("listening", "registry", "listening-import", "listening-export", "complaints-export",
          "complaint-import", "bundle", "loop", "gui")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="scale 1, small files: seconds")
    parser.add_argument("--db", type=Path, help="copy this scale-200 demo database into the cache")
    parser.add_argument(
        "--cache",
        type=Path,
        default=Path(
            os.environ.get("VOCDESK_BENCH_DIR") or Path.home() / ".cache" / "vocdesk-bench"
        ),
    )
    parser.add_argument("--rows", type=int, help="stakeholders to import (100,000; quick 500)")
    parser.add_argument(
        "--only",
        default=",".join(GROUPS),
        help=f"a comma-separated choice of {', '.join(GROUPS)} (default: all); "
        "exit status and the count of figures met are of those run",
    )
    args = parser.parse_args(argv)
    only = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = [name for name in only if name not in GROUPS]
    if unknown:
        parser.error(f"unknown --only {', '.join(unknown)}; choose from {', '.join(GROUPS)}")
    runs = 1 if args.quick else 3
    rows = args.rows or (500 if args.quick else 100_000)
    entries = 500 if args.quick else 50_000
    with tempfile.TemporaryDirectory(prefix="vocdesk-bench-") as folder:
        work = Path(folder)
        if args.quick:
            path = work / "demo.sqlite"
            demo_database(path, 1)
        else:
            path = large_database(args.cache, args.db)
        figures: list[Figure] = []
        if "listening" in only:
            figures += listening_figures(path, runs)
        if "registry" in only:
            figures += registry_figures(work, rows, runs)
        if "listening-import" in only:
            figures.append(listening_import_figure(work, entries))
        kinds = tuple(kind for group, kind in (("listening-export", "listening log"),
                                               ("complaints-export", "complaints")) if group in only)  # fmt: skip
        if kinds:
            figures += export_figures(path, work, 1, kinds)
        if "complaint-import" in only:
            figures.append(complaint_import_figure(path, work, 500 if args.quick else 20_000))
        if "bundle" in only:
            figures += bundle_figures(work, 1 if args.quick else 4)
        if "loop" in only:
            import loop_figures  # here: it imports this module's Figure

            figures += loop_figures.loop_figures(path, work, runs)
        if "gui" in only:
            figures += gui_figures(path, work, 1000 if args.quick else 20_000)
    print(f"VocDesk benchmark: {path.name}, medians of {runs} run(s), {os.cpu_count()} CPUs")
    print_table(figures)
    missed = [f.name for f in figures if not f.met]
    print(f"\n{len(figures) - len(missed)} of {len(figures)} figures meet their targets")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
