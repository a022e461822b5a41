"""Screenshots of Personal data › Requests of data subjects… in Thai and English, for docs/
(issue 19): the list with its deadlines, and a request being answered.

    python scripts/screenshots_pdpa_requests.py [--db FILE] [--out docs/screenshots]

A few requests are logged on the demo database (or --db): one overdue, one due soon, one new,
one from a lawyer for a person not in the registry, and one answered.
"""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

from screenshot_kit import DEMO_TODAY, screenshot_session, settle
from sqlalchemy import select

from vocdesk.db.models import Stakeholder
from vocdesk.domain.pdpa.terms import RequestKind, RequestStatus
from vocdesk.services.pdpa.access_export import AccessExportService
from vocdesk.services.pdpa.requests import (
    DataSubjectRequestsService,
    RequestAnswer,
    RequestDraft,
)
from vocdesk.ui.pdpa.requests_dialog import RequestsDialog, RequestsServices

SIZE = (1040, 560)


def main(argv: list[str] | None = None) -> int:
    with screenshot_session(__doc__, argv) as shot:
        today = DEMO_TODAY
        service = DataSubjectRequestsService(shot.db, today=lambda: today)
        with shot.db.session_scope() as session:
            people = session.scalars(
                select(Stakeholder.id).where(Stakeholder.national_id.is_not(None)).limit(4)
            ).all()
        logged = [
            (RequestKind.OBJECTION, 35, "ไม่ประสงค์ให้ติดต่อเพื่อทำแบบสำรวจความพึงพอใจอีก", ""),
            (RequestKind.ACCESS, 27, "ขอสำเนาข้อมูลส่วนบุคคลทั้งหมดที่หน่วยงานเก็บไว้", ""),
            (RequestKind.CORRECTION, 3, "ที่อยู่และหมายเลขโทรศัพท์เปลี่ยนแล้ว", ""),
            (RequestKind.ERASURE, 10, "ยื่นแทนผู้รับบริการตามหนังสือมอบอำนาจ", "สำนักงานทนายความสุขใจ"),
        ]
        ids = []
        for (kind, days, details, requester), person in zip(logged, people, strict=False):
            ids.append(service.log(RequestDraft(
                "" if requester else str(person), kind, today - timedelta(days=days),
                requester=requester, details=details,
            )))  # fmt: skip
        answered = service.log(RequestDraft(str(people[-1]), RequestKind.RESTRICTION,
                                            today - timedelta(days=50)))  # fmt: skip
        service.answer(answered, RequestAnswer(RequestStatus.DONE, "ระงับการใช้ข้อมูลระหว่างตรวจสอบความถูกต้อง",
                                               today - timedelta(days=31)))  # fmt: skip
        services = RequestsServices(service, AccessExportService(shot.db, today=lambda: today))
        for lang in ("th", "en"):
            shot.languages.set_language(lang)
            dialog = RequestsDialog(services)
            dialog.resize(*SIZE)
            dialog.show_combo.setCurrentIndex(dialog.show_combo.findData("all"))
            dialog.show()
            settle(shot.app)
            dialog.select_row(0)
            settle(shot.app)
            _save(dialog, shot.out / f"pdpa-requests-{lang}.png")
            answer = dialog.answer_selected(run=False)
            assert answer is not None
            answer.outcome_edit.setPlainText(
                "ระงับการส่งแบบสำรวจและการติดต่อเพื่อติดตามผลแล้ว แจ้งผู้ร้องทางโทรศัพท์"
                if lang == "th" else
                "Survey invitations and follow-up calls stopped; the person was told by phone."
            )  # fmt: skip
            answer.closed_edit.setDate(today)
            answer.resize(640, answer.sizeHint().height())
            answer.show()
            settle(shot.app)
            _save(answer, shot.out / f"pdpa-request-answer-{lang}.png")
            answer.close()
            dialog.close()
            settle(shot.app, seconds=0.1)
    return 0


def _save(widget, path: Path) -> None:  # type: ignore[no-untyped-def]
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not save {path}")
    print(path)


if __name__ == "__main__":
    sys.exit(main())
