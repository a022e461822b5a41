"""Automatic backups of a database file, and restoring one (issue 17).

Every automatic copy is consistent (SQLite's online backup API, ``vocdesk.db.backup``) and lands
in ``<data folder>/backups/<database name>/`` as ``<name>-YYYYMMDD-HHMMSS-<reason>.sqlite``.
The reasons: the schedule (``daily``: the first start of a day without a copy; ``weekly``: of a
week, i.e. seven days, without one), the window closing (``exit``), before a bulk import
(``import``) and before a restore replaces the file (``restore``). After each copy the folder is
rotated: of each of the 7 latest days with a copy, of the 4 latest weeks and of the 12 latest
months the newest copy is kept, and the rest removed; the 10 newest copies of the latest day are
all kept (a copy before an import must not push out the morning's copy).

The schedule (off, daily, weekly) and the three kept counts are the administrator's to set
(``BackupPolicy``; ``BackupsService.set_policy``, File › Backups…, ``vocdesk settings set
backup_schedule weekly``). They are kept in the database itself (``app_setting``), so every PC
that opens the file follows them; the copies read them from the file (``backup_policy_of``), and
a file whose settings cannot be read is copied on the default (daily; 7, 4, 12). "Off" stops the
scheduled copies only: the copies at exit, before an import, a migration or a restore remain.

A restore first verifies the chosen file (SQLite's integrity and foreign-key checks, a VocDesk
schema stamp this version knows, i.e. not newer) and refuses it otherwise; then copies the
current database into the backups folder, then writes the chosen file into the database through
the backup API, in one SQLite transaction: a process killed meanwhile leaves the old database
whole. A damaged current database is kept aside byte for byte and replaced by the restored file.

Encrypted copies (SQLCipher, docs/encryption.md) are checked and copied through SQLCipher with
their passphrase: the one given, or the one this process opened the copy or the database with (a
copy of the open database has the database's passphrase). The restored file is what the copy
was: an encrypted copy makes the database encrypted under the copy's passphrase, a plain copy
makes it plain. When that differs from the database as it was (plain, or another passphrase),
the file is replaced rather than written into, and whoever had it open opens it again
(``RestoreResult.reopen``) with the copy's passphrase.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from vocdesk.db.backup import backup_sqlite
from vocdesk.db.base import utc_now
from vocdesk.db.cipher import (
    as_sqlite_error,
    connect_encrypted,
    forget_passphrase,
    is_encrypted,
    is_wrong_passphrase,
    remember_passphrase,
    remembered_passphrase,
    sqlcipher_module,
)
from vocdesk.db.inspection import read_only_connection
from vocdesk.db.migrate import head_revision, known_revisions
from vocdesk.db.models import AuditEntry
from vocdesk.domain.accounts import Permission
from vocdesk.domain.enums import AuditAction
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, user_error
from vocdesk.paths import make_private_database, make_private_dir, make_private_file, user_data_dir
from vocdesk.services.authorization import acting, may, open_to_anyone_signed_in, requires
from vocdesk.services.backup_policy import (
    SCHEDULE_DAYS,
    BackupPolicy,
    checked_policy,
    policy_from_settings,
    read_policy,
    store_policy,
)
from vocdesk.services.database import Database, open_database
from vocdesk.services.encryption import encryption_error

REASONS = ("daily", "weekly", "exit", "import", "restore", "manual")
KEEP_LATEST_DAY = 10  # copies of the latest day kept besides (several imports in one day)
STALE_PART_SECONDS = 3600  # a partial copy older than this was cut short, not being written
DATABASE_ENTITY = "database"  # the entity of an audit entry about the file as a whole
DATABASE_ENTITY_ID = uuid.UUID(int=0)
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z]+)\.sqlite$")


def backup_policy_of(database: Path) -> BackupPolicy:
    """The policy kept in the database file (read-only; an encrypted file with the passphrase
    this program knows for it); the default when it cannot be read."""
    database = Path(database)
    key = remembered_passphrase(database.expanduser().resolve()) if is_encrypted(database) else None
    if is_encrypted(database) and key is None:
        return BackupPolicy()
    unreadable: tuple[type[Exception], ...] = (*_errors(key), OSError, ValueError)
    try:
        connection = _connect(database, key)
        try:
            rows = connection.execute(
                "SELECT key, value FROM app_setting WHERE key LIKE 'backup!_%' ESCAPE '!'"
            ).fetchall()
        finally:
            connection.close()
    except unreadable:
        return BackupPolicy()
    return policy_from_settings({str(k): str(v or "") for k, v in rows})


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken: datetime
    reason: str  # one of REASONS
    size: int  # bytes


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    database: Path
    previous_copy: Path | None  # the database as it was before, kept in the backups folder
    revision: str  # the schema revision of the restored file (may be older than head)
    encrypted: bool = False  # the restored file is encrypted (under the copy's passphrase)
    # The file was replaced, not written into (damaged or missing before, or encrypted
    # differently from the copy): a program that had it open must open it again, with the
    # copy's passphrase when ``encrypted``.
    reopen: bool = False

    def passphrase(self) -> str | None:
        """The passphrase that opens the restored file (None: it is plain), as this program
        remembers it: for the window, which opens the file again."""
        return remembered_passphrase(self.database) if self.encrypted else None


def restored_passphrase(database: Path) -> str | None:
    """The passphrase this program restored (or opened) ``database`` with; None: not known
    (a plain file), for opening it again after a restore."""
    return remembered_passphrase(Path(database).expanduser().resolve())


def backups_folder(database: Path) -> Path:
    """Where the automatic copies of ``database`` are kept."""
    return _backups_base() / Path(database).stem


def _backups_base() -> Path:
    override = os.environ.get("VOCDESK_BACKUP_DIR")
    return Path(override) if override else user_data_dir() / "backups"


def private_backups_folder(database: Path) -> Path:
    """The backups folder of ``database``, created owner-only (0700, as is the folder of all
    backups when VocDesk makes it): the copies hold the same personal data as the database."""
    make_private_dir(_backups_base())
    return make_private_dir(backups_folder(database))


def list_backups(database: Path) -> list[BackupFile]:
    """The automatic copies of ``database``, newest first."""
    folder = backups_folder(database)
    found: list[BackupFile] = []
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match is None or not path.is_file():
            continue
        taken = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
        found.append(BackupFile(path, taken, match["reason"], path.stat().st_size))
    return sorted(found, key=lambda b: (b.taken, b.path.name), reverse=True)


def latest_backup(database: Path) -> BackupFile | None:
    found = list_backups(database)
    return found[0] if found else None


def automatic_backup(
    database: Path, reason: str, *, now: datetime | None = None, policy: BackupPolicy | None = None
) -> Path | None:
    """A consistent copy of ``database`` into its backups folder, then rotation (the kept
    counts of ``policy``, else of the file's own settings); None when there is nothing to copy
    (no file, or an empty new one)."""
    assert reason in REASONS, reason
    database = Path(database)
    if not database.is_file() or database.stat().st_size == 0:
        return None
    now = now or datetime.now()
    folder = private_backups_folder(database)
    # A second copy for the same reason within one second replaces the first.
    target = folder / f"{database.stem}-{now:%Y%m%d-%H%M%S}-{reason}.sqlite"
    try:
        backup_sqlite(database, target)
    except (OSError, sqlite3.Error) as exc:  # backup_sqlite left no half copy
        raise _backup_failed(target, exc) from exc
    make_private_file(target)
    rotate(folder, policy if policy is not None else backup_policy_of(database))
    return target


def daily_backup_due(database: Path, today: date | None = None, days: int = 1) -> bool:
    """True when no copy of ``database`` was taken today, or (``days`` 7: weekly) in the
    ``days`` days up to today: the schedule, at the first start of the window that day."""
    today = today or date.today()
    latest = latest_backup(database)
    return latest is None or (today - latest.taken.date()).days >= days


def backup_if_due(
    database: Path, *, now: datetime | None = None, policy: BackupPolicy | None = None
) -> Path | None:
    """The scheduled copy, if one is due by ``policy`` (else the file's own); None otherwise
    (not due, or the schedule is off)."""
    now = now or datetime.now()
    policy = policy if policy is not None else backup_policy_of(database)
    days = SCHEDULE_DAYS.get(policy.schedule)
    if days is None or not daily_backup_due(database, now.date(), days):
        return None
    return automatic_backup(database, policy.schedule, now=now, policy=policy)


def kept_backups(backups: Iterable[BackupFile], policy: BackupPolicy | None = None) -> set[Path]:
    """Which copies the rotation keeps: the newest of each of the latest 7 days, 4 ISO weeks and
    12 months that have a copy (``policy``'s counts, when given), and up to 10 newest copies of
    the latest day."""
    policy = policy or BackupPolicy()
    newest_first = sorted(backups, key=lambda b: (b.taken, b.path.name), reverse=True)
    keep: set[Path] = set()
    if newest_first:
        latest_day = newest_first[0].taken.date()
        same_day = [b for b in newest_first if b.taken.date() == latest_day]
        keep.update(b.path for b in same_day[:KEEP_LATEST_DAY])
    for key, count in (
        (lambda b: b.taken.date(), policy.keep_daily),
        (lambda b: b.taken.isocalendar()[:2], policy.keep_weekly),
        (lambda b: (b.taken.year, b.taken.month), policy.keep_monthly),
    ):
        seen: list[object] = []
        for backup in newest_first:
            period = key(backup)
            if period in seen:
                continue
            if len(seen) == count:
                break
            seen.append(period)
            keep.add(backup.path)
    return keep


def rotate(folder: Path, policy: BackupPolicy | None = None) -> list[Path]:
    """Remove the copies in ``folder`` the rotation (by ``policy``'s counts, else the default
    7, 4, 12) does not keep; returns the removed ones."""
    backups = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match:
            taken = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
            backups.append(BackupFile(path, taken, match["reason"], 0))
    keep = kept_backups(backups, policy)
    removed = []
    for backup in backups:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    # A copy cut short by a killed process; not one another process is writing right now.
    stale = time.time() - STALE_PART_SECONDS
    for leftover in folder.glob("*.part"):
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < stale:
                leftover.unlink(missing_ok=True)
    return removed


def verify_restorable(source: Path, *, passphrase: str | None = None) -> str:
    """The schema revision of ``source`` if it may replace a database; a ``UserError`` saying
    why not otherwise (missing, not SQLite, damaged, not VocDesk, from a newer VocDesk, or
    encrypted and ``passphrase`` missing or wrong)."""
    source = Path(source).expanduser()
    _require_file(source)
    return _verify(source, _source_key(source, passphrase, None))


def _require_file(source: Path) -> None:
    if not source.is_file():
        raise user_error(
            "Backups",
            QT_TRANSLATE_NOOP("Backups", "There is no file at {path}."),
            path=str(source),
        )


def _source_key(source: Path, passphrase: str | None, database: Path | None) -> str | None:
    """The passphrase that opens the copy ``source``; None for a plain file. Tried: the one
    given, then the one this process knows for the copy, then for ``database`` (a copy of
    the open database). An encrypted copy none of them opens is a ``UserError``."""
    if not is_encrypted(source):
        return None
    known = [remembered_passphrase(source), remembered_passphrase(database) if database else None]
    candidates = [key for key in dict.fromkeys([passphrase, *known]) if key is not None]
    for key in candidates:
        try:
            connect_encrypted(source, key, read_only=True).close()
        except sqlite3.Error as exc:
            if is_wrong_passphrase(exc):
                continue
            raise _not_restorable(source, str(exc)) from exc
        return key
    raise encryption_error("encrypted" if passphrase is None else "wrong passphrase", source)


def _connect(path: Path, key: str | None, *, read_only: bool = True, timeout: float = 5.0) -> Any:
    """A plain (``sqlite3``) or keyed (``sqlcipher3``) connection to ``path``."""
    if key is None:
        if read_only:
            return read_only_connection(path)
        return sqlite3.connect(path, timeout=timeout)
    return connect_encrypted(path, key, read_only=read_only, timeout=timeout)


def _errors(key: str | None) -> tuple[type[Exception], ...]:
    """The errors a connection of ``_connect`` raises (sqlcipher3 has its own classes)."""
    return (sqlite3.Error,) if key is None else (sqlite3.Error, sqlcipher_module().Error)


def _verify(source: Path, key: str | None) -> str:
    try:
        connection = _connect(source, key)
        try:
            integrity = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            broken = connection.execute("PRAGMA foreign_key_check").fetchall()
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            stamp = (
                connection.execute("SELECT version_num FROM alembic_version").fetchone()
                if "alembic_version" in tables
                else None
            )
        finally:
            connection.close()
    except _errors(key) as exc:
        raise _not_restorable(source, str(exc)) from exc
    if integrity != ["ok"]:
        raise _not_restorable(source, "; ".join(integrity[:3]))
    if broken:
        raise _not_restorable(source, f"{len(broken)} rows point to missing records")
    if stamp is None:
        raise user_error(
            "Backups",
            QT_TRANSLATE_NOOP(
                "Backups",
                "The file {path} is not a VocDesk database (it has no VocDesk schema); "
                "nothing was restored.",
            ),
            path=str(source),
        )
    revision = str(stamp[0])
    if revision not in known_revisions():
        raise user_error(
            "Backups",
            QT_TRANSLATE_NOOP(
                "Backups",
                "The file {path} was written by a newer version of VocDesk (schema {revision}, "
                "this version knows up to {head}); nothing was restored.",
            ),
            path=str(source),
            revision=revision,
            head=head_revision(),
        )
    return revision


def restore_database(
    source: Path,
    database: Path,
    *,
    passphrase: str | None = None,
    release: Callable[[], None] | None = None,
) -> RestoreResult:
    """Replace ``database`` by the copy ``source`` after verifying it; the database as it was is
    first kept in its backups folder. Nothing changes when ``source`` is refused.

    ``passphrase`` opens an encrypted copy (else the one this process knows for the copy or
    the database). ``release`` is called before the file is replaced rather than written into,
    so that the caller's connections let go of it (``Database.dispose``)."""
    source, database = Path(source).expanduser().resolve(), Path(database).expanduser().resolve()
    if source == database:
        raise user_error(
            "Backups",
            QT_TRANSLATE_NOOP("Backups", "{path} is the database itself; choose a backup copy."),
            path=str(source),
        )
    _require_file(source)
    key = _source_key(source, passphrase, database)
    revision = _verify(source, key)
    previous: Path | None = None
    current_key = _current_key(database, key)
    healthy_target = (
        database.is_file()
        and (current_key is not None or not is_encrypted(database))
        and _is_sound(database, current_key)
    )
    replaced = not healthy_target or current_key != key
    if healthy_target:
        if current_key is not None:
            remember_passphrase(database, current_key)  # its copy is encrypted alike
        previous = automatic_backup(database, "restore")
    elif database.is_file():
        # Damaged, or encrypted under a passphrase this program does not know: byte for byte.
        previous = _keep_damaged(database, "encrypted" if is_encrypted(database) else "damaged")
    if replaced:
        if release is not None:
            release()
        _replace_file(source, database, key)
    else:
        _copy_into(source, database, key)
    if key is None:
        forget_passphrase(database)
    else:
        remember_passphrase(database, key)
    return RestoreResult(source, database, previous, revision, key is not None, replaced)


def _current_key(database: Path, source_key: str | None) -> str | None:
    """The passphrase of the database being replaced, if it is encrypted and it is known: the
    one this process opened it with, or the copy's if that opens it."""
    known = remembered_passphrase(database)
    if known is not None or source_key is None or not database.is_file():
        return known
    if not is_encrypted(database):
        return None
    try:
        connect_encrypted(database, source_key, read_only=True).close()
    except sqlite3.Error:
        return None
    return source_key


class BackupsService:
    """The backup actions a person asks for in the window or on the command line, gated:
    listing the copies (``Permission.READ``), a copy on demand and a restore
    (``Permission.MANAGE_BACKUPS``, administrators). The automatic copies (daily, at exit,
    before an import) are the program's own doing and stay plain functions above
    (``automatic_backup``, ``backup_if_due``), called by ``app.py`` and the importers."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def _path(self) -> Path:
        if self._db.path is None:
            raise user_error("Backups", QT_TRANSLATE_NOOP(
                "Backups", "Only a local database file has backup copies here."))  # fmt: skip
        return self._db.path

    @open_to_anyone_signed_in
    def may_manage(self) -> bool:
        """Whether the person signed in may restore, copy, and set the schedule."""
        return may(self._db, Permission.MANAGE_BACKUPS)

    @requires(Permission.READ)
    def policy(self) -> BackupPolicy:
        """The schedule and kept counts kept in the open database."""
        with self._db.session_scope() as session:
            return read_policy(session)

    @requires(Permission.MANAGE_BACKUPS)
    def set_policy(self, policy: BackupPolicy) -> BackupPolicy:
        """Keep ``policy`` in the open database (checked first: a ``UserError`` says what
        cannot be followed, and nothing changes); the copies follow it from the next one."""
        checked = checked_policy(policy)
        with self._db.session_scope() as session:
            store_policy(session, checked)
        return checked

    @requires(Permission.READ)
    def backups(self) -> list[BackupFile]:
        """The copies of the open database, newest first."""
        return list_backups(self._path())

    @requires(Permission.MANAGE_BACKUPS)
    def back_up_now(self) -> Path:
        """A copy of the open database made now ("manual"), rotated like the others."""
        copy = automatic_backup(self._path(), "manual")
        if copy is None:
            raise user_error("Backups", QT_TRANSLATE_NOOP(
                "Backups", "The database is empty: there is nothing to copy yet."))  # fmt: skip
        return copy

    @requires(Permission.MANAGE_BACKUPS)
    def back_up_to(self, target: Path) -> Path:
        """A consistent copy of the open database at ``target`` (File › Back up…, ``vocdesk
        backup``): owner-only like every copy, and recorded in the trail as an export of the
        whole database (it holds all of its personal data)."""
        principal = acting(self._db)
        copy = make_private_file(self._db.backup_to(Path(target)))
        with self._db.session_scope() as session:
            session.add(AuditEntry(at=utc_now(), user=principal.login, action=AuditAction.EXPORT,
                                   entity=DATABASE_ENTITY, entity_id=DATABASE_ENTITY_ID,
                                   changes={"file": str(copy)}))  # fmt: skip
        return copy

    @requires(Permission.MANAGE_BACKUPS)
    def restore(self, source: Path, passphrase: str | None = None) -> RestoreResult:
        """Replace the open database by the copy ``source`` (``restore_database``: checked
        first, the file as it was kept), then write who restored which copy into the restored
        database's audit trail (upgraded to this version's schema first, as opening it would).

        An encrypted copy opens with ``passphrase``, or with the open database's own. When
        ``result.reopen``, this database's connections were closed: the caller opens the file
        again (with the copy's passphrase when ``result.encrypted``)."""
        principal = acting(self._db)
        result = restore_database(source, self._path(), passphrase=passphrase,
                                  release=self._db.dispose)  # fmt: skip
        restored, _ = open_database(
            result.database, create=False, passphrase=remembered_passphrase(result.database)
        )
        try:
            with restored.session_scope() as session:
                session.add(AuditEntry(at=utc_now(), user=principal.login, action=AuditAction.RESTORE,
                                       entity=DATABASE_ENTITY, entity_id=DATABASE_ENTITY_ID,
                                       changes={"backup": result.restored_from.name,
                                                "kept": result.previous_copy.name if result.previous_copy else "",
                                                "encrypted": result.encrypted}))  # fmt: skip
        finally:
            restored.dispose()
        return result


def _is_sound(path: Path, key: str | None = None) -> bool:
    try:
        connection = _connect(path, key)
        try:
            return [r[0] for r in connection.execute("PRAGMA quick_check")] == ["ok"]
        finally:
            connection.close()
    except _errors(key):
        return False


def _copy_into(source: Path, database: Path, key: str | None = None) -> None:
    """Write ``source`` into the live file ``database`` through the backup API: one SQLite
    transaction (a process killed meanwhile leaves the old content), seen by every other
    connection to the file at its next read. Both are plain, or both encrypted under ``key``."""
    if key is None:
        src: Any = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    else:
        src = connect_encrypted(source, key, read_only=True)
    try:
        try:
            dst: Any = _connect(database, key, read_only=False, timeout=10)
        except sqlite3.OperationalError as exc:
            raise _in_use(database, exc) from exc
        try:
            src.backup(dst)
        except _errors(key) as exc:
            raise _in_use(database, as_sqlite_error(exc)) from exc
        finally:
            dst.close()
    finally:
        src.close()


def _keep_damaged(database: Path, label: str = "damaged") -> Path:
    """A damaged database, or an encrypted one whose passphrase is not known, is copied byte
    for byte (the backup API cannot read it); ``label`` goes into the copy's name."""
    folder = private_backups_folder(database)
    target = folder / f"{database.stem}-{label}-{datetime.now():%Y%m%d-%H%M%S}.sqlite"
    try:
        shutil.copy2(database, target)
        for suffix in ("-wal", "-shm", "-journal"):
            journal = Path(f"{database}{suffix}")
            if journal.exists():
                shutil.copy2(journal, Path(f"{target}{suffix}"))
    except OSError as exc:
        raise _backup_failed(target, exc) from exc
    make_private_database(target)  # copy2 copied the damaged file's mode
    return target


def _replace_file(source: Path, database: Path, key: str | None = None) -> None:
    partial = database.with_name(database.name + ".restoring")
    try:
        backup_sqlite(source, partial, passphrase=key)
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{database}{suffix}").unlink(missing_ok=True)
        partial.replace(database)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise _backup_failed(database, exc) from exc
    finally:
        forget_passphrase(partial)
    make_private_file(database)  # a new file in place of the damaged one


def _not_restorable(source: Path, details: str) -> UserError:
    return user_error(
        "Backups",
        QT_TRANSLATE_NOOP(
            "Backups",
            "The file {path} is damaged or not a database ({details}); nothing was restored.",
        ),
        path=str(source),
        details=details,
    )


def _in_use(database: Path, exc: Exception) -> UserError:
    return user_error(
        "Backups",
        QT_TRANSLATE_NOOP(
            "Backups",
            "The database {path} is in use by another program ({details}); nothing was "
            "restored. Close the other program and try again.",
        ),
        path=str(database),
        details=str(exc),
    )


def _backup_failed(target: Path, exc: Exception) -> UserError:
    reason = str(getattr(exc, "strerror", None) or exc)
    full = getattr(exc, "errno", None) in (errno.ENOSPC, errno.EFBIG) or any(
        words in reason.lower() for words in ("disk is full", "disk full", "disk i/o", "too large")
    )
    if full:
        return user_error(
            "Backups",
            QT_TRANSLATE_NOOP(
                "Backups",
                "The backup copy {path} could not be written: the disk is full or failing. "
                "Nothing was changed. Free some space and try again.",
            ),
            path=str(target),
        )
    return user_error(
        "Backups",
        QT_TRANSLATE_NOOP("Backups", "The backup copy {path} could not be written: {reason}"),
        path=str(target),
        reason=getattr(exc, "strerror", None) or str(exc),
    )
