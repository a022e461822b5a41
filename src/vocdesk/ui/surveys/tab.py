"""The Surveys tab: the survey rounds at the top, and the pages of the selected one below.

The list is the lazy, searchable table of rounds (``SurveysModel``). Choosing a round hands its
id to every page (``set_survey``); a page reads what it shows only when it is on screen, off the
GUI thread, and drops answers about a survey that is no longer the selected one. The toolbar
acts on the selected round (design, questionnaire workbook, responses, results); each action
is enabled only when the window was given the service behind it.

A page is a QWidget with ``title()``, ``refresh()`` and ``set_survey(survey_id | None)``
(``SurveyPage``); it retranslates itself on ``QEvent.LanguageChange``, and the tab re-reads the
titles then.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QEvent, QModelIndex, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from vocdesk.domain.messages import Message
from vocdesk.services.database import Database
from vocdesk.services.surveys.analysis import SurveyAnalysisService
from vocdesk.services.surveys.analysis_export import export_results
from vocdesk.services.surveys.benchmarks import BenchmarkService
from vocdesk.services.surveys.design import SurveyDesignService
from vocdesk.services.surveys.double_entry import DoubleEntryService
from vocdesk.services.surveys.entry import SurveyEntryService
from vocdesk.services.surveys.rounds import SurveyRow, SurveysService
from vocdesk.services.surveys.structure_file import (
    StructureImport,
    export_structure,
    import_structure,
)
from vocdesk.ui import layout
from vocdesk.ui.errors import show_error
from vocdesk.ui.i18n import counted, current_language, translate_message
from vocdesk.ui.models.display import name_text
from vocdesk.ui.models.table_export import snapshot_job
from vocdesk.ui.surveys.benchmark_page import BenchmarkPage
from vocdesk.ui.surveys.design_dialog import DimensionsDialog, SurveyDesignDialog
from vocdesk.ui.surveys.dissatisfaction_page import SurveyDissatisfactionPage
from vocdesk.ui.surveys.double_entry_page import DoubleEntryPage
from vocdesk.ui.surveys.entry_page import SurveyEntryPage
from vocdesk.ui.surveys.responses_import import open_responses_import
from vocdesk.ui.surveys.results_page import SurveyResultsPage
from vocdesk.ui.surveys.rounds_model import SurveysModel
from vocdesk.ui.tasks import Progress, TaskRunner
from vocdesk.ui.transfer.import_wizard import ImportWizard
from vocdesk.ui.widgets.list_tab import ExportJob
from vocdesk.ui.widgets.menu_button import MenuToolButton
from vocdesk.ui.widgets.pages import Page, as_page, page_at
from vocdesk.ui.widgets.searchable_table import SearchableTable
from vocdesk.ui.widgets.shortcuts import set_tab_shortcut

LIST_HEIGHT = 150  # the list of rounds: a handful of rows; the pages below get the rest
PAGES_HEIGHT = 600


@runtime_checkable
class SurveyPage(Page, Protocol):
    """A page about one survey round."""

    def set_survey(self, survey_id: uuid.UUID | None) -> None: ...


def as_survey_page(widget: QWidget | None) -> SurveyPage:
    if not isinstance(widget, SurveyPage):
        raise TypeError(f"{widget!r} is not a survey page: it needs set_survey()")
    return widget


@dataclass(frozen=True)
class SurveyServices:
    """What the tab's pages and actions work with; each ``None`` leaves its page or action out."""

    database: Database | None = None  # questionnaire workbooks, responses import
    analysis: SurveyAnalysisService | None = None  # Results, Dissatisfaction
    design: SurveyDesignService | None = None  # New survey, Edit design, Dimensions
    entry: SurveyEntryService | None = None  # Data entry
    double_entry: DoubleEntryService | None = None  # Double-entry check
    benchmarks: BenchmarkService | None = None  # Benchmark (needs a task runner)


class SurveysTab(QWidget):
    EXPORT_NAME = "surveys"
    status_message = Signal(str)  # a line for the window's status bar

    def __init__(
        self,
        surveys: SurveysService,
        parent: QWidget | None = None,
        *,
        tasks: TaskRunner | None = None,
        services: SurveyServices | None = None,
        pages: Sequence[QWidget] = (),
    ) -> None:
        super().__init__(parent)
        self._surveys = surveys
        self._tasks = tasks
        self._services = services = services or SurveyServices()
        self._survey: SurveyRow | None = None
        self._wanted: uuid.UUID | None = None  # a round to choose once the list has it
        self._wanted_code = ""  # the same, asked by its code (select_survey while loading)
        self._named: dict[str, QWidget] = {}
        self._dirty: set[str] = set()  # pages to read again when next shown
        self.dialog: QDialog | None = None  # the design or dimensions dialog, while open
        self.wizard: ImportWizard | None = None  # the responses import, while open
        # Read on the worker when there is one: each round's mean reads its answers (0.3 s CPU at
        # 2,620,000 answers), and the window's start-up should not wait for a tab not in sight.
        self.list = SearchableTable(SurveysModel(surveys, tasks=tasks), self)
        self.list.setObjectName("survey_list")
        self.heading = QLabel(self)
        self.heading.setObjectName("survey_heading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("survey_pages")
        self.pages.setDocumentMode(True)
        self._build_actions()

        lower = QWidget(self)
        lower_box = QVBoxLayout(lower)
        lower_box.setContentsMargins(0, layout.SPACING, 0, 0)
        lower_box.setSpacing(layout.SPACING)
        lower_box.addWidget(self.heading)
        lower_box.addWidget(self.pages, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("survey_splitter")
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([LIST_HEIGHT, PAGES_HEIGHT])
        self.splitter.setChildrenCollapsible(False)
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(layout.MARGIN, layout.MARGIN, layout.MARGIN, layout.MARGIN)
        self._box.setSpacing(layout.SPACING)
        self._box.addWidget(self.splitter, 1)

        # The actions sit on the search row: the pages below need the height more.
        outer = self.list.layout()
        first = outer.itemAt(0) if outer is not None else None
        search_row = first.layout() if first is not None else None
        if isinstance(search_row, QHBoxLayout):
            search_row.addWidget(self.toolbar)
        else:  # pragma: no cover - SearchableTable always starts with its search row
            self._box.insertWidget(0, self.toolbar)

        self._build_pages(services, tasks)
        for page in pages:
            self.add_page(page)
        self.pages.currentChanged.connect(self._page_shown)
        view = self.list.view
        view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.list.row_activated.connect(lambda _row: self.edit_design())
        # A search or a reload resets the rows: keep the round chosen, or take the first.
        self.model.modelReset.connect(self._keep_selection)
        self.model.rowsInserted.connect(lambda *_args: self._keep_selection())
        self._keep_selection()
        self.retranslate()

    # --- building ----------------------------------------------------------------------------
    def _action(self, name: str, slot: Callable[[], Any], shortcut: str | None = None) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut:
            set_tab_shortcut(action, shortcut)  # while the tab is shown, wherever the focus is
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("survey_actions")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_action = self._action("new_survey", self.new_survey, "Ctrl+Shift+N")
        self.edit_action = self._action("edit_design", self.edit_design, "F2")
        self.dimensions_action = self._action("edit_dimensions", self.edit_dimensions)
        self.import_structure_action = self._action(
            "import_questionnaire", self.import_questionnaire
        )
        self.export_structure_action = self._action(
            "export_questionnaire", self.export_questionnaire
        )
        self.import_responses_action = self._action(
            "import_responses", self.import_responses, "Ctrl+Shift+I"
        )
        self.export_results_action = self._action(
            "export_results", self.export_results, "Ctrl+Shift+E"
        )
        self.toolbar.addAction(self.new_action)
        self.toolbar.addAction(self.edit_action)
        self.toolbar.addAction(self.dimensions_action)
        self.toolbar.addSeparator()
        self.questionnaire_menu = QMenu(self)
        self.questionnaire_menu.setObjectName("questionnaire_menu")
        self.questionnaire_menu.addActions(
            [self.import_structure_action, self.export_structure_action]
        )
        self.questionnaire_button = MenuToolButton(self.questionnaire_menu, self)
        self.questionnaire_button.setObjectName("questionnaire")
        self.toolbar.addWidget(self.questionnaire_button)
        self.toolbar.addAction(self.import_responses_action)
        self.toolbar.addAction(self.export_results_action)

    def _build_pages(self, services: SurveyServices, tasks: TaskRunner | None) -> None:
        built: list[tuple[str, QWidget]] = []
        if services.analysis is not None:
            built.append(("results", SurveyResultsPage(services.analysis, tasks, self.pages)))
            built.append(
                ("dissatisfaction", SurveyDissatisfactionPage(services.analysis, tasks, self.pages))
            )
        if services.benchmarks is not None and tasks is not None:
            built.append(("benchmark", BenchmarkPage(services.benchmarks, tasks, self.pages)))
        if services.entry is not None:
            entry = SurveyEntryPage(services.entry, self.pages)
            entry.saved.connect(lambda _number: self._data_changed("entry"))
            built.append(("entry", entry))
        if services.double_entry is not None:
            built.append(
                ("double_entry", DoubleEntryPage(services.double_entry, self.pages, tasks=tasks))
            )
        for name, page in built:
            self.add_page(page, name)

    # --- pages -----------------------------------------------------------------------------
    def add_page(self, page: QWidget, name: str = "") -> None:
        """Append ``page`` (a ``SurveyPage``), known to ``page()`` by ``name`` (by default its
        object name)."""
        self._named[name or page.objectName()] = page
        self.pages.addTab(page, as_page(page).title())
        as_survey_page(page).set_survey(self.survey_id())

    def page(self, name: str) -> QWidget | None:
        """The page called ``name``: ``results``, ``dissatisfaction``, ``benchmark``, ``entry``,
        ``double_entry`` (those the tab was given services for)."""
        return self._named.get(name)

    def show_page(self, name: str) -> bool:
        widget = self.page(name)
        if widget is None:
            return False
        self.pages.setCurrentWidget(widget)
        return True

    def page_names(self) -> list[str]:
        order = {id(widget): name for name, widget in self._named.items()}
        widgets = (self.pages.widget(i) for i in range(self.pages.count()))
        return [order.get(id(widget), "") for widget in widgets if widget is not None]

    def _page_shown(self, index: int) -> None:
        widget = self.pages.widget(index)
        name = next((n for n, w in self._named.items() if w is widget), "")
        if name in self._dirty:
            self._dirty.discard(name)
            page_at(self.pages, index).refresh()

    def _data_changed(self, source: str) -> None:
        """Forms were saved or imported: the counts, results and checks are out of date."""
        self.model.reload()
        for name, widget in self._named.items():
            if name == source:
                continue
            if widget.isVisible():
                as_page(widget).refresh()
            else:
                self._dirty.add(name)

    # --- the selected round ------------------------------------------------------------------
    @property
    def table(self) -> SearchableTable[SurveysModel]:
        return self.list

    @property
    def model(self) -> SurveysModel:
        return self.list.model

    def survey(self) -> SurveyRow | None:
        return self._survey

    def survey_id(self) -> uuid.UUID | None:
        return None if self._survey is None else self._survey.id

    def select_survey(self, code: str) -> bool:
        """Select the loaded round whose code is ``code``; False if it is not in the list. While
        the list is being read (on the worker), the round is chosen once it arrives: True."""
        for row in range(self.model.rowCount()):
            found = self.model.row_at(row)
            if found is not None and found.code == code:
                self.list.view.setCurrentIndex(self.model.index(row, 0))
                return True
        if self.model.loading:
            self._wanted_code = code
            return True
        return False

    def _row_of(self, survey_id: uuid.UUID) -> int:
        for row in range(self.model.rowCount()):
            found = self.model.row_at(row)
            if found is not None and found.id == survey_id:
                return row
        return -1

    def _keep_selection(self) -> None:
        view = self.list.view
        if self.model.rowCount() == 0:
            self._choose(None)
            return
        if self._wanted is not None and (wanted := self._row_of(self._wanted)) >= 0:
            self._wanted = None
            view.setCurrentIndex(self.model.index(wanted, 0))
            return
        if self._wanted_code:
            code, self._wanted_code = self._wanted_code, ""
            if self.select_survey(code):
                return
        row = -1 if self._survey is None else self._row_of(self._survey.id)
        if row < 0 and view.currentIndex().isValid():
            return  # the user's choice stands
        row = max(row, 0)
        if view.currentIndex().row() != row:
            view.setCurrentIndex(self.model.index(row, 0))
        else:
            self._choose(self.model.row_at(row))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._choose(self.model.row_at(current.row()) if current.isValid() else None)

    def _choose(self, row: SurveyRow | None) -> None:
        changed = (row is None) != (self._survey is None) or (
            row is not None and self._survey is not None and row.id != self._survey.id
        )
        self._survey = row
        self._show_heading()
        if changed:
            self._dirty.clear()
            for index in range(self.pages.count()):
                as_survey_page(self.pages.widget(index)).set_survey(self.survey_id())
        self._update_actions()

    def _update_actions(self) -> None:
        chosen = self._survey is not None
        services = self._services
        self.new_action.setEnabled(services.design is not None)
        self.edit_action.setEnabled(services.design is not None and chosen)
        self.dimensions_action.setEnabled(services.design is not None)
        self.import_structure_action.setEnabled(services.database is not None)
        self.export_structure_action.setEnabled(services.database is not None and chosen)
        self.questionnaire_button.setEnabled(services.database is not None)
        self.import_responses_action.setEnabled(
            services.database is not None and self._tasks is not None and chosen
        )
        self.export_results_action.setEnabled(services.database is not None and chosen)

    def _show_heading(self) -> None:
        row = self._survey
        if row is None:
            self.heading.setText(self.tr("Choose a survey in the list above."))
            return
        self.heading.setText(
            self.tr("{code} — {title}").format(
                code=row.code, title=name_text(row.title, current_language())
            )
        )

    # --- actions -------------------------------------------------------------------------------
    def new_survey(self) -> SurveyDesignDialog | None:
        """Open the design dialog for a new survey (not blocking); once saved, the list shows
        it chosen."""
        return self._open_design(None)

    def edit_design(self) -> SurveyDesignDialog | None:
        """Open the design dialog of the chosen survey."""
        if self._survey is None:
            return None
        return self._open_design(self._survey.id)

    def _open_design(self, survey_id: uuid.UUID | None) -> SurveyDesignDialog | None:
        design = self._services.design
        if design is None:
            return None
        try:
            dialog = SurveyDesignDialog(design, survey_id, self)
        except Exception as error:  # noqa: BLE001 - e.g. the survey was deleted meanwhile
            show_error(self, error)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._design_saved(dialog.saved_id()))
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _design_saved(self, survey_id: uuid.UUID | None) -> None:
        self._wanted = survey_id
        self.refresh()
        self.status_message.emit(self.tr("The survey design was saved."))

    def edit_dimensions(self) -> DimensionsDialog | None:
        design = self._services.design
        if design is None:
            return None
        dialog = DimensionsDialog(design, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.refresh)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def import_questionnaire(self, path: Path | None = None) -> None:
        """Read a questionnaire workbook (all or nothing) off the GUI thread; the survey it
        makes or updates is then chosen."""
        database = self._services.database
        if database is None:
            return
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import a questionnaire"), _documents(),
                self.tr("Excel workbook (*.xlsx)"),
            )  # fmt: skip
            if not name:
                return
            path = Path(name)
        chosen = path
        self._run(
            lambda _progress: import_structure(database, chosen),
            self._questionnaire_imported,
            self.tr("Importing the questionnaire…"),
        )

    def _questionnaire_imported(self, outcome: StructureImport) -> None:
        self._wanted = outcome.saved.id
        self.refresh()
        self.status_message.emit(
            counted(
                self.tr("Questionnaire {code} imported: %n question(s).", "", outcome.questions),
                outcome.questions,
            ).format(code=outcome.code)
        )
        self._tell(outcome.notices)

    def export_questionnaire(self, path: Path | None = None) -> None:
        """Write the chosen survey's questionnaire to a workbook off the GUI thread."""
        database, row = self._services.database, self._survey
        if database is None or row is None:
            return
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the questionnaire"),
                str(Path(_documents()) / f"{row.code}.xlsx"), self.tr("Excel workbook (*.xlsx)"),
            )  # fmt: skip
            if not name:
                return
            path = Path(name)
            if path.suffix.lower() != ".xlsx":
                path = path.with_suffix(".xlsx")
        target, code = path, row.code
        self._run(
            lambda _progress: export_structure(database, code, target),
            lambda count: self.status_message.emit(
                counted(
                    self.tr("Questionnaire {code} written to {path} (%n question(s)).", "", count),
                    count,
                ).format(code=code, path=str(target))
            ),
            self.tr("Exporting the questionnaire…"),
        )

    def import_responses(self) -> ImportWizard | None:
        """Open the import wizard for the chosen survey's responses (CSV or Excel)."""
        database, row = self._services.database, self._survey
        if database is None or row is None or self._tasks is None:
            return None
        wizard = open_responses_import(self, database, self._tasks, row.id)
        if wizard is not None:
            wizard.imported.connect(lambda _summary: self._data_changed(""))
            self.wizard = wizard
        return wizard

    def export_results(self, path: Path | None = None) -> None:
        """Write the chosen survey's results (items, dimensions, overall; all respondents, then
        each segment) to a CSV or Excel file off the GUI thread."""
        database, row = self._services.database, self._survey
        if database is None or row is None:
            return
        if path is None:
            xlsx, csv = self.tr("Excel workbook (*.xlsx)"), self.tr("CSV, UTF-8 (*.csv)")
            name, chosen = QFileDialog.getSaveFileName(
                self, self.tr("Export the survey results"),
                str(Path(_documents()) / f"{row.code}-results.xlsx"), ";;".join([xlsx, csv]),
            )  # fmt: skip
            if not name:
                return
            path = Path(name)
            if path.suffix.lower() not in (".xlsx", ".csv"):
                path = path.with_suffix(".csv" if chosen == csv else ".xlsx")
        target, code = path, row.code
        self._run(
            lambda _progress: export_results(database, code, target),
            lambda count: self.status_message.emit(
                counted(
                    self.tr("Results of {code} written to {path} (%Ln row(s)).", "", count), count
                ).format(code=code, path=str(target))
            ),
            self.tr("Exporting the survey results…"),
        )

    def _run(self, work: Callable[[Progress | None], Any], done: Callable[[Any], None],
             title: str) -> None:  # fmt: skip
        if self._tasks is None:
            try:
                result = work(None)
            except Exception as error:  # noqa: BLE001 - shown to the user, never a traceback
                show_error(self, error)
                return
            done(result)
            return
        self._tasks.run(work, on_done=done, title=title, parent_widget=self, receiver=self)

    def _tell(self, notices: Sequence[Message]) -> None:
        if not notices:
            return
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Surveys"),
            "\n".join(translate_message(notice) for notice in notices), parent=self,
        )  # fmt: skip
        box.setObjectName("survey_notices")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # --- what the window uses ----------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Surveys")

    def retranslate(self) -> None:
        self.list.set_placeholder(self.tr("Search by code or title"))
        for index in range(self.pages.count()):
            self.pages.setTabText(index, page_at(self.pages, index).title())
        self.new_action.setText(self.tr("New survey…"))
        self.new_action.setToolTip(self.tr("Design a new survey (Ctrl+Shift+N)"))
        self.edit_action.setText(self.tr("Edit design…"))
        self.edit_action.setToolTip(self.tr("Questions and settings of the chosen survey (F2)"))
        self.dimensions_action.setText(self.tr("Dimensions…"))
        self.questionnaire_button.set_label(self.tr("Questionnaire file"))
        self.import_structure_action.setText(self.tr("Import questionnaire…"))
        self.export_structure_action.setText(self.tr("Export questionnaire…"))
        self.import_responses_action.setText(self.tr("Import responses…"))
        self.import_responses_action.setToolTip(
            self.tr("Responses from a CSV or Excel file, e.g. an online form (Ctrl+Shift+I)")
        )
        self.export_results_action.setText(self.tr("Export results…"))
        self.export_results_action.setToolTip(
            self.tr(
                "Scores per item, dimension and overall, for all respondents and each segment, "
                "to a CSV or Excel file (Ctrl+Shift+E)"
            )
        )
        self._show_heading()

    def focus_search(self) -> None:
        self.list.search_box.setFocus()
        self.list.search_box.selectAll()

    def refresh(self) -> None:
        """Read the rounds again (keeping the search, the sort and the chosen round), then the
        pages."""
        self.model.reload()
        self._dirty.clear()
        for index in range(self.pages.count()):
            page_at(self.pages, index).refresh()

    def export_job(self) -> ExportJob | None:
        return self.EXPORT_NAME, snapshot_job(self.model)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _documents() -> str:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return folder or str(Path.home())
