"""The first page of the Listening tab: the log itself, its filters and the actions on entries.

Filters (period of the fiscal year, channel, stage, type, sentiment, segment, service, office,
status) narrow the rows in SQL together with the search words. The row of actions holds "New
entry…" (Ctrl+Shift+N), "Edit…" (or double-click / Enter on a row) and "Channels…"; a right-click
gives the selected entries a status. Other areas
add their own actions on the selected entry to ``actions_row`` (before its closing stretch).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vocdesk.domain.enums import FeedbackType, LifecycleStage, Sentiment
from vocdesk.domain.listening.log import FeedbackStatus
from vocdesk.services.listening.log import (
    CatalogueChoices,
    Choice,
    FeedbackFilters,
    FeedbackRow,
    ListeningService,
)
from vocdesk.ui import layout
from vocdesk.ui.i18n import current_language
from vocdesk.ui.labels import enum_choices
from vocdesk.ui.listening.log_model import ListeningModel
from vocdesk.ui.models.table_export import snapshot_job
from vocdesk.ui.widgets.list_tab import ExportJob
from vocdesk.ui.widgets.period_picker import PeriodPicker
from vocdesk.ui.widgets.searchable_table import SearchableTable
from vocdesk.ui.widgets.shortcuts import tab_shortcut

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
    privacy_notices: Any = (
        None  # services.pdpa.notices.PrivacyNoticeService: the form's notice line
    )


class FeedbackFilterBar(QWidget):
    """The log's filters; ``filters_changed`` gives the new ``FeedbackFilters``."""

    filters_changed = Signal(object)

    def __init__(self, choices: CatalogueChoices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = choices
        self.period_check = QCheckBox(self)
        self.period_check.setObjectName("filter_period_on")
        self.period_picker = PeriodPicker(self)
        self.period_picker.setObjectName("filter_period")
        self.period_picker.label.hide()  # the check box says "Period"
        self.period_picker.setEnabled(False)
        names = ("channel", "stage", "type", "sentiment", "segment", "service", "office", "status")
        self.boxes: dict[str, QComboBox] = {}
        for name in names:
            box = QComboBox(self)
            box.setObjectName(f"filter_{name}")
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            self.boxes[name] = box
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("clear_filters")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(layout.SPACING)
        grid.setVerticalSpacing(layout.SPACING)
        period = QHBoxLayout()
        period.setSpacing(layout.SPACING)
        period.addWidget(self.period_check)
        period.addWidget(self.period_picker)
        grid.addLayout(period, 0, 0, 1, 2)
        for column, name in enumerate(("channel", "stage", "type"), start=2):
            grid.addWidget(self.boxes[name], 0, column)
        for column, name in enumerate(("sentiment", "segment", "service", "office", "status")):
            grid.addWidget(self.boxes[name], 1, column)
        grid.addWidget(self.clear_button, 1, 5)
        grid.setColumnStretch(6, 1)
        self._filling = False
        self.retranslate()
        self.period_check.toggled.connect(self.period_picker.setEnabled)
        self.period_check.toggled.connect(self._changed)
        self.period_picker.period_changed.connect(self._changed)
        for box in self.boxes.values():
            box.currentIndexChanged.connect(self._changed)
        self.clear_button.clicked.connect(self.clear)

    def set_choices(self, choices: CatalogueChoices) -> None:
        self._choices = choices
        self.retranslate()

    def filters(self) -> FeedbackFilters:
        def value(name: str, kind: Any) -> Any:
            data = self.boxes[name].currentData()
            return kind(data) if data else None

        return FeedbackFilters(
            period=self.period_picker.period() if self.period_check.isChecked() else None,
            channel_id=value("channel", uuid.UUID), stage=value("stage", LifecycleStage),
            type=value("type", FeedbackType), sentiment=value("sentiment", Sentiment),
            segment_id=value("segment", uuid.UUID), service_id=value("service", uuid.UUID),
            office_id=value("office", uuid.UUID), status=value("status", FeedbackStatus),
        )  # fmt: skip

    def clear(self) -> None:
        self._filling = True
        try:
            self.period_check.setChecked(False)
            for box in self.boxes.values():
                box.setCurrentIndex(0)
        finally:
            self._filling = False
        self._changed()

    def _changed(self, *_args: Any) -> None:
        if not self._filling:
            self.filters_changed.emit(self.filters())

    def _fill(self, name: str, everything: str, items: list[tuple[str, str]]) -> None:
        box = self.boxes[name]
        current = box.currentData()
        box.clear()
        box.addItem(everything, "")
        for text, data in items:
            box.addItem(text, data)
        box.setCurrentIndex(max(0, box.findData(current)))

    def retranslate(self) -> None:
        lang = current_language()

        def named(choices: list[Choice]) -> list[tuple[str, str]]:
            return [(choice.name.in_language(lang), choice.id.hex) for choice in choices]

        def labelled(enum_cls: Any) -> list[tuple[str, str]]:
            return [(label, member.value) for label, member in enum_choices(enum_cls)]

        self._filling = True
        try:
            self.period_check.setText(self.tr("Period"))
            self._fill("channel", self.tr("All channels"), named(self._choices.channels))
            self._fill("stage", self.tr("All stages"), labelled(LifecycleStage))
            self._fill("type", self.tr("All types"), labelled(FeedbackType))
            self._fill("sentiment", self.tr("Any sentiment"), labelled(Sentiment))
            self._fill("segment", self.tr("All segments"), named(self._choices.segments))
            self._fill("service", self.tr("All services"), named(self._choices.services))
            self._fill("office", self.tr("All offices"), named(self._choices.offices))
            self._fill("status", self.tr("Any status"), labelled(FeedbackStatus))
            self.clear_button.setText(self.tr("Clear filters"))
        finally:
            self._filling = False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ListeningLogPage(QWidget):
    def __init__(
        self, listening: ListeningService, services: LogServices, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._listening = listening
        self._services = services
        self.table = SearchableTable(ListeningModel(listening), self)
        self.filter_bar = FeedbackFilterBar(listening.filter_choices(), self)
        # The row of actions on entries; other areas add theirs (e.g. "Turn into complaint…")
        # before its last item, the stretch.
        self.actions_row = QHBoxLayout()
        self.actions_row.setContentsMargins(0, 0, 0, 0)
        self.actions_row.setSpacing(layout.BUTTON_SPACING)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("new_entry")
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("edit_entry")
        self.channels_button = QPushButton(self)
        self.channels_button.setObjectName("channels")
        for button in (self.new_button, self.edit_button, self.channels_button):
            self.actions_row.addWidget(button)
        self.actions_row.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, layout.MARGIN, 0, 0)
        box.setSpacing(layout.SPACING)
        box.addLayout(self.actions_row)
        box.addWidget(self.filter_bar)
        box.addWidget(self.table, 1)
        self.form: Any = None  # the entry form while it is open
        self.channels_dialog: Any = None

        writable = services.entries is not None
        self.new_button.setEnabled(writable)
        self.edit_button.setEnabled(writable)
        self.channels_button.setEnabled(services.channels is not None)
        self.filter_bar.filters_changed.connect(self.model.set_filters)
        self.new_button.clicked.connect(self.new_entry)
        self.edit_button.clicked.connect(self.edit_selected)
        self.channels_button.clicked.connect(self.edit_channels)
        self.table.row_activated.connect(self._row_activated)
        # Right-click: give the selected entries a status (the loop from hearing to acting).
        self.table.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.view.customContextMenuRequested.connect(self._show_status_menu)
        tab_shortcut("Ctrl+Shift+N", self, self.new_entry)
        self.retranslate()

    @property
    def model(self) -> ListeningModel:
        return self.table.model

    def selected_entry_id(self) -> uuid.UUID | None:
        indexes = self.table.view.selectionModel().selectedRows()
        if not indexes:
            return None
        row = self.model.row_at(indexes[0].row())
        return None if row is None else row.id

    # --- actions -------------------------------------------------------------------------------
    def new_entry(self) -> Any:
        return self._open_form(None)

    def edit_selected(self) -> Any:
        entry_id = self.selected_entry_id()
        return self._open_form(entry_id) if entry_id is not None else None

    def selected_entry_ids(self) -> list[uuid.UUID]:
        rows = sorted(index.row() for index in self.table.view.selectionModel().selectedRows())
        return [entry.id for entry in (self.model.row_at(r) for r in rows) if entry is not None]

    def mark_selected(self, status: FeedbackStatus) -> int:
        """Give the selected entries ``status``; how many changed."""
        ids = self.selected_entry_ids()
        if self._services.entries is None or not ids:
            return 0
        changed = self._services.entries.set_statuses(ids, status)
        self.refresh()
        return changed

    def _show_status_menu(self, position: QPoint) -> None:
        if self._services.entries is None or not self.selected_entry_ids():
            return
        menu = QMenu(self)
        title = menu.addAction(self.tr("Mark as"))
        title.setEnabled(False)
        for label, status in enum_choices(FeedbackStatus):
            menu.addAction(label, partial(self.mark_selected, status))
        menu.exec(self.table.view.viewport().mapToGlobal(position))

    def _row_activated(self, row: FeedbackRow) -> None:
        self._open_form(row.id)

    def _open_form(self, entry_id: uuid.UUID | None) -> Any:
        if self._services.entries is None:
            return None
        from vocdesk.ui.errors import show_error
        from vocdesk.ui.listening.feedback_form import (
            FeedbackForm,  # here: the window starts without it
        )

        try:
            form = FeedbackForm(self._services.entries, self._services.registry, self._services.settings,
                                entry_id=entry_id, parent=self,
                                notices=self._services.privacy_notices)  # fmt: skip
        except Exception as error:  # noqa: BLE001 - e.g. the entry was deleted meanwhile
            show_error(self, error)
            return None
        form.saved.connect(lambda _entry_id: self.refresh())
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form = form
        form.open()
        return form

    def edit_channels(self) -> Any:
        if self._services.channels is None:
            return None
        from vocdesk.ui.listening.channels_dialog import ChannelsDialog

        dialog = ChannelsDialog(self._services.channels, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.refresh())
        self.channels_dialog = dialog
        dialog.open()
        return dialog

    # --- what the tab uses ---------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Listening log")

    def retranslate(self) -> None:
        self.table.set_placeholder(
            self.tr("Search what was said, who said it, the channel, segment, service or office")
        )
        self.new_button.setText(self.tr("&New entry…"))
        self.new_button.setToolTip(self.tr("Record what was heard (Ctrl+Shift+N)"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.channels_button.setText(self.tr("C&hannels…"))

    def focus_search(self) -> None:
        self.table.search_box.setFocus()
        self.table.search_box.selectAll()

    def refresh(self) -> None:
        self.filter_bar.set_choices(self._listening.filter_choices())
        filters = self.filter_bar.filters()  # a chosen channel may have been deleted meanwhile
        if filters != self.model.filters:
            self.model.set_filters(filters)
        else:
            self.model.reload()

    def export_job(self) -> ExportJob | None:
        return EXPORT_NAME, snapshot_job(self.model)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
