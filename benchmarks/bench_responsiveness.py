"""How long the window freezes while the Listening tab searches, and while the Overview counts:
the GUI thread doing the query itself (no runner) against the window's TaskRunner doing it.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/bench_responsiveness.py [--rows 200000] [--word ดี] [--keep PATH]
Builds a real database of N listening entries (the generator of bench_listening_search.py: raw
executemany), opens the real main window offscreen, and in the Listening tab types a
two-letter Thai word, which the FTS5 trigram index cannot serve (a scan of every entry), then
clears it. A 10 ms QTimer records when the event loop got round to it: the longest gap between
two ticks is the longest the window was frozen. Each action runs synchronously (the model without
a runner, as before) and through the runner, in the same run; figures are medians of a few runs,
the ratio is synchronous / runner.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_listening_search import build  # noqa: E402
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from vocdesk.app import build_main_window  # noqa: E402
from vocdesk.paths import translations_dir  # noqa: E402
from vocdesk.services.database import open_database  # noqa: E402
from vocdesk.ui.i18n import LanguageManager  # noqa: E402
from vocdesk.ui.settings import Settings  # noqa: E402
from vocdesk.ui.tasks import TaskRunner  # noqa: E402

RUNS = 3
TICK_MS = 10
TAIL_S = 0.15  # keep ticking a little after the rows arrived: the reset and repaint count too


def longest_block(start: Callable[[], None], done: Callable[[], bool]) -> tuple[float, float]:
    """Run the event loop from ``start()`` (called from inside it) until ``done()``; return the
    longest gap between two 10 ms ticks beyond the 10 ms, and the seconds until done."""
    ticks: list[float] = []
    begun: list[float] = []
    ended: list[float] = []
    # One QEventLoop.exec, polled by a timer: PySide6 6.12's static processEvents() loses a
    # reference to None on every call, and a loop of them ends in "deallocating None".
    loop = QEventLoop()
    tick = QTimer()
    tick.setInterval(TICK_MS)
    tick.timeout.connect(lambda: ticks.append(time.perf_counter()))
    poll = QTimer()
    poll.setInterval(1)

    def check() -> None:
        now = time.perf_counter()
        if not ended and begun and done():
            ended.append(now)
        if ended and now - ended[0] > TAIL_S:
            loop.quit()

    def kick() -> None:
        begun.append(time.perf_counter())
        start()

    poll.timeout.connect(check)
    tick.start()
    poll.start()
    QTimer.singleShot(3 * TICK_MS, kick)  # some ticks first, so a block at the start is seen
    QTimer.singleShot(600_000, loop.quit)
    loop.exec()
    tick.stop()
    poll.stop()
    if not ended:
        raise SystemExit("the action did not finish within 10 minutes")
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    return max(0.0, max(gaps, default=0.0) - TICK_MS / 1000), ended[0] - begun[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument(
        "--word", default="ดี", help="the search typed (two Thai letters by default)"
    )
    parser.add_argument("--keep", type=Path, help="build (or reuse) the database at this path")
    args = parser.parse_args()
    folder = tempfile.TemporaryDirectory()
    path = args.keep or Path(folder.name) / "listening.sqlite"
    if path.exists():
        print(f"reusing {path}")
    else:
        print(f"built {args.rows:,} entries in {build(path, args.rows):.1f} s")

    app = QApplication.instance() or QApplication(sys.argv[:1])
    db, _ = open_database(path)
    runner = TaskRunner(app)
    languages = LanguageManager(app, translations_dir())
    languages.set_language("th")
    started = time.perf_counter()
    window = build_main_window(db, Settings(Path(folder.name) / "settings.ini"), languages, runner)
    window.resize(1400, 900)
    window.select_tab("listening")
    window.show()
    print(
        f"window opened in {time.perf_counter() - started:.2f} s (its lists' first pages read synchronously)"
    )
    runner.wait_all()
    table = window.tab("listening").table
    model, overview = table.model, window.tab("overview")
    print(
        f"{model.total:,} entries shown; search {args.word!r}; median of {RUNS} runs, milliseconds\n"
    )

    def type_search(text: str) -> tuple[Callable[[], None], Callable[[], bool]]:
        # As typed: the search box's pause timer sends it from inside the event loop.
        return (lambda: table.search_box.setText(text)), (
            lambda: model.query.search == text and not model.loading
        )

    refreshed: list[bool] = []

    def refresh_overview() -> None:
        refreshed.append(True)
        overview.refresh()

    actions = {
        f"search {args.word!r}": type_search(args.word),
        "clear the search": type_search(""),
        "Overview refresh": (refresh_overview, lambda: bool(refreshed) and not overview.loading),
    }
    results: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for _ in range(RUNS):
        for mode, tasks in (("GUI thread", None), ("runner", runner)):
            model.set_task_runner(tasks)
            overview.set_task_runner(tasks)
            for name, (start, done) in actions.items():
                refreshed.clear()
                results.setdefault((name, mode), []).append(longest_block(start, done))
    print(
        f"{'action':<22}{'frozen, GUI thread':>19}{'frozen, runner':>16}{'ratio':>8}"
        f"{'done, GUI thread':>18}{'done, runner':>14}"
    )
    for name in actions:
        sync = [statistics.median(v) for v in zip(*results[(name, "GUI thread")], strict=True)]
        async_ = [statistics.median(v) for v in zip(*results[(name, "runner")], strict=True)]
        ratio = sync[0] / async_[0] if async_[0] > 0 else float("inf")
        print(
            f"{name:<22}{sync[0] * 1e3:>19.0f}{async_[0] * 1e3:>16.0f}{ratio:>7.0f}x"
            f"{sync[1] * 1e3:>18.0f}{async_[1] * 1e3:>14.0f}"
        )
    print("\n('done' counts from the key press: it includes the search box's pause of 250 ms)")
    window.close()
    runner.wait_all()
    db.dispose()
    folder.cleanup()


if __name__ == "__main__":
    main()
