"""Review of issue 20: an office's own numbers after its code was set continue past the cases
it numbered before (series ""), so that they never take the number another office gave one of
those older cases when it arrived there with the office's code in front."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
from exchange_merge_support import make_bundle, office_db, receive

from vocdesk.services.complaints.case_records import CaseDraft
from vocdesk.services.complaints.cases import ComplaintCasesService
from vocdesk.services.database import Database, open_database
from vocdesk.services.exchange.office import InstallationOffice


def _register(db: Database, subject: str) -> str:
    cases = ComplaintCasesService(db)
    draft = CaseDraft(
        received_at=datetime.now(UTC), channel_id=cases.channels()[0].id,
        category_id=cases.categories()[0].id, subject=subject,
    )  # fmt: skip
    return cases.register(draft).number


def _legacy_office(folder: Path, code: str) -> Database:
    """An office that numbered a case before offices existed, then was given its code."""
    template = office_db(folder / "template", "TMP")
    template.dispose()
    target = folder / f"{code}.sqlite"
    shutil.copyfile(folder / "template" / "tmp.sqlite", target)
    db, _ = open_database(target)
    with db.session_scope() as session:  # back to a file without an office code
        session.execute(
            sa.text("DELETE FROM app_setting WHERE key IN ('office_code', 'office_name')")
        )
    return db


def test_new_numbers_continue_past_the_office_s_older_cases(tmp_path: Path) -> None:
    (tmp_path / "template").mkdir()
    cnx = _legacy_office(tmp_path, "cnx")
    bkk = _legacy_office(tmp_path, "bkk")
    old_cnx = _register(cnx, "ก่อนมีรหัสสำนักงาน เชียงใหม่")
    old_bkk = _register(bkk, "ก่อนมีรหัสสำนักงาน กรุงเทพฯ")
    assert old_cnx == old_bkk  # both "<year>/000001", series ""
    InstallationOffice(cnx).set("CNX", "Office CNX")
    InstallationOffice(bkk).set("BKK", "Office BKK")
    receive(bkk, make_bundle(cnx, to="BKK"))  # the older case arrives as CNX-<year>/000001
    new_cnx = _register(cnx, "หลังมีรหัสสำนักงาน")
    assert new_cnx == f"CNX-{old_cnx[:-6]}000002"
    receive(bkk, make_bundle(cnx, to="BKK", sequence=2).renewed())
    with bkk.session_scope() as session:
        numbers = dict(session.execute(sa.text("SELECT subject, number FROM complaint")).all())
    assert numbers["หลังมีรหัสสำนักงาน"] == new_cnx  # the same number in both offices
    assert numbers["ก่อนมีรหัสสำนักงาน เชียงใหม่"] == f"CNX-{old_cnx}"
    assert len(set(numbers.values())) == 3
