"""``--db postgresql://...``: the commands open a database server as they open a file (issue 20)."""

from __future__ import annotations

from pathlib import Path

import pytest

from vocdesk import cli
from vocdesk.db.migrate import head_revision

pytestmark = pytest.mark.postgresql


def test_check_on_a_server_url_says_ok(
    qapp, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli.main(["--lang", "en", "check", "--db", pg_url])

    assert code == 0
    assert capsys.readouterr().out == f"ok: schema {head_revision()} (head {head_revision()})\n"


def test_a_command_opens_and_reads_the_server(
    qapp, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli.main(["--lang", "en", "users", "list", "--db", pg_url])

    assert code == 0
    assert "Traceback" not in capsys.readouterr().err


def test_backup_and_restore_of_a_server_name_its_own_tools(
    qapp, pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "copy.sqlite"

    backup = cli.main(["--lang", "en", "backup", "--db", pg_url, "--out", str(copy)])
    backup_said = capsys.readouterr().err
    restore = cli.main(["--lang", "en", "restore", str(copy), "--db", pg_url])
    restore_said = capsys.readouterr().err

    assert (backup, restore) == (2, 2)
    assert "pg_dump" in backup_said
    assert "pg_restore" in restore_said
    assert not copy.exists()
    assert not list(Path.cwd().glob("postgresql*"))  # the URL was never taken for a folder
