"""The stakeholder registry at scale: importing a file of stakeholders, opening and scrolling the
Stakeholders tab's model, searching, checking duplicates and exporting, each against a baseline
measured in the same run.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/bench_registry.py [--rows 100000] [--keep DIR]
(the default of 20,000 rows finishes in well under two minutes on a shared 2-core machine).

  import     a generated CSV (UTF-8 with BOM, Thai names, valid national IDs and phones) through
             ``transfer.import_file(StakeholderImporter)``: read, check every cell and row, one
             transaction; baseline: raw sqlite3 ``executemany`` of the same rows, already parsed
  open       ``StakeholdersModel``: count + first batch, as the tab opens; baseline: raw
             ``SELECT ... ORDER BY name LIMIT 200``
  scroll     20 ``fetchMore`` batches (4,000 rows); baseline: the same pages by raw LIMIT/OFFSET
  filter     status = former and a segment's priority, counted and first page
  search     ``count_stakeholders`` + first page for a name, a phone, an ID and an organisation;
             baseline: raw ``SELECT count(*) WHERE name LIKE '%term%'``
  duplicates ``find_duplicates`` for a new record (indexed keys + name prefix range)
  export     ``StakeholderExporter`` to CSV (streamed); baseline: raw ``SELECT *`` written by csv
Figures are medians of three runs where repeated.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from vocdesk.domain.enums import Priority, StakeholderStatus  # noqa: E402
from vocdesk.domain.phone import normalise_phone  # noqa: E402
from vocdesk.domain.provinces import PROVINCES  # noqa: E402
from vocdesk.domain.registry import StakeholderDraft, name_key  # noqa: E402
from vocdesk.domain.tables import TableQuery
from vocdesk.domain.thai_id import check_digit  # noqa: E402
from vocdesk.services.database import open_database  # noqa: E402
from vocdesk.services.registry.edit import RegistryEditService  # noqa: E402
from vocdesk.services.registry.stakeholders import RegistryFilter, RegistryService  # noqa: E402
from vocdesk.services.registry.transfer import StakeholderExporter, StakeholderImporter  # noqa: E402
from vocdesk.services.transfer import import_file  # noqa: E402

RUNS = 3
FIRST = ["สมชาย", "สมหญิง", "วิภาวรรณ", "ธนพล", "ศิริพร", "อนุชา", "กาญจนา", "ประเสริฐ", "มาลี", "สุนทร",
         "อรุณี", "วีระ", "นิภา", "ชัยวัฒน์", "พรทิพย์", "John", "Mary"]  # fmt: skip
LAST = ["ใจดี", "รักษ์ไทย", "ศรีสุข", "วงศ์ทอง", "แก้วมณี", "บุญมา", "ทองคำ", "มั่นคง", "สุวรรณศรี", "ประเสริฐวงศ์",
        "Smith", "Brown"]  # fmt: skip
TITLES = ["นาย", "นาง", "นางสาว", "คุณ"]
ORGS = [
    "",
    "",
    "",
    "บริษัท ไทยพัฒนา จำกัด",
    "องค์การบริหารส่วนตำบลหนองบัว",
    "สมาคมผู้ประกอบการ",
    "มูลนิธิเพื่อชุมชน",
]
SEGMENTS = ["general_public", "business", "government", "community", "partners"]
HEADINGS = ["reference", "name", "party type", "kind", "status", "segment", "organisation", "national id",
            "phone", "email", "province", "tags", "consent to follow-up", "consent date"]  # fmt: skip


def _median(work: Callable[[], object], runs: int = RUNS) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def generate_rows(count: int, seed: int = 2569) -> list[list[str]]:
    rng = random.Random(seed)
    ids: set[str] = set()
    rows = []
    for n in range(1, count + 1):
        while True:
            first_twelve = rng.choice("1358") + "".join(rng.choice("0123456789") for _ in range(11))
            national_id = first_twelve + str(check_digit(first_twelve))
            if national_id not in ids:
                ids.add(national_id)
                break
        first, last = rng.choice(FIRST), rng.choice(LAST)
        phone = "0" + rng.choice("689") + f"{n:08d}"
        rows.append([
            f"B-{n:07d}", f"{rng.choice(TITLES)}{first} {last}{n}", "person",
            rng.choice(["service_recipient", "stakeholder", "partner"]), rng.choice(["current", "potential", "former"]),
            rng.choice(SEGMENTS), rng.choice(ORGS), national_id if rng.random() < 0.6 else "", phone,
            f"user{n}@example.co.th" if rng.random() < 0.4 else "", rng.choice(PROVINCES).name_th,
            "อาสา" if rng.random() < 0.1 else "", "yes" if n % 3 == 0 else "no", "2026-01-05" if n % 3 == 0 else "",
        ])  # fmt: skip
    return rows


def write_csv(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(HEADINGS)
        writer.writerows(rows)


def raw_insert(path: Path, rows: list[list[str]]) -> float:
    """The floor: the same rows, already parsed, inserted by raw sqlite3 in one transaction."""
    db, _ = open_database(path)
    db.dispose()
    raw = sqlite3.connect(path)
    segments = dict(raw.execute("SELECT code, id FROM segment"))
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.000000")
    started = time.perf_counter()
    with raw:
        raw.executemany(
            "INSERT INTO stakeholder (id, party_type, kind, status, name, organisation, segment_id, national_id,"
            " phone, phone2, email, line_id, address, province, tags, notes, lawful_basis, consent_follow_up,"
            " archived, name_key, email_key, created_at, updated_at, external_ref)"
            " VALUES (?,?,?,?,?,?,?,?,?,'',?,'','',?,'[]','','',?,0,?,?,?,?,?)",
            ((uuid.uuid4().hex, r[2], r[3], r[4], r[1], r[6], segments[r[5]], r[7] or None,
              normalise_phone(r[8]).e164, r[9], r[10], r[12] == "yes", name_key(r[1]), r[9].lower(), now, now, r[0])
             for r in rows),
        )  # fmt: skip
    elapsed = time.perf_counter() - started
    raw.close()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--keep", type=Path, help="keep the files in this folder")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-registry-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"stakeholder registry with {args.rows:,} rows, files in {folder}")

    started = time.perf_counter()
    rows = generate_rows(args.rows)
    source = folder / "stakeholders.csv"
    write_csv(source, rows)
    print(
        f"generated {source.name}: {source.stat().st_size / 1e6:.1f} MB in {time.perf_counter() - started:.1f} s"
    )

    raw_seconds = raw_insert(folder / "raw.sqlite", rows)
    db, _ = open_database(folder / "registry.sqlite")
    reports: list[tuple[int, int]] = []
    started = time.perf_counter()
    summary = import_file(
        StakeholderImporter(db), source, progress=lambda done, total: reports.append((done, total))
    )
    import_seconds = time.perf_counter() - started
    print(f"import     {import_seconds:7.2f} s  ({summary.added:,} added, {len(reports)} progress reports)"
          f"   raw executemany {raw_seconds:.2f} s   ratio {import_seconds / raw_seconds:.1f}x")  # fmt: skip
    started = time.perf_counter()
    again = import_file(StakeholderImporter(db), source)
    print(
        f"re-import  {time.perf_counter() - started:7.2f} s  ({again.updated:,} updated, {again.added} added)"
    )

    from PySide6.QtWidgets import QApplication

    from vocdesk.ui.registry.stakeholders_model import StakeholdersModel

    app = QApplication.instance() or QApplication(sys.argv[:1])
    registry = RegistryService(db)
    raw = sqlite3.connect(folder / "registry.sqlite")

    seconds, model = _median(lambda: StakeholdersModel(registry))
    raw_open, _ = _median(lambda: raw.execute(
        "SELECT s.*, g.name_th FROM stakeholder s LEFT JOIN segment g ON g.id = s.segment_id"
        " WHERE s.archived = 0 ORDER BY s.name LIMIT 200").fetchall())  # fmt: skip
    print(f"open       {seconds * 1000:7.1f} ms  (count {model.total:,} + first 200)   raw page {raw_open * 1000:.1f} ms"
          f"   ratio {seconds / raw_open:.1f}x")  # fmt: skip

    def scroll() -> int:
        fresh = StakeholdersModel(registry, load=False)
        fresh.reload()
        for _ in range(20):
            fresh.fetchMore(fresh.index(-1, -1).parent())
        return fresh.rowCount()

    seconds, loaded = _median(scroll)
    raw_scroll, _ = _median(lambda: [raw.execute(
        "SELECT * FROM stakeholder WHERE archived = 0 ORDER BY name LIMIT 200 OFFSET ?", (200 * i,)).fetchall()
        for i in range(21)])  # fmt: skip
    print(f"scroll     {seconds * 1000:7.1f} ms  ({loaded:,} rows in 21 batches, {seconds / 21 * 1000:.1f} ms a batch)"
          f"   raw pages {raw_scroll * 1000:.1f} ms   ratio {seconds / raw_scroll:.1f}x")  # fmt: skip

    for label, filters in (("status=former", RegistryFilter(status=StakeholderStatus.FORMER)),
                           ("priority=high", RegistryFilter(priority=Priority.HIGH))):  # fmt: skip
        seconds, found = _median(lambda f=filters: (registry.count_stakeholders(TableQuery(), f),
                                                    registry.list_stakeholders(TableQuery(), 0, 200, f)))  # fmt: skip
        print(f"filter     {seconds * 1000:7.1f} ms  {label}: {found[0]:,} rows")  # type: ignore[index]

    sample = rows[len(rows) // 2]
    with_id = next(r for r in rows[len(rows) // 3 :] if r[7])
    for term in ("ศิริพร", sample[8], with_id[7], "ไทยพัฒนา", "ไม่มีใครชื่อนี้"):
        query = TableQuery(search=term)
        seconds, found = _median(
            lambda q=query: (registry.count_stakeholders(q), registry.list_stakeholders(q, 0, 200))
        )
        raw_seconds, _ = _median(lambda t=term: raw.execute(
            "SELECT count(*) FROM stakeholder WHERE archived = 0 AND name LIKE ?", (f"%{t}%",)).fetchone())  # fmt: skip
        print(f"search     {seconds * 1000:7.1f} ms  “{term}”: {found[0]:,} rows"  # type: ignore[index]
              f"   raw name LIKE {raw_seconds * 1000:.1f} ms   ratio {seconds / raw_seconds:.1f}x")  # fmt: skip

    edit = RegistryEditService(db)
    draft = edit.check(StakeholderDraft(name=f"นาย{FIRST[3]} {LAST[2]}12", phone=sample[8]))
    seconds, matches = _median(lambda: edit.find_duplicates(draft))
    print(f"duplicates {seconds * 1000:7.1f} ms  {len(matches)} look-alikes for a new record")  # type: ignore[arg-type]

    target = folder / "export.csv"
    started = time.perf_counter()
    written = StakeholderExporter(db).export(target)
    export_seconds = time.perf_counter() - started

    def raw_export() -> None:
        with (folder / "raw-export.csv").open("w", encoding="utf-8-sig", newline="") as out:
            csv.writer(out).writerows(
                raw.execute("SELECT * FROM stakeholder WHERE archived = 0 ORDER BY id")
            )

    raw_seconds, _ = _median(raw_export, 1)
    print(f"export     {export_seconds:7.2f} s  ({written:,} rows)   raw SELECT to csv {raw_seconds:.2f} s"
          f"   ratio {export_seconds / raw_seconds:.1f}x")  # fmt: skip
    raw.close()
    db.dispose()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
