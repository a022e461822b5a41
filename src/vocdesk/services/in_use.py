"""Who has a database file open (issue 17): a small sidecar beside it, ``<file>.vocdesk-inuse``.

When SQLite says the file is locked, the message can then name who holds it ("in use by somchai
on PC-07 since 09:12") instead of "another program". Each open of the file by a window or a
command that writes adds itself (login, machine, process id, since) and takes itself out when
the database is closed (or the process ends normally); an entry left by a process that is gone
on this machine is known by its process id and ignored, and pruned at the next open here.

Nothing here may keep a database from opening or an error from being said: a sidecar that
cannot be read or written (a read-only folder, a damaged file, a race with another PC) is
simply not there. Two PCs rewriting it at the same moment may lose one entry: the message then
says "another program", as before. The file is owner-only (0600), like the database.
"""

from __future__ import annotations

import atexit
import getpass
import json
import os
import socket
import sys
import uuid
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from vocdesk.paths import make_private_file

SUFFIX = ".vocdesk-inuse"
_MAX_BYTES = 64 * 1024  # a sidecar larger than this is not ours: ignored


@dataclass(frozen=True)
class Holder:
    """One open of a database file, as its sidecar records it."""

    login: str
    machine: str
    pid: int
    since: datetime  # aware, UTC
    token: str  # this open's own mark, to take out exactly it on close

    @property
    def here(self) -> bool:
        return self.machine == machine_name()

    @property
    def alive(self) -> bool:
        """False only when known gone: a process of this machine that no longer runs. Another
        machine's processes cannot be seen from here; their entries are believed."""
        return not self.here or pid_alive(self.pid)


def sidecar_of(path: Path | str) -> Path:
    return Path(f"{path}{SUFFIX}")


def machine_name() -> str:
    with suppress(OSError):
        return socket.gethostname() or ""
    return ""


def os_login() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name in a stripped-down environment
        return ""


def pid_alive(pid: int) -> bool:
    """Whether process ``pid`` of this machine runs (True when it cannot be told)."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except OSError:  # EPERM: it exists, under another user
        return True
    return True


def _windows_pid_alive(pid: int) -> bool:  # pragma: no cover - Windows only
    if sys.platform != "win32":
        return True
    import ctypes  # noqa: PLC0415 - Windows only

    kernel32 = ctypes.windll.kernel32
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return bool(kernel32.GetLastError() == 5)  # access denied: it exists
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def holders(path: Path | str) -> list[Holder]:
    """The opens the sidecar of ``path`` records, stale ones (gone on this machine) left out;
    none when there is no sidecar or it cannot be read."""
    return [h for h in _read(sidecar_of(path)) if h.alive]


def other_holder(path: Path | str) -> Holder | None:
    """Who else has ``path`` open, for the "in use" message: the latest open of another process
    still running (the one most likely writing now), or None when nobody is known."""
    others = [h for h in holders(path) if not (h.here and h.pid == os.getpid())]
    return max(others, key=lambda h: h.since, default=None)


class InUse:
    """This process's open of one database file, recorded in its sidecar until ``close``."""

    def __init__(self, path: Path, login: str = "") -> None:
        self.path = path
        self.holder = Holder(login or os_login(), machine_name(), os.getpid(),
                             datetime.now(UTC).replace(microsecond=0), uuid.uuid4().hex)  # fmt: skip
        self._closed = False
        _OPEN[self.holder.token] = self
        self._update(lambda rest: [*rest, self.holder])

    def rename(self, login: str) -> None:
        """Someone signed in: the entry names them (the operating system's login until then)."""
        if self._closed or not login or login == self.holder.login:
            return
        self.holder = Holder(login, self.holder.machine, self.holder.pid, self.holder.since,
                             self.holder.token)  # fmt: skip
        self._update(lambda rest: [*rest, self.holder])

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        _OPEN.pop(self.holder.token, None)
        self._update(lambda rest: rest)

    def _update(self, change: Any) -> None:
        """Rewrite the sidecar: the stale and this open's old entry out, ``change`` applied to
        the rest; removed when nobody is left. Never raises."""
        sidecar = sidecar_of(self.path)
        try:
            rest = [h for h in _read(sidecar) if h.alive and h.token != self.holder.token]
            entries: list[Holder] = change(rest)
            if not entries:
                sidecar.unlink(missing_ok=True)
                return
            _write(sidecar, entries)
        except (OSError, ValueError, TypeError):
            return


# The opens of this process not yet closed: taken out of their sidecars when the process ends
# normally (a command that never closed its database); a killed process leaves a stale entry.
_OPEN: dict[str, InUse] = {}


@atexit.register
def _close_all() -> None:
    for entry in list(_OPEN.values()):
        entry.close()


def _read(sidecar: Path) -> list[Holder]:
    try:
        if sidecar.stat().st_size > _MAX_BYTES:
            return []
        data = json.loads(sidecar.read_text(encoding="utf-8"))
        return [
            Holder(
                str(item["login"])[:100],
                str(item["machine"])[:100],
                int(item["pid"]),
                _moment(str(item["since"])),
                str(item["token"])[:64],
            )  # fmt: skip
            for item in data["holders"]
        ]
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return []


def _moment(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _write(sidecar: Path, entries: list[Holder]) -> None:
    data = {
        "holders": [
            {
                "login": h.login,
                "machine": h.machine,
                "pid": h.pid,
                "since": h.since.isoformat(),
                "token": h.token,
            }  # fmt: skip
            for h in entries
        ]
    }
    # Written whole beside it, then put in place: a reader never sees half of it.
    temporary = sidecar.with_name(f"{sidecar.name}.{os.getpid()}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False)
        make_private_file(temporary)
        os.replace(temporary, sidecar)
    finally:
        with suppress(OSError):
            temporary.unlink(missing_ok=True)
