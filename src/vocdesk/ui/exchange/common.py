"""What the exchange dialogs share: the bundle files' filter, a file row, the passphrase
fields, a problem line, moments shown in the window's language (B.E. in Thai)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from vocdesk.ui import layout
from vocdesk.ui.i18n import current_language
from vocdesk.ui.models.display import date_text, number_text
from vocdesk.ui.widgets.forms import problem_label as problem_label  # re-exported

BUNDLE_SUFFIX = ".vocbundle"
PASSPHRASE_FIELD_WIDTH = 260


def bundle_filter() -> str:
    return ";;".join([
        QCoreApplication.translate("Exchange", "VocDesk bundles (*.vocbundle)"),
        QCoreApplication.translate("Exchange", "All files (*)"),
    ])  # fmt: skip


def moment_text(value: datetime | None) -> str:
    """A moment in Thai time, as the window shows dates ("5 ธ.ค. 69 10:15 น." in Thai)."""
    return date_text(value, current_language()) if value is not None else ""


def count_text(value: int) -> str:
    return number_text(value, current_language())


def file_row(parent: QWidget, name: str) -> tuple[QLineEdit, QPushButton, QHBoxLayout]:
    """A file's path and its Choose… button, side by side."""
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    button = QPushButton(parent)
    button.setObjectName(f"choose_{name}")
    row = QHBoxLayout()
    row.setSpacing(layout.BUTTON_SPACING)
    row.addWidget(edit, 1)
    row.addWidget(button)
    return edit, button, row


def passphrase_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMinimumWidth(PASSPHRASE_FIELD_WIDTH)
    return edit
