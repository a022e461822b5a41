"""``vocdesk check`` and ``vocdesk backup``: a database's health, and a consistent copy of it."""

from __future__ import annotations

import argparse
import contextlib
from pathlib import Path

from vocdesk.cli.common import EXIT_OK, EXIT_UNHEALTHY, database_arg
from vocdesk.cli.messages import Messages
from vocdesk.cli.sign_in import open_for_command, sign_in
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, user_error


def run_check(args: argparse.Namespace, messages: Messages) -> int:
    from vocdesk.cli.encryption import read_passphrase
    from vocdesk.services.database import check_database
    from vocdesk.ui.i18n import translate_message

    path = database_arg(args)
    passphrase = None
    if path.is_file():
        try:
            passphrase = read_passphrase(args, messages, path)
        except UserError:
            if getattr(args, "passphrase_file", None):
                raise
            # None typed or piped: check_database says the file can be checked only with it.
    report = (
        check_database(path) if passphrase is None else check_database(path, passphrase=passphrase)
    )
    if report.healthy:
        print(messages.tr(QT_TRANSLATE_NOOP("Cli", "ok: schema {revision} (head {head})"),
                          revision=report.schema_revision, head=report.head_revision))  # fmt: skip
        return EXIT_OK
    reason = translate_message(report.reason) if report.reason else report.problem
    print(
        messages.tr(QT_TRANSLATE_NOOP("Cli", "not ok: {reason}"), reason=" ".join(reason.split()))
    )
    return EXIT_UNHEALTHY


def run_backup(args: argparse.Namespace, messages: Messages) -> int:
    from vocdesk.domain.accounts import Permission
    from vocdesk.services.authorization import require

    target = args.out or args.target
    if not target:
        raise user_error("Cli", QT_TRANSLATE_NOOP(
            "Cli", "Say where to write the copy: vocdesk backup FILE, or vocdesk backup --out FILE."
        ))  # fmt: skip
    source, target = database_arg(args).resolve(), Path(target).expanduser().resolve()
    missing_folder = _first_missing_folder(target.parent)
    if source == target:
        raise user_error(
            "Cli", QT_TRANSLATE_NOOP("Cli", "The copy must not overwrite the database itself ({path})."),
            path=str(source),
        )  # fmt: skip
    db = open_for_command(args, messages, source)
    try:
        # A copy holds every record, confidential cases too: an administrator's work.
        sign_in(db, args, messages)
        require(db, Permission.MANAGE_BACKUPS)
        written = db.backup_to(target)
    finally:
        db.dispose()
    if missing_folder is not None:
        print(messages.tr(QT_TRANSLATE_NOOP("Cli", "Created the folder {path} for the copy."),
                          path=str(missing_folder)))  # fmt: skip
    print(messages.tr(QT_TRANSLATE_NOOP("Cli", "Backup written to {path} ({size} MB)."),
                      path=str(written), size=f"{written.stat().st_size / 1e6:.1f}"))  # fmt: skip
    return EXIT_OK


def _first_missing_folder(folder: Path) -> Path | None:
    """The outermost folder of ``folder`` that does not exist yet (the backup creates it)."""
    missing = None
    while not folder.exists() and folder != folder.parent:
        missing, folder = folder, folder.parent
    return missing


def remove_database(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        with contextlib.suppress(OSError):
            leftover.unlink(missing_ok=True)
