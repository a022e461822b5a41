"""The Timeline tab: pick a person or organisation, see every contact with them on one line."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelection, Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from vocdesk.services.registry.stakeholders import RegistryService, StakeholderRow
from vocdesk.services.relationships.timeline import TimelineService
from vocdesk.ui import layout
from vocdesk.ui.models.table_export import TableSnapshot, snapshot_job
from vocdesk.ui.registry.stakeholders_model import StakeholderPickerModel
from vocdesk.ui.relationships.timeline_model import TimelineModel
from vocdesk.ui.tasks import Progress
from vocdesk.ui.widgets.searchable_table import SearchableTable
from vocdesk.ui.widgets.thai_wrap import WrappingLabel

PICKER_WIDTH = 340


class TimelineTab(QWidget):
    def __init__(
        self, registry: RegistryService, timeline: TimelineService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._registry = registry
        self._person: StakeholderRow | None = None
        self.picker = SearchableTable(StakeholderPickerModel(registry), self)
        self.picker.setObjectName("stakeholder_picker")
        self.events = SearchableTable(TimelineModel(timeline), self)
        self.events.setObjectName("timeline_events")
        self.heading = WrappingLabel("", self)
        self.heading.setObjectName("timeline_heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)

        right = QWidget(self)
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.setSpacing(layout.SPACING)
        right_box.addWidget(self.heading)
        right_box.addWidget(self.events, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.picker)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([PICKER_WIDTH, 4 * PICKER_WIDTH])
        box = QVBoxLayout(self)
        box.setContentsMargins(layout.MARGIN, layout.MARGIN, layout.MARGIN, layout.MARGIN)
        box.addWidget(splitter)

        self.picker.view.selectionModel().selectionChanged.connect(self._picked)
        self.picker.model.modelReset.connect(self._keep_selection)
        self._keep_selection()
        self.retranslate()

    @property
    def model(self) -> TimelineModel:
        return self.events.model

    @property
    def stakeholder_id(self) -> uuid.UUID | None:
        return self.model.stakeholder_id

    def show_stakeholder(self, stakeholder_id: uuid.UUID) -> None:
        """Show the timeline of ``stakeholder_id`` (e.g. chosen on the Stakeholders tab)."""
        self._person = self._registry.get_stakeholder(stakeholder_id)
        self.model.set_stakeholder(self._person.id if self._person else None)
        self._select_in_picker()
        self._show_heading()

    def _picked(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        row = self.picker.model.row_at(indexes[0].row()) if indexes else None
        if row is not None and row.id != self.model.stakeholder_id:
            self._person = row
            self.model.set_stakeholder(row.id)
            self._show_heading()

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

    def _show_heading(self) -> None:
        person = self._person
        if person is None:
            self.heading.setText(self.tr("Choose a person or organisation on the left."))
        elif person.organisation:
            self.heading.setText(
                self.tr("Timeline of {name} ({organisation})").format(
                    name=person.name, organisation=person.organisation
                )
            )
        else:
            self.heading.setText(self.tr("Timeline of {name}").format(name=person.name))

    def title(self) -> str:
        return self.tr("Timeline")

    def focus_search(self) -> None:
        self.picker.search_box.setFocus()
        self.picker.search_box.selectAll()

    def refresh(self) -> None:
        self.picker.model.reload()
        self.model.reload()

    def export_job(self) -> tuple[str, Callable[[Progress], TableSnapshot]] | None:
        return "timeline", snapshot_job(self.model)

    def retranslate(self) -> None:
        self.picker.set_placeholder(self.tr("Find a person or organisation"))
        self.events.set_placeholder(self.tr("Search this timeline"))
        self._show_heading()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
