"""scripts/postgres.sh: a throwaway cluster on loopback, started twice or stopped twice alike."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from pg_server import POSTGRES_SCRIPT

pytestmark = pytest.mark.postgresql


def _script(action: str, folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(POSTGRES_SCRIPT), action, str(folder)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip


@pytest.fixture
def folder(pg_server) -> Iterator[Path]:  # noqa: ANN001 - tests/pg_server.PgServer
    if pg_server.url is None:
        pytest.skip(pg_server.skip_reason)
    made = Path(tempfile.mkdtemp(prefix="vocdesk-pg-script-"))
    yield made
    _script("stop", made)
    shutil.rmtree(made, ignore_errors=True)


def _answers(url: str) -> str:
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        with engine.connect() as connection:
            return str(connection.execute(text("SHOW listen_addresses")).scalar_one())
    finally:
        engine.dispose()


def test_start_prints_the_url_and_again_the_same_at_once(folder: Path) -> None:
    first = _script("start", folder)
    began = time.perf_counter()
    again = _script("start", folder)
    seconds = time.perf_counter() - began

    assert first.returncode == 0, first.stderr
    url = first.stdout.strip().splitlines()[-1]
    assert url.startswith("postgresql://postgres@127.0.0.1:")
    assert again.returncode == 0 and again.stdout.strip().splitlines()[-1] == url
    assert seconds < 2
    assert _answers(url) == "127.0.0.1"  # loopback only
    hba = [
        line for line in (folder / "data" / "pg_hba.conf").read_text().splitlines() if line.strip()
    ]
    assert hba == [
        "local all all trust", "host all all 127.0.0.1/32 trust", "host all all ::1/128 trust"
    ]  # fmt: skip


def test_stop_then_start_again_keeps_the_cluster(folder: Path) -> None:
    url = _script("start", folder).stdout.strip().splitlines()[-1]
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE kept (n int)"))
    engine.dispose()

    stopped = _script("stop", folder)
    stopped_again = _script("stop", folder)
    restarted = _script("start", folder).stdout.strip().splitlines()[-1]
    engine = create_engine(restarted.replace("postgresql://", "postgresql+psycopg://"))
    with engine.connect() as connection:
        kept = connection.execute(text("SELECT count(*) FROM kept")).scalar_one()
    engine.dispose()

    assert (stopped.returncode, stopped_again.returncode) == (0, 0)
    assert kept == 0
    assert (folder / "data" / "PG_VERSION").is_file()  # stop removes nothing


def test_stop_on_a_folder_never_started_does_nothing(folder: Path) -> None:
    result = _script("stop", folder)

    assert result.returncode == 0
    assert list(folder.iterdir()) == []


def test_a_wrong_call_says_how_to_call_it() -> None:
    result = subprocess.run(
        ["bash", str(POSTGRES_SCRIPT), "begin"], capture_output=True, text=True, check=False
    )

    assert result.returncode != 0
    assert "usage:" in result.stderr
