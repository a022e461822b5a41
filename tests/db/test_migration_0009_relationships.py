"""Migration 0009 on a real file made at 0008: activities keep their follow-up dates (now
``follow_up_on``), each becomes a reminder (done if the stakeholder was contacted again after),
and the contact intervals are there."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from vocdesk.db.engine import make_engine, sqlite_url
from vocdesk.db.migrate import run_migrations
from vocdesk.services.database import open_database

NOW = "2026-01-01 02:00:00.000000"


def _at_0008(path: Path) -> dict[str, str]:
    engine = make_engine(sqlite_url(path))
    try:
        run_migrations(engine, "0008")
    finally:
        engine.dispose()
    ids = {name: uuid.uuid4().hex for name in ("somchai", "org", "call", "visit", "meeting")}
    con = sqlite3.connect(path)
    try:
        for who, name in (("somchai", "นายสมชาย ใจดี"), ("org", "เทศบาลตำบลหนองบัว")):
            con.execute(
                "INSERT INTO stakeholder (id, party_type, kind, status, name, organisation, phone,"
                " phone2, email, line_id, address, province, tags, notes, lawful_basis,"
                " consent_follow_up, archived, name_key, email_key, created_at, updated_at)"
                " VALUES (?, 'person', 'service_recipient', 'current', ?, '', '', '', '', '', '',"
                " '', '[]', '', '', 0, 0, '', '', ?, ?)",
                (ids[who], name, NOW, NOW),
            )
        activities = (
            ("call", "somchai", "2025-11-03 03:00:00.000000", "2025-12-01"),  # called again later
            ("visit", "somchai", "2025-12-10 03:00:00.000000", None),
            ("meeting", "org", "2025-12-15 03:00:00.000000", "2026-02-01"),  # nothing after
        )
        for key, who, at, follow_up in activities:
            con.execute(
                "INSERT INTO activity (id, stakeholder_id, occurred_at, kind, subject, notes, staff,"
                " next_contact_on, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, 'ติดตามเรื่อง', '', 'สมหญิง', ?, ?, ?)",
                (ids[key], ids[who], at, key, follow_up, NOW, NOW),
            )
        con.commit()
    finally:
        con.close()
    return ids


def test_follow_up_dates_become_reminders_open_or_done(tmp_path: Path) -> None:
    path = tmp_path / "agency.sqlite"
    ids = _at_0008(path)

    db, result = open_database(path)
    db.dispose()

    assert result.from_revision == "0008"
    con = sqlite3.connect(path)
    try:
        reminders = {
            row[0]: row[1:]
            for row in con.execute(
                "SELECT activity_id, due_on, status, done_on, source, assigned_to FROM reminder"
            )
        }
        assert reminders == {
            ids["call"]: ("2025-12-01", "done", "2025-12-10", "activity", "สมหญิง"),
            ids["meeting"]: ("2026-02-01", "open", None, "activity", "สมหญิง"),
        }
        assert con.execute(
            "SELECT follow_up_on FROM activity WHERE id = ?", (ids["call"],)
        ).fetchone() == ("2025-12-01",)
        assert dict(con.execute("SELECT priority, months FROM contact_interval")) == {
            "high": 3, "medium": 6, "low": 12,
        }  # fmt: skip
    finally:
        con.close()
