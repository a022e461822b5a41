"""The window at agency scale (issue 18), each measure in a process of its own:

  rss     peak memory (RSS) with the database open in the main window (offscreen) and every tab
          visited, each tab's first pages read (the TaskRunner waited for)
  stalls  the longest the event loop went without turning while the TaskRunner did a long
          operation on a worker thread: a QTimer ticks every 5 ms on the GUI thread and the
          largest gap between two ticks, less the 5 ms, is the stall. Garbage is collected on
          the GUI thread, as in the program (ui/garbage.py). Operations: an import
          (listening entries, into a scratch copy), an export (the listening log), a report
          (the PMQA pack, PDF) and a backup (of the scratch copy)

Run: QT_QPA_PLATFORM=offscreen python benchmarks/bench_gui.py rss|stalls --db PATH [--work DIR]
Prints one JSON object (the harness reads it).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_listening_import  # noqa: E402
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from vocdesk.services.accounts import AccountsService  # noqa: E402
from vocdesk.services.database import Database, open_database  # noqa: E402

TICK_MS = 5
FISCAL_YEAR = 2569


def _application() -> QApplication:
    """The program's own QApplication (app.py): garbage collected on its thread, and the
    references PySide6 6.12 loses to None and True reserved (without them a long run aborted
    with "deallocating True or False")."""
    from vocdesk.app import _application as program_application

    return program_application()


def _signed_in(db: Database, path: Path) -> Database:
    token = path.with_name(path.stem + ".token")
    if token.exists():
        AccountsService(db).sign_in_with_token(token.read_text(encoding="utf-8").strip())
    return db


def _peak_mb() -> float:
    """This process's peak resident memory in MB: VmHWM, which starts afresh at exec (getrusage's
    ru_maxrss keeps the parent's peak across fork and exec: the harness's own, not the window's)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text(encoding="ascii", errors="replace").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB (Linux), no /proc


def peak_rss(path: Path, work: Path) -> dict[str, Any]:
    from vocdesk.app import build_main_window
    from vocdesk.paths import translations_dir
    from vocdesk.ui.i18n import LanguageManager
    from vocdesk.ui.main_window import TAB_NAMES
    from vocdesk.ui.settings import Settings
    from vocdesk.ui.tasks import TaskRunner

    app = _application()
    db, _ = open_database(path, create=False)
    _signed_in(db, path)
    runner = TaskRunner(app)
    languages = LanguageManager(app, translations_dir())
    languages.set_language("th")
    started = time.perf_counter()
    window = build_main_window(db, Settings(work / "settings.ini"), languages, runner)
    window.resize(1400, 900)
    window.show()
    for name in TAB_NAMES:
        window.select_tab(name)
        runner.wait_all(600_000)
        app.processEvents()
    seconds = time.perf_counter() - started
    peak = _peak_mb()
    window.close()
    runner.wait_all(600_000)
    db.dispose()
    return {"peak_mb": peak, "tabs": list(TAB_NAMES), "seconds": seconds}


def longest_stall(work: Callable[[Any], Any]) -> tuple[float, float]:
    """Run ``work(progress)`` on a TaskRunner while a 5 ms QTimer ticks on the GUI thread;
    return the longest gap between ticks beyond the 5 ms, and the work's seconds."""
    from vocdesk.ui.garbage import CHECK_MS
    from vocdesk.ui.tasks import TaskRunner

    app = _application()
    runner = TaskRunner(app)
    loop = QEventLoop()
    ticks: list[float] = []
    outcome: list[Any] = []
    tick = QTimer()
    tick.setInterval(TICK_MS)
    tick.timeout.connect(lambda: ticks.append(time.perf_counter()))

    def finished(value: Any) -> None:
        outcome.append(value)
        ended.append(time.perf_counter())
        # The callbacks, a repaint and the GUI thread's next garbage check after it count too:
        # the collections that waited for the work to end run there (ui/garbage.py).
        QTimer.singleShot(CHECK_MS + 100, loop.quit)

    def failed(error: BaseException) -> None:
        outcome.append(error)
        loop.quit()

    started: list[float] = []
    ended: list[float] = []

    def kick() -> None:
        started.append(time.perf_counter())
        runner.run(work, on_done=finished, on_error=failed)

    tick.start()
    QTimer.singleShot(6 * TICK_MS, kick)  # some ticks first
    QTimer.singleShot(1_800_000, loop.quit)
    loop.exec()
    tick.stop()
    runner.wait_all(600_000)
    if not outcome or isinstance(outcome[0], BaseException):
        raise SystemExit(f"the work did not finish: {outcome}")
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    return max(0.0, max(gaps, default=0.0) - TICK_MS / 1000), ended[0] - started[0]


def stalls(path: Path, work: Path, entries: int) -> dict[str, Any]:
    from vocdesk.reports.kit import untranslated
    from vocdesk.services.listening.transfer import FeedbackExporter, FeedbackImporter
    from vocdesk.services.reports.catalogue import ReportService
    from vocdesk.services.reports.request import ReportKind, ReportRequest
    from vocdesk.services.transfer import import_file

    source = work / "stall-entries.csv"
    bench_listening_import.write_csv(source, bench_listening_import.generate_rows(entries))
    scratch = work / "stall-scratch.sqlite"
    scratch.unlink(missing_ok=True)
    target_db, _ = open_database(scratch)
    db, _ = open_database(path, create=False)
    _signed_in(db, path)
    found: dict[str, Any] = {}
    operations: dict[str, Callable[[Any], Any]] = {
        f"import ({entries:,} entries)": lambda progress: import_file(
            FeedbackImporter(target_db), source, progress=progress.report
        ),
        "export (listening log)": lambda progress: FeedbackExporter(db).export(
            work / "stall-export.csv", progress=progress.report
        ),
        "report (PMQA pack)": lambda progress: ReportService(db).build(
            ReportRequest(ReportKind.PMQA, "th", FISCAL_YEAR), untranslated
        ),
        "backup": lambda progress: target_db.backup_to(work / "stall-backup.sqlite"),
    }
    for name, operation in operations.items():
        stall, seconds = longest_stall(operation)
        found[name] = {"stall": stall, "seconds": seconds}
    print(f"peak memory of the four: {_peak_mb():.0f} MB", file=sys.stderr)
    db.dispose()
    target_db.dispose()
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("measure", choices=("rss", "stalls"))
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--work", type=Path, help="scratch folder (default: a temporary one)")
    parser.add_argument("--entries", type=int, default=20_000, help="entries the import adds")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="vocdesk-bench-gui-") as temporary:
        work = args.work or Path(temporary)
        work.mkdir(parents=True, exist_ok=True)
        if args.measure == "rss":
            result = peak_rss(args.db, work)
        else:
            result = stalls(args.db, work, args.entries)
        shutil.rmtree(work / "unused", ignore_errors=True)
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    _ = date  # the module's dates come from the database
    sys.exit(main())
