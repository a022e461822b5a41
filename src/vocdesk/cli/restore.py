"""``vocdesk restore FILE --db PATH``: put a backup copy back in place of a database."""

from __future__ import annotations

import argparse
from pathlib import Path

from vocdesk.cli.common import EXIT_OK, database_arg
from vocdesk.cli.messages import Messages
from vocdesk.cli.sign_in import open_for_command, sign_in
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, UserError


def run_restore(args: argparse.Namespace, messages: Messages) -> int:
    from vocdesk.services.backups import restore_database

    database = database_arg(args)
    _check_may_restore(database, args, messages)
    result = restore_database(args.file, database)
    if result.previous_copy is not None:
        print(messages.tr(QT_TRANSLATE_NOOP(
            "Cli", "The database as it was is kept at {path}."
        ), path=str(result.previous_copy)))  # fmt: skip
    print(messages.tr(QT_TRANSLATE_NOOP(
        "Cli", "Restored {source} into {database} (schema {revision})."
    ), source=str(result.restored_from), database=str(result.database),
        revision=result.revision))  # fmt: skip
    return EXIT_OK


def _check_may_restore(database: Path, args: argparse.Namespace, messages: Messages) -> None:
    """Restoring over a working database is an administrator's (``MANAGE_BACKUPS``), signed in
    on that database. A file that does not open (damaged, or from a newer VocDesk) cannot be
    asked who may replace it: then, as for a missing one, the file system's permissions decide,
    so that a damaged database can still be put right."""
    from vocdesk.domain.accounts import Permission
    from vocdesk.services.authorization import require

    if not database.expanduser().is_file():
        return
    try:
        db = open_for_command(args, messages, database.expanduser().resolve())
    except UserError:
        return
    try:
        sign_in(db, args, messages)
        require(db, Permission.MANAGE_BACKUPS)
    finally:
        db.dispose()
