"""The first page of the Listening tab: the log itself, with its filters and the entry actions."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from vocdesk.services.listening import ListeningService
from vocdesk.ui import layout
from vocdesk.ui.models.listening_model import ListeningModel
from vocdesk.ui.models.table_export import snapshot_job
from vocdesk.ui.tabs.list_tab import ExportJob
from vocdesk.ui.tabs.searchable_table import SearchableTable

EXPORT_NAME = "listening-log"


@dataclass(frozen=True)
class LogServices:
    """What the log page needs beyond reading: recording entries, the channels catalogue, the
    stakeholder registry and the settings that remember the form's sticky defaults. Without
    them (``None``) the page only reads."""

    entries: Any = None  # services.listening_entry.ListeningEntryService
    channels: Any = None  # services.channels.ChannelsService
    registry: Any = None  # services.registry.RegistryService
    settings: Any = None  # ui.settings.Settings


class ListeningLogPage(QWidget):
    def __init__(self, listening: ListeningService, services: LogServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._listening = listening
        self._services = services
        self.table = SearchableTable(ListeningModel(listening), self)
        # The row of actions on entries; other areas add theirs (e.g. "Turn into complaint…").
        self.actions_row = QHBoxLayout()
        self.actions_row.setContentsMargins(0, 0, 0, 0)
        self.actions_row.setSpacing(layout.BUTTON_SPACING)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("new_entry")
        self.actions_row.addWidget(self.new_button)
        self.actions_row.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, layout.MARGIN, 0, 0)
        box.setSpacing(layout.SPACING)
        box.addLayout(self.actions_row)
        box.addWidget(self.table, 1)
        self.new_button.setEnabled(services.entries is not None)
        self.retranslate()

    @property
    def model(self) -> ListeningModel:
        return self.table.model  # type: ignore[return-value]

    def selected_entry_id(self) -> uuid.UUID | None:
        indexes = self.table.view.selectionModel().selectedRows()
        if not indexes:
            return None
        row = self.model.row_at(indexes[0].row())
        return None if row is None else row.id

    def title(self) -> str:
        return self.tr("Listening log")

    def retranslate(self) -> None:
        self.table.set_placeholder(
            self.tr("Search what was said, who said it, the channel, segment, service or office")
        )
        self.new_button.setText(self.tr("&New entry…"))

    def focus_search(self) -> None:
        self.table.search_box.setFocus()
        self.table.search_box.selectAll()

    def refresh(self) -> None:
        self.model.reload()

    def export_job(self) -> ExportJob | None:
        return EXPORT_NAME, snapshot_job(self.model)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
