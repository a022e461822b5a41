"""The Listening tab: the listening log of everything heard, from every channel."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from vocdesk.services.listening import ListeningService
from vocdesk.ui.models.listening_model import ListeningModel
from vocdesk.ui.tabs.list_tab import ListTab


class ListeningTab(ListTab):
    EXPORT_NAME = "listening-log"

    def __init__(self, listening: ListeningService, parent: QWidget | None = None) -> None:
        super().__init__(ListeningModel(listening), parent)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Listening")

    def retranslate(self) -> None:
        self.table.set_placeholder(
            self.tr("Search what was said, who said it, the channel, segment, service or office")
        )
