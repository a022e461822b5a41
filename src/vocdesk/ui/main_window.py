"""The main window: six tabs over the open database, its menus and its status bar.

The window builds no services: ``app.py`` hands it the services of the open database and a
function that opens another one. Opening, exporting and backing up run through the TaskRunner,
so the window stays responsive and shows progress; their errors go to ``show_error``. File ›
Import opens the import wizard for each kind of ``services.transfer`` (stakeholders, listening
log, complaints, public holidays); File › Export writes a whole area in the file that imports.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QStandardPaths, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from vocdesk.domain.messages import QT_TRANSLATE_NOOP, Message, UserError, user_error
from vocdesk.services.complaints.cases import ComplaintCasesService
from vocdesk.services.complaints.categories import ComplaintCategoriesService
from vocdesk.services.complaints.kpis import ComplaintKpisService
from vocdesk.services.complaints.queues import ComplaintsService
from vocdesk.services.database import Database
from vocdesk.services.holidays import HolidaysService
from vocdesk.services.listening.channels import ChannelsService
from vocdesk.services.listening.entry import ListeningEntryService
from vocdesk.services.listening.improvement import ImprovementActionsService
from vocdesk.services.listening.log import ListeningService
from vocdesk.services.listening.plan import ListeningPlanService
from vocdesk.services.listening.summary import ListeningSummaryService
from vocdesk.services.overview.figures import OverviewService
from vocdesk.services.registry.edit import RegistryEditService
from vocdesk.services.registry.segments import SegmentsService
from vocdesk.services.registry.stakeholders import RegistryService
from vocdesk.services.relationships.timeline import TimelineService
from vocdesk.services.surveys.rounds import SurveysService
from vocdesk.services.transfer import (
    EXPORTERS,
    IMPORTERS,
    KIND_LABELS,
    ImportSummary,
    export_file,
    export_notices,
    exporter_for,
    kind_present,
)  # fmt: skip
from vocdesk.ui import layout
from vocdesk.ui.about_dialog import AboutDialog
from vocdesk.ui.complaints.kpis_page import ComplaintKpisPage
from vocdesk.ui.complaints.tab import ComplaintsTab
from vocdesk.ui.errors import show_error
from vocdesk.ui.i18n import LanguageManager, translate, translate_message
from vocdesk.ui.listening.feedback_log import LogServices
from vocdesk.ui.listening.improvement_page import ImprovementActionsPage
from vocdesk.ui.listening.plan_page import ListeningPlanPage
from vocdesk.ui.listening.summary_page import ListeningSummaryPage
from vocdesk.ui.listening.tab import ListeningTab
from vocdesk.ui.models.display import number_text
from vocdesk.ui.models.table_export import write_table
from vocdesk.ui.overview.tab import OverviewTab
from vocdesk.ui.registry.tab import StakeholdersTab
from vocdesk.ui.relationships.tab import TimelineTab
from vocdesk.ui.settings import Settings
from vocdesk.ui.surveys.tab import SurveysTab
from vocdesk.ui.tasks import TaskRunner
from vocdesk.ui.transfer.import_wizard import ImportWizard
from vocdesk.ui.widgets.searchable_table import SearchableTable

TAB_NAMES = ("overview", "stakeholders", "listening", "surveys", "complaints", "timeline")
LANGUAGE_NAMES = {"th": "ไทย", "en": "English"}  # each language in its own words: never translated
STATUS_MESSAGE_MS = 10_000


@dataclass(frozen=True)
class WindowServices:
    """Everything the tabs read, for one open database (built by ``app.py``)."""

    database: Database
    registry: RegistryService
    listening: ListeningService
    surveys: SurveysService
    complaints: ComplaintsService
    timeline: TimelineService
    overview: OverviewService
    holidays: HolidaysService
    listening_plan: ListeningPlanService
    improvements: ImprovementActionsService
    listening_summary: ListeningSummaryService
    backup_before_upgrade: Path | None = None  # the copy made when an older file was upgraded
    listening_entries: ListeningEntryService | None = None  # None: the listening log only reads
    channels: ChannelsService | None = None
    registry_edit: RegistryEditService | None = None  # None: the Stakeholders tab only reads
    segments: SegmentsService | None = None
    complaint_cases: ComplaintCasesService | None = None  # registering and working cases
    complaint_categories: ComplaintCategoriesService | None = None
    complaint_kpis: ComplaintKpisService | None = None


# Opens (create=True: creates) the database at a location and builds its services.
DatabaseConnector = Callable[[str, bool], WindowServices]


class MainWindow(QMainWindow):
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
        self.import_wizard: ImportWizard | None = None
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.location_label = QLabel(self)
        self.location_label.setObjectName("database_location")
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("record_counts")
        self.statusBar().addWidget(self.location_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)
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
        # File > Import and File > Export: one action per kind of services.transfer.
        self.import_actions = {
            kind: self._action(f"import_{kind}", lambda kind=kind: self.open_import_wizard(kind))
            for kind in IMPORTERS
        }
        self.export_actions = {
            kind: self._action(f"export_{kind}", lambda kind=kind: self.export_kind(kind))
            for kind in EXPORTERS
        }
        for registry, actions in (
            (IMPORTERS, self.import_actions),
            (EXPORTERS, self.export_actions),
        ):
            for kind, action in actions.items():
                action.setEnabled(kind_present(registry, kind))
        self.quit_action = self._action("quit", self.close, QKeySequence.StandardKey.Quit)
        self.refresh_action = self._action(
            "refresh", self.refresh, QKeySequence.StandardKey.Refresh
        )
        self.search_action = self._action(
            "search", self.focus_search, QKeySequence.StandardKey.Find
        )
        self.about_action = self._action("about", self.show_about)
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for lang, name in LANGUAGE_NAMES.items():
            action = self._action(f"language_{lang}", lambda lang=lang: self.set_language(lang))
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
        self.file_menu.addActions([self.export_action, self.backup_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.setObjectName("view_menu")
        self.view_menu.addActions([self.search_action, self.refresh_action])
        self.language_menu = QMenu(self.view_menu)
        self.language_menu.setObjectName("language_menu")
        self.language_menu.addActions(list(self.language_actions.values()))
        self.view_menu.addMenu(self.language_menu)
        self.help_menu = bar.addMenu("")
        self.help_menu.setObjectName("help_menu")
        self.help_menu.addAction(self.about_action)

    def _install(self, services: WindowServices) -> None:
        """Show the tabs of ``services``' database, replacing those of the one before."""
        current = self.tabs.currentIndex()
        while self.tabs.count():
            old = self.tabs.widget(0)
            self.tabs.removeTab(0)
            old.deleteLater()
        self.services = services
        stakeholders = StakeholdersTab(services.registry, services.registry_edit, services.segments)
        timeline = TimelineTab(services.registry, services.timeline)
        pages = {
            "overview": OverviewTab(services.overview, tasks=self._tasks),
            "stakeholders": stakeholders,
            "listening": ListeningTab(
                services.listening,
                services=LogServices(
                    services.listening_entries,
                    services.channels,
                    services.registry,
                    self._settings,
                ),
                pages=(
                    ListeningPlanPage(services.listening_plan, self._tasks),
                    ImprovementActionsPage(services.improvements),
                    ListeningSummaryPage(
                        services.listening_summary, self._tasks, improvements=services.improvements
                    ),
                ),
            ),
            "surveys": SurveysTab(services.surveys),
            "complaints": ComplaintsTab(
                services.complaints,
                cases=services.complaint_cases,
                categories=services.complaint_categories,
                improvements=services.improvements,
            ),
            "timeline": timeline,
        }
        if services.complaint_kpis is not None:
            pages["complaints"].add_page(ComplaintKpisPage(services.complaint_kpis, self._tasks))
        pages["complaints"].attach_to(pages)  # "Turn into complaint…"; the Overview opens cases
        for name in TAB_NAMES:
            pages[name].setObjectName(name)
            self.tabs.addTab(pages[name], pages[name].title())
        stakeholders.timeline_requested.connect(self._show_timeline)
        # Searches and sorts from now on run off the GUI thread (the first rows are already in).
        for table in self.tabs.findChildren(SearchableTable):
            table.model.set_task_runner(self._tasks)
        self.tabs.setCurrentIndex(max(0, current))
        self.backup_action.setEnabled(services.database.path is not None)
        self._show_status()

    # --- the tabs ----------------------------------------------------------------------
    def tab(self, name: str) -> Any:
        return self.tabs.findChild(QWidget, name)

    def select_tab(self, name: str) -> None:
        if name not in TAB_NAMES:
            raise ValueError(f"unknown tab {name!r}; expected one of {TAB_NAMES}")
        self.tabs.setCurrentWidget(self.tab(name))

    def _show_timeline(self, stakeholder_id: Any) -> None:
        timeline = self.tab("timeline")
        timeline.show_stakeholder(stakeholder_id)
        self.tabs.setCurrentWidget(timeline)

    def focus_search(self) -> None:
        tab = self.tabs.currentWidget()
        if tab is not None:
            tab.focus_search()

    def refresh(self) -> None:
        for index in range(self.tabs.count()):
            self.tabs.widget(index).refresh()
        self._show_status()

    def _show_status(self) -> None:
        self.location_label.setText(
            self.tr("Database: {location}").format(location=self.services.database.location)
        )
        counts, lang = self.services.overview.record_counts(), self._languages.language
        self.counts_label.setText(
            self.tr(
                "Stakeholders: {stakeholders}  ·  Feedback: {feedback}  ·  Surveys: {surveys}"
                "  ·  Complaints: {complaints}"
            ).format(
                stakeholders=number_text(counts.stakeholders, lang),
                feedback=number_text(counts.feedback, lang),
                surveys=number_text(counts.surveys, lang),
                complaints=number_text(counts.complaints, lang),
            )
        )

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
        self.quit_action.setText(self.tr("&Quit"))
        self.refresh_action.setText(self.tr("&Refresh"))
        self.search_action.setText(self.tr("&Search in this tab"))
        self.about_action.setText(self.tr("&About VocDesk"))
        for index in range(self.tabs.count()):
            self.tabs.setTabText(index, self.tabs.widget(index).title())
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _database_name(self) -> str:
        path = self.services.database.path
        return path.name if path else self.services.database.location

    # --- File menu -----------------------------------------------------------------------
    def _database_filter(self) -> str:
        return ";;".join([self.tr("VocDesk databases (*.sqlite *.db)"), self.tr("All files (*)")])

    def _start_folder(self) -> str:
        path = self.services.database.path
        return str(path.parent) if path else str(Path.home())

    def new_database(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("New database"), str(Path(self._start_folder()) / "vocdesk.sqlite"),
            self._database_filter(), options=QFileDialog.Option.DontConfirmOverwrite,
        )  # fmt: skip
        if not name:
            return
        path = Path(name) if Path(name).suffix else Path(name).with_suffix(".sqlite")
        if path.exists():
            show_error(self, user_error(
                "MainWindow",
                QT_TRANSLATE_NOOP("MainWindow", "{path} already exists. Use Open database to open it."),
                path=str(path),
            ))  # fmt: skip
            return
        self.open_location(str(path), create=True)

    def open_database(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), self._start_folder(), self._database_filter()
        )
        if name:
            self.open_location(name, create=False)

    def open_location(self, location: str, *, create: bool = False) -> None:
        """Open (or create) a database in the background, then show it in the tabs."""
        self._tasks.run(
            lambda _progress: self._connect(location, create),
            on_done=self._database_opened,
            on_error=lambda error: show_error(self, error),
            title=self.tr("Opening the database…"),
            parent_widget=self,
        )

    def _database_opened(self, services: WindowServices) -> None:
        previous = self.services
        self._install(services)
        if previous.database is not services.database:
            previous.database.dispose()
        self._settings.last_database = services.database.location
        self.retranslate()
        if services.backup_before_upgrade is not None:
            self.statusBar().showMessage(
                self.tr("The database was upgraded; the old file was kept as {path}").format(
                    path=str(services.backup_before_upgrade)
                ),
                STATUS_MESSAGE_MS,
            )

    def export_current_table(self) -> None:
        tab = self.tabs.currentWidget()
        job = tab.export_job() if tab is not None else None
        if job is None:
            return
        stem, work = job
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        xlsx, csv = self.tr("Excel workbook (*.xlsx)"), self.tr("CSV, UTF-8 (*.csv)")
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export current table"), str(Path(folder or Path.home()) / f"{stem}.xlsx"),
            ";;".join([xlsx, csv]),
        )  # fmt: skip
        if name:
            path = Path(name)
            if path.suffix.lower() not in (".xlsx", ".csv"):
                path = path.with_suffix(".csv" if chosen == csv else ".xlsx")
            self.export_to(path, work)

    def export_to(self, path: Path, work: Callable[[Any], Any]) -> None:
        self._tasks.run(
            lambda progress: write_table(work(progress), path),
            on_done=lambda written: self.statusBar().showMessage(
                self.tr("Exported to {path}").format(path=str(written)), STATUS_MESSAGE_MS
            ),
            on_error=lambda error: show_error(self, error),
            title=self.tr("Exporting the table…"),
            parent_widget=self,
        )

    def backup_database(self) -> None:
        source = self.services.database.path
        if source is None:
            return
        suggested = source.with_name(f"{source.stem}-backup-{datetime.now():%Y%m%d-%H%M}.sqlite")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Back up database"), str(suggested), self._database_filter()
        )
        if name:
            self.backup_to(Path(name))

    def backup_to(self, target: Path) -> None:
        database = self.services.database
        self._tasks.run(
            lambda _progress: database.backup_to(target),
            on_done=lambda written: self.statusBar().showMessage(
                self.tr("Backed up to {path}").format(path=str(written)), STATUS_MESSAGE_MS
            ),
            on_error=lambda error: show_error(self, error),
            title=self.tr("Backing up the database…"),
            parent_widget=self,
        )

    def open_import_wizard(self, kind: str, path: Path | None = None) -> ImportWizard | None:
        """The import wizard for ``kind`` (file → preview → columns → values → check → import)."""
        try:
            wizard = ImportWizard(kind, self.services.database, self._tasks, self, path)
        except UserError as error:  # a kind whose code is not in this version
            show_error(self, error)
            return None
        if self.import_wizard is not None:
            self.import_wizard.deleteLater()
        self.import_wizard = wizard
        wizard.imported.connect(lambda summary: self._imported(kind, summary, wizard.path))
        wizard.open()
        return wizard

    def _imported(self, kind: str, summary: ImportSummary, path: Path) -> None:
        self.refresh()  # new records, and due dates that count the holidays
        self.statusBar().showMessage(
            self.tr("Imported {count} rows from {file} ({added} added, {updated} updated)").format(
                count=summary.total, file=path.name, added=summary.added, updated=summary.updated
            ),
            STATUS_MESSAGE_MS,
        )

    def export_kind(self, kind: str) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        xlsx, csv = self.tr("Excel workbook (*.xlsx)"), self.tr("CSV, UTF-8 (*.csv)")
        label = translate("Transfer", KIND_LABELS.get(kind, kind))
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export: {kind}").format(kind=label), str(Path(folder or Path.home()) / f"{kind}.xlsx"),
            ";;".join([xlsx, csv]),
        )  # fmt: skip
        if name:
            path = Path(name)
            if path.suffix.lower() not in (".xlsx", ".csv"):
                path = path.with_suffix(".csv" if chosen == csv else ".xlsx")
            self.export_kind_to(kind, path)

    def export_kind_to(self, kind: str, path: Path) -> None:
        """Write every record of ``kind`` to ``path`` in the background (a file that imports again)."""
        database = self.services.database

        def work(progress: Any) -> int:
            def report(done: int, total: int) -> None:
                progress.raise_if_cancelled()
                progress.report(done, total)

            exporter = exporter_for(kind, database)
            return export_file(exporter, path, progress=report), export_notices(exporter)

        def done(outcome: tuple[int, list[Message]]) -> None:
            count, notices = outcome
            self.statusBar().showMessage(
                self.tr("Exported {count} rows to {path}").format(count=count, path=str(path)),
                STATUS_MESSAGE_MS,
            )
            if notices:  # e.g. confidential cases written without their contents: say so plainly
                box = QMessageBox(
                    QMessageBox.Icon.Information, self.tr("Export"),
                    "\n".join(translate_message(notice) for notice in notices), parent=self,
                )  # fmt: skip
                box.setObjectName("export_notices")
                box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                box.open()

        self._tasks.run(
            work,
            on_done=done,
            on_error=lambda error: show_error(self, error),
            title=self.tr("Exporting…"),
            parent_widget=self,
        )

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
