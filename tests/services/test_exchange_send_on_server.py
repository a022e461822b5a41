"""Sending bundles on SQLite and on a PostgreSQL server alike (issue 20): everything first,
then only what changed, deletions keyed as each database writes them."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa

from vocdesk.db import models as m
from vocdesk.services.database import Database
from vocdesk.services.demo import generate_demo
from vocdesk.services.exchange.bundle_file import read_bundle
from vocdesk.services.exchange.office import InstallationOffice
from vocdesk.services.exchange.service import ExchangeService
from vocdesk.services.exchange.tables import RULES, RULES_BY_NAME, decode_key

PASSPHRASE = "ช้างเผือก-2569-CNX"
LONG_AGO = datetime(2025, 1, 1, tzinfo=UTC)


def test_everything_then_only_what_changed(any_db: Database, tmp_path: Path) -> None:
    generate_demo(any_db)
    InstallationOffice(any_db).set("CNX", "สำนักงานเชียงใหม่")
    with any_db.engine.begin() as connection:  # every record last touched long ago
        for rule in RULES:
            if "touched_at" in rule.table.c:
                connection.execute(sa.update(rule.table).values(touched_at=LONG_AGO))
    service = ExchangeService(any_db)

    first = service.send(tmp_path / "1.vocbundle", PASSPHRASE, to_office="BKK")
    with any_db.engine.connect() as connection:
        for rule in RULES:
            count = connection.scalar(sa.select(sa.func.count()).select_from(rule.table))
            assert first.counts.get(rule.name, 0) == count, rule.name
    with any_db.session_scope() as session:
        person = session.scalars(sa.select(m.Stakeholder).limit(1)).one()
        person.phone = "0812345678"
        person_id = person.id
    link_table = RULES_BY_NAME["segment_service"].table
    with any_db.engine.begin() as connection:
        segment_id, service_id = connection.execute(sa.select(link_table).limit(1)).one()[:2]
        connection.execute(
            sa.delete(link_table).where(
                link_table.c.segment_id == segment_id, link_table.c.service_id == service_id
            )
        )

    second = service.send(tmp_path / "2.vocbundle", PASSPHRASE, to_office="BKK")

    _, payload, _ = read_bundle(second.path, PASSPHRASE)
    assert [row["id"] for row in payload["tables"]["stakeholder"]] == [person_id.hex]
    assert list(payload["tables"]) == ["stakeholder"]
    [deletion] = payload["tombstones"]
    assert deletion["table"] == "segment_service" and deletion["office"] == "CNX"
    assert decode_key(RULES_BY_NAME["segment_service"], deletion["key"]) == (segment_id, service_id)
