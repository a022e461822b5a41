"""The reminders page: contacts to make, and stakeholders due one by their contact interval.

Top, the open reminders (due today and overdue, only overdue, or every open one), by officer and
segment: mark one done (Ctrl+D), put it off (Ctrl+Shift+S: one working day, a week, a chosen
day) or hand it to another officer (Ctrl+Shift+R). Below, the stakeholders whose next contact is
due (today, or within 30 days): "Remind me" (Ctrl+Shift+M) turns one into a reminder, "Record
contact" (Ctrl+Shift+C) opens the activity form. Everything is read off the GUI thread.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vocdesk.services.relationships.activities import ActivityService
from vocdesk.services.relationships.reminders import (
    PAGE_SIZE,
    ContactDue,
    ContactDuePage,
    ReminderCounts,
    ReminderFilter,
    ReminderRow,
    ReminderScope,
    RemindersService,
    SegmentChoice,
)
from vocdesk.ui import layout
from vocdesk.ui.errors import show_error
from vocdesk.ui.i18n import current_language
from vocdesk.ui.models.display import number_text
from vocdesk.ui.relationships.activity_form import ActivityForm
from vocdesk.ui.relationships.intervals_dialog import IntervalsDialog
from vocdesk.ui.relationships.reminders_model import ContactsDueModel, RemindersModel
from vocdesk.ui.tasks import TaskRunner
from vocdesk.ui.widgets.be_date_edit import BuddhistDateEdit
from vocdesk.ui.widgets.column_sizing import ColumnSizer
from vocdesk.ui.widgets.shortcuts import tab_shortcut

AHEAD_DAYS = 30  # "due within 30 days" in the next-contacts list
WEEK_WORKING_DAYS = 5
_ANY = "__any__"
_UNASSIGNED = "__unassigned__"


@dataclass(frozen=True)
class RemindersSnapshot:
    """What one refresh reads, in the background."""

    reminders: list[ReminderRow]
    reminder_total: int
    counts: ReminderCounts
    contacts: ContactDuePage
    officers: list[str]
    segments: list[SegmentChoice]


class RemindersPage(QWidget):
    reminders_changed = Signal()  # done, snoozed, reassigned or made: the status bar recounts

    def __init__(
        self, reminders: RemindersService, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reminders_page")
        self._service = reminders
        self._tasks = tasks
        self._activities: ActivityService | None = None  # for "record contact"
        self._generation = 0
        self._snapshot: RemindersSnapshot | None = None
        self._fitted = False

        # --- reminders -------------------------------------------------------------------
        self.reminders_box = QGroupBox(self)
        self.scope_combo = QComboBox(self)
        self.scope_combo.setObjectName("reminder_scope")
        self.officer_combo = QComboBox(self)
        self.officer_combo.setObjectName("reminder_officer")
        self.segment_combo = QComboBox(self)
        self.segment_combo.setObjectName("reminder_segment")
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("reminder_counts")
        self.reminders_model = RemindersModel(self)
        self.reminders_view = self._table(self.reminders_model, "reminders_table")
        self.done_button = QPushButton(self)
        self.done_button.setObjectName("reminder_done")
        self.snooze_button = QPushButton(self)
        self.snooze_button.setObjectName("reminder_snooze")
        self.snooze_menu = QMenu(self)
        self.snooze_day = self.snooze_menu.addAction("")
        self.snooze_week = self.snooze_menu.addAction("")
        self.snooze_date = self.snooze_menu.addAction("")
        self.snooze_button.setMenu(self.snooze_menu)
        self.reassign_button = QPushButton(self)
        self.reassign_button.setObjectName("reminder_reassign")
        self.intervals_button = QPushButton(self)
        self.intervals_button.setObjectName("contact_intervals")

        self.done_button.clicked.connect(lambda: self.mark_done())
        self.snooze_day.triggered.connect(lambda: self.snooze(working_days=1))
        self.snooze_week.triggered.connect(lambda: self.snooze(working_days=WEEK_WORKING_DAYS))
        self.snooze_date.triggered.connect(lambda: self.snooze_to_chosen_day())
        self.reassign_button.clicked.connect(lambda: self.reassign())
        self.intervals_button.clicked.connect(lambda: self.edit_intervals())

        filters = QHBoxLayout()
        filters.setSpacing(layout.SPACING)
        self.scope_label, self.officer_label, self.segment_label = (
            QLabel(self),
            QLabel(self),
            QLabel(self),
        )
        for label, combo in ((self.scope_label, self.scope_combo),
                             (self.officer_label, self.officer_combo),
                             (self.segment_label, self.segment_combo)):  # fmt: skip
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
        filters.addStretch(1)
        filters.addWidget(self.counts_label)
        actions = QHBoxLayout()
        actions.setSpacing(layout.BUTTON_SPACING)
        for button in (self.done_button, self.snooze_button, self.reassign_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.intervals_button)
        box = QVBoxLayout(self.reminders_box)
        box.addLayout(filters)
        box.addWidget(self.reminders_view, 1)
        box.addLayout(actions)

        # --- next contacts due ------------------------------------------------------------
        self.contacts_box = QGroupBox(self)
        self.contact_officer_combo = QComboBox(self)
        self.contact_officer_combo.setObjectName("contact_officer")
        self.contact_segment_combo = QComboBox(self)
        self.contact_segment_combo.setObjectName("contact_segment")
        self.ahead_combo = QComboBox(self)
        self.ahead_combo.setObjectName("contact_ahead")
        self.contacts_label = QLabel(self)
        self.contacts_label.setObjectName("contacts_count")
        self.contacts_model = ContactsDueModel(self)
        self.contacts_view = self._table(self.contacts_model, "contacts_table")
        self.remind_button = QPushButton(self)
        self.remind_button.setObjectName("remind_me")
        self.record_button = QPushButton(self)
        self.record_button.setObjectName("record_contact")
        self.remind_button.clicked.connect(lambda: self.remind_me())
        self.record_button.clicked.connect(lambda: self.record_contact())

        contact_filters = QHBoxLayout()
        contact_filters.setSpacing(layout.SPACING)
        self.contact_officer_label, self.contact_segment_label, self.ahead_label = (
            QLabel(self), QLabel(self), QLabel(self),
        )  # fmt: skip
        for label, combo in ((self.ahead_label, self.ahead_combo),
                             (self.contact_officer_label, self.contact_officer_combo),
                             (self.contact_segment_label, self.contact_segment_combo)):  # fmt: skip
            label.setBuddy(combo)
            contact_filters.addWidget(label)
            contact_filters.addWidget(combo)
        contact_filters.addStretch(1)
        contact_filters.addWidget(self.contacts_label)
        contact_actions = QHBoxLayout()
        contact_actions.setSpacing(layout.BUTTON_SPACING)
        contact_actions.addWidget(self.remind_button)
        contact_actions.addWidget(self.record_button)
        contact_actions.addStretch(1)
        cbox = QVBoxLayout(self.contacts_box)
        cbox.addLayout(contact_filters)
        cbox.addWidget(self.contacts_view, 1)
        cbox.addLayout(contact_actions)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.reminders_box)
        splitter.addWidget(self.contacts_box)
        splitter.setChildrenCollapsible(False)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(layout.MARGIN, layout.MARGIN, layout.MARGIN, layout.MARGIN)
        outer.addWidget(splitter)

        # Keyboard: the page's shortcuts work wherever the focus is in the window while the page
        # is shown (F5 is the window's Refresh, which reads this page again too).
        self._shortcuts = []
        for keys, slot in (
            ("Ctrl+D", self.mark_done),
            ("Ctrl+Shift+S", self._show_snooze_menu),
            ("Ctrl+Shift+R", self.reassign),
            ("Ctrl+Shift+M", self.remind_me),
            ("Ctrl+Shift+C", self.record_contact),
        ):
            self._shortcuts.append(tab_shortcut(keys, self, slot))

        self._fill_fixed_combos()
        for combo in (self.scope_combo, self.officer_combo, self.segment_combo,
                      self.contact_officer_combo, self.contact_segment_combo, self.ahead_combo):  # fmt: skip
            combo.activated.connect(lambda _i: self.refresh())
        self.reminders_view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.contacts_view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.retranslate()
        self._enable()

    def _table(self, model: Any, name: str) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(layout.DEFAULT_ROW_HEIGHT)
        header = view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        # Widths from the content and the header, the last column stretching, as every list's.
        ColumnSizer(view)
        return view

    # --- wiring ------------------------------------------------------------------------------
    def set_activity_service(self, activities: ActivityService | None) -> None:
        """Where "Record contact" records: without it the button stays disabled."""
        self._activities = activities
        self._enable()

    # --- reading -----------------------------------------------------------------------------
    def reminder_filter(self) -> ReminderFilter:
        return ReminderFilter(
            scope=ReminderScope(self.scope_combo.currentData() or ReminderScope.DUE),
            officer=self._officer(self.officer_combo),
            segment_id=self._segment(self.segment_combo),
        )

    @staticmethod
    def _officer(combo: QComboBox) -> str | None:
        value = combo.currentData()
        if value in (None, _ANY):
            return None
        return "" if value == _UNASSIGNED else str(value)

    @staticmethod
    def _segment(combo: QComboBox) -> uuid.UUID | None:
        value = combo.currentData()
        return value if isinstance(value, uuid.UUID) else None

    def contacts_due_by(self) -> date:
        ahead = int(self.ahead_combo.currentData() or 0)
        return self._service_today() + timedelta(days=ahead)

    def _service_today(self) -> date:
        return self._service.today()

    def refresh(self) -> None:
        """Read both lists (in the background); the lists show them when they arrive."""
        self._generation += 1
        generation = self._generation
        filt = self.reminder_filter()
        officer = self._officer(self.contact_officer_combo)
        segment = self._segment(self.contact_segment_combo)
        by = self.contacts_due_by()
        service = self._service

        def work(_progress: Any) -> RemindersSnapshot:
            return RemindersSnapshot(
                reminders=service.list_reminders(filt, limit=PAGE_SIZE),
                reminder_total=service.count_reminders(filt),
                counts=service.due_counts(),
                contacts=service.next_contacts_due(
                    officer=officer, segment_id=segment, by=by, limit=PAGE_SIZE
                ),
                officers=service.officers(),
                segments=service.segments(),
            )

        self._tasks.run(
            work,
            on_done=lambda snapshot: self._show(generation, snapshot),
            on_error=lambda error: show_error(self, error),
            title=self.tr("Reading the reminders…"),
            parent_widget=self,
            receiver=self,
        )

    def _show(self, generation: int, snapshot: RemindersSnapshot) -> None:
        if generation != self._generation:
            return  # a later refresh is on its way
        self._snapshot = snapshot
        lang = current_language()
        self._fill_people(snapshot)
        self.reminders_model.set_rows(snapshot.reminders, lang)
        self.contacts_model.set_rows(snapshot.contacts.rows, lang)
        if not self._fitted and (snapshot.reminders or snapshot.contacts.rows):
            self._fitted = True  # once: later the user's column widths stay
            for view in (self.reminders_view, self.contacts_view):
                view.resizeColumnsToContents()
        self._show_counts()
        self._enable()

    def _show_counts(self) -> None:
        snapshot = self._snapshot
        if snapshot is None:
            self.counts_label.clear()
            self.contacts_label.clear()
            return
        lang = current_language()
        shown = self.tr("Showing {shown} of {total}")
        counts = self.tr("Due today: {today}  ·  Overdue: {overdue}").format(
            today=number_text(snapshot.counts.due_today, lang),
            overdue=number_text(snapshot.counts.overdue, lang),
        )
        text = counts
        if snapshot.reminder_total > len(snapshot.reminders):
            text += "  ·  " + shown.format(
                shown=number_text(len(snapshot.reminders), lang),
                total=number_text(snapshot.reminder_total, lang),
            )
        self.counts_label.setText(text)
        contacts = self.tr("{count} due").format(count=number_text(snapshot.contacts.total, lang))
        if snapshot.contacts.total > len(snapshot.contacts.rows):
            contacts += "  ·  " + shown.format(
                shown=number_text(len(snapshot.contacts.rows), lang),
                total=number_text(snapshot.contacts.total, lang),
            )
        self.contacts_label.setText(contacts)

    def _fill_people(self, snapshot: RemindersSnapshot) -> None:
        lang = current_language()
        for combo in (self.officer_combo, self.contact_officer_combo):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All officers"), _ANY)
            combo.addItem(self.tr("Not assigned"), _UNASSIGNED)
            for name in snapshot.officers:
                combo.addItem(name, name)
            combo.setCurrentIndex(max(combo.findData(keep), 0))
            combo.blockSignals(False)
        for combo in (self.segment_combo, self.contact_segment_combo):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All segments"), _ANY)
            for segment in snapshot.segments:
                combo.addItem(segment.name_th if lang == "th" else segment.name_en, segment.id)
            combo.setCurrentIndex(max(combo.findData(keep), 0))
            combo.blockSignals(False)

    def _fill_fixed_combos(self) -> None:
        for value in ReminderScope:
            self.scope_combo.addItem("", value)
        self.ahead_combo.addItem("", 0)
        self.ahead_combo.addItem("", AHEAD_DAYS)
        for combo in (self.officer_combo, self.contact_officer_combo):
            combo.addItem("", _ANY)
        for combo in (self.segment_combo, self.contact_segment_combo):
            combo.addItem("", _ANY)

    # --- the selected rows -------------------------------------------------------------------
    def selected_reminder(self) -> ReminderRow | None:
        rows = self.reminders_view.selectionModel().selectedRows()
        return self.reminders_model.row_at(rows[0].row()) if rows else None

    def selected_contact(self) -> ContactDue | None:
        rows = self.contacts_view.selectionModel().selectedRows()
        return self.contacts_model.row_at(rows[0].row()) if rows else None

    def _enable(self) -> None:
        has_reminder = self.selected_reminder() is not None
        for button in (self.done_button, self.snooze_button, self.reassign_button):
            button.setEnabled(has_reminder)
        has_contact = self.selected_contact() is not None
        self.remind_button.setEnabled(has_contact)
        self.record_button.setEnabled(has_contact and self._activities is not None)

    # --- actions -----------------------------------------------------------------------------
    def _act(self, action: Any) -> bool:
        try:
            action()
        except Exception as error:  # noqa: BLE001 - shown to the user, never a traceback
            show_error(self, error)
            self.refresh()
            return False
        self.reminders_changed.emit()
        self.refresh()
        return True

    def mark_done(self) -> None:
        row = self.selected_reminder()
        if row is not None:
            self._act(lambda: self._service.mark_done(row.id))

    def _show_snooze_menu(self) -> None:
        if self.selected_reminder() is not None:
            self.snooze_menu.popup(
                self.snooze_button.mapToGlobal(self.snooze_button.rect().bottomLeft())
            )

    def snooze(self, *, working_days: int | None = None, to: date | None = None) -> None:
        row = self.selected_reminder()
        if row is not None:
            self._act(lambda: self._service.snooze(row.id, working_days=working_days, to=to))

    def snooze_to_chosen_day(self) -> None:
        row = self.selected_reminder()
        if row is None:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Put the reminder off"))
        today = self._service_today()
        editor = BuddhistDateEdit(dialog, max(row.due_on, today) + timedelta(days=7))
        editor.setDateRange(today, today + timedelta(days=5 * 366))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form = QVBoxLayout(dialog)
        form.addWidget(QLabel(self.tr("Remind again on:"), dialog))
        form.addWidget(editor)
        form.addWidget(buttons)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.snooze(to=editor.date())

    def reassign(self) -> None:
        row = self.selected_reminder()
        if row is None:
            return
        names = self._snapshot.officers if self._snapshot is not None else []
        current = names.index(row.assigned_to) if row.assigned_to in names else -1
        if current < 0 and row.assigned_to:
            names, current = [row.assigned_to, *names], 0
        officer, ok = QInputDialog.getItem(
            self, self.tr("Reassign the reminder"), self.tr("Officer:"), names,
            max(current, 0), True,
        )  # fmt: skip
        if ok:
            self._act(lambda: self._service.reassign(row.id, officer))

    def remind_me(self) -> None:
        row = self.selected_contact()
        if row is not None:
            self._act(lambda: self._service.remind_contact(row.stakeholder_id))

    def record_contact(self) -> None:
        row = self.selected_contact()
        if row is None or self._activities is None:
            return
        form = ActivityForm(self._activities, row.stakeholder_id, parent=self)
        recorded: list[object] = []
        form.saved.connect(recorded.append)
        form.exec()
        if recorded:  # the new activity is the stakeholder's last contact now
            self.reminders_changed.emit()
            self.refresh()

    def edit_intervals(self) -> None:
        dialog = IntervalsDialog(self._service, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    # --- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.reminders_box.setTitle(self.tr("Reminders"))
        self.contacts_box.setTitle(self.tr("Next contacts due"))
        self.scope_label.setText(self.tr("&Show:"))
        self.officer_label.setText(self.tr("&Officer:"))
        self.segment_label.setText(self.tr("S&egment:"))
        self.ahead_label.setText(self.tr("Due:"))
        self.contact_officer_label.setText(self.tr("Officer:"))
        self.contact_segment_label.setText(self.tr("Segment:"))
        scope_texts = {
            ReminderScope.DUE: self.tr("Due today and overdue"),
            ReminderScope.OVERDUE: self.tr("Overdue"),
            ReminderScope.OPEN: self.tr("All open"),
        }
        for i in range(self.scope_combo.count()):
            self.scope_combo.setItemText(
                i, scope_texts[ReminderScope(self.scope_combo.itemData(i))]
            )
        self.ahead_combo.setItemText(0, self.tr("By today"))
        self.ahead_combo.setItemText(1, self.tr("Within {days} days").format(days=AHEAD_DAYS))
        for combo in (self.officer_combo, self.contact_officer_combo):
            combo.setItemText(0, self.tr("All officers"))
            index = combo.findData(_UNASSIGNED)
            if index >= 0:
                combo.setItemText(index, self.tr("Not assigned"))
        for combo in (self.segment_combo, self.contact_segment_combo):
            combo.setItemText(0, self.tr("All segments"))
        if self._snapshot is not None:
            lang = current_language()
            for combo in (self.segment_combo, self.contact_segment_combo):
                for segment in self._snapshot.segments:
                    index = combo.findData(segment.id)
                    if index >= 0:
                        combo.setItemText(
                            index, segment.name_th if lang == "th" else segment.name_en
                        )
        self.done_button.setText(self.tr("Done"))
        self.done_button.setToolTip(self.tr("Mark the reminder done today (Ctrl+D)"))
        self.snooze_button.setText(self.tr("Snooze"))
        self.snooze_button.setToolTip(self.tr("Put the reminder off (Ctrl+Shift+S)"))
        self.snooze_day.setText(self.tr("One working day"))
        self.snooze_week.setText(
            self.tr("One week ({days} working days)").format(days=WEEK_WORKING_DAYS)
        )
        self.snooze_date.setText(self.tr("Choose a day…"))
        self.reassign_button.setText(self.tr("Reassign…"))
        self.reassign_button.setToolTip(
            self.tr("Hand the reminder to another officer (Ctrl+Shift+R)")
        )
        self.intervals_button.setText(self.tr("Contact intervals…"))
        self.remind_button.setText(self.tr("Remind me"))
        self.remind_button.setToolTip(self.tr("Add a reminder for this contact (Ctrl+Shift+M)"))
        self.record_button.setText(self.tr("Record contact…"))
        self.record_button.setToolTip(
            self.tr("Record the meeting, call or visit made (Ctrl+Shift+C)")
        )
        lang = current_language()
        self.reminders_model.set_language(lang)
        self.contacts_model.set_language(lang)
        self._show_counts()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's virtual
        super().showEvent(event)
        if self._snapshot is None and self._generation == 0:
            self.refresh()  # first shown: read the lists

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
