"""The Stakeholders tab: the registry of service recipients and stakeholders."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from vocdesk.services.registry import RegistryService, StakeholderRow
from vocdesk.ui.models.stakeholders_model import StakeholdersModel
from vocdesk.ui.tabs.list_tab import ListTab


class StakeholdersTab(ListTab):
    EXPORT_NAME = "stakeholders"
    timeline_requested = Signal(object)  # the stakeholder's id, on double-click or Enter

    def __init__(self, registry: RegistryService, parent: QWidget | None = None) -> None:
        super().__init__(StakeholdersModel(registry), parent)
        self.table.row_activated.connect(self._open_timeline)
        self.retranslate()

    def _open_timeline(self, row: StakeholderRow) -> None:
        self.timeline_requested.emit(row.id)

    def title(self) -> str:
        return self.tr("Stakeholders")

    def retranslate(self) -> None:
        self.table.set_placeholder(
            self.tr("Search by name, organisation, segment, province, phone or ID number")
        )
        self.table.view.setToolTip(self.tr("Double-click a row to see its timeline."))

