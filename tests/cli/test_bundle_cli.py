"""``vocdesk bundle export | import`` (issue 20): the parts that stand without the exchange
service: help in Thai between words, a damaged or newer bundle refused (exit 2, the file named)
before any question, the bundle's passphrase read from its file or a script's standard input,
a short one refused before any work, and the summary's lines by area."""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import struct
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from select import select as readable_within
from uuid import UUID

import pytest
from test_cli import vocdesk_command

from vocdesk.cli.bundle import area_lines, read_bundle_passphrase, read_new_bundle_passphrase
from vocdesk.cli.help_format import display_width
from vocdesk.cli.messages import Messages
from vocdesk.domain.messages import UserError
from vocdesk.services.exchange import bundle_file
from vocdesk.services.exchange.bundle_file import BundleHeader, read_bundle, write_bundle

PASSPHRASE = "ขอให้ส่งถึงมือ-2569"


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    path = tmp_path / "CNX-to-BKK.vocbundle"
    header = BundleHeader(
        bundle_id=UUID(int=7), from_office="CNX", from_office_name="เชียงใหม่", to_office="BKK",
        sequence=1, made_at=datetime(2026, 12, 5, tzinfo=UTC), schema_revision="0017",
    )  # fmt: skip
    write_bundle(path, header, {"tables": {}}, {}, PASSPHRASE)
    return path


def test_thai_help_of_bundle_export_names_its_options_and_fits_the_terminal() -> None:
    run = vocdesk_command("--lang", "th", "bundle", "export", "--help", lang="th")

    assert run.code == 0, run.err
    for option in ("--out", "--to", "--all", "--passphrase-file", "--db-passphrase-file"):
        assert option in run.out
    assert "ไฟล์แลกเปลี่ยนข้อมูล" in run.out and "usage:" not in run.out
    assert all(display_width(line) <= 100 for line in run.out.splitlines())


def test_bundle_lists_export_and_import() -> None:
    run = vocdesk_command("bundle", "--help")
    assert run.code == 0 and "export" in run.out and "import" in run.out


def test_a_damaged_bundle_is_refused_before_the_passphrase_is_asked(
    bundle: Path, tmp_path: Path
) -> None:
    data = bytearray(bundle.read_bytes())
    data[-3] ^= 0xFF
    bundle.write_bytes(bytes(data))

    run = vocdesk_command("bundle", "import", bundle, "--db", tmp_path / "none.sqlite")

    assert run.code == 2
    assert str(bundle) in run.err and "damaged" in run.err
    assert not (tmp_path / "none.sqlite").exists()


def test_a_bundle_from_a_newer_vocdesk_asks_to_update_in_thai(bundle: Path, tmp_path: Path) -> None:
    data = bytearray(bundle.read_bytes())
    data[40:42] = struct.pack(">H", bundle_file.FORMAT_VERSION + 1)
    data[8:40] = hashlib.sha256(bytes(data[40:])).digest()
    bundle.write_bytes(bytes(data))

    run = vocdesk_command("bundle", "import", bundle, "--db", tmp_path / "x.sqlite", lang="th")

    assert run.code == 2
    assert "VocDesk รุ่นที่ใหม่กว่า" in run.err and str(bundle) in run.err


def test_a_file_that_is_not_a_bundle_is_refused(tmp_path: Path) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text("สวัสดีครับ", encoding="utf-8")
    run = vocdesk_command("bundle", "import", letter, "--db", tmp_path / "x.sqlite")
    assert run.code == 2 and "is not a VocDesk bundle" in run.err


def namespace(passphrase_file: Path | None = None) -> argparse.Namespace:
    return argparse.Namespace(passphrase_file=str(passphrase_file) if passphrase_file else None)


def test_the_passphrase_is_the_first_line_of_its_file(tmp_path: Path) -> None:
    given = tmp_path / "passphrase.txt"
    given.write_text(f"{PASSPHRASE}\nsecond line\n", encoding="utf-8")
    messages = Messages("en")

    assert read_new_bundle_passphrase(namespace(given), messages) == PASSPHRASE
    assert read_bundle_passphrase(namespace(given), messages, Path("b")) == PASSPHRASE


def test_a_script_pipes_the_passphrase_once_on_standard_input(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))  # not a terminal
    assert read_new_bundle_passphrase(namespace(), Messages("en")) == PASSPHRASE
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    with pytest.raises(UserError) as refused:
        read_bundle_passphrase(namespace(), Messages("en"), Path("b"))
    assert "--passphrase-file" in refused.value.message.english()


def test_a_short_passphrase_is_refused_before_anything_is_gathered(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    with pytest.raises(UserError) as refused:
        read_new_bundle_passphrase(namespace(), Messages("en"))
    assert refused.value.message.text == bundle_file.SHORT_PASSPHRASE


def test_a_short_passphrase_file_stops_the_export_with_exit_2(tmp_path: Path) -> None:
    from vocdesk.services.database import open_database

    database = tmp_path / "office.sqlite"
    db, _ = open_database(database)
    db.dispose()
    short = tmp_path / "short.txt"
    short.write_text("abc\n", encoding="utf-8")
    out = tmp_path / "out.vocbundle"

    run = vocdesk_command(
        "bundle", "export", "--db", database, "--out", out, "--passphrase-file", short
    )

    assert run.code == 2
    assert "at least 10 characters" in run.err
    assert not out.exists()


def test_the_summary_counts_by_area_in_the_order_of_the_tabs() -> None:
    counts = {"complaint": 3, "complaint_status_change": 9, "stakeholder": 1000, "channel": 0,
              "consent": 2, "mystery": 1}  # fmt: skip

    assert area_lines(Messages("en"), counts) == [
        "  Stakeholders: 1,000",
        "  Complaints: 12",
        "  Personal data (PDPA): 2",
        "  Other records: 1",
    ]


def _on_a_terminal(args: list[str], answers: list[str]) -> tuple[int, str]:
    """Run ``vocdesk ARGS`` on a pseudo-terminal of its own (a new session: getpass reads the
    terminal it is given, never the one running the tests), typing each answer at a prompt."""
    env = {**os.environ, "VOCDESK_LANG": "en", "PYTHONIOENCODING": "utf-8"}
    leader, follower = os.openpty()
    seen = b""
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "vocdesk", *args], stdin=follower, stdout=follower,
            stderr=follower, env=env, start_new_session=True,
        )  # fmt: skip
        for answer in answers:
            prompts = seen.count(b": ")
            while seen.count(b": ") == prompts and process.poll() is None:
                if readable_within([leader], [], [], 1)[0]:
                    seen += os.read(leader, 4096)
            os.write(leader, answer.encode() + b"\n")
        process.wait(timeout=180)
        while readable_within([leader], [], [], 1)[0]:
            seen += os.read(leader, 4096)
    finally:
        os.close(leader)
        os.close(follower)
    return process.returncode, seen.decode("utf-8", "replace")


def test_on_a_terminal_the_passphrase_is_asked_twice_and_never_shown(tmp_path: Path) -> None:
    from vocdesk.services.database import open_database
    from vocdesk.services.exchange.office import InstallationOffice

    database = tmp_path / "office.sqlite"
    db, _ = open_database(database)
    InstallationOffice(db).set("CNX", "สำนักงานเชียงใหม่")
    db.dispose()
    out = tmp_path / "CNX.vocbundle"
    export = ["bundle", "export", "--db", str(database), "--out", str(out)]

    differ, differ_shown = _on_a_terminal(export, [PASSPHRASE, PASSPHRASE + "x"])
    same, same_shown = _on_a_terminal(export, [PASSPHRASE, PASSPHRASE])

    assert differ == 2 and "The two passphrases differ" in differ_shown
    assert same == 0, same_shown
    assert "The bundle's passphrase (at least 10 characters" in same_shown
    assert "The same passphrase again: " in same_shown and f"Written {out}" in same_shown
    assert PASSPHRASE not in differ_shown + same_shown  # never echoed
    assert read_bundle(out, PASSPHRASE)[0].from_office == "CNX"


def test_an_encrypted_database_takes_its_own_passphrase_beside_the_bundles(
    tmp_path: Path,
) -> None:
    from vocdesk.services.database import open_database
    from vocdesk.services.exchange.office import InstallationOffice

    sender, receiver = tmp_path / "cnx.sqlite", tmp_path / "bkk.sqlite"
    for path, code, key in ((sender, "CNX", None), (receiver, "BKK", "กุญแจของฐานข้อมูล-2569")):
        db, _ = open_database(path, passphrase=key)
        InstallationOffice(db).set(code, f"office {code}")
        db.dispose()
    bundle_key, database_key = tmp_path / "bundle.txt", tmp_path / "database.txt"
    bundle_key.write_text(PASSPHRASE + "\n", encoding="utf-8")
    database_key.write_text("กุญแจของฐานข้อมูล-2569\n", encoding="utf-8")
    bundle = tmp_path / "CNX-to-BKK.vocbundle"

    sent = vocdesk_command("bundle", "export", "--db", sender, "--out", bundle, "--to", "BKK",
                           "--passphrase-file", bundle_key)  # fmt: skip
    unasked = vocdesk_command("bundle", "import", bundle, "--db", receiver,
                              "--passphrase-file", bundle_key)  # fmt: skip
    received = vocdesk_command("bundle", "import", bundle, "--db", receiver, "--passphrase-file",
                               bundle_key, "--db-passphrase-file", database_key)  # fmt: skip

    assert sent.code == 0, sent.err
    assert unasked.code == 2 and "No passphrase was given" in unasked.err  # the database's
    assert received.code == 0, received.err
    assert "from CNX office CNX" in received.out
