"""Encrypting a database file under a passphrase, changing it, or removing it (SQLCipher).

Each conversion writes a new file through ``sqlcipher_export`` (``ATTACH ... KEY``) beside the
target, proves it (``PRAGMA integrity_check`` and the same number of rows in every table), and
only then renames it over the target: all or nothing, and the original stays as it was until
its replacement is known good. The database must not be open meanwhile (the window closes it,
converts, and opens it again with the new passphrase).

A lost passphrase is lost data: nobody, VocDesk's makers included, can open the file without it.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import suppress
from pathlib import Path
from typing import Any

from vocdesk.db.base import utc_now
from vocdesk.db.cipher import (
    as_sqlite_error,
    connect_encrypted,
    counts_per_table,
    forget_passphrase,
    is_encrypted,
    is_wrong_passphrase,
    remember_passphrase,
    sqlcipher_module,
)
from vocdesk.db.models import AuditEntry
from vocdesk.domain.accounts import Permission
from vocdesk.domain.enums import AuditAction
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, user_error
from vocdesk.domain.os_errors import reason_of
from vocdesk.paths import make_private_file
from vocdesk.services.authorization import acting, open_to_anyone_signed_in, requires
from vocdesk.services.database import Database, open_database

MIN_PASSPHRASE_LENGTH = 10  # as for passwords (services.accounts)
JOURNALS = ("-wal", "-shm", "-journal")


def is_encrypted_file(path: Path) -> bool:
    """True when the database file at ``path`` is encrypted (the window asks its passphrase)."""
    return is_encrypted(Path(path))


def encryption_error(kind: str, path: Path) -> UserError:
    """The refusal to open an encrypted file: ``kind`` "encrypted" (no passphrase given) or
    "wrong passphrase"."""
    if kind == "encrypted":
        return user_error(
            "Encryption",
            QT_TRANSLATE_NOOP(
                "Encryption",
                "The database {path} is encrypted: enter its passphrase to open it.",
            ),
            path=str(path),
        )
    return user_error(
        "Encryption",
        QT_TRANSLATE_NOOP(
            "Encryption",
            "Wrong passphrase: it does not open the database {path}. Nothing was changed; "
            "try again (capital letters and the keyboard language count).",
        ),
        path=str(path),
    )


def check_new_passphrase(passphrase: str, repeated: str | None = None) -> None:
    """Refuse a passphrase too short to protect anything, or typed differently twice."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise user_error(
            "Encryption",
            QT_TRANSLATE_NOOP("Encryption", "A passphrase needs at least {count} characters."),
            count=MIN_PASSPHRASE_LENGTH,
        )
    if repeated is not None and repeated != passphrase:
        raise user_error(
            "Encryption",
            QT_TRANSLATE_NOOP("Encryption", "The two passphrases differ: type the same one twice."),
        )


def encrypt_file(plain_path: Path, target_path: Path, passphrase: str) -> Path:
    """Write ``plain_path``'s data to ``target_path`` encrypted under ``passphrase``
    (the same path: encrypt it in place)."""
    check_new_passphrase(passphrase)
    if is_encrypted(plain_path):
        raise user_error(
            "Encryption",
            QT_TRANSLATE_NOOP("Encryption", "The database {path} is already encrypted."),
            path=str(plain_path),
        )
    return _convert(Path(plain_path), None, Path(target_path), passphrase)


def decrypt_file(encrypted_path: Path, target_path: Path, passphrase: str) -> Path:
    """Write ``encrypted_path``'s data to ``target_path`` as a plain SQLite file."""
    _require_encrypted(encrypted_path)
    return _convert(Path(encrypted_path), passphrase, Path(target_path), None)


def change_passphrase(path: Path, current: str, new: str, target_path: Path | None = None) -> Path:
    """Encrypt ``path`` (or a copy at ``target_path``) under ``new`` instead of ``current``."""
    check_new_passphrase(new)
    _require_encrypted(path)
    return _convert(Path(path), current, Path(target_path or path), new)


class EncryptionService:
    """The administrator's actions on the open database's encryption. Each closes the
    database's connections and converts its file; the caller then opens it again with
    ``open_database(path, passphrase=...)`` (the new passphrase, or None after ``decrypt``)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @open_to_anyone_signed_in
    def is_encrypted(self) -> bool:
        return self._db.path is not None and is_encrypted(self._db.path)

    @requires(Permission.MANAGE_BACKUPS)
    def encrypt(self, passphrase: str, repeated: str) -> Path:
        check_new_passphrase(passphrase, repeated)
        path = self._file()
        login = acting(self._db).login
        self._db.dispose()
        converted = encrypt_file(path, path, passphrase)
        _record(converted, passphrase, login, "encrypted")
        return converted

    @requires(Permission.MANAGE_BACKUPS)
    def change_passphrase(self, current: str, new: str, repeated: str) -> Path:
        check_new_passphrase(new, repeated)
        path = self._file()
        login = acting(self._db).login
        self._db.dispose()
        converted = change_passphrase(path, current, new)
        _record(converted, new, login, "passphrase changed")
        return converted

    @requires(Permission.MANAGE_BACKUPS)
    def decrypt(self, current: str) -> Path:
        path = self._file()
        login = acting(self._db).login
        self._db.dispose()
        converted = decrypt_file(path, path, current)
        _record(converted, None, login, "decrypted")
        return converted

    def _file(self) -> Path:
        if self._db.path is None:
            raise user_error(
                "Encryption",
                QT_TRANSLATE_NOOP("Encryption", "Only a local database file can be encrypted."),
            )
        return self._db.path


def _record(path: Path, passphrase: str | None, login: str, what: str) -> None:
    """Write who encrypted, changed the passphrase of or decrypted the file into its own audit
    trail (entity "database"; ``what`` is "encrypted", "passphrase changed" or "decrypted").
    Never the passphrase. Written after the conversion, into the converted file: an entry is
    there only when the conversion happened."""
    from vocdesk.services.backups import DATABASE_ENTITY, DATABASE_ENTITY_ID  # noqa: PLC0415

    db, _ = open_database(path, create=False, passphrase=passphrase)
    try:
        with db.session_scope() as session:
            session.add(AuditEntry(at=utc_now(), user=login, action=AuditAction.UPDATE,
                                   entity=DATABASE_ENTITY, entity_id=DATABASE_ENTITY_ID,
                                   changes={"encryption": what}))  # fmt: skip
    finally:
        db.dispose()


def _require_encrypted(path: Path) -> None:
    if not is_encrypted(path):
        raise user_error(
            "Encryption",
            QT_TRANSLATE_NOOP("Encryption", "The database {path} is not encrypted."),
            path=str(path),
        )


def _convert(source: Path, source_key: str | None, target: Path, target_key: str | None) -> Path:
    """Copy ``source`` to ``target`` through ``sqlcipher_export``; None keys mean plain files."""
    if not source.is_file():
        raise user_error(
            "Encryption",
            QT_TRANSLATE_NOOP("Encryption", "There is no database file at {path}."),
            path=str(source),
        )
    partial = target.with_name(f"{target.name}.{os.getpid()}.part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        expected = _export(source, source_key, partial, target_key)
        make_private_file(partial)
        _prove(partial, target_key, expected)
        in_place = target.resolve() == source.resolve()
        if in_place:
            _remove_journals(source)
        partial.replace(target)  # on Windows refused while another program holds the file
    except BaseException as exc:
        for leftover in (partial, *(Path(f"{partial}{s}") for s in JOURNALS)):
            with suppress(OSError):
                leftover.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _failed(target, exc) from exc
        raise
    if target_key is None:
        forget_passphrase(target)
    else:
        remember_passphrase(target, target_key)
    return target


def _export(
    source: Path, source_key: str | None, partial: Path, target_key: str | None
) -> dict[str, int]:
    """Export ``source`` into the new file ``partial``; the source's row counts per table."""
    sqlcipher = sqlcipher_module()
    try:
        src: Any = (
            connect_encrypted(source, source_key)
            if source_key is not None
            else sqlcipher.connect(str(source), timeout=5.0)
        )
    except sqlite3.DatabaseError as exc:
        if source_key is not None and is_wrong_passphrase(exc):
            raise encryption_error("wrong passphrase", source) from exc
        raise _failed(source, exc) from exc
    except sqlcipher.Error as exc:
        raise _failed(source, as_sqlite_error(exc)) from exc
    try:
        src.isolation_level = None  # ATTACH outside a transaction; ours are explicit
        src.execute("ATTACH DATABASE ? AS vocdesk_target KEY ?", (str(partial), target_key or ""))
        # Writers wait until the copy is done: what is counted is what is copied.
        src.execute("BEGIN IMMEDIATE")
        expected = counts_per_table(src)
        src.execute("SELECT sqlcipher_export('vocdesk_target')")
        src.execute("COMMIT")
        src.execute("DETACH DATABASE vocdesk_target")
        # The WAL of the source is folded back into it, so that nothing of it is left beside a
        # file that may be replaced.
        busy = src.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy is not None and busy[0]:  # another connection still reads: its WAL stays
            raise sqlcipher.OperationalError("database is locked")
    except sqlcipher.Error as exc:
        raise _failed(source, as_sqlite_error(exc)) from exc
    finally:
        src.close()
    return expected


def _prove(partial: Path, key: str | None, expected: dict[str, int]) -> None:
    """The new file opens with its key, is sound and holds every row of the source."""
    try:
        connection: Any = (
            connect_encrypted(partial, key) if key is not None else sqlite3.connect(partial)
        )
        try:
            integrity = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            counts = counts_per_table(connection)
        finally:
            connection.close()
    except sqlite3.Error as exc:
        raise _failed(partial, exc) from exc
    if integrity != ["ok"] or counts != expected:
        raise user_error(
            "Encryption",
            QT_TRANSLATE_NOOP(
                "Encryption",
                "The converted copy of the database did not check out, so it was not used; "
                "the database is unchanged.",
            ),
        )


def _remove_journals(path: Path) -> None:
    """The old file's journals must not be read as the new file's."""
    for suffix in JOURNALS:
        with suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()


def _failed(path: Path, exc: Exception) -> UserError:
    reason = str(exc).lower()
    if "locked" in reason or "busy" in reason:
        return user_error(
            "Encryption",
            QT_TRANSLATE_NOOP(
                "Encryption",
                "The database {path} is in use by another program (locked): close it there "
                "and try again. Nothing was changed.",
            ),
            path=str(path),
        )
    return user_error(
        "Encryption",
        QT_TRANSLATE_NOOP(
            "Encryption",
            "The database {path} could not be converted: {reason}. Nothing was changed.",
        ),
        path=str(path),
        reason=reason_of(exc) if isinstance(exc, OSError) else str(exc),
    )
