"""The same reads on SQLite and on PostgreSQL at the same size, side by side (issue 20).

Run: python benchmarks/bench_pg_vs_sqlite.py --pg postgresql://USER@HOST:PORT/DB [--scale 5]
     [--sqlite PATH]

Both databases are filled by the demo generator at the same scale (scale 5: ~5,000
stakeholders, 25,000 listening entries, 3,000 complaints), the PostgreSQL one given empty and
migrated (``open_database`` migrates it). Then each figure is read through the services the
window calls, the median of a few runs after one warm-up, in milliseconds:

  search "WORD"  ListeningService: the count and the first page of 200 of the log's search
  KPIs           ComplaintKpisService.report(fiscal year 2569, by category)
  summary        ListeningSummaryService.summary(fiscal year 2569)

Then the answers themselves are compared: each word's count and the KPIs' totals must be the
same on both (the demo is seeded, so both hold the same records).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from vocdesk.domain.fiscal import fiscal_year_period
from vocdesk.domain.tables import TableQuery
from vocdesk.services.complaints.kpis import ComplaintKpisService, Dimension
from vocdesk.services.database import Database, open_database
from vocdesk.services.demo.generate import DEMO_TODAY, generate_demo
from vocdesk.services.listening.log import ListeningService
from vocdesk.services.listening.summary import ListeningSummaryService

RUNS = 5
WORDS = ("บริการ", "ดี", "รอ", "เจ้าหน้าที่ ช้า", "parking", "ก")


def _median_ms(work: Callable[[], object]) -> float:
    work()  # warm-up: caches, the server's plans
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def figures(db: Database) -> dict[str, float]:
    year = fiscal_year_period(2569)
    log = ListeningService(db)
    kpis = ComplaintKpisService(db, today=lambda: DEMO_TODAY)
    summary = ListeningSummaryService(db)
    found: dict[str, float] = {}
    for word in WORDS:
        query = TableQuery(search=word)
        found[f'search "{word}" count'] = _median_ms(lambda q=query: log.count_feedback(q))
        found[f'search "{word}" page'] = _median_ms(lambda q=query: log.list_feedback(q))
    found["KPIs FY2569 by category"] = _median_ms(lambda: kpis.report(year, Dimension.CATEGORY))
    found["KPIs FY2569 by office"] = _median_ms(lambda: kpis.report(year, Dimension.OFFICE))
    found["listening summary FY2569"] = _median_ms(lambda: summary.summary(year))
    return found


def answers(db: Database) -> list[object]:
    """What the figures say (not how fast): each word's count, the KPIs' totals."""
    log = ListeningService(db)
    report = ComplaintKpisService(db, today=lambda: DEMO_TODAY).report(fiscal_year_period(2569))
    counts: list[object] = [log.count_feedback(TableQuery(search=word)) for word in WORDS]
    return [*counts, report.total]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pg", required=True, help="an empty PostgreSQL database's URL")
    parser.add_argument("--scale", type=int, default=5)
    parser.add_argument("--sqlite", type=Path, help="the SQLite file (default: a temporary one)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="vocdesk-pg-bench-"))
    path = args.sqlite or folder / "bench.sqlite"
    results: dict[str, dict[str, float]] = {}
    said: dict[str, list[object]] = {}
    for kind, location in (("SQLite", str(path)), ("PostgreSQL", args.pg)):
        db, _ = open_database(location)
        try:
            start = time.perf_counter()
            generate_demo(db, scale=args.scale)
            print(f"{kind}: demo at scale {args.scale} in {time.perf_counter() - start:.1f} s")
            results[kind] = figures(db)
            said[kind] = answers(db)
        finally:
            db.dispose()
    print(f"\n| figure (median of {RUNS}, ms) | SQLite | PostgreSQL | PG / SQLite |")
    print("|---|---:|---:|---:|")
    for name, lite in results["SQLite"].items():
        server = results["PostgreSQL"][name]
        print(f"| {name} | {lite:.1f} | {server:.1f} | {server / lite if lite else 0:.2f} |")
    same = said["SQLite"] == said["PostgreSQL"]
    print(f"\nthe same answers on both: {'yes' if same else 'NO'} (counts {said['SQLite'][:-1]})")
    if not same:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
