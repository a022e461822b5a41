"""``vocdesk demo``: a database filled with realistic demonstration data."""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import TYPE_CHECKING

from vocdesk.cli.common import EXIT_OK
from vocdesk.cli.messages import Messages
from vocdesk.cli.progress import progress_printer
from vocdesk.cli.users import write_token_file
from vocdesk.domain.clock import thai_today
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error
from vocdesk.paths import ServerDatabase, make_private_dir, user_data_dir

if TYPE_CHECKING:
    from vocdesk.services.demo.accounts import DemoAccounts

# What each table's rows are, in words, with Qt plural forms (the fourth argument files each
# as a numerus entry); a table not listed is counted among "other records".
ROW_LABELS = {
    "stakeholder": QT_TRANSLATE_NOOP("Cli", "%Ln stakeholder(s)", None, 0),
    "segment": QT_TRANSLATE_NOOP("Cli", "%Ln stakeholder segment(s)", None, 0),
    "feedback_entry": QT_TRANSLATE_NOOP("Cli", "%Ln listening log entries", None, 0),
    "channel": QT_TRANSLATE_NOOP("Cli", "%Ln listening channel(s)", None, 0),
    "listening_plan_item": QT_TRANSLATE_NOOP("Cli", "%Ln planned listening channel(s)", None, 0),
    "survey": QT_TRANSLATE_NOOP("Cli", "%Ln survey round(s)", None, 0),
    "survey_question": QT_TRANSLATE_NOOP("Cli", "%Ln survey question(s)", None, 0),
    "survey_choice": QT_TRANSLATE_NOOP("Cli", "%Ln answer choice(s)", None, 0),
    "survey_dimension": QT_TRANSLATE_NOOP("Cli", "%Ln survey dimension(s)", None, 0),
    "survey_target_segment": QT_TRANSLATE_NOOP("Cli", "%Ln survey target segment(s)", None, 0),
    "survey_response": QT_TRANSLATE_NOOP("Cli", "%Ln survey response(s)", None, 0),
    "survey_answer": QT_TRANSLATE_NOOP("Cli", "%Ln survey answer(s)", None, 0),
    "survey_benchmark": QT_TRANSLATE_NOOP("Cli", "%Ln benchmark result(s)", None, 0),
    "complaint": QT_TRANSLATE_NOOP("Cli", "%Ln complaint(s)", None, 0),
    "complaint_status_change": QT_TRANSLATE_NOOP("Cli", "%Ln complaint status change(s)", None, 0),
    "complaint_attachment": QT_TRANSLATE_NOOP("Cli", "%Ln complaint attachment(s)", None, 0),
    "complaint_category": QT_TRANSLATE_NOOP("Cli", "%Ln complaint categories", None, 0),
    "complaint_root_cause": QT_TRANSLATE_NOOP("Cli", "%Ln root cause(s) of complaints", None, 0),
    "complaint_officer": QT_TRANSLATE_NOOP("Cli", "%Ln complaint officer(s)", None, 0),
    "complaint_access": QT_TRANSLATE_NOOP(
        "Cli", "%Ln officer access right(s) to confidential cases", None, 0
    ),
    "improvement_action": QT_TRANSLATE_NOOP("Cli", "%Ln improvement action(s)", None, 0),
    "improvement_feedback": QT_TRANSLATE_NOOP(
        "Cli", "%Ln link(s) from improvement actions to listening entries", None, 0
    ),
    "improvement_complaint": QT_TRANSLATE_NOOP(
        "Cli", "%Ln link(s) from improvement actions to complaints", None, 0
    ),
    "improvement_survey_finding": QT_TRANSLATE_NOOP(
        "Cli", "%Ln link(s) from improvement actions to survey findings", None, 0
    ),
    "activity": QT_TRANSLATE_NOOP("Cli", "%Ln timeline activities", None, 0),
    "activity_participant": QT_TRANSLATE_NOOP("Cli", "%Ln activity participant(s)", None, 0),
    "reminder": QT_TRANSLATE_NOOP("Cli", "%Ln contact reminder(s)", None, 0),
    "contact_interval": QT_TRANSLATE_NOOP("Cli", "%Ln contact interval(s)", None, 0),
    "audit_entry": QT_TRANSLATE_NOOP("Cli", "%Ln audit log entries", None, 0),
    "service": QT_TRANSLATE_NOOP("Cli", "%Ln service(s)", None, 0),
    "segment_service": QT_TRANSLATE_NOOP(
        "Cli", "%Ln link(s) between segments and services", None, 0
    ),
    "office": QT_TRANSLATE_NOOP("Cli", "%Ln office(s)", None, 0),
    "holiday": QT_TRANSLATE_NOOP("Cli", "%Ln public holiday(s)", None, 0),
    "app_setting": QT_TRANSLATE_NOOP("Cli", "%Ln agency setting(s)", None, 0),
    "complaint_setting": QT_TRANSLATE_NOOP("Cli", "%Ln complaint handling setting(s)", None, 0),
    "privacy_notice": QT_TRANSLATE_NOOP("Cli", "%Ln privacy notice version(s)", None, 0),
    "privacy_notice_shown": QT_TRANSLATE_NOOP(
        "Cli", "%Ln record(s) of the privacy notice shown to a person", None, 0
    ),
    "consent": QT_TRANSLATE_NOOP("Cli", "%Ln consent(s)", None, 0),
    "data_subject_request": QT_TRANSLATE_NOOP("Cli", "%Ln request(s) of data subjects", None, 0),
    "retention_policy": QT_TRANSLATE_NOOP("Cli", "%Ln retention period(s)", None, 0),
    "retention_run": QT_TRANSLATE_NOOP("Cli", "%Ln retention review(s)", None, 0),
}
OTHER_ROWS = QT_TRANSLATE_NOOP("Cli", "%Ln other record(s)", None, 0)


def run_demo(args: argparse.Namespace, messages: Messages) -> int:
    from vocdesk.services.accounts import AccountsService
    from vocdesk.services.database import open_database
    from vocdesk.services.demo import generate_demo
    from vocdesk.services.demo.accounts import create_demo_accounts

    given = args.db or args.top_db
    path = (
        ServerDatabase(given)  # a database server's URL (issue 20)
        if given and "://" in given
        else Path(given or user_data_dir() / "demo.sqlite").expanduser()
    )
    started = time.perf_counter()
    db, _ = open_database(path)
    try:
        if not AccountsService(db).needs_first_administrator():
            raise user_error("Cli", QT_TRANSLATE_NOOP(
                "Cli", "{path} already has an administrator: demonstration data goes into a new database (give --db a new file)."
            ), path=str(path))  # fmt: skip
        summary = generate_demo(
            db, scale=args.scale, seed=args.seed, progress=progress_printer(),
            today=args.today or thai_today(),  # recent data, so queues and overdue look real
        )  # fmt: skip
        accounts = create_demo_accounts(db)
    finally:
        db.dispose()
    token_file = write_token_file(token_path_beside(path), accounts.token, overwrite=True)
    seconds = f"{time.perf_counter() - started:.1f}"
    print(messages.tr(
        QT_TRANSLATE_NOOP("Cli", "Demo data written to {path} in {seconds} s (scale {scale}, seed {seed}):"),
        path=str(path), seconds=seconds, scale=summary.scale, seed=summary.seed,
    ))  # fmt: skip
    for line in made_lines(summary.counts, messages):
        print("  " + line)
    for line in account_lines(accounts, path, token_file, messages):
        print(line)
    return EXIT_OK


def token_path_beside(database: Path) -> Path:
    """Where ``vocdesk demo`` keeps its administrator's token: ``<database stem>.token``; for a
    database server, ``<database name>.token`` in the user's data folder."""
    if isinstance(database, ServerDatabase):
        name = database.url.rsplit("/", 1)[-1].split("?", 1)[0] or "vocdesk"
        return make_private_dir(user_data_dir()) / f"{name}.token"
    return database.with_name(database.stem + ".token")


def account_lines(
    accounts: DemoAccounts, database: Path, token_file: Path, messages: Messages
) -> list[str]:
    """How to sign in on the demo database: the window's name and password, the token file."""
    officers = len(accounts.supervisors) + len(accounts.staff)
    return [
        messages.tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Sign in to the window as {login} with the password {password} (demonstration data only: never use it for a real database).",
            ),
            login=accounts.administrator,
            password=accounts.password,
        ),  # fmt: skip
        messages.tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "  %n officer account(s) with the same password, named as the cases they are assigned to: vocdesk users list --db {path}",
                None,
                officers,
            ),
            officers,
            path=str(database),
        ),  # fmt: skip
        messages.tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "The administrator's token for commands and scripts: {path} (readable by you only); use it with --token-file {path}",
            ),
            path=str(token_file),
        ),  # fmt: skip
    ]


def made_lines(counts: dict[str, int], messages: Messages) -> list[str]:
    """What a demo run made, one line a kind of record, most first ("5,000 listening log
    entries"), in words: never a table's name."""
    others = sum(count for table, count in counts.items() if table not in ROW_LABELS)
    known = [(count, ROW_LABELS[table]) for table, count in counts.items() if table in ROW_LABELS]
    if others:
        known.append((others, OTHER_ROWS))
    return [messages.tr(text, count) for count, text in sorted(known, key=lambda item: -item[0])]
