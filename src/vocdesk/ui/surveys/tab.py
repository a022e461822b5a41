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
from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vocdesk.services.surveys.analysis import SurveyAnalysisService
from vocdesk.services.surveys.rounds import SurveyRow, SurveysService
from vocdesk.ui import layout
from vocdesk.ui.i18n import current_language
from vocdesk.ui.models.display import name_text
from vocdesk.ui.models.table_export import snapshot_job
from vocdesk.ui.surveys.dissatisfaction_page import SurveyDissatisfactionPage
from vocdesk.ui.surveys.results_page import SurveyResultsPage
from vocdesk.ui.surveys.rounds_model import SurveysModel
from vocdesk.ui.tasks import TaskRunner
from vocdesk.ui.widgets.list_tab import ExportJob
from vocdesk.ui.widgets.pages import Page, as_page, page_at
from vocdesk.ui.widgets.searchable_table import SearchableTable

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


class SurveysTab(QWidget):
    EXPORT_NAME = "surveys"

    def __init__(
        self,
        surveys: SurveysService,
        parent: QWidget | None = None,
        *,
        tasks: TaskRunner | None = None,
        analysis: SurveyAnalysisService | None = None,
        pages: Sequence[QWidget] = (),
    ) -> None:
        super().__init__(parent)
        self._surveys = surveys
        self._tasks = tasks
        self._survey: SurveyRow | None = None
        self.list = SearchableTable(SurveysModel(surveys), self)
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

        built: list[QWidget] = []
        if analysis is not None:
            built.append(SurveyResultsPage(analysis, tasks, self.pages))
            built.append(SurveyDissatisfactionPage(analysis, tasks, self.pages))
        for page in (*built, *pages):
            self.add_page(page)
        view = self.list.view
        view.selectionModel().currentRowChanged.connect(self._current_changed)
        # A search or a reload resets the rows: keep the round chosen, or take the first.
        self.model.modelReset.connect(self._keep_selection)
        self.model.rowsInserted.connect(lambda *_args: self._keep_selection())
        self._keep_selection()
        self.retranslate()

    # --- pages -----------------------------------------------------------------------------
    def add_page(self, page: QWidget) -> None:
        """Append ``page`` (a ``SurveyPage``) to the pages of the selected round."""
        self.pages.addTab(page, as_page(page).title())
        as_survey_page(page).set_survey(self.survey_id())

    def page(self, name: str) -> QWidget | None:
        """The page whose object name is ``name`` (``results``, ``dissatisfaction``, ...)."""
        for index in range(self.pages.count()):
            widget = self.pages.widget(index)
            if widget is not None and widget.objectName() == name:
                return widget
        return None

    def show_page(self, name: str) -> bool:
        widget = self.page(name)
        if widget is None:
            return False
        self.pages.setCurrentWidget(widget)
        return True

    def page_names(self) -> list[str]:
        widgets = (self.pages.widget(i) for i in range(self.pages.count()))
        return [widget.objectName() for widget in widgets if widget is not None]

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
        """Select the loaded round whose code is ``code``; False if it is not in the list."""
        for row in range(self.model.rowCount()):
            found = self.model.row_at(row)
            if found is not None and found.code == code:
                self.list.view.setCurrentIndex(self.model.index(row, 0))
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
            for index in range(self.pages.count()):
                as_survey_page(self.pages.widget(index)).set_survey(self.survey_id())
        self._update_actions()

    def _update_actions(self) -> None:
        """Enable what acts on a round only while one is selected (actions land here)."""

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

    # --- what the window uses ----------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Surveys")

    def retranslate(self) -> None:
        self.list.set_placeholder(self.tr("Search by code or title"))
        for index in range(self.pages.count()):
            self.pages.setTabText(index, page_at(self.pages, index).title())
        self._show_heading()

    def focus_search(self) -> None:
        self.list.search_box.setFocus()
        self.list.search_box.selectAll()

    def refresh(self) -> None:
        """Read the rounds again (keeping the search, the sort and the chosen round), then the
        pages."""
        self.model.reload()
        for index in range(self.pages.count()):
            page_at(self.pages, index).refresh()

    def export_job(self) -> ExportJob | None:
        return self.EXPORT_NAME, snapshot_job(self.model)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
