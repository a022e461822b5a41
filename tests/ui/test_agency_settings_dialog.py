"""File > Settings…: the agency's names, logo, privacy notices and Thai digits, shown from and
saved to a real database; a logo that cannot be read is refused in place."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtWidgets import QApplication

from vocdesk.app import build_main_window
from vocdesk.services.database import Database, open_database
from vocdesk.services.settings import AgencySettings, SettingsService
from vocdesk.ui.agency_settings_dialog import AgencySettingsDialog
from vocdesk.ui.i18n import LanguageManager
from vocdesk.ui.settings import Settings
from vocdesk.ui.tasks import TaskRunner


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "office.sqlite")
    yield database
    database.dispose()


def _dialog(qtbot, service: SettingsService) -> AgencySettingsDialog:  # noqa: ANN001
    dialog = AgencySettingsDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_dialog_shows_what_is_stored(db: Database, qtbot) -> None:  # noqa: ANN001
    service = SettingsService(db)
    service.save(AgencySettings(name_th="สำนักงานทดสอบ", privacy_notice_en="Kept 2 years.",
                                thai_digits=True))  # fmt: skip

    dialog = _dialog(qtbot, service)

    assert dialog.name_th_edit.text() == "สำนักงานทดสอบ"
    assert dialog.name_en_edit.text() == ""
    assert dialog.notice_en_edit.toPlainText() == "Kept 2 years."
    assert dialog.thai_digits_box.isChecked()
    assert dialog.logo_preview.text() == "No logo"
    assert not dialog.remove_button.isEnabled()


def test_ok_saves_every_field_and_closes(db: Database, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    service = SettingsService(db)
    logo = tmp_path / "seal.png"
    Image.new("RGBA", (900, 300), (30, 60, 120, 255)).save(logo)
    dialog = _dialog(qtbot, service)

    dialog.name_th_edit.setText("สำนักงานตัวอย่าง")
    dialog.name_en_edit.setText("Demo Office")
    assert dialog.use_logo_file(logo)
    dialog.notice_th_edit.setPlainText("เก็บข้อมูลไว้ 2 ปี\nติดต่อ dpo@example.go.th")
    dialog.thai_digits_box.setChecked(True)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    assert dialog.result() == dialog.DialogCode.Accepted
    agency = service.agency()
    assert (agency.name_th, agency.name_en) == ("สำนักงานตัวอย่าง", "Demo Office")
    assert agency.privacy_notice_th == "เก็บข้อมูลไว้ 2 ปี\nติดต่อ dpo@example.go.th"
    assert agency.thai_digits is True
    assert agency.logo_name == "seal.png" and agency.logo is not None
    assert dialog.logo_info.text() == "seal.png\n600 × 200 pixels"
    assert not dialog.logo_preview.pixmap().isNull()


def test_a_file_that_is_no_image_is_refused_and_the_dialog_stays(
    db: Database,
    qtbot,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    service = SettingsService(db)
    broken = tmp_path / "logo.png"
    broken.write_bytes(b"not a picture")
    dialog = _dialog(qtbot, service)

    assert not dialog.use_logo_file(broken)

    assert dialog.isVisible() and not dialog.problem_label.isHidden()
    assert f"{broken} is not an image" in dialog.problem_label.text()
    assert dialog.settings().logo is None


def test_remove_takes_the_stored_logo_away_on_ok(db: Database, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    service = SettingsService(db)
    logo = tmp_path / "crest.jpg"
    Image.new("RGB", (120, 120), (200, 150, 60)).save(logo)
    service.set("logo", str(logo))
    dialog = _dialog(qtbot, service)
    assert dialog.remove_button.isEnabled()

    dialog.remove_button.click()
    assert dialog.logo_preview.text() == "No logo"
    dialog.save()

    assert service.agency().logo is None


def test_cancel_changes_nothing(db: Database, qtbot) -> None:  # noqa: ANN001
    service = SettingsService(db)
    service.set("agency_name_en", "Kept")
    dialog = _dialog(qtbot, service)

    dialog.name_en_edit.setText("Changed")
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()

    assert service.agency().name_en == "Kept"


def test_the_file_menu_opens_the_settings(db: Database, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    languages = LanguageManager(QApplication.instance(), tmp_path)
    runner = TaskRunner()
    window = build_main_window(db, Settings(tmp_path / "settings.ini"), languages, runner)
    qtbot.addWidget(window)
    action = window.agency_settings_action
    assert action.objectName() == "agency_settings"
    assert action in window.file_menu.actions()
    assert action.text() == "&Settings…" and action.isEnabled()

    dialog = window.show_agency_settings()

    assert isinstance(dialog, AgencySettingsDialog) and dialog.isVisible()
    dialog.reject()
    runner.wait_all(5000)


def test_the_dialog_speaks_thai(db: Database, qtbot, qapp, compiled_translations) -> None:  # noqa: ANN001
    languages = LanguageManager(qapp, compiled_translations)
    dialog = _dialog(qtbot, SettingsService(db))
    try:
        languages.set_language("th")
        qapp.processEvents()

        assert dialog.windowTitle() == "การตั้งค่า"
        assert dialog.thai_digits_box.text() == "พิมพ์ตัวเลขไทย (๐–๙) ในรายงานภาษาไทย(&D)"
        assert dialog.logo_preview.text() == "ไม่มีตราสัญลักษณ์"
        assert dialog.notice_tabs.tabText(1) == "ภาษาอังกฤษ"
    finally:
        languages.set_language("en")
