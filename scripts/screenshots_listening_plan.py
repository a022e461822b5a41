"""Screenshots of the listening plan pages (coverage matrix, improvement actions, summaries) in
Thai and English, for docs/listening-plan.md.

    python scripts/screenshots_listening_plan.py [--db demo.sqlite] [--out docs/screenshots]

Without --db a demo database is made in a temporary folder (demo data, "today" 2026-11-28).
The window is drawn offscreen, like ``vocdesk screenshot``, with the Listening tab's inner page
selected; background reads (coverage, summaries) are waited for before the picture is taken.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from screenshot_kit import screenshot_session, settle  # noqa: E402

from vocdesk.app import build_main_window  # noqa: E402
from vocdesk.domain.fiscal import PeriodKind  # noqa: E402
from vocdesk.ui.settings import Settings  # noqa: E402

FISCAL_YEAR = 2569  # the last whole fiscal year of the demo data
SHOTS = {  # file stem: the inner page's object name and the period it shows
    # December 2568 (month 3 of FY 2569): a month short enough to show all four coverage marks
    "coverage-matrix": ("listening_plan_page", (PeriodKind.MONTH, FISCAL_YEAR, 3)),
    "improvement-actions": ("improvement_actions_page", None),
    "listening-summary": ("listening_summary_page", (PeriodKind.FISCAL_YEAR, FISCAL_YEAR, 1)),
}
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
            window.select_tab("listening")
            window.show()
            listening = window.tab("listening")
            for stem, (page_name, period) in SHOTS.items():
                page = listening.findChild(object, page_name)
                if period is not None:
                    page.period_picker.set_period(*period)
                listening.pages.setCurrentWidget(page)
                settle(app, runner)
                out = shot.out / f"{stem}-{lang}.png"
                out.parent.mkdir(parents=True, exist_ok=True)
                if not window.grab().save(str(out)):
                    print(f"could not save {out}", file=sys.stderr)
                    return 1
                print(out)
            window.close()
            window.deleteLater()
            app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
