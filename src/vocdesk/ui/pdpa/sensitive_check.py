"""The stakeholder form's "sensitive personal data" tick (PDPA section 26: health, religion,
criminal record; issue 19).

One row of the form's PDPA box: the tick shows the record's mark and, on save, sets it through
``RegistryEditService.set_sensitive`` (taking it off needs the personal-data grant). For a
reader without the grant a sensitive record's notes are withheld by the service: the notes box
is then read-only, empty, and says why (the save keeps the stored notes).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QCheckBox, QPlainTextEdit, QWidget

from vocdesk.domain.messages import UserError
from vocdesk.services.registry.edit import RegistryEditService, StakeholderRecord
from vocdesk.ui.errors import show_error


class SensitiveCheck(QCheckBox):
    def __init__(self, edit: RegistryEditService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sensitive")
        self._edit = edit
        self._stored = False
        self._notes: QPlainTextEdit | None = None
        self._withheld = False
        self.retranslate()

    def show_record(self, record: StakeholderRecord, notes: QPlainTextEdit) -> None:
        """Show ``record``'s mark; ``notes`` made read-only when the service withheld them."""
        self._stored = record.sensitive
        self.setChecked(record.sensitive)
        self._notes = notes
        self._withheld = record.notes_withheld
        if record.notes_withheld:
            notes.setReadOnly(True)
        self.retranslate()

    def save(self, stakeholder_id: uuid.UUID) -> None:
        """Set the mark on the saved record, when it changed (a refusal is shown)."""
        if self.isChecked() == self._stored:
            return
        try:
            self._edit.set_sensitive(stakeholder_id, self.isChecked())
            self._stored = self.isChecked()
        except UserError as error:
            show_error(self, error)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setText(self.tr("Sensitive personal data (health, religion, criminal record)"))
        self.setToolTip(
            self.tr(
                "PDPA section 26: the notes and free texts about this person are shown only to "
                "users with the personal-data permission, left out of exports without it and of "
                "reports printed without personal data."
            )
        )
        if self._notes is not None and self._withheld:
            self._notes.setPlaceholderText(
                self.tr("Sensitive personal data: shown only with the personal-data permission")
            )
