"""Why primary keys are UUIDv7: bulk inserts into SQLite with time-ordered vs random UUID keys.

Run: python benchmarks/bench_uuid_keys.py [ROWS]
Prints the time of each variant and the ratio against integer keys measured in the same run.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from vocdesk.domain.ids import new_id


def _insert(path: Path, make_key: Callable[[int], object], rows: int, key_type: str) -> float:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute(f"CREATE TABLE t (id {key_type} PRIMARY KEY, name TEXT, n INTEGER)")
    connection.execute("CREATE INDEX ix_t_name ON t (name)")
    data = [(make_key(i), f"ผู้รับบริการ {i % 997}", i) for i in range(rows)]
    started = time.perf_counter()
    with connection:
        connection.executemany("INSERT INTO t VALUES (?, ?, ?)", data)
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 500_000
    variants: dict[str, tuple[Callable[[int], object], str]] = {
        "integer (baseline)": (lambda i: i, "INTEGER"),
        "uuid7 (VocDesk)": (lambda _i: new_id().hex, "CHAR(32)"),
        "uuid4 (random)": (lambda _i: uuid.uuid4().hex, "CHAR(32)"),
    }
    with tempfile.TemporaryDirectory() as folder:
        results = {
            name: _insert(Path(folder) / f"{n}.sqlite", make_key, rows, key_type)
            for n, (name, (make_key, key_type)) in enumerate(variants.items())
        }
    baseline = results["integer (baseline)"]
    print(f"bulk insert of {rows:,} rows in one transaction")
    for name, seconds in results.items():
        print(
            f"  {name:20s} {seconds:7.2f} s  {rows / seconds:10,.0f} rows/s  {seconds / baseline:5.2f}x"
        )
    print(f"  uuid4 / uuid7 = {results['uuid4 (random)'] / results['uuid7 (VocDesk)']:.2f}x")


if __name__ == "__main__":
    main()
