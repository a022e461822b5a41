"""What every command shares: the exit codes, the languages, the database argument, errors."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from vocdesk.paths import ServerDatabase, default_database_path

LANGUAGES = ("th", "en")
EXIT_OK, EXIT_UNHEALTHY, EXIT_USER_ERROR, EXIT_UNEXPECTED = 0, 1, 2, 3


def database_arg(args: argparse.Namespace) -> Path:
    """The database a command works on: its own ``--db``, else the top-level one, else the default.
    A server's URL (``postgresql://...``) comes back as a ``ServerDatabase``."""
    given = args.db or args.top_db
    if given and "://" in str(given):
        return ServerDatabase(str(given))
    if given:
        return Path(given).expanduser()
    return default_database_path().expanduser()  # a ServerDatabase stays itself


def print_error(text: str) -> None:
    print(" ".join(text.split()), file=sys.stderr)
