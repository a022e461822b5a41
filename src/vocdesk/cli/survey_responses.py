"""``vocdesk import responses FILE --survey CODE``: one survey's answers from a CSV or XLSX file
as online form tools export them (docs/survey-entry.md), all or nothing, every problem by row
and column; the file's columns that are no question are named and left out."""

from __future__ import annotations

import argparse
from pathlib import Path

from vocdesk.cli.common import EXIT_OK, EXIT_USER_ERROR, database_arg, print_error
from vocdesk.cli.database import remove_database
from vocdesk.cli.messages import Messages
from vocdesk.cli.progress import CHECKED_ROWS, IMPORTED_ROWS, progress_lines
from vocdesk.cli.sign_in import open_for_command, sign_in
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error


def run_import_responses(args: argparse.Namespace, messages: Messages) -> int:
    from vocdesk.cli.transfer import parse_value_maps
    from vocdesk.io.table_spec import problem_order, problems_error
    from vocdesk.services.backups import automatic_backup
    from vocdesk.services.surveys.responses_import import ResponsesImporter, ignored_headings
    from vocdesk.services.transfer import check_table, match_columns, read_sheet
    from vocdesk.ui.i18n import translate_message

    code = (getattr(args, "survey", None) or "").strip()
    if not code:
        raise user_error("Cli", QT_TRANSLATE_NOOP(
            "Cli", "Name the survey the answers belong to: vocdesk import responses FILE --survey CODE"))  # fmt: skip
    source = Path(args.file).expanduser()
    value_maps = parse_value_maps(getattr(args, "map", None) or [])
    path = database_arg(args).resolve()
    created = not path.exists()
    db = open_for_command(args, messages, path, create=True)
    try:
        sign_in(db, args, messages)
        importer = ResponsesImporter.for_code(db, code, value_maps)
        sheet = read_sheet(source)
        mapping = match_columns(importer.spec, sheet.headers)
        ignored = ignored_headings(importer, sheet, mapping)
        table = check_table(importer, sheet, mapping, progress_lines(messages, CHECKED_ROWS))
        if table.ok:
            if not created:  # an automatic copy of the file as it was before a bulk import
                automatic_backup(path, "import")
            summary = importer.apply(table, progress_lines(messages, IMPORTED_ROWS))
    except BaseException:
        db.dispose()
        if created:
            remove_database(path)  # a refused import leaves no new empty database behind
        raise
    db.dispose()
    if not table.ok:
        if created:
            remove_database(path)
        text = messages.error(problems_error(source, table.problems)).splitlines()
        print_error(text[0])
        for problem in sorted(table.problems, key=problem_order):  # every one: scripts grep them
            print_error(translate_message(problem.as_message()))
        return EXIT_USER_ERROR
    done = QT_TRANSLATE_NOOP(
        "Cli", "Survey {code}: %Ln response(s) imported ({added} added, {updated} updated) into {path}",
        None, summary.total,
    )  # fmt: skip
    print(messages.tr(done, summary.total, code=code, added=summary.added,
                      updated=summary.updated, path=str(path)))  # fmt: skip
    if ignored:
        print("  " + messages.tr(
            QT_TRANSLATE_NOOP("Cli", "Columns left out (no question of the survey): {columns}"),
            columns=", ".join(ignored),
        ))  # fmt: skip
    for notice in summary.notices:
        print("  " + translate_message(notice))
    return EXIT_OK
