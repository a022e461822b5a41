"""``vocdesk settings set KEY VALUE`` and ``vocdesk settings show``: the agency's settings that
reports print (names, logo, privacy notice, Thai digits), kept in the database, and this
installation's office (``office_code``, ``office_name``: ``services.exchange.office``)."""

from __future__ import annotations

import argparse

from vocdesk.cli.common import EXIT_OK
from vocdesk.cli.messages import Messages
from vocdesk.cli.sign_in import signed_in_database
from vocdesk.domain.messages import QT_TRANSLATE_NOOP


def run_settings_set(args: argparse.Namespace, messages: Messages) -> int:
    from vocdesk.services.exchange.office import CODE_KEY, NAME_KEY, InstallationOffice
    from vocdesk.services.settings import SettingsService

    with signed_in_database(args, messages) as db:
        if args.key == CODE_KEY:
            InstallationOffice(db).set_code(args.value)
        elif args.key == NAME_KEY:
            InstallationOffice(db).set_name(args.value)
        else:
            SettingsService(db).set(args.key, args.value)
    print(messages.tr(QT_TRANSLATE_NOOP("Cli", "Setting {key} saved."), key=args.key))
    return EXIT_OK


def run_settings_show(args: argparse.Namespace, messages: Messages) -> int:
    from vocdesk.services.exchange.office import CODE_KEY, NAME_KEY, InstallationOffice
    from vocdesk.services.settings import SettingsService

    with signed_in_database(args, messages) as db:
        shown = SettingsService(db).shown()
        office = InstallationOffice(db)
        shown += [(CODE_KEY, office.code()), (NAME_KEY, office.name())]
    for key, value in shown:
        # A notice's further lines are indented under its first, so each line stays key = value.
        lines = value.splitlines() or [""]
        print(f"{key} = {lines[0]}".rstrip())
        for line in lines[1:]:
            print(" " * len(f"{key} = ") + line)
    return EXIT_OK
