"""Sending a bundle of everything (services/exchange/service.py): a demo database of the given
scale, its office set, then ``ExchangeService.send(everything=True)`` timed whole, and the
collection alone (``changes.collect``, rolled back) beside it.

Run: python benchmarks/bench_bundle_send.py [--scale 4] [--runs 3]

Prints the records sent (rows and survey answers), the seconds of the send (collect + encode +
compress + encrypt + write; one scrypt derivation of ~0.25 s included) and of the collection
alone, and the file's size.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

from vocdesk.db.models import FeedbackEntry
from vocdesk.services.database import open_database
from vocdesk.services.demo import generate_demo
from vocdesk.services.exchange.changes import collect
from vocdesk.services.exchange.office import InstallationOffice
from vocdesk.services.exchange.service import ExchangeService
from vocdesk.services.exchange.tables import RULES

PASSPHRASE = "บันทึกเสียงของผู้รับบริการ-2569"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=4)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db, _ = open_database(Path(folder) / "bench.sqlite")
        started = time.perf_counter()
        generate_demo(db, scale=args.scale)
        InstallationOffice(db).set("CNX", "สำนักงานเชียงใหม่")
        print(f"demo at scale {args.scale}: {time.perf_counter() - started:.1f} s")
        service = ExchangeService(db)
        sends, collects = [], []
        for run in range(args.runs):
            out = Path(folder) / f"everything-{run}.vocbundle"
            started = time.perf_counter()
            summary = service.send(out, PASSPHRASE, to_office="BKK", everything=True)
            sends.append(time.perf_counter() - started)
            session = db._sessions()  # noqa: SLF001 - the collection alone, rolled back
            try:
                started = time.perf_counter()
                collected = collect(session, since=None, to_office="BKK")
                collects.append(time.perf_counter() - started)
            finally:
                session.rollback()
                session.close()
            print(
                f"run {run + 1}: {summary.records:,} records ({collected.records:,} collected, "
                f"{summary.attachments} attachments) sent in {sends[-1]:.2f} s "
                f"(collection alone {collects[-1]:.2f} s), "
                f"{summary.size / 1e6:.1f} MB"
            )
        print(f"send: min {min(sends):.2f} s, median {statistics.median(sends):.2f} s; "
              f"collection: min {min(collects):.2f} s")  # fmt: skip
        # What changed since: every record made a day ago (as if the bundles above were sent
        # then), a listening entry in a hundred edited now, then the next bundle.
        table = FeedbackEntry.__table__
        with db.engine.begin() as connection:
            yesterday = datetime.now(UTC) - timedelta(days=1)
            for rule in RULES:
                if "touched_at" in rule.table.c:
                    connection.execute(sa.update(rule.table).values(touched_at=yesterday))
            ids = connection.scalars(sa.select(table.c.id)).all()[::100]
            for start in range(0, len(ids), 500):
                connection.execute(
                    sa.update(table)
                    .where(table.c.id.in_(ids[start : start + 500]))
                    .values(staff="somchai")
                )
        started = time.perf_counter()
        summary = service.send(Path(folder) / "since.vocbundle", PASSPHRASE, to_office="BKK")
        print(f"since the last: {summary.records:,} records sent in "
              f"{time.perf_counter() - started:.2f} s, {summary.size / 1e3:.0f} kB")  # fmt: skip
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory of the process: {peak:.0f} MB")
        db.dispose()


if __name__ == "__main__":
    main()
