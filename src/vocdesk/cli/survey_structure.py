"""``vocdesk import survey FILE.xlsx`` and ``vocdesk export survey CODE FILE.xlsx``: a survey's
questionnaire as a workbook (docs/surveys.md), all or nothing, every problem by sheet, row and
column."""

from __future__ import annotations

import argparse
from pathlib import Path

from vocdesk.cli.common import EXIT_OK, EXIT_USER_ERROR, database_arg, print_error
from vocdesk.cli.database import remove_database
from vocdesk.cli.messages import Messages
from vocdesk.cli.sign_in import open_for_command, sign_in, signed_in_database
from vocdesk.domain.messages import QT_TRANSLATE_NOOP


def run_import_structure(args: argparse.Namespace, messages: Messages) -> int:
    from vocdesk.services.surveys.structure_file import StructureRefused, import_structure
    from vocdesk.ui.i18n import translate_message

    source = Path(args.file).expanduser()
    path = database_arg(args).resolve()
    created = not path.exists()
    db = open_for_command(args, messages, path, create=True)
    try:
        sign_in(db, args, messages)
        imported = import_structure(db, source)
    except StructureRefused as refused:
        db.dispose()
        if created:
            remove_database(path)  # a refused import leaves no new empty database behind
        print_error(messages.error(refused).splitlines()[0])
        for problem in refused.problems:  # every one, one a line: scripts may grep them
            print_error(translate_message(problem.as_message()))
        return EXIT_USER_ERROR
    except BaseException:
        db.dispose()
        if created:
            remove_database(path)
        raise
    db.dispose()
    count = imported.questions
    done = (
        QT_TRANSLATE_NOOP("Cli", "Survey {code}: created with %n question(s) in {path}", None, count)
        if imported.saved.created
        else QT_TRANSLATE_NOOP("Cli", "Survey {code}: design updated, %n question(s), in {path}", None, count)
    )  # fmt: skip
    print(messages.tr(done, count, code=imported.code, path=str(path)))
    for notice in imported.notices:
        print("  " + translate_message(notice))
    return EXIT_OK


def run_export_structure(args: argparse.Namespace, messages: Messages) -> int:
    from vocdesk.services.surveys.structure_file import export_structure

    target = Path(args.file).expanduser().resolve()
    with signed_in_database(args, messages) as db:
        count = export_structure(db, args.code, target)
    print(messages.tr(
        QT_TRANSLATE_NOOP("Cli", "Survey {code}: %n question(s) exported to {path}", None, count),
        count, code=args.code, path=str(target),
    ))  # fmt: skip
    return EXIT_OK
