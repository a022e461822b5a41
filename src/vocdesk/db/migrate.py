"""Bring a database to the schema this VocDesk knows, safely.

A new file is created by running every migration; an older file is copied aside and upgraded; a
file written by a newer VocDesk is refused, since this version cannot know what it would break.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text

from vocdesk.db.backup import backup_sqlite
from vocdesk.db.models.listening.entries import is_search_index_table
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, user_error

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
MIGRATION_LOCK_KEY = 0x566F634465736B  # "VocDesk": PostgreSQL's advisory lock for migrations


# PostgreSQL's trigram indexes of the listening log's words (migration 0004) are made by hand,
# like SQLite's FTS5 tables, and are no part of the models.
HAND_MADE_INDEX_SUFFIX = "_trgm"


def compared_by_alembic(name: str | None, type_: str, _parents: object) -> bool:
    """Alembic's ``include_name``: what a comparison of the models with a database looks at.
    The search indexes the migrations make by hand (FTS5 tables, the short-word table, the
    trigram indexes) are left out."""
    if type_ == "table":
        return not is_search_index_table(name)
    if type_ == "index":
        return not (name or "").endswith(HAND_MADE_INDEX_SUFFIX)
    return True


@dataclass(frozen=True)
class SchemaState:
    current: str | None  # None: an empty database
    head: str

    @property
    def is_current(self) -> bool:
        return self.current == self.head


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None, "the migrations folder has no revision"
    return head


def known_revisions() -> set[str]:
    return {s.revision for s in ScriptDirectory.from_config(_config()).walk_revisions()}


def schema_state(engine: Engine) -> SchemaState:
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    return SchemaState(current=current, head=head_revision())


def newer_schema_error(revision: str) -> UserError:
    return user_error(
        "Database",
        QT_TRANSLATE_NOOP(
            "Database",
            "This database was written by a newer version of VocDesk (schema {revision}). "
            "Install the newer version to open it; nothing was changed.",
        ),
        revision=revision,
    )


def migrate(engine: Engine, sqlite_path: Path | None = None) -> MigrationResult:
    """Upgrade ``engine``'s database to head; for an older SQLite file, first copy it aside."""
    state = schema_state(engine)
    if state.current is not None and state.current not in known_revisions():
        raise newer_schema_error(state.current)
    if state.is_current:
        return MigrationResult(state.current, state.head, None)
    backup = None
    if state.current is not None and sqlite_path is not None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = backup_sqlite(
            sqlite_path,
            sqlite_path.with_name(f"{sqlite_path.name}.before-{state.head}-{stamp}.bak"),
        )
    run_migrations(engine, "head")
    return MigrationResult(state.current, state.head, backup)


def run_migrations(engine: Engine, revision: str, *, downgrade: bool = False) -> None:
    """Move the schema to ``revision`` in one transaction.

    On PostgreSQL the DDL is transactional too, and a lock held for the transaction keeps two
    programs from migrating the same database at once.
    On SQLite, foreign keys are off while the migrations run and checked before the commit:
    batch mode changes a table by copying it and dropping the old one, and a DROP TABLE with
    foreign keys on first deletes the table's rows, which cascades to their children (a
    survey's questions and answers). The pragma only takes effect outside a transaction.
    """
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
            connection.commit()
        try:
            with connection.begin():
                if connection.dialect.name == "postgresql":
                    # Two VocDesks opening a new server database at once: the second waits
                    # here, then finds the schema at head and has nothing to do.
                    connection.execute(
                        text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY}
                    )
                move = command.downgrade if downgrade else command.upgrade
                move(_config(connection), revision)
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"migration to {revision} broke foreign keys: {broken}")
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys = ON")
                connection.commit()
