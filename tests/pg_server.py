"""A real PostgreSQL server for the tests (issue 20), as a pytest plugin (tests/conftest.py).

Fixtures:
- ``pg_server`` (session): the URL of a throwaway cluster started by ``scripts/postgres.sh``
  (stopped and removed at the end of the run), or of the server named by ``VOCDESK_PG_URL``
  (any database of it that the tests may create databases from; nothing is stopped then).
  When no server can be started, every test that asks for one is skipped, the reason given.
- ``pg_url`` (function): the URL of a fresh, empty-of-records database migrated to head, made
  for this test by copying a template migrated once per run (``CREATE DATABASE ... TEMPLATE``),
  dropped after the test.
- ``pg_database`` (function): ``open_database(pg_url)``, disposed after the test.
- ``any_db`` (function, parametrised ``["sqlite", "postgresql"]``): an open
  ``services.database.Database`` on a new SQLite file or a new PostgreSQL database; a test
  asking for it runs on both. ``any_db_kind`` tells which, for a test that must branch.
- ``any_location`` (function, parametrised the same): a location for ``open_database`` (a
  path that does not exist yet, or a URL) for tests that open the database themselves.

``postgresql`` marker: given to every test that uses the server (a server fixture, or the
PostgreSQL half of ``any_db``): ``-m postgresql`` runs those only, ``-m "not postgresql"`` the
rest. ``VOCDESK_PG_URL=postgresql://user@host/db`` uses that server instead of starting one.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, make_url, text
from sqlalchemy.pool import NullPool

from vocdesk.db.engine import make_engine
from vocdesk.db.migrate import migrate
from vocdesk.services.database import Database, open_database

REPO_ROOT = Path(__file__).resolve().parents[1]
POSTGRES_SCRIPT = REPO_ROOT / "scripts" / "postgres.sh"
TEMPLATE = "vocdesk_template"
DB_KINDS = ("sqlite", "postgresql")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "postgresql: needs a PostgreSQL server (scripts/postgres.sh starts one)"
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test that uses the server gets the ``postgresql`` marker: those asking for a
    server fixture, and the PostgreSQL half of those asking for ``any_db``."""
    for item in items:
        callspec = getattr(item, "callspec", None)
        kind = callspec.params.get("any_db_kind") if callspec is not None else None
        if "pg_server" in getattr(item, "fixturenames", ()) or kind == "postgresql":
            item.add_marker(pytest.mark.postgresql)


@dataclass
class PgServer:
    """A server the tests may use: its admin URL (database ``postgres``), or why there is none."""

    url: str | None
    skip_reason: str = ""
    _folder: Path | None = None
    _template_ready: bool = False

    def admin_engine(self) -> Engine:
        assert self.url is not None
        return create_engine(_psycopg(self.url), isolation_level="AUTOCOMMIT", poolclass=NullPool)

    def database_url(self, name: str) -> str:
        assert self.url is not None
        return make_url(self.url).set(database=name).render_as_string(hide_password=False)

    def ensure_template(self) -> None:
        """The template every test's database is copied from, migrated to head once a run."""
        if self._template_ready:
            return
        admin = self.admin_engine()
        try:
            with admin.connect() as connection:
                connection.execute(text(f"DROP DATABASE IF EXISTS {TEMPLATE} WITH (FORCE)"))
                connection.execute(text(f"CREATE DATABASE {TEMPLATE}"))
        finally:
            admin.dispose()
        engine = make_engine(self.database_url(TEMPLATE))
        try:
            migrate(engine)
        finally:
            engine.dispose()  # a template may have no connection when it is copied
        self._template_ready = True

    def new_database(self) -> str:
        self.ensure_template()
        name = f"vocdesk_test_{uuid.uuid4().hex[:12]}"
        admin = self.admin_engine()
        try:
            with admin.connect() as connection:
                # A copy of the files (PostgreSQL 15+) is twice as fast as WAL_LOG, the default,
                # for a small template on a cluster that does not sync (scripts/postgres.sh).
                version = connection.execute(text("SHOW server_version_num")).scalar_one()
                strategy = " STRATEGY FILE_COPY" if int(version) >= 150000 else ""
                connection.execute(text(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}{strategy}"))
        finally:
            admin.dispose()
        return name

    def drop_database(self, name: str) -> None:
        admin = self.admin_engine()
        try:
            with admin.connect() as connection:
                connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        finally:
            admin.dispose()


def _psycopg(url: str) -> str:
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def _start_cluster() -> PgServer:
    given = os.environ.get("VOCDESK_PG_URL", "").strip()
    if given:
        return PgServer(given)
    if not POSTGRES_SCRIPT.is_file():
        return PgServer(None, f"{POSTGRES_SCRIPT} is missing")
    # Under /tmp, not pytest's tmp_path: the server runs as the postgres user (when the tests run
    # as root), who cannot enter root's 0700 pytest folder; and a unix socket's path is short.
    folder = Path(tempfile.mkdtemp(prefix="vocdesk-pg-"))
    try:
        result = subprocess.run(
            ["bash", str(POSTGRES_SCRIPT), "start", str(folder)],
            capture_output=True,
            text=True,
            timeout=600,  # the first run may install Debian's package
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        shutil.rmtree(folder, ignore_errors=True)
        return PgServer(None, f"scripts/postgres.sh could not run: {exc}")
    lines = result.stdout.strip().splitlines()
    if result.returncode != 0 or not lines:
        shutil.rmtree(folder, ignore_errors=True)
        why = (result.stderr.strip().splitlines() or ["no output"])[-1]
        return PgServer(None, f"no PostgreSQL server could be started: {why}")
    return PgServer(lines[-1], _folder=folder)


def _stop_cluster(server: PgServer) -> None:
    if server._folder is None:
        return
    subprocess.run(
        ["bash", str(POSTGRES_SCRIPT), "stop", str(server._folder)],
        capture_output=True,
        timeout=120,
        check=False,
    )
    shutil.rmtree(server._folder, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """The session's PostgreSQL server; a test asking for it is skipped when there is none."""
    server = _start_cluster()
    try:
        yield server
    finally:
        _stop_cluster(server)


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """A new database migrated to head, for this test only (dropped afterwards)."""
    if pg_server.url is None:
        pytest.skip(pg_server.skip_reason)
    name = pg_server.new_database()
    try:
        yield pg_server.database_url(name)
    finally:
        pg_server.drop_database(name)


@pytest.fixture
def pg_database(pg_url: str) -> Iterator[Database]:
    """``open_database(pg_url)``: an open ``services.database.Database`` on the server."""
    database, _ = open_database(pg_url)
    try:
        yield database
    finally:
        database.dispose()


@pytest.fixture(params=DB_KINDS)
def any_db_kind(request: pytest.FixtureRequest) -> str:
    """``"sqlite"`` or ``"postgresql"``: the test runs once on each."""
    return str(request.param)


@pytest.fixture
def any_location(any_db_kind: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where ``open_database`` should open this test's database: a new SQLite file's path, or
    the URL of a new PostgreSQL database migrated to head."""
    if any_db_kind == "sqlite":
        return str(tmp_path / "vocdesk.sqlite")
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def any_db(any_location: str) -> Iterator[Database]:
    """An open ``services.database.Database``: a SQLite file, then a PostgreSQL database."""
    database, _ = open_database(any_location)
    try:
        yield database
    finally:
        database.dispose()
