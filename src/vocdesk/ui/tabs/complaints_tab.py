"""The Complaints tab: every case, newest first; overdue cases stand out in red."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from vocdesk.services.complaints import ComplaintsService
from vocdesk.ui.models.complaints_model import ComplaintsModel
from vocdesk.ui.tabs.list_tab import ListTab


class ComplaintsTab(ListTab):
    EXPORT_NAME = "complaints"

    def __init__(self, complaints: ComplaintsService, parent: QWidget | None = None) -> None:
        super().__init__(ComplaintsModel(complaints), parent)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Complaints")

    def retranslate(self) -> None:
        self.table.set_placeholder(
            self.tr("Search by number, subject, category or the officer assigned")
        )
