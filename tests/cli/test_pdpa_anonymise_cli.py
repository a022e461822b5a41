"""``vocdesk pdpa anonymise --id ID --db PATH`` (issue 19): by national ID with ``--yes``; a
piped input without ``--yes`` refuses (exit 2, nothing changed); an unknown person exits 2."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from select import select as readable_within

import pytest
from sqlalchemy import select
from test_cli import vocdesk_command

from vocdesk.db.models import Stakeholder
from vocdesk.services.database import open_database
from vocdesk.services.demo import generate_demo


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdpa-anonymise-cli") / "demo.sqlite"
    db, _ = open_database(path)
    generate_demo(db)
    db.dispose()
    return path


@pytest.fixture
def copy(demo_file: Path, tmp_path: Path) -> tuple[Path, str, str]:
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, path)
    db, _ = open_database(path)
    with db.session_scope() as session:
        person = session.scalars(
            select(Stakeholder).where(Stakeholder.national_id.is_not(None)).limit(1)
        ).one()
        found = (person.national_id or "", person.name)
    db.dispose()
    return path, *found


def _name_of(path: Path, national_id: str) -> str | None:
    db, _ = open_database(path)
    with db.session_scope() as session:
        name = session.scalar(
            select(Stakeholder.name).where(Stakeholder.national_id == national_id)
        )
    db.dispose()
    return name


def test_anonymise_by_national_id_with_yes(copy: tuple[Path, str, str]) -> None:
    path, national_id, name = copy
    run = vocdesk_command("pdpa", "anonymise", "--db", path, "--id", national_id, "--yes",
                          lang="th")  # fmt: skip
    assert run.code == 0, run.err
    assert name not in run.out and national_id not in run.out
    assert _name_of(path, national_id) is None  # the national ID is gone with the rest
    assert name.encode() not in path.read_bytes()


def test_a_piped_input_without_yes_is_refused_and_nothing_changes(
    copy: tuple[Path, str, str],
) -> None:
    path, national_id, name = copy
    env = {**os.environ, "VOCDESK_LANG": "en", "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [sys.executable, "-m", "vocdesk", "pdpa", "anonymise", "--db", str(path), "--id",
         national_id], stdin=subprocess.DEVNULL, capture_output=True, text=True,
        encoding="utf-8", env=env, timeout=180,
    )  # fmt: skip
    assert done.returncode == 2
    assert "--yes" in done.stderr
    assert _name_of(path, national_id) == name


def test_an_unknown_person_exits_2(copy: tuple[Path, str, str]) -> None:
    path, _, _ = copy
    run = vocdesk_command("pdpa", "anonymise", "--db", path, "--id", "0000000000000", "--yes")
    assert run.code == 2
    assert "0000000000000" in run.err


def test_on_a_terminal_the_person_is_named_before_anything_changes(
    copy: tuple[Path, str, str],
) -> None:
    path, national_id, name = copy
    env = {**os.environ, "VOCDESK_LANG": "en", "PYTHONIOENCODING": "utf-8"}
    leader, follower = os.openpty()  # a real terminal (its prompt goes to the terminal)
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "vocdesk", "pdpa", "anonymise", "--db", str(path), "--id",
             national_id], stdin=follower, stdout=follower, stderr=follower, env=env,
        )  # fmt: skip
        seen = b""
        while b"Type yes" not in seen and process.poll() is None:
            if readable_within([leader], [], [], 1)[0]:
                seen += os.read(leader, 4096)
        os.write(leader, b"no\n")
        process.wait(timeout=180)
        while readable_within([leader], [], [], 1)[0]:
            seen += os.read(leader, 4096)
    finally:
        os.close(leader)
        os.close(follower)
    shown = seen.decode("utf-8", "replace")
    assert name in shown and "Not anonymised: not confirmed." in shown
    assert process.returncode == 2
    assert _name_of(path, national_id) == name
