"""Two VocDesk windows on one file (issue 17): the later save of a record the other window
changed meanwhile is refused with a clear message, nothing of it written, the file sound.
Two ``Database`` objects on one real file stand for the two windows (each its own engine)."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from vocdesk.db.engine import make_engine, sqlite_url
from vocdesk.db.migrate import head_revision, run_migrations
from vocdesk.db.models import Stakeholder
from vocdesk.domain.messages import UserError
from vocdesk.domain.registry import StakeholderDraft
from vocdesk.services.database import open_database
from vocdesk.services.registry.edit import RegistryEditService

TODAY = date(2026, 3, 2)


def _two_windows(path: Path):  # type: ignore[no-untyped-def]
    first, _ = open_database(path)
    second, _ = open_database(path)
    return first, second


def test_the_later_save_of_a_changed_stakeholder_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite"
    first, second = _two_windows(path)
    try:
        a = RegistryEditService(first, today=lambda: TODAY, user="officer a")
        b = RegistryEditService(second, today=lambda: TODAY, user="officer b")
        created = a.create(StakeholderDraft(name="สมศรี ใจดี", phone="0812345678"))
        form_a, form_b = a.load(created.id), b.load(created.id)  # both forms open
        assert form_a.version == form_b.version == 1

        a.update(created.id, dataclasses.replace(form_a.draft, name="สมศรี ใจงาม"),
                 version=form_a.version)  # fmt: skip
        with pytest.raises(UserError) as refused:
            b.update(created.id, dataclasses.replace(form_b.draft, phone="0899999999"),
                     version=form_b.version)  # fmt: skip

        text = refused.value.message.english()
        assert "This stakeholder was changed in another VocDesk window" in text
        saved = b.load(created.id)
        assert (saved.draft.name, saved.draft.phone, saved.version) == (
            "สมศรี ใจงาม",
            form_a.draft.phone,
            2,
        )
        # opened again, the form saves
        b.update(created.id, dataclasses.replace(saved.draft, phone="0899999999"),
                 version=saved.version)  # fmt: skip
        assert a.load(created.id).version == 3
    finally:
        first.dispose()
        second.dispose()
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_two_saves_racing_on_one_record_leave_one_and_refuse_the_other(tmp_path: Path) -> None:
    """Both read version 1; the first commits; the second's UPDATE names version 1, finds no row
    (SQLAlchemy's StaleDataError) and becomes the same clear refusal."""
    path = tmp_path / "shared.sqlite"
    first, second = _two_windows(path)
    try:
        created = RegistryEditService(first, today=lambda: TODAY).create(
            StakeholderDraft(name="บริษัท ทดสอบ จำกัด")
        )
        with pytest.raises(UserError) as refused, second.session_scope() as session:
            row = session.get(Stakeholder, created.id)
            assert row is not None and row.version == 1
            with first.session_scope() as other:
                other_row = other.get(Stakeholder, created.id)
                assert other_row is not None
                other_row.notes = "saved first"
            row.notes = "saved second"
        assert (
            "stakeholder was changed in another VocDesk window" in refused.value.message.english()
        )
        with first.session_scope() as session:
            row = session.scalars(select(Stakeholder)).one()
            assert (row.notes, row.version) == ("saved first", 2)
    finally:
        first.dispose()
        second.dispose()


def test_a_file_at_0011_gets_versions_and_keeps_its_records(tmp_path: Path) -> None:
    """A real file at 0011 with a stakeholder (made at head, then taken down to 0011, which
    drops the versions): opened, it is upgraded to the head and every record starts at version 1."""
    path = tmp_path / "old.sqlite"
    db, _ = open_database(path)
    created = RegistryEditService(db, today=lambda: TODAY).create(StakeholderDraft(name="คนเดิม"))
    db.dispose()
    engine = make_engine(sqlite_url(path))
    run_migrations(engine, "0011", downgrade=True)
    engine.dispose()
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0011"
        for table in ("stakeholder", "feedback_entry", "complaint", "survey", "activity"):
            columns = [r[1] for r in connection.execute(f"PRAGMA table_info({table})")]
            assert "version" not in columns, table

    db, result = open_database(path)
    try:
        assert result.from_revision == "0011" and result.to_revision == head_revision()
        assert result.backup is not None and result.backup.is_file()
        edit = RegistryEditService(db, today=lambda: TODAY)
        record = edit.load(created.id)
        assert (record.draft.name, record.version) == ("คนเดิม", 1)
        edit.update(created.id, dataclasses.replace(record.draft, notes="x"), version=1)
        assert edit.load(created.id).version == 2
    finally:
        db.dispose()


def test_the_later_save_of_a_changed_listening_entry_is_refused(tmp_path: Path) -> None:
    from vocdesk.domain.enums import FeedbackType, LifecycleStage
    from vocdesk.services.listening.entry import FeedbackDraft, ListeningEntryService

    path = tmp_path / "shared.sqlite"
    first, second = _two_windows(path)
    try:
        a, b = ListeningEntryService(first), ListeningEntryService(second)
        channel = a.choices().channels[0].id
        recorded = a.record(FeedbackDraft(
            received_at=datetime(2026, 3, 2, 3, 0, tzinfo=UTC), channel_id=channel,
            stage=list(LifecycleStage)[0], type=list(FeedbackType)[0], text="ที่จอดรถไม่พอ",
        ))  # fmt: skip
        form_a, form_b = a.get(recorded.id), b.get(recorded.id)
        saved = a.update(recorded.id, dataclasses.replace(form_a.draft, text="ที่จอดรถไม่พอเลย"),
                         version=form_a.version)  # fmt: skip
        assert saved == 2
        with pytest.raises(UserError) as refused:
            b.update(recorded.id, dataclasses.replace(form_b.draft, text="แก้ทับ"),
                     version=form_b.version)  # fmt: skip
        assert "listening entry was changed in another" in refused.value.message.english()
        assert b.get(recorded.id).draft.text == "ที่จอดรถไม่พอเลย"
        # the same form saving twice in a row is not refused by its own first save
        assert (
            a.update(recorded.id, dataclasses.replace(form_a.draft, text="สาม"), version=saved) == 3
        )
    finally:
        first.dispose()
        second.dispose()


def test_the_later_save_of_a_changed_activity_is_refused(tmp_path: Path) -> None:
    from vocdesk.domain.enums import ActivityKind
    from vocdesk.services.relationships.activities import ActivityService

    path = tmp_path / "shared.sqlite"
    first, second = _two_windows(path)
    try:
        person = RegistryEditService(first, today=lambda: TODAY).create(
            StakeholderDraft(name="คุณทดสอบ")
        )
        a, b = ActivityService(first), ActivityService(second)
        record = a.load(a.create(dataclasses.replace(
            _activity_draft(person.id, ActivityKind), summary="ประชุมครั้งแรก"
        )))  # fmt: skip
        form_a, form_b = a.load(record.id), b.load(record.id)
        assert a.update(record.id, dataclasses.replace(form_a.draft, summary="ประชุมแก้ไข"),
                        version=form_a.version) == 2  # fmt: skip
        with pytest.raises(UserError) as refused:
            b.update(record.id, dataclasses.replace(form_b.draft, summary="ทับ"),
                     version=form_b.version)  # fmt: skip
        assert "activity was changed in another" in refused.value.message.english()
        assert b.load(record.id).summary == "ประชุมแก้ไข"
    finally:
        first.dispose()
        second.dispose()


def _activity_draft(stakeholder_id, kinds):  # type: ignore[no-untyped-def]
    from vocdesk.services.relationships.activities import ActivityDraft

    return ActivityDraft(
        stakeholder_id=stakeholder_id, kind=list(kinds)[0],
        occurred_at=datetime(2026, 3, 2, 3, 0, tzinfo=UTC), summary="x",
    )  # fmt: skip
