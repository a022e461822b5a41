"""Screenshots of the listening log and its quick entry form, in Thai and English, for
docs/listening.md.

    python scripts/screenshots_listening.py [--db demo.sqlite] [--out docs/screenshots]

Without --db a demo database is made in a temporary folder (demo data, "today" 2026-11-28).
Drawn offscreen like ``vocdesk screenshot``: the log with a search and a filter applied, and the
entry form filled in as a counter clerk would, with a stakeholder found by name.
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from screenshot_kit import screenshot_session, settle  # noqa: E402

from vocdesk.app import build_main_window  # noqa: E402
from vocdesk.domain.fiscal import PeriodKind  # noqa: E402
from vocdesk.ui.settings import Settings  # noqa: E402

FISCAL_YEAR = 2569
SEARCH = "ที่จอดรถ"  # a Thai word inside sentences written without spaces
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
            log = window.tab("listening").log
            log.filter_bar.period_check.setChecked(True)
            log.filter_bar.period_picker.set_period(PeriodKind.FISCAL_YEAR, FISCAL_YEAR)
            log.table.search_box.setText(SEARCH)
            log.table.apply_search()
            settle(app)
            window.grab().save(str(shot.out / f"listening-{lang}.png"))

            form = log.new_entry()
            line = next(c.id.hex for c in form._choices.channels if c.code == "line_oa")
            form.channel_box.setCurrentIndex(max(0, form.channel_box.findData(line)))
            form.stage_box.setCurrentIndex(2)
            form.type_box.setCurrentIndex(2)
            form.sentiment_box.setCurrentIndex(2)
            form.text_edit.setPlainText(
                "ที่จอดรถหน้าสำนักงานไม่เพียงพอในช่วงเช้า ผู้สูงอายุต้องเดินไกล อยากให้จัดที่จอดสำหรับผู้สูงอายุและผู้พิการ"
            )
            form.staff_edit.setText("สมศรี ใจดี")
            form.office_box.setCurrentIndex(min(1, form.office_box.count() - 1))
            form.service_box.setCurrentIndex(min(1, form.service_box.count() - 1))
            form.stakeholder_search.setText("วันเพ็ญ")
            form.search_stakeholders()
            form.resize(760, form.sizeHint().height())
            settle(app, seconds=0.3)
            form.grab().save(str(shot.out / f"feedback-form-{lang}.png"))
            form.close()
            window.close()
            window.deleteLater()
            app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
