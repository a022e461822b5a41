"""Migration 0016 on a real file made at 0015: the privacy notice kept in the settings becomes
version 1, each follow-up consent becomes a consent row of its purpose, and the two example
retention periods are set."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from vocdesk.db.engine import make_engine, sqlite_url
from vocdesk.db.migrate import run_migrations
from vocdesk.services.database import open_database

NOW = "2026-01-01 02:00:00.000000"
NOTICE_TH = "หน่วยงานเก็บข้อมูลของท่านเพื่อการให้บริการ"


def _at_0015(path: Path) -> dict[str, str]:
    engine = make_engine(sqlite_url(path))
    try:
        run_migrations(engine, "0015")
    finally:
        engine.dispose()
    ids = {name: uuid.uuid4().hex for name in ("dated", "undated", "declined")}
    con = sqlite3.connect(path)
    try:
        people = (("dated", 1, "2025-06-01"), ("undated", 1, None), ("declined", 0, None))
        for key, consent, consent_date in people:
            con.execute(
                "INSERT INTO stakeholder (id, party_type, kind, status, name, organisation, phone,"
                " phone2, email, line_id, address, province, tags, notes, lawful_basis,"
                " consent_follow_up, consent_date, archived, name_key, email_key, created_at,"
                " updated_at, relationship_officer, version)"
                " VALUES (?, 'person', 'service_recipient', 'current', ?, '', '', '', '', '', '',"
                " '', '[]', '', 'consent', ?, ?, 0, '', '', ?, ?, '', 1)",
                (ids[key], key, consent, consent_date, NOW, NOW),
            )
        con.execute(
            "INSERT OR REPLACE INTO app_setting (key, value) VALUES ('privacy_notice_th', ?)",
            (NOTICE_TH,),
        )
        con.commit()
    finally:
        con.close()
    return ids


def test_notice_consents_and_retention_carried_over(tmp_path: Path) -> None:
    path = tmp_path / "agency.sqlite"
    ids = _at_0015(path)

    db, _ = open_database(path)
    db.dispose()

    con = sqlite3.connect(path)
    try:
        notices = con.execute("SELECT version, text_th, text_en FROM privacy_notice").fetchall()
        consents = dict(
            con.execute(
                "SELECT stakeholder_id, given_on FROM consent"
                " WHERE purpose = 'follow_up_survey' AND withdrawn_on IS NULL"
            ).fetchall()
        )
        policies = sorted(
            con.execute("SELECT record_type, keep_years, action FROM retention_policy").fetchall()
        )
        old_notice = con.execute(
            "SELECT count(*) FROM app_setting WHERE key LIKE 'privacy_notice_%'"
        ).fetchone()[0]
        flags = con.execute(
            "SELECT count(*) FROM stakeholder WHERE restricted = 0 AND sensitive = 0"
            " AND anonymised_at IS NULL"
        ).fetchone()[0]
    finally:
        con.close()
    assert notices == [(1, NOTICE_TH, "")]
    assert consents == {ids["dated"]: "2025-06-01", ids["undated"]: "2026-01-01"}
    assert policies == [("complaint", 5, "anonymise"), ("feedback", 2, "anonymise")]
    assert flags == 3
    assert old_notice == 0
