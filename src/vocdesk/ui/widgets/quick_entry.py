"""What the forms for records typed one after another share (a listening log entry, a
relationship activity): "Save and next", "Save and close" and "Close" under the fields with a
message line beside them; Ctrl+Enter from any field (multi-line boxes too) saves and starts the
next record while new ones are being made, and saves and closes when one record is edited.

A subclass builds its fields in a layout, then calls ``_lay_out(fields)`` and, once filled,
``_set_editing(editing)``; it gives ``_save`` (the record's id, or None when it was refused and
the message says why), ``_start_new`` (clear what does not stay for the next record) and
``_editing``, and calls ``_retranslate_buttons()`` from its ``retranslate``.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vocdesk.ui import layout
from vocdesk.ui.widgets.forms import PROBLEM_COLOUR

PROBLEM_STYLE = f"color: {PROBLEM_COLOUR};"


def is_enter(event: QKeyEvent) -> bool:
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def is_ctrl_enter(event: QKeyEvent) -> bool:
    return is_enter(event) and bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)


class QuickEntryDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("form_message")
        self.message_label.setWordWrap(True)
        self.save_next_button = QPushButton(self)
        self.save_next_button.setObjectName("save_next")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save_close")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("close")
        self.close_button.setAutoDefault(False)
        self.save_next_button.clicked.connect(self.save_and_next)
        self.save_button.clicked.connect(self.save_and_close)
        self.close_button.clicked.connect(self.reject)
        self._multi_line: tuple[QWidget, ...] = ()

    # --- what a subclass gives ---------------------------------------------------------------
    def _save(self) -> uuid.UUID | None:
        raise NotImplementedError

    def _start_new(self) -> None:
        raise NotImplementedError

    def _editing(self) -> bool:
        """True when one existing record is being changed (not new ones being made)."""
        raise NotImplementedError

    # --- building ----------------------------------------------------------------------------
    def _lay_out(self, fields: QLayout, *multi_line: QWidget) -> None:
        """The fields above, the message and the buttons below. Ctrl+Enter in a multi-line box
        saves instead of starting a new line."""
        buttons = QHBoxLayout()
        buttons.setSpacing(layout.BUTTON_SPACING)
        buttons.addWidget(self.message_label, 1)
        buttons.addWidget(self.save_next_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        box = QVBoxLayout(self)
        margin = layout.DIALOG_MARGIN
        box.setContentsMargins(margin, margin, margin, margin)
        box.addLayout(fields)
        box.addLayout(buttons)
        self._multi_line = multi_line
        for widget in multi_line:
            widget.installEventFilter(self)

    def _set_editing(self, editing: bool) -> None:
        """Editing one record: only "Save and close"; making new ones: "Save and next" first."""
        self.save_next_button.setVisible(not editing)
        (self.save_button if editing else self.save_next_button).setDefault(True)

    def _retranslate_buttons(self) -> None:
        self.save_next_button.setText(self.tr("Save and &next"))
        self.save_next_button.setToolTip(self.tr("Ctrl+Enter"))
        self.save_button.setText(self.tr("&Save and close"))
        self.close_button.setText(self.tr("Close"))

    # --- shared ------------------------------------------------------------------------------
    def save_and_next(self) -> None:
        if self._save() is not None:
            self._start_new()

    def save_and_close(self) -> None:
        if self._save() is not None:
            self.accept()

    def _save_by_keyboard(self) -> None:
        if self._editing():
            self.save_and_close()
        else:
            self.save_and_next()

    def show_message(self, text: str, problem: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setProperty("problem", problem)
        self.message_label.setStyleSheet(PROBLEM_STYLE if problem else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's virtual
        if (
            watched in self._multi_line
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and is_ctrl_enter(event)
        ):
            self._save_by_keyboard()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's virtual
        if is_ctrl_enter(event):
            self._save_by_keyboard()
            return
        super().keyPressEvent(event)
