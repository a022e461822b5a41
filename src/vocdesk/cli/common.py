"""What every command shares: the exit codes, the languages, the database argument, errors."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path, PosixPath, WindowsPath

from vocdesk.paths import default_database_path

LANGUAGES = ("th", "en")
EXIT_OK, EXIT_UNHEALTHY, EXIT_USER_ERROR, EXIT_UNEXPECTED = 0, 1, 2, 3


def database_arg(args: argparse.Namespace) -> Path:
    """The database a command works on: its own ``--db``, else the top-level one, else the default.
    A server's URL (``postgresql://...``) comes back as a ``ServerDatabase``."""
    given = args.db or args.top_db
    if given and "://" in str(given):
        return ServerDatabase(str(given))
    return Path(given or default_database_path()).expanduser()


if sys.platform == "win32":  # Path() itself is one of these two, by the system

    class _ConcretePath(WindowsPath):
        pass

else:

    class _ConcretePath(PosixPath):
        pass


class ServerDatabase(_ConcretePath):
    """A ``--db`` naming a database server's URL where the commands expect a file's path: it
    stays the URL (``str``, ``open_database``), resolves to itself, and is no file (no
    passphrase asked, no copy beside it made). What only a file can do refuses it by name."""

    url: str = ""

    def __new__(cls, url: str) -> ServerDatabase:
        self = super().__new__(cls, "database-server")
        self.url = url
        return self

    def __str__(self) -> str:
        return self.url or super().__str__()

    def __fspath__(self) -> str:
        return str(self)

    def __repr__(self) -> str:
        return f"ServerDatabase({self.url!r})"

    def resolve(self, strict: bool = False) -> ServerDatabase:
        return self

    def expanduser(self) -> ServerDatabase:
        return self

    def absolute(self) -> ServerDatabase:
        return self

    def exists(self, *, follow_symlinks: bool = True) -> bool:
        return True  # or the server says otherwise when it is opened

    def is_file(self) -> bool:
        return False


def print_error(text: str) -> None:
    print(" ".join(text.split()), file=sys.stderr)
