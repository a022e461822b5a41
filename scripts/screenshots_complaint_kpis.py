"""Screenshots of the complaint KPI page in Thai and English, for docs/complaint-kpis.md.

    python scripts/screenshots_complaint_kpis.py [--db demo.sqlite] [--out docs/screenshots]

Without --db a demo database is made in a temporary folder (demo data, "today" 2026-11-28). The
window is drawn offscreen, like ``vocdesk screenshot``, on the Complaints tab's KPI page with the
last whole fiscal year chosen; the background count is waited for before the picture is taken.
If the window has no KPI page (an older build), the page is drawn on its own.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QWidget  # noqa: E402
from screenshot_kit import DEMO_TODAY, screenshot_session, settle  # noqa: E402

from vocdesk.app import build_main_window  # noqa: E402
from vocdesk.domain.fiscal import PeriodKind  # noqa: E402
from vocdesk.services.complaints.kpis import ComplaintKpisService  # noqa: E402
from vocdesk.ui.complaints.kpis_page import ComplaintKpisPage  # noqa: E402
from vocdesk.ui.settings import Settings  # noqa: E402

FISCAL_YEAR = 2569  # the last whole fiscal year of the demo data
SIZE = (1400, 860)


def main(argv: list[str] | None = None) -> int:
    with screenshot_session(__doc__, argv) as shot:
        app, db, languages, runner, scratch = (
            shot.app,
            shot.db,
            shot.languages,
            shot.runner,
            shot.scratch,
        )
        for lang in ("th", "en"):
            languages.set_language(lang)
            window = build_main_window(
                db, Settings(Path(scratch) / f"settings-{lang}.ini"), languages, runner
            )
            window.resize(*SIZE)
            window.select_tab("complaints")
            complaints = window.tab("complaints")
            page = complaints.findChild(QWidget, "complaint_kpis_page")
            shown: QWidget = window
            if page is None:  # drawn on its own, with the demo's "today"
                window.close()
                page = ComplaintKpisPage(ComplaintKpisService(db, today=lambda: DEMO_TODAY), runner)
                page.resize(SIZE[0], SIZE[1] - 100)
                shown = page
            else:
                complaints.pages.setCurrentWidget(page)
            shown.show()
            page.period_picker.set_period(PeriodKind.FISCAL_YEAR, FISCAL_YEAR)
            settle(app, runner)
            target = shot.out / f"complaint-kpis-{lang}.png"
            if not shown.grab().save(str(target)):
                print(f"could not save {target}", file=sys.stderr)
                return 1
            print(target)
            shown.close()
            shown.deleteLater()
            app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
