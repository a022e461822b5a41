"""The Overview on a database of 1,000,000 listening entries (``vocdesk demo --scale 200``):
each part's time and the whole, against the way the figures were read before, in the same run.

Run: python benchmarks/bench_overview.py [--db PATH] [--keep] [--fy 2569] [--today 2026-11-30]
Without ``--keep`` (or when the file is missing) the database is built first with
``vocdesk demo --scale 200 --seed 1`` (about ten minutes); ``--keep`` reuses it.

Before (the tabs' services one after the other, as an Overview built on them would read them):
  summaries  ListeningSummaryService.summary(period)   the Summaries page
  coverage   ListeningPlanService.coverage(period)     the coverage matrix
  KPIs       ComplaintKpisService.report(period)       the KPI page
  old figs   OverviewService.summary(fiscal year)      the previous Overview's own counts
After (OverviewService.figures(period, office), as the Overview tab reads it):
  listening  one grouped count for the channel x stage table and the coverage matrix
  KPIs       the KPI report by office (one report serves every office)
  rest       survey + benchmark, improvement actions, reminders, activities, queues
  figures    the whole, its three parts on three threads
  tab job    what the tab's worker reads: figures + overdue cases + the office list
Medians of a few runs after one warm-up run, in milliseconds.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from vocdesk.domain.fiscal import fiscal_year_period
from vocdesk.services.accounts import AccountsService
from vocdesk.services.complaints.kpis import ComplaintKpisService
from vocdesk.services.database import open_database
from vocdesk.services.listening.plan import ListeningPlanService
from vocdesk.services.listening.summary import ListeningSummaryService
from vocdesk.services.overview.figures import OverviewService

RUNS = 3


def timed(work: Callable[[], Any], runs: int = RUNS) -> float:
    """Median milliseconds of ``runs`` runs after one warm-up run (the page cache filled)."""
    work()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def build(path: Path, today: str) -> None:
    print(f"building {path} with vocdesk demo --scale 200 (minutes)...", flush=True)
    path.unlink(missing_ok=True)
    subprocess.run(
        [sys.executable, "-m", "vocdesk", "demo", "--db", str(path), "--scale", "200",
         "--seed", "1", "--today", today],
        check=True,
    )  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/overview200.sqlite"))
    parser.add_argument("--keep", action="store_true", help="reuse the database if it exists")
    parser.add_argument("--fy", type=int, default=2569, help="fiscal year (B.E.) to read")
    parser.add_argument("--today", default="2026-11-30")
    args = parser.parse_args()
    if not (args.keep and args.db.exists()):
        build(args.db, args.today)
    today = date.fromisoformat(args.today)
    db, _ = open_database(args.db, create=False)
    token = args.db.with_name(args.db.stem + ".token")  # ``vocdesk demo`` made an administrator
    if token.exists():
        AccountsService(db).sign_in_with_token(token.read_text(encoding="utf-8").strip())
    period = fiscal_year_period(args.fy)
    overview = OverviewService(db, today=lambda: today)
    offices = overview.offices()
    office = offices[0].id if offices else None
    print(f"{args.db}: fiscal year {args.fy} ({period.start} to {period.end}), today {today}")

    summaries = ListeningSummaryService(db)
    plan = ListeningPlanService(db)
    kpis = ComplaintKpisService(db, today=lambda: today)
    before = {
        "summaries": lambda: summaries.summary(period),
        "coverage": lambda: plan.coverage(period),
        "KPIs": lambda: kpis.report(period),
        "old figures": lambda: overview.summary(args.fy),
    }
    after = {
        "listening": lambda: overview.listening_figures(period),
        "listening, one office": lambda: overview.listening_figures(period, office),
        "KPIs by office": lambda: overview.complaint_kpis(period),
        "survey + benchmark": lambda: overview.latest_survey(period),
        "actions": overview.action_counts,
        "reminders": overview.reminders_due,
        "activities": lambda: overview.activities_by_segment(period),
        "queues": overview.queue_counts,
        "overdue cases": overview.overdue_cases,
        "figures (whole)": lambda: overview.figures(period),
        "figures, one office": lambda: overview.figures(period, office),
        "tab job": lambda: (overview.offices(), overview.figures(period), overview.overdue_cases()),
    }
    results: dict[str, float] = {}
    print("\nbefore: the tabs' services one after the other")
    for name, work in before.items():
        results[name] = timed(work)
        print(f"  {name:<24}{results[name]:>9.0f} ms", flush=True)
    old_whole = sum(results[name] for name in ("summaries", "coverage", "KPIs"))
    print(f"  {'summaries+coverage+KPIs':<24}{old_whole:>9.0f} ms")
    print("\nafter: OverviewService.figures and its parts")
    for name, work in after.items():
        results[name] = timed(work)
        print(f"  {name:<24}{results[name]:>9.0f} ms", flush=True)
    whole = results["tab job"]
    print(
        f"\nthe Overview's tab job: {whole:.0f} ms (before: {old_whole:.0f} ms, "
        f"{old_whole / whole:.1f}x); under a second: {'yes' if whole < 1000 else 'NO'}"
    )
    db.dispose()


if __name__ == "__main__":
    main()
