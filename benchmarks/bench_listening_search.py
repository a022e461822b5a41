"""Searching the listening log of a million entries: the FTS5 trigram index against a plain
LIKE scan, and what the Listening tab's model costs to open, count and scroll.

Run: python benchmarks/bench_listening_search.py [--rows 200000] [--keep PATH]
Builds a real VocDesk database (migrations, triggers), fills it with Thai sentences written
without spaces (plus some English) through raw executemany in one transaction, then times each
search word three ways, in the same run:
  search   ListeningService.count_feedback / list_feedback: what the tab does (the full-text index
           for the words heard, plus names of stakeholders, channels, services, ... by lookup)
  fts      the words-heard condition alone (the index): must find exactly what the scans find
  like     the same count with a plain ``lower(text) LIKE '%word%'`` (the search before the index)
  raw      raw sqlite3 ``SELECT count(*) ... WHERE text LIKE ?`` (no ORM, no joins: the floor of a scan)
Figures are the median of a few runs; ratios are like/fts and raw/fts.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from vocdesk.db.models import FeedbackEntry
from vocdesk.domain.tables import TableQuery
from vocdesk.services.database import open_database
from vocdesk.services.listening.log import ListeningService, words_condition

RUNS = 3
PHRASES = [
    "เจ้าหน้าที่ให้บริการด้วยความสุภาพ",
    "รอคิวนานมาก",
    "อยากให้เพิ่มช่องทางออนไลน์",
    "ที่จอดรถไม่เพียงพอ",
    "ขั้นตอนยุ่งยากซับซ้อน",
    "เอกสารซ้ำซ้อน",
    "ประทับใจการบริการ",
    "ห้องน้ำไม่สะอาด",
    "แอร์ไม่เย็น",
    "ระบบล่มบ่อย",
    "ขอให้ขยายเวลาเปิดทำการ",
    "ป้ายบอกทางไม่ชัดเจน",
    "ค่าธรรมเนียมสูงเกินไป",
    "สอบถามสถานะคำขอ",
    "ได้รับการแจ้งเตือนทางไลน์",
    "เว็บไซต์ใช้งานยาก",
    "โทรติดต่อไม่ได้",
    "ขอบคุณที่ช่วยเหลือ",
    "ผู้สูงอายุเดินทางลำบาก",
    "ควรมีล่ามภาษามือ",
    "ตู้กดบัตรคิวเสีย",
    "the online form times out",
    "please add English signs",
    "staff were very helpful",
]
RARE = {"ลิฟต์ค้าง": 5_000, "น้ำท่วมลานจอด": 50_000, "elevator": 20_000}  # word: one entry in N
SEARCHES = ["จอดรถ", "ออนไลน์", "ลิฟต์ค้าง", "น้ำท่วมลานจอด", "ภาษามือ", "helpful", "elevator", "ดี"]


def _sentence(rng: random.Random) -> str:
    text = "".join(rng.sample(PHRASES, rng.randint(2, 4)))
    for word, one_in in RARE.items():
        if rng.randrange(one_in) == 0:
            text += word
    return text + f"ครั้งที่{rng.randint(1, 9999)}"


def build(path: Path, rows: int) -> float:
    db, _ = open_database(path)
    db.dispose()
    started = time.perf_counter()
    raw = sqlite3.connect(path)
    channels = [c for (c,) in raw.execute("SELECT id FROM channel")]
    rng = random.Random(2569)
    start = datetime(2023, 10, 1, tzinfo=UTC)
    stages, types = (
        ["before", "during", "after"],
        ["need", "suggestion", "compliment", "inquiry", "complaint"],
    )

    def generate():
        for n in range(1, rows + 1):
            moment = (start + timedelta(seconds=n * 90)).strftime("%Y-%m-%d %H:%M:%S.000000")
            yield (uuid.uuid4().hex, moment, rng.choice(channels), rng.choice(stages), rng.choice(types),
                   "neutral", _sentence(rng), "", n, "", "new", moment, moment)  # fmt: skip

    with raw:
        raw.executemany(
            "INSERT INTO feedback_entry (id, received_at, channel_id, stage, type, sentiment, text, staff,"
            " number, reference, status, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
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
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--keep", type=Path, help="build (or reuse) the database at this path")
    parser.add_argument(
        "--export", action="store_true", help="also time a streaming CSV export of every entry"
    )
    args = parser.parse_args()
    folder = tempfile.TemporaryDirectory()
    path = args.keep or Path(folder.name) / "listening.sqlite"
    if path.exists():
        print(f"reusing {path}")
    else:
        seconds = build(path, args.rows)
        print(f"built {args.rows:,} entries (with the index, by its triggers) in {seconds:.1f} s")

    db, _ = open_database(path)
    service = ListeningService(db)
    raw = sqlite3.connect(path)
    total = raw.execute("SELECT count(*) FROM feedback_entry").fetchone()[0]
    print(f"{total:,} entries; median of {RUNS} runs, milliseconds\n")
    print(f"{'word':<14}{'search':>8}{'count':>8}{'page':>7}{'found':>8}{'fts':>7}{'like':>8}{'raw like':>9}"
          f"{'like/fts':>9}{'raw/fts':>8}")  # fmt: skip
    for word in SEARCHES:
        query = TableQuery(search=word)
        search_count, searched = timed(lambda q=query: service.count_feedback(q))
        search_page, _ = timed(lambda q=query: service.list_feedback(q, 0, 200))

        def fts_count(w: str = word) -> int:
            with db.session_scope() as session:
                return session.scalar(
                    select(func.count(FeedbackEntry.id)).where(words_condition(w))
                )

        fts, found = timed(fts_count)

        def like_count(w: str = word) -> int:
            with db.session_scope() as session:
                return session.scalar(select(func.count(FeedbackEntry.id))
                                      .where(FeedbackEntry.text.icontains(w, autoescape=True)))  # fmt: skip

        like, like_found = timed(like_count)
        raw_like, raw_found = timed(
            lambda w=word: raw.execute(
                "SELECT count(*) FROM feedback_entry WHERE text LIKE ?", (f"%{w}%",)
            ).fetchone()[0]
        )
        assert found == like_found == raw_found, (word, found, like_found, raw_found)
        print(
            f"{word:<14}{searched:>8,}{search_count * 1e3:>8.1f}{search_page * 1e3:>7.1f}{found:>8,}"
            f"{fts * 1e3:>7.1f}{like * 1e3:>8.1f}{raw_like * 1e3:>9.1f}{like / fts:>8.1f}x{raw_like / fts:>7.1f}x"
        )

    print()
    from PySide6.QtWidgets import (
        QApplication,  # the tab's model, as the window builds it
    )

    from vocdesk.ui.listening.log_model import ListeningModel

    app = QApplication.instance() or QApplication(sys.argv[:1])
    opened, model = timed(lambda: ListeningModel(service))
    print(f"tab model opened (count + first page)   {opened * 1e3:8.1f} ms  ({model.total:,} rows)")
    counted, _ = timed(lambda: service.count_feedback(TableQuery()))
    print(f"count of all entries                    {counted * 1e3:8.1f} ms")
    deep, _ = timed(
        lambda: service.list_feedback(
            TableQuery(sort_key="received", descending=True), total // 2, 200
        )
    )
    print(f"page of 200 half-way down (scroll)      {deep * 1e3:8.1f} ms")
    deepest, _ = timed(
        lambda: service.list_feedback(
            TableQuery(sort_key="received", descending=True), total - 200, 200
        )
    )
    print(f"last page of 200                        {deepest * 1e3:8.1f} ms")
    searched, _ = timed(lambda: model.set_search("จอดรถ") or model.set_search(""))
    print(f"tab model: search 'จอดรถ' and clear     {searched * 1e3:8.1f} ms")
    if args.export:
        import resource

        from vocdesk.services.listening.transfer import FeedbackExporter

        target = Path(folder.name) / "export.csv"
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        started = time.perf_counter()
        written = FeedbackExporter(db).export(target)
        seconds = time.perf_counter() - started
        grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
        print(
            f"export of {written:,} entries to CSV       {seconds:8.1f} s  ({target.stat().st_size / 1e6:.0f} MB,"
            f" peak memory grew {grown:.0f} MB)"
        )
    del app
    raw.close()
    db.dispose()
    folder.cleanup()


if __name__ == "__main__":
    main()
