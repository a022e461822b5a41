"""The Listening tab: the listening log of everything heard, from every channel, and the pages
built on it (the listening plan and its coverage, improvement actions, summaries).

The tab is a container: an inner tab bar whose first page is the log. Other pages are added
with ``add_page(page)``; a page is any QWidget with ``title() -> str`` and ``refresh()``.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from vocdesk.services.listening.log import ListeningService
from vocdesk.ui import layout
from vocdesk.ui.listening.feedback_log import ListeningLogPage, LogServices
from vocdesk.ui.listening.log_model import ListeningModel
from vocdesk.ui.widgets.list_tab import ExportJob
from vocdesk.ui.widgets.pages import as_page, page_at
from vocdesk.ui.widgets.searchable_table import SearchableTable


class ListeningTab(QWidget):
    def __init__(
        self,
        listening: ListeningService,
        parent: QWidget | None = None,
        *,
        services: LogServices | None = None,
        pages: Sequence[QWidget] = (),
    ) -> None:
        super().__init__(parent)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("listening_pages")
        self.pages.setDocumentMode(True)
        self.log = ListeningLogPage(listening, services or LogServices(), self.pages)
        self.log.setObjectName("listening_log")
        box = QVBoxLayout(self)
        box.setContentsMargins(layout.MARGIN, layout.MARGIN, layout.MARGIN, layout.MARGIN)
        box.addWidget(self.pages)
        self.add_page(self.log)
        # Pages of the listening plan, improvement actions and summaries are added here.
        for page in pages:
            self.add_page(page)
            attach = getattr(page, "attach_to_log", None)
            if attach is not None:  # a page with actions on the entries selected in the log
                attach(self.log)
        self.retranslate()

    # --- pages -----------------------------------------------------------------------------
    def add_page(self, page: QWidget) -> None:
        """Append ``page`` (a QWidget with ``title()`` and ``refresh()``) to the inner tabs."""
        self.pages.addTab(page, as_page(page).title())

    def page_titles(self) -> list[str]:
        return [self.pages.tabText(index) for index in range(self.pages.count())]

    # --- what the window uses ----------------------------------------------------------------
    @property
    def table(self) -> SearchableTable:
        return self.log.table

    @property
    def model(self) -> ListeningModel:
        return self.log.model

    def selected_entry_id(self) -> uuid.UUID | None:
        """The id of the log entry selected in the table, if any (for actions on one entry)."""
        return self.log.selected_entry_id()

    def title(self) -> str:
        return self.tr("Listening")

    def retranslate(self) -> None:
        for index in range(self.pages.count()):
            self.pages.setTabText(index, page_at(self.pages, index).title())

    def focus_search(self) -> None:
        self.pages.setCurrentWidget(self.log)
        self.log.focus_search()

    def refresh(self) -> None:
        for index in range(self.pages.count()):
            page_at(self.pages, index).refresh()

    def export_job(self) -> ExportJob | None:
        return self.log.export_job()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
