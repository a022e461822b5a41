"""``vocdesk bundle export | import``: offices exchanging their records (issue 20,
docs/offices.md) through a bundle, one encrypted file (``services.exchange.bundle_file``).

- ``export --db PATH --out FILE [--to OFFICE] [--all]``: what changed since the last bundle
  sent to OFFICE (or everything), written to FILE; ``ExchangeService.send``.
- ``import FILE --db PATH``: FILE merged into the database, all or nothing; the same bundle
  twice changes nothing; ``ExchangeService.receive``.

The bundle's passphrase, shared by the two offices, comes from ``--passphrase-file FILE`` (its
first line) or is asked on the terminal (twice when exporting; a script without a terminal
pipes it as one line on standard input). An encrypted database's own passphrase therefore has
its own option here, ``--db-passphrase-file``.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vocdesk.cli.common import EXIT_OK, database_arg
from vocdesk.cli.encryption import passphrase_from_file
from vocdesk.cli.help_format import ThaiHelpFormatter
from vocdesk.cli.messages import Messages
from vocdesk.cli.progress import progress_lines
from vocdesk.cli.sign_in import add_sign_in_options, open_for_command, sign_in
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error

if TYPE_CHECKING:
    from vocdesk.services.database import Database

PACKED = QT_TRANSLATE_NOOP("Cli", "Packed {done} of {total} records…")
MERGED = QT_TRANSLATE_NOOP("Cli", "Merged {done} of {total} records…")

# The summary's lines: tables by the area users know them by (docs/offices.md lists them).
AREAS: tuple[tuple[str, frozenset[str]], ...] = (
    (QT_TRANSLATE_NOOP("Cli", "Catalogues, service standards and holidays"), frozenset({
        "channel", "service", "office", "holiday", "segment", "segment_service",
        "complaint_category", "complaint_root_cause", "complaint_setting",
    })),
    (QT_TRANSLATE_NOOP("Cli", "Stakeholders"), frozenset({"stakeholder", "contact_interval"})),
    (QT_TRANSLATE_NOOP("Cli", "Listening and improvements"), frozenset({
        "feedback_entry", "listening_plan_item", "improvement_action",
        "improvement_survey_finding", "improvement_feedback", "improvement_complaint",
    })),
    (QT_TRANSLATE_NOOP("Cli", "Complaints"), frozenset({
        "complaint", "complaint_status_change", "complaint_attachment",
    })),
    (QT_TRANSLATE_NOOP("Cli", "Surveys"), frozenset({
        "survey", "survey_dimension", "survey_question", "survey_choice", "survey_response",
        "survey_answer", "survey_benchmark", "survey_target_segment",
    })),
    (QT_TRANSLATE_NOOP("Cli", "Activities and reminders"), frozenset({
        "activity", "activity_participant", "reminder",
    })),
    (QT_TRANSLATE_NOOP("Cli", "Personal data (PDPA)"), frozenset({
        "privacy_notice", "privacy_notice_shown", "consent", "data_subject_request",
        "retention_policy",
    })),
)  # fmt: skip
OTHER_AREA = QT_TRANSLATE_NOOP("Cli", "Other records")


def bundle_commands(commands: Any, tr: Callable[[str], str]) -> None:
    """``bundle export`` and ``bundle import`` on the parser's ``commands``, each with its
    ``--db``, the sign-in options, the bundle's ``--passphrase-file`` and the database's
    ``--db-passphrase-file``."""
    help_text = QT_TRANSLATE_NOOP(
        "Cli", "exchange records with another office: a bundle (one encrypted file) of what changed, written or merged"
    )  # fmt: skip
    group = commands.add_parser(
        "bundle", help=tr(help_text), description=tr(help_text), formatter_class=ThaiHelpFormatter
    )
    actions = group.add_subparsers(dest="bundle_action", metavar="ACTION", required=True)

    def action(name: str, text: str, run: Callable[..., int]) -> argparse.ArgumentParser:
        sub = actions.add_parser(
            name, help=tr(text), description=tr(text), formatter_class=ThaiHelpFormatter
        )
        sub.add_argument("--db", metavar="FILE|URL", help=tr(QT_TRANSLATE_NOOP(
            "Cli", "the database file, or a PostgreSQL server's URL (postgresql://user@host/name) (default: the default database)"
        )))  # fmt: skip
        add_sign_in_options(sub, tr)
        sub.add_argument("--passphrase-file", metavar="FILE", help=tr(QT_TRANSLATE_NOOP(
            "Cli", "the bundle's passphrase, the one the two offices agreed on: the first line of FILE (default: asked on the terminal)"
        )))  # fmt: skip
        sub.add_argument("--db-passphrase-file", metavar="FILE", help=tr(QT_TRANSLATE_NOOP(
            "Cli", "an encrypted database's passphrase: the first line of FILE (default: asked on the terminal)"
        )))  # fmt: skip
        sub.set_defaults(run=run)
        return sub

    export = action("export", QT_TRANSLATE_NOOP(
        "Cli", "write a bundle of what changed since the last bundle sent to the office (or everything), encrypted under the passphrase the two offices share"
    ), run_export)  # fmt: skip
    export.add_argument("--out", required=True, metavar="FILE", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the bundle file to write, e.g. CNX-to-BKK.vocbundle (replaced if it exists)"
    )))  # fmt: skip
    export.add_argument("--to", dest="to_office", default="", metavar="OFFICE", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the code of the office the bundle is for, e.g. BKK: it holds what changed since the last bundle sent there (the first one holds everything, as does a bundle for no office named)"
    )))  # fmt: skip
    export.add_argument("--all", dest="everything", action="store_true", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "every record, not only what changed since the last bundle (for a new office, or to start over)"
    )))  # fmt: skip
    receive = action("import", QT_TRANSLATE_NOOP(
        "Cli", "merge a bundle from another office into the database: checked whole before anything is written, all or nothing; the same bundle again changes nothing"
    ), run_import)  # fmt: skip
    receive.add_argument("file", metavar="FILE", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the bundle file another office sent"
    )))  # fmt: skip


def run_export(args: argparse.Namespace, messages: Messages) -> int:
    from vocdesk.services.exchange.service import ExchangeService

    out = Path(args.out).expanduser().resolve()
    with _signed_in(args, messages) as db:
        passphrase = read_new_bundle_passphrase(args, messages)
        sent = ExchangeService(db).send(
            out, passphrase, to_office=args.to_office,
            everything=args.everything, progress=progress_lines(messages, PACKED),
        )  # fmt: skip
    written = (
        QT_TRANSLATE_NOOP("Cli", "Written {path} for {office}: %Ln change(s).", None, sent.records)
        if sent.to_office
        else QT_TRANSLATE_NOOP("Cli", "Written {path}: %Ln change(s).", None, sent.records)
    )
    print(messages.tr(written, sent.records, path=str(out), office=sent.to_office))
    for line in area_lines(messages, sent.counts):
        print(line)
    return EXIT_OK


def run_import(args: argparse.Namespace, messages: Messages) -> int:
    from vocdesk.services.backups import automatic_backup
    from vocdesk.services.exchange.bundle_file import check_passphrase, read_header
    from vocdesk.services.exchange.service import ExchangeService

    source = Path(args.file).expanduser().resolve()
    read_header(source)  # a damaged or newer file is refused before any question
    path = database_arg(args).resolve()
    with _signed_in(args, messages) as db:
        passphrase = read_bundle_passphrase(args, messages, source)
        header = check_passphrase(source, passphrase)  # a wrong one: no copy, no merge begun
        if path.is_file():  # a copy of the file as it was before the merge
            automatic_backup(path, "import")
        got = ExchangeService(db).receive(
            source, passphrase, progress=progress_lines(messages, MERGED)
        )
    office = f"{header.from_office} {header.from_office_name}".strip()
    if got.already_received:
        print(messages.tr(QT_TRANSLATE_NOOP(
            "Cli", "Nothing changed: {path} (bundle {sequence} from {office}) had been received already."
        ), path=str(source), sequence=header.sequence, office=office))  # fmt: skip
    elif not got.changed:
        print(messages.tr(QT_TRANSLATE_NOOP(
            "Cli", "Nothing changed: everything in {path} (from {office}) was here already."
        ), path=str(source), office=office))  # fmt: skip
    else:
        print(messages.tr(QT_TRANSLATE_NOOP(
            "Cli", "Merged {path} from {office}: %Ln change(s) ({added} added, {updated} updated, {deleted} deleted).", None, got.changed
        ), got.changed, path=str(source), office=office, added=f"{got.inserted:,}",
            updated=f"{got.updated:,}", deleted=f"{got.deleted:,}"))  # fmt: skip
        for line in area_lines(messages, got.counts):
            print(line)
    if got.conflicts:
        print(messages.tr(QT_TRANSLATE_NOOP(
            "Cli", "%Ln field(s) had been changed in both offices: the newer value was kept, and the other is kept for review in the window.", None, got.conflicts
        ), got.conflicts))  # fmt: skip
    if got.skipped:
        print(messages.tr(QT_TRANSLATE_NOOP(
            "Cli", "%Ln record(s) were left as they are here: anonymised or deleted here, or changed here after the other office deleted them.", None, got.skipped
        ), got.skipped))  # fmt: skip
    return EXIT_OK


def area_lines(messages: Messages, counts: Mapping[str, int]) -> list[str]:
    """One indented line per area with changes: "  Complaints: 1,234"."""
    totals: dict[str, int] = {}
    for table, count in counts.items():
        area = next((label for label, tables in AREAS if table in tables), OTHER_AREA)
        totals[area] = totals.get(area, 0) + count
    order = [label for label, _ in AREAS] + [OTHER_AREA]
    return [f"  {messages.tr(area)}: {totals[area]:,}" for area in order if totals.get(area, 0) > 0]


def read_new_bundle_passphrase(args: argparse.Namespace, messages: Messages) -> str:
    """The passphrase to export under: ``--passphrase-file``, else asked twice on a terminal
    (once from a script's standard input); too short a one is refused before any work."""
    from vocdesk.services.exchange import bundle_file

    given = getattr(args, "passphrase_file", None)
    if given:
        passphrase = passphrase_from_file(Path(given).expanduser())
    else:
        passphrase = _ask(messages.tr(QT_TRANSLATE_NOOP(
            "Cli", "The bundle's passphrase (at least {count} characters; the receiving office needs the same one): "
        ), count=bundle_file.MIN_PASSPHRASE_LENGTH))  # fmt: skip
        if sys.stdin is not None and sys.stdin.isatty():
            again = _ask(messages.tr(QT_TRANSLATE_NOOP("Cli", "The same passphrase again: ")))
            if again != passphrase:
                raise user_error("Cli", QT_TRANSLATE_NOOP(
                    "Cli", "The two passphrases differ; nothing was changed."))  # fmt: skip
    if len(passphrase) < bundle_file.MIN_PASSPHRASE_LENGTH:
        raise user_error(
            bundle_file.CONTEXT, bundle_file.SHORT_PASSPHRASE,
            count=bundle_file.MIN_PASSPHRASE_LENGTH,
        )  # fmt: skip
    return passphrase


def read_bundle_passphrase(args: argparse.Namespace, messages: Messages, source: Path) -> str:
    """The passphrase that opens ``source``: ``--passphrase-file``, else asked once."""
    given = getattr(args, "passphrase_file", None)
    if given:
        return passphrase_from_file(Path(given).expanduser())
    return _ask(messages.tr(QT_TRANSLATE_NOOP(
        "Cli", "Passphrase of the bundle {path}: "), path=str(source)))  # fmt: skip


@contextmanager
def _signed_in(args: argparse.Namespace, messages: Messages) -> Iterator[Database]:
    """The command's database, opened (with ``--db-passphrase-file`` when it is encrypted:
    ``--passphrase-file`` is the bundle's here) and signed in on; closed afterwards."""
    for_database = argparse.Namespace(**{**vars(args), "passphrase_file": args.db_passphrase_file})
    db = open_for_command(for_database, messages, database_arg(args).resolve())
    try:
        sign_in(db, args, messages)
        yield db
    finally:
        db.dispose()


def _ask(prompt: str) -> str:
    """Not echoed on a terminal; one line of standard input from a script."""
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    if not line:
        raise user_error("Cli", QT_TRANSLATE_NOOP(
            "Cli", "No passphrase was given: type it when asked, use --passphrase-file FILE, or (in a script) pipe it as one line on standard input."
        ))  # fmt: skip
    return line.rstrip("\r\n")
