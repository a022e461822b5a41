"""Receiving a bundle of everything (services/exchange/merge.py): a demo database of the given
scale sends everything to a new, empty office, which merges it three times over:

- new: every record inserted (the empty office's first bundle);
- same: the same records again in another bundle (every row compared, nothing written);
- changed: every stakeholder's notes, complaint's unit and listening entry's status edited at
  the sender since (each row compared, those that differ updated). An entry's words edited
  cost more: the search indexes' update triggers run per entry (about 1 ms each here), as for
  any edit.

Run: python benchmarks/bench_bundle_merge.py [--scale 4]

Prints the records in each bundle and the seconds of the merge alone (``receive_bundle`` in
one transaction, committed), the reading of the file (``read_bundle``, one scrypt derivation
of ~0.25 s included) apart.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

from vocdesk.db.base import Base, utc_now
from vocdesk.services.database import Database, open_database
from vocdesk.services.demo import generate_demo
from vocdesk.services.exchange.bundle_file import read_bundle
from vocdesk.services.exchange.merge import receive_bundle
from vocdesk.services.exchange.office import InstallationOffice
from vocdesk.services.exchange.service import ExchangeService

PASSPHRASE = "บันทึกเสียงของผู้รับบริการ-2569"


def merge(db: Database, path: Path) -> None:
    started = time.perf_counter()
    header, payload, attachments = read_bundle(path, PASSPHRASE)
    read = time.perf_counter() - started
    records = sum(len(rows) for rows in payload["tables"].values())
    started = time.perf_counter()
    with db.writing_first(), db.session_scope() as session:
        summary = receive_bundle(session, header, payload, attachments)
    merged = time.perf_counter() - started
    print(
        f"  {path.stem}: {records:,} records, read {read:.2f} s, merged {merged:.2f} s "
        f"(inserted {summary.inserted:,}, updated {summary.updated:,}, "
        f"unchanged {summary.unchanged:,})"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=4)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        place = Path(folder)
        sender, _ = open_database(place / "sender.sqlite")
        started = time.perf_counter()
        generate_demo(sender, scale=args.scale)
        InstallationOffice(sender).set("CNX", "สำนักงานเชียงใหม่")
        print(f"demo at scale {args.scale}: {time.perf_counter() - started:.1f} s")
        receiver, _ = open_database(place / "receiver.sqlite")
        InstallationOffice(receiver).set("BKK", "สำนักงานกรุงเทพฯ")
        service = ExchangeService(sender)
        service.send(place / "new.vdb", PASSPHRASE, to_office="BKK", everything=True)
        service.send(place / "same.vdb", PASSPHRASE, to_office="BKK", everything=True)
        with sender.session_scope() as session:
            now = utc_now()
            for table, column, value in (
                ("stakeholder", "notes", "แก้ไขแล้ว"), ("complaint", "unit", "กองกลาง"),
                ("feedback_entry", "status", "closed"),
            ):  # fmt: skip
                rows = Base.metadata.tables[table]
                session.execute(
                    sa.update(rows).values({column: value, "updated_at": now, "touched_at": now})
                )
        service.send(place / "changed.vdb", PASSPHRASE, to_office="BKK", everything=True)
        for name in ("new", "same", "changed"):
            merge(receiver, place / f"{name}.vdb")
        sender.dispose()
        receiver.dispose()


if __name__ == "__main__":
    main()
