"""``vocdesk pdpa due``: the records past their retention period on a day (issue 19), counted
per kind, and with ``--list`` the records themselves (by number, date and category: never
more than the retention review in the window shows). Read-only; exit 0 whatever the count."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date

from vocdesk.cli.common import EXIT_OK
from vocdesk.cli.groups import ActionMaker
from vocdesk.cli.messages import Messages
from vocdesk.cli.sign_in import signed_in_database
from vocdesk.domain.messages import QT_TRANSLATE_NOOP
from vocdesk.domain.pdpa.terms import RetentionRecordType

LIST_LIMIT = 100_000  # records per kind printed by --list


def add_due_action(action: ActionMaker, tr: Callable[[str], str]) -> None:
    """``pdpa due [--on DAY] [--type KIND] [--list]``."""
    due = action("due", QT_TRANSLATE_NOOP(
        "Cli", "records past their retention period on a day, counted per kind (with --list, the records)"
    ), run_due)  # fmt: skip

    def day(text: str) -> date:
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise argparse.ArgumentTypeError(tr(QT_TRANSLATE_NOOP(
                "Cli", "not a date written YYYY-MM-DD (Common Era): {value}"
            )).format(value=text)) from None  # fmt: skip

    due.add_argument("--on", type=day, metavar="YYYY-MM-DD", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the day (Thai calendar day, written in the Common Era; default: today)"
    )))  # fmt: skip
    due.add_argument("--type", dest="record_type", choices=[t.value for t in RetentionRecordType],
                     help=tr(QT_TRANSLATE_NOOP("Cli", "only this kind of record")))  # fmt: skip
    due.add_argument("--list", dest="list_records", action="store_true", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "print the records due too, oldest first"
    )))  # fmt: skip


def run_due(args: argparse.Namespace, messages: Messages) -> int:
    from vocdesk.cli.users import _print_table
    from vocdesk.domain.thai_dates import format_date
    from vocdesk.services.pdpa.retention import RetentionService
    from vocdesk.ui.labels import enum_label

    lang = messages.language
    wanted = RetentionRecordType(args.record_type) if args.record_type else None
    with signed_in_database(args, messages) as db:
        retention = RetentionService(db)
        counts = [c for c in retention.due_counts(args.on) if wanted in (None, c.record_type)]
        listed = {
            c.record_type: retention.list_due(c.record_type, None, 0, LIST_LIMIT, args.on)
            for c in counts
            if args.list_records and c.count
        }
    messages.install()
    if not counts:
        print(messages.tr(QT_TRANSLATE_NOOP("Cli", "No retention period is set.")))
        return EXIT_OK
    table = [[messages.tr(text) for text in (
        QT_TRANSLATE_NOOP("Cli", "RECORDS"), QT_TRANSLATE_NOOP("Cli", "KEPT"),
        QT_TRANSLATE_NOOP("Cli", "THEN"), QT_TRANSLATE_NOOP("Cli", "DUE"),
    )]]  # fmt: skip
    for c in counts:
        years = messages.tr(
            QT_TRANSLATE_NOOP("Cli", "%n year(s)", None, c.keep_years), c.keep_years
        )
        table.append([enum_label(c.record_type), years, enum_label(c.action), f"{c.count:,}"])
    _print_table(table)
    for kind, records in listed.items():
        print()
        print(enum_label(kind))
        rows = [[messages.tr(text) for text in (
            QT_TRANSLATE_NOOP("Cli", "REFERENCE"), QT_TRANSLATE_NOOP("Cli", "COUNTED FROM"),
            QT_TRANSLATE_NOOP("Cli", "KEPT UNTIL"), QT_TRANSLATE_NOOP("Cli", "ABOUT"),
        )]]  # fmt: skip
        for record in records:
            about = record.about.in_language(lang) if record.about else ""
            if record.kind is not None:
                about = enum_label(record.kind)
            if not record.readable:
                about = messages.tr(QT_TRANSLATE_NOOP("Cli", "(confidential)"))
            rows.append([record.reference or "-", format_date(record.counted_from, lang, "numeric"),
                         format_date(record.kept_until, lang, "numeric"), about])  # fmt: skip
        _print_table(rows)
    return EXIT_OK
