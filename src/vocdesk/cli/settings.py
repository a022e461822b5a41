"""``vocdesk settings set KEY VALUE`` and ``vocdesk settings show``: the agency's settings that
reports print (names, logo, privacy notice, Thai digits), kept in the database."""

from __future__ import annotations

import argparse

from vocdesk.cli.common import EXIT_OK, database_arg
from vocdesk.cli.messages import Messages
from vocdesk.domain.messages import QT_TRANSLATE_NOOP


def run_settings_set(args: argparse.Namespace, messages: Messages) -> int:
    from vocdesk.services.database import open_database
    from vocdesk.services.settings import SettingsService

    db, _ = open_database(database_arg(args), create=False)
    try:
        SettingsService(db).set(args.key, args.value)
    finally:
        db.dispose()
    print(messages.tr(QT_TRANSLATE_NOOP("Cli", "Setting {key} saved."), key=args.key))
    return EXIT_OK


def run_settings_show(args: argparse.Namespace, messages: Messages) -> int:
    from vocdesk.services.database import open_database
    from vocdesk.services.settings import SettingsService

    db, _ = open_database(database_arg(args), create=False)
    try:
        shown = SettingsService(db).shown()
    finally:
        db.dispose()
    for key, value in shown:
        # A notice's further lines are indented under its first, so each line stays key = value.
        lines = value.splitlines() or [""]
        print(f"{key} = {lines[0]}".rstrip())
        for line in lines[1:]:
            print(" " * len(f"{key} = ") + line)
    return EXIT_OK
