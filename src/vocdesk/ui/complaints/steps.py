"""The small dialogs a complaint case asks through: what a move needs (a note or reason; the
agency forwarded to; the resolution and how the complainant was told), the follow-up, and the
assignment."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vocdesk.domain.clock import THAI_TIME, thai_today
from vocdesk.domain.enums import ComplaintStatus
from vocdesk.services.complaints.cases import (
    ComplaintCasesService,
    Forwarding,
    Resolution,
)
from vocdesk.ui import layout
from vocdesk.ui.labels import enum_label
from vocdesk.ui.widgets.be_date_edit import BuddhistDateEdit
from vocdesk.ui.widgets.choices import fill_choices

S = ComplaintStatus


class MoveDialog(QDialog):
    """What a move needs: a note (a reason, to reopen); the agency to forward to; the
    resolution and how the complainant was told."""

    def __init__(
        self, cases: ComplaintCasesService, target: ComplaintStatus, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("move_dialog")
        self.setMinimumWidth(layout.DIALOG_MIN_WIDTH + 80)
        self.target = target
        self.setWindowTitle(self.tr("Move the case to: {status}").format(status=enum_label(target)))
        form = QFormLayout()
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        self.agency = QLineEdit(self)
        self.agency.setObjectName("agency")
        self.forwarded_on = BuddhistDateEdit(self, thai_today())
        self.reference = QLineEdit(self)
        self.summary = QPlainTextEdit(self)
        self.summary.setObjectName("summary")
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(70)
        self.notified_on = BuddhistDateEdit(self, thai_today())
        self.notify_channel = QComboBox(self)
        self.notify_channel.setObjectName("notify_channel")
        self.root_cause = QComboBox(self)
        self.corrective_action = QPlainTextEdit(self)
        self.corrective_action.setTabChangesFocus(True)
        self.corrective_action.setFixedHeight(60)
        if target is S.FORWARDED:
            form.addRow(self.tr("&Agency:"), self.agency)
            form.addRow(self.tr("Forwarded on:"), self.forwarded_on)
            form.addRow(self.tr("Their reference:"), self.reference)
        if target is S.RESOLVED:
            fill_choices(self.notify_channel, cases.channels())
            fill_choices(
                self.root_cause,
                cases.root_causes(),
                optional=True,
                none_text=self.tr("(not known)"),
            )
            form.addRow(self.tr("&Resolution:"), self.summary)
            form.addRow(self.tr("Root cause:"), self.root_cause)
            form.addRow(self.tr("Corrective action:"), self.corrective_action)
            form.addRow(self.tr("Complainant told on:"), self.notified_on)
            form.addRow(self.tr("Told by:"), self.notify_channel)
        form.addRow(self.tr("Reason:") if target is S.REOPENED else self.tr("&Note:"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Move"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(buttons)
        (
            self.agency
            if target is S.FORWARDED
            else self.summary
            if target is S.RESOLVED
            else self.note
        ).setFocus()

    def forwarding(self) -> Forwarding | None:
        if self.target is not S.FORWARDED:
            return None
        return Forwarding(self.agency.text(), self.forwarded_on.date(), self.reference.text())

    def resolution(self) -> Resolution | None:
        if self.target is not S.RESOLVED:
            return None
        day = self.notified_on.date()
        # Today: the moment of saving; an earlier day: its middle (the hour is not asked).
        told = (
            datetime.now(THAI_TIME)
            if day == thai_today()
            else datetime.combine(day, time(12), tzinfo=THAI_TIME)
        )
        return Resolution(self.summary.toPlainText(), told, self.notify_channel.currentData(),
                          self.root_cause.currentData(), self.corrective_action.toPlainText())  # fmt: skip


class FollowUpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Follow-up with the complainant"))
        self.score = QSpinBox(self)
        self.score.setRange(1, 5)
        self.score.setValue(4)
        self.comment = QLineEdit(self)
        self.trust = QComboBox(self)
        self.trust.addItem(self.tr("Not known"), None)
        self.trust.addItem(self.tr("Yes"), True)
        self.trust.addItem(self.tr("No"), False)
        form = QFormLayout()
        form.addRow(self.tr("Satisfaction (1–5):"), self.score)
        form.addRow(self.tr("Comment:"), self.comment)
        form.addRow(self.tr("Trust restored:"), self.trust)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(buttons)


class AssignDialog(QDialog):
    def __init__(self, unit: str, person: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Assign the case"))
        self.unit = QLineEdit(unit, self)
        self.person = QLineEdit(person, self)
        form = QFormLayout()
        form.addRow(self.tr("&Unit:"), self.unit)
        form.addRow(self.tr("&Officer (login name):"), self.person)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Assign"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(buttons)
