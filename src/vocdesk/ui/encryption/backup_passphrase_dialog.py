"""The passphrase of an encrypted backup copy, asked when the copy is restored and it is not
the open database's (File › Restore, File › Backups…). The window restores with it; a wrong
one brings the dialog back with the refusal said in it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from vocdesk.domain.messages import UserError
from vocdesk.services.encryption import encryption_error
from vocdesk.ui.encryption.passphrase_dialog import PassphraseDialog


class BackupPassphraseDialog(PassphraseDialog[str]):
    """OK keeps the typed passphrase in ``opened`` (nothing is opened here: the restore, in the
    background, proves it); ``problem`` (a refusal's text) is shown above the buttons."""

    def __init__(self, path: Path, parent: QWidget | None = None, *, problem: str = "") -> None:
        super().__init__(path, lambda passphrase: passphrase, parent)
        self.setObjectName("backup_passphrase_dialog")
        if problem:
            self.problem_label.setText(problem)
            self.problem_label.show()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Encrypted backup copy"))
        self.intro.setText(
            self.tr(
                "The backup copy {name} is encrypted under another passphrase than the open "
                "database's. Enter the copy's passphrase to restore it; the database will then "
                "open with that passphrase."
            ).format(name=self._path.name)
        )
        self.ok_button.setText(self.tr("Restore"))


def refuses_passphrase(error: BaseException, source: Path) -> bool | None:
    """Whether ``error`` refuses the encrypted copy ``source`` for its passphrase: False none
    of the known ones opens it, True the one given is wrong; None anything else."""
    if not isinstance(error, UserError):
        return None
    source = source.expanduser().resolve()
    for wrong, kind in ((False, "encrypted"), (True, "wrong passphrase")):
        refusal = encryption_error(kind, source).message
        if (error.message.context, error.message.text, error.message.params) == (
            refusal.context,
            refusal.text,
            refusal.params,
        ):
            return wrong
    return None
