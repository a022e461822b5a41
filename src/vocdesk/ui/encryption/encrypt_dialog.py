"""File › Encryption…, for administrators: encrypt the open database under a passphrase (typed
twice), change its passphrase, or remove the encryption. The warning is plain: a passphrase
that is lost is data that is lost.

The service closes the database's connections and converts the file; on OK the caller opens the
file again with ``new_passphrase`` (None: a plain file again). On a refusal or a failure the
file is as it was and the caller's database keeps working with its old passphrase.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from vocdesk.services.encryption import MIN_PASSPHRASE_LENGTH, EncryptionService
from vocdesk.ui import layout
from vocdesk.ui.encryption.fields import WARNING_COLOUR, passphrase_edit, problem_label
from vocdesk.ui.errors import stored
from vocdesk.ui.widgets.thai_wrap import WrappingLabel


class EncryptDatabaseDialog(QDialog):
    """``encrypted``: whether the open database is (then: change or remove; else: encrypt)."""

    def __init__(
        self, service: EncryptionService, encrypted: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("encrypt_database_dialog")
        self.setMinimumWidth(layout.DIALOG_MIN_WIDTH)
        self._service = service
        self.encrypted = encrypted
        self.new_passphrase: str | None = None
        self.converted: Path | None = None
        self.intro = WrappingLabel("", self)
        self.intro.setObjectName("intro")
        self.change_choice = QRadioButton(self)
        self.change_choice.setObjectName("change_passphrase")
        self.remove_choice = QRadioButton(self)
        self.remove_choice.setObjectName("remove_encryption")
        self.change_choice.setChecked(True)
        self.current_edit = passphrase_edit(self, "current_passphrase")
        self.new_edit = passphrase_edit(self, "new_passphrase")
        self.again_edit = passphrase_edit(self, "new_passphrase_again")
        self.labels = [QLabel(self) for _ in range(3)]
        self.rule = WrappingLabel("", self)
        self.rule.setObjectName("passphrase_rule")
        self.warning = WrappingLabel("", self)
        self.warning.setObjectName("warning")
        self.warning.setStyleSheet(f"color: {WARNING_COLOUR}; font-weight: bold")
        self.understood = QCheckBox(self)
        self.understood.setObjectName("understood")
        self.problem_label = problem_label(self)
        # Own buttons, not the standard Ok/Cancel: a language switch makes QDialogButtonBox
        # put back its standard texts ("OK") over ours.
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.setObjectName("ok")
        self.cancel_button.setObjectName("cancel")
        self.buttons.accepted.connect(self.convert)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.form.setSpacing(layout.FORM_SPACING)
        edits = [self.current_edit, self.new_edit, self.again_edit]
        for label, edit in zip(self.labels, edits, strict=True):
            self.form.addRow(label, edit)
            label.setBuddy(edit)
        self.form.addRow("", self.rule)
        box = QVBoxLayout(self)
        box.setContentsMargins(*(layout.DIALOG_MARGIN,) * 4)
        box.setSpacing(layout.SPACING)
        box.addWidget(self.intro)
        box.addWidget(self.change_choice)
        box.addWidget(self.remove_choice)
        box.addLayout(self.form)
        box.addWidget(self.warning)
        box.addWidget(self.understood)
        box.addWidget(self.problem_label)
        box.addWidget(self.buttons)
        for choice in (self.change_choice, self.remove_choice):
            choice.setVisible(encrypted)
            choice.toggled.connect(self._show_fields)
            choice.toggled.connect(self.retranslate)
        self.understood.toggled.connect(self._show_fields)
        self._show_fields()
        (self.current_edit if encrypted else self.new_edit).setFocus()
        self.retranslate()

    @property
    def removing(self) -> bool:
        return self.encrypted and self.remove_choice.isChecked()

    def _show_fields(self) -> None:
        current, new = self.encrypted, not self.removing
        for row, shown in ((0, current), (1, new), (2, new), (3, new)):
            self.form.setRowVisible(row, shown)
        self.understood.setVisible(new)
        ok = self.ok_button
        ok.setEnabled(not new or self.understood.isChecked())

    def convert(self) -> None:
        current, new, again = (
            self.current_edit.text(), self.new_edit.text(), self.again_edit.text()
        )  # fmt: skip

        def work() -> None:
            if not self.encrypted:
                self.converted = self._service.encrypt(new, again)
                self.new_passphrase = new
            elif self.removing:
                self.converted = self._service.decrypt(current)
                self.new_passphrase = None
            else:
                self.converted = self._service.change_passphrase(current, new, again)
                self.new_passphrase = new

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            done = stored(self, self.problem_label, work)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if done:
            self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Database encryption"))
        self.intro.setText(
            self.tr(
                "This database is encrypted: its file and its backups can only be opened with "
                "the passphrase. Change the passphrase, or remove the encryption."
            )
            if self.encrypted
            else self.tr(
                "Encrypt this database: its file and its backups can then only be opened with "
                "the passphrase, which VocDesk asks for each time the file is opened."
            )
        )
        self.change_choice.setText(self.tr("&Change the passphrase"))
        self.remove_choice.setText(self.tr("&Remove the encryption (a plain file again)"))
        texts = [
            self.tr("C&urrent passphrase:"), self.tr("&New passphrase:"),
            self.tr("New passphrase &again:"),
        ]  # fmt: skip
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.rule.setText(
            self.tr(
                "At least {length} characters; a few words together make a good passphrase."
            ).format(length=MIN_PASSPHRASE_LENGTH)
        )
        self.warning.setText(
            self.tr(
                "A lost passphrase means lost data: nobody, not even VocDesk's makers, can open "
                "the database or its backups without it. Write it down and keep it somewhere "
                "safe before you go on."
            )
        )
        self.understood.setText(self.tr("I have written the passphrase down and kept it safe"))
        ok = self.ok_button
        ok.setText(
            self.tr("Remove encryption")
            if self.removing
            else self.tr("Change passphrase")
            if self.encrypted
            else self.tr("Encrypt")
        )
        ok.setDefault(True)
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
