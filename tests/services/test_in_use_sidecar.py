"""A locked database says who holds it (issue 17): each VocDesk that opens a file notes beside it
(``<file>.vocdesk-inuse``) who has it open; when SQLite says the file is locked, the message
names them, on the Thai clock; a note left by a process that is gone, or one that cannot be
read, changes nothing and never keeps the file from opening."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import stat
import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path

import pytest

from vocdesk.domain.accounts import Principal, Role
from vocdesk.domain.messages import UserError
from vocdesk.domain.registry import StakeholderDraft
from vocdesk.services.database import open_database
from vocdesk.services.in_use import SUFFIX, holders, sidecar_of
from vocdesk.services.registry.edit import RegistryEditService

HOLD = textwrap.dedent(
    """
    import sqlite3, sys
    from vocdesk.domain.accounts import Principal, Role
    from vocdesk.services.database import open_database
    db, _ = open_database(sys.argv[1])
    db.actor = Principal(login="somsri", role=Role.STAFF)
    lock = sqlite3.connect(sys.argv[1], isolation_level=None)
    lock.execute("BEGIN IMMEDIATE")
    print("holding", flush=True)
    sys.stdin.readline()
    """
)


def _save_one(path: Path) -> None:
    db, _ = open_database(path)
    try:
        RegistryEditService(db).create(StakeholderDraft(name="สมชาย ใจดี"))
    finally:
        db.dispose()


def _sidecar(path: Path) -> list[dict[str, object]]:
    return json.loads(sidecar_of(path).read_text(encoding="utf-8"))["holders"]


def test_an_open_database_is_noted_beside_it_privately_and_the_note_goes_on_close(
    tmp_path: Path,
) -> None:
    path = tmp_path / "vocdesk.sqlite"
    db, _ = open_database(path)
    entry = _sidecar(path)[0]
    assert (entry["machine"], entry["pid"]) == (socket.gethostname(), os.getpid())
    if os.name == "posix":
        assert stat.S_IMODE(sidecar_of(path).stat().st_mode) == 0o600

    db.actor = Principal(login="somchai", role=Role.STAFF)  # signed in: the note names them
    assert [h.login for h in holders(path)] == ["somchai"]
    second, _ = open_database(path)
    assert len(_sidecar(path)) == 2
    second.dispose()
    assert len(_sidecar(path)) == 1
    db.dispose()
    assert not sidecar_of(path).exists()
    assert sorted(p.name for p in tmp_path.iterdir() if SUFFIX in p.name) == []


def test_a_file_locked_by_another_vocdesk_names_who_holds_it(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite"
    open_database(path)[0].dispose()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        with pytest.raises(UserError) as refused:
            _save_one(path)
        message = refused.value.message
        text = message.english()
        assert f"is in use by somsri on {socket.gethostname()} (open since" in text
        since = message.params["since"]
        assert isinstance(since, datetime) and abs(datetime.now(UTC) - since).total_seconds() < 60
    finally:
        holder.kill()
        holder.wait()
    # the holder was killed: its note stays, but says nobody now
    assert sidecar_of(path).exists() and holders(path) == []
    _save_one(path)  # and the file works as ever; the next open pruned the dead entry
    assert not sidecar_of(path).exists()


def test_a_lock_without_a_living_vocdesk_behind_it_says_another_program(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite"
    open_database(path)[0].dispose()
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    sidecar_of(path).write_text(json.dumps({"holders": [{
        "login": "ghost", "machine": socket.gethostname(), "pid": gone.pid,
        "since": "2026-03-02T02:00:00+00:00", "token": "x",
    }]}), encoding="utf-8")  # fmt: skip
    lock = sqlite3.connect(path, isolation_level=None)  # another program (sqlite3) holds it
    lock.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(UserError) as refused:
            _save_one(path)
    finally:
        lock.close()
    text = refused.value.message.english()
    assert "is in use by another program (locked)" in text and "ghost" not in text


def test_a_holder_on_another_machine_is_named(tmp_path: Path) -> None:
    """Another PC's process cannot be seen from here: its note is believed."""
    path = tmp_path / "shared.sqlite"
    open_database(path)[0].dispose()
    sidecar_of(path).write_text(json.dumps({"holders": [{
        "login": "malee", "machine": "PC-ฝ่ายบริการ-07", "pid": 4242,
        "since": "2026-03-02T02:15:00+00:00", "token": "y",
    }]}), encoding="utf-8")  # fmt: skip
    lock = sqlite3.connect(path, isolation_level=None)
    lock.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(UserError) as refused:
            _save_one(path)
    finally:
        lock.close()
    assert "in use by malee on PC-ฝ่ายบริการ-07" in refused.value.message.english()
    assert refused.value.message.params["since"] == datetime(2026, 3, 2, 2, 15, tzinfo=UTC)


@pytest.mark.parametrize(
    "content", [b"", b"\xff\xfe not json", b'{"holders": [{"login": 1}]}', b"[]", b"{" * 70000]
)
def test_a_damaged_note_never_keeps_the_file_from_opening(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "vocdesk.sqlite"
    open_database(path)[0].dispose()
    sidecar_of(path).write_bytes(content)
    _save_one(path)
    assert holders(path) == []


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="needs a folder we may not write"
)
def test_a_read_only_folder_opens_without_a_note(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "vocdesk.sqlite"
    open_database(path)[0].dispose()
    folder.chmod(0o555)
    try:
        db, _ = open_database(path)
        db.dispose()
        assert not sidecar_of(path).exists()
    finally:
        folder.chmod(0o755)
