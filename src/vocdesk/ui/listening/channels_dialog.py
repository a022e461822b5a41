"""The channels catalogue: the ways the agency hears people, in Thai and English, each marked
digital (IT and social media, PMQA 3.1 a) or not. A channel in use is made inactive rather than
deleted; inactive channels leave the entry form's list but keep their past entries."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vocdesk.domain.messages import UserError
from vocdesk.services.listening.channels import (
    ChannelDraft,
    ChannelRow,
    ChannelsService,
)
from vocdesk.ui import layout
from vocdesk.ui.errors import error_text
from vocdesk.ui.i18n import current_language
from vocdesk.ui.models.display import number_text, yes_no
from vocdesk.ui.widgets.forms import PROBLEM_COLOUR


class ChannelsDialog(QDialog):
    def __init__(self, channels: ChannelsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("channels_dialog")
        self.setMinimumSize(layout.DIALOG_MIN_WIDTH + 320, 520)
        self._channels = channels
        self._rows: list[ChannelRow] = []
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("channels_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.name_th_edit = QLineEdit(self)
        self.name_th_edit.setObjectName("name_th")
        self.name_en_edit = QLineEdit(self)
        self.name_en_edit.setObjectName("name_en")
        self.digital_check = QCheckBox(self)
        self.digital_check.setObjectName("is_digital")
        self.active_check = QCheckBox(self)
        self.active_check.setObjectName("active")
        self.active_check.setChecked(True)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("channels_message")
        self.message_label.setWordWrap(True)
        self.buttons = {
            name: QPushButton(self) for name in ("add", "save", "delete", "up", "down", "close")
        }
        for name, button in self.buttons.items():
            button.setObjectName(f"channel_{name}")
            button.setAutoDefault(False)

        self.form = QFormLayout()
        self.form.setSpacing(layout.FORM_SPACING)
        self._labels = [QLabel(self) for _ in range(2)]
        self.form.addRow(self._labels[0], self.name_th_edit)
        self.form.addRow(self._labels[1], self.name_en_edit)
        checks = QHBoxLayout()
        checks.addWidget(self.digital_check)
        checks.addWidget(self.active_check)
        checks.addStretch(1)
        self.form.addRow(checks)
        row = QHBoxLayout()
        row.setSpacing(layout.BUTTON_SPACING)
        for name in ("add", "save", "delete", "up", "down"):
            row.addWidget(self.buttons[name])
        row.addStretch(1)
        row.addWidget(self.buttons["close"])
        box = QVBoxLayout(self)
        box.setContentsMargins(
            layout.DIALOG_MARGIN, layout.DIALOG_MARGIN, layout.DIALOG_MARGIN, layout.DIALOG_MARGIN
        )
        box.addWidget(self.table, 1)
        box.addLayout(self.form)
        box.addWidget(self.message_label)
        box.addLayout(row)

        self.table.itemSelectionChanged.connect(self._show_selected)
        self.buttons["add"].clicked.connect(self.add_channel)
        self.buttons["save"].clicked.connect(self.save_channel)
        self.buttons["delete"].clicked.connect(self.delete_channel)
        self.buttons["up"].clicked.connect(lambda: self.move_channel(-1))
        self.buttons["down"].clicked.connect(lambda: self.move_channel(1))
        self.buttons["close"].clicked.connect(self.accept)
        self.retranslate()
        self.reload()

    # --- the list ------------------------------------------------------------------------------
    def reload(self, select: uuid.UUID | None = None) -> None:
        self._rows = self._channels.list_channels()
        lang = current_language()
        self.table.setRowCount(len(self._rows))
        for index, channel in enumerate(self._rows):
            cells = [channel.name_th, channel.name_en, yes_no(channel.is_digital), yes_no(channel.active),
                     number_text(channel.uses, lang)]  # fmt: skip
            for column, text in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(text))
        if select is not None:
            for index, channel in enumerate(self._rows):
                if channel.id == select:
                    self.table.selectRow(index)

    def selected(self) -> ChannelRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows else None

    def _show_selected(self) -> None:
        channel = self.selected()
        if channel is not None:
            self.name_th_edit.setText(channel.name_th)
            self.name_en_edit.setText(channel.name_en)
            self.digital_check.setChecked(channel.is_digital)
            self.active_check.setChecked(channel.active)
        self.buttons["delete"].setEnabled(channel is not None and channel.uses == 0)

    # --- actions -------------------------------------------------------------------------------
    def _draft(self) -> ChannelDraft:
        return ChannelDraft(self.name_th_edit.text(), self.name_en_edit.text(), self.digital_check.isChecked(),
                            self.active_check.isChecked())  # fmt: skip

    def _run(self, work: Any, done: str) -> bool:
        try:
            selected = work()
        except UserError as error:
            self.show_message(error_text(error), problem=True)
            return False
        self.reload(selected)
        self.show_message(done)
        return True

    def add_channel(self) -> bool:
        return self._run(
            lambda: self._channels.add(self._draft()), self.tr("The channel was added.")
        )

    def save_channel(self) -> bool:
        channel = self.selected()
        if channel is None:
            return self.add_channel()

        def work() -> uuid.UUID:
            self._channels.update(channel.id, self._draft())
            return channel.id

        return self._run(work, self.tr("The channel was saved."))

    def delete_channel(self) -> bool:
        channel = self.selected()
        if channel is None:
            return False
        return self._run(
            lambda: self._channels.delete(channel.id), self.tr("The channel was deleted.")
        )

    def move_channel(self, step: int) -> bool:
        channel = self.selected()
        if channel is None:
            return False

        def work() -> uuid.UUID:
            self._channels.move(channel.id, step)
            return channel.id

        return self._run(work, "")

    def show_message(self, text: str, problem: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(f"color: {PROBLEM_COLOUR};" if problem else "")

    # --- language ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Channels"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Name (Thai)"), self.tr("Name (English)"), self.tr("Digital"), self.tr("In use"),
            self.tr("Entries and complaints"),
        ])  # fmt: skip
        self._labels[0].setText(self.tr("Name in &Thai:"))
        self._labels[0].setBuddy(self.name_th_edit)
        self._labels[1].setText(self.tr("Name in &English:"))
        self._labels[1].setBuddy(self.name_en_edit)
        self.digital_check.setText(self.tr("&Digital (IT or social media)"))
        self.active_check.setText(self.tr("&In use (offered for new entries)"))
        texts = {"add": self.tr("&Add as new"), "save": self.tr("&Save changes"), "delete": self.tr("De&lete"),
                 "up": self.tr("Move &up"), "down": self.tr("Move do&wn"), "close": self.tr("Close")}  # fmt: skip
        for name, text in texts.items():
            self.buttons[name].setText(text)
        if self._rows:
            selected = self.selected()
            self.reload(selected.id if selected else None)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
