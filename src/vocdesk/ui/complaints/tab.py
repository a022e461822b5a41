"""The Complaints tab: pages in an inner tab bar. The first, "Cases", is a queue of cases (mine,
unassigned, due soon, overdue, waiting, open, all) with the buttons to register and open one;
other areas add pages (e.g. the KPI page) with ``add_page``.

A page is a QWidget with ``title() -> str`` and ``refresh() -> None``; it retranslates itself on
``QEvent.LanguageChange`` like every widget, and the tab re-reads its title then.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vocdesk.domain.messages import QT_TRANSLATE_NOOP, UserError
from vocdesk.services.complaints.cases import CaseDraft, ComplaintCasesService
from vocdesk.services.complaints.categories import ComplaintCategoriesService
from vocdesk.services.complaints.queues import ComplaintRow, ComplaintsService, Queue
from vocdesk.services.listening.improvement import ImprovementActionsService
from vocdesk.services.pdpa.notices import PrivacyNoticeService
from vocdesk.ui import layout
from vocdesk.ui.complaints.case_dialog import ComplaintCaseDialog
from vocdesk.ui.complaints.cases_model import ComplaintsModel
from vocdesk.ui.complaints.categories_dialog import ComplaintCategoriesDialog
from vocdesk.ui.complaints.form import ComplaintForm
from vocdesk.ui.errors import show_error
from vocdesk.ui.models.display import number_text
from vocdesk.ui.models.lazy_table import LazyTableModel
from vocdesk.ui.models.table_export import snapshot_job
from vocdesk.ui.tasks import TaskRunner
from vocdesk.ui.widgets.list_tab import ExportJob
from vocdesk.ui.widgets.pages import Page, as_page
from vocdesk.ui.widgets.searchable_table import SearchableTable
from vocdesk.ui.widgets.shortcuts import tab_shortcut

QUEUE_LABELS = {
    Queue.OPEN: QT_TRANSLATE_NOOP("ComplaintsTab", "Open cases"),
    Queue.MINE: QT_TRANSLATE_NOOP("ComplaintsTab", "Assigned to me"),
    Queue.UNASSIGNED: QT_TRANSLATE_NOOP("ComplaintsTab", "Unassigned"),
    Queue.DUE_SOON: QT_TRANSLATE_NOOP("ComplaintsTab", "Due soon"),
    Queue.OVERDUE: QT_TRANSLATE_NOOP("ComplaintsTab", "Overdue"),
    Queue.WAITING: QT_TRANSLATE_NOOP("ComplaintsTab", "Waiting (clock stopped)"),
    Queue.ALL: QT_TRANSLATE_NOOP("ComplaintsTab", "All cases"),
}


class CasesPage(QWidget):
    """The queue selector, the table of cases and the buttons that act on them."""

    register_requested = Signal()
    open_requested = Signal(object)  # the ComplaintRow to open
    categories_requested = Signal()

    def __init__(
        self,
        complaints: ComplaintsService,
        parent: QWidget | None = None,
        *,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._complaints = complaints
        self._tasks = tasks
        self._counts: dict[Queue, int] = {}
        self.table = SearchableTable(ComplaintsModel(complaints), self)
        self.queue_box = QComboBox(self)
        self.queue_box.setObjectName("queue")
        # Sized by a short text, not the longest queue name: the window must fit 1024 pixels.
        self.queue_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.queue_box.setMinimumContentsLength(14)
        for queue in QUEUE_LABELS:
            self.queue_box.addItem("", queue)
        self.queue_label = QLabel(self)
        self.queue_label.setBuddy(self.queue_box)
        self.register_button = QPushButton(self)
        self.register_button.setObjectName("register")
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("open")
        self.categories_button = QPushButton(self)
        self.categories_button.setObjectName("categories")

        top = QHBoxLayout()
        top.setSpacing(layout.BUTTON_SPACING)
        top.addWidget(self.queue_label)
        top.addWidget(self.queue_box)
        top.addStretch(1)
        top.addWidget(self.register_button)
        top.addWidget(self.open_button)
        top.addWidget(self.categories_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(
            layout.NO_MARGIN, layout.NO_MARGIN, layout.NO_MARGIN, layout.NO_MARGIN
        )
        box.setSpacing(layout.SPACING)
        box.addLayout(top)
        box.addWidget(self.table, 1)

        self.queue_box.currentIndexChanged.connect(self._queue_chosen)
        self.register_button.clicked.connect(self.register_requested)
        self.open_button.clicked.connect(self._open_selected)
        self.categories_button.clicked.connect(self.categories_requested)
        self.table.row_activated.connect(self.open_requested)
        self.model.set_queue(self.queue_box.currentData())  # the open cases, as the box shows
        self._count_queues()
        self.retranslate()

    @property
    def model(self) -> ComplaintsModel:
        return self.table.model

    def title(self) -> str:
        return self.tr("Cases")

    def refresh(self) -> None:
        self.model.reload()
        self._count_queues()
        self.retranslate()

    def _count_queues(self) -> None:
        """One indexed count per queue (~30 ms at 115,000 cases), but the first of a process
        builds the working calendar (~0.2 s): on the worker when there is one, so the window
        shows without waiting; the queue box shows the counts when they come."""
        if self._tasks is None:
            self._counts = self._complaints.queue_counts()
            return
        complaints = self._complaints
        self._tasks.run(
            lambda _progress: complaints.queue_counts(), on_done=self._show_counts, receiver=self
        )

    def _show_counts(self, counts: dict[Queue, int]) -> None:
        self._counts = counts
        self.retranslate()

    def set_queue(self, queue: Queue) -> None:
        self.queue_box.setCurrentIndex(self.queue_box.findData(Queue(queue)))

    def selected_row(self) -> ComplaintRow | None:
        index = self.table.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _queue_chosen(self, index: int) -> None:
        queue = self.queue_box.itemData(index)
        if queue is not None:
            self.model.set_queue(queue)

    def _open_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_requested.emit(row)

    def retranslate(self) -> None:
        for i in range(self.queue_box.count()):
            queue = Queue(self.queue_box.itemData(i))
            label = QCoreApplication.translate("ComplaintsTab", QUEUE_LABELS[queue])
            if queue in self._counts:
                label = f"{label} ({number_text(self._counts[queue], self.model.language)})"
            self.queue_box.setItemText(i, label)
        self.queue_label.setText(self.tr("&Queue:"))
        self.register_button.setText(self.tr("&Register case…"))
        self.register_button.setToolTip(self.tr("Register a new complaint case (Ctrl+Shift+N)"))
        self.open_button.setText(self.tr("&Open case"))
        self.categories_button.setText(self.tr("Categories and standards…"))
        self.table.set_placeholder(
            self.tr("Search by number, subject, category, unit or the officer assigned")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ComplaintsTab(QWidget):
    EXPORT_NAME = "complaints"
    case_registered = Signal()

    def __init__(
        self,
        complaints: ComplaintsService,
        parent: QWidget | None = None,
        *,
        cases: ComplaintCasesService | None = None,
        categories: ComplaintCategoriesService | None = None,
        improvements: ImprovementActionsService | None = None,
        notices: PrivacyNoticeService | None = None,
        tasks: TaskRunner | None = None,
    ) -> None:
        """``cases`` and ``categories`` enable registering and working cases (without them the
        tab only reads); ``improvements`` turns a corrective action into an improvement action;
        ``notices`` puts the privacy notice line on the registration form (issue 19); with
        ``tasks`` the queues are counted on its worker."""
        super().__init__(parent)
        self._notices = notices
        self._complaints = complaints
        self._cases = cases
        self._categories = categories
        self._improvements = improvements
        self.dialog: QWidget | None = None  # the last dialog opened (for tests and screenshots)
        self.listening_button: QPushButton | None = None
        self.pages = QTabWidget(self)
        self.pages.setObjectName("complaint_pages")
        self.pages.setDocumentMode(True)
        self.cases_page = CasesPage(complaints, self, tasks=tasks)
        self.cases_page.setObjectName("cases")
        self._pages: list[Page] = []
        self.add_page(self.cases_page)
        box = QVBoxLayout(self)
        box.setContentsMargins(layout.MARGIN, layout.MARGIN, layout.MARGIN, layout.MARGIN)
        box.addWidget(self.pages)
        self.cases_page.register_requested.connect(self.register_case)
        self.cases_page.open_requested.connect(self.open_case)
        self.cases_page.categories_requested.connect(self.edit_categories)
        for button in (self.cases_page.register_button, self.cases_page.open_button):
            button.setEnabled(cases is not None)
        self.cases_page.categories_button.setEnabled(categories is not None)
        tab_shortcut("Ctrl+Shift+N", self, self.register_case)
        self.retranslate()

    # --- the API the main window uses -------------------------------------------------------
    @property
    def table(self) -> SearchableTable:
        return self.cases_page.table

    @property
    def model(self) -> LazyTableModel[Any]:
        return self.cases_page.model

    def add_page(self, page: QWidget) -> None:
        """Add a page (a QWidget with ``title()`` and ``refresh()``) after the others."""
        self._pages.append(as_page(page))
        self.pages.addTab(page, as_page(page).title())

    def title(self) -> str:
        return self.tr("Complaints")

    def retranslate(self) -> None:
        for index, page in enumerate(self._pages):
            self.pages.setTabText(index, page.title())
        if self.listening_button is not None:
            self.listening_button.setText(self.tr("Turn into complaint…"))
            self.listening_button.setToolTip(
                self.tr("Register a complaint case from the selected entry")
            )

    def focus_search(self) -> None:
        self.pages.setCurrentWidget(self.cases_page)
        self.table.search_box.setFocus()
        self.table.search_box.selectAll()

    def refresh(self) -> None:
        for page in self._pages:
            page.refresh()

    def export_job(self) -> ExportJob | None:
        return self.EXPORT_NAME, snapshot_job(self.model)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- acting on cases --------------------------------------------------------------------
    def register_case(self, draft: CaseDraft | None = None) -> ComplaintForm | None:
        """Open the registration form (prefilled from ``draft``, e.g. a listening entry)."""
        if self._cases is None:
            return None
        form = ComplaintForm(self._cases, self, draft, notices=self._notices)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.accepted.connect(self._registered)
        form.open()
        self.dialog = form
        return form

    def register_from_feedback(self, entry_id: uuid.UUID | None) -> ComplaintForm | None:
        """The registration form prefilled from a listening-log entry, linked to it."""
        if self._cases is None or entry_id is None:
            return None
        try:
            draft = self._cases.draft_from_feedback(entry_id)
        except UserError as error:
            show_error(self, error)
            return None
        return self.register_case(draft)

    def attach_to(self, pages: Mapping[str, QWidget]) -> None:
        """Join the window's other tabs: "Turn into complaint…" in the listening log, and the
        Overview's overdue cases opening here."""
        if "listening" in pages:
            self.attach_to_listening(pages["listening"])
        overview = pages.get("overview")
        if overview is not None and hasattr(overview, "case_requested"):
            overview.case_requested.connect(self.open_case_id)

    def open_case_id(self, case_id: uuid.UUID) -> ComplaintCaseDialog | None:
        if self._cases is None:
            return None
        try:
            dialog = ComplaintCaseDialog(
                self._cases, case_id, self, improvements=self._improvements
            )
        except UserError as error:
            show_error(self, error)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.refresh() if dialog.changed else None)
        dialog.open()
        self.dialog = dialog
        return dialog

    def attach_to_listening(self, listening: Any) -> QPushButton | None:
        """Add "Turn into complaint…" to the listening log's row of entry actions (the Listening
        tab's ``log.actions_row``); it opens the form prefilled from the selected entry."""
        log = getattr(listening, "log", None)
        row = getattr(log, "actions_row", None)
        if row is None or self._cases is None:
            return None
        button = QPushButton(log)
        button.setObjectName("turn_into_complaint")
        button.clicked.connect(lambda: self.register_from_feedback(listening.selected_entry_id()))
        row.insertWidget(row.count() - 1, button)
        self.listening_button = button
        self.retranslate()
        return button

    def _registered(self) -> None:
        self.refresh()
        self.case_registered.emit()

    def open_case(self, row: ComplaintRow) -> ComplaintCaseDialog | None:
        return self.open_case_id(row.id)

    def edit_categories(self) -> ComplaintCategoriesDialog | None:
        if self._categories is None:
            return None
        dialog = ComplaintCategoriesDialog(self._categories, self, cases=self._cases)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog
        return dialog
