"""Settings are typed, survive a restart, and older files are upgraded when opened."""

from __future__ import annotations

from pathlib import Path

import pytest

from vocdesk.ui.settings import SCHEMA_VERSION, Settings


def test_a_new_settings_file_reads_the_declared_defaults(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.ini")

    assert settings.language == "th"
    assert settings.last_database == ""
    assert settings.window_geometry == b""
    assert settings.window_state == b""
    assert settings.thai_digits is False
    assert settings.schema_version == SCHEMA_VERSION


def test_values_come_back_with_their_types_after_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "ตั้งค่า" / "settings.ini"  # a Thai folder name must work too
    first = Settings(path)
    first.language = "en"
    first.last_database = str(tmp_path / "ข้อมูล.sqlite")
    first.window_geometry = b"\x01\xd9\xd0\xcb\x00\x03"
    first.window_state = bytes(range(256))
    first.thai_digits = True
    first.sync()

    second = Settings(path)

    assert second.language == "en"
    assert second.last_database == str(tmp_path / "ข้อมูล.sqlite")
    assert second.window_geometry == b"\x01\xd9\xd0\xcb\x00\x03"
    assert second.window_state == bytes(range(256))
    assert second.thai_digits is True
    assert isinstance(second.thai_digits, bool)


def test_the_file_is_plain_ini_with_a_schema_version(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    settings = Settings(path)
    settings.language = "en"
    settings.sync()

    text = path.read_text(encoding="utf-8")

    assert "[meta]" in text and f"schema_version={SCHEMA_VERSION}" in text
    assert "[ui]" in text and "language=en" in text


def test_an_unsupported_language_is_refused_when_set(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.ini")

    with pytest.raises(ValueError):
        settings.language = "fr"

    assert settings.language == "th"


def test_a_hand_edited_bad_value_reads_as_the_default(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_text(
        f"[meta]\nschema_version={SCHEMA_VERSION}\n[ui]\nlanguage=klingon\nthai_digits=maybe\n",
        encoding="utf-8",
    )

    settings = Settings(path)

    assert settings.language == "th"
    assert settings.thai_digits is False


def test_a_file_without_a_version_is_upgraded_to_the_current_layout(tmp_path: Path) -> None:
    # Version 0: what an installer writes by hand, keys at the top and a locale name.
    path = tmp_path / "settings.ini"
    path.write_text("[General]\nlanguage=th_TH\nlast_database=D:/voc/office.sqlite\n", "utf-8")

    settings = Settings(path)

    assert settings.schema_version == SCHEMA_VERSION
    assert settings.language == "th"
    assert settings.last_database == "D:/voc/office.sqlite"
    assert "language" not in settings.qsettings.allKeys()


def test_an_english_locale_name_is_upgraded_to_en(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_text("[General]\nlanguage=en_US\n", "utf-8")

    assert Settings(path).language == "en"


def test_a_file_from_a_newer_version_is_read_and_not_rewritten(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_text("[meta]\nschema_version=99\n[ui]\nlanguage=en\n", "utf-8")

    settings = Settings(path)

    assert settings.language == "en"
    assert settings.schema_version == 99


def test_reset_makes_a_setting_read_its_default_again(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.ini")
    settings.last_database = "x.sqlite"

    settings.reset("last_database")

    assert settings.last_database == ""
