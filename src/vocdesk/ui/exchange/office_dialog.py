"""This installation's office: its code and name (``services.exchange.office``).

Asked once after an administrator signs in while the office has no code (``Later`` leaves it
for another time), and from File › Settings…. The code names the office in every bundle and
prefixes its complaint numbers, so it can change only until the first bundle was sent.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vocdesk.domain.accounts import Permission
from vocdesk.services.authorization import may
from vocdesk.services.database import Database
from vocdesk.services.exchange.office import NAME_MAX_LENGTH, InstallationOffice
from vocdesk.ui import layout
from vocdesk.ui.errors import stored
from vocdesk.ui.widgets.forms import problem_label
from vocdesk.ui.widgets.thai_wrap import WrappingLabel

CODE_MAX_LENGTH = 12


class OfficeDialog(QDialog):
    """``OfficeDialog(office, parent, first_start=)``: the code and name; Save stores both (a
    refusal is said in place), Later (the first start) or Cancel leaves them."""

    def __init__(
        self,
        office: InstallationOffice,
        parent: QWidget | None = None,
        *,
        first_start: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("office_dialog")
        self.setMinimumWidth(layout.DIALOG_MIN_WIDTH + 80)
        self._office = office
        self._first_start = first_start
        self._code_fixed = bool(office.code()) and not office.code_may_change()
        self.intro = WrappingLabel("", self)
        self.intro.setObjectName("intro")
        self.code_edit = QLineEdit(office.code(), self)
        self.code_edit.setObjectName("office_code")
        self.code_edit.setMaxLength(CODE_MAX_LENGTH)
        self.code_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z0-9-]{0,12}"), self)
        )
        self.code_edit.textEdited.connect(self._upper)
        self.code_edit.setReadOnly(self._code_fixed)
        self.name_edit = QLineEdit(office.name(), self)
        self.name_edit.setObjectName("office_name")
        self.name_edit.setMaxLength(NAME_MAX_LENGTH)
        self.code_note = QLabel(self)
        self.code_note.setObjectName("code_note")
        self.code_note.setWordWrap(True)
        self.problem_label = problem_label(self)
        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.later_button = QPushButton(self)
        self.later_button.setObjectName("later")
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.later_button.clicked.connect(self.reject)

        self.labels = [QLabel(self), QLabel(self)]
        form = QFormLayout()
        form.setSpacing(layout.FORM_SPACING)
        form.addRow(self.labels[0], self.code_edit)
        form.addRow("", self.code_note)
        form.addRow(self.labels[1], self.name_edit)
        self.labels[0].setBuddy(self.code_edit)
        self.labels[1].setBuddy(self.name_edit)
        box = QVBoxLayout(self)
        box.setContentsMargins(*(layout.DIALOG_MARGIN,) * 4)
        box.setSpacing(layout.SPACING)
        box.addWidget(self.intro)
        box.addLayout(form)
        box.addWidget(self.problem_label)
        box.addStretch(1)
        box.addWidget(self.buttons)
        self.retranslate()

    def _upper(self, text: str) -> None:
        if text != text.upper():
            position = self.code_edit.cursorPosition()
            self.code_edit.setText(text.upper())
            self.code_edit.setCursorPosition(position)

    def save(self) -> None:
        """Store the code and name; on a refusal, say what to fix and stay open."""
        code, name = self.code_edit.text(), self.name_edit.text()
        if stored(self, self.problem_label, lambda: self._office.set(code, name)):
            self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("This office"))
        self.intro.setText(
            self.tr(
                "Each office that works on its own VocDesk file has a short code (for example "
                "BKK or CNX-2) and a name. The code names this office in the bundles it sends "
                "to other offices and comes before its complaint numbers (BKK-2569/000123)."
            )
        )
        self.labels[0].setText(self.tr("Office &code:"))
        self.labels[1].setText(self.tr("Office &name:"))
        self.code_edit.setPlaceholderText(self.tr("2 to 12 letters A–Z, digits or hyphens"))
        self.name_edit.setPlaceholderText(self.tr("e.g. สำนักงานเขตกรุงเทพ"))
        self.code_note.setText(
            self.tr("Bundles were sent under this code: it can no longer change.")
            if self._code_fixed
            else self.tr("The code can change only until the first bundle is sent.")
        )
        self.save_button.setText(self.tr("&Save"))
        self.later_button.setText(self.tr("&Later") if self._first_start else self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def should_ask_office(db: Database) -> bool:
    """Whether to ask for the office after a sign-in: the office has no code yet and the person
    signed in with an account may set it (an administrator). A database still being set up
    (no administrator yet) is not asked: its first administrator is."""
    actor = db.actor
    if actor is None or actor.account_id is None or not may(db, Permission.MANAGE_CATALOGUES):
        return False
    return InstallationOffice(db).needs_office()


def ask_office(db: Database, parent: QWidget | None = None) -> OfficeDialog | None:
    """The first-start question (opened, not run: the window stays usable), or None when there
    is nothing to ask."""
    if not should_ask_office(db):
        return None
    dialog = OfficeDialog(InstallationOffice(db), parent, first_start=True)
    dialog.open()
    return dialog
