"""The composition root: the one place that builds the concrete objects and wires them together.

``run_gui`` starts the program: the Qt application with the bundled Thai font, the settings
file, the language, the database (the one asked for, else the last one used, else the default
one, created on first start), its services and the main window. ``render_screenshot`` builds
the same window offscreen and saves a picture of one tab, for documentation and for checking
how Thai text looks without a screen.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from vocdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, user_error
from vocdesk.paths import (
    APP_NAME,
    configured_database_path,
    default_database_path,
    icons_dir,
    settings_path,
    translations_dir,
    user_data_dir,
)
from vocdesk.services.accounts import AccountsService, SignedIn
from vocdesk.services.audit import AuditTrailService
from vocdesk.services.complaints.cases import ComplaintCasesService
from vocdesk.services.complaints.categories import ComplaintCategoriesService
from vocdesk.services.complaints.kpis import ComplaintKpisService
from vocdesk.services.complaints.queues import ComplaintsService
from vocdesk.services.database import Database, open_database
from vocdesk.services.encryption import encryption_error, is_encrypted_file
from vocdesk.services.holidays import HolidaysService
from vocdesk.services.listening.channels import ChannelsService
from vocdesk.services.listening.entry import ListeningEntryService
from vocdesk.services.listening.improvement import ImprovementActionsService
from vocdesk.services.listening.log import ListeningService
from vocdesk.services.listening.plan import ListeningPlanService
from vocdesk.services.listening.summary import ListeningSummaryService
from vocdesk.services.overview.figures import OverviewService
from vocdesk.services.pdpa.access_export import AccessExportService
from vocdesk.services.pdpa.consents import ConsentsService
from vocdesk.services.pdpa.notices import PrivacyNoticeService
from vocdesk.services.pdpa.requests import DataSubjectRequestsService
from vocdesk.services.registry.edit import RegistryEditService
from vocdesk.services.registry.segments import SegmentsService
from vocdesk.services.registry.stakeholders import RegistryService
from vocdesk.services.relationships.activities import ActivityService
from vocdesk.services.relationships.indicators import IndicatorsService
from vocdesk.services.relationships.reminders import RemindersService
from vocdesk.services.relationships.timeline import TimelineService
from vocdesk.services.reports.catalogue import ReportService
from vocdesk.services.settings import SettingsService
from vocdesk.services.surveys.analysis import SurveyAnalysisService
from vocdesk.services.surveys.benchmarks import BenchmarkService
from vocdesk.services.surveys.design import SurveyDesignService
from vocdesk.services.surveys.double_entry import DoubleEntryService
from vocdesk.services.surveys.entry import SurveyEntryService
from vocdesk.services.surveys.rounds import SurveysService
from vocdesk.ui import layout
from vocdesk.ui.accounts.session import sign_in_interactively
from vocdesk.ui.encryption.passphrase_dialog import PassphraseDialog
from vocdesk.ui.errors import error_text, install_excepthook, show_error
from vocdesk.ui.fonts import install_thai_font
from vocdesk.ui.garbage import collect_on_gui_thread
from vocdesk.ui.i18n import LanguageManager
from vocdesk.ui.main_window import TAB_NAMES, MainWindow
from vocdesk.ui.models.no_data import reserve_none_references
from vocdesk.ui.qt_messages import install_qt_messages_to_log
from vocdesk.ui.settings import Settings
from vocdesk.ui.surveys.tab import SurveysTab
from vocdesk.ui.tasks import TaskRunner
from vocdesk.ui.window_services import WindowServices

log = logging.getLogger(__name__)

LOG_FILE_NAME = "vocdesk.log"
SETTLE_SECONDS = 0.4  # events processed before a screenshot: row heights are fitted on a timer


def build_services(db: Database, backup_before_upgrade: Path | None = None) -> WindowServices:
    return WindowServices(
        database=db,
        registry=RegistryService(db),
        listening=ListeningService(db),
        listening_entries=ListeningEntryService(db),
        channels=ChannelsService(db),
        surveys=SurveysService(db),
        complaints=ComplaintsService(db),
        timeline=TimelineService(db),
        overview=OverviewService(db),
        holidays=HolidaysService(db),  # who changed a day: the person signed in
        listening_plan=ListeningPlanService(db),
        improvements=ImprovementActionsService(db),
        listening_summary=ListeningSummaryService(db),
        backup_before_upgrade=backup_before_upgrade,
        complaint_cases=ComplaintCasesService(db),
        complaint_categories=ComplaintCategoriesService(db),
        complaint_kpis=ComplaintKpisService(db),
        registry_edit=RegistryEditService(db),
        segments=SegmentsService(db),
        survey_analysis=SurveyAnalysisService(db),
        survey_design=SurveyDesignService(db),
        survey_entry=SurveyEntryService(db),
        survey_double_entry=DoubleEntryService(db),
        survey_benchmarks=BenchmarkService(db),
        activities=ActivityService(db),
        indicators=IndicatorsService(db),
        reminders=RemindersService(db),
        agency_settings=SettingsService(db),
        reports=ReportService(db),
        accounts=AccountsService(db),
        audit=AuditTrailService(db),
        pdpa_requests=DataSubjectRequestsService(db),
        access_export=AccessExportService(db),
        consents=ConsentsService(db),
        privacy_notices=PrivacyNoticeService(db),
    )


def connect_database(location: str, create: bool, passphrase: str | None = None) -> WindowServices:
    """Open (and, with ``create``, create) a database, with an encrypted file's ``passphrase``,
    and build its services; may run on a worker thread, since it touches no Qt object."""
    db, result = open_database(location, create=create, passphrase=passphrase)
    return build_services(db, result.backup)


def build_main_window(
    db: Database, settings: Settings, language_manager: LanguageManager, task_runner: TaskRunner
) -> MainWindow:
    return MainWindow(build_services(db), settings, language_manager, task_runner, connect_database)


def _application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    reserve_none_references()  # before Qt runs: PySide6 6.12 loses references to None and True
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(_app_icon())
    collect_on_gui_thread(app)
    return app


def _app_icon() -> QIcon:
    """VocDesk's icon in every size drawn (resources/icons), for the title bar and task bar."""
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        path = icons_dir() / f"vocdesk-{size}.png"
        if path.is_file():
            icon.addFile(str(path))
    return icon


def _open_at_start(
    requested: str | None,
    settings: Settings,
    offer_backup: Callable[[Path], bool] | None = None,
    ask_passphrase: Callable[[str], Database | None] | None = None,
) -> tuple[Database, list[UserError]]:
    """The asked-for database, else the one an installer configured (``VOCDESK_DB`` or
    ``vocdesk.ini``), else the last one used, else the default one (created if missing). A file
    that cannot be opened is reported and the next one is tried; first, when it has automatic
    backups, ``offer_backup(path)`` may restore the latest one (True: opened again).

    An encrypted file is opened by ``ask_passphrase(location)`` (the passphrase dialog; None:
    cancelled, reported as encrypted, and the next one is tried)."""
    candidates: list[tuple[str, bool]] = []
    if requested:
        candidates.append((requested, True))
    elif (configured := configured_database_path()) is not None:
        candidates.append((str(configured), True))
    elif settings.last_database:
        candidates.append((settings.last_database, False))
    candidates.append((str(default_database_path()), True))
    problems: list[UserError] = []
    for location, create in candidates:
        encrypted = _encrypted_file(location)
        if ask_passphrase is not None and encrypted is not None:
            opened = ask_passphrase(location)
            if opened is None:
                problems.append(encryption_error("encrypted", encrypted))
                continue
            return opened, problems
        try:
            db, _result = open_database(location, create=create)
        except UserError as problem:
            path = Path(location) if "://" not in location else None
            if offer_backup is not None and path is not None and path.is_file():
                try:
                    if offer_backup(path):  # the copy's passphrase, if it is encrypted
                        from vocdesk.services.backups import restored_passphrase

                        key = restored_passphrase(path)
                        db, _result = open_database(location, create=False, passphrase=key)
                        return db, problems
                except UserError as second:  # the restore, or the restored file, refused
                    problems.append(second)
            problems.append(problem)
            continue
        return db, problems
    raise problems[-1]


def _encrypted_file(location: str) -> Path | None:
    """The file at ``location`` when it is an encrypted database (None: plain, new or a URL)."""
    if "://" in location:
        return None
    path = Path(location).expanduser()
    return path if is_encrypted_file(path) else None


def _ask_passphrase(location: str) -> Database | None:
    """The passphrase dialog over an encrypted file at start (no window yet): the database it
    opened, or None when the person cancelled."""
    dialog: PassphraseDialog[Database] = PassphraseDialog(
        Path(location).expanduser(),
        lambda passphrase: open_database(location, create=False, passphrase=passphrase)[0],
    )
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.opened
    finally:
        dialog.deleteLater()


def _offer_latest_backup(path: Path) -> bool:
    """Ask whether to restore the latest automatic copy of ``path``; restore it if so."""
    from vocdesk.services.backups import restore_database
    from vocdesk.ui.backups_dialog import offer_latest_backup
    from vocdesk.ui.encryption.backup_passphrase_dialog import (
        BackupPassphraseDialog,
        refuses_passphrase,
    )

    chosen = offer_latest_backup(None, path)
    if chosen is None:
        return False
    passphrase: str | None = None
    while True:  # an encrypted copy under a passphrase not known here: asked (Cancel: refused)
        try:
            restore_database(chosen, path, passphrase=passphrase)
            return True
        except UserError as error:
            wrong = refuses_passphrase(error, chosen)
            if wrong is None:
                raise
            dialog = BackupPassphraseDialog(chosen, problem=error_text(error) if wrong else "")
            try:
                if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.opened:
                    raise
                passphrase = dialog.opened
            finally:
                dialog.deleteLater()


def _automatic_backup(database: Database, reason: str) -> None:
    """The daily or exit copy; a failure is logged, never in the user's way."""
    from vocdesk.services.backups import automatic_backup, backup_if_due

    if database.path is None:
        return
    try:
        if reason == "daily":
            backup_if_due(database.path)
        else:
            automatic_backup(database.path, reason)
    except Exception:  # noqa: BLE001 - a copy that failed must not stop the program
        log.exception("the %s backup of %s failed", reason, database.path)


def sign_in_with_token_file(db: Database, token_file: Path) -> SignedIn:
    """Sign in on ``db`` with the token kept in ``token_file`` (issued by an administrator:
    ``vocdesk users token NAME --out FILE``); the file's first line is the token."""
    try:
        token = Path(token_file).read_text(encoding="utf-8").strip()
    except UnicodeDecodeError:
        token = ""
    return AccountsService(db).sign_in_with_token(token)


def _sign_in_at_start(db: Database, token_file: Path | None) -> SignedIn | None:
    """Who works in the window: the token file's account, else the person who signs in (or
    the first administrator of a database that has none). None: they chose to quit."""
    if token_file is not None:
        return sign_in_with_token_file(db, token_file)
    return sign_in_interactively(AccountsService(db), db.location)


def run_gui(
    database: str | None, *, language: str | None = None, token_file: Path | None = None
) -> int:
    """Start the desktop program on ``database`` (a file path or a server URL) and return the
    exit code once the window closes. Before the window, someone signs in (with
    ``token_file``'s token when given); quitting the sign-in ends the program (code 0).

    Signing out closes the window and asks who signs in next; the window is then built anew
    for them, since what it offers follows their permissions."""
    app = _application()
    install_thai_font(app)
    hook = install_excepthook(user_data_dir() / "logs" / LOG_FILE_NAME)
    install_qt_messages_to_log()  # Qt's plugin noise to the log file, not the terminal
    settings = Settings(settings_path())
    languages = LanguageManager(app, translations_dir())
    lang = language or settings.language
    languages.set_language(lang)
    settings.language = lang
    runner = TaskRunner(app)
    db: Database | None = None
    try:
        db, problems = _open_at_start(database, settings, _offer_latest_backup, _ask_passphrase)
        if _sign_in_at_start(db, token_file) is None:
            db.dispose()
            hook.uninstall()
            return 0
        window = build_main_window(db, settings, languages, runner)
    except Exception as error:  # noqa: BLE001 - the user gets a message box, the log the details
        if not isinstance(error, UserError):
            log.exception("the window could not be built")
        QMessageBox.critical(None, APP_NAME, error_text(error))
        if db is not None:
            db.dispose()
        hook.uninstall()
        return 1 if isinstance(error, UserError) else 3
    settings.last_database = db.location
    # The program ends when the window is closed, not when a sign-out closes it for a while.
    app.setQuitOnLastWindowClosed(False)
    current = [window]

    def closed(old: MainWindow) -> None:
        if not old.signing_out:
            app.quit()
            return
        QTimer.singleShot(0, lambda: sign_in_again(old))

    def sign_in_again(old: MainWindow) -> None:
        database = old.services.database
        accounts = AccountsService(database)
        try:
            signed_in = sign_in_interactively(accounts, database.location)
        except Exception as error:  # noqa: BLE001 - said in a box; the program then ends
            if not isinstance(error, UserError):
                log.exception("signing in again failed")
            QMessageBox.critical(None, APP_NAME, error_text(error))
            signed_in = None
        if signed_in is None:
            app.quit()
            return
        try:
            fresh = build_main_window(database, settings, languages, runner)
        except Exception as error:  # noqa: BLE001 - the user gets a message box, the log the details
            if not isinstance(error, UserError):
                log.exception("the window could not be built")
            QMessageBox.critical(None, APP_NAME, error_text(error))
            app.quit()
            return
        old.deleteLater()
        show(fresh)

    def show(new: MainWindow) -> None:
        current[0] = new
        new.closed.connect(lambda: closed(new))
        new.show()

    show(window)
    for problem in problems:
        show_error(window, problem)
    # The schedule: a copy at the first start of each day, made beside the running window.
    runner.run(lambda _progress: _automatic_backup(db, "daily"), on_done=lambda _none: None)
    try:
        return app.exec()
    finally:
        app.setQuitOnLastWindowClosed(True)
        last = current[0]
        runner.cancel_all()
        runner.wait_all(5000)
        _automatic_backup(last.services.database, "exit")
        try:
            AccountsService(last.services.database).sign_out()  # audited: who left, when
        except Exception:  # noqa: BLE001 - a locked file must not stop the program closing
            log.exception("signing out at the end failed")
        last.services.database.dispose()
        # The window goes with its database: no later event (a language change in a longer-lived
        # application, as in tests) may reach its tabs and their services.
        last.closed.disconnect()
        current.clear()
        last.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        settings.sync()
        hook.uninstall()


def _has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _choose_survey_page(surveys: SurveysTab, code: str | None, page: str | None) -> None:
    if code and not surveys.select_survey(code):
        raise user_error(
            "Screenshot",
            QT_TRANSLATE_NOOP("Screenshot", "There is no survey “{code}” in this database."),
            code=code,
        )
    if page and not surveys.show_page(page):
        raise user_error(
            "Screenshot",
            QT_TRANSLATE_NOOP("Screenshot", "There is no page “{page}”; choose one of: {pages}."),
            page=page,
            pages=", ".join(surveys.page_names()),
        )


def _choose_richest_history(window: MainWindow) -> None:
    """The Timeline tab's picture shows the stakeholder with the longest history, not whoever
    comes first in the alphabet."""
    richest = window.services.timeline.richest_stakeholder()
    if richest is not None:
        window.tab("timeline").show_stakeholder(richest)


def render_screenshot(
    database: str,
    tab: str,
    language: str,
    out: Path,
    size: tuple[int, int] = layout.MAIN_WINDOW_SIZE,
    *,
    survey: str | None = None,
    page: str | None = None,
    token_file: Path | None = None,
) -> Path:
    """Save a PNG of ``tab`` of the window on ``database`` in ``language`` ("th"/"en").

    On the Surveys tab, ``survey`` (a code) chooses the round and ``page`` (results,
    dissatisfaction, benchmark, entry, double_entry) the page shown below the list.
    Works without a screen (Qt's offscreen platform). The user's settings are not touched.
    A database with accounts is seen as the account of ``token_file``'s token; one with no
    administrator yet (setting up) needs none.
    """  # fmt: skip
    if tab not in TAB_NAMES:
        raise user_error(
            "Screenshot",
            QT_TRANSLATE_NOOP("Screenshot", "There is no tab “{tab}”; choose one of: {tabs}."),
            tab=tab,
            tabs=", ".join(TAB_NAMES),
        )
    if QCoreApplication.instance() is None and not _has_display():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = _application()
    install_thai_font(app)
    out = Path(out)
    db, _result = open_database(database, create=False)
    try:
        if token_file is not None:
            sign_in_with_token_file(db, token_file)
        elif not AccountsService(db).needs_first_administrator():
            raise user_error("Screenshot", QT_TRANSLATE_NOOP("Screenshot",
                             "This database has accounts: give a token file (--token-file) to "
                             "take its picture as that account."))  # fmt: skip
    except BaseException:
        db.dispose()
        raise
    languages = LanguageManager(app, translations_dir())
    runner = TaskRunner(app)
    try:
        with tempfile.TemporaryDirectory(prefix="vocdesk-shot-") as scratch:
            languages.set_language(language)
            window = build_main_window(
                db, Settings(Path(scratch) / "settings.ini"), languages, runner
            )
            window.resize(*size)
            window.select_tab(tab)
            window.show()
            if tab == "surveys" and (survey or page):
                runner.wait_all(60_000)  # the list of rounds first
                _choose_survey_page(window.tab("surveys"), survey, page)
            if tab == "timeline":
                _choose_richest_history(window)
            # The first batches load as the tabs are built; the Overview's figures and any
            # search arrive from worker threads; row heights follow on a timer.
            runner.wait_all(60_000)
            deadline = time.monotonic() + SETTLE_SECONDS
            while time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.01)
            out.parent.mkdir(parents=True, exist_ok=True)
            saved = window.grab().save(str(out))
            window.close()
            window.deleteLater()
            app.processEvents()
        if not saved:
            raise user_error(
                "Screenshot",
                QT_TRANSLATE_NOOP("Screenshot", "The picture could not be saved to {path}."),
                path=str(out),
            )
        return out
    finally:
        runner.wait_all(5000)
        languages.set_language("en")  # take our translators out of a longer-lived application
        languages.deleteLater()
        db.dispose()
