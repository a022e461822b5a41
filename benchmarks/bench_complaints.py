"""Complaint queues and KPIs on a large database: do they stay interactive?

Run: python benchmarks/bench_complaints.py [--rows 50000] [--repeat 3]
(the issue asks for 200,000: ``--rows 200000``).

Generates ROWS cases from October 2024 to September 2026 (fiscal years 2568-2569, B.E., more in
the later months) with raw ``executemany`` in one transaction, in the order received, with their
status histories (4% wait for the complainant: paused clocks), then times, best of REPEAT:

- each queue (overdue, due soon, unassigned, mine): the count and the first page of 200 rows,
  through ``ComplaintsService``, against the same filter run by raw ``sqlite3`` (baseline);
- the KPIs of one fiscal year with a breakdown by category, through ``ComplaintKpisService``,
  against a pandas computation of the same figures (numpy ``busday_count`` for working days,
  pauses left out) and the pure rules applied case by case in Python (``domain.complaint_kpis``).
Prints the figures and the ratios against the baselines, and whether the results agree.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from vocdesk.domain.accounts import Principal, Role
from vocdesk.domain.complaints.kpis import Dimension, case_facts, tally
from vocdesk.domain.complaints.service_standard import (
    ServiceStandard,
    due_date,
    pauses_from_history,
)
from vocdesk.domain.complaints.workflow import OPEN_STATUSES, PAUSING_STATUSES
from vocdesk.domain.enums import ComplaintStatus as S
from vocdesk.domain.fiscal import fiscal_year_be, fiscal_year_period
from vocdesk.domain.ids import new_id
from vocdesk.domain.tables import TableQuery
from vocdesk.domain.working_days import WorkingCalendar
from vocdesk.services.complaints.kpis import ComplaintKpisService
from vocdesk.services.complaints.queues import ComplaintsService, Queue
from vocdesk.services.database import Database, open_database

TODAY = date(2026, 9, 15)  # late in fiscal year 2569: its cases are a mix of finished and open
FIRST_DAY = date(2024, 10, 1)  # FY 2568 starts; cases run up to TODAY (about two years)
OFFICERS = [f"officer{i}" for i in range(40)]
UNITS = ["กองช่าง", "กองสาธารณสุข", "สำนักปลัด", "กองคลัง", "กองการศึกษา", ""]
STAMP = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy stores a datetime in SQLite


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(STAMP)


def _thai_moment(day: date, rng: random.Random) -> datetime:
    return datetime(day.year, day.month, day.day, rng.randint(1, 9), rng.randint(0, 59), tzinfo=UTC)


def generate(path: Path, rows: int, seed: int = 2569) -> float:
    """Fill the database at ``path`` with ``rows`` cases and their histories; the seconds taken."""
    rng = random.Random(seed)
    connection = sqlite3.connect(path)
    categories = connection.execute("SELECT id, resolve_days FROM complaint_category").fetchall()
    channels = [row[0] for row in connection.execute("SELECT id FROM channel")]
    offices = [new_id().hex for _ in range(8)]
    calendar = WorkingCalendar(
        date.fromisoformat(d) for (d,) in connection.execute("SELECT day FROM holiday")
    )
    span = (TODAY - FIRST_DAY).days
    now = _stamp(datetime.now(UTC))
    cases: list[tuple[Any, ...]] = []
    changes: list[tuple[Any, ...]] = []
    sequences: dict[int, int] = {}
    started = time.perf_counter()
    for _ in range(rows):
        received_on = FIRST_DAY + timedelta(days=int(span * rng.random() ** 0.8))
        received = _thai_moment(received_on, rng)
        fiscal_year = fiscal_year_be(received_on)
        sequences[fiscal_year] = sequence = sequences.get(fiscal_year, 0) + 1
        category, resolve_days = rng.choice(categories)
        age = (TODAY - received_on).days
        finished = rng.random() < min(0.97, age / 40)
        waited = rng.random() < 0.04
        acknowledged = (
            received + timedelta(days=rng.choice([0, 0, 1, 1, 2, 4]))
            if age > 1 or finished
            else None
        )
        resolved = (
            received + timedelta(days=rng.randint(1, min(max(age, 1), resolve_days * 2)))
            if finished
            else None
        )
        status = (rng.choice([S.RESOLVED, S.CLOSED, S.CLOSED, S.CLOSED]) if finished else
                  S.WAITING if waited else rng.choice([S.RECEIVED, S.SCREENING, S.IN_PROGRESS, S.FORWARDED]))  # fmt: skip
        case_id = new_id().hex
        history = [(received, None, S.RECEIVED)]
        if waited:
            history.append((received + timedelta(days=2), S.IN_PROGRESS, S.WAITING))
            if finished:
                history.append((received + timedelta(days=6), S.WAITING, S.IN_PROGRESS))
        if finished:
            history.append((resolved, history[-1][2], S.RESOLVED))
            if status is S.CLOSED:
                history.append((resolved + timedelta(hours=4), S.RESOLVED, S.CLOSED))
        for moment, before, after in history:
            changes.append(
                (
                    case_id,
                    _stamp(moment),
                    "",
                    before and before.value,
                    after.value,
                    "",
                    new_id().hex,
                    now,
                    now,
                )
            )
        cases.append((
            case_id, now, now, fiscal_year, sequence, f"{fiscal_year}/{sequence:06d}", _stamp(received),
            rng.choice(channels), None, 0, f"เรื่องร้องเรียนที่ {sequence}", "", category, None, "ขอนแก่น", "",
            rng.choice(["high", "medium", "medium", "low"]), rng.random() < 0.02, status.value, rng.choice(offices),
            "" if rng.random() < 0.15 else rng.choice(OFFICERS),
            due_date(calendar, received_on, resolve_days).isoformat(),
            resolved and _stamp(resolved), _stamp(resolved + timedelta(hours=4)) if status is S.CLOSED else None,
            1 if finished and rng.random() < 0.05 else 0, None, "",
            rng.choice([None, None, 3, 4, 4, 5, 5, 2]) if finished else None, None,
            "", "", rng.choice(UNITS), "", "", "", "", acknowledged and _stamp(acknowledged),
        ))  # fmt: skip
    # Cases are registered as they arrive: the table holds them in the order received (and so
    # does a real database), which is what the received-date index reads through.
    cases.sort(key=lambda case: case[6])
    changes.sort(key=lambda change: change[1])
    with connection:
        connection.executemany(
            "INSERT INTO complaint (id, created_at, updated_at, fiscal_year, sequence, number, received_at,"
            " channel_id, stakeholder_id, anonymous, subject, details, category_id, service_id, province,"
            " district, priority, confidential, status, office_id, assigned_to, due_on, resolved_at, closed_at,"
            " reopen_count, feedback_entry_id, resolution, follow_up_score, trust_restored, complainant_name,"
            " complainant_contact, unit, forwarded_agency, forwarded_reference, corrective_action,"
            " follow_up_comment, acknowledged_at)"
            " VALUES (" + ", ".join("?" * 37) + ")",
            cases,
        )
        connection.executemany(
            "INSERT INTO complaint_status_change (complaint_id, changed_at, changed_by, from_status, to_status,"
            " note, id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            changes,
        )
    connection.execute("ANALYZE")
    connection.close()
    return time.perf_counter() - started


def best(repeat: int, work: Callable[[], Any]) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - started)
    return min(times), result


# -- baselines ------------------------------------------------------------------------------------

OPEN = ", ".join(f"'{s.value}'" for s in OPEN_STATUSES)
RUNNING = ", ".join(f"'{s.value}'" for s in OPEN_STATUSES if s not in PAUSING_STATUSES)
RAW_QUEUES = {
    Queue.OVERDUE: (f"status IN ({RUNNING}) AND due_on < :today", {}),
    Queue.DUE_SOON: (f"status IN ({RUNNING}) AND due_on >= :today AND due_on <= :soon", {}),
    Queue.UNASSIGNED: (f"assigned_to = '' AND status IN ({OPEN})", {}),
    Queue.MINE: (f"assigned_to = :me AND status IN ({OPEN})", {}),
}


def raw_queue(path: Path, where: str) -> tuple[int, int]:
    connection = sqlite3.connect(path)
    params = {
        "today": TODAY.isoformat(),
        "soon": (TODAY + timedelta(days=4)).isoformat(),
        "me": OFFICERS[3],
    }
    count = connection.execute(f"SELECT count(*) FROM complaint WHERE {where}", params).fetchone()[
        0
    ]
    page = connection.execute(
        "SELECT c.id, c.number, c.received_at, c.subject, k.name_th, k.name_en, c.status, c.priority,"
        f" c.assigned_to, c.due_on FROM complaint c JOIN complaint_category k ON k.id = c.category_id"
        f" WHERE {where} ORDER BY c.received_at DESC, c.id LIMIT 200",
        params,
    ).fetchall()
    connection.close()
    return count, len(page)


def pandas_kpis(path: Path, fiscal_year: int) -> dict[str, float]:
    """The period's figures by pandas: the columns read into a frame, working days by numpy."""
    import numpy as np
    import pandas as pd

    period = fiscal_year_period(fiscal_year)
    connection = sqlite3.connect(path)
    frame = pd.read_sql_query(
        "SELECT date(c.received_at, '+7 hours') AS received, date(c.acknowledged_at, '+7 hours') AS acknowledged,"
        " date(c.resolved_at, '+7 hours') AS resolved, c.status, c.reopen_count, c.follow_up_score,"
        " c.category_id, k.acknowledge_days, k.resolve_days FROM complaint c"
        " JOIN complaint_category k ON k.id = c.category_id WHERE c.received_at >= ? AND c.received_at < ?",
        connection,
        params=(f"{period.start - timedelta(days=1)} 17:00:00", f"{period.end} 17:00:00"),
    )
    holidays = [d for (d,) in connection.execute("SELECT day FROM holiday")]
    connection.close()
    received = pd.to_datetime(frame["received"]).values.astype("datetime64[D]")
    one = np.timedelta64(1, "D")

    def taken(column: str) -> Any:
        done = pd.to_datetime(frame[column]).values.astype("datetime64[D]")
        known = ~np.isnat(done)
        days = np.zeros(len(frame))
        days[known] = np.busday_count(received[known] + one, done[known] + one, holidays=holidays)
        return np.where(known, days, np.nan)

    today_days = np.busday_count(received + one, np.datetime64(TODAY) + one, holidays=holidays)
    is_open = frame["status"].isin([s.value for s in OPEN_STATUSES]).values
    resolved_days = taken("resolved")
    acknowledged_days = taken("acknowledged")
    ack_decided = ~np.isnan(acknowledged_days) | (
        is_open & (today_days > frame["acknowledge_days"].values)
    )
    res_decided = ~np.isnan(resolved_days) | (is_open & (today_days > frame["resolve_days"].values))
    resolved = resolved_days[~np.isnan(resolved_days)]
    return {
        "received": len(frame),
        "open": int(is_open.sum()),
        "acknowledged_pct": 100
        * float((acknowledged_days <= frame["acknowledge_days"].values).sum())
        / ack_decided.sum(),
        "resolved_pct": 100
        * float((resolved_days <= frame["resolve_days"].values).sum())
        / res_decided.sum(),
        "median_days": float(np.median(resolved)),
        "by_category": frame.groupby("category_id").size().to_dict(),
    }


def python_kpis(path: Path, fiscal_year: int) -> Any:
    """The pure rules case by case: every case's columns and history read, decided in Python."""
    period = fiscal_year_period(fiscal_year)
    connection = sqlite3.connect(path)
    calendar = WorkingCalendar(
        date.fromisoformat(d) for (d,) in connection.execute("SELECT day FROM holiday")
    )
    rows = connection.execute(
        "SELECT c.id, date(c.received_at, '+7 hours'), date(c.acknowledged_at, '+7 hours'),"
        " date(c.resolved_at, '+7 hours'), c.status, c.reopen_count, c.follow_up_score, c.category_id,"
        " k.acknowledge_days, k.resolve_days FROM complaint c JOIN complaint_category k ON k.id = c.category_id"
        " WHERE c.received_at >= ? AND c.received_at < ?",
        (f"{period.start - timedelta(days=1)} 17:00:00", f"{period.end} 17:00:00"),
    ).fetchall()
    history: dict[str, list[tuple[date, S]]] = {}
    for case_id, changed, status in connection.execute(
        "SELECT complaint_id, date(changed_at, '+7 hours'), to_status FROM complaint_status_change"
        " WHERE complaint_id IN (SELECT complaint_id FROM complaint_status_change WHERE to_status = 'waiting')"
        " ORDER BY changed_at"
    ):
        history.setdefault(case_id, []).append((date.fromisoformat(changed), S(status)))
    connection.close()

    def day(text: str | None) -> date | None:
        return None if text is None else date.fromisoformat(text)

    cases = [
        case_facts(
            received_on=date.fromisoformat(received),
            today=TODAY,
            calendar=calendar,
            standard=ServiceStandard(acknowledge_days=ack_days, resolve_days=res_days),
            acknowledged_on=day(acknowledged),
            resolved_on=day(resolved),
            is_open=S(status) in OPEN_STATUSES,
            pauses=pauses_from_history(history.get(case_id, []), TODAY),
            waiting_now=S(status) in PAUSING_STATUSES,
            reopen_count=reopens,
            follow_up_score=score,
            groups={Dimension.CATEGORY: category},
        )  # fmt: skip
        for case_id, received, acknowledged, resolved, status, reopens, score, category, ack_days, res_days in rows
    ]
    return tally(cases).figures()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite"
        database, _ = open_database(path)
        database.dispose()
        seconds = generate(path, args.rows)
        print(
            f"generated {args.rows:,} cases with their histories in {seconds:.1f} s (one transaction)"
        )
        database, _ = open_database(path)
        try:
            run(database, path, args.repeat)
        finally:
            database.dispose()


def run(database: Database, path: Path, repeat: int) -> None:
    # A supervisor without the confidential grant reads the queues ("mine" is officer3's).
    database.actor = Principal(login=OFFICERS[3], role=Role.SUPERVISOR)
    complaints = ComplaintsService(database, today=lambda: TODAY)
    print(
        f"\nqueues (count + first page of 200), best of {repeat}; baseline: the same filter by raw sqlite3"
    )
    for queue, (where, _) in RAW_QUEUES.items():

        def service_queue(queue: Queue = queue) -> tuple[int, int]:
            return (complaints.count_complaints(TableQuery(), queue),
                    len(complaints.list_complaints(TableQuery(), 0, 200, queue)))  # fmt: skip

        ours, (count, page) = best(repeat, service_queue)
        raw, (raw_count, _raw_page) = best(repeat, lambda where=where: raw_queue(path, where))
        print(f"  {queue.value:11s} {count:8,} cases  service {ours * 1000:7.1f} ms   raw sqlite3 {raw * 1000:7.1f} ms"
              f"   {ours / raw:5.1f}x  (raw count {raw_count:,})")  # fmt: skip

    kpis = ComplaintKpisService(database, today=lambda: TODAY)
    fiscal_year = fiscal_year_be(TODAY)
    period = fiscal_year_period(fiscal_year)
    print(f"\nKPIs of fiscal year {fiscal_year} with a breakdown by category, best of {repeat}")
    ours, report = best(repeat, lambda: kpis.report(period, Dimension.CATEGORY))
    frame, by_pandas = best(repeat, lambda: pandas_kpis(path, fiscal_year))
    plain, by_python = best(repeat, lambda: python_kpis(path, fiscal_year))
    total = report.total
    print(f"  cases in the year {total.received:,}; open {total.open:,}; overdue {total.overdue:,}; "
          f"acknowledged in time {total.acknowledged_pct:.1f}%; resolved in time {total.resolved_pct:.1f}%; "
          f"median {total.median_days} working days")  # fmt: skip
    print(f"  service (SQL GROUP BY)      {ours * 1000:8.1f} ms   1.00x")
    print(
        f"  pandas + numpy busday_count {frame * 1000:8.1f} ms   {frame / ours:5.2f}x the service's time"
    )
    print(
        f"  pure rules case by case     {plain * 1000:8.1f} ms   {plain / ours:5.2f}x the service's time"
    )
    agree = (by_python.received, by_python.resolved_pct, by_python.median_days, by_python.overdue) == (
        total.received, total.resolved_pct, total.median_days, total.overdue)  # fmt: skip
    print(f"  service == pure rules: {agree}; pandas received {by_pandas['received']:,}, "
          f"resolved in time {by_pandas['resolved_pct']:.1f}% (pauses not removed), "
          f"median {by_pandas['median_days']}")  # fmt: skip
    whole = fiscal_year_period(fiscal_year - 1)
    everything = type(period)(whole.start, TODAY)
    seconds, report = best(repeat, lambda: kpis.report(everything, Dimension.UNIT))
    print(
        f"  all {report.total.received:,} cases (FY {fiscal_year - 1} to today) by unit: {seconds * 1000:.1f} ms"
    )


if __name__ == "__main__":
    main()
