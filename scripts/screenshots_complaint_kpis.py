"""Screenshots of the complaint KPI page in Thai and English, for docs/complaint-kpis.md.

    python scripts/screenshots_complaint_kpis.py [--db demo.sqlite] [--out docs/screenshots]

Without --db a demo database is made in a temporary folder (demo data, "today" 2026-11-28). The
window is drawn offscreen, like ``vocdesk screenshot``, on the Complaints tab's KPI page with the
last whole fiscal year chosen; the background count is waited for before the picture is taken.
If the window has no KPI page (an older build), the page is drawn on its own.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QWidget  # noqa: E402

from vocdesk.app import _application, build_main_window  # noqa: E402
from vocdesk.domain.fiscal import PeriodKind  # noqa: E402
from vocdesk.paths import translations_dir  # noqa: E402
from vocdesk.services.complaint_kpis import ComplaintKpisService  # noqa: E402
from vocdesk.services.database import open_database  # noqa: E402
from vocdesk.services.demo.generate import generate_demo  # noqa: E402
from vocdesk.ui.fonts import install_thai_font  # noqa: E402
from vocdesk.ui.i18n import LanguageManager  # noqa: E402
from vocdesk.ui.settings import Settings  # noqa: E402
from vocdesk.ui.tabs.complaint_kpis_page import ComplaintKpisPage  # noqa: E402
from vocdesk.ui.tasks import TaskRunner  # noqa: E402

TODAY = date(2026, 11, 28)
FISCAL_YEAR = 2569  # the last whole fiscal year of the demo data
SIZE = (1400, 860)


def settle(app, runner: TaskRunner, seconds: float = 0.6) -> None:  # noqa: ANN001
    runner.wait_all(20_000)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a database with data (default: a new demo database)")
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args(argv)
    app = _application()
    install_thai_font(app)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="vocdesk-c2-shots-") as scratch:
        location = args.db
        if location is None:
            location = Path(scratch) / "demo.sqlite"
            db, _ = open_database(location)
            generate_demo(db, today=TODAY)
            db.dispose()
        db, _ = open_database(location, create=False)
        languages = LanguageManager(app, translations_dir())
        runner = TaskRunner(app)
        try:
            for lang in ("th", "en"):
                languages.set_language(lang)
                window = build_main_window(db, Settings(Path(scratch) / f"settings-{lang}.ini"), languages, runner)
                window.resize(*SIZE)
                window.select_tab("complaints")
                complaints = window.tab("complaints")
                page = complaints.findChild(QWidget, "complaint_kpis_page")
                shown: QWidget = window
                if page is None:  # drawn on its own, with the demo's "today"
                    window.close()
                    page = ComplaintKpisPage(ComplaintKpisService(db, today=lambda: TODAY), runner)
                    page.resize(SIZE[0], SIZE[1] - 100)
                    shown = page
                else:
                    complaints.pages.setCurrentWidget(page)
                shown.show()
                page.period_picker.set_period(PeriodKind.FISCAL_YEAR, FISCAL_YEAR)
                settle(app, runner)
                target = args.out / f"complaint-kpis-{lang}.png"
                if not shown.grab().save(str(target)):
                    print(f"could not save {target}", file=sys.stderr)
                    return 1
                print(target)
                shown.close()
                shown.deleteLater()
                app.processEvents()
        finally:
            runner.wait_all(20_000)
            db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
