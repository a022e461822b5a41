"""The PMQA category 3 evidence pack on a database of 1,000,000 listening entries
(``vocdesk demo --scale 200``): the figures gathered, the layout, and the whole, beside the
Overview's own figures for the same period read in the same run (what the pack adds).

Run: python benchmarks/bench_pmqa_report.py [--db PATH] [--fy 2569] [--today 2026-10-01]
The database must exist (``vocdesk demo --db PATH --scale 200``; about ten minutes). Medians of
a few runs after one warm-up run, in milliseconds. The goal: the whole under 10 seconds.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from vocdesk.domain.clock import THAI_TIME
from vocdesk.domain.fiscal import fiscal_year_period
from vocdesk.reports.kit import untranslated
from vocdesk.reports.pmqa_report import render
from vocdesk.services.accounts import AccountsService
from vocdesk.services.database import open_database
from vocdesk.services.overview.figures import OverviewService
from vocdesk.services.reports.catalogue import ReportService
from vocdesk.services.reports.context import ReportContext
from vocdesk.services.reports.pmqa_figures import PmqaFiguresReader
from vocdesk.services.reports.request import ReportKind, ReportRequest

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/pmqa200.sqlite"))
    parser.add_argument("--fy", type=int, default=2569, help="fiscal year (B.E.)")
    parser.add_argument("--today", default="2026-10-01")
    parser.add_argument("--lang", default="th")
    args = parser.parse_args()
    today = date.fromisoformat(args.today)
    printed = datetime(today.year, today.month, today.day, 9, 30, tzinfo=THAI_TIME)
    db, _ = open_database(args.db, create=False)
    token = args.db.with_name(args.db.stem + ".token")  # ``vocdesk demo`` made an administrator
    if token.exists():
        AccountsService(db).sign_in_with_token(token.read_text(encoding="utf-8").strip())
    period = fiscal_year_period(args.fy)
    request = ReportRequest(ReportKind.PMQA, args.lang, args.fy)
    context = ReportContext.open(db, request, untranslated, lambda: printed)
    reader = PmqaFiguresReader(db, lambda: today)
    figures = reader.gather(args.fy, period)
    print(f"{args.db}: fiscal year {args.fy} ({period.start} to {period.end}), today {today}")
    print(f"  {figures.listening.total:,} feedback entries, "
          f"{figures.complaints.kpis.received:,} complaints in the period")  # fmt: skip
    words = context.wording

    def layout() -> bytes:
        return render(
            figures, words, context.furniture("PMQA"), context.metadata("PMQA"),
            context.agency.name(words.lang), context.period_label(),
        )  # fmt: skip

    overview = OverviewService(db, today=lambda: today)
    service = ReportService(db, now=lambda: printed)
    parts = {
        "baseline: Overview figures": lambda: overview.figures(period),
        "figures gathered": lambda: reader.gather(args.fy, period),
        "  listening": lambda: reader.listening(period),
        "  complaints": lambda: reader.complaints(period),
        "  survey": lambda: reader.survey(period),
        "  registry": lambda: reader.registry(()),
        "  relationships": lambda: reader.relationships(period),
        "  improvement": lambda: reader.improvement(period),
        "layout (PDF)": layout,
        "whole (ReportService.build)": lambda: service.build(request, untranslated),
    }
    results: dict[str, float] = {}
    print(f"\n  {'part':<30}{'ms':>9}")
    for name, work in parts.items():
        results[name] = timed(work)
        print(f"  {name:<30}{results[name]:>9.0f}", flush=True)
    whole, base = results["whole (ReportService.build)"], results["baseline: Overview figures"]
    print(
        f"\nthe pack: {whole:.0f} ms, {whole / base:.1f}x the Overview's figures ({base:.0f} ms);"
        f" under 10 seconds: {'yes' if whole < 10_000 else 'NO'}"
    )


if __name__ == "__main__":
    main()
