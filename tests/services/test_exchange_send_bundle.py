"""Sending a bundle to another office: what it holds, what a second one holds, what is left
out, and that nothing is recorded when the file cannot be written (issue 20)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from vocdesk.db import models as m
from vocdesk.domain.messages import UserError
from vocdesk.services.database import Database, open_database
from vocdesk.services.demo import generate_demo
from vocdesk.services.exchange.bundle_file import read_bundle
from vocdesk.services.exchange.office import InstallationOffice
from vocdesk.services.exchange.service import ExchangeService
from vocdesk.services.exchange.tables import RULES, RULES_BY_NAME, decode_key

PASSPHRASE = "ช้างเผือก-2569-CNX"
LONG_AGO = datetime(2025, 1, 1, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database of the office CNX, every record last touched long ago."""
    path = tmp_path_factory.mktemp("send_demo") / "demo.sqlite"
    database, _ = open_database(path)
    generate_demo(database)
    InstallationOffice(database).set("CNX", "สำนักงานเชียงใหม่")
    with database.engine.begin() as connection:
        for rule in RULES:
            if "touched_at" in rule.table.c:
                connection.execute(sa.update(rule.table).values(touched_at=LONG_AGO))
    database.dispose()
    return path


@pytest.fixture
def db(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "cnx.sqlite"
    shutil.copy(demo_file, path)
    database, _ = open_database(path)
    yield database
    database.dispose()


def _rows(db: Database, table: sa.Table) -> int:
    with db.engine.connect() as connection:
        return connection.scalar(sa.select(sa.func.count()).select_from(table))


def test_a_first_bundle_holds_every_area(db: Database, tmp_path: Path) -> None:
    heard: list[tuple[int, int]] = []
    summary = ExchangeService(db).send(
        tmp_path / "to-bkk.vocbundle", PASSPHRASE, to_office="bkk",
        progress=lambda done, total: heard.append((done, total)),
    )  # fmt: skip

    header, payload, attachments = read_bundle(summary.path, PASSPHRASE)
    assert (header.from_office, header.to_office, header.sequence) == ("CNX", "BKK", 1)
    assert header.since is None and header.from_office_name == "สำนักงานเชียงใหม่"
    for rule in RULES:  # every row of every travelling table, survey answers included
        assert len(payload["tables"][rule.name]) == _rows(db, rule.table), rule.name
        assert summary.counts[rule.name] == header.counts[rule.name] == _rows(db, rule.table)
    stored = _rows(db, m.ComplaintAttachment.__table__)
    assert stored and len(attachments) == summary.attachments > 0
    assert {row["origin_office"] for row in payload["tables"]["stakeholder"]} == {"CNX"}
    assert {row["edited_office"] for row in payload["tables"]["complaint"]} == {"CNX"}
    assert summary.size == summary.path.stat().st_size
    assert heard[-1][0] == heard[-1][1] == heard[0][1] == len(RULES) + 2  # the file written last
    assert [done for done, _ in heard] == sorted(done for done, _ in heard)
    with db.session_scope() as session:
        peer = session.scalars(sa.select(m.SyncPeer)).one()
        sent = session.scalars(sa.select(m.SyncBundle)).one()
        audit = session.scalars(
            sa.select(m.AuditEntry).where(m.AuditEntry.entity == "bundle")
        ).one()
    assert (peer.office_code, peer.last_sent_sequence, peer.last_sent_at) == (
        "BKK", 1, summary.made_at,
    )  # fmt: skip
    assert (sent.bundle_id, sent.direction, sent.office_code) == (header.bundle_id, "sent", "BKK")
    assert audit.changes["to_office"] == "BKK" and audit.changes["rows"] == summary.records


def test_a_second_bundle_holds_only_what_changed_since(db: Database, tmp_path: Path) -> None:
    service = ExchangeService(db)
    service.send(tmp_path / "1.vocbundle", PASSPHRASE, to_office="BKK")
    with db.session_scope() as session:
        person = session.scalars(sa.select(m.Stakeholder).limit(1)).one()
        person.notes = "ย้ายไปอยู่ลำพูน"
        reminder = session.scalars(sa.select(m.Reminder).limit(1)).one()
        person_id, reminder_id = person.id, reminder.id
        session.delete(reminder)

    summary = service.send(tmp_path / "2.vocbundle", PASSPHRASE, to_office="BKK")

    header, payload, _ = read_bundle(summary.path, PASSPHRASE)
    assert header.sequence == 2 and header.since is not None
    assert list(payload["tables"]) == ["stakeholder"]
    [row] = payload["tables"]["stakeholder"]
    assert (row["id"], row["notes"], row["edited_office"]) == (person_id.hex, "ย้ายไปอยู่ลำพูน", "CNX")
    [deletion] = payload["tombstones"]
    assert deletion["table"] == "reminder" and deletion["office"] == "CNX"
    assert decode_key(RULES_BY_NAME["reminder"], deletion["key"]) == (reminder_id,)
    assert dict(summary.counts) == {"stakeholder": 1, "reminder": 1}
    assert dict(summary.deleted) == {"reminder": 1}


def test_everything_again_on_request_and_to_a_new_office(db: Database, tmp_path: Path) -> None:
    service = ExchangeService(db)
    first = service.send(tmp_path / "1.vocbundle", PASSPHRASE, to_office="BKK")
    again = service.send(tmp_path / "2.vocbundle", PASSPHRASE, to_office="BKK", everything=True)
    other = service.send(tmp_path / "3.vocbundle", PASSPHRASE, to_office="KKN")
    anyone = service.send(tmp_path / "4.vocbundle", PASSPHRASE)
    assert again.since is None and again.sequence == 2
    assert other.since is None and other.sequence == 1
    assert dict(again.counts) == dict(other.counts) == dict(anyone.counts) == dict(first.counts)
    assert [p.office_code for p in service.peers()] == ["BKK", "KKN"]
    assert anyone.sequence == 1 and anyone.to_office == ""
    assert service.send(tmp_path / "5.vocbundle", PASSPHRASE).sequence == 2


def test_rows_the_destination_edited_are_not_sent_back(db: Database, tmp_path: Path) -> None:
    service = ExchangeService(db)
    service.send(tmp_path / "1.vocbundle", PASSPHRASE, to_office="BKK")
    table = m.Stakeholder.__table__
    now = datetime.now(UTC)
    with db.engine.begin() as connection:  # as a merge of BKK's edit writes it
        ids = connection.scalars(sa.select(table.c.id).limit(2)).all()
        connection.execute(
            sa.update(table).where(table.c.id == ids[0]).values(edited_office="BKK", touched_at=now)
        )
        connection.execute(
            sa.update(table).where(table.c.id == ids[1]).values(edited_office="KKN", touched_at=now)
        )

    to_bkk = read_bundle(
        service.send(tmp_path / "2.vocbundle", PASSPHRASE, to_office="BKK").path, PASSPHRASE
    )[2 - 1]
    to_kkn = read_bundle(
        service.send(tmp_path / "3.vocbundle", PASSPHRASE, to_office="KKN").path, PASSPHRASE
    )[1]

    assert [row["id"] for row in to_bkk["tables"]["stakeholder"]] == [ids[1].hex]
    sent_to_kkn = {row["id"] for row in to_kkn["tables"]["stakeholder"]}
    assert ids[0].hex in sent_to_kkn and ids[1].hex not in sent_to_kkn


def test_stamping_the_office_changes_no_moment_nor_version(db: Database, tmp_path: Path) -> None:
    table = m.Complaint.__table__
    with db.engine.begin() as connection:
        connection.execute(sa.update(table).values(edited_office="", touched_at=LONG_AGO))
        before = {r.id: r for r in connection.execute(sa.select(table))}

    ExchangeService(db).send(tmp_path / "1.vocbundle", PASSPHRASE, to_office="BKK")

    with db.engine.connect() as connection:
        after = {r.id: r for r in connection.execute(sa.select(table))}
    assert after.keys() == before.keys()
    for key, row in after.items():
        assert row.edited_office == "CNX" and row.origin_office == "CNX"
        old = before[key]
        assert (row.updated_at, row.touched_at, row.version) == (
            old.updated_at, old.touched_at, old.version,
        )  # fmt: skip


def test_a_bundle_that_cannot_be_written_leaves_everything_as_it_was(
    db: Database, tmp_path: Path
) -> None:
    service = ExchangeService(db)
    service.send(tmp_path / "1.vocbundle", PASSPHRASE, to_office="BKK")
    with db.session_scope() as session:
        person = session.scalars(sa.select(m.Stakeholder).limit(1)).one()
        person.notes = "แก้ไขแล้ว"
        person_id = person.id
    with db.session_scope() as session:
        peer_before = session.scalars(sa.select(m.SyncPeer)).one()
        state = (peer_before.last_sent_at, peer_before.last_sent_sequence)

    (tmp_path / "a-file").write_text("not a folder")

    with pytest.raises(UserError):
        service.send(tmp_path / "a-file" / "2.vocbundle", PASSPHRASE, to_office="BKK")

    with db.session_scope() as session:
        peer = session.scalars(sa.select(m.SyncPeer)).one()
        assert (peer.last_sent_at, peer.last_sent_sequence) == state
        assert session.scalar(sa.select(sa.func.count()).select_from(m.SyncBundle)) == 1
        assert session.get(m.Stakeholder, person_id).edited_office == ""  # stamp rolled back


def test_no_bundle_without_this_office_s_code(tmp_path: Path) -> None:
    database, _ = open_database(tmp_path / "new.sqlite")
    try:
        with pytest.raises(UserError) as raised:
            ExchangeService(database).send(tmp_path / "b.vocbundle", PASSPHRASE, to_office="BKK")
        assert "office_code" in str(raised.value)
        assert not (tmp_path / "b.vocbundle").exists()
    finally:
        database.dispose()


def test_a_bundle_to_itself_or_under_a_short_passphrase_is_refused(
    db: Database, tmp_path: Path
) -> None:
    with pytest.raises(UserError):
        ExchangeService(db).send(tmp_path / "b.vocbundle", PASSPHRASE, to_office="cnx")
    with pytest.raises(UserError):
        ExchangeService(db).send(tmp_path / "b.vocbundle", "short", to_office="BKK")
    assert not (tmp_path / "b.vocbundle").exists()


def test_answers_travel_with_their_response(db: Database, tmp_path: Path) -> None:
    service = ExchangeService(db)
    service.send(tmp_path / "1.vocbundle", PASSPHRASE, to_office="BKK")
    table = m.SurveyResponse.__table__
    with db.engine.begin() as connection:
        response_id = connection.scalars(sa.select(table.c.id).limit(1)).one()
        connection.execute(sa.update(table).where(table.c.id == response_id).values(comment="ดี"))
        answers = connection.scalar(
            sa.select(sa.func.count()).where(m.SurveyAnswer.__table__.c.response_id == response_id)
        )

    payload = read_bundle(
        service.send(tmp_path / "2.vocbundle", PASSPHRASE, to_office="BKK").path, PASSPHRASE
    )[1]

    assert [row["id"] for row in payload["tables"]["survey_response"]] == [response_id.hex]
    travelled = payload["tables"]["survey_answer"]
    assert len(travelled) == answers > 0
    assert {row["response_id"] for row in travelled} == {response_id.hex}


def test_a_link_removed_and_made_again_travels_as_a_link(db: Database, tmp_path: Path) -> None:
    service = ExchangeService(db)
    service.send(tmp_path / "1.vocbundle", PASSPHRASE, to_office="BKK")
    table = RULES_BY_NAME["activity_participant"].table
    with db.engine.begin() as connection:
        link = connection.execute(sa.select(table.c.activity_id, table.c.stakeholder_id).limit(1))
        activity_id, stakeholder_id = link.one()
        where = (table.c.activity_id == activity_id, table.c.stakeholder_id == stakeholder_id)
        connection.execute(sa.delete(table).where(*where))
        connection.execute(
            sa.insert(table).values(activity_id=activity_id, stakeholder_id=stakeholder_id)
        )

    payload = read_bundle(
        service.send(tmp_path / "2.vocbundle", PASSPHRASE, to_office="BKK").path, PASSPHRASE
    )[1]

    assert payload["tombstones"] == []  # the link is here: no deletion to pass on
    assert payload["tables"]["activity_participant"] == [
        {"activity_id": activity_id.hex, "stakeholder_id": stakeholder_id.hex}
    ]
