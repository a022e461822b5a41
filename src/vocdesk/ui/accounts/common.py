"""What the accounts dialogs share: the problem line, refusals in the user's language (a lock's
time in the local clock, Buddhist Era in Thai), the password rule and the roles' names."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QLineEdit, QVBoxLayout, QWidget

from vocdesk.domain.accounts import MIN_PASSWORD_LENGTH, Role
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, UserError
from vocdesk.ui import layout
from vocdesk.ui.errors import error_text, show_error
from vocdesk.ui.widgets.forms import problem_label as problem_label  # re-exported

PASSWORD_MAX_LENGTH = 1000  # a pasted novel is not a password; Argon2 takes any length

ROLE_NAMES = {
    Role.STAFF: QT_TRANSLATE_NOOP("Role", "Staff"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("Role", "Supervisor"),
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("Role", "Administrator"),
}


def role_name(role: Role) -> str:
    return QCoreApplication.translate("Role", ROLE_NAMES[role])


def password_rule() -> str:
    return QCoreApplication.translate(
        "Accounts",
        "A password has at least {length} characters; a few words together make a good one.",
    ).format(length=MIN_PASSWORD_LENGTH)


def password_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(PASSWORD_MAX_LENGTH)
    return edit


def attempt(parent: QWidget, problem: QLabel, work: Callable[[], object]) -> bool:
    """Run ``work`` (a callable): True when done. A refusal is shown on the ``problem`` line,
    in the user's language; anything unexpected in the error box (and the log)."""
    try:
        work()
    except UserError as refusal:
        problem.setText(error_text(refusal))  # a lock's end in local time (i18n)
        problem.show()
        return False
    except Exception as error:  # noqa: BLE001 - not the user's doing: the box and the log
        show_error(parent, error)
        return False
    problem.hide()
    return True


def labelled_rows(
    labels: list[QLabel], fields: list[QWidget], rule: QLabel | None = None
) -> QFormLayout:
    """A form of ``labels`` beside their ``fields`` (each label the field's buddy, for its
    mnemonic), and the password ``rule`` under them when given."""
    form = QFormLayout()
    form.setSpacing(layout.FORM_SPACING)
    for label, field in zip(labels, fields, strict=True):
        form.addRow(label, field)
        label.setBuddy(field)
    if rule is not None:
        form.addRow("", rule)
    return form


def dialog_column(dialog: QWidget, *parts: QWidget | QLayout) -> QVBoxLayout:
    """The accounts dialogs' one layout: ``parts`` top to bottom, with the dialog margins."""
    box = QVBoxLayout(dialog)
    box.setContentsMargins(*(layout.DIALOG_MARGIN,) * 4)
    box.setSpacing(layout.SPACING)
    for part in parts:
        if isinstance(part, QWidget):
            box.addWidget(part)
        else:
            box.addLayout(part)
    return box
