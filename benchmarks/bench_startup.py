"""How long from starting VocDesk to its window shown with the first rows, on a demo database.

Run: python benchmarks/bench_startup.py [SCALE]
Starts a fresh interpreter each time (as a user's double-click does), so imports count. The
baseline is a bare PySide6 window in a fresh interpreter, measured in the same run: the ratio
says what VocDesk adds on top of Qt's own start.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5

BARE_QT = """
import time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow(); window.resize(1280, 800); window.show(); app.processEvents()
print("SHOWN", time.time(), flush=True)
"""

VOCDESK = """
import sys, time
from vocdesk import app as vocdesk_app
from vocdesk.paths import settings_path, translations_dir
from vocdesk.ui.fonts import install_thai_font
from vocdesk.ui.i18n import LanguageManager
from vocdesk.ui.settings import Settings
from vocdesk.ui.tasks import TaskRunner
from vocdesk.services.database import open_database
application = vocdesk_app._application()
install_thai_font(application)
languages = LanguageManager(application, translations_dir()); languages.set_language("th")
db, _ = open_database(sys.argv[1])
from pathlib import Path
from vocdesk.services.accounts import AccountsService
token = Path(sys.argv[1]).with_suffix(".token")  # ``vocdesk demo`` made an administrator
if token.exists():
    AccountsService(db).sign_in_with_token(token.read_text(encoding="utf-8").strip())
runner = TaskRunner(application)
window = vocdesk_app.build_main_window(db, Settings(settings_path()), languages, runner)
window.resize(1280, 800); window.show(); application.processEvents()
print("SHOWN", time.time(), flush=True)
runner.wait_all(120_000)  # lists still read on the worker end before the program does
"""


def _time(code: str, *args: str, env: dict[str, str]) -> float:
    """From starting the interpreter to the window shown (the moment the script prints), not
    counting the program's end."""
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-c", code, *args], check=True, env=env, capture_output=True, text=True
    )
    sys.stderr.write(done.stderr)
    shown = next(line for line in done.stdout.splitlines() if line.startswith("SHOWN "))
    return float(shown.split()[1]) - started


def main() -> None:
    scale = sys.argv[1] if len(sys.argv) > 1 else "1"
    with tempfile.TemporaryDirectory() as folder:
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            VOCDESK_DATA_DIR=folder,
            VOCDESK_SETTINGS=str(Path(folder) / "settings.ini"),
        )
        database = str(Path(folder) / "demo.sqlite")
        subprocess.run(
            [
                sys.executable,
                "-m",
                "vocdesk",
                "demo",
                "--db",
                database,
                "--scale",
                scale,
                "--today",
                "2026-11-29",
            ],
            check=True,
            env=env,
            stdout=subprocess.DEVNULL,
        )
        bare = statistics.median(_time(BARE_QT, env=env) for _ in range(RUNS))
        ours = statistics.median(_time(VOCDESK, database, env=env) for _ in range(RUNS))
    print(f"start to window shown (median of {RUNS}, offscreen, demo scale {scale})")
    print(f"  bare PySide6 window (baseline) {bare:6.2f} s")
    print(f"  VocDesk on the demo database   {ours:6.2f} s  {ours / bare:5.1f}x")


if __name__ == "__main__":
    main()
