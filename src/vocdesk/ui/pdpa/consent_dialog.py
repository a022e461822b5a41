"""Give or withdraw one consent (issue 19): the day, the channel it came through and a note;
for a consent given, the notice version the person was shown. The service checks and saves."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vocdesk.domain.clock import thai_today
from vocdesk.domain.messages import UserError
from vocdesk.domain.pdpa.terms import ConsentPurpose
from vocdesk.services.pdpa.consents import ConsentsService
from vocdesk.services.pdpa.notices import NoticeVersion
from vocdesk.ui import layout
from vocdesk.ui.errors import error_text
from vocdesk.ui.i18n import current_language
from vocdesk.ui.labels import enum_label
from vocdesk.ui.widgets.be_date_edit import BuddhistDateEdit
from vocdesk.ui.widgets.choices import item_data, uuid_or_none
from vocdesk.ui.widgets.forms import PROBLEM_COLOUR, form_label, make_form

ERROR_STYLE = f"color: {PROBLEM_COLOUR};"


class ConsentDialog(QDialog):
    """``withdraw`` False: record the consent given; True: record its withdrawal."""

    def __init__(
        self,
        consents: ConsentsService,
        stakeholder_id: uuid.UUID,
        purpose: ConsentPurpose,
        *,
        withdraw: bool,
        notice: NoticeVersion | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consent_dialog")
        self._consents = consents
        self._id = stakeholder_id
        self._purpose = purpose
        self._withdraw = withdraw
        self._notice = notice
        self.day_edit = BuddhistDateEdit(self, thai_today())
        self.day_edit.setObjectName("consent_day")
        self.channel_combo = QComboBox(self)
        self.channel_combo.setObjectName("consent_channel")
        self.channel_combo.addItem("", None)
        lang = current_language()
        for channel_id, name in consents.channel_choices():
            self.channel_combo.addItem(name.in_language(lang), item_data(channel_id))
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("consent_note")
        self.notice_label = QLabel(self)
        self.notice_label.setObjectName("consent_notice")
        self.notice_label.setWordWrap(True)
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("consent_problem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(ERROR_STYLE)
        self.problem_label.hide()
        self.day_label, self.channel_label, self.note_label = (
            QLabel(self),
            QLabel(self),
            QLabel(self),
        )
        form = make_form()
        form.addRow(self.day_label, self.day_edit)
        form.addRow(self.channel_label, self.channel_combo)
        form.addRow(self.note_label, self.note_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.setContentsMargins(*(layout.DIALOG_MARGIN,) * 4)
        column.addLayout(form)
        column.addWidget(self.notice_label)
        column.addWidget(self.problem_label)
        column.addWidget(self.buttons)
        self.notice_label.setVisible(not withdraw)
        self.retranslate()

    def save(self) -> bool:
        channel = uuid_or_none(self.channel_combo.currentData())
        try:
            if self._withdraw:
                self._consents.withdraw(self._id, self._purpose, self.day_edit.date(), channel,
                                        self.note_edit.text())  # fmt: skip
            else:
                notice_id = self._notice.id if self._notice is not None else None
                self._consents.give(self._id, self._purpose, self.day_edit.date(), channel,
                                    notice_id, self.note_edit.text())  # fmt: skip
        except UserError as error:
            self.problem_label.setText(error_text(error))
            self.problem_label.show()
            return False
        self.accept()
        return True

    def retranslate(self) -> None:
        purpose = enum_label(self._purpose)
        if self._withdraw:
            self.setWindowTitle(self.tr("Consent withdrawn: {purpose}").format(purpose=purpose))
            self.day_label.setText(form_label(self.tr("Withdrawn on")))
        else:
            self.setWindowTitle(self.tr("Consent given: {purpose}").format(purpose=purpose))
            self.day_label.setText(form_label(self.tr("Given on")))
        self.channel_label.setText(form_label(self.tr("Channel")))
        self.note_label.setText(form_label(self.tr("Note")))
        self.channel_combo.setItemText(0, self.tr("(not recorded)"))
        if self._notice is not None:
            self.notice_label.setText(
                self.tr("The person was shown the privacy notice, version {version}.").format(
                    version=self._notice.version
                )
            )
        else:
            self.notice_label.setText(self.tr("No privacy notice has been published yet."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["ConsentDialog"]
