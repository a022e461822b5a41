"""The Timeline tab: choose a stakeholder, an organisation or a segment and see its whole history
on one line, newest first and grouped by month; the relationship's indicators beside it, and the
reminders to get in touch on a page of their own.

Keys: Ctrl+F finds a stakeholder, Enter (or a double-click) on an item opens its record (the
complaint case, the feedback entry, the activity), Ctrl+Shift+N records a new activity with the
stakeholder shown.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, Qt, Signal
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vocdesk.domain.enums import PartyType
from vocdesk.services.registry.stakeholders import RegistryService, StakeholderRow
from vocdesk.services.relationships.activities import ActivityService
from vocdesk.services.relationships.indicators import IndicatorsService
from vocdesk.services.relationships.reminders import RemindersService
from vocdesk.services.relationships.timeline import (
    RecordType,
    TimelineFilter,
    TimelineItem,
    TimelineKind,
    TimelineScope,
    TimelineService,
)
from vocdesk.ui import layout
from vocdesk.ui.errors import show_error
from vocdesk.ui.models.display import name_text
from vocdesk.ui.models.table_export import TableSnapshot, snapshot_job
from vocdesk.ui.registry.stakeholders_model import StakeholderPickerModel
from vocdesk.ui.relationships.activity_form import ActivityForm
from vocdesk.ui.relationships.indicators_panel import IndicatorsPanel
from vocdesk.ui.relationships.reminders_page import RemindersPage
from vocdesk.ui.relationships.timeline_model import TimelineModel, kind_text
from vocdesk.ui.tasks import Progress, TaskRunner
from vocdesk.ui.widgets.period_picker import PeriodPicker
from vocdesk.ui.widgets.searchable_table import SearchableTable
from vocdesk.ui.widgets.shortcuts import set_tab_shortcut
from vocdesk.ui.widgets.thai_wrap import WrappingLabel

PICKER_WIDTH = 250
INDICATORS_WIDTH = PICKER_WIDTH + 20
# The timeline's table needs its Month, Date, Kind and Type columns and a Summary a sentence
# wide (about 850 px): below this width the indicators go under the picker instead of taking a
# third pane beside the table (1200 x 800 puts them under it, 1920 x 1080 beside it).
THREE_PANES_MIN_WIDTH = 1400


@dataclass(frozen=True)
class TimelineServices:
    """What the tab reads and opens; a missing service leaves its part out (a read-only tab)."""

    registry: RegistryService
    timeline: TimelineService
    activities: ActivityService | None = None
    indicators: IndicatorsService | None = None
    reminders: RemindersService | None = None
    complaint_cases: Any = None  # opens a case
    improvements: Any = None  # the case dialog's improvement actions
    listening_entries: Any = None  # opens a feedback entry
    settings: Any = None  # the feedback form's remembered choices


class ScopeKind:
    STAKEHOLDER = "stakeholder"
    ORGANISATION = "organisation"
    SEGMENT = "segment"


class TimelineTab(QWidget):
    record_opened = Signal(object)  # the dialog or form opened for an item (tests, the window)
    reminders_changed = Signal()  # done, snoozed, made on the Reminders page: recount them

    def __init__(
        self,
        registry: RegistryService | TimelineServices,
        timeline: TimelineService | None = None,
        parent: QWidget | None = None,
        *,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        if isinstance(registry, TimelineServices):
            services = registry
        else:
            assert timeline is not None
            services = TimelineServices(registry=registry, timeline=timeline)
        self._services = services
        self._registry = services.registry
        self._tasks = tasks
        self._person: StakeholderRow | None = None
        self.dialog: Any = None  # the record opened last

        # --- whose timeline ---
        self.scope_box = QComboBox(self)
        self.scope_box.setObjectName("timeline_scope")
        for key in (ScopeKind.STAKEHOLDER, ScopeKind.ORGANISATION, ScopeKind.SEGMENT):
            self.scope_box.addItem("", key)
        self.segment_box = QComboBox(self)
        self.segment_box.setObjectName("timeline_segment")
        self.picker = SearchableTable(StakeholderPickerModel(self._registry), self)
        self.picker.setObjectName("stakeholder_picker")

        # --- which items ---
        # A push button with a menu leaves room for its arrow (a tool button draws it over the
        # text: "All kinds" read "All kind▾").
        self.kinds_button = QPushButton(self)
        self.kinds_button.setObjectName("timeline_kinds")
        self.kinds_menu = QMenu(self.kinds_button)
        self.kind_actions: dict[TimelineKind, QAction] = {}
        for kind in TimelineKind:
            action = self.kinds_menu.addAction("")
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(self._filters_changed)
            self.kind_actions[kind] = action
        self.kinds_button.setMenu(self.kinds_menu)
        self.period_check = QCheckBox(self)
        self.period_check.setObjectName("timeline_period_on")
        self.period_picker = PeriodPicker(self)
        self.period_picker.setEnabled(False)

        self.events = SearchableTable(TimelineModel(services.timeline), self)
        self.events.setObjectName("timeline_events")
        self.heading = WrappingLabel("", self)
        self.heading.setObjectName("timeline_heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.new_activity_button = QPushButton(self)
        self.new_activity_button.setObjectName("new_activity")
        self.new_activity_action = QAction(self)
        set_tab_shortcut(self.new_activity_action, "Ctrl+Shift+N")
        self.new_activity_action.triggered.connect(self.new_activity)
        self.addAction(self.new_activity_action)
        self.new_activity_button.clicked.connect(self.new_activity)
        self.new_activity_button.setVisible(services.activities is not None)

        self.indicators = self._indicators_panel()

        # --- layout ---
        left = QWidget(self)
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.setSpacing(layout.SPACING)
        self.scope_label = QLabel(self)
        self.scope_label.setBuddy(self.scope_box)
        left_box.addWidget(self.scope_label)
        left_box.addWidget(self.scope_box)
        left_box.addWidget(self.segment_box)
        # The picker, and under it the indicators when the window is too narrow for three panes.
        self.left_splitter = QSplitter(Qt.Orientation.Vertical, left)
        self.left_splitter.setObjectName("timeline_left")
        self.left_splitter.setChildrenCollapsible(False)
        self.left_splitter.addWidget(self.picker)
        left_box.addWidget(self.left_splitter, 1)

        filters = QHBoxLayout()
        filters.setSpacing(layout.SPACING)
        filters.addWidget(self.kinds_button)
        filters.addWidget(self.period_check)
        filters.addWidget(self.period_picker)
        filters.addStretch(1)
        filters.addWidget(self.new_activity_button)
        middle = QWidget(self)
        middle_box = QVBoxLayout(middle)
        middle_box.setContentsMargins(0, 0, 0, 0)
        middle_box.setSpacing(layout.SPACING)
        middle_box.addWidget(self.heading)
        middle_box.addLayout(filters)
        middle_box.addWidget(self.events, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(middle)
        self.splitter.setStretchFactor(1, 1)
        self.indicators_side: QScrollArea | None = None
        if self.indicators is not None:
            # In a scroll area: the level, its rule and the figures wrap to more lines than a
            # short window has room for, and must not be squeezed into each other.
            side = QScrollArea(self)
            side.setObjectName("indicators_scroll")
            side.setWidgetResizable(True)
            side.setFrameShape(QFrame.Shape.NoFrame)
            side.setWidget(self.indicators)
            self.indicators_side = side
        self._three_panes: bool | None = None  # where the indicators are; set by the width
        self._place_indicators(three_panes=True)

        self.reminders = self._reminders_page()
        self.pages = QTabWidget(self)
        self.pages.setObjectName("timeline_pages")
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.splitter, "")
        if self.reminders is not None:
            self.pages.addTab(self.reminders, "")
        self.pages.tabBar().setVisible(self.pages.count() > 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(layout.MARGIN, layout.MARGIN, layout.MARGIN, layout.MARGIN)
        box.addWidget(self.pages)

        self.scope_box.currentIndexChanged.connect(self._scope_kind_changed)
        self.segment_box.currentIndexChanged.connect(self._show_scope)
        self.period_check.toggled.connect(self._period_toggled)
        self.period_picker.period_changed.connect(self._filters_changed)
        self.picker.view.selectionModel().selectionChanged.connect(self._picked)
        self.picker.model.modelReset.connect(self._keep_selection)
        self.events.row_activated.connect(self.open_item)
        self._fill_segments()
        self._scope_kind_changed()
        self._keep_selection()
        self.retranslate()

    # --- the pieces other helpers write (each optional) ----------------------------------
    def _indicators_panel(self) -> IndicatorsPanel | None:
        if self._services.indicators is None:
            return None
        # The panel reads off the GUI thread: the window's runner, or one of the tab's own.
        tasks = self._tasks if self._tasks is not None else TaskRunner(self)
        panel = IndicatorsPanel(self._services.indicators, tasks, parent=self)
        panel.setObjectName("indicators_panel")
        return panel

    def _reminders_page(self) -> RemindersPage | None:
        if self._services.reminders is None:
            return None
        tasks = self._tasks if self._tasks is not None else TaskRunner(self)
        page = RemindersPage(self._services.reminders, tasks, parent=self)
        page.setObjectName("reminders_page")
        if self._services.activities is not None:
            page.set_activity_service(self._services.activities)  # "Record contact"
        page.reminders_changed.connect(self._reminders_changed)
        return page

    def _reminders_changed(self) -> None:
        self.model.reload()  # a reminder done or made is an item of the timeline
        if self.indicators is not None:
            self.indicators.refresh()
        self.reminders_changed.emit()

    # --- where the indicators go --------------------------------------------------------
    def _place_indicators(self, *, three_panes: bool) -> None:
        """Beside the timeline (a third pane) in a wide window, under the stakeholder picker in
        a narrow one, so that the timeline's table keeps room for its Summary column."""
        side = self.indicators_side
        if side is None or three_panes == self._three_panes:
            return
        self._three_panes = three_panes
        if three_panes:
            self.splitter.addWidget(side)
            self.splitter.setSizes([PICKER_WIDTH, 3 * PICKER_WIDTH, INDICATORS_WIDTH])
        else:
            self.left_splitter.addWidget(side)
            self.splitter.setSizes([PICKER_WIDTH, 4 * PICKER_WIDTH])
            height = max(self.left_splitter.height(), 2 * PICKER_WIDTH)
            self.left_splitter.setSizes([height // 2, height - height // 2])
        side.show()

    def indicators_beside(self) -> bool:
        """True when the indicators are a pane of their own beside the timeline."""
        return bool(self._three_panes)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's virtual
        super().resizeEvent(event)
        self._place_indicators(three_panes=event.size().width() >= THREE_PANES_MIN_WIDTH)

    # --- state ---------------------------------------------------------------------------
    @property
    def model(self) -> TimelineModel:
        return self.events.model

    @property
    def stakeholder_id(self) -> uuid.UUID | None:
        scope = self.model.scope
        return scope.stakeholder_id if scope is not None else None

    def scope_kind(self) -> str:
        return str(self.scope_box.currentData())

    def set_scope_kind(self, kind: str) -> None:
        self.scope_box.setCurrentIndex(self.scope_box.findData(kind))

    def show_stakeholder(self, stakeholder_id: uuid.UUID) -> None:
        """Show the timeline of ``stakeholder_id`` (e.g. chosen on the Stakeholders tab)."""
        self._person = self._registry.get_stakeholder(stakeholder_id)
        if self.scope_kind() == ScopeKind.SEGMENT:
            self.set_scope_kind(ScopeKind.STAKEHOLDER)
        self._show_scope()
        self._select_in_picker()

    def show_segment(self, segment_id: uuid.UUID) -> None:
        self.set_scope_kind(ScopeKind.SEGMENT)
        self.segment_box.setCurrentIndex(max(0, self.segment_box.findData(segment_id)))
        self._show_scope()

    def _fill_segments(self) -> None:
        keep = self.segment_box.currentData()
        self.segment_box.blockSignals(True)
        self.segment_box.clear()
        for choice in self._registry.segment_choices():
            self.segment_box.addItem(name_text(choice.name, self.model.language), choice.id)
        index = self.segment_box.findData(keep)
        self.segment_box.setCurrentIndex(max(0, index) if self.segment_box.count() else -1)
        self.segment_box.blockSignals(False)

    def _scope_kind_changed(self) -> None:
        segment = self.scope_kind() == ScopeKind.SEGMENT
        self.segment_box.setVisible(segment)
        self.picker.setVisible(not segment)
        self._show_scope()

    def _organisation_of(self, person: StakeholderRow) -> str:
        """The organisation's name: the record's own, or the person's organisation (empty for a
        person with none: their own timeline is shown)."""
        if person.party_type == PartyType.ORGANISATION:
            return person.name
        return person.organisation

    def _scope(self) -> TimelineScope | None:
        kind = self.scope_kind()
        if kind == ScopeKind.SEGMENT:
            segment_id = self.segment_box.currentData()
            return TimelineScope(segment_id=segment_id) if segment_id is not None else None
        if self._person is None:
            return None
        if kind == ScopeKind.ORGANISATION and self._organisation_of(self._person):
            return TimelineScope(organisation=self._organisation_of(self._person))
        return TimelineScope(stakeholder_id=self._person.id)

    def _show_scope(self) -> None:
        scope = self._scope()
        # The filter widgets as they stand now too (a caller may have set them quietly).
        self.model.show(scope, self.filters())
        self.events.view.setColumnHidden(
            TimelineModel.STAKEHOLDER_COLUMN, scope is None or not scope.is_group
        )
        self.new_activity_button.setEnabled(scope is not None and scope.stakeholder_id is not None)
        self.new_activity_action.setEnabled(self.new_activity_button.isEnabled())
        self._show_indicators(scope)
        self._show_heading()

    def _show_indicators(self, scope: TimelineScope | None) -> None:
        """The panel follows the timeline: one stakeholder's, a segment's or an organisation's
        indicators; with nobody chosen it is hidden."""
        panel, side = self.indicators, self.indicators_side
        if panel is None or side is None:
            return
        side.setVisible(scope is not None)
        if scope is None:
            panel.set_stakeholder(None)
        elif scope.segment_id is not None:
            panel.set_segment(scope.segment_id)
        elif scope.organisation:
            panel.set_organisation(scope.organisation)
        else:
            panel.set_stakeholder(scope.stakeholder_id)

    def _picked(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        row = self.picker.model.row_at(indexes[0].row()) if indexes else None
        if row is not None and (self._person is None or row.id != self._person.id):
            self._person = row
            self._show_scope()

    def _keep_selection(self) -> None:
        # After a search the picker is a new list: mark the person shown if they are in it,
        # and with nobody shown yet, start with the first person listed.
        if self._person is None and self.picker.model.rowCount():
            self.picker.view.selectRow(0)
        else:
            self._select_in_picker()

    def _select_in_picker(self) -> None:
        model = self.picker.model
        for row in range(model.rowCount()):
            found = model.row_at(row)
            if self._person is not None and found is not None and found.id == self._person.id:
                self.picker.view.selectRow(row)
                return

    # --- filters -------------------------------------------------------------------------
    def _period_toggled(self, on: bool) -> None:
        self.period_picker.setEnabled(on)
        self._filters_changed()

    def filters(self) -> TimelineFilter:
        kinds = frozenset(k for k, a in self.kind_actions.items() if a.isChecked())
        start = end = None
        if self.period_check.isChecked():
            period = self.period_picker.period()
            start, end = period.start, period.end
        return TimelineFilter(
            kinds=None if len(kinds) == len(self.kind_actions) else kinds, start=start, end=end
        )

    def set_kinds(self, kinds: set[TimelineKind] | None) -> None:
        for kind, action in self.kind_actions.items():
            action.blockSignals(True)
            action.setChecked(kinds is None or kind in kinds)
            action.blockSignals(False)
        self._filters_changed()

    def apply_filters(self) -> None:
        """Read the kinds and period widgets again (after setting them with signals blocked)."""
        self._filters_changed()

    def _filters_changed(self, *_args: Any) -> None:
        self.model.set_filters(self.filters())
        self._show_kinds_button()

    # --- opening records -----------------------------------------------------------------
    def open_item(self, item: TimelineItem) -> Any:
        """Open the record behind ``item``: the case, the feedback entry or the activity."""
        opener: dict[RecordType, Callable[[uuid.UUID], Any]] = {
            RecordType.COMPLAINT: self._open_case,
            RecordType.FEEDBACK_ENTRY: self._open_feedback,
            RecordType.ACTIVITY: lambda record_id: self._open_activity(item.stakeholder_id, record_id),
        }  # fmt: skip
        open_record = opener.get(item.record_type)
        if open_record is None:
            return None
        try:
            dialog = open_record(item.record_id)
        except Exception as error:  # noqa: BLE001 - e.g. the record was deleted meanwhile
            show_error(self, error)
            return None
        if dialog is not None:
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog = dialog
            dialog.open()
            self.record_opened.emit(dialog)
        return dialog

    def _open_case(self, case_id: uuid.UUID) -> Any:
        if self._services.complaint_cases is None:
            return None
        from vocdesk.ui.complaints.case_dialog import ComplaintCaseDialog

        dialog = ComplaintCaseDialog(
            self._services.complaint_cases, case_id, self, improvements=self._services.improvements
        )
        dialog.finished.connect(lambda _result: self.refresh() if dialog.changed else None)
        return dialog

    def _open_feedback(self, entry_id: uuid.UUID) -> Any:
        if self._services.listening_entries is None:
            return None
        from vocdesk.ui.listening.feedback_form import FeedbackForm

        form = FeedbackForm(
            self._services.listening_entries, self._registry, self._services.settings,
            entry_id=entry_id, parent=self,
        )  # fmt: skip
        form.saved.connect(lambda _entry_id: self.refresh())
        return form

    def _activity_form(self, stakeholder_id: uuid.UUID, activity_id: uuid.UUID | None) -> Any:
        if self._services.activities is None:
            return None
        form = ActivityForm(self._services.activities, stakeholder_id, activity_id, parent=self)
        form.saved.connect(lambda *_args: self.refresh())
        return form

    def _open_activity(self, stakeholder_id: uuid.UUID, activity_id: uuid.UUID) -> Any:
        return self._activity_form(stakeholder_id, activity_id)

    def new_activity(self) -> Any:
        """Record a new activity with the stakeholder shown (Ctrl+Shift+N)."""
        scope = self.model.scope
        if scope is None or scope.stakeholder_id is None:
            return None
        form = self._activity_form(scope.stakeholder_id, None)
        if form is not None:
            form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog = form
            form.open()
            self.record_opened.emit(form)
        return form

    # --- texts ---------------------------------------------------------------------------
    def _show_heading(self) -> None:
        scope = self.model.scope
        if scope is None:
            if self.scope_kind() == ScopeKind.SEGMENT:
                self.heading.setText(self.tr("There are no segments yet."))
            else:
                self.heading.setText(self.tr("Choose a person or organisation on the left."))
        elif scope.segment_id is not None:
            self.heading.setText(
                self.tr("Timeline of the segment {name}").format(
                    name=self.segment_box.currentText()
                )
            )
        elif scope.organisation:
            self.heading.setText(
                self.tr("Timeline of the organisation {name}").format(name=scope.organisation)
            )
        elif self._person is not None and self._person.organisation:
            self.heading.setText(
                self.tr("Timeline of {name} ({organisation})").format(
                    name=self._person.name, organisation=self._person.organisation
                )
            )
        elif self._person is not None:
            self.heading.setText(self.tr("Timeline of {name}").format(name=self._person.name))

    def _show_kinds_button(self) -> None:
        chosen = sum(a.isChecked() for a in self.kind_actions.values())
        if chosen == len(self.kind_actions):
            self.kinds_button.setText(self.tr("All kinds"))
        else:
            self.kinds_button.setText(
                self.tr("Kinds: {chosen} of {count}").format(
                    chosen=chosen, count=len(self.kind_actions)
                )
            )

    def title(self) -> str:
        return self.tr("Timeline")

    def focus_search(self) -> None:
        self.pages.setCurrentIndex(0)
        if self.picker.isVisible():
            self.picker.search_box.setFocus()
            self.picker.search_box.selectAll()
        else:
            self.segment_box.setFocus()

    def refresh(self) -> None:
        self._fill_segments()
        self.picker.model.reload()
        self.model.reload()
        if self.indicators is not None:
            self.indicators.refresh()
        if self.reminders is not None:
            self.reminders.refresh()

    def export_job(self) -> tuple[str, Callable[[Progress], TableSnapshot]] | None:
        return "timeline", snapshot_job(self.model)

    def retranslate(self) -> None:
        self.scope_label.setText(self.tr("&Show the history of"))
        labels = {
            ScopeKind.STAKEHOLDER: self.tr("One stakeholder"),
            ScopeKind.ORGANISATION: self.tr("The stakeholder's organisation"),
            ScopeKind.SEGMENT: self.tr("A whole segment"),
        }
        for index in range(self.scope_box.count()):
            self.scope_box.setItemText(index, labels[self.scope_box.itemData(index)])
        for index, choice in enumerate(self._registry.segment_choices()):
            if index < self.segment_box.count():
                self.segment_box.setItemText(index, name_text(choice.name, self.model.language))
        for kind, action in self.kind_actions.items():
            action.setText(kind_text(kind))
        self.kinds_button.setToolTip(self.tr("Which kinds of item the timeline shows"))
        self.period_check.setText(self.tr("Only in"))
        self.new_activity_button.setText(self.tr("New activity…"))
        self.new_activity_button.setToolTip(self.tr("Ctrl+Shift+N"))
        self.new_activity_action.setText(self.tr("New activity…"))
        self.picker.set_placeholder(self.tr("Find a person or organisation"))
        self.events.set_placeholder(self.tr("Search this timeline"))
        self.pages.setTabText(0, self.tr("Timeline"))
        if self.reminders is not None:
            self.pages.setTabText(1, self.tr("Reminders"))
        self._show_kinds_button()
        self._show_heading()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
