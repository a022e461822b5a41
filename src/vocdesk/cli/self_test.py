"""``vocdesk --self-test`` (``vocdesk-cli --self-test`` in the bundle): does this install work?

In a temporary folder, the program's main paths are run once on real files, each step printed
with ok or FAILED and its time: the Thai translation and fonts are found, a database is created
and filled with demonstration data, checked, its stakeholders exported to CSV and imported into a
fresh database (the counts must agree), two Thai PDF reports are written and checked (fonts
embedded), and the real window is built, shown and drawn offscreen. Exit code 0 only when every
step passed. Nothing outside the temporary folder is touched (the user's data and settings stay
as they are); Qt draws offscreen, so no screen is needed.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import vocdesk
from vocdesk.cli.common import EXIT_OK, EXIT_UNHEALTHY
from vocdesk.cli.messages import Messages
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, UserError
from vocdesk.paths import fonts_dir, translations_dir

FONT_FILES = (
    "Sarabun-Regular.ttf",
    "Sarabun-Bold.ttf",
    "Sarabun-Italic.ttf",
    "Sarabun-BoldItalic.ttf",
)
PROBE_TEXT = QT_TRANSLATE_NOOP("Cli", "the Thai translation and the fonts are in place")
"""A text of ours whose Thai translation must load: the .qm file is really there."""
FAILED = QT_TRANSLATE_NOOP("Cli", "FAILED")
OK = QT_TRANSLATE_NOOP("Cli", "ok")


@dataclass
class _Scratch:
    """What the steps hand on to each other."""

    folder: Path
    database: Path
    db: Any = None  # vocdesk.services.database.Database, once created
    token_file: Path | None = None  # the administrator's, once the accounts are made


class StepFailed(Exception):
    """A step found something wrong; the text says what (already translated)."""


def run_self_test(args: argparse.Namespace, messages: Messages) -> int:
    # The window is drawn offscreen: no screen is needed, and none is opened on a desktop. Set
    # before Qt starts, and the QApplication made before any message is printed (the messages'
    # translator would otherwise make a QCoreApplication, and the window could not be built).
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from vocdesk.app import _application

    _application()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="vocdesk-self-test-") as folder:
        scratch = _Scratch(Path(folder), Path(folder) / "self-test.sqlite")
        print(messages.tr(
            QT_TRANSLATE_NOOP("Cli", "VocDesk {version} self-test in {folder}"),
            version=vocdesk.__version__, folder=folder,
        ))  # fmt: skip
        steps: list[tuple[str, Callable[[_Scratch, Messages], str]]] = [
            (PROBE_TEXT, _translation_and_fonts),
            (QT_TRANSLATE_NOOP("Cli", "create a database"), _create_database),
            (QT_TRANSLATE_NOOP("Cli", "fill it with demonstration data"), _demo_data),
            (QT_TRANSLATE_NOOP("Cli", "accounts: an administrator signs in with a password and with a token"), _accounts),
            (QT_TRANSLATE_NOOP("Cli", "check the database"), _check),
            (QT_TRANSLATE_NOOP("Cli", "export stakeholders to CSV and import them into a new database"), _round_trip),
            (QT_TRANSLATE_NOOP("Cli", "a bundle sent to another office and received there, encrypted"), _bundle),
            (QT_TRANSLATE_NOOP("Cli", "the PostgreSQL driver loads"), _postgresql_driver),
            (QT_TRANSLATE_NOOP("Cli", "Thai PDF: acknowledgement letter"), _receipt),
            (QT_TRANSLATE_NOOP("Cli", "Thai PDF: PMQA category 3 report"), _pmqa),
            (QT_TRANSLATE_NOOP("Cli", "open the window (offscreen)"), _window),
        ]  # fmt: skip
        failed = 0
        try:
            for name, step in steps:
                failed += not _run_step(messages.tr(name), step, scratch, messages)
        finally:
            if scratch.db is not None:
                scratch.db.dispose()
    seconds = f"{time.perf_counter() - started:.1f}"
    if failed:
        print(messages.tr(
            QT_TRANSLATE_NOOP("Cli", "Self-test FAILED: {failed} of {total} steps failed ({seconds} s)."),
            failed=failed, total=len(steps), seconds=seconds,
        ))  # fmt: skip
        return EXIT_UNHEALTHY
    print(messages.tr(
        QT_TRANSLATE_NOOP("Cli", "Self-test passed: all {total} steps in {seconds} s."),
        total=len(steps), seconds=seconds,
    ))  # fmt: skip
    return EXIT_OK


def _run_step(
    name: str, step: Callable[[_Scratch, Messages], str], scratch: _Scratch, messages: Messages
) -> bool:
    started = time.perf_counter()
    try:
        detail = step(scratch, messages)
        passed = True
    except StepFailed as problem:
        detail, passed = messages.tr(str(problem)), False
    except UserError as problem:
        detail, passed = messages.error(problem), False
    except Exception as problem:  # noqa: BLE001 - a self-test reports every failure and goes on
        detail, passed = f"{type(problem).__name__}: {problem}", False
    seconds = messages.tr(
        QT_TRANSLATE_NOOP("Cli", "{seconds} s"), seconds=f"{time.perf_counter() - started:.1f}"
    )
    status = messages.tr(OK if passed else FAILED)
    line = f"  {status:<8} {name} ({seconds})"
    if detail:
        line += ": " + " ".join(detail.split())
    print(line, flush=True)
    return passed


def _translation_and_fonts(scratch: _Scratch, messages: Messages) -> str:
    from vocdesk.ui.i18n import translator_for

    missing = [name for name in FONT_FILES if not (fonts_dir() / name).is_file()]
    if missing:
        raise StepFailed(messages.tr(
            QT_TRANSLATE_NOOP("Cli", "fonts missing from {folder}: {names}"),
            folder=str(fonts_dir()), names=", ".join(missing),
        ))  # fmt: skip
    if translator_for(translations_dir(), "th")("Cli", PROBE_TEXT) == PROBE_TEXT:
        raise StepFailed(messages.tr(
            QT_TRANSLATE_NOOP("Cli", "no Thai translation in {folder}"),
            folder=str(translations_dir()),
        ))  # fmt: skip
    return str(translations_dir().parent)


def _create_database(scratch: _Scratch, messages: Messages) -> str:
    from vocdesk.services.database import open_database

    scratch.db, result = open_database(scratch.database, create=True)
    return messages.tr(QT_TRANSLATE_NOOP("Cli", "schema {revision}"), revision=result.to_revision)


def _demo_data(scratch: _Scratch, messages: Messages) -> str:
    from vocdesk.domain.clock import thai_today
    from vocdesk.services.demo import generate_demo

    # Today's date, so that the current fiscal year (the PMQA report's default) has data.
    summary = generate_demo(_db(scratch), scale=1, today=thai_today())
    return messages.tr(
        QT_TRANSLATE_NOOP("Cli", "{stakeholders} stakeholders, {complaints} complaints"),
        stakeholders=f"{summary.counts.get('stakeholder', 0):,}",
        complaints=f"{summary.counts.get('complaint', 0):,}",
    )


def _accounts(scratch: _Scratch, messages: Messages) -> str:
    """The demo's accounts and the administrator's token file, as ``vocdesk demo`` makes them;
    then both ways of signing in (Argon2 and the token), as the window and scripts do."""
    from vocdesk.cli.sign_in import read_token
    from vocdesk.cli.users import write_token_file
    from vocdesk.services.accounts import AccountsService
    from vocdesk.services.demo.accounts import create_demo_accounts

    made = create_demo_accounts(_db(scratch))
    scratch.token_file = write_token_file(
        scratch.folder / "self-test.token", made.token, overwrite=True
    )
    accounts = AccountsService(_db(scratch))
    accounts.sign_in(made.administrator, made.password)
    accounts.sign_in_with_token(read_token(scratch.token_file))
    count = 1 + len(made.supervisors) + len(made.staff)
    return messages.tr(QT_TRANSLATE_NOOP("Cli", "%n account(s)", None, count), count)


def _check(scratch: _Scratch, messages: Messages) -> str:
    from vocdesk.services.database import check_database
    from vocdesk.ui.i18n import translate_message

    report = check_database(scratch.database)
    if not report.healthy:
        raise StepFailed(translate_message(report.reason) if report.reason else report.problem)
    return messages.tr(
        QT_TRANSLATE_NOOP("Cli", "schema {revision}"), revision=report.schema_revision
    )


def _round_trip(scratch: _Scratch, messages: Messages) -> str:
    from vocdesk.domain.tables import TableQuery
    from vocdesk.services.database import open_database
    from vocdesk.services.registry.stakeholders import RegistryService
    from vocdesk.services.transfer import export_file, exporter_for, import_file, importer_for

    csv = scratch.folder / "stakeholders.csv"
    original = RegistryService(_db(scratch)).count_stakeholders(TableQuery())
    exported = export_file(exporter_for("stakeholders", _db(scratch), unmasked=True), csv)
    fresh, _ = open_database(scratch.folder / "imported.sqlite", create=True)
    try:
        summary = import_file(importer_for("stakeholders", fresh), csv)
        counted = RegistryService(fresh).count_stakeholders(TableQuery())
    finally:
        fresh.dispose()
    if not exported or not exported == summary.total == counted == original:
        raise StepFailed(messages.tr(
            QT_TRANSLATE_NOOP("Cli", "{original} stakeholders, {exported} exported, {imported} imported, {counted} in the new database"),
            original=original, exported=exported, imported=summary.total, counted=counted,
        ))  # fmt: skip
    return messages.tr(
        QT_TRANSLATE_NOOP("Cli", "{number} stakeholders there and back"), number=f"{counted:,}"
    )


def _bundle(scratch: _Scratch, messages: Messages) -> str:
    """Everything of the demo sent to a head office as an encrypted bundle and merged into a
    new database there (``cryptography``'s AES-GCM and scrypt are in the installation)."""
    from vocdesk.domain.tables import TableQuery
    from vocdesk.services.database import open_database
    from vocdesk.services.exchange.office import InstallationOffice
    from vocdesk.services.exchange.service import ExchangeService
    from vocdesk.services.registry.stakeholders import RegistryService

    passphrase = "self-test passphrase"
    bundle = scratch.folder / "self-test.vocbundle"
    InstallationOffice(_db(scratch)).set("SELF", "Self-test office")
    sent = ExchangeService(_db(scratch)).send(bundle, passphrase, to_office="HQ")
    head_office, _ = open_database(scratch.folder / "head-office.sqlite", create=True)
    try:
        InstallationOffice(head_office).set("HQ", "Self-test head office")
        received = ExchangeService(head_office).receive(bundle, passphrase)
        counted = RegistryService(head_office).count_stakeholders(TableQuery())
    finally:
        head_office.dispose()
    original = RegistryService(_db(scratch)).count_stakeholders(TableQuery())
    if received.already_received or counted != original:
        raise StepFailed(messages.tr(
            QT_TRANSLATE_NOOP("Cli", "{original} stakeholders sent, {counted} at the head office"),
            original=original, counted=counted,
        ))  # fmt: skip
    return messages.tr(
        QT_TRANSLATE_NOOP("Cli", "{records} records in {size} KB"),
        records=f"{sent.records:,}", size=f"{bundle.stat().st_size // 1024:,}",
    )  # fmt: skip


def _postgresql_driver(scratch: _Scratch, messages: Messages) -> str:
    """psycopg and its C implementation, as ``--db postgresql://`` loads them (no server)."""
    import psycopg
    from sqlalchemy import create_engine

    engine = create_engine("postgresql+psycopg://vocdesk@127.0.0.1/vocdesk")
    engine.dispose()
    return f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__})"


def _receipt(scratch: _Scratch, messages: Messages) -> str:
    from vocdesk.domain.tables import TableQuery
    from vocdesk.services.complaints.queues import ComplaintsService
    from vocdesk.services.reports.request import ReportKind

    cases = ComplaintsService(_db(scratch)).list_complaints(TableQuery(sort_key="number"), limit=1)
    if not cases:
        raise StepFailed(messages.tr(QT_TRANSLATE_NOOP("Cli", "no complaint to write to")))
    return _thai_pdf(scratch, messages, ReportKind.RECEIPT, cases[0].number)


def _pmqa(scratch: _Scratch, messages: Messages) -> str:
    from vocdesk.services.reports.request import ReportKind

    return _thai_pdf(scratch, messages, ReportKind.PMQA, "")


def _thai_pdf(scratch: _Scratch, messages: Messages, kind: Any, subject: str) -> str:
    from vocdesk.services.reports.catalogue import ReportService
    from vocdesk.services.reports.request import ReportRequest
    from vocdesk.ui.i18n import translator_for

    out = scratch.folder / f"{kind.value}-th.pdf"
    request = ReportRequest(kind, "th", subject=subject, printed_by="self-test")
    ReportService(_db(scratch)).write(request, translator_for(translations_dir(), "th"), out)
    problem = pdf_problem(out.read_bytes())
    if problem:
        raise StepFailed(messages.tr(problem))
    return messages.tr(
        QT_TRANSLATE_NOOP("Cli", "{size} KB, Sarabun embedded"),
        size=f"{max(1, out.stat().st_size // 1024):,}",
    )


def pdf_problem(pdf: bytes) -> str | None:
    """What is wrong with a report's PDF, read in-process (no poppler on users' computers):
    None when it is a PDF that embeds the Sarabun font (a TrueType FontFile2 and its name)."""
    if not pdf.startswith(b"%PDF-"):
        return QT_TRANSLATE_NOOP("Cli", "the file is not a PDF")
    if b"/FontFile2" not in pdf or b"Sarabun" not in pdf:
        return QT_TRANSLATE_NOOP("Cli", "the Thai font (Sarabun) is not embedded")
    if b"%%EOF" not in pdf[-1024:]:
        return QT_TRANSLATE_NOOP("Cli", "the PDF is cut short")
    return None


def _window(scratch: _Scratch, messages: Messages) -> str:
    from vocdesk.app import render_screenshot

    _db(scratch).dispose()  # the window opens the file itself
    scratch.db = None
    picture = render_screenshot(
        str(scratch.database), "overview", messages.language, scratch.folder / "window.png",
        token_file=scratch.token_file,
    )  # fmt: skip
    size = picture.stat().st_size
    if size < 10_000:  # an empty window is a few KB; one with the Overview's figures is far more
        raise StepFailed(messages.tr(
            QT_TRANSLATE_NOOP("Cli", "the window drew almost nothing ({size} bytes)"), size=size
        ))  # fmt: skip
    return ""


def _db(scratch: _Scratch) -> Any:
    if scratch.db is None:
        raise StepFailed(QT_TRANSLATE_NOOP("Cli", "no database (an earlier step failed)"))
    return scratch.db
