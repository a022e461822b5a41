"""``vocdesk demo``: a database filled with realistic demonstration data."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from vocdesk.cli.common import EXIT_OK
from vocdesk.cli.messages import Messages
from vocdesk.cli.progress import progress_printer
from vocdesk.domain.clock import thai_today
from vocdesk.domain.messages import QT_TRANSLATE_NOOP
from vocdesk.paths import user_data_dir

# Labels of the rows a demo run reports, by table.
TABLE_LABELS = {
    "stakeholder": QT_TRANSLATE_NOOP("Cli", "stakeholders"),
    "feedback_entry": QT_TRANSLATE_NOOP("Cli", "listening entries"),
    "survey": QT_TRANSLATE_NOOP("Cli", "survey rounds"),
    "survey_question": QT_TRANSLATE_NOOP("Cli", "survey questions"),
    "survey_response": QT_TRANSLATE_NOOP("Cli", "survey responses"),
    "survey_answer": QT_TRANSLATE_NOOP("Cli", "survey answers"),
    "complaint": QT_TRANSLATE_NOOP("Cli", "complaints"),
    "complaint_status_change": QT_TRANSLATE_NOOP("Cli", "complaint status changes"),
    "activity": QT_TRANSLATE_NOOP("Cli", "timeline activities"),
    "audit_entry": QT_TRANSLATE_NOOP("Cli", "audit entries"),
    "service": QT_TRANSLATE_NOOP("Cli", "services"),
    "segment_service": QT_TRANSLATE_NOOP("Cli", "segment-service links"),
    "office": QT_TRANSLATE_NOOP("Cli", "offices"),
    "holiday": QT_TRANSLATE_NOOP("Cli", "public holidays"),
}


def run_demo(args: argparse.Namespace, messages: Messages) -> int:
    from vocdesk.services.database import open_database
    from vocdesk.services.demo import generate_demo

    path = Path(args.db or args.top_db or user_data_dir() / "demo.sqlite").expanduser()
    started = time.perf_counter()
    db, _ = open_database(path)
    try:
        summary = generate_demo(
            db, scale=args.scale, seed=args.seed, progress=progress_printer(),
            today=args.today or thai_today(),  # recent data, so queues and overdue look real
        )  # fmt: skip
    finally:
        db.dispose()
    seconds = f"{time.perf_counter() - started:.1f}"
    print(messages.tr(
        QT_TRANSLATE_NOOP("Cli", "Demo data written to {path} in {seconds} s (scale {scale}, seed {seed}):"),
        path=str(path), seconds=seconds, scale=summary.scale, seed=summary.seed,
    ))  # fmt: skip
    for table, count in sorted(summary.counts.items(), key=lambda item: -item[1]):
        label = messages.tr(TABLE_LABELS[table]) if table in TABLE_LABELS else table
        print(f"  {count:>9,}  {label}")
    return EXIT_OK
