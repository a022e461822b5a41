"""``vocdesk bundle export`` from one office's demo database and ``vocdesk bundle import`` into
another's (issue 20), in subprocesses as a script runs them: the records arrive, the same
bundle again changes nothing (and says so), a damaged bundle is refused with exit 2 and its
message, the wrong passphrase too, and neither writes anything (not even the copy of the
database made before a merge)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from test_cli import DEMO_TODAY, Run, demo_token, vocdesk_command

from vocdesk.services.backups import list_backups

PASSPHRASE = "ส่งข้อมูลระหว่างสำนักงาน-2569"


def _counts(path: Path, *tables: str) -> dict[str, int]:
    connection = sqlite3.connect(path)
    try:
        return {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        connection.close()


def _everything(path: Path) -> dict[str, int]:
    connection = sqlite3.connect(path)
    try:
        tables = [row[0] for row in connection.execute(  # each sign-in is on the audit trail
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'audit_entry'"
        )]  # fmt: skip
        return {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        connection.close()


def _aliases(path: Path, table: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(
            "SELECT count(*) FROM sync_alias WHERE table_name = ?", (table,)
        ).fetchone()[0]
    finally:
        connection.close()


def _office(tmp: Path, name: str, code: str, seed: str) -> Path:
    path = tmp / f"{code.lower()}.sqlite"
    made = vocdesk_command("demo", "--db", path, "--seed", seed, "--today", DEMO_TODAY)
    assert made.code == 0, made.err
    token = demo_token(path)
    for key, value in (("office_name", name), ("office_code", code)):
        done = vocdesk_command("settings", "set", key, value, "--db", path, "--token-file", token)
        assert done.code == 0, done.err
    return path


@pytest.fixture(scope="module")
def offices(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    tmp = tmp_path_factory.mktemp("bundle-cli")
    passphrase = tmp / "passphrase.txt"
    passphrase.write_text(PASSPHRASE + "\n", encoding="utf-8")
    sender = _office(tmp, "สำนักงานเชียงใหม่", "CNX", "2569")
    receiver = _office(tmp, "สำนักงานกรุงเทพ", "BKK", "7")
    return sender, receiver, passphrase


def _export(sender: Path, out: Path, passphrase: Path, *extra: str, lang: str = "en") -> Run:
    return vocdesk_command(
        "bundle", "export", "--db", sender, "--out", out, "--to", "BKK",
        "--passphrase-file", passphrase, "--token-file", demo_token(sender), *extra, lang=lang,
    )  # fmt: skip


def _import(receiver: Path, bundle: Path, passphrase: Path, lang: str = "en") -> Run:
    return vocdesk_command(
        "bundle", "import", bundle, "--db", receiver, "--passphrase-file", passphrase,
        "--token-file", demo_token(receiver), lang=lang,
    )  # fmt: skip


def test_a_bundle_exported_from_one_office_merges_into_another_once(
    offices: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    sender, receiver, passphrase = offices
    bundle = tmp_path / "CNX-to-BKK.vocbundle"
    people = _counts(sender, "stakeholder")["stakeholder"]
    before = _counts(receiver, "stakeholder")["stakeholder"]

    sent = _export(sender, bundle, passphrase, "--all")
    received = _import(receiver, bundle, passphrase)
    after_first = _everything(receiver)
    again = _import(receiver, bundle, passphrase, lang="th")

    assert sent.code == 0, sent.err
    assert f"Written {bundle} for BKK: " in sent.out and "  Stakeholders: " in sent.out
    assert received.code == 0, received.err
    assert f"Merged {bundle} from CNX" in received.out and "  Complaints: " in received.out
    matched = _aliases(receiver, "stakeholder")  # the same person by the agency's reference
    assert _counts(receiver, "stakeholder")["stakeholder"] == before + people - matched
    assert again.code == 0, again.err
    assert "ไม่มีสิ่งใดเปลี่ยนแปลง" in again.out
    assert _everything(receiver) == after_first


def test_a_damaged_or_wrongly_locked_bundle_is_refused_and_nothing_is_written(
    offices: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    sender, receiver, passphrase = offices
    bundle = tmp_path / "CNX-to-BKK-damaged.vocbundle"
    assert _export(sender, bundle, passphrase).code == 0  # what changed since any earlier one
    before, copies = _everything(receiver), list_backups(receiver)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("ไม่ใช่วลีที่ตกลงกัน-0000\n", encoding="utf-8")

    refused_key = _import(receiver, bundle, wrong, lang="th")
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0x10
    bundle.write_bytes(bytes(data))
    refused_damage = _import(receiver, bundle, passphrase)

    assert refused_key.code == 2 and "วลีรหัสผ่านไม่ถูกต้อง" in refused_key.err
    assert refused_damage.code == 2
    assert str(bundle) in refused_damage.err and "damaged" in refused_damage.err
    assert _everything(receiver) == before
    assert list_backups(receiver) == copies  # refused before the copy made ahead of a merge
