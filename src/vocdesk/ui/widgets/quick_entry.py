"""What the forms for records typed one after another share (a listening log entry, a
relationship activity): Ctrl+Enter saves and starts the next record while new ones are being
made, and saves and closes when one record is being edited; problems and confirmations show in
``message_label``, under the fields.

A subclass gives ``_save`` (the record's id, or None when it was refused and the message says
why), ``_start_new`` (clear what does not stay for the next record) and ``_editing``.
"""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QDialog, QLabel, QWidget

PROBLEM_STYLE = "color: #b00020;"


class QuickEntryDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("form_message")
        self.message_label.setWordWrap(True)

    # --- what a subclass gives ---------------------------------------------------------------
    def _save(self) -> uuid.UUID | None:
        raise NotImplementedError

    def _start_new(self) -> None:
        raise NotImplementedError

    def _editing(self) -> bool:
        """True when one existing record is being changed (not new ones being made)."""
        raise NotImplementedError

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
