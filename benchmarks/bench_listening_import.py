"""Importing the listening log at scale: a generated file of entries through
``transfer.import_file(FeedbackImporter)`` against raw sqlite3 ``executemany`` of the same rows,
already parsed, into the same schema (issue 18).

Run: python benchmarks/bench_listening_import.py [--rows 20000]

Two floors are measured, each on a fresh file: ``executemany`` into the schema as it is (the
number, full-text and short-word triggers fire for every row) and into the schema without the
short-word (``feedback_gram``) triggers, as every insert was before migration 0015. The harness
(``harness.py``) reports the import against the second, the stricter one.
"""

from __future__ import annotations

import argparse
import csv
import random
import sqlite3
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from vocdesk.services.database import open_database
from vocdesk.services.demo.data import FEEDBACK, OTHER_FEEDBACK
from vocdesk.services.listening.transfer import FeedbackImporter
from vocdesk.services.transfer import import_file

HEADINGS = ["received at", "channel", "stage", "type", "sentiment", "text", "segment", "staff",
            "status", "reference"]  # fmt: skip
CHANNELS = ["ติดต่อด้วยตนเอง", "โทรศัพท์", "สายด่วนรัฐบาล 1111", "อีเมล", "เว็บไซต์", "เฟซบุ๊ก"]
SEGMENTS = ["general_public", "business", "government", "community", "partners"]
STAFF = ["สมชาย ใจดี", "วิภาวรรณ ศรีสุข", "ธนพล วงศ์ทอง", "กาญจนา บุญมา", ""]
SENTIMENT = {"complaint": "negative", "compliment": "positive"}
GRAM_TRIGGERS = ("feedback_entry_gram_insert", "feedback_entry_gram_update",
                 "feedback_entry_gram_delete")  # fmt: skip


def generate_rows(count: int, seed: int = 2569) -> list[list[str]]:
    """``count`` entries (Thai words heard, a channel, a stage, a type, a segment code, staff),
    one to three sentences each, received over a year."""
    rng = random.Random(seed)
    sayings = [(kind, text) for topic in FEEDBACK.values() for kind, texts in topic.items()
               for text in texts] + [("other", text) for text in OTHER_FEEDBACK]  # fmt: skip
    start = datetime(2025, 10, 1, 8, 30)
    rows = []
    for n in range(1, count + 1):
        kind, text = rng.choice(sayings)
        text = " ".join([text] + [rng.choice(sayings)[1] for _ in range(rng.randrange(3))])
        when = start + timedelta(minutes=n * 17 % 525_600)
        rows.append([
            when.strftime("%Y-%m-%dT%H:%M+07:00"), rng.choice(CHANNELS),
            rng.choice(["before", "during", "after"]), kind, SENTIMENT.get(kind, "neutral"), text,
            rng.choice(SEGMENTS), rng.choice(STAFF), "new", f"L-{n:07d}",
        ])  # fmt: skip
    return rows


def write_csv(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(HEADINGS)
        writer.writerows(rows)


def raw_insert(path: Path, rows: list[list[str]], *, gram_triggers: bool = True) -> float:
    """The floor: the same rows, already parsed, inserted by raw sqlite3 in one transaction into
    a fresh file (numbered by the schema's trigger, as the application's rows are); without
    ``gram_triggers`` the short-word triggers are dropped first (the schema before 0015)."""
    db, _ = open_database(path)
    db.dispose()
    raw = sqlite3.connect(path)
    if not gram_triggers:
        for name in GRAM_TRIGGERS:
            raw.execute(f"DROP TRIGGER {name}")
        raw.commit()
    channels = dict(raw.execute("SELECT name_th, id FROM channel"))
    segments = dict(raw.execute("SELECT code, id FROM segment"))
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.000000")
    started = time.perf_counter()
    with raw:
        raw.executemany(
            "INSERT INTO feedback_entry (id, received_at, channel_id, stage, type, sentiment, text,"
            " stakeholder_id, segment_id, service_id, office_id, staff, status, reference, version,"
            " created_at, updated_at) VALUES (?,?,?,?,?,?,?,NULL,?,NULL,NULL,?,?,?,1,?,?)",
            ((uuid.uuid4().hex, datetime.fromisoformat(r[0]).astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.000000"),
              channels[r[1]], r[2], r[3], r[4], r[5], segments[r[6]], r[7], r[8], r[9], now, now)
             for r in rows),
        )  # fmt: skip
    elapsed = time.perf_counter() - started
    raw.close()
    return elapsed


def import_seconds(path: Path, source: Path) -> float:
    """The application's import of ``source`` into a fresh database at ``path``."""
    db, _ = open_database(path)
    try:
        started = time.perf_counter()
        summary = import_file(FeedbackImporter(db), source)
        elapsed = time.perf_counter() - started
    finally:
        db.dispose()
    assert summary.added > 0
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--folder", type=Path, help="work here (default: a temporary folder)")
    args = parser.parse_args()
    import tempfile

    with tempfile.TemporaryDirectory(prefix="vocdesk-listening-import-") as temporary:
        folder = args.folder or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        for name in ("raw.sqlite", "raw-0014.sqlite", "app.sqlite"):
            (folder / name).unlink(missing_ok=True)
        rows = generate_rows(args.rows)
        source = folder / "entries.csv"
        write_csv(source, rows)
        raw_all = raw_insert(folder / "raw.sqlite", rows)
        raw_before = raw_insert(folder / "raw-0014.sqlite", rows, gram_triggers=False)
        app = import_seconds(folder / "app.sqlite", source)
    print(f"{args.rows:,} entries: import {app:.2f} s ({args.rows / app:,.0f}/s); raw executemany"
          f" {raw_all:.2f} s with the gram triggers, {raw_before:.2f} s without;"
          f" ratio {raw_before / app:.2f}x raw (without)")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
