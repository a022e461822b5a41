"""``vocdesk import KIND FILE`` and ``vocdesk export KIND FILE``: any kind registered in
``services.transfer`` (docs/import-export.md), all or nothing, every problem by row and column.

Survey files are not one table of records (a questionnaire is three sheets; responses have a
column per question of one survey; results are computed), so their kinds have command modules
of their own, listed in ``SURVEY_IMPORTS`` and ``SURVEY_EXPORTS``, each run as
``run(args, messages)`` with ``args.code`` (exports that name a survey) and ``args.file`` set.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
from pathlib import Path

from vocdesk.cli.common import EXIT_OK, EXIT_USER_ERROR, database_arg, print_error
from vocdesk.cli.database import remove_database
from vocdesk.cli.messages import Messages
from vocdesk.cli.progress import (
    CHECKED_ROWS,
    EXPORTED_ROWS,
    IMPORTED_ROWS,
    progress_lines,
)
from vocdesk.cli.sign_in import open_for_command, sign_in, signed_in_database
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error

SURVEY_IMPORTS = {
    "survey": "vocdesk.cli.survey_structure:run_import_structure",
    "responses": "vocdesk.cli.survey_responses:run_import_responses",
}
SURVEY_EXPORTS = {  # each takes the survey's code before the file
    "survey": "vocdesk.cli.survey_structure:run_export_structure",
    "survey-results": "vocdesk.cli.survey_results:run_export_results",
}


def _command(location: str) -> Callable[[argparse.Namespace, Messages], int]:
    module, _, name = location.partition(":")
    run: Callable[[argparse.Namespace, Messages], int] = getattr(
        importlib.import_module(module), name
    )
    return run


def run_import(args: argparse.Namespace, messages: Messages) -> int:
    if args.kind in SURVEY_IMPORTS:
        return _command(SURVEY_IMPORTS[args.kind])(args, messages)
    if args.survey:
        raise user_error(
            "Cli", QT_TRANSLATE_NOOP("Cli", "--survey is for importing responses, not {kind}."),
            kind=args.kind,
        )  # fmt: skip
    return _import_records(args, messages)


def run_export(args: argparse.Namespace, messages: Messages) -> int:
    takes_code = args.kind in SURVEY_EXPORTS
    if len(args.targets) != (2 if takes_code else 1):
        usage = (
            QT_TRANSLATE_NOOP("Cli", "Write it as: vocdesk export {kind} CODE FILE")
            if takes_code
            else QT_TRANSLATE_NOOP("Cli", "Write it as: vocdesk export {kind} FILE")
        )
        raise user_error("Cli", usage, kind=args.kind)
    args.file = args.targets[-1]
    if takes_code:
        args.code = args.targets[0]
        return _command(SURVEY_EXPORTS[args.kind])(args, messages)
    return _export_records(args, messages)


def _import_records(args: argparse.Namespace, messages: Messages) -> int:
    from vocdesk.services.backups import automatic_backup
    from vocdesk.services.transfer import (
        KIND_LABELS,
        check_table,
        check_value_maps,
        importer_class,
        importer_for,
        read_sheet,
    )  # fmt: skip
    from vocdesk.services.transfer_columns_unmatched import unmatched_columns, unmatched_notice
    from vocdesk.ui.i18n import translate, translate_message

    kind, source = args.kind, Path(args.file).expanduser()
    value_maps = parse_value_maps(args.map)
    importer_class(kind)  # an unknown or missing kind is refused before any file is touched
    path = database_arg(args).resolve()
    created = not path.exists()
    db = open_for_command(args, messages, path, create=True)
    try:
        sign_in(db, args, messages)
        importer = importer_for(kind, db)
        if value_maps:  # checked against the kind's vocabularies before the importer sees them
            check_value_maps(importer, value_maps)
            importer = importer_for(kind, db, value_maps)
        sheet = read_sheet(source)
        table = check_table(importer, sheet, progress=progress_lines(messages, CHECKED_ROWS))
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
        from vocdesk.io.table_spec import more_problems_message, problem_order, problems_error

        error = problems_error(source, table.problems, table.more_problems)
        text = messages.error(error).splitlines()
        print_error(text[0])
        for problem in sorted(
            table.problems, key=problem_order
        ):  # every one kept (up to MAX_KEPT_PROBLEMS): scripts may grep them
            print_error(translate_message(problem.as_message()))
        if table.more_problems:
            print_error(translate_message(more_problems_message(table.more_problems)))
        return EXIT_USER_ERROR
    imported = QT_TRANSLATE_NOOP(
        "Cli", "{kind}: %Ln row(s) imported ({added} added, {updated} updated) into {path}",
        None, summary.total,
    )  # fmt: skip
    print(messages.tr(
        imported, summary.total,
        kind=translate("Transfer", KIND_LABELS.get(kind, kind)),
        added=summary.added, updated=summary.updated, path=str(path),
    ))  # fmt: skip
    for notice in summary.notices:
        print("  " + translate_message(notice))
    # Never silently: the file's columns that no column of the kind took (a misspelt heading).
    skipped = unmatched_notice(unmatched_columns(importer.spec, sheet.headers))
    if skipped is not None:
        print("  " + translate_message(skipped))
    return EXIT_OK


def _export_records(args: argparse.Namespace, messages: Messages) -> int:
    from vocdesk.services.transfer import (
        EXPORTERS,
        KIND_LABELS,
        export_file,
        export_notices,
        exporter_for,
        kind_class,
    )  # fmt: skip
    from vocdesk.ui.i18n import translate, translate_message

    kind, target = args.kind, Path(args.file).expanduser().resolve()
    kind_class(EXPORTERS, kind)  # an unknown or missing kind is refused before the database opens
    with signed_in_database(args, messages) as db:
        exporter = exporter_for(kind, db, unmasked=args.unmasked)
        options = {"purpose": args.purpose} if kind == "contacts" else {}
        if args.purpose and kind != "contacts":
            raise user_error(
                "Cli", QT_TRANSLATE_NOOP("Cli", "--purpose is for exporting contacts, not {kind}."),
                kind=kind,
            )  # fmt: skip
        count = export_file(
            exporter, target, search=args.search, progress=progress_lines(messages, EXPORTED_ROWS),
            **options,
        )  # fmt: skip
        notices = export_notices(exporter)
    exported = QT_TRANSLATE_NOOP("Cli", "{kind}: %Ln row(s) exported to {path}", None, count)
    print(messages.tr(
        exported, count,
        kind=translate("Transfer", KIND_LABELS.get(kind, kind)), path=str(target),
    ))  # fmt: skip
    for notice in notices:
        print("  " + translate_message(notice))
    return EXIT_OK


def parse_value_maps(items: list[str]) -> dict[str, dict[str, str]]:
    """``--map status:ปิดเรื่อง=closed`` → {"status": {"ปิดเรื่อง": "closed"}}."""
    maps: dict[str, dict[str, str]] = {}
    for item in items:
        column, colon, rest = item.partition(":")
        text, equals, value = rest.rpartition("=")
        if not colon or not equals or not column.strip() or not text.strip() or not value.strip():
            raise user_error(
                "Cli", QT_TRANSLATE_NOOP("Cli", "--map {item}: write it as COLUMN:TEXT=VALUE, e.g. status:ปิดเรื่อง=closed."),
                item=item,
            )  # fmt: skip
        maps.setdefault(column.strip(), {})[text.strip()] = value.strip()
    return maps
