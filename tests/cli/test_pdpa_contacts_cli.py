"""``vocdesk export contacts FILE --purpose PURPOSE`` (issue 19): the people with a consent in
force for the purpose, masked unless --unmasked; a person who withdrew is left out."""

from __future__ import annotations

import csv
import sqlite3
import uuid
from datetime import date
from pathlib import Path

import pytest
from test_cli import DEMO_TODAY, demo_token, vocdesk_command


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("contacts") / "demo.sqlite"
    run = vocdesk_command("demo", "--db", path, "--scale", "1", "--today", DEMO_TODAY)
    assert run.code == 0, run.err
    return path


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as source:
        return list(csv.DictReader(source))


def test_the_contact_list_for_follow_up_surveys_leaves_out_who_withdrew(
    demo_db: Path, tmp_path: Path
) -> None:
    connection = sqlite3.connect(demo_db)
    try:
        agreed = connection.execute(
            "SELECT count(*) FROM stakeholder WHERE consent_follow_up = 1 AND archived = 0"
        ).fetchone()[0]
        (withdrawn_id,) = connection.execute(
            "SELECT stakeholder_id FROM consent WHERE purpose = 'follow_up_survey' LIMIT 1"
        ).fetchone()
    finally:
        connection.close()
    out = tmp_path / "contacts.csv"
    token = demo_token(demo_db)
    run = vocdesk_command("export", "contacts", out, "--purpose", "follow_up_survey",
                          "--unmasked", "--db", demo_db, "--token-file", token)  # fmt: skip
    assert run.code == 0, run.err
    rows = _rows(out)
    assert 0 < len(rows) <= agreed
    assert all("follow_up_survey" in r["consented purposes"] for r in rows)
    # The person withdraws (through the same rule as the window: services.pdpa.consents).
    from vocdesk.domain.accounts import Principal, Role
    from vocdesk.domain.pdpa.terms import ConsentPurpose
    from vocdesk.services.database import open_database
    from vocdesk.services.pdpa.consents import ConsentsService

    db, _ = open_database(demo_db)
    db.actor = Principal(login="somchai", role=Role.STAFF)
    person = uuid.UUID(withdrawn_id)
    try:
        ConsentsService(db, today=lambda: date(2026, 12, 4)).withdraw(
            person, ConsentPurpose.FOLLOW_UP_SURVEY, date(2026, 12, 4)
        )
    finally:
        db.dispose()
    again = tmp_path / "again.csv"
    run = vocdesk_command("export", "contacts", again, "--purpose", "follow-up-survey",
                          "--db", demo_db, "--token-file", token)  # fmt: skip
    assert run.code == 0, run.err
    masked = _rows(again)
    assert len(masked) == len(rows) - 1
    assert str(person) not in {r["id"] for r in masked}
    phones = [r["phone"] for r in masked if r["phone"]]
    assert phones and all("xxx" in p for p in phones)  # masked: no --unmasked
    assert "Contact list" in run.out


def test_an_unknown_purpose_and_a_purpose_for_another_kind_are_refused(
    demo_db: Path, tmp_path: Path
) -> None:
    token = demo_token(demo_db)
    run = vocdesk_command("export", "contacts", tmp_path / "x.csv", "--purpose", "parcels",
                          "--db", demo_db, "--token-file", token)  # fmt: skip
    assert run.code == 2 and "follow_up_survey" in run.err
    run = vocdesk_command("export", "holidays", tmp_path / "y.csv", "--purpose", "news",
                          "--db", demo_db, "--token-file", token)  # fmt: skip
    assert run.code == 2 and "--purpose" in run.err
    assert not (tmp_path / "x.csv").exists() and not (tmp_path / "y.csv").exists()
