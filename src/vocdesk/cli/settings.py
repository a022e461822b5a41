"""``vocdesk settings set KEY VALUE`` and ``vocdesk settings show``: the agency's settings that
reports print (names, logo, privacy notice, Thai digits), kept in the database."""

from __future__ import annotations

import argparse

from vocdesk.cli.common import EXIT_OK
from vocdesk.cli.messages import Messages
from vocdesk.cli.sign_in import signed_in_database
from vocdesk.domain.messages import QT_TRANSLATE_NOOP


def run_settings_set(args: argparse.Namespace, messages: Messages) -> int:
    from vocdesk.services.settings import SettingsService

    with signed_in_database(args, messages) as db:
        SettingsService(db).set(args.key, args.value)
    print(messages.tr(QT_TRANSLATE_NOOP("Cli", "Setting {key} saved."), key=args.key))
    return EXIT_OK


def run_settings_show(args: argparse.Namespace, messages: Messages) -> int:
    from vocdesk.services.settings import SettingsService

    with signed_in_database(args, messages) as db:
        shown = SettingsService(db).shown()
    for key, value in shown:
        # A notice's further lines are indented under its first, so each line stays key = value.
        lines = value.splitlines() or [""]
        print(f"{key} = {lines[0]}".rstrip())
        for line in lines[1:]:
            print(" " * len(f"{key} = ") + line)
    return EXIT_OK
