"""The passphrase of an encrypted database, asked when it is opened. The dialog opens the file
itself (through the ``opener`` it is given), so a wrong passphrase is said in place and the
person tries again without starting over."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vocdesk.ui import layout
from vocdesk.ui.encryption.fields import passphrase_edit, problem_label
from vocdesk.ui.errors import stored
from vocdesk.ui.widgets.thai_wrap import WrappingLabel

T = TypeVar("T")


class PassphraseDialog(QDialog, Generic[T]):
    """OK calls ``opener(passphrase)``; its result is kept in ``opened`` and the dialog accepts.
    A refusal (a wrong passphrase) stays on the problem line with the field cleared."""

    def __init__(
        self, path: Path, opener: Callable[[str], T], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passphrase_dialog")
        self.setMinimumWidth(layout.DIALOG_MIN_WIDTH)
        self._path = Path(path)
        self._opener = opener
        self.opened: T | None = None
        self.intro = WrappingLabel("", self)
        self.intro.setObjectName("intro")
        self.passphrase_edit: QLineEdit = passphrase_edit(self, "passphrase")
        self.label = QLabel(self)
        self.label.setBuddy(self.passphrase_edit)
        self.problem_label = problem_label(self)
        # Own buttons, not the standard Ok/Cancel: a language switch makes QDialogButtonBox
        # put back its standard texts ("OK") over ours.
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.setObjectName("ok")
        self.cancel_button.setObjectName("cancel")
        self.buttons.accepted.connect(self.open_file)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.setSpacing(layout.FORM_SPACING)
        form.addRow(self.label, self.passphrase_edit)
        box = QVBoxLayout(self)
        box.setContentsMargins(*(layout.DIALOG_MARGIN,) * 4)
        box.setSpacing(layout.SPACING)
        box.addWidget(self.intro)
        box.addLayout(form)
        box.addWidget(self.problem_label)
        box.addWidget(self.buttons)
        self.passphrase_edit.setFocus()
        self.retranslate()

    def open_file(self) -> None:
        passphrase = self.passphrase_edit.text()
        if not passphrase:
            self.passphrase_edit.setFocus()
            return

        def work() -> None:
            self.opened = self._opener(passphrase)

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            done = stored(self, self.problem_label, work)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if done:
            self.accept()
        else:
            self.passphrase_edit.clear()
            self.passphrase_edit.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Encrypted database"))
        self.intro.setText(
            self.tr("The database {name} is encrypted. Enter its passphrase to open it.").format(
                name=self._path.name
            )
        )
        self.intro.setToolTip(str(self._path))
        self.label.setText(self.tr("&Passphrase:"))
        ok = self.ok_button
        ok.setText(self.tr("Open"))
        ok.setDefault(True)
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
