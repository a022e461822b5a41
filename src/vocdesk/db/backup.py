"""Consistent copies of a SQLite file while it may be open, through SQLite's online backup API.

A copy of an encrypted file (SQLCipher) is encrypted under the same passphrase: both ends are
keyed alike and the pages go across as the backup API copies them.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from vocdesk.db.cipher import (
    as_sqlite_error,
    connect_encrypted,
    remember_passphrase,
    remembered_passphrase,
    sqlcipher_module,
)
from vocdesk.db.inspection import read_only_connection


def backup_sqlite(source: Path, target: Path, *, passphrase: str | None = None) -> Path:
    """Copy the database at ``source`` to ``target`` page by page; safe with WAL and readers.

    An encrypted ``source`` is read with ``passphrase``, or else the passphrase this process
    opened it with (``vocdesk.db.cipher.remembered_passphrase``), and its copy is encrypted with
    the same one. Errors are ``sqlite3`` errors (or ``OSError``) either way.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    # One partial file per process: two copies to one name at once (two imports starting in the
    # same second) must not write into each other's file; the last rename wins, whole.
    partial = target.with_name(f"{target.name}.{os.getpid()}.part")
    # The passphrase this process opened ``source`` with says it is encrypted, without reading
    # it (``is_encrypted`` on a file open in this process is only safe through SQLite).
    key = passphrase or remembered_passphrase(source)
    try:
        if key is None:
            _plain_copy(source, partial)
        else:
            _encrypted_copy(source, partial, key)
        partial.replace(target)  # never leave a half-written backup under the final name
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    if key is not None:
        remember_passphrase(target, key)  # a restore of this copy, later in this process
    return target


def connect_copy(path: Path, *, read_only: bool = True, timeout: float = 5.0) -> Any:
    """A DB-API connection to a database file or one of its copies, for checking or restoring
    it: keyed when this process knows it as encrypted (it opened the file, or its original,
    with a passphrase), plain otherwise. Errors are ``sqlite3`` errors; an encrypted file whose
    passphrase this process does not know is ``sqlite3.DatabaseError("file is not a
    database")``, as a damaged one."""
    path = Path(path)
    key = remembered_passphrase(path)
    if key is not None:
        return connect_encrypted(path, key, read_only=read_only, timeout=timeout)
    if read_only:
        return read_only_connection(path)  # also in a folder the user may only read
    return sqlite3.connect(path, timeout=timeout)


def _plain_copy(source: Path, partial: Path) -> None:
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


def _encrypted_copy(source: Path, partial: Path, passphrase: str) -> None:
    sqlcipher = sqlcipher_module()
    src: Any = connect_encrypted(source, passphrase, read_only=True)
    try:
        dst: Any = connect_encrypted(partial, passphrase)
        try:
            src.backup(dst)
        except sqlcipher.Error as exc:
            raise as_sqlite_error(exc) from exc
        finally:
            dst.close()
    finally:
        src.close()
