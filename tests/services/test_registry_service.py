"""The Stakeholders tab's rows: searched, sorted and paged in SQL, identifiers masked."""

from __future__ import annotations

from sample_data import SampleData

from vocdesk.db.models import Stakeholder
from vocdesk.domain.enums import StakeholderStatus
from vocdesk.domain.tables import TableQuery
from vocdesk.services.database import Database
from vocdesk.services.registry.stakeholders import RegistryService


def _add(db: Database, **fields) -> None:
    with db.session_scope() as session:
        session.add(Stakeholder(**fields))


def test_pages_cover_every_row_once_in_name_order(empty_db: Database, sample: SampleData) -> None:
    service = RegistryService(empty_db)

    pages = [service.list_stakeholders(TableQuery(), offset, 7) for offset in range(0, 35, 7)]

    rows = [row for page in pages for row in page]
    assert len(rows) == service.count_stakeholders(TableQuery()) == 30
    assert len({row.id for row in rows}) == 30
    assert [row.name for row in rows] == sorted(row.name for row in rows)


def test_search_words_must_all_match(empty_db: Database) -> None:
    _add(empty_db, name="สมชาย ใจดี", province="เชียงใหม่")
    _add(empty_db, name="สมชาย รักษ์ไทย", province="ขอนแก่น")
    _add(empty_db, name="Anna Smith", province="เชียงใหม่")
    service = RegistryService(empty_db)

    query = TableQuery(search="สมชาย เชียงใหม่")

    assert [row.name for row in service.list_stakeholders(query)] == ["สมชาย ใจดี"]
    assert service.count_stakeholders(query) == 1
    assert service.count_stakeholders(TableQuery(search="anna")) == 1  # case does not matter


def test_search_treats_percent_and_underscore_as_plain_text(empty_db: Database) -> None:
    _add(empty_db, name="100% Thai")
    _add(empty_db, name="Somchai")

    assert RegistryService(empty_db).count_stakeholders(TableQuery(search="%")) == 1


def test_a_phone_typed_with_dashes_finds_the_stored_number(empty_db: Database) -> None:
    _add(empty_db, name="ผู้โทร", phone="+66812345678")
    _add(empty_db, name="คนอื่น", phone="+66898765432")

    rows = RegistryService(empty_db).list_stakeholders(TableQuery(search="081-234-5678"))

    assert [row.name for row in rows] == ["ผู้โทร"]
    assert rows[0].phone == "08x-xxx-5678"  # masked in the list (PDPA)
    shown = RegistryService(empty_db).list_stakeholders(
        TableQuery(search="081-234-5678"), reveal_personal=True
    )
    assert shown[0].phone == "081 234 5678"


def test_lists_show_the_national_id_masked(empty_db: Database) -> None:
    _add(empty_db, name="มีบัตร", national_id="1112034563562")
    _add(empty_db, name="ไม่มีบัตร")

    rows = {row.name: row for row in RegistryService(empty_db).list_stakeholders(TableQuery())}

    assert rows["มีบัตร"].national_id == "1-1120-xxxxx-56-2"
    assert rows["ไม่มีบัตร"].national_id == ""


def test_archived_records_are_left_out(empty_db: Database) -> None:
    _add(empty_db, name="อยู่")
    _add(empty_db, name="เก็บถาวร", archived=True)
    service = RegistryService(empty_db)

    assert [row.name for row in service.list_stakeholders(TableQuery())] == ["อยู่"]
    assert service.count_stakeholders(TableQuery()) == 1


def test_status_sorts_in_the_vocabulary_order_both_ways(empty_db: Database) -> None:
    for name, status in [("a", StakeholderStatus.FORMER), ("b", StakeholderStatus.CURRENT),
                         ("c", StakeholderStatus.POTENTIAL)]:  # fmt: skip
        _add(empty_db, name=name, status=status)
    service = RegistryService(empty_db)

    up = service.list_stakeholders(TableQuery(sort_key="status"))
    down = service.list_stakeholders(TableQuery(sort_key="status", descending=True))

    assert [row.status for row in up] == list(StakeholderStatus)
    assert [row.status for row in down] == list(reversed(StakeholderStatus))


def test_segment_sorts_by_the_name_in_the_shown_language(
    empty_db: Database, sample: SampleData
) -> None:
    service = RegistryService(empty_db)

    thai = service.list_stakeholders(TableQuery(sort_key="segment", language="th"))
    english = service.list_stakeholders(TableQuery(sort_key="segment", language="en"))

    assert [r.segment.th for r in thai] == sorted(r.segment.th for r in thai)
    assert [r.segment.en for r in english] == sorted(r.segment.en for r in english)


def test_an_unknown_sort_key_falls_back_to_name_order(
    empty_db: Database, sample: SampleData
) -> None:
    rows = RegistryService(empty_db).list_stakeholders(TableQuery(sort_key="no such column"))

    assert [row.name for row in rows] == sorted(row.name for row in rows)
