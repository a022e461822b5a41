"""Personal data › Requests of data subjects…: the requests with their deadlines (overdue in red,
due soon in amber), filters (open, overdue, kind, period), and what an officer does with one:
log it, answer it, export everything about the person (a zip, made off the GUI thread), lift a
restriction."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vocdesk.domain.clock import thai_today
from vocdesk.domain.pdpa.terms import RequestKind
from vocdesk.services.pdpa.access_export import AccessExport, AccessExportService
from vocdesk.services.pdpa.consents import ConsentsService
from vocdesk.services.pdpa.notices import PrivacyNoticeService
from vocdesk.services.pdpa.requests import DataSubjectRequestsService, RequestFilter, RequestRow
from vocdesk.services.registry.edit import RegistryEditService
from vocdesk.services.registry.stakeholders import RegistryService
from vocdesk.ui import layout
from vocdesk.ui.errors import show_error
from vocdesk.ui.i18n import current_language
from vocdesk.ui.labels import enum_label
from vocdesk.ui.models.display import date_text
from vocdesk.ui.pdpa.request_forms import AnswerDialog, RequestFormDialog
from vocdesk.ui.pdpa.requests_model import RequestsModel, deadline_text
from vocdesk.ui.tasks import Progress, TaskRunner
from vocdesk.ui.widgets.be_date_edit import BuddhistDateEdit

DIALOG_SIZE = (980, 600)
PERIOD_DAYS = 365
SHOW_ALL, SHOW_OPEN, SHOW_OVERDUE = "all", "open", "overdue"


@dataclass(frozen=True)
class RequestsServices:
    """What the dialog works with (``WindowServices.pdpa_requests`` and ``.access_export``)."""

    requests: DataSubjectRequestsService
    access_export: AccessExportService | None = None  # None: no Export for the person…
    registry_edit: RegistryEditService | None = None  # None: no Correct the record…
    registry: RegistryService | None = None
    consents: ConsentsService | None = None  # the form's PDPA box, as the Stakeholders tab
    notices: PrivacyNoticeService | None = None  # opens it


class RequestsDialog(QDialog):
    def __init__(
        self,
        services: RequestsServices,
        parent: QWidget | None = None,
        *,
        tasks: TaskRunner | None = None,
        translations_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("requests_dialog")
        self._services = services
        self._tasks = tasks
        self._translations_dir = translations_dir
        self.last_export: AccessExport | None = None
        self.resize(*DIALOG_SIZE)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(*(layout.DIALOG_MARGIN,) * 4)
        outer.setSpacing(layout.SPACING)

        filters = QHBoxLayout()
        filters.setSpacing(layout.SPACING)
        self.show_combo = QComboBox(self)
        self.show_combo.setObjectName("show")
        for key in (SHOW_OPEN, SHOW_OVERDUE, SHOW_ALL):
            self.show_combo.addItem("", key)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kind")
        self.kind_combo.addItem("", None)
        for kind in RequestKind:
            self.kind_combo.addItem("", kind.value)  # Qt gives a StrEnum back as a plain str
        self.period_check = QCheckBox(self)
        self.period_check.setObjectName("period")
        today = thai_today()
        self.start_edit = BuddhistDateEdit(self, today - timedelta(days=PERIOD_DAYS))
        self.start_edit.setObjectName("start")
        self.to_label = QLabel(self)
        self.end_edit = BuddhistDateEdit(self, today)
        self.end_edit.setObjectName("end")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")
        for widget in (self.show_combo, self.kind_combo, self.period_check, self.start_edit,
                       self.to_label, self.end_edit):  # fmt: skip
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        outer.addLayout(filters)

        self.model = RequestsModel(services.requests, self, load=False)
        self.table = QTableView(self)
        self.table.setObjectName("requests_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(layout.DEFAULT_ROW_HEIGHT)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.model.column_of("person"), QHeaderView.ResizeMode.Stretch)
        outer.addWidget(self.table, 1)
        self.details = QLabel(self)
        self.details.setObjectName("details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.details)

        buttons = QHBoxLayout()
        buttons.setSpacing(layout.BUTTON_SPACING)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("new")
        self.answer_button = QPushButton(self)
        self.answer_button.setObjectName("answer")
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("export")
        self.lift_button = QPushButton(self)
        self.lift_button.setObjectName("lift")
        self.correct_button = QPushButton(self)
        self.correct_button.setObjectName("correct")
        self.link_button = QPushButton(self)
        self.link_button.setObjectName("link")
        self.assign_button = QPushButton(self)
        self.assign_button.setObjectName("assign")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("close")
        for button in (self.new_button, self.answer_button, self.assign_button, self.link_button,
                       self.correct_button, self.export_button, self.lift_button):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        outer.addLayout(buttons)

        self.export_button.setVisible(services.access_export is not None)
        self.new_button.clicked.connect(lambda: self.new_request())
        self.answer_button.clicked.connect(lambda: self.answer_selected())
        self.export_button.clicked.connect(lambda: self.export_for_person())
        self.lift_button.clicked.connect(self.lift_restriction)
        self.correct_button.clicked.connect(lambda: self.correct_record())
        self.link_button.clicked.connect(lambda: self.link_person())
        self.assign_button.clicked.connect(lambda: self.assign_officer())
        self.close_button.clicked.connect(self.accept)
        self.show_combo.currentIndexChanged.connect(self.apply_filter)
        self.kind_combo.currentIndexChanged.connect(self.apply_filter)
        self.period_check.toggled.connect(self.apply_filter)
        self.start_edit.dateChanged.connect(lambda _day: self.apply_filter())
        self.end_edit.dateChanged.connect(lambda _day: self.apply_filter())
        self.model.modelReset.connect(self._show_selected)
        self.model.total_changed.connect(lambda _total: self._show_count())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.retranslate()
        self.apply_filter()

    # --- what is shown ---------------------------------------------------------------------
    def request_filter(self) -> RequestFilter:
        show = self.show_combo.currentData()
        period = self.period_check.isChecked()
        return RequestFilter(
            open_only=show == SHOW_OPEN,
            overdue_only=show == SHOW_OVERDUE,
            kind=RequestKind(kind) if (kind := self.kind_combo.currentData()) else None,
            received_from=self.start_edit.date() if period else None,
            received_to=self.end_edit.date() if period else None,
        )

    def apply_filter(self) -> None:
        for edit in (self.start_edit, self.end_edit):
            edit.setEnabled(self.period_check.isChecked())
        filt = self.request_filter()
        if filt == self.model.request_filter:
            self.model.reload()
        else:
            self.model.set_request_filter(filt)
        self._show_count()

    def selected(self) -> RequestRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("%n request(s)", "", self.model.total))

    def _show_selected(self) -> None:
        row = self.selected()
        self.answer_button.setEnabled(row is not None and row.clock.open)
        self.export_button.setEnabled(row is not None and row.stakeholder_id is not None)
        self.lift_button.setEnabled(row is not None and row.restricted)
        self.link_button.setEnabled(row is not None and row.stakeholder_id is None)
        self.assign_button.setEnabled(row is not None and row.clock.open)
        self.correct_button.setVisible(
            self._services.registry_edit is not None and self._services.registry is not None
        )
        self.correct_button.setEnabled(
            row is not None
            and row.kind is RequestKind.CORRECTION
            and row.stakeholder_id is not None
        )
        if row is None:
            self.details.setText("")
            return
        lang = current_language()
        parts = [self.tr("{kind}: {deadline}.").format(kind=enum_label(row.kind),
                                                       deadline=deadline_text(row))]  # fmt: skip
        if row.details:
            parts.append(self.tr("Details: {text}").format(text=row.details))
        if row.closed_on is not None:
            parts.append(self.tr("Answered on {day}: {outcome}").format(
                day=date_text(row.closed_on, lang), outcome=row.outcome))  # fmt: skip
        if row.restricted:
            parts.append(self.tr("The person's records are restricted."))
        self.details.setText("\n".join(parts))

    # --- what an officer does ----------------------------------------------------------------
    def new_request(self, *, run: bool = True) -> RequestFormDialog:
        """Log a request (the form, opened; ``run`` False: returned unopened, for tests)."""
        form = RequestFormDialog(self._services.requests, self)
        form.accepted.connect(self.apply_filter)
        if run:
            form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            form.open()
        return form

    def answer_selected(self, *, run: bool = True) -> AnswerDialog | None:
        row = self.selected()
        if row is None or not row.clock.open:
            return None
        dialog = AnswerDialog(self._services.requests, row, self, self._tasks)
        dialog.accepted.connect(self.apply_filter)
        if run:
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
        return dialog

    def correct_record(self, *, run: bool = True) -> QDialog | None:
        """Correct the record…: the person's record in the usual stakeholder form (whose
        changes go on the audit trail); the request is answered afterwards."""
        from vocdesk.ui.registry.stakeholder_form import StakeholderForm

        row, edit, registry = self.selected(), self._services.registry_edit, self._services.registry
        if row is None or row.stakeholder_id is None or edit is None or registry is None:
            return None
        form = StakeholderForm(edit, registry, row.stakeholder_id, self,
                               consents=self._services.consents, notices=self._services.notices)  # fmt: skip
        if run:
            form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            form.open()
        return form

    def assign_officer(self, login: str | None = None) -> None:
        """Assign…: hand the request to the officer (a sign-in name) who answers it."""
        row = self.selected()
        if row is None or not row.clock.open:
            return
        if login is None:
            login, ok = QInputDialog.getText(self, self.tr("Assign the request"),
                                             self.tr("The officer's sign-in name:"), text=row.officer)  # fmt: skip
            if not ok:
                return
        try:
            self._services.requests.assign(row.id, login, row.version)
        except Exception as error:  # noqa: BLE001 - a refusal or a failure: said in the box
            show_error(self, error)
            return
        self.apply_filter()

    def link_person(self, text: str | None = None) -> None:
        """Link to the record…: a request logged without one, linked to the person's record
        (their record id or national ID) once they are found or registered."""
        row = self.selected()
        if row is None or row.stakeholder_id is not None:
            return
        if text is None:
            text, ok = QInputDialog.getText(
                self,
                self.tr("Link to the record"),
                self.tr("The person's record id or national ID:"),
            )
            if not ok or not text.strip():
                return
        try:
            self._services.requests.link_person(row.id, text, row.version)
        except Exception as error:  # noqa: BLE001 - a refusal or a failure: said in the box
            show_error(self, error)
            return
        self.apply_filter()

    def lift_restriction(self) -> None:
        row = self.selected()
        if row is None or row.stakeholder_id is None:
            return
        try:
            self._services.requests.lift_restriction(row.stakeholder_id)
        except Exception as error:  # noqa: BLE001 - a refusal or a failure: said in the box
            show_error(self, error)
            return
        self.apply_filter()

    def export_for_person(self, path: Path | None = None) -> None:
        """Export for the person…: the zip written off the GUI thread, with its progress."""
        row, exporter = self.selected(), self._services.access_export
        if row is None or row.stakeholder_id is None or exporter is None:
            return
        if path is None:
            suggested = Path.home() / f"personal-data-{row.received_on:%Y%m%d}.zip"
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export for the person"), str(suggested), self.tr("Zip file (*.zip)")
            )
            if not name:
                return
            path = Path(name)
        lang = current_language()
        translate = self._translator(lang)
        person_id = row.stakeholder_id

        def work(progress: Progress) -> AccessExport:
            return exporter.export(person_id, path, lang, translate,
                                   lambda done, total: progress.report(done, total))  # fmt: skip

        def done(result: AccessExport) -> None:
            self.last_export = result
            self.details.setText(self.tr(
                "Written {path}: {records} records and {files} attached files."
            ).format(path=str(result.path), records=result.records, files=result.files))  # fmt: skip

        if self._tasks is None:  # tests and pictures: at once
            try:
                done(work(Progress()))
            except Exception as error:  # noqa: BLE001 - said in the box
                show_error(self, error)
            return
        self._tasks.run(work, on_done=done, title=self.tr("Exporting the person's data"),
                        parent_widget=self, receiver=self)  # fmt: skip

    def _translator(self, lang: str) -> Callable[[str, str], str]:
        from vocdesk.paths import translations_dir
        from vocdesk.ui.i18n import translator_for

        return translator_for(self._translations_dir or translations_dir(), lang)

    # --- language ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Requests of data subjects"))
        shows = {SHOW_OPEN: self.tr("Open"), SHOW_OVERDUE: self.tr("Overdue"),
                 SHOW_ALL: self.tr("All requests")}  # fmt: skip
        for index in range(self.show_combo.count()):
            self.show_combo.setItemText(index, shows[self.show_combo.itemData(index)])
        self.kind_combo.setItemText(0, self.tr("Every kind"))
        for index in range(1, self.kind_combo.count()):
            self.kind_combo.setItemText(
                index, enum_label(RequestKind(self.kind_combo.itemData(index)))
            )
        self.period_check.setText(self.tr("Received from"))
        self.to_label.setText(self.tr("to"))
        self.new_button.setText(self.tr("&New request…"))
        self.answer_button.setText(self.tr("&Answer…"))
        self.export_button.setText(self.tr("&Export for the person…"))
        self.lift_button.setText(self.tr("&Lift restriction"))
        self.correct_button.setText(self.tr("&Correct the record…"))
        self.link_button.setText(self.tr("Lin&k to the record…"))
        self.assign_button.setText(self.tr("Assi&gn…"))
        self.close_button.setText(self.tr("Close"))
        self.model.retranslate()
        self._show_count()
        self._show_selected()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
