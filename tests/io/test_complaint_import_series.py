"""Imported complaint cases get their numbering series (issue 20): read from a number of the
house form (what comes before the fiscal year), "" for a platform's own number, and the series
in force (the office code) for a case the file gives no number."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from vocdesk.db.models import Complaint
from vocdesk.services.complaints.cases import CaseDraft, ComplaintCasesService
from vocdesk.services.database import Database, open_database
from vocdesk.services.exchange.office import InstallationOffice
from vocdesk.services.transfer import import_file, importer_for


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "series_import.sqlite")
    yield database
    database.dispose()


def test_each_imported_case_is_numbered_in_its_series(db: Database, tmp_path: Path) -> None:
    InstallationOffice(db).set("BKK", "Bangkok")
    path = tmp_path / "cases.csv"
    path.write_text(
        "number,received,subject,category,status\n"
        "CNX-2569/000004,2025-11-03 09:00,จากเชียงใหม่,other,received\n"
        "2569/000002,2025-11-03 10:00,เลขเดิมไม่มีคำนำหน้า,other,received\n"
        "TRF-77,2025-11-03 11:00,เลขของแพลตฟอร์ม,other,received\n"
        "BKK-2569/000001,2025-11-03 13:00,เลขของเราเอง,other,received\n"
        ",2025-11-03 12:00,ไม่มีเลข,other,received\n",
        encoding="utf-8",
    )

    summary = import_file(importer_for("complaints", db), path)

    assert summary.added == 5
    with db.session_scope() as session:
        rows = {c.subject: (c.series, c.fiscal_year, c.sequence, c.number)
                for c in session.scalars(select(Complaint))}  # fmt: skip
    assert rows["จากเชียงใหม่"] == ("CNX-", 2569, 4, "CNX-2569/000004")
    assert rows["เลขเดิมไม่มีคำนำหน้า"] == ("", 2569, 2, "2569/000002")
    assert rows["เลขของแพลตฟอร์ม"] == ("", 2569, 1, "TRF-77")  # the next free of series ""
    assert rows["ไม่มีเลข"] == ("BKK-", 2569, 2, "BKK-2569/000002")  # after the file's own
    assert rows["เลขของเราเอง"] == ("BKK-", 2569, 1, "BKK-2569/000001")

    # A case registered afterwards goes on in this office's series.
    with db.session_scope() as session:
        case = session.scalars(select(Complaint)).first()
        assert case is not None
        channel_id, category_id, received_at = case.channel_id, case.category_id, case.received_at
    link = ComplaintCasesService(db).register(CaseDraft(received_at=received_at, channel_id=channel_id,
                                    category_id=category_id, subject="ลงทะเบียนต่อ"))  # fmt: skip
    assert link.number == "BKK-2569/000003"
