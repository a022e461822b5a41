"""Importing and exporting the listening log through the transfer contract, on real files and
real SQLite databases: all or nothing, Thai Windows text (cp874), unknown channels added with a
notice, and an export that imports again unchanged."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from vocdesk.db.models import (
    Channel,
    FeedbackEntry,
    Office,
    Segment,
    Service,
    Stakeholder,
)
from vocdesk.domain.enums import FeedbackType, LifecycleStage, Sentiment
from vocdesk.domain.messages import UserError
from vocdesk.domain.tables import TableQuery
from vocdesk.services.database import Database, open_database
from vocdesk.services.listening.entry import FeedbackDraft, ListeningEntryService
from vocdesk.services.listening.log import ListeningService
from vocdesk.services.transfer import exporter_for, import_file, importer_for

HEADINGS_TH = (
    "วันเวลาที่รับฟัง,ช่องทาง,ช่วงการรับบริการ,ประเภท,ความรู้สึก,สิ่งที่ได้รับฟัง,กลุ่มผู้รับบริการ,เจ้าหน้าที่,เลขอ้างอิง"
)


def _open(path: Path) -> Database:
    return open_database(path)[0]


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = _open(tmp_path / "office.sqlite")
    yield database
    database.dispose()


def _count(db: Database) -> int:
    with db.session_scope() as session:
        return session.scalar(select(func.count(FeedbackEntry.id))) or 0


def _fill(db: Database) -> None:
    with db.session_scope() as session:
        segment = session.scalar(select(Segment).where(Segment.code == "general_public"))
        person = Stakeholder(name="วิภาวรรณ รักษ์ไทย", segment_id=segment.id)
        session.add_all([person, Service(code="permit", name_th="การออกใบอนุญาต", name_en="Permits"),
                         Office(code="hq", name_th="สำนักงานใหญ่", name_en="Head office")])  # fmt: skip
        session.flush()
        service = session.scalar(select(Service.id).where(Service.code == "permit"))
        office = session.scalar(select(Office.id).where(Office.code == "hq"))
        channels = {c.code: c.id for c in session.scalars(select(Channel))}
        person_id = person.id
    entries = ListeningEntryService(db)
    texts = [
        "อยากให้มีที่จอดรถเพิ่ม",
        'เขียนว่า "ด่วน" และ =SUM(A1)',
        "Online form, please fix\nthe second line",
    ]
    for n, text in enumerate(texts):
        entries.record(FeedbackDraft(
            received_at=datetime(2025, 11, 3 + n, 2, 30, 15, tzinfo=UTC), channel_id=channels["walk_in" if n else "line_oa"],
            stage=list(LifecycleStage)[n], type=list(FeedbackType)[n], text=text, sentiment=list(Sentiment)[n],
            stakeholder_id=person_id if n != 1 else None, service_id=service if n == 0 else None,
            office_id=office, staff="สมศรี" if n else "", reference=f"LTR-{n}" if n == 2 else "",
        ))  # fmt: skip


def _snapshot(db: Database) -> list[tuple]:
    with db.session_scope() as session:
        return [
            (e.id, e.number, e.received_at, e.channel_id, e.stage, e.type, e.sentiment, e.text, e.stakeholder_id,
             e.segment_id, e.service_id, e.office_id, e.staff, e.status, e.reference)
            for e in session.scalars(select(FeedbackEntry).order_by(FeedbackEntry.number))
        ]  # fmt: skip


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_export_imports_again_unchanged_and_nothing_is_duplicated(
    db: Database, tmp_path: Path, suffix: str
) -> None:
    _fill(db)
    before = _snapshot(db)
    exported = tmp_path / f"log{suffix}"

    assert exporter_for("feedback", db).export(exported) == 3
    summary = import_file(importer_for("feedback", db), exported)

    assert (summary.added, summary.updated, summary.notices) == (0, 3, [])
    assert _snapshot(db) == before
    again = tmp_path / f"again{suffix}"
    exporter_for("feedback", db).export(again)
    if suffix == ".csv":
        assert again.read_bytes() == exported.read_bytes()


def test_an_export_moves_entries_to_another_database_keeping_their_ids(
    db: Database, tmp_path: Path
) -> None:
    _fill(db)
    exported = tmp_path / "log.csv"
    exporter_for("feedback", db).export(exported)
    other = _open(tmp_path / "branch.sqlite")
    try:
        # the branch has the same catalogues and person
        with other.session_scope() as session, db.session_scope() as source:
            for model in (Service, Office):
                for item in source.scalars(select(model)):
                    session.add(
                        model(
                            id=item.id, code=item.code, name_th=item.name_th, name_en=item.name_en
                        )
                    )
            for p in source.scalars(select(Stakeholder)):
                session.add(Stakeholder(id=p.id, name=p.name, segment_id=p.segment_id))

        first = import_file(importer_for("feedback", other), exported)
        second = import_file(importer_for("feedback", other), exported)

        assert (first.added, second.added, second.updated) == (3, 0, 3)
        assert [row[0] for row in _snapshot(other)] == [row[0] for row in _snapshot(db)]
        assert ListeningService(other).count_feedback(TableQuery(search="จอดรถ")) == 1  # indexed
    finally:
        other.dispose()


def test_a_file_with_any_problem_imports_nothing_and_names_every_row_and_column(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        "received at,channel,stage,type,text,segment\n"
        "2025-11-01 09:00,โทรศัพท์,before,need,ขอให้ขยายเวลา,\n"
        "2025-11-01 09:05,โทรศัพท์,sometime,need,ที่จอดรถ,\n"
        "2025-11-01 09:10,โทรศัพท์,after,rumour,ห้องน้ำ,\n"
        "2025-11-01 09:15,โทรศัพท์,after,need,ลิฟต์,กลุ่มที่ไม่มีอยู่\n"
        "yesterday,โทรศัพท์,after,need,,\n",
        encoding="utf-8",
    )

    with pytest.raises(UserError) as caught:
        import_file(importer_for("feedback", db), path)

    text = str(caught.value)
    assert "Nothing was imported" in text
    assert "Row 3, column C: “sometime” is not one of: before, during, after." in text
    assert "Row 4, column D: “rumour” is not one of" in text
    assert (
        "Row 5, column F: there is no segment “กลุ่มที่ไม่มีอยู่”" not in text
    )  # checked only once cells are valid
    assert "Row 6, column A" in text and "Row 6, column E: “text” is required." in text
    assert _count(db) == 0


def test_an_unknown_segment_is_a_problem_of_its_row(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "segment.csv"
    path.write_text("received at,channel,stage,type,text,segment\n"
                    "2025-11-01 09:15,โทรศัพท์,after,need,ลิฟต์,กลุ่มที่ไม่มีอยู่\n", encoding="utf-8")  # fmt: skip

    with pytest.raises(UserError, match="Row 2, column F: there is no segment “กลุ่มที่ไม่มีอยู่”"):
        import_file(importer_for("feedback", db), path)
    assert _count(db) == 0


def test_a_thai_windows_file_with_thai_words_imports_and_adds_its_unknown_channel(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "thai.csv"
    path.write_bytes(
        (
            HEADINGS_TH + "\n"
            "01/11/2568 09:30,ติ๊กต็อก,ระหว่างรับบริการ,ข้อเสนอแนะ,เชิงลบ,รอคิวนานเกินไป,ประชาชนทั่วไป,สมศรี,TT-1\n"
            "02/11/2568 10:00,โทรศัพท์,หลังรับบริการ,คำชมเชย,เชิงบวก,เจ้าหน้าที่สุภาพมาก,,,\n"
        ).encode("cp874")
    )

    summary = import_file(importer_for("feedback", db), path)

    assert (summary.added, summary.updated) == (2, 0)
    assert [n.english() for n in summary.notices] == [
        "The channel “ติ๊กต็อก” was not in the catalogue and was added (row 2)."
    ]
    rows = ListeningService(db).list_feedback(TableQuery(sort_key="number"), 0, 10)
    assert [(r.channel.th, r.stage, r.type, r.sentiment) for r in rows] == [
        ("ติ๊กต็อก", LifecycleStage.DURING, FeedbackType.SUGGESTION, Sentiment.NEGATIVE),
        ("โทรศัพท์", LifecycleStage.AFTER, FeedbackType.COMPLIMENT, Sentiment.POSITIVE),
    ]
    assert rows[0].received_at == datetime(2025, 11, 1, 2, 30, tzinfo=UTC)  # 09:30 Thai time
    assert rows[0].segment is not None and rows[0].segment.th == "ประชาชนทั่วไป"
    # The same file again: the reference matches the first row, the second has none and is new.
    again = import_file(importer_for("feedback", db), path)
    assert (again.added, again.updated, again.notices) == (1, 1, [])


def test_an_export_with_a_search_writes_only_the_matching_entries(
    db: Database, tmp_path: Path
) -> None:
    _fill(db)
    path = tmp_path / "parking.csv"

    written = exporter_for("feedback", db).export(path, search="จอดรถ")

    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert written == 1 and len(lines) == 2 and "อยากให้มีที่จอดรถเพิ่ม" in lines[1]
    assert lines[0].startswith("id,number,received at,channel,stage,type,sentiment,text")
