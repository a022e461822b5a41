"""Period summaries and the coverage matrix over a large listening log, against raw SQLite and
pandas baselines measured in the same run.

Run: python benchmarks/bench_listening_summary.py [--rows 200000] [--keep PATH]
(--rows 1000000 for the issue's full size; building it takes a few minutes, the full-text index
is filled by its triggers.)

Builds a real VocDesk database (migrations, indexes, triggers) and fills it through raw
executemany: entries spread evenly over fiscal years 2567-2569, with channel, stage, type,
segment (or none) and service (or none). Then, for a fiscal year, a quarter and a month:
  summary    ListeningSummaryService.summary(period): what the Summaries page asks for
  coverage   ListeningPlanService.coverage(period): what the coverage matrix asks for
  raw        the same GROUP BY statements through raw sqlite3, on the covering index
  per-table  raw sqlite3 with one GROUP BY per table of the page (the design the summary replaced)
  no-cover   the same raw statements forced onto the plain received_at index (INDEXED BY), i.e.
             what they cost without ix_feedback_entry_summary: every entry row is read
  pandas     the same counts with DataFrame.groupby on the period's rows (load from SQLite
             with read_sql, then group; both timed)
Medians of a few runs, in milliseconds; ratios against ``summary``. The query plans are printed
so that the covering index can be seen in use.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from vocdesk.domain.fiscal import Period, fiscal_year_period, months_of, period_for
from vocdesk.services.database import open_database
from vocdesk.services.listening.plan import ListeningPlanService
from vocdesk.services.listening.summary import ListeningSummaryService
from vocdesk.services.periods import period_bounds

RUNS = 3
FIRST_FY, LAST_FY = 2567, 2569
# What the services run: the summarys one pass over five columns, the coverages three.
GROUPINGS = ["channel_id, stage, type, segment_id, service_id", "segment_id, stage, channel_id"]
# The design the summary replaced: one GROUP BY per table of the page.
PER_TABLE = [
    "channel_id, stage",
    "type",
    "segment_id",
    "service_id",
    "segment_id, stage, channel_id",
]


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def build(path: Path, rows: int) -> float:
    db, _ = open_database(path)
    db.dispose()
    started = time.perf_counter()
    raw = sqlite3.connect(path)
    channels = [c for (c,) in raw.execute("SELECT id FROM channel")]
    segments = [s for (s,) in raw.execute("SELECT id FROM segment")] + [None]
    services = [uuid.uuid4().hex for _ in range(8)]
    with raw:
        raw.executemany(
            "INSERT INTO service (id, code, name_th, name_en, description, active, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, '', 1, '2023-10-01 00:00:00.000000', '2023-10-01 00:00:00.000000')",
            [(s, f"svc{n}", f"บริการ {n}", f"Service {n}") for n, s in enumerate(services)],
        )
    services.append(None)
    # Every NOT NULL column without a value of ours gets a neutral one, so the benchmark follows
    # the listening log's schema as it grows.
    ours = {"id", "received_at", "channel_id", "stage", "type", "segment_id", "service_id", "text",
            "sentiment", "created_at", "updated_at"}  # fmt: skip
    extra = [
        (name, kind.upper())
        for _cid, name, kind, notnull, default, _pk in raw.execute(
            "PRAGMA table_info(feedback_entry)"
        )
        if notnull and default is None and name not in ours
    ]
    columns = [*ours, *(name for name, _ in extra)]
    rng = random.Random(2569)
    first = fiscal_year_period(FIRST_FY).start
    span = (fiscal_year_period(LAST_FY).end - first).days + 1
    step = span * 86400 / rows

    def generate():
        for n in range(rows):
            moment = datetime(first.year, first.month, first.day, tzinfo=UTC) + timedelta(
                seconds=n * step
            )
            values = {
                "id": uuid.uuid4().hex, "received_at": _stamp(moment), "channel_id": rng.choice(channels),
                "stage": rng.choice(("before", "during", "after")),
                "type": rng.choice(("need", "expectation", "suggestion", "compliment", "inquiry", "complaint", "other")),
                "segment_id": rng.choice(segments), "service_id": rng.choice(services),
                "text": f"ข้อเสนอแนะครั้งที่{n}", "sentiment": "neutral",
                "created_at": _stamp(moment), "updated_at": _stamp(moment),
            }  # fmt: skip
            for name, kind in extra:
                values[name] = n if "INT" in kind else ""
            yield tuple(values[c] for c in columns)

    with raw:
        raw.executemany(
            f"INSERT INTO feedback_entry ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            generate(),
        )
    raw.execute("ANALYZE")
    raw.close()
    return time.perf_counter() - started


def timed(work: Callable[[], object]) -> tuple[float, object]:
    times, result = [], None
    for _ in range(RUNS):
        started = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000, result


def _bounds(period: Period) -> tuple[str, str]:
    start, end = period_bounds(period)
    return _stamp(start), _stamp(end)


def raw_counts(
    raw: sqlite3.Connection, period: Period, index: str = "", groupings: list[str] = GROUPINGS
) -> int:
    """The summary's GROUP BYs and month counts in plain SQL; the period's total."""
    start, end = _bounds(period)
    hint = f" INDEXED BY {index}" if index else ""
    total = 0
    for grouping in groupings:
        rows = raw.execute(
            f"SELECT {grouping}, count(*) FROM feedback_entry{hint}"
            f" WHERE received_at >= ? AND received_at < ? GROUP BY {grouping}",
            (start, end),
        ).fetchall()
        total = sum(r[-1] for r in rows)
    for month in months_of(period):
        raw.execute(
            f"SELECT count(*) FROM feedback_entry{hint} WHERE received_at >= ? AND received_at < ?",
            _bounds(month),
        ).fetchone()
    return total


def pandas_counts(path: Path, period: Period) -> tuple[float, float, int]:
    import pandas as pd

    start, end = _bounds(period)
    connection = sqlite3.connect(path)
    began = time.perf_counter()
    frame = pd.read_sql(
        "SELECT received_at, channel_id, stage, type, segment_id, service_id FROM feedback_entry"
        " WHERE received_at >= ? AND received_at < ?",
        connection, params=(start, end),
    )  # fmt: skip
    loaded = time.perf_counter()
    for grouping in GROUPINGS:
        frame.groupby([c.strip() for c in grouping.split(",")], dropna=False).size()
    frame["received_at"].str.slice(0, 7).value_counts()  # months (UTC; close enough for timing)
    grouped = time.perf_counter()
    connection.close()
    return (loaded - began) * 1000, (grouped - loaded) * 1000, len(frame)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--keep", type=Path, help="build (or reuse) the database at this path")
    args = parser.parse_args()
    folder = tempfile.TemporaryDirectory()
    path = args.keep or Path(folder.name) / "summary.sqlite"
    if path.exists():
        print(f"reusing {path}")
    else:
        seconds = build(path, args.rows)
        print(f"built {args.rows:,} entries in {seconds:.1f} s")
    db, _ = open_database(path)
    summaries, plans = ListeningSummaryService(db), ListeningPlanService(db)
    raw = sqlite3.connect(path)
    total = raw.execute("SELECT count(*) FROM feedback_entry").fetchone()[0]
    print(f"{total:,} entries over fiscal years {FIRST_FY}-{LAST_FY}; median of {RUNS} runs, ms\n")

    start, end = _bounds(fiscal_year_period(LAST_FY))
    for grouping in GROUPINGS:
        plan = raw.execute(
            f"EXPLAIN QUERY PLAN SELECT {grouping}, count(*) FROM feedback_entry"
            f" WHERE received_at >= ? AND received_at < ? GROUP BY {grouping}", (start, end),
        ).fetchall()  # fmt: skip
        print(f"plan of GROUP BY {grouping}: " + " | ".join(row[-1] for row in plan))
    print()
    periods = {
        f"FY {LAST_FY}": fiscal_year_period(LAST_FY),
        f"Q1 FY {LAST_FY}": period_for("quarter", LAST_FY, 1),
        "Oct 2025": period_for("month", LAST_FY, 1),
    }
    print(f"{'period':<13}{'rows':>9}{'summary':>9}{'coverage':>9}{'raw':>8}{'per-table':>10}{'no-cover':>9}"
          f"{'pd load':>9}{'pd group':>9}{'raw/sum':>8}{'nocov/sum':>10}{'pandas/sum':>11}")  # fmt: skip
    for name, period in periods.items():
        summary_ms, summary = timed(lambda p=period: summaries.summary(p))
        coverage_ms, coverage = timed(lambda p=period: plans.coverage(p))
        raw_ms, raw_total = timed(lambda p=period: raw_counts(raw, p))
        table_ms, _ = timed(lambda p=period: raw_counts(raw, p, groupings=PER_TABLE))
        plain_ms, plain_total = timed(
            lambda p=period: raw_counts(raw, p, "ix_feedback_entry_received_at")
        )
        load_ms, group_ms, frame_rows = pandas_counts(path, period)
        assert summary.total == coverage.matrix.heard == raw_total == plain_total == frame_rows, (
            name
        )
        assert sum(m.count for m in summary.monthly) == summary.total
        pandas_ms = load_ms + group_ms
        print(f"{name:<13}{summary.total:>9,}{summary_ms:>9.0f}{coverage_ms:>9.0f}{raw_ms:>8.0f}{table_ms:>10.0f}"
              f"{plain_ms:>9.0f}"
              f"{load_ms:>9.0f}{group_ms:>9.0f}{raw_ms / summary_ms:>8.2f}{plain_ms / summary_ms:>10.2f}"
              f"{pandas_ms / summary_ms:>11.2f}")  # fmt: skip
    raw.close()
    db.dispose()
    folder.cleanup()


if __name__ == "__main__":
    main()
