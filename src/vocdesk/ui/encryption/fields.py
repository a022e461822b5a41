"""What both encryption dialogs use: a passphrase field and the problem line."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from vocdesk.ui.widgets.forms import problem_label as problem_label  # re-exported

WARNING_COLOUR = "#8A4B00"
PASSPHRASE_MAX_LENGTH = 1000


def passphrase_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(PASSPHRASE_MAX_LENGTH)
    return edit
