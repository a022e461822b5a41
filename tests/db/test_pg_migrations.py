"""Migrations and the engine on a real PostgreSQL server (issue 20; tests/pg_server.py)."""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import delete, inspect, select, text
from sqlalchemy.exc import DataError, IntegrityError

from vocdesk.db.base import Base
from vocdesk.db.engine import make_engine
from vocdesk.db.migrate import compared_by_alembic, head_revision, migrate, run_migrations
from vocdesk.db.models import Channel, FeedbackEntry, Segment, Service, Stakeholder
from vocdesk.db.models.registry import segment_services
from vocdesk.domain.enums import FeedbackType, LifecycleStage
from vocdesk.domain.messages import UserError
from vocdesk.domain.registry import StakeholderDraft
from vocdesk.services.database import Database, _write_refusal, check_database, open_database
from vocdesk.services.listening.entry import FeedbackDraft, ListeningEntryService
from vocdesk.services.registry.edit import RegistryEditService

HEARD = datetime(2025, 11, 3, 2, 30, tzinfo=UTC)

pytestmark = pytest.mark.postgresql


@pytest.fixture
def empty_pg_url(pg_server) -> Iterator[str]:  # noqa: ANN001 - tests/pg_server.PgServer
    """A new database on the server with nothing in it (not even the schema)."""
    if pg_server.url is None:
        pytest.skip(pg_server.skip_reason)
    name = f"vocdesk_empty_{datetime.now(UTC).strftime('%H%M%S%f')}"
    admin = pg_server.admin_engine()
    with admin.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {name}"))
    admin.dispose()
    yield pg_server.database_url(name)
    pg_server.drop_database(name)


def test_an_empty_server_database_is_migrated_to_head(empty_pg_url: str) -> None:
    engine = make_engine(empty_pg_url)
    try:
        result = migrate(engine)
        tables = set(inspect(engine).get_table_names())
        with engine.connect() as connection:
            extensions = set(connection.execute(text("SELECT extname FROM pg_extension")).scalars())
    finally:
        engine.dispose()

    assert result.from_revision is None
    assert result.to_revision == head_revision()
    assert result.backup is None  # a server's copies are its own (pg_dump)
    assert set(Base.metadata.tables) <= tables
    assert "pg_trgm" in extensions
    assert not any(t.startswith(("feedback_fts", "feedback_gram")) for t in tables)


def test_the_migrated_server_schema_matches_the_models(pg_database: Database) -> None:
    with pg_database.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": compared_by_alembic}
        )
        differences = compare_metadata(context, Base.metadata)
        # What alembic does not compare: partial indexes' conditions, and the indexes it is
        # told to leave out (the trigram indexes of migration 0004).
        indexes = dict(
            connection.execute(
                text(
                    "SELECT indexname, indexdef FROM pg_indexes WHERE indexname IN ("
                    "'uq_holiday_agency_day', 'uq_holiday_office_day',"
                    " 'ix_feedback_entry_text_trgm', 'ix_feedback_entry_staff_trgm')"
                )
            ).all()
        )

    assert differences == []
    assert indexes["uq_holiday_agency_day"].endswith("WHERE (office_id IS NULL)")
    assert indexes["uq_holiday_office_day"].endswith("WHERE (office_id IS NOT NULL)")
    assert "USING gin (text gin_trgm_ops)" in indexes["ix_feedback_entry_text_trgm"]
    assert "USING gin (staff gin_trgm_ops)" in indexes["ix_feedback_entry_staff_trgm"]


def test_every_revision_goes_down_and_up_again_on_the_server(empty_pg_url: str) -> None:
    engine = make_engine(empty_pg_url)
    try:
        run_migrations(engine, "head")
        run_migrations(engine, "base", downgrade=True)
        left = set(inspect(engine).get_table_names()) - {"alembic_version"}
        run_migrations(engine, "head")
        again = set(inspect(engine).get_table_names())
    finally:
        engine.dispose()

    assert left == set()
    assert set(Base.metadata.tables) <= again


def test_open_database_on_a_url_opens_the_server(pg_url: str) -> None:
    secret_url = pg_url.replace("postgres@", "postgres:s3cret@")  # trust: any password works

    database, result = open_database(secret_url)
    try:
        assert database.path is None
        assert database.on_server
        assert database.engine.url.drivername == "postgresql+psycopg"
        assert database.location == pg_url  # no password: kept as the last database opened
        assert result.from_revision == result.to_revision == head_revision()
        with pytest.raises(Exception, match="pg_dump") as refused:
            database.backup_to(database_path_anywhere())
        assert type(refused.value).__name__ == "UserError"
    finally:
        database.dispose()
    assert check_database(pg_url).healthy


def database_path_anywhere():  # noqa: ANN201 - a Path that is never written
    from pathlib import Path  # noqa: PLC0415

    return Path("/nonexistent/backup.sqlite")


def test_a_server_that_cannot_be_reached_is_a_clear_refusal() -> None:
    with pytest.raises(UserError) as refused:
        open_database("postgresql://someone:hunter22@127.0.0.1:1/vocdesk")

    message = str(refused.value)
    assert "could not be opened" in message
    assert "127.0.0.1" in message
    assert "hunter22" not in message


def test_a_stakeholder_saved_through_the_service_is_read_back(pg_database: Database) -> None:
    service = RegistryEditService(pg_database)

    saved = service.create(
        StakeholderDraft(name="สมชาย ใจดี", phone="081-234-5678", province="เชียงใหม่")
    )
    record = service.load(saved.id)
    assert record.draft.name == "สมชาย ใจดี"
    assert record.draft.phone == "+66812345678"
    assert record.created_at.tzinfo is not None


def test_listening_entries_are_numbered_by_the_server_on_insert(pg_database: Database) -> None:
    with pg_database.session_scope() as session:
        walk_in = session.scalar(select(Channel.id).where(Channel.code == "walk_in"))
    service = ListeningEntryService(pg_database)
    draft = FeedbackDraft(
        received_at=HEARD, channel_id=walk_in, stage=LifecycleStage.DURING,
        type=FeedbackType.COMPLAINT, text="ร้องเรียนเรื่องที่จอดรถ",
    )  # fmt: skip

    first = service.record(draft)
    second = service.record(draft)
    with pg_database.session_scope() as session:  # a number given by hand moves the count on
        session.add(FeedbackEntry(
            number=10, received_at=HEARD, channel_id=walk_in, stage=LifecycleStage.DURING,
            type=FeedbackType.COMPLAINT, text="นำเข้า",
        ))  # fmt: skip
    third = service.record(draft)

    assert (first.number, second.number, third.number) == (1, 2, 11)


def test_thai_words_are_searched_through_the_trigram_index(pg_database: Database) -> None:
    """pg_trgm under the cluster's locale (scripts/postgres.sh: C.UTF-8) makes trigrams of Thai
    letters, vowels and tone marks alike, so ILIKE '%ร้องเรียน%' is answered from the index."""
    with pg_database.session_scope() as session:
        walk_in = session.scalar(select(Channel.id).where(Channel.code == "walk_in"))
        session.execute(
            text(
                "INSERT INTO feedback_entry (id, created_at, updated_at, received_at, channel_id,"
                " stage, type, sentiment, text, staff, reference, status, version)"
                " SELECT gen_random_uuid(), now(), now(), now(), :channel, 'during', 'complaint',"
                " 'neutral', 'ผู้รับบริการ ' || g || CASE WHEN g % 100 = 0"
                " THEN ' ร้องเรียนเรื่องน้ำประปา' ELSE ' บริการดีมาก' END, '', '', 'new', 1"
                " FROM generate_series(1, 20000) AS g"
            ),
            {"channel": walk_in},
        )
    # VACUUM as autovacuum would: rows added since the index was made wait in GIN's pending
    # list (fastupdate), which the planner rightly prices as a scan of its own.
    with pg_database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("VACUUM ANALYZE feedback_entry"))
        trigrams = connection.execute(text("SELECT show_trgm('ร้องเรียน')")).scalar_one()
        plan = "\n".join(
            connection.execute(
                text("EXPLAIN SELECT id FROM feedback_entry WHERE text ILIKE '%ร้องเรียน%'")
            ).scalars()
        )
        found = connection.execute(
            text("SELECT count(*) FROM feedback_entry WHERE text ILIKE '%ร้องเรียน%'")
        ).scalar_one()

    assert len(trigrams) == 10  # nine characters, each a word character (tone mark included)
    assert "ix_feedback_entry_text_trgm" in plan
    assert found == 200


def test_a_failed_statement_carries_no_value_of_the_data(pg_database: Database) -> None:
    with pg_database.engine.connect() as connection:
        connection.execute(text("CREATE TEMP TABLE t (code text UNIQUE)"))
        connection.execute(text("INSERT INTO t VALUES (:v)"), {"v": "1234567890123"})
        with pytest.raises(IntegrityError) as failed:
            connection.execute(text("INSERT INTO t VALUES (:v)"), {"v": "1234567890123"})

    assert "1234567890123" not in str(failed.value)
    assert "1234567890123" not in str(failed.value.orig)
    assert "duplicate key" in str(failed.value)


def test_a_value_the_server_could_not_read_is_not_quoted_back(pg_database: Database) -> None:
    with pg_database.engine.connect() as connection, pytest.raises(DataError) as failed:
        connection.execute(text("SELECT CAST(:v AS uuid)"), {"v": "0812345678"})

    assert "0812345678" not in str(failed.value)
    assert "invalid input syntax for type uuid" in str(failed.value)


def test_deleting_a_row_or_a_link_leaves_a_tombstone_on_the_server(
    pg_database: Database,
) -> None:
    """Migration 0017's PostgreSQL trigger: the key as uuid text, a link's as a JSON array."""
    with pg_database.session_scope() as session:
        person = Stakeholder(name="ลบแล้ว")
        session.add(person)
        segment_id = session.scalar(select(Segment.id).limit(1))
        service = Service(code="water", name_th="ประปา", name_en="Water")
        session.add(service)
        session.flush()
        service_id = service.id
        session.execute(
            segment_services.insert().values(segment_id=segment_id, service_id=service_id)
        )
    with pg_database.session_scope() as session:
        session.execute(delete(Stakeholder).where(Stakeholder.id == person.id))
        session.execute(delete(segment_services).where(segment_services.c.segment_id == segment_id))
    with pg_database.engine.connect() as connection:
        stones = dict(
            connection.execute(text("SELECT table_name, row_key FROM sync_tombstone")).all()
        )

    assert uuid.UUID(stones["stakeholder"]) == person.id
    assert "-" in stones["stakeholder"]
    assert [uuid.UUID(k) for k in json.loads(stones["segment_service"])] == [segment_id, service_id]


def test_a_deadlock_between_two_users_is_a_clear_refusal(pg_database: Database) -> None:
    with pytest.raises(UserError) as refused, pg_database.session_scope() as session:
        session.execute(
            text("DO $$ BEGIN RAISE EXCEPTION 'deadlock detected' USING ERRCODE = '40P01'; END $$")
        )

    assert "at the same moment" in str(refused.value)


def test_a_server_gone_in_the_middle_of_an_action_is_a_clear_refusal(
    pg_database: Database,
) -> None:
    with pg_database.engine.connect() as connection:
        mine = connection.execute(text("SELECT pg_backend_pid()")).scalar_one()
        connection.commit()
        with pg_database.engine.connect() as other:
            other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": mine})
        with pytest.raises(Exception) as lost:
            connection.execute(text("SELECT 1"))
    refusal = _write_refusal(pg_database.location, lost.value)

    assert refusal is not None
    assert "could not be reached or closed the connection" in str(refusal)


def test_writing_first_transactions_run_one_at_a_time_on_the_server(
    pg_database: Database,
) -> None:
    """Two imports at once (``writing_first``): the second waits for the first to commit."""
    order: list[str] = []
    first_began = threading.Event()

    def first() -> None:
        with pg_database.writing_first(), pg_database.session_scope() as session:
            session.execute(text("SELECT 1"))
            first_began.set()
            time.sleep(0.5)
            order.append("first committed")

    worker = threading.Thread(target=first)
    worker.start()
    first_began.wait(10)
    with pg_database.writing_first(), pg_database.session_scope() as session:
        session.execute(text("SELECT 1"))
        order.append("second began")
    worker.join(10)

    assert order == ["first committed", "second began"]


def test_a_server_database_that_cannot_hold_thai_is_refused_untouched(empty_pg_url: str) -> None:
    latin = empty_pg_url.rsplit("/", 1)[0] + "/vocdesk_latin1_" + uuid.uuid4().hex[:8]
    admin = make_engine(empty_pg_url).execution_options(isolation_level="AUTOCOMMIT")
    name = latin.rsplit("/", 1)[1]
    with admin.connect() as connection:
        connection.execute(
            text(
                f"CREATE DATABASE {name} ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0"
            )
        )
    try:
        with pytest.raises(UserError) as refused:
            open_database(latin)
        with make_engine(latin).connect() as connection:
            tables = connection.execute(
                text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
            ).scalar_one()
    finally:
        with admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE {name} WITH (FORCE)"))
        admin.dispose()

    assert "LATIN1" in str(refused.value)
    assert "UTF8" in str(refused.value)
    assert tables == 0
