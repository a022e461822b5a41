"""Screenshots of the complaint queue and of one case with its history, in Thai and English,
for docs/complaints.md.

    python scripts/screenshots_complaints.py [--db demo.sqlite] [--out docs/screenshots]

Without --db a demo database is made in a temporary folder (demo data, "today" 2026-11-28).
The queue shows the open cases by due date (overdue ones first, in red, confidential ones without their subject);
the case is a demo case that was forwarded, waited for the complainant or was reopened, shown on
its History page.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from screenshot_kit import screenshot_session, settle  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from vocdesk.app import build_main_window  # noqa: E402
from vocdesk.db.models import Complaint, ComplaintStatusChange  # noqa: E402
from vocdesk.services.complaints.queues import Queue  # noqa: E402
from vocdesk.ui.complaints.case_dialog import ComplaintCaseDialog  # noqa: E402
from vocdesk.ui.settings import Settings  # noqa: E402

WINDOW_SIZE = (1280, 800)
CASE_SIZE = (980, 660)


def a_case_with_a_history(db) -> object:  # noqa: ANN001
    """A recent, not confidential case whose history shows forwarding, waiting or a reopen."""
    with db.session_scope() as session:
        changes = (
            select(ComplaintStatusChange.complaint_id)
            .group_by(ComplaintStatusChange.complaint_id)
            .having(func.count() >= 5)
        )
        return session.scalar(
            select(Complaint.id)
            .where(
                Complaint.id.in_(changes),
                Complaint.confidential.is_(False),
                Complaint.forwarded_agency != "",
            )  # fmt: skip
            .order_by(Complaint.received_at.desc())
            .limit(1)
        ) or session.scalar(select(Complaint.id).where(Complaint.id.in_(changes)).limit(1))


def main(argv: list[str] | None = None) -> int:
    with screenshot_session(__doc__, argv) as shot:
        app, db, languages, runner, scratch = (
            shot.app,
            shot.db,
            shot.languages,
            shot.runner,
            shot.scratch,
        )
        case_id = a_case_with_a_history(db)
        for lang in ("th", "en"):
            languages.set_language(lang)
            window = build_main_window(
                db, Settings(Path(scratch) / "settings.ini"), languages, runner
            )
            window.resize(*WINDOW_SIZE)
            window.select_tab("complaints")
            tab = window.tab("complaints")
            tab.cases_page.set_queue(Queue.OPEN)
            tab.table.view.sortByColumn(
                tab.model.column_of("due"), Qt.SortOrder.AscendingOrder
            )  # overdue first
            window.show()
            settle(app)
            shots = {f"complaints-{lang}.png": window.grab()}
            dialog = ComplaintCaseDialog(window.services.complaint_cases, case_id, window,
                                         improvements=window.services.improvements)  # fmt: skip
            dialog.resize(*CASE_SIZE)
            dialog.pages.setCurrentWidget(dialog.history_table)
            dialog.show()
            settle(app)
            shots[f"complaint-case-{lang}.png"] = dialog.grab()
            dialog.close()
            window.close()
            window.deleteLater()
            app.processEvents()
            for name, picture in shots.items():
                out = shot.out / name
                if not picture.save(str(out)):
                    print(f"could not save {out}", file=sys.stderr)
                    return 1
                print(out)
        db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
