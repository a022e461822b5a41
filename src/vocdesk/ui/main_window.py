"""The main window: six tabs over the open database, its menus and its status bar.

The window builds no services: ``app.py`` hands it the services of the open database
(``WindowServices``) and a function that opens another one. Opening a database runs through the
TaskRunner, so the window stays responsive and shows progress; its errors go to ``show_error``.
The File menu's work on files (back up, import, export) is ``file_actions.FileActions``; the
status bar is ``window_status.WindowStatusBar``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QTabWidget, QWidget

from vocdesk.domain.accounts import Permission
from vocdesk.domain.messages import UserError
from vocdesk.services.authorization import acting, may
from vocdesk.services.backups import BackupsService, RestoreResult
from vocdesk.services.database import Database
from vocdesk.services.encryption import EncryptionService, is_encrypted_file
from vocdesk.services.pdpa.retention import RetentionService
from vocdesk.services.transfer import EXPORTERS, IMPORTERS, KIND_LABELS, kind_present
from vocdesk.ui import layout
from vocdesk.ui.about_dialog import AboutDialog
from vocdesk.ui.accounts.change_password_dialog import ChangePasswordDialog
from vocdesk.ui.accounts.common import role_name
from vocdesk.ui.accounts.first_admin_dialog import FirstAdministratorDialog
from vocdesk.ui.accounts.session import sign_in_interactively
from vocdesk.ui.accounts.users_dialog import UsersDialog
from vocdesk.ui.agency_settings_dialog import AgencySettingsDialog
from vocdesk.ui.audit.audit_dialog import AuditTrailDialog
from vocdesk.ui.backups_dialog import BackupsDialog, choose_restore_file, confirm_restore
from vocdesk.ui.complaints.kpis_page import ComplaintKpisPage
from vocdesk.ui.complaints.tab import ComplaintsTab
from vocdesk.ui.encryption.backup_passphrase_dialog import (
    BackupPassphraseDialog,
    refuses_passphrase,
)
from vocdesk.ui.encryption.encrypt_dialog import EncryptDatabaseDialog
from vocdesk.ui.encryption.passphrase_dialog import PassphraseDialog
from vocdesk.ui.errors import error_text, show_error
from vocdesk.ui.exchange.actions import ExchangeActions
from vocdesk.ui.file_actions import FileActions
from vocdesk.ui.holidays.holidays_dialog import HolidaysDialog
from vocdesk.ui.i18n import LanguageManager, translate
from vocdesk.ui.listening.feedback_log import LogServices
from vocdesk.ui.listening.improvement_page import ImprovementActionsPage
from vocdesk.ui.listening.plan_page import ListeningPlanPage
from vocdesk.ui.listening.summary_page import ListeningSummaryPage
from vocdesk.ui.listening.tab import ListeningTab
from vocdesk.ui.models.table_export import TableSnapshot
from vocdesk.ui.overview.drill_down import open_list
from vocdesk.ui.overview.tab import OverviewTab
from vocdesk.ui.pdpa.requests_dialog import RequestsDialog, RequestsServices
from vocdesk.ui.pdpa.retention_dialog import RetentionDialog
from vocdesk.ui.registry.tab import StakeholdersTab
from vocdesk.ui.relationships.activity_form import ActivityForm
from vocdesk.ui.relationships.tab import TimelineServices, TimelineTab
from vocdesk.ui.reports.menu import ReportsMenu
from vocdesk.ui.settings import Settings
from vocdesk.ui.surveys.tab import SurveyServices, SurveysTab
from vocdesk.ui.tasks import Progress, TaskRunner
from vocdesk.ui.transfer.import_wizard import ImportWizard
from vocdesk.ui.widgets.column_sizing import sizer_of
from vocdesk.ui.widgets.list_tab import ExportJob
from vocdesk.ui.widgets.pages import Page, as_page, page_at
from vocdesk.ui.widgets.searchable_table import SearchableTable
from vocdesk.ui.window_services import DatabaseConnector, WindowServices
from vocdesk.ui.window_status import STATUS_MESSAGE_MS, WindowStatusBar

RECOUNT_DELAY_MS = 250  # lists that reload together are recounted once
ENCRYPTION_WAIT_MS = 10_000  # the reads under way finish before the file is converted

__all__ = [
    "LANGUAGE_NAMES",
    "STATUS_MESSAGE_MS",
    "TAB_NAMES",
    "DatabaseConnector",
    "MainWindow",
    "WindowServices",
]

TAB_NAMES = ("overview", "stakeholders", "listening", "surveys", "complaints", "timeline")
LANGUAGE_NAMES = {"th": "ไทย", "en": "English"}  # each language in its own words: never translated


@runtime_checkable
class WindowTab(Page, Protocol):
    """What the window asks of each of its tabs, besides a title and a refresh."""

    def focus_search(self) -> None: ...

    def export_job(self) -> ExportJob | None: ...


def _window_tab(widget: QWidget | None) -> WindowTab:
    if not isinstance(widget, WindowTab):
        raise TypeError(f"{widget!r} is not a window tab")
    return widget


def _activity_form_maker(
    services: WindowServices,
) -> Callable[[uuid.UUID, QWidget], ActivityForm] | None:
    """The Stakeholders tab's "New activity…": the relationships' activity form, not yet shown."""
    activities = services.activities
    if activities is None:
        return None
    return lambda stakeholder_id, parent: ActivityForm(activities, stakeholder_id, parent=parent)


class MainWindow(QMainWindow):
    # The window closed (``signing_out`` says whether for a sign-out: the program then asks
    # who signs in next and builds a new window for them).
    closed = Signal()

    def __init__(
        self,
        services: WindowServices,
        settings: Settings,
        language_manager: LanguageManager,
        task_runner: TaskRunner,
        connect: DatabaseConnector,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self._settings = settings
        self._languages = language_manager
        self._tasks = task_runner
        self._connect = connect
        self.services = services
        self.signing_out = False
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.status = WindowStatusBar(self)
        self.setStatusBar(self.status)
        # When the records counted changed (one added or removed anywhere), the Timeline,
        # which lists them all, reads again.
        self.status.counts_changed.connect(lambda: self.tab("timeline").refresh())
        self._recount_timer = QTimer(self)
        self._recount_timer.setSingleShot(True)
        self._recount_timer.setInterval(RECOUNT_DELAY_MS)
        self._recount_timer.timeout.connect(self._recount)
        self.location_label = self.status.location_label
        self.counts_label = self.status.counts_label
        self.files = FileActions(
            self,
            task_runner,
            self.status,
            services=lambda: self.services,
            open_location=self._open_for_files,
            after_import=self.refresh,
        )
        # File › Send…, Receive…, Conflicts between offices…, the office (issue 20).
        self.exchange = ExchangeActions(self, task_runner, lambda: self.services.database)
        self._build_actions()
        self._build_menus()
        self._install(services)
        language_manager.language_changed.connect(self._check_language)
        self._check_language(language_manager.language)
        if not settings.window_geometry or not self.restoreGeometry(settings.window_geometry):
            self.resize(*layout.MAIN_WINDOW_SIZE)
        if settings.window_state:
            self.restoreState(settings.window_state)
        self.retranslate()
        QTimer.singleShot(0, self.exchange, self.exchange.after_sign_in)

    # --- building ----------------------------------------------------------------------
    def _action(self, name: str, slot: Callable[[], Any], shortcut: Any = None) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(
            "new_database", self.new_database, QKeySequence.StandardKey.New
        )
        self.open_action = self._action(
            "open_database", self.open_database, QKeySequence.StandardKey.Open
        )
        self.export_action = self._action("export_table", self.export_current_table, "Ctrl+E")
        self.backup_action = self._action("backup_database", self.backup_database)
        self.backups_action = self._action("backups", self.show_backups)
        self.restore_action = self._action("restore_database", self.restore_database)
        self.encryption_action = self._action("encryption", self.show_encryption)
        # File > Import and File > Export: one action per kind of services.transfer.
        self.import_actions = {
            kind: self._action(f"import_{kind}", partial(self.open_import_wizard, kind))
            for kind in IMPORTERS
        }
        self.export_actions = {
            kind: self._action(f"export_{kind}", partial(self.export_kind, kind))
            for kind in EXPORTERS
        }
        for registry, actions in (
            (IMPORTERS, self.import_actions),
            (EXPORTERS, self.export_actions),
        ):
            for kind, action in actions.items():
                action.setEnabled(kind_present(registry, kind))
        self.agency_settings_action = self._action("agency_settings", self.show_agency_settings)
        self.holidays_action = self._action("holidays", self.show_holidays)
        self.quit_action = self._action("quit", self.close, QKeySequence.StandardKey.Quit)
        self.refresh_action = self._action(
            "refresh", self.refresh, QKeySequence.StandardKey.Refresh
        )
        self.search_action = self._action(
            "search", self.focus_search, QKeySequence.StandardKey.Find
        )
        self.about_action = self._action("about", self.show_about)
        self.signed_in_action = QAction(self)
        self.signed_in_action.setObjectName("signed_in_as")
        self.signed_in_action.setEnabled(False)  # a heading, not a command
        self.change_password_action = self._action("change_password", self.change_password)
        self.sign_out_action = self._action("sign_out", self.sign_out)
        self.users_action = self._action("users", self.show_users)
        self.audit_action = self._action("audit_trail", self.show_audit_trail)
        self.requests_action = self._action("pdpa_requests", self.show_requests)
        self.retention_action = self._action("pdpa_retention", self.show_retention_review)
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for lang, name in LANGUAGE_NAMES.items():
            action = self._action(f"language_{lang}", partial(self.set_language, lang))
            action.setText(name)
            action.setCheckable(True)
            self.language_group.addAction(action)
            self.language_actions[lang] = action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.setObjectName("file_menu")
        self.file_menu.addActions([self.new_action, self.open_action])
        self.file_menu.addSeparator()
        self.import_menu = QMenu(self.file_menu)
        self.import_menu.setObjectName("import_menu")
        self.import_menu.addActions(list(self.import_actions.values()))
        self.file_menu.addMenu(self.import_menu)
        self.export_menu = QMenu(self.file_menu)
        self.export_menu.setObjectName("export_menu")
        self.export_menu.addActions(list(self.export_actions.values()))
        self.file_menu.addMenu(self.export_menu)
        self.file_menu.addActions([
            self.export_action, self.backup_action, self.backups_action, self.restore_action,
            self.encryption_action,
        ])  # fmt: skip
        self.file_menu.addSeparator()
        self.exchange.add_to(self.file_menu, self.status)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.agency_settings_action, self.holidays_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.setObjectName("view_menu")
        self.view_menu.addActions([self.search_action, self.refresh_action])
        self.language_menu = QMenu(self.view_menu)
        self.language_menu.setObjectName("language_menu")
        self.language_menu.addActions(list(self.language_actions.values()))
        self.view_menu.addMenu(self.language_menu)
        self.reports_menu = ReportsMenu(
            self, services=lambda: self.services, tasks=self._tasks, languages=self._languages,
            selected_case=self._selected_case_number,
        )  # fmt: skip
        bar.addMenu(self.reports_menu)
        self.help_menu = bar.addMenu("")
        self.help_menu.setObjectName("help_menu")
        self.help_menu.addAction(self.about_action)
        # The PDPA's duties (issue 19), beside the account.
        self.personal_data_menu = bar.addMenu("")
        self.personal_data_menu.setObjectName("personal_data_menu")
        self.personal_data_menu.addAction(self.requests_action)
        self.personal_data_menu.addAction(self.retention_action)
        # Who works here, last on the bar (where people look for their account).
        self.account_menu = bar.addMenu("")
        self.account_menu.setObjectName("account_menu")
        self.account_menu.addAction(self.signed_in_action)
        self.account_menu.addSeparator()
        self.account_menu.addActions([self.change_password_action, self.sign_out_action])
        self.account_menu.addSeparator()
        self.account_menu.addActions([self.users_action, self.audit_action])

    def _install(self, services: WindowServices) -> None:
        """Show the tabs of ``services``' database, replacing those of the one before."""
        current = self.tabs.currentIndex()
        while self.tabs.count():
            old = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if old is not None:
                old.deleteLater()
        self.services = services
        stakeholders = StakeholdersTab(
            services.registry,
            services.registry_edit,
            services.segments,
            activity_form=_activity_form_maker(services),
            consents=services.consents,
            notices=services.privacy_notices,
        )
        timeline = TimelineTab(
            TimelineServices(
                registry=services.registry,
                timeline=services.timeline,
                activities=services.activities,
                indicators=services.indicators,
                reminders=services.reminders,
                complaint_cases=services.complaint_cases,
                improvements=services.improvements,
                listening_entries=services.listening_entries,
                settings=self._settings,
            ),
            tasks=self._tasks,
        )
        surveys = SurveysTab(
            services.surveys,
            tasks=self._tasks,
            services=SurveyServices(
                database=services.database,
                analysis=services.survey_analysis,
                design=services.survey_design,
                entry=services.survey_entry,
                double_entry=services.survey_double_entry,
                benchmarks=services.survey_benchmarks,
            ),
        )
        surveys.status_message.connect(self.status.say)
        complaints = ComplaintsTab(
            services.complaints,
            cases=services.complaint_cases,
            categories=services.complaint_categories,
            improvements=services.improvements,
            notices=services.privacy_notices,
            tasks=self._tasks,
        )
        overview = OverviewTab(services.overview, tasks=self._tasks)
        pages: dict[str, QWidget] = {
            "overview": overview,
            "stakeholders": stakeholders,
            "listening": ListeningTab(
                services.listening,
                services=LogServices(
                    services.listening_entries,
                    services.channels,
                    services.registry,
                    self._settings,
                    services.privacy_notices,
                ),
                pages=(
                    ListeningPlanPage(services.listening_plan, self._tasks),
                    ImprovementActionsPage(services.improvements),
                    ListeningSummaryPage(
                        services.listening_summary, self._tasks, improvements=services.improvements
                    ),
                ),
            ),
            "surveys": surveys,
            "complaints": complaints,
            "timeline": timeline,
        }
        if services.complaint_kpis is not None:
            complaints.add_page(ComplaintKpisPage(services.complaint_kpis, self._tasks))
        complaints.attach_to(pages)  # "Turn into complaint…"; the Overview opens cases
        # Each Overview figure and bar opens the list it counts, filtered the same way.
        overview.open_list.connect(lambda target, filters: open_list(self, target, filters))
        for name in TAB_NAMES:
            pages[name].setObjectName(name)
            self.tabs.addTab(pages[name], as_page(pages[name]).title())
        stakeholders.timeline_requested.connect(self._show_timeline)
        stakeholders.contacts_export_requested.connect(lambda: self.export_kind("contacts"))
        timeline.reminders_changed.connect(self._show_status)
        stakeholders.activity_saved.connect(lambda _activity_id: timeline.refresh())
        # Searches and sorts from now on run off the GUI thread (the first rows are already in).
        for table in self.tabs.findChildren(SearchableTable):
            table.model.set_task_runner(self._tasks)
            # Counts follow the data: a list reads again after every save, merge, deletion or
            # import, and then the status bar recounts (and the Timeline reads again if the
            # records counted changed), rather than waiting for a language switch.
            table.model.total_changed.connect(lambda _total: self._recount_timer.start())
            sizer = sizer_of(table.view)
            if sizer is not None:  # the widths the user gave this table, kept per table
                sizer.remember(self._settings.qsettings, type(table.model).__name__)
        self.tabs.setCurrentIndex(max(0, current))
        for action in (
            self.backup_action, self.backups_action, self.restore_action, self.encryption_action
        ):  # fmt: skip
            action.setEnabled(services.database.path is not None)
        self.agency_settings_action.setEnabled(services.agency_settings is not None)
        self.reports_menu.enable_for(services)
        self._apply_permissions()
        self._show_status()

    def _apply_permissions(self) -> None:
        """Offer only what the person signed in may do (the services refuse the rest anyway:
        this is a courtesy, not the gate)."""
        database = self.services.database

        def allowed(permission: Permission) -> bool:
            return may(database, permission)

        self.import_menu.menuAction().setVisible(allowed(Permission.IMPORT))
        self.export_menu.menuAction().setVisible(allowed(Permission.EXPORT))
        self.export_action.setVisible(allowed(Permission.EXPORT))
        for action in (
            self.backup_action, self.backups_action, self.restore_action, self.encryption_action
        ):  # fmt: skip
            action.setVisible(allowed(Permission.MANAGE_BACKUPS))
        self.agency_settings_action.setVisible(allowed(Permission.MANAGE_CATALOGUES))
        self.holidays_action.setVisible(allowed(Permission.MANAGE_CATALOGUES))
        self.reports_menu.menuAction().setVisible(allowed(Permission.REPORTS))
        has_accounts = self.services.accounts is not None
        self.account_menu.menuAction().setVisible(has_accounts)
        self.users_action.setVisible(has_accounts and allowed(Permission.MANAGE_USERS))
        self.audit_action.setVisible(
            self.services.audit is not None and allowed(Permission.VIEW_AUDIT)
        )
        self.personal_data_menu.menuAction().setVisible(
            self.services.pdpa_requests is not None and allowed(Permission.RECORD)
        )
        signed_in = database.actor is not None and database.actor.account_id is not None
        self.change_password_action.setVisible(has_accounts and signed_in)
        self.sign_out_action.setVisible(has_accounts and signed_in)
        self.exchange.apply_permissions()

    def signed_in_text(self) -> str:
        """ "Signed in as NAME (role)", or that the database is being set up (no administrator
        yet), or nothing when nobody acts."""
        try:
            principal = acting(self.services.database)
        except UserError:
            return ""
        if principal.setting_up:
            return self.tr("Setting up: no administrator yet")
        return self.tr("Signed in as {name} ({role})").format(
            name=principal.shown_name, role=role_name(principal.role)
        )

    # --- the tabs ----------------------------------------------------------------------
    def tab(self, name: str) -> Any:
        return self.tabs.findChild(QWidget, name)

    def select_tab(self, name: str) -> None:
        if name not in TAB_NAMES:
            raise ValueError(f"unknown tab {name!r}; expected one of {TAB_NAMES}")
        self.tabs.setCurrentWidget(self.tab(name))

    def _selected_case_number(self) -> str:
        """The case selected in the Complaints tab (the acknowledgement letter's default)."""
        row = self.tab("complaints").cases_page.selected_row()
        return row.number if row is not None else ""

    def _show_timeline(self, stakeholder_id: Any) -> None:
        timeline = self.tab("timeline")
        timeline.show_stakeholder(stakeholder_id)
        self.tabs.setCurrentWidget(timeline)

    def focus_search(self) -> None:
        tab = self.tabs.currentWidget()
        if tab is not None:
            _window_tab(tab).focus_search()

    def refresh(self) -> None:
        for index in range(self.tabs.count()):
            page_at(self.tabs, index).refresh()
        self._show_status()

    def _show_status(self) -> None:
        # Counted on a worker thread: ~100 ms at a million entries (status.counts_changed).
        self.status.show_database(self.services, self._languages.language, self._tasks)
        who = self.signed_in_text()
        self.signed_in_action.setText(who)
        self.status.show_user(who)
        self.exchange.show_status()

    def _recount(self) -> None:
        """A list changed: the status bar counts again (off the GUI thread)."""
        self._show_status()

    # --- language ----------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        self._languages.set_language(lang)
        self._settings.language = lang

    def _check_language(self, lang: str) -> None:
        if lang in self.language_actions:
            self.language_actions[lang].setChecked(True)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("VocDesk — {name}").format(name=self._database_name()))
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.import_menu.setTitle(self.tr("&Import"))
        self.export_menu.setTitle(self.tr("E&xport"))
        for kind, action in self.import_actions.items():
            action.setText(
                self.tr("{kind}…").format(kind=translate("Transfer", KIND_LABELS.get(kind, kind)))
            )
        for kind, action in self.export_actions.items():
            action.setText(
                self.tr("{kind}…").format(kind=translate("Transfer", KIND_LABELS.get(kind, kind)))
            )
        self.new_action.setText(self.tr("&New database…"))
        self.open_action.setText(self.tr("&Open database…"))
        self.export_action.setText(self.tr("&Export current table…"))
        self.backup_action.setText(self.tr("&Back up database…"))
        self.backups_action.setText(self.tr("Bac&kups…"))
        self.restore_action.setText(self.tr("&Restore database…"))
        self.encryption_action.setText(self.tr("E&ncryption…"))
        self.agency_settings_action.setText(self.tr("&Settings…"))
        self.holidays_action.setText(self.tr("&Holidays and working days…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.refresh_action.setText(self.tr("&Refresh"))
        self.search_action.setText(self.tr("&Search in this tab"))
        self.about_action.setText(self.tr("&About VocDesk"))
        self.account_menu.setTitle(self.tr("&Account"))
        self.change_password_action.setText(self.tr("&Change password…"))
        self.sign_out_action.setText(self.tr("Sign &out"))
        self.users_action.setText(self.tr("&Users and roles…"))
        self.audit_action.setText(self.tr("Audit &trail…"))
        self.personal_data_menu.setTitle(self.tr("&Personal data"))
        self.requests_action.setText(self.tr("&Requests of data subjects…"))
        self.retention_action.setText(self.tr("Re&tention review…"))
        self.reports_menu.retranslate()
        for index in range(self.tabs.count()):
            self.tabs.setTabText(index, page_at(self.tabs, index).title())
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _database_name(self) -> str:
        path = self.services.database.path
        return path.name if path else self.services.database.location

    # --- opening a database ------------------------------------------------------------
    def open_location(
        self, location: str, *, create: bool = False
    ) -> PassphraseDialog[WindowServices] | None:
        """Open (or create) a database in the background, then show it in the tabs. An
        encrypted file first asks its passphrase (the dialog returned: opened, not run); the
        dialog opens the file, and a wrong passphrase is said in it."""
        if "://" not in location and is_encrypted_file(Path(location).expanduser()):
            return self._ask_passphrase(location)
        self._tasks.run(
            lambda _progress: self._connect(location, create, None),
            on_done=self._database_opened,
            on_error=lambda error: show_error(self, error),
            title=self.tr("Opening the database…"),
            parent_widget=self,
        )
        return None

    def _open_for_files(self, location: str, create: bool) -> None:
        self.open_location(location, create=create)

    def _ask_passphrase(self, location: str) -> PassphraseDialog[WindowServices]:
        dialog: PassphraseDialog[WindowServices] = PassphraseDialog(
            Path(location).expanduser(),
            lambda passphrase: self._connect(location, False, passphrase),
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._passphrase_given(dialog.opened))
        dialog.open()
        return dialog

    def _passphrase_given(self, services: WindowServices | None) -> None:
        if services is not None:
            self._database_opened(services)

    def _database_opened(self, services: WindowServices) -> None:
        previous = self.services
        if not self._signed_in_to(services):
            if previous.database is not services.database:
                services.database.dispose()
            return
        self._install(services)
        if previous.database is not services.database:
            previous.database.dispose()
            self._offer_first_administrator()
            self.exchange.after_sign_in()
        self._settings.last_database = services.database.location
        self.retranslate()
        if services.backup_before_upgrade is not None:
            self.status.say(
                self.tr("The database was upgraded; the old file was kept as {path}").format(
                    path=str(services.backup_before_upgrade)
                )
            )

    # --- File menu (the work is FileActions') --------------------------------------------
    @property
    def import_wizard(self) -> ImportWizard | None:
        """The import wizard opened last."""
        return self.files.import_wizard

    def new_database(self) -> None:
        self.files.new_database()

    def open_database(self) -> None:
        self.files.open_database()

    def export_current_table(self) -> None:
        tab = self.tabs.currentWidget()
        self.files.export_current_table(_window_tab(tab).export_job() if tab is not None else None)

    def export_to(self, path: Path, work: Callable[[Progress], TableSnapshot]) -> None:
        self.files.export_to(path, work)

    def backup_database(self) -> None:
        self.files.backup_database()

    def backup_to(self, target: Path) -> None:
        self.files.backup_to(target)

    def show_backups(self) -> BackupsDialog | None:
        """File > Backups…: the automatic copies of the open file, and restoring one."""
        path = self.services.database.path
        if path is None:
            return None
        dialog = BackupsDialog(path, self, backups=BackupsService(self.services.database))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restore_requested.connect(self.restore_from)
        dialog.open()
        return dialog

    def restore_database(self) -> None:
        """File > Restore database…: choose a copy (from the backups folder first), confirm."""
        path = self.services.database.path
        if path is None:
            return
        source = choose_restore_file(self, path)
        if source is not None and confirm_restore(self, source, str(source)):
            self.restore_from(source)

    def restore_from(self, source: Path, passphrase: str | None = None) -> None:
        """Restore ``source`` over the open file in the background (``BackupsService.restore``:
        verified first, the file as it was kept in the backups folder, audited), then open the
        restored file again for the same person. An encrypted copy that neither ``passphrase``
        nor the open database's opens asks for its own passphrase and is tried again."""
        database = self.services.database
        if database.path is None:
            return
        service = BackupsService(database)
        # The file may be replaced: no count or page still reading it, and the connections
        # closed here, on the thread that opened them, before the work starts.
        self._recount_timer.stop()
        self._tasks.wait_all(ENCRYPTION_WAIT_MS)
        database.dispose()

        def failed(error: BaseException) -> None:
            wrong = refuses_passphrase(error, source)
            if wrong is None:
                show_error(self, error)
            else:
                assert isinstance(error, UserError)
                self._ask_backup_passphrase(source, error if wrong else None)

        self._tasks.run(
            lambda _progress: service.restore(source, passphrase),
            on_done=lambda result: self._reopen_restored(database, result),
            on_error=failed,
            title=self.tr("Restoring the database…"),
            parent_widget=self,
        )

    def _ask_backup_passphrase(
        self, source: Path, refusal: UserError | None = None
    ) -> BackupPassphraseDialog:
        """The copy's own passphrase (opened, not run); OK restores again with it."""
        dialog = BackupPassphraseDialog(
            source, self, problem=error_text(refusal) if refusal is not None else ""
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.restore_from(source, dialog.opened))
        dialog.open()
        return dialog

    def _reopen_restored(self, old: Database, result: RestoreResult) -> None:
        """The copy is back: open the file again (with the copy's passphrase when it is
        encrypted), keep whoever is signed in, and show it in place of the old database."""
        try:
            services = self._connect(str(result.database), False, result.passphrase())
        except Exception as error:  # noqa: BLE001 - said in the box; File › Open asks again
            show_error(self, error)
            return
        services.database.actor = old.actor
        self._install(services)
        old.dispose()
        self.retranslate()
        self.status.say(
            self.tr("Restored from {source}; the database as it was is kept at {kept}").format(
                source=str(result.restored_from), kept=str(result.previous_copy or "")
            )
        )

    def show_encryption(self) -> EncryptDatabaseDialog | None:
        """File > Encryption… (administrators): encrypt the open file, change its passphrase or
        remove the encryption (opened, not run). Done: the file is opened again with its new
        passphrase for the same person; refused or cancelled: the file and the open database
        are as they were."""
        database = self.services.database
        if database.path is None:
            return None
        service = EncryptionService(database)
        try:
            encrypted = service.is_encrypted()
        except Exception as error:  # noqa: BLE001 - said in the box; the database stays open
            show_error(self, error)
            return None
        # The conversion needs the file to itself: no count or page still reading it.
        self._recount_timer.stop()
        self._tasks.wait_all(ENCRYPTION_WAIT_MS)
        dialog = EncryptDatabaseDialog(service, encrypted, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self._reopen_converted(database, encrypted, dialog.new_passphrase)
        )
        dialog.open()
        return dialog

    def _reopen_converted(self, old: Database, was_encrypted: bool, passphrase: str | None) -> None:
        """The file was converted: open it again (with ``passphrase``), keep whoever is signed
        in, and show it in place of the old database."""
        path = old.path
        if path is None:
            return
        try:
            services = self._connect(str(path), False, passphrase)
        except Exception as error:  # noqa: BLE001 - said in the box; the next open asks again
            show_error(self, error)
            return
        services.database.actor = old.actor
        self._install(services)
        old.dispose()
        self.retranslate()
        if passphrase is None:
            said = self.tr("The database is no longer encrypted.")
        elif was_encrypted:
            said = self.tr("The database's passphrase was changed.")
        else:
            said = self.tr("The database is now encrypted; keep its passphrase safe.")
        self.status.say(said)

    def open_import_wizard(self, kind: str, path: Path | None = None) -> ImportWizard | None:
        """The import wizard for ``kind`` (file → preview → columns → values → check → import)."""
        return self.files.open_import_wizard(kind, path)

    def export_kind(self, kind: str) -> None:
        self.files.export_kind(kind)

    def export_kind_to(self, kind: str, path: Path) -> None:
        """Write every record of ``kind`` to ``path`` in the background (a file that imports again)."""
        self.files.export_kind_to(kind, path)

    def show_agency_settings(self) -> AgencySettingsDialog | None:
        """File > Settings…: the agency's names, logo and privacy notice (opened, not run)."""
        service = self.services.agency_settings
        if service is None:
            return None
        dialog = AgencySettingsDialog(service, self, office=self.exchange.office())
        dialog.finished.connect(lambda _result: self._show_status())  # the office, if changed
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_holidays(self) -> HolidaysDialog:
        """File > Holidays and working days…: the year's calendar and the agency's layer."""
        dialog = HolidaysDialog(self.services.holidays, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _signed_in_to(self, services: WindowServices) -> bool:
        """Another database opened: its own accounts, so whoever works on it signs in to it
        (one being set up, with no administrator yet, needs no one). False: they did not."""
        accounts = services.accounts
        if accounts is None or services.database is self.services.database:
            return True
        try:
            if accounts.needs_first_administrator():
                return True
            return sign_in_interactively(accounts, services.database.location, self) is not None
        except Exception as error:  # noqa: BLE001 - said in the box; the open database stays
            show_error(self, error)
            return False

    def _offer_first_administrator(self) -> FirstAdministratorDialog | None:
        """A database opened here that has no administrator (new, or made before accounts):
        offer to make its first one now (opened, not run; "Later" leaves it being set up)."""
        accounts = self.services.accounts
        try:
            if accounts is None or not accounts.needs_first_administrator():
                return None
        except Exception as error:  # noqa: BLE001 - said in the box; the database stays open
            show_error(self, error)
            return None
        dialog = FirstAdministratorDialog(
            accounts, self.services.database.location, self, later=True
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._signed_in_changed)
        dialog.open()
        return dialog

    def _signed_in_changed(self) -> None:
        self._apply_permissions()
        self._show_status()

    # --- Account menu ----------------------------------------------------------------------
    def change_password(self) -> ChangePasswordDialog | None:
        """Account > Change password…: one's own (opened, not run)."""
        accounts = self.services.accounts
        if accounts is None:
            return None
        dialog = ChangePasswordDialog(accounts, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.status.say(self.tr("Your password was changed.")))
        dialog.open()
        return dialog

    def sign_out(self) -> None:
        """Account > Sign out: the sign-out is audited, the window closes, and the program asks
        who signs in next (``closed`` with ``signing_out`` set)."""
        accounts = self.services.accounts
        if accounts is None:
            return
        try:
            accounts.sign_out()
        except Exception as error:  # noqa: BLE001 - the audit entry failed: say so, stay
            show_error(self, error)
            return
        self.signing_out = True
        self.close()

    def show_users(self) -> UsersDialog | None:
        """Account > Users and roles… (administrators): accounts, roles, grants and tokens."""
        accounts = self.services.accounts
        if accounts is None:
            return None
        dialog = UsersDialog(accounts, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_audit_trail(self) -> AuditTrailDialog | None:
        """Account > Audit trail… (administrators): every change, sign-in and export, read-only."""
        audit = self.services.audit
        if audit is None:
            return None
        dialog = AuditTrailDialog(audit, self, tasks=self._tasks)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- Personal data menu ------------------------------------------------------------------
    def show_retention_review(self) -> RetentionDialog:
        """Personal data › Retention review…: periods, records due, anonymise or delete them."""
        database = self.services.database
        dialog = RetentionDialog(
            RetentionService(database), self, tasks=self._tasks,
            may_edit=may(database, Permission.MANAGE_CATALOGUES),
            may_review=may(database, Permission.ERASE) and may(database, Permission.PERSONAL_DATA),
        )  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_requests(self) -> RequestsDialog | None:
        """Personal data › Requests of data subjects…: log, answer, export for the person."""
        requests = self.services.pdpa_requests
        if requests is None:
            return None
        database = self.services.database
        exporter = self.services.access_export
        if not (may(database, Permission.EXPORT) and may(database, Permission.PERSONAL_DATA)):
            exporter = None  # the service would refuse: not offered
        services = RequestsServices(
            requests, exporter, self.services.registry_edit, self.services.registry,
            self.services.consents, self.services.privacy_notices,
        )  # fmt: skip
        dialog = RequestsDialog(services, self, tasks=self._tasks)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- Help and closing ----------------------------------------------------------------
    def show_about(self) -> None:
        dialog = AboutDialog(self.services.database.location, self)
        dialog.open()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's virtual
        self._settings.window_geometry = bytes(self.saveGeometry().data())
        self._settings.window_state = bytes(self.saveState().data())
        self._settings.language = self._languages.language
        self._settings.sync()
        self._tasks.cancel_all()
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()
