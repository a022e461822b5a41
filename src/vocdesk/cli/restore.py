"""``vocdesk restore FILE --db PATH``: put a backup copy back in place of a database."""

from __future__ import annotations

import argparse

from vocdesk.cli.common import EXIT_OK, database_arg
from vocdesk.cli.messages import Messages
from vocdesk.domain.messages import QT_TRANSLATE_NOOP


def run_restore(args: argparse.Namespace, messages: Messages) -> int:
    from vocdesk.services.backups import restore_database

    result = restore_database(args.file, database_arg(args))
    if result.previous_copy is not None:
        print(messages.tr(QT_TRANSLATE_NOOP(
            "Cli", "The database as it was is kept at {path}."
        ), path=str(result.previous_copy)))  # fmt: skip
    print(messages.tr(QT_TRANSLATE_NOOP(
        "Cli", "Restored {source} into {database} (schema {revision})."
    ), source=str(result.restored_from), database=str(result.database),
        revision=result.revision))  # fmt: skip
    return EXIT_OK
