"""Personal data › Retention review…: how long each kind of record is kept, how many are past
their period on a day, the list of one kind, and the review that anonymises or deletes them
(issue 19; ``services.pdpa.retention``).

The periods are edited by whoever keeps the catalogues; the review's buttons show for whoever
may erase and see personal data. A review asks first, saying how many records of which kind
go and that it cannot be undone, then runs off the GUI thread with progress (a cancel changes
nothing) and the log below gains its line.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vocdesk.domain.clock import thai_today
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, UserError
from vocdesk.domain.pdpa.retention import MAX_KEEP_YEARS
from vocdesk.domain.pdpa.terms import RetentionAction, RetentionRecordType
from vocdesk.services.pdpa.retention import DueCount, RetentionService
from vocdesk.ui import layout
from vocdesk.ui.errors import show_error
from vocdesk.ui.i18n import counted
from vocdesk.ui.labels import enum_label
from vocdesk.ui.models.display import date_text
from vocdesk.ui.pdpa.retention_model import DueRecordsModel
from vocdesk.ui.tasks import Progress, TaskRunner
from vocdesk.ui.widgets.be_date_edit import BuddhistDateEdit
from vocdesk.ui.widgets.column_sizing import ColumnSizer

DIALOG_SIZE = (980, 720)
KINDS = list(RetentionRecordType)
YEARS, ACTION, FROM, DUE = 1, 2, 3, 4  # the periods table's columns after the kind

COUNTED_FROM = {
    RetentionRecordType.STAKEHOLDER: QT_TRANSLATE_NOOP(
        "RetentionDialog", "the last contact (or the day the person is kept until)"
    ),
    RetentionRecordType.FEEDBACK: QT_TRANSLATE_NOOP("RetentionDialog", "received"),
    RetentionRecordType.COMPLAINT: QT_TRANSLATE_NOOP(
        "RetentionDialog", "closed, else resolved (open cases never)"
    ),
    RetentionRecordType.SURVEY_RESPONSE: QT_TRANSLATE_NOOP("RetentionDialog", "submitted"),
    RetentionRecordType.ACTIVITY: QT_TRANSLATE_NOOP("RetentionDialog", "took place"),
}
RECORDS = {
    RetentionRecordType.STAKEHOLDER: QT_TRANSLATE_NOOP(
        "RetentionDialog", "%n person(s) in the registry", None, 0
    ),
    RetentionRecordType.FEEDBACK: QT_TRANSLATE_NOOP(
        "RetentionDialog", "%n feedback item(s)", None, 0
    ),
    RetentionRecordType.COMPLAINT: QT_TRANSLATE_NOOP("RetentionDialog", "%n complaint(s)", None, 0),
    RetentionRecordType.SURVEY_RESPONSE: QT_TRANSLATE_NOOP(
        "RetentionDialog", "%n survey response(s)", None, 0
    ),
    RetentionRecordType.ACTIVITY: QT_TRANSLATE_NOOP(
        "RetentionDialog", "%n activity record(s)", None, 0
    ),
}


class RetentionDialog(QDialog):
    def __init__(
        self,
        service: RetentionService,
        parent: QWidget | None = None,
        *,
        may_edit: bool = False,
        may_review: bool = False,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("retention_dialog")
        self._service = service
        self._tasks = tasks
        self._may_edit = may_edit
        self._counts: dict[RetentionRecordType, DueCount] = {}
        self._reading = 0  # the latest reading asked (refresh)
        self.resize(*DIALOG_SIZE)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(*(layout.DIALOG_MARGIN,) * 4)
        outer.setSpacing(layout.SPACING)

        top = QHBoxLayout()
        self.day_label = QLabel(self)
        self.day_edit = BuddhistDateEdit(self, thai_today())
        self.day_edit.setObjectName("day")
        top.addWidget(self.day_label)
        top.addWidget(self.day_edit)
        top.addStretch(1)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save_periods")
        self.save_button.setVisible(may_edit)
        top.addWidget(self.save_button)
        outer.addLayout(top)

        self.periods = QTableWidget(len(KINDS), 5, self)
        self.periods.setObjectName("periods")
        self.periods.verticalHeader().hide()
        self.periods.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.periods.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.periods.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.periods.horizontalHeader()
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FROM, QHeaderView.ResizeMode.Stretch)
        self.years: dict[RetentionRecordType, QSpinBox] = {}
        self.then_combos: dict[RetentionRecordType, QComboBox] = {}
        for row, kind in enumerate(KINDS):
            self.periods.setItem(row, 0, QTableWidgetItem())
            spin = QSpinBox(self.periods)
            spin.setRange(0, MAX_KEEP_YEARS)
            spin.setEnabled(may_edit)
            self.years[kind] = spin
            self.periods.setCellWidget(row, YEARS, spin)
            combo = QComboBox(self.periods)
            for action in RetentionAction:
                combo.addItem("", action.value)
            combo.setEnabled(may_edit)
            self.then_combos[kind] = combo
            self.periods.setCellWidget(row, ACTION, combo)
            for column in (FROM, DUE):
                self.periods.setItem(row, column, QTableWidgetItem())
        self.periods.resizeRowsToContents()

        self.list_title = QLabel(self)
        self.list_title.setObjectName("list_title")
        self.model = DueRecordsModel(service, self, load=False, tasks=tasks)
        self.view = QTableView(self)
        self.view.setObjectName("due_records")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        ColumnSizer(self.view)
        due_box = QWidget(self)
        due_layout = QVBoxLayout(due_box)
        due_layout.setContentsMargins(0, 0, 0, 0)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.list_title, 1)
        self.anonymise_button = QPushButton(self)
        self.anonymise_button.setObjectName("anonymise")
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("delete")
        for button in (self.anonymise_button, self.delete_button):
            button.setVisible(may_review)
            buttons_row.addWidget(button)
        due_layout.addLayout(buttons_row)
        due_layout.addWidget(self.view, 1)

        self.log_title = QLabel(self)
        self.log = QTableWidget(0, 6, self)
        self.log.setObjectName("runs")
        self.log.verticalHeader().hide()
        self.log.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.log.horizontalHeader().setStretchLastSection(True)
        log_box = QWidget(self)
        log_layout = QVBoxLayout(log_box)
        log_layout.setContentsMargins(0, 0, 0, 0)
        log_layout.addWidget(self.log_title)
        log_layout.addWidget(self.log, 1)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.periods)
        splitter.addWidget(due_box)
        splitter.addWidget(log_box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 1)
        outer.addWidget(splitter, 1)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        outer.addWidget(close)

        self.retranslate()
        self.day_edit.dateChanged.connect(lambda _d: self.refresh())
        self.periods.currentCellChanged.connect(lambda row, *_: self._show_kind(row))
        self.save_button.clicked.connect(self.save_periods)
        self.anonymise_button.clicked.connect(lambda: self.ask_review(RetentionAction.ANONYMISE))
        self.delete_button.clicked.connect(lambda: self.ask_review(RetentionAction.DELETE))
        self.model.total_changed.connect(lambda _n: self._update_buttons())
        self.refresh()
        self.periods.selectRow(KINDS.index(RetentionRecordType.COMPLAINT))

    # --- reading -------------------------------------------------------------------------
    @property
    def day(self) -> date:
        return self.day_edit.date()

    def current_kind(self) -> RetentionRecordType:
        row = self.periods.currentRow()
        return KINDS[row] if 0 <= row < len(KINDS) else RetentionRecordType.COMPLAINT

    def refresh(self) -> None:
        """The periods, the counts on the day, the list and the log read again: on the task
        runner when the dialog has one (counting is a query per kind, seconds on a large file);
        a reading overtaken by a newer one (the day changed meanwhile) is dropped."""
        service, day = self._service, self.day
        self._reading += 1
        reading = self._reading

        def read(_progress: Progress | None = None) -> tuple[Any, Any, Any]:
            return service.policies(), service.due_counts(day), service.runs()

        def show(found: tuple[Any, Any, Any]) -> None:
            if reading == self._reading:
                self._show_read(*found)

        if self._tasks is None:
            try:
                show(read())
            except UserError as refused:
                show_error(self, refused)
            return
        self._tasks.run(read, on_done=show, receiver=self)

    def _show_read(self, policies: Any, counts: Any, runs: Any) -> None:
        self._counts = {c.record_type: c for c in counts}
        for policy in policies:
            self.years[policy.record_type].setValue(policy.keep_years or 0)
            combo = self.then_combos[policy.record_type]
            combo.setCurrentIndex(combo.findData(policy.action.value))
        self._label_counts()
        self.log.setRowCount(len(runs))
        lang = self.model.language
        for row, run in enumerate(runs):
            cells = (date_text(run.at, lang), run.user, enum_label(run.record_type),
                     enum_label(run.action), date_text(run.due_before, lang), f"{run.count:,}")  # fmt: skip
            for column, text in enumerate(cells):
                self.log.setItem(row, column, QTableWidgetItem(text))
        for column in range(self.log.columnCount() - 1):  # the last one stretches
            self.log.resizeColumnToContents(column)
        self._show_kind(self.periods.currentRow())

    def _label_counts(self) -> None:
        for row, kind in enumerate(KINDS):
            count = self._counts.get(kind)
            if count is None:
                text = "—"
            elif count.closed:
                text = self.tr("{count} ({closed} confidential: left for an officer allowed)").format(
                    count=f"{count.count:,}", closed=f"{count.closed:,}")  # fmt: skip
            else:
                text = f"{count.count:,}"
            item = self.periods.item(row, DUE)
            assert item is not None
            item.setText(text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def _show_kind(self, row: int) -> None:
        if 0 <= row < len(KINDS):
            self.model.show(KINDS[row], self.day)
        self._update_buttons()

    def review_count(self) -> int:
        """How many records the review of the kind shown will take: those listed, less those
        unticked and the confidential cases the reviewer may not read (listed, never taken)."""
        count = self._counts.get(self.current_kind())
        unreadable = count.closed if count is not None else 0
        return max(0, self.model.total - len(self.model.left_out) - unreadable)

    def _update_buttons(self) -> None:
        kind = self.current_kind()
        set_up = kind in self._counts
        to_review = self.review_count()
        for button in (self.anonymise_button, self.delete_button):
            button.setEnabled(set_up and to_review > 0)
        self.list_title.setText(self.tr("{kind} due on {day}: {count}").format(
            kind=enum_label(kind), day=date_text(self.day, self.model.language),
            count=f"{self.model.total:,}" if set_up else self.tr("no period set")))  # fmt: skip

    # --- the periods ---------------------------------------------------------------------
    def save_periods(self) -> None:
        try:
            for kind in KINDS:
                years = self.years[kind].value() or None
                action = RetentionAction(self.then_combos[kind].currentData())
                self._service.set_policy(kind, years, action)
        except UserError as refused:
            show_error(self, refused)
            return
        self.status.setText(self.tr("Retention periods saved."))
        self.refresh()

    # --- the review ----------------------------------------------------------------------
    def confirmation_text(self, action: RetentionAction, count: int) -> str:
        records = counted(self.tr(RECORDS[self.current_kind()], "", count), count)
        if action == RetentionAction.DELETE:
            text = self.tr("{records} will be deleted, with what belongs to them (history, attachments, answers, participants). This cannot be undone.")  # fmt: skip
        else:
            text = self.tr("{records} will be anonymised: their personal data replaced for good. This cannot be undone.")  # fmt: skip
        return text.format(records=records)

    def ask_review(self, action: RetentionAction) -> None:
        count = self.review_count()
        box = QMessageBox(QMessageBox.Icon.Warning, self.windowTitle(),
                          self.confirmation_text(action, count),
                          QMessageBox.StandardButton.Cancel, self)  # fmt: skip
        go = box.addButton(enum_label(action), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is go:
            self.review(action)

    def review(self, action: RetentionAction) -> None:
        """Anonymise or delete the records ticked (in the background with a task runner)."""
        service, kind, day = self._service, self.current_kind(), self.day
        excluded = list(self.model.left_out)

        def work(progress: Progress | None) -> int:
            def report(done: int, total: int) -> None:
                if progress is not None:
                    progress.raise_if_cancelled()
                    progress.report(done, total)

            return service.review(kind, action, day, excluded, progress=report)

        def done(count: int) -> None:
            records = counted(self.tr(RECORDS[kind], "", count), count)
            if action == RetentionAction.DELETE:
                self.status.setText(self.tr("Done: {records} deleted.").format(records=records))
            else:
                self.status.setText(self.tr("Done: {records} anonymised.").format(records=records))
            self.refresh()

        if self._tasks is None:
            try:
                done(work(None))
            except UserError as refused:
                show_error(self, refused)
            return
        self._tasks.run(work, on_done=done, title=self.tr("Retention review"),
                        parent_widget=self, receiver=self)  # fmt: skip

    # --- language ------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Retention review"))
        self.day_label.setText(self.tr("Records due on"))
        self.save_button.setText(self.tr("Save periods"))
        self.periods.setHorizontalHeaderLabels([
            self.tr("Records"), self.tr("Kept for (years)"), self.tr("Then"),
            self.tr("Counted from"), self.tr("Due"),
        ])  # fmt: skip
        for row, kind in enumerate(KINDS):
            item = self.periods.item(row, 0)
            assert item is not None
            item.setText(enum_label(kind))
            from_item = self.periods.item(row, FROM)
            assert from_item is not None
            from_item.setText(self.tr(COUNTED_FROM[kind]))
            self.years[kind].setSpecialValueText(self.tr("not set"))
            combo = self.then_combos[kind]
            for index in range(combo.count()):
                combo.setItemText(index, enum_label(RetentionAction(combo.itemData(index))))
        self.anonymise_button.setText(self.tr("Anonymise…"))
        self.delete_button.setText(self.tr("Delete…"))
        self.log_title.setText(self.tr("Past reviews"))
        self.log.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("By"), self.tr("Records"), self.tr("Action"),
            self.tr("Due on"), self.tr("Count"),
        ])  # fmt: skip
        self.model.retranslate()
        self._label_counts()
        self._update_buttons()
