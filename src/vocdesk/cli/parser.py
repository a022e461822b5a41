"""Every command and option of ``vocdesk`` in one place; each command's work is in its module."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import Any

import vocdesk
from vocdesk.cli.bundle import bundle_commands
from vocdesk.cli.common import LANGUAGES
from vocdesk.cli.database import run_backup, run_check
from vocdesk.cli.demo import run_demo
from vocdesk.cli.encryption import add_passphrase_option
from vocdesk.cli.encryption import register as encryption_commands
from vocdesk.cli.groups import command_group
from vocdesk.cli.help_format import ThaiHelpFormatter, translate_argparse
from vocdesk.cli.messages import Messages
from vocdesk.cli.pdpa import pdpa_commands
from vocdesk.cli.report import run_report
from vocdesk.cli.restore import run_restore
from vocdesk.cli.self_test import run_self_test
from vocdesk.cli.settings import run_settings_set, run_settings_show
from vocdesk.cli.sign_in import add_sign_in_options
from vocdesk.cli.transfer import SURVEY_EXPORTS, SURVEY_IMPORTS, run_export, run_import
from vocdesk.cli.users import users_commands
from vocdesk.cli.window import TABS, run_gui, run_screenshot
from vocdesk.domain.messages import QT_TRANSLATE_NOOP


def build_parser(messages: Messages | None = None) -> argparse.ArgumentParser:
    """The argument parser; its help is translated when ``messages`` is given."""

    from vocdesk.services.transfer import EXPORTERS, IMPORTERS

    def tr(text: str) -> str:
        return messages.tr(text) if messages is not None else text

    # argparse's own words ("usage:", "options", "error:") in the same language as ours.
    translate_argparse(messages.translate if messages is not None else lambda _context, text: text)

    def positive_int(text: str) -> int:
        value = int(text) if text.strip().isdigit() else 0
        if value < 1:
            raise argparse.ArgumentTypeError(tr(QT_TRANSLATE_NOOP(
                "Cli", "must be a whole number of 1 or more, not {value}"
            )).format(value=repr(text)))  # fmt: skip
        return value

    def iso_date(text: str) -> date:
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise argparse.ArgumentTypeError(tr(QT_TRANSLATE_NOOP(
                "Cli", "not a date written YYYY-MM-DD (Common Era): {value}"
            )).format(value=text)) from None  # fmt: skip

    parser = argparse.ArgumentParser(
        prog="vocdesk",
        formatter_class=ThaiHelpFormatter,
        description=tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "VocDesk: the voice of the customer for Thai government agencies (PMQA category 3).",
            )
        ),  # fmt: skip
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"vocdesk {vocdesk.__version__}",
        help=argparse._("show program's version number and exit"),  # type: ignore[attr-defined]
    )
    parser.add_argument("--lang", choices=LANGUAGES, help=tr(QT_TRANSLATE_NOOP(
        "Cli", "language of the window and of messages (default: VOCDESK_LANG, else the language last chosen in the window, else Thai)"
    )))  # fmt: skip
    parser.add_argument("--db", dest="top_db", metavar="FILE|URL", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the database to open: a file, or a PostgreSQL server's URL (postgresql://user@host/name; the password from ~/.pgpass or PGPASSWORD) (default: the last one used, else the default one)"
    )))  # fmt: skip
    parser.add_argument("--self-test", dest="run", action="store_const", const=run_self_test, help=tr(QT_TRANSLATE_NOOP(
        "Cli", "check that this installation works (in a temporary folder; exit code 0 when it does)"
    )))  # fmt: skip
    add_sign_in_options(parser, tr, user=False, dest="top_token_file")  # the window asks itself
    parser.set_defaults(run=run_gui, db=None)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(
        name: str, help_text: str, run: Callable[..., int], sign_in: str = "user"
    ) -> argparse.ArgumentParser:
        """A command with its ``--db``; ``sign_in``: "user" (--user and --token-file),
        "token" (--token-file: the window asks for a password itself) or "" (no records read)."""
        sub = commands.add_parser(
            name, help=tr(help_text), description=tr(help_text), formatter_class=ThaiHelpFormatter
        )
        sub.add_argument("--db", metavar="FILE|URL", help=tr(QT_TRANSLATE_NOOP(
            "Cli", "the database file, or a PostgreSQL server's URL (postgresql://user@host/name) (default: the default database)"
        )))  # fmt: skip
        if sign_in:
            add_sign_in_options(sub, tr, user=sign_in == "user")
        if sign_in == "user":  # the window and its pictures ask for a passphrase themselves
            add_passphrase_option(sub, tr)
        sub.set_defaults(run=run)
        return sub

    command("gui", QT_TRANSLATE_NOOP("Cli", "open the window (the default)"), run_gui, "token")
    demo = command("demo", QT_TRANSLATE_NOOP(
        "Cli", "create a database filled with realistic demonstration data, its administrator and demonstration accounts"
    ), run_demo, "")  # fmt: skip
    demo.add_argument("--scale", type=positive_int, default=1, help=tr(QT_TRANSLATE_NOOP(
        "Cli", "how much data: 1 = about 1,000 stakeholders and 5,000 listening entries"
    )))  # fmt: skip
    demo.add_argument("--seed", type=int, default=2569, help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the same seed always gives the same data"
    )))  # fmt: skip
    demo.add_argument("--today", type=iso_date, metavar="YYYY-MM-DD", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the data's today: its history ends the day before (default: the real date; give a date to repeat a run exactly)"
    )))  # fmt: skip
    check = command("check", QT_TRANSLATE_NOOP(
        "Cli", "check a database's integrity and schema version without changing it (reads no records: no sign-in)"
    ), run_check, "")  # fmt: skip
    add_passphrase_option(check, tr)  # an encrypted file is checked only with its passphrase
    backup = command("backup", QT_TRANSLATE_NOOP(
        "Cli", "write a consistent copy of a database (safe while VocDesk is open)"
    ), run_backup)  # fmt: skip
    backup.add_argument("target", nargs="?", metavar="TARGET", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the copy to write, e.g. backup.sqlite (or give it with --out); a missing folder is created"
    )))  # fmt: skip
    backup.add_argument(
        "--out", metavar="FILE", help=tr(QT_TRANSLATE_NOOP("Cli", "the copy to write"))
    )
    restore = command("restore", QT_TRANSLATE_NOOP(
        "Cli", "put a backup copy back as the database, after checking it; the database as it was is kept in the backups folder"
    ), run_restore)  # fmt: skip
    restore.add_argument("file", metavar="FILE", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the backup copy to restore (it must be sound and from this or an older VocDesk)"
    )))  # fmt: skip
    restore.add_argument("--backup-passphrase-file", metavar="FILE", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "an encrypted copy's passphrase, when it is not the database's: the first line of FILE (default: asked on the terminal)"
    )))  # fmt: skip
    importing = command("import", QT_TRANSLATE_NOOP(
        "Cli", "load a file (CSV or Excel) into a database: all of it, or nothing if it has any problem"
    ), run_import)  # fmt: skip
    importing.add_argument("kind", metavar="KIND", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "what the file holds: {kinds}"
    )).format(kinds=", ".join([*IMPORTERS, *SURVEY_IMPORTS])))  # fmt: skip
    importing.add_argument("file", metavar="FILE", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the CSV (UTF-8 or Thai Windows) or XLSX file"
    )))  # fmt: skip
    importing.add_argument("--survey", metavar="CODE", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "responses: the code of the survey the answers belong to, e.g. SAT-2569"
    )))  # fmt: skip
    importing.add_argument("--map", action="append", default=[], metavar="COLUMN:TEXT=VALUE", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "read TEXT in COLUMN as VALUE, for a file's own words (e.g. status:ปิดเรื่อง=closed); may be repeated"
    )))  # fmt: skip
    exporting = command("export", QT_TRANSLATE_NOOP(
        "Cli", "write the records of an area to a CSV (UTF-8 with BOM) or Excel file that imports again unchanged"
    ), run_export)  # fmt: skip
    exporting.add_argument("kind", metavar="KIND", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "what to export: {kinds}"
    )).format(kinds=", ".join([*EXPORTERS, *SURVEY_EXPORTS])))  # fmt: skip
    exporting.add_argument("targets", nargs="+", metavar="[CODE] FILE", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the file to write: .xlsx for Excel, otherwise CSV; survey and survey-results first take the survey's code"
    )))  # fmt: skip
    exporting.add_argument("--search", default="", metavar="WORDS", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "only the records these words find, as the tab's search finds them"
    )))  # fmt: skip
    exporting.add_argument("--unmasked", action="store_true", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "stakeholders, complaints and contacts: write national IDs, phones, e-mails and addresses whole "
        "(needs the personal-data permission; audited); without it they are masked"
    )))  # fmt: skip
    exporting.add_argument("--purpose", default=None, metavar="PURPOSE", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "contacts: only the people with a consent in force for PURPOSE (service, follow_up_survey "
        "or news), not restricted and not anonymised; without it, any purpose"
    )))  # fmt: skip
    _settings_commands(commands, tr)
    users_commands(commands, tr)
    pdpa_commands(commands, tr)
    encryption_commands(commands, tr)
    bundle_commands(commands, tr)
    _report_command(command, tr, positive_int)
    shot = command("screenshot", QT_TRANSLATE_NOOP(
        "Cli", "save a PNG picture of a tab of the window (no screen needed)"
    ), run_screenshot, "token")  # fmt: skip
    shot.add_argument("--tab", choices=(*TABS, "all"), default="all", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the tab to show, or all of them"
    )))  # fmt: skip
    shot.add_argument("--lang", dest="shot_lang", choices=(*LANGUAGES, "all"), help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the language of the window in the picture, or both (default: --lang)"
    )))  # fmt: skip
    shot.add_argument("--survey", metavar="CODE", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "surveys tab: the round to show, e.g. SAT-2569 (default: the first in the list)"
    )))  # fmt: skip
    shot.add_argument("--page", metavar="NAME", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "surveys tab: the page to show: results, dissatisfaction, benchmark, entry or double_entry"
    )))  # fmt: skip
    shot.add_argument("--out", metavar="PATH", required=True, help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the PNG file; a folder when several pictures are made ({tab}-{lang}.png in it)"
    )))  # fmt: skip
    return parser


def _settings_commands(commands: Any, tr: Callable[[str], str]) -> None:
    """``settings set KEY VALUE`` and ``settings show``, each with its own ``--db``."""
    from vocdesk.services.exchange.office import CODE_KEY, NAME_KEY
    from vocdesk.services.settings import SETTING_KEYS

    help_text = QT_TRANSLATE_NOOP(
        "Cli", "the agency's settings that reports print: names, logo, privacy notice, Thai digits"
    )
    action = command_group(commands, "settings", help_text, "settings_action", tr)

    setting = action("set", QT_TRANSLATE_NOOP("Cli", "change one setting"), run_settings_set)
    setting.add_argument("key", metavar="KEY", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the setting: {keys}"
    )).format(keys=", ".join((*SETTING_KEYS, NAME_KEY, CODE_KEY))))  # fmt: skip
    setting.add_argument("value", metavar="VALUE", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the text; for logo an image file (PNG or JPEG; \"\" removes the logo); for thai_digits yes or no"
    )))  # fmt: skip
    action(
        "show", QT_TRANSLATE_NOOP("Cli", "print every setting as KEY = VALUE"), run_settings_show
    )


def _report_command(
    command: Callable[..., argparse.ArgumentParser],
    tr: Callable[[str], str],
    positive_int: Callable[[str], int],
) -> None:
    """``report KIND --out FILE.pdf --lang th|en [--fiscal-year] [--period] [--id]``."""
    from vocdesk.services.reports.request import ReportKind

    report = command("report", QT_TRANSLATE_NOOP(
        "Cli", "print a PDF report: the PMQA category 3 evidence pack, complaints, a survey, a stakeholder's profile, a complaint's acknowledgement letter or a paper questionnaire"
    ), run_report)  # fmt: skip
    report.add_argument("kind", choices=[kind.value for kind in ReportKind], metavar="KIND", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the report: {kinds}"
    )).format(kinds=", ".join(kind.value for kind in ReportKind)))  # fmt: skip
    report.add_argument("--out", metavar="FILE.pdf", required=True, help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the PDF file to write"
    )))  # fmt: skip
    report.add_argument("--lang", dest="report_lang", choices=LANGUAGES, help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the report's language (default: the language of messages)"
    )))  # fmt: skip
    report.add_argument("--fiscal-year", type=positive_int, metavar="YEAR", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the fiscal year: 2569 (B.E., above 2400) or 2026 (C.E.); default: the current one"
    )))  # fmt: skip
    report.add_argument("--period", default="full", metavar="PERIOD", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "h1 (October–March, the 6-month round), h2 (April–September), full (the whole fiscal year, the default) or a month YYYY-MM"
    )))  # fmt: skip
    report.add_argument("--id", metavar="ID", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "which one: the stakeholder's id or national ID, the complaint's case number, or the survey's code"
    )))  # fmt: skip
    report.add_argument("--show-personal", action="store_true", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "print complainants' names and stakeholders' identifiers in full (masked by default)"
    )))  # fmt: skip
