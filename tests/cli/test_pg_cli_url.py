"""``--db postgresql://...``: the commands open a database server as they open a file (issue 20)."""

from __future__ import annotations

from pathlib import Path

import pytest

from vocdesk import cli, paths
from vocdesk.db.migrate import head_revision
from vocdesk.paths import ServerDatabase, configured_database_path, user_data_dir

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


def test_a_server_set_in_vocdesk_db_is_the_default_database(
    qapp, pg_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """VOCDESK_DB (or vocdesk.ini's [database] path) may name a server as --db does."""
    monkeypatch.setenv("VOCDESK_DB", pg_url)

    code = cli.main(["--lang", "en", "check"])

    assert code == 0
    assert str(configured_database_path()) == pg_url
    assert capsys.readouterr().out.startswith("ok: schema")


def test_a_server_url_in_vocdesk_ini_is_kept_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ini = tmp_path / "vocdesk.ini"
    ini.write_text("[database]\npath = postgresql://vocdesk@db.example/vocdesk\n", encoding="utf-8")
    monkeypatch.delenv("VOCDESK_DB", raising=False)
    monkeypatch.setattr(paths, "ini_path", lambda: ini)

    configured = configured_database_path()

    assert isinstance(configured, ServerDatabase)
    assert str(configured) == "postgresql://vocdesk@db.example/vocdesk"
    assert configured.resolve() is configured
    assert not configured.is_file()


def test_demo_fills_a_server_database_and_keeps_its_token_in_the_data_folder(
    qapp, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli.main(["--lang", "en", "demo", "--db", pg_url, "--scale", "1"])
    out = capsys.readouterr().out
    token = user_data_dir() / (pg_url.rsplit("/", 1)[1] + ".token")

    assert code == 0
    assert f"Demo data written to {pg_url} in " in out
    assert "  1,000 stakeholders\n" in out
    assert token.is_file()
    assert (
        cli.main(["--lang", "en", "users", "list", "--db", pg_url, "--token-file", str(token)]) == 0
    )
