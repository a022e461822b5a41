"""``vocdesk pdpa anonymise --id ID``: erase one person by anonymisation (issue 19).

The person is named by their record's id or national ID. On a terminal the command says who
and asks to confirm (the act cannot be undone); a script passes ``--yes``, and without it a
command whose input is not a terminal refuses, so a pipe cannot erase someone by accident.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from vocdesk.cli.common import EXIT_OK
from vocdesk.cli.messages import Messages
from vocdesk.cli.sign_in import signed_in_database
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error

ActionMaker = Callable[[str, str, Callable[..., int]], argparse.ArgumentParser]


def add_anonymise_action(
    action: ActionMaker,
    tr: Callable[[str], str],
    person_option: Callable[[argparse.ArgumentParser, Callable[[str], str]], None],
) -> None:
    sub = action("anonymise", QT_TRANSLATE_NOOP(
        "Cli", "erase one person by anonymisation: personal fields replaced, their records scrubbed, attachments removed (cannot be undone)"
    ), run_anonymise)  # fmt: skip
    person_option(sub, tr)
    sub.add_argument("--yes", action="store_true", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "do not ask for confirmation (needed when the input is not a terminal)"
    )))  # fmt: skip


def run_anonymise(args: argparse.Namespace, messages: Messages) -> int:
    from vocdesk.services.pdpa.anonymise import AnonymiseService
    from vocdesk.services.pdpa.person_data import PersonDataService

    with signed_in_database(args, messages) as db:
        service = AnonymiseService(db)
        person_id = service.find_person(args.person)
        if not args.yes:  # named as the window names them, so the right person is confirmed
            person = PersonDataService(db).find(str(person_id))
            _confirm(messages, f"{person.name} ({person_id})")
        done = service.anonymise_person(person_id)
    print(messages.tr(QT_TRANSLATE_NOOP(
        "Cli", "Anonymised {id}: now {name}; {records} records scrubbed, {files} attachments removed, {audit} audit entries scrubbed."
    ), id=str(person_id), name=done.shown_as, records=f"{done.total_records:,}",
        files=f"{done.attachments_removed:,}", audit=f"{done.audit_entries_scrubbed:,}"))  # fmt: skip
    if done.cleaning_unfinished:
        print(messages.tr(QT_TRANSLATE_NOOP(
            "Cli", "Another program has the database open: the old copies of the erased data leave the file when the last program closes it."
        )))  # fmt: skip
    return EXIT_OK


def _confirm(messages: Messages, person: str) -> None:
    if sys.stdin is None or not sys.stdin.isatty():
        raise user_error("Cli", QT_TRANSLATE_NOOP(
            "Cli", "Anonymising cannot be undone: confirm with --yes when the input is not a terminal."
        ))  # fmt: skip
    question = messages.tr(QT_TRANSLATE_NOOP(
        "Cli", "Anonymise {id}? Their personal data will be replaced and cannot be brought back. Type yes to go on: "
    ), id=person)  # fmt: skip
    answer = input(question).strip().casefold()
    if answer not in ("yes", "y", messages.tr(QT_TRANSLATE_NOOP("Cli", "yes")).casefold()):
        raise user_error("Cli", QT_TRANSLATE_NOOP("Cli", "Not anonymised: not confirmed."))
