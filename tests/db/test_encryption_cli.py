"""``vocdesk database encrypt | passphrase | decrypt`` through their argument parser (as the
command line declares them with ``cli.encryption.register``), on a real file: the passphrase
from a file, the data kept, and a plain database never loading SQLCipher."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from vocdesk.cli.encryption import read_passphrase, register
from vocdesk.cli.messages import Messages
from vocdesk.db.cipher import forget_passphrase, is_encrypted
from vocdesk.domain.messages import UserError
from vocdesk.services.database import open_database


def _run(*argv: str) -> int:
    parser = argparse.ArgumentParser()
    parser.set_defaults(top_db=None, top_token_file=None)
    register(parser.add_subparsers(dest="command"), lambda text: text)
    args = parser.parse_args(argv)
    return int(args.run(args, Messages("en")))


def _secret(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text + "\n", encoding="utf-8")
    return path


def test_encrypt_change_and_decrypt_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = tmp_path / "office.sqlite"
    open_database(database)[0].dispose()
    first = _secret(tmp_path, "first.txt", "รหัสผ่านยาว first one")
    second = _secret(tmp_path, "second.txt", "the second passphrase")

    assert _run("database", "encrypt", "--db", str(database), "--passphrase-file", str(first)) == 0
    assert is_encrypted(database)
    assert "now encrypted" in capsys.readouterr().out
    forget_passphrase(database)

    args = argparse.Namespace(passphrase_file=str(first))
    passphrase = read_passphrase(args, Messages("en"), database)
    assert passphrase == "รหัสผ่านยาว first one"
    open_database(database, passphrase=passphrase)[0].dispose()

    assert _run("database", "passphrase", "--db", str(database), "--passphrase-file", str(first),
                "--new-passphrase-file", str(second)) == 0  # fmt: skip
    with pytest.raises(UserError, match="Wrong passphrase"):
        open_database(database, passphrase="รหัสผ่านยาว first one")

    assert _run("database", "decrypt", "--db", str(database), "--passphrase-file", str(second)) == 0
    assert not is_encrypted(database)
    open_database(database)[0].dispose()
    assert read_passphrase(args, Messages("en"), database) is None  # plain: nothing asked


def test_a_passphrase_file_that_is_empty_is_refused(tmp_path: Path) -> None:
    database = tmp_path / "office.sqlite"
    open_database(database)[0].dispose()
    empty = _secret(tmp_path, "empty.txt", "")

    with pytest.raises(UserError, match="is empty"):
        _run("database", "encrypt", "--db", str(database), "--passphrase-file", str(empty))
    assert not is_encrypted(database)


def test_a_plain_database_never_loads_sqlcipher(tmp_path: Path) -> None:
    code = (
        "import sys; from pathlib import Path;"
        "from vocdesk.services.database import open_database;"
        f"db, _ = open_database(Path({str(tmp_path / 'plain.sqlite')!r})); db.backup_to("
        f"Path({str(tmp_path / 'copy.sqlite')!r})); db.dispose();"
        "print('sqlcipher3' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
