"""Switching the language at run time: our texts, Qt's own buttons, locale and widgets follow."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from vocdesk.domain.messages import QT_TRANSLATE_NOOP, Message
from vocdesk.ui.i18n import (
    LanguageManager,
    current_language,
    system_language,
    translate_message,
)

THAI = {
    ("I18nTest", "Save the complaint"): "บันทึกข้อร้องเรียน",
    ("I18nTest", "{count} complaints are overdue"): "ข้อร้องเรียนเกินกำหนด {count} เรื่อง",
    ("I18nTest", "{field} is required"): "ต้องกรอก{field}",
    ("I18nTest", "Phone"): "โทรศัพท์",
    ("I18nTest", "Broken {name}"): "เสีย {nmae}",  # a translator's typo in the placeholder
}


def compile_thai_translation(directory: Path, texts: dict[tuple[str, str], str]) -> Path:
    """Write vocdesk_th.ts with ``texts`` and compile it to vocdesk_th.qm with lrelease."""
    contexts: dict[str, list[str]] = {}
    for (context, source), thai in texts.items():
        contexts.setdefault(context, []).append(
            f"<message><source>{escape(source)}</source>"
            f"<translation>{escape(thai)}</translation></message>"
        )
    body = "".join(
        f"<context><name>{escape(name)}</name>{''.join(messages)}</context>"
        for name, messages in contexts.items()
    )
    ts = directory / "vocdesk_th.ts"
    ts.write_text(
        f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="th_TH">'
        f"{body}</TS>",
        encoding="utf-8",
    )
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts)], check=True)
    return directory / "vocdesk_th.qm"


@pytest.fixture
def languages(qapp: QApplication, tmp_path: Path) -> Iterator[LanguageManager]:
    """A LanguageManager over a small compiled Thai translation; English again afterwards."""
    compile_thai_translation(tmp_path, THAI)
    default_locale = QLocale()
    manager = LanguageManager(qapp, tmp_path)
    yield manager
    manager.set_language("en")
    QLocale.setDefault(default_locale)
    manager.deleteLater()


def test_thai_installs_our_translation(languages: LanguageManager, qtbot: QtBot) -> None:
    with qtbot.waitSignal(languages.language_changed) as changed:
        languages.set_language("th")

    assert changed.args == ["th"]
    assert languages.language == "th"
    assert QCoreApplication.translate("I18nTest", "Save the complaint") == "บันทึกข้อร้องเรียน"


def test_english_removes_the_translation_again(languages: LanguageManager) -> None:
    languages.set_language("th")

    languages.set_language("en")

    assert languages.language == "en"
    assert QCoreApplication.translate("I18nTest", "Save the complaint") == "Save the complaint"


def test_qt_standard_buttons_are_thai(languages: LanguageManager, qtbot: QtBot) -> None:
    languages.set_language("th")
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Save
    )
    qtbot.addWidget(buttons)

    assert buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "ตกลง"
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "ยกเลิก"
    assert buttons.button(QDialogButtonBox.StandardButton.Save).text() == "บันทึก"


def test_open_widgets_are_told_and_retranslate(languages: LanguageManager, qtbot: QtBot) -> None:
    class Window(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.language_changes = 0

        def changeEvent(self, event: QEvent) -> None:  # noqa: N802
            if event.type() == QEvent.Type.LanguageChange:
                self.language_changes += 1
            super().changeEvent(event)

    window = Window()
    qtbot.addWidget(window)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, window)
    window.show()

    languages.set_language("th")

    qtbot.waitUntil(lambda: window.language_changes > 0)
    qtbot.waitUntil(lambda: buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "ตกลง")
    assert window.locale().language() == QLocale.Language.Thai

    languages.set_language("en")

    qtbot.waitUntil(lambda: buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "OK")
    assert window.locale().language() == QLocale.Language.English


def test_the_default_locale_follows_the_language(languages: LanguageManager) -> None:
    languages.set_language("th")
    assert QLocale().language() == QLocale.Language.Thai
    assert current_language() == "th"

    languages.set_language("en")
    assert QLocale().language() == QLocale.Language.English
    assert current_language() == "en"


def test_english_first_still_sets_an_english_locale(languages: LanguageManager) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.Thai))  # as on a Thai Windows

    languages.set_language("en")

    assert current_language() == "en"


def test_translate_message_translates_before_filling_in(languages: LanguageManager) -> None:
    overdue = Message(
        "I18nTest", QT_TRANSLATE_NOOP("I18nTest", "{count} complaints are overdue"), {"count": 3}
    )
    required = Message(
        "I18nTest",
        QT_TRANSLATE_NOOP("I18nTest", "{field} is required"),
        {"field": Message("I18nTest", QT_TRANSLATE_NOOP("I18nTest", "Phone"))},
    )
    assert translate_message(overdue) == "3 complaints are overdue"
    assert translate_message(required) == "Phone is required"

    languages.set_language("th")

    assert translate_message(overdue) == "ข้อร้องเรียนเกินกำหนด 3 เรื่อง"
    assert translate_message(required) == "ต้องกรอกโทรศัพท์"


def test_a_translation_with_a_broken_placeholder_falls_back_to_english(
    languages: LanguageManager,
) -> None:
    languages.set_language("th")
    message = Message("I18nTest", QT_TRANSLATE_NOOP("I18nTest", "Broken {name}"), {"name": "x"})

    assert translate_message(message) == "Broken x"


def test_an_unknown_language_is_refused(languages: LanguageManager) -> None:
    with pytest.raises(ValueError):
        languages.set_language("fr")
    assert languages.language == "en"


def test_thai_without_a_compiled_translation_still_thai_for_qt(
    qapp: QApplication, tmp_path: Path, qtbot: QtBot
) -> None:
    manager = LanguageManager(qapp, tmp_path / "no-translations")
    default_locale = QLocale()
    try:
        manager.set_language("th")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        qtbot.addWidget(buttons)

        assert manager.language == "th"
        assert buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "ตกลง"
        assert QCoreApplication.translate("I18nTest", "Save the complaint") == "Save the complaint"
    finally:
        manager.set_language("en")
        QLocale.setDefault(default_locale)


@pytest.mark.parametrize(
    ("locale_name", "expected"), [("th_TH.UTF-8", "th"), ("en_US.UTF-8", "en")]
)
def test_system_language_follows_the_operating_system(locale_name: str, expected: str) -> None:
    # QLocale.system() is read once per process: ask a fresh one with that locale.
    env = {**os.environ, "LC_ALL": locale_name, "LANG": locale_name, "LANGUAGE": ""}
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from vocdesk.ui.i18n import system_language; print(system_language())",
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )

    assert result.stdout.strip() == expected


def test_system_language_is_th_or_en() -> None:
    assert system_language() in ("th", "en")
