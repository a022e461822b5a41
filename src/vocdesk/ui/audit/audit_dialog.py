"""Tools › Audit trail…: who did what, when, and what changed, for administrators (issue 16).

A filters row (period, user, action, record type; the search box takes a record id or words in
the changes), the entries newest first in a lazy table, and below it the changes of the selected
entry field by field, before and after. Export… writes the entries shown to CSV or XLSX (the
export is itself recorded in the trail). Nothing here changes an entry: the trail is read-only
in the application, and ``AuditTrailService`` refuses those who may not see it.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vocdesk.domain.clock import thai_today
from vocdesk.domain.enums import AuditAction
from vocdesk.domain.messages import UserError
from vocdesk.services.audit import AuditFilter, AuditRow, AuditTrailService
from vocdesk.ui import layout
from vocdesk.ui.audit.audit_model import AuditTrailModel, entity_text, hidden_text
from vocdesk.ui.errors import show_error
from vocdesk.ui.labels import enum_label
from vocdesk.ui.models.display import date_text
from vocdesk.ui.tasks import TaskRunner
from vocdesk.ui.widgets.be_date_edit import BuddhistDateEdit
from vocdesk.ui.widgets.searchable_table import SearchableTable

DIALOG_SIZE = (1100, 680)
DEFAULT_PERIOD_DAYS = 30


class AuditTrailDialog(QDialog):
    """The audit trail browser over ``service``; read-only."""

    def __init__(
        self,
        service: AuditTrailService,
        parent: QWidget | None = None,
        *,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("audit_trail_dialog")
        self._service = service
        self._tasks = tasks
        self.resize(*DIALOG_SIZE)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(*(layout.DIALOG_MARGIN,) * 4)
        outer.setSpacing(layout.SPACING)

        # --- filters --------------------------------------------------------------------
        filters = QHBoxLayout()
        filters.setSpacing(layout.SPACING)
        self.period_check = QCheckBox(self)
        self.period_check.setObjectName("period")
        today = thai_today()
        self.start_edit = BuddhistDateEdit(self, today - timedelta(days=DEFAULT_PERIOD_DAYS))
        self.start_edit.setObjectName("start")
        self.to_label = QLabel(self)
        self.end_edit = BuddhistDateEdit(self, today)
        self.end_edit.setObjectName("end")
        self.user_label = QLabel(self)
        self.user_combo = QComboBox(self)
        self.user_combo.setObjectName("user")
        self.action_label = QLabel(self)
        self.action_combo = QComboBox(self)
        self.action_combo.setObjectName("action")
        self.entity_label = QLabel(self)
        self.entity_combo = QComboBox(self)
        self.entity_combo.setObjectName("entity")
        for widget in (self.period_check, self.start_edit, self.to_label, self.end_edit,
                       self.user_label, self.user_combo, self.action_label, self.action_combo,
                       self.entity_label, self.entity_combo):  # fmt: skip
            filters.addWidget(widget)
        filters.addStretch(1)
        outer.addLayout(filters)

        # --- the entries and the selected one's changes ---------------------------------------
        self.model = AuditTrailModel(service, load=False, tasks=tasks)
        self.table = SearchableTable(self.model, self)
        self.table.setObjectName("audit_table")
        self.table.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.details_title = QLabel(self)
        self.details_title.setObjectName("details_title")
        self.details_title.setWordWrap(True)
        self.details = QTableWidget(0, 3, self)
        self.details.setObjectName("details")
        self.details.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.details.verticalHeader().hide()
        header = self.details.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # before and after alike
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.details.setWordWrap(True)
        details_box = QWidget(self)
        details_layout = QVBoxLayout(details_box)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.details_title)
        details_layout.addWidget(self.details, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(details_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        outer.addWidget(splitter, 1)

        # --- buttons ------------------------------------------------------------------
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("export")
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.export)
        outer.addWidget(self.buttons)

        self.retranslate()
        self._fill_choices()
        self.period_check.toggled.connect(self._period_toggled)
        self._period_toggled(self.period_check.isChecked())
        self.start_edit.dateChanged.connect(lambda _d: self.apply_filters())
        self.end_edit.dateChanged.connect(lambda _d: self.apply_filters())
        for combo in (self.user_combo, self.action_combo, self.entity_combo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.table.view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.show_entry(self.model.row_at(current.row()))
        )
        self.model.modelReset.connect(lambda: self.show_entry(None))
        try:
            self.model.reload()
        except UserError as refused:  # not allowed to see the trail (the menu hides it anyway)
            show_error(self, refused)

    # --- filters -------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        try:
            users, entities = self._service.users(), self._service.entities()
        except UserError as refused:
            show_error(self, refused)
            users, entities = [], []
        for combo, values in ((self.user_combo, ["", *users]),
                              (self.action_combo, ["", *(a.value for a in AuditAction)]),
                              (self.entity_combo, ["", *entities])):  # fmt: skip
            combo.blockSignals(True)
            for value in values:
                combo.addItem("", value)
            combo.blockSignals(False)
        self._label_choices()

    def _label_choices(self) -> None:
        """The combo boxes' texts in the language in use (their data stays)."""
        for index in range(self.user_combo.count()):
            user = self.user_combo.itemData(index)
            self.user_combo.setItemText(index, user or self.tr("Everyone"))
        for index in range(self.action_combo.count()):
            action = self.action_combo.itemData(index)  # Qt hands a StrEnum back as str
            self.action_combo.setItemText(
                index, enum_label(AuditAction(action)) if action else self.tr("Any action")
            )
        for index in range(self.entity_combo.count()):
            entity = self.entity_combo.itemData(index)
            self.entity_combo.setItemText(
                index, entity_text(entity) if entity else self.tr("Any record")
            )

    def _period_toggled(self, on: bool) -> None:
        for widget in (self.start_edit, self.to_label, self.end_edit):
            widget.setEnabled(on)
        self.apply_filters()

    def current_filters(self) -> AuditFilter:
        period = self.period_check.isChecked()
        return AuditFilter(
            start=self.start_edit.date() if period else None,
            end=self.end_edit.date() if period else None,
            user=self.user_combo.currentData() or "",
            action=AuditAction(action) if (action := self.action_combo.currentData()) else None,
            entity=self.entity_combo.currentData() or "",
        )

    def apply_filters(self) -> None:
        self.model.set_filters(self.current_filters())

    # --- the selected entry ------------------------------------------------------------------
    def show_entry(self, row: AuditRow | None) -> None:
        """The changes of ``row`` field by field (none selected: an empty pane)."""
        self.details.setRowCount(0)
        if row is None:
            self.details_title.setText(self.tr("Select an entry to see what changed."))
            return
        lang = self.model.language
        self.details_title.setText(
            self.tr("{when} · {user} · {action} · {entity} {id}").format(
                when=date_text(row.at, lang), user=row.user or "—", action=enum_label(row.action),
                entity=entity_text(row.entity), id="" if row.entity_id.int == 0 else row.entity_id,
            )
        )  # fmt: skip
        self.details.setRowCount(len(row.changes))
        for index, change in enumerate(row.changes):
            if change.hidden:
                before = after = hidden_text()
            else:
                before = "" if change.before is None else _value(change.before)
                after = _value(change.after)
            for column, text in enumerate((change.field, before, after)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.details.setItem(index, column, item)
        self.details.resizeRowsToContents()

    def selected_row(self) -> AuditRow | None:
        index = self.table.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    # --- export ---------------------------------------------------------------------------
    def export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit trail"), "audit-trail.xlsx",
            ";;".join([self.tr("Excel workbook (*.xlsx)"), self.tr("CSV, UTF-8 (*.csv)")]),
        )  # fmt: skip
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        """Write the entries the filters and search select to ``path`` (in the background
        when the dialog has a task runner)."""
        filters, query, mark = self.current_filters(), self.model.query, hidden_text()

        def done(count: int) -> None:
            self.status.setText(
                self.tr("%n entries exported to {path}.", "", count).format(path=str(path))
            )
            self.model.reload()  # the export itself is now in the trail

        if self._tasks is None:
            try:
                done(self._service.export(path, filters, query, hidden_text=mark))
            except Exception as error:  # noqa: BLE001 - the user reads why; the log the rest
                show_error(self, error)
            return
        self._tasks.run(
            lambda progress: self._service.export(path, filters, query, hidden_text=mark,
                                                  progress=progress.report),
            on_done=done, on_error=lambda error: show_error(self, error),
            title=self.tr("Exporting the audit trail…"), parent_widget=self,
        )  # fmt: skip

    # --- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Audit trail"))
        self.period_check.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))
        self.user_label.setText(self.tr("User"))
        self.action_label.setText(self.tr("Action"))
        self.entity_label.setText(self.tr("Record type"))
        self.table.set_placeholder(self.tr("Record id, user or words in the changes"))
        self.details.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Before"), self.tr("After")]
        )
        self.export_button.setText(self.tr("Export…"))
        self._label_choices()
        self.show_entry(self.selected_row())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _value(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return value or "—"
    return str(value)
