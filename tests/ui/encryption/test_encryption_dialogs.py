"""The encryption dialogs on real files: the passphrase asked on opening (a wrong one said in
place), and the administrator's dialog that encrypts, changes the passphrase and decrypts,
refusing until the warning is acknowledged; both in Thai."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from vocdesk.domain.accounts import Principal, Role
from vocdesk.services.database import Database, open_database
from vocdesk.services.encryption import EncryptionService, is_encrypted_file
from vocdesk.ui.encryption.encrypt_dialog import EncryptDatabaseDialog
from vocdesk.ui.encryption.passphrase_dialog import PassphraseDialog
from vocdesk.ui.fonts import install_thai_font
from vocdesk.ui.i18n import LanguageManager

KEY = "ข้อมูลลับของสำนักงาน"
NEW_KEY = "a newer passphrase"
ADMIN = Principal(login="admin", role=Role.ADMINISTRATOR)
SHOTS = os.environ.get("VOCDESK_SHOTS")  # a folder: save pictures of the dialogs to look at


def _ok(dialog) -> None:  # noqa: ANN001
    dialog.ok_button.click()


def _shot(dialog, name: str) -> None:  # noqa: ANN001
    if SHOTS:
        dialog.adjustSize()
        dialog.grab().save(str(Path(SHOTS) / f"{name}.png"))


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    path = tmp_path / "office.sqlite"
    open_database(path, passphrase=KEY)[0].dispose()
    return path


def test_the_passphrase_dialog_opens_the_file_and_says_a_wrong_passphrase_in_place(
    qtbot,
    encrypted: Path,  # noqa: ANN001
) -> None:
    dialog = PassphraseDialog(encrypted, lambda p: open_database(encrypted, passphrase=p))
    qtbot.addWidget(dialog)
    dialog.show()

    dialog.passphrase_edit.setText("not it at all")
    _ok(dialog)

    assert dialog.isVisible() and dialog.opened is None
    assert "Wrong passphrase" in dialog.problem_label.text()
    assert dialog.passphrase_edit.text() == ""

    dialog.passphrase_edit.setText(KEY)
    _ok(dialog)

    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.opened is not None
    db: Database = dialog.opened[0]
    assert db.encrypted
    db.dispose()


def test_encrypting_waits_for_the_warning_to_be_acknowledged(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "plain.sqlite"
    db, _ = open_database(path)
    db.actor = ADMIN
    dialog = EncryptDatabaseDialog(EncryptionService(db), encrypted=False)
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.ok_button

    assert not dialog.change_choice.isVisible() and not dialog.current_edit.isVisible()
    assert "lost data" in dialog.warning.text()
    assert not ok.isEnabled()

    dialog.new_edit.setText(KEY)
    dialog.again_edit.setText(KEY + "x")
    dialog.understood.setChecked(True)
    assert ok.isEnabled()
    _ok(dialog)
    assert "differ" in dialog.problem_label.text()
    assert not is_encrypted_file(path)

    dialog.again_edit.setText(KEY)
    _ok(dialog)

    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.new_passphrase == KEY
    assert is_encrypted_file(path)
    open_database(path, passphrase=KEY)[0].dispose()


def test_changing_the_passphrase_then_removing_the_encryption(qtbot, encrypted: Path) -> None:  # noqa: ANN001
    db, _ = open_database(encrypted, passphrase=KEY)
    db.actor = ADMIN
    dialog = EncryptDatabaseDialog(EncryptionService(db), encrypted=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.current_edit.setText("wrong passphrase here")
    dialog.new_edit.setText(NEW_KEY)
    dialog.again_edit.setText(NEW_KEY)
    dialog.understood.setChecked(True)
    _ok(dialog)
    assert "Wrong passphrase" in dialog.problem_label.text()

    dialog.current_edit.setText(KEY)
    _ok(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.new_passphrase == NEW_KEY

    db, _ = open_database(encrypted, passphrase=NEW_KEY)
    db.actor = ADMIN
    dialog = EncryptDatabaseDialog(EncryptionService(db), encrypted=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.remove_choice.setChecked(True)
    ok = dialog.ok_button
    assert not dialog.new_edit.isVisible() and ok.isEnabled()
    assert ok.text() == "Remove encryption"
    dialog.current_edit.setText(NEW_KEY)
    _ok(dialog)

    assert dialog.result() == dialog.DialogCode.Accepted and dialog.new_passphrase is None
    assert not is_encrypted_file(encrypted)
    open_database(encrypted)[0].dispose()


def test_staff_are_refused_in_the_dialog(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "plain.sqlite"
    db, _ = open_database(path)
    db.actor = Principal(login="somchai", role=Role.STAFF)
    dialog = EncryptDatabaseDialog(EncryptionService(db), encrypted=False)
    qtbot.addWidget(dialog)
    dialog.new_edit.setText(KEY)
    dialog.again_edit.setText(KEY)
    dialog.understood.setChecked(True)
    _ok(dialog)

    assert dialog.problem_label.text()
    assert not is_encrypted_file(path)
    db.dispose()


def test_the_dialogs_speak_thai(qtbot, qapp, compiled_translations, encrypted: Path) -> None:  # noqa: ANN001
    languages = LanguageManager(qapp, compiled_translations)
    font = qapp.font()
    if SHOTS:
        install_thai_font(qapp)  # the window's font: Thai drawn, not boxes
    db, _ = open_database(encrypted, passphrase=KEY)
    db.actor = ADMIN
    asking = PassphraseDialog(encrypted, lambda p: p)
    converting = EncryptDatabaseDialog(EncryptionService(db), encrypted=True)
    fresh = EncryptDatabaseDialog(EncryptionService(db), encrypted=False)
    for dialog in (asking, converting, fresh):
        qtbot.addWidget(dialog)
        dialog.show()
    try:
        for name, dialog in (("passphrase", asking), ("change", converting), ("encrypt", fresh)):
            _shot(dialog, f"{name}-en")
        languages.set_language("th")
        qapp.processEvents()

        assert asking.windowTitle() == "ฐานข้อมูลที่เข้ารหัสไว้"
        assert "วลีรหัสผ่าน" in asking.intro.text()
        assert converting.windowTitle() == "การเข้ารหัสฐานข้อมูล"
        assert "ข้อมูลจะสูญหาย" in fresh.warning.text()
        assert fresh.ok_button.text() == "เข้ารหัส" and asking.ok_button.text() == "เปิด"
        for name, dialog in (("passphrase", asking), ("change", converting), ("encrypt", fresh)):
            _shot(dialog, f"{name}-th")
    finally:
        languages.set_language("en")
        qapp.setFont(font)
        db.dispose()
