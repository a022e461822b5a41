"""The Stakeholders tab: the registry of service recipients and stakeholders.

A row of actions (new, open, timeline, merge, archive, delete, segments), each with a keyboard
shortcut that works while the tab has the focus; filters above the table (segment, kind, status,
province, priority; "archived" shows the archive instead); the counts of what is shown. Enter or
a double-click opens the record in the form.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from enum import StrEnum
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from vocdesk.domain.enums import Priority, StakeholderKind, StakeholderStatus
from vocdesk.domain.messages import UserError
from vocdesk.domain.provinces import PROVINCES
from vocdesk.services.pdpa.consents import ConsentsService
from vocdesk.services.pdpa.notices import PrivacyNoticeService
from vocdesk.services.registry.edit import RegistryEditService
from vocdesk.services.registry.segments import SegmentsService
from vocdesk.services.registry.stakeholders import (
    RegistryFilter,
    RegistryService,
    StakeholderRow,
)
from vocdesk.ui import layout
from vocdesk.ui.errors import show_error
from vocdesk.ui.i18n import current_language
from vocdesk.ui.labels import enum_choices, enum_label
from vocdesk.ui.models.display import number_text
from vocdesk.ui.models.table_export import TableSnapshot
from vocdesk.ui.registry.merge_dialog import MergeDialog
from vocdesk.ui.registry.segments_dialog import SegmentsDialog
from vocdesk.ui.registry.stakeholder_form import StakeholderForm
from vocdesk.ui.registry.stakeholders_model import StakeholdersModel
from vocdesk.ui.tasks import Progress
from vocdesk.ui.widgets.list_tab import ExportJob, ListTab
from vocdesk.ui.widgets.shortcuts import set_tab_shortcut

FILTER_MIN_CHARACTERS = 9
ARCHIVED = "archived"  # the status filter's extra choice: the archive instead of the registry


class StakeholdersTab(ListTab[StakeholdersModel]):
    EXPORT_NAME = "stakeholders"
    timeline_requested = Signal(object)  # the stakeholder's id
    records_changed = Signal()  # saved, merged, archived or deleted: other tabs may show them
    activity_saved = Signal(object)  # an activity's id, recorded from "New activity…"
    contacts_export_requested = Signal()  # the contact list for a consent purpose (the window's)

    def __init__(
        self,
        registry: RegistryService,
        edit: RegistryEditService | None = None,
        segments: SegmentsService | None = None,
        parent: QWidget | None = None,
        # (stakeholder id, parent) -> the relationships' activity form, not yet shown; None: no
        # "New activity…" here. Given by the window: this area does not import ui.relationships.
        activity_form: Callable[[uuid.UUID, QWidget], Any] | None = None,
        consents: ConsentsService | None = None,  # the form's consents panel (issue 19)
        notices: PrivacyNoticeService | None = None,  # the form's privacy notice line
    ) -> None:
        super().__init__(StakeholdersModel(registry), parent)
        self._consents, self._notices = consents, notices
        self._registry = registry
        self._edit = edit
        self._segments = segments
        self._activity_form = activity_form
        self.dialog: QWidget | None = None  # the form or dialog opened last (tests look at it)
        self._build_actions()
        self._build_filters()
        box = self.layout()
        assert isinstance(box, QVBoxLayout)
        box.insertWidget(0, self.toolbar)
        box.insertLayout(1, self.filter_row)
        box.addWidget(self.counts_label)
        self.table.row_activated.connect(lambda row: self.open_record(row.id))
        self.table.view.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_actions()
        )
        self.model.total_changed.connect(lambda _total: self._show_counts())
        self.retranslate()
        self._show_counts()
        self._update_actions()

    # --- building ------------------------------------------------------------------------
    def _action(self, name: str, slot: Any, shortcut: Any) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        set_tab_shortcut(action, shortcut)  # while the tab is shown, wherever the focus is
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        self.toolbar.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("stakeholder_actions")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        editable = self._edit is not None
        self.new_action = self._action("new_stakeholder", self.new_record, "Ctrl+Shift+N")
        self.open_action = self._action("open_stakeholder", self.open_current, "F2")
        self.timeline_action = self._action("stakeholder_timeline", self.show_timeline, "Ctrl+T")
        self.activity_action = self._action("new_activity", self.new_activity, "Ctrl+Shift+Y")
        self.toolbar.addSeparator()
        self.merge_action = self._action("merge_stakeholders", self.merge_current, "Ctrl+M")
        self.archive_action = self._action(
            "archive_stakeholder", self.toggle_archived, "Ctrl+Shift+A"
        )
        self.delete_action = self._action(
            "delete_stakeholder", self.delete_current, QKeySequence.StandardKey.Delete
        )
        self.toolbar.addSeparator()
        self.segments_action = self._action("edit_segments", self.edit_segments, "Ctrl+G")
        self.contacts_action = self._action(
            "export_contacts", self.contacts_export_requested.emit, ""
        )
        for action in (
            self.new_action,
            self.open_action,
            self.merge_action,
            self.archive_action,
            self.delete_action,
        ):
            action.setEnabled(editable)
        self.segments_action.setEnabled(self._segments is not None)

    def _filter_combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        # Long segment names must not widen the window: the list pops up as wide as it needs.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(FILTER_MIN_CHARACTERS)
        combo.currentIndexChanged.connect(lambda _index: self.apply_filters())
        return combo

    def _build_filters(self) -> None:
        self.segment_filter = self._filter_combo("segment_filter")
        self.kind_filter = self._filter_combo("kind_filter")
        self.status_filter = self._filter_combo("status_filter")
        self.province_filter = self._filter_combo("province_filter")
        self.priority_filter = self._filter_combo("priority_filter")
        self.clear_filters_button = QPushButton(self)
        self.clear_filters_button.setObjectName("clear_filters")
        self.clear_filters_button.clicked.connect(self.clear_filters)
        self.filter_labels = [QLabel(self) for _ in range(5)]
        self.filter_row = QHBoxLayout()
        self.filter_row.setSpacing(layout.SPACING)
        for label, combo in zip(self.filter_labels, self._filter_combos(), strict=True):
            label.setBuddy(combo)
            self.filter_row.addWidget(label)
            self.filter_row.addWidget(combo)
        self.filter_row.addWidget(self.clear_filters_button)
        self.filter_row.addStretch(1)
        # PDPA: phones and national IDs masked unless the personal-data grant's holder asks.
        self.personal_box = QCheckBox(self)
        self.personal_box.setObjectName("show_personal_data")
        self.personal_box.setEnabled(self._registry.may_reveal_personal())
        self.personal_box.toggled.connect(self.show_personal_data)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.personal_box)  # beside the actions: the filter row is full
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("status_counts")

    def show_personal_data(self, shown: bool) -> None:
        """Show the list's phones and national IDs whole (each row shown is audited) or masked."""
        try:
            self.model.set_shows_personal(shown)
        except UserError as error:
            show_error(self, error)
            self.personal_box.blockSignals(True)
            self.personal_box.setChecked(False)
            self.personal_box.blockSignals(False)
            self.model.set_shows_personal(False)

    def _filter_combos(self) -> tuple[QComboBox, ...]:
        return (
            self.segment_filter,
            self.kind_filter,
            self.status_filter,
            self.province_filter,
            self.priority_filter,
        )

    def _fill_filters(self) -> None:
        """(Re)fill the filter choices in the UI language, keeping what is chosen."""
        lang = current_language()
        every = self.tr("All")
        choices: dict[QComboBox, list[tuple[str, Any]]] = {
            self.segment_filter: [
                (s.name.in_language(lang), s.id) for s in self._registry.segment_choices()
            ],
            self.kind_filter: enum_choices(StakeholderKind),
            self.status_filter: [*enum_choices(StakeholderStatus), (self.tr("Archived"), ARCHIVED)],
            self.province_filter: [
                (p.name_th if lang == "th" else p.name_en, p.name_th) for p in PROVINCES
            ],
            self.priority_filter: enum_choices(Priority),
        }
        for combo, items in choices.items():
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(every, None)
            for text, value in items:
                # Plain texts: Qt finds them again by value after a refill (a UUID only by identity).
                combo.addItem(text, value.value if isinstance(value, StrEnum) else str(value))
            combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
            combo.blockSignals(False)

    # --- filters and counts --------------------------------------------------------------
    def filters(self) -> RegistryFilter:
        status = self.status_filter.currentData()
        segment, kind, priority = (combo.currentData() for combo in (
            self.segment_filter, self.kind_filter, self.priority_filter))  # fmt: skip
        return RegistryFilter(
            segment_id=uuid.UUID(segment) if segment else None,
            kind=StakeholderKind(kind) if kind else None,
            status=StakeholderStatus(status) if status and status != ARCHIVED else None,
            province=self.province_filter.currentData() or "",
            priority=Priority(priority) if priority else None,
            archived=status == ARCHIVED,
        )

    def export_view(self) -> tuple[str, RegistryFilter]:
        """The search and filters of the rows shown, for an export of this view."""
        return self.model.query.search, self.filters()

    def export_job(self) -> ExportJob | None:
        """File › Export current table: the rows of this view in the import's columns (English
        headings); identifiers whole, so the file imports again unchanged, while the list shows
        personal data (``shows_personal``), masked otherwise (PDPA)."""
        if self._edit is None:
            return super().export_job()
        edit = self._edit
        search, filters = self.export_view()
        unmasked = self.model.shows_personal

        def work(progress: Progress) -> TableSnapshot:
            def report(done: int, total: int) -> None:
                progress.raise_if_cancelled()
                progress.report(done, total)

            headers, rows = edit.view_export(search, filters, report, unmasked=unmasked)
            return TableSnapshot(headers, rows, unmasked=unmasked)

        return self.EXPORT_NAME, work

    def apply_filters(self) -> None:
        try:
            self.model.set_filters(self.filters())
        except Exception as error:  # noqa: BLE001 - a failed query is reported, the table stays
            show_error(self, error)
        self._update_actions()

    def clear_filters(self) -> None:
        for combo in self._filter_combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.apply_filters()

    def _show_counts(self) -> None:
        counts = self.model.status_counts
        lang = self.model.language
        self.counts_label.setText(" · ".join(
            self.tr("{status}: {count}").format(status=enum_label(status), count=number_text(count, lang))
            for status, count in counts.items()
        ))  # fmt: skip

    # --- actions -------------------------------------------------------------------------
    def current_row(self) -> StakeholderRow | None:
        index = self.table.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _update_actions(self) -> None:
        selected = self.current_row() is not None and self._edit is not None
        for action in (
            self.open_action,
            self.merge_action,
            self.archive_action,
            self.delete_action,
        ):
            action.setEnabled(selected)
        self.timeline_action.setEnabled(self.current_row() is not None)
        self.activity_action.setEnabled(
            self.current_row() is not None and self._activity_form is not None
        )
        archived = self.model.filters.archived
        self.archive_action.setText(self.tr("&Restore") if archived else self.tr("&Archive"))
        self._update_tooltips()

    def _changed(self, select: uuid.UUID | None = None) -> None:
        self.refresh()
        if select is not None:
            for row in range(self.model.rowCount()):
                found = self.model.row_at(row)
                if found is not None and found.id == select:
                    self.table.view.selectRow(row)
                    break
        self._update_actions()
        self.records_changed.emit()

    def new_record(self) -> None:
        self._open_form(None)

    def open_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.open_record(row.id)

    def open_record(self, stakeholder_id: uuid.UUID) -> None:
        self._open_form(stakeholder_id)

    def new_activity(self) -> None:
        """Record an activity with the selected stakeholder (the relationships' activity form)."""
        row = self.current_row()
        if row is None or self._activity_form is None:
            return
        try:
            form = self._activity_form(row.id, self)
        except UserError as error:
            show_error(self, error)
            return
        self.dialog = form
        form.saved.connect(self.activity_saved.emit)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.open()

    def _open_form(self, stakeholder_id: uuid.UUID | None) -> None:
        if self._edit is None:
            self.timeline_requested.emit(stakeholder_id)
            return
        try:
            form = StakeholderForm(self._edit, self._registry, stakeholder_id, self,
                                   consents=self._consents, notices=self._notices)  # fmt: skip
        except UserError as error:
            show_error(self, error)
            return
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.saved.connect(self._changed)
        form.open_requested.connect(self.open_record)
        self.dialog = form
        form.open()

    def show_timeline(self) -> None:
        row = self.current_row()
        if row is not None:
            self.timeline_requested.emit(row.id)

    def merge_current(self) -> None:
        row = self.current_row()
        if row is None or self._edit is None:
            return
        dialog = MergeDialog(self._edit, self._registry, row.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merged.connect(self._changed)
        self.dialog = dialog
        dialog.open()

    def toggle_archived(self) -> None:
        row = self.current_row()
        if row is None or self._edit is None:
            return
        try:
            self._edit.set_archived(row.id, not self.model.filters.archived)
        except UserError as error:
            show_error(self, error)
            return
        self._changed()

    def delete_current(self, confirm: bool = True) -> None:
        row = self.current_row()
        if row is None or self._edit is None:
            return
        if confirm and not self._confirm_delete(row):
            return
        try:
            self._edit.delete(row.id)
        except UserError as error:
            show_error(self, error)
            return
        self._changed()

    def _confirm_delete(self, row: StakeholderRow) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete stakeholder"),
                          self.tr("Delete {name} for good? Only a record without any history can be deleted.")
                          .format(name=row.name), QMessageBox.StandardButton.NoButton, self)  # fmt: skip
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is delete

    def edit_segments(self) -> None:
        if self._segments is None:
            return
        dialog = SegmentsDialog(self._segments, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self._segments_changed)
        self.dialog = dialog
        dialog.open()

    def _segments_changed(self) -> None:
        self._fill_filters()
        self.refresh()

    # --- texts ---------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Stakeholders")

    def refresh(self) -> None:
        super().refresh()
        self._show_counts()

    def retranslate(self) -> None:
        self.table.set_placeholder(
            self.tr("Search by name, organisation, segment, province, phone or ID number")
        )
        self.table.view.setToolTip(self.tr("Double-click a row or press Enter to open the record."))
        self.new_action.setText(self.tr("&New"))
        self.open_action.setText(self.tr("&Open"))
        self.timeline_action.setText(self.tr("&Timeline"))
        self.activity_action.setText(self.tr("New acti&vity…"))
        self.merge_action.setText(self.tr("&Merge…"))
        self.delete_action.setText(self.tr("&Delete"))
        self.segments_action.setText(self.tr("&Segments…"))
        self.contacts_action.setText(self.tr("Contact list…"))
        self.contacts_action.setToolTip(
            self.tr("Export the people who may be contacted for a purpose (consent in force)")
        )
        # Alt+letters: the actions take N, O, T, V, M, A/R, D, S; the filters G, K, U, P, Y.
        for label, text in zip(self.filter_labels, (
            self.tr("Se&gment"), self.tr("&Kind"), self.tr("Stat&us"), self.tr("&Province"), self.tr("Priorit&y"),
        ), strict=True):  # fmt: skip
            label.setText(text)
        self.clear_filters_button.setText(self.tr("Clear filters"))
        self.personal_box.setText(self.tr("Show personal data"))
        self.personal_box.setToolTip(self.tr(
            "Show phones and national IDs whole. Each record shown is written to the audit trail; "
            "only users with the personal-data permission may."))  # fmt: skip
        self._fill_filters()
        self._update_actions()
        self._show_counts()

    def _update_tooltips(self) -> None:
        for action in self.toolbar.actions():
            if not action.isSeparator() and not action.shortcut().isEmpty():
                shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                action.setToolTip(f"{action.text().replace('&', '')} ({shortcut})")
