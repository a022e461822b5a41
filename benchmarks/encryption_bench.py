"""What SQLCipher encryption costs in speed (issue 16): the same database plain and encrypted.

Run: .venv/bin/python benchmarks/encryption_bench.py [--scale 40] [--runs 5] [--folder DIR]

Builds once (cached in FOLDER, default ``~/.cache/vocdesk-bench/encryption``) a demo database at
SCALE (40: 40,000 stakeholders, 200,000 listening entries, 24,000 complaints), then for each run
copies it plain and encrypts a copy (timed: the conversion an administrator starts), and times on
both, through the services the window calls (medians of RUNS):

- open: ``open_database`` and a first read (each connection derives the key: PBKDF2, 256,000
  rounds of HMAC-SHA512 in SQLCipher 4), and a new connection alone;
- full-text search: a common word (FTS5 trigram index) counted and its first page; a two-letter
  word, which the index cannot serve (a scan of every entry, every page decrypted);
- a page of the listening log: the newest 200, and the deepest page;
- an import: 10,000 stakeholders from a CSV through the real importer (one transaction);
- a backup copy (the backup API).

Prints a table: plain, encrypted, and the ratio encrypted / plain.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_registry  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from vocdesk.db.engine import make_engine, sqlite_url  # noqa: E402
from vocdesk.db.models import Stakeholder  # noqa: E402
from vocdesk.domain.tables import TableQuery  # noqa: E402
from vocdesk.services.database import open_database  # noqa: E402
from vocdesk.services.demo.generate import generate_demo  # noqa: E402
from vocdesk.services.encryption import encrypt_file  # noqa: E402
from vocdesk.services.listening.log import ListeningService  # noqa: E402
from vocdesk.services.registry.transfer import StakeholderImporter  # noqa: E402
from vocdesk.services.transfer import import_file  # noqa: E402

PASSPHRASE = "benchmark passphrase ๒๕๖๙"
TODAY = date(2026, 11, 30)
PAGE = 200
COMMON_WORD = "บริการ"
SHORT_WORD = "รอ"
IMPORT_ROWS = 10_000


def median(work: Callable[[], Any], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def once(work: Callable[[], Any]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def base_database(folder: Path, scale: int) -> Path:
    path = folder / f"demo-scale{scale}.sqlite"
    if path.exists():
        return path
    partial = path.with_suffix(".part")
    partial.unlink(missing_ok=True)
    print(f"building {path} (demo at scale {scale}) ...", file=sys.stderr, flush=True)
    started = time.perf_counter()
    db, _ = open_database(partial)
    try:
        generate_demo(db, scale=scale, seed=1, today=TODAY)
    finally:
        db.dispose()
    partial.rename(path)
    print(f"built in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return path


def figures(path: Path, passphrase: str | None, csv_file: Path, runs: int) -> dict[str, float]:
    out: dict[str, float] = {}

    def open_and_read() -> None:
        db, _ = open_database(path, create=False, passphrase=passphrase)
        try:
            with db.session_scope() as session:
                session.scalar(select(func.count()).select_from(Stakeholder))
        finally:
            db.dispose()

    out["open + first read"] = median(open_and_read, runs)
    db, _ = open_database(path, create=False, passphrase=passphrase)
    try:
        out["new connection"] = median(lambda: _new_connection(path, passphrase), runs)
        log = ListeningService(db)
        common = TableQuery(search=COMMON_WORD)
        out[f"search '{COMMON_WORD}': count + first page"] = median(
            lambda: (log.count_feedback(common), log.list_feedback(common, 0, PAGE)), runs
        )
        short = TableQuery(search=SHORT_WORD)
        out[f"search '{SHORT_WORD}' (no index: scan)"] = median(
            lambda: (log.count_feedback(short), log.list_feedback(short, 0, PAGE)), runs
        )
        newest = TableQuery(sort_key="received", descending=True)
        total = log.count_feedback(TableQuery())
        out["listening log: newest page"] = median(lambda: log.list_feedback(newest, 0, PAGE), runs)
        out["listening log: deepest page"] = median(
            lambda: log.list_feedback(newest, max(0, total - PAGE), PAGE), runs
        )
        out[f"import {IMPORT_ROWS:,} stakeholders (CSV)"] = once(
            lambda: import_file(StakeholderImporter(db), csv_file)
        )
        copy = path.with_name(path.stem + "-backup.sqlite")
        out["backup copy"] = once(lambda: db.backup_to(copy))
        copy.unlink(missing_ok=True)
    finally:
        db.dispose()
    return out


def _new_connection(path: Path, passphrase: str | None) -> None:
    """What each new connection pays (a worker thread, the pool growing): keying and pragmas."""
    engine = make_engine(sqlite_url(path), passphrase=passphrase)
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    finally:
        engine.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=40)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--folder", type=Path, default=Path.home() / ".cache/vocdesk-bench/encryption"
    )
    args = parser.parse_args(argv)
    args.folder.mkdir(parents=True, exist_ok=True)
    base = base_database(args.folder, args.scale)
    work = Path(tempfile.mkdtemp(prefix="encryption-bench-", dir=args.folder))
    try:
        plain, encrypted = work / "plain.sqlite", work / "encrypted.sqlite"
        shutil.copyfile(base, plain)
        convert = once(lambda: encrypt_file(plain, encrypted, PASSPHRASE))
        size = plain.stat().st_size / 1e6
        csv_file = work / "stakeholders.csv"
        bench_registry.write_csv(csv_file, bench_registry.generate_rows(IMPORT_ROWS))
        print(f"database: demo at scale {args.scale}, {size:,.0f} MB; sqlcipher3-wheels; "
              f"medians of {args.runs} runs")  # fmt: skip
        print(f"encrypting it (sqlcipher_export, checked): {convert:.2f} s")
        results = [figures(plain, None, csv_file, args.runs),
                   figures(encrypted, PASSPHRASE, csv_file, args.runs)]  # fmt: skip
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{'figure':46} {'plain':>10} {'encrypted':>10} {'ratio':>7}")
    for name, plain_s in results[0].items():
        enc_s = results[1][name]
        print(f"{name:46} {plain_s * 1000:8.1f} ms {enc_s * 1000:8.1f} ms {enc_s / plain_s:6.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
