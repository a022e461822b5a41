"""Consistent copies of a SQLite file while it may be open, through SQLite's online backup API."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy the database at ``source`` to ``target`` page by page; safe with WAL and readers."""
    target.parent.mkdir(parents=True, exist_ok=True)
    # One partial file per process: two copies to one name at once (two imports starting in the
    # same second) must not write into each other's file; the last rename wins, whole.
    partial = target.with_name(f"{target.name}.{os.getpid()}.part")
    try:
        # as_uri() escapes "#" and "?", which would otherwise end the file name in a URI.
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        partial.replace(target)  # never leave a half-written backup under the final name
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target
