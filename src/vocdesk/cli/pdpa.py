"""``vocdesk pdpa ACTION``: the PDPA's duties for scripts (issue 19), each action signing in
as any command does (``cli.sign_in``) and checked by its service.

- ``export --id ID --out FILE.zip``: everything about one person (JSON, CSV, attachments and
  the readable PDF in one zip; ``services.pdpa.access_export``).
- ``anonymise --id ID [--yes]``: erase one person by anonymisation (``cli.pdpa_anonymise``).
- ``due [--on DAY] [--type KIND] [--list]``: records past their retention period (``cli.pdpa_due``).

Each action is added in ``pdpa_commands`` with its run function below it; ``--id`` is the
stakeholder's record id or national ID (``person_option``).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from vocdesk.cli.common import EXIT_OK
from vocdesk.cli.groups import command_group
from vocdesk.cli.messages import Messages
from vocdesk.cli.pdpa_anonymise import add_anonymise_action
from vocdesk.cli.pdpa_due import add_due_action
from vocdesk.cli.sign_in import signed_in_database
from vocdesk.domain.messages import QT_TRANSLATE_NOOP


def pdpa_commands(commands: Any, tr: Callable[[str], str]) -> None:
    """``pdpa ACTION ...``, each action with its own ``--db`` and sign-in options."""
    help_text = QT_TRANSLATE_NOOP(
        "Cli", "personal data (PDPA): a person's data exported, anonymised, records due for review"
    )
    action = command_group(commands, "pdpa", help_text, "pdpa_action", tr)
    export = action("export", QT_TRANSLATE_NOOP(
        "Cli", "everything about one person in one zip: person.json, one CSV per table, the attachments and a readable PDF"
    ), run_export)  # fmt: skip
    person_option(export, tr)
    export.add_argument("--out", required=True, metavar="FILE.zip", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the zip file to write (replaced if it exists)"
    )))  # fmt: skip
    export.add_argument("--pdf-lang", dest="pdf_lang", choices=("th", "en"), help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the language of the readable PDF (default: --lang)"
    )))  # fmt: skip
    add_anonymise_action(action, tr, person_option)
    add_due_action(action, tr)


def person_option(sub: argparse.ArgumentParser, tr: Callable[[str], str]) -> None:
    """``--id ID``: the person, by their record's id or their national ID."""
    sub.add_argument("--id", dest="person", required=True, metavar="ID", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the person: their record's id or their national ID"
    )))  # fmt: skip


def run_export(args: argparse.Namespace, messages: Messages) -> int:
    from vocdesk.paths import translations_dir
    from vocdesk.services.pdpa.access_export import AccessExportService
    from vocdesk.services.pdpa.person_data import PersonDataService
    from vocdesk.ui.i18n import translator_for

    lang = args.pdf_lang or messages.language
    out = Path(args.out).expanduser().resolve()
    with signed_in_database(args, messages) as db:
        person = PersonDataService(db).find(args.person)
        done = AccessExportService(db).export(
            person.id, out, lang, translator_for(translations_dir(), lang)
        )
    print(messages.tr(QT_TRANSLATE_NOOP(
        "Cli", "Written {path}: {records} records and {files} attached files of {name} ({size} KB)."
    ), path=str(done.path), records=f"{done.records:,}", files=f"{done.files:,}",
        name=person.name, size=f"{max(1, done.size // 1024):,}"))  # fmt: skip
    return EXIT_OK
