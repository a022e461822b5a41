"""Domain messages reach the user whole in the window's language (issue 14): plural forms through
Qt's numerus entries, the system's English file errors said in Thai, and values that are data in
both languages (accepted words) shown in the reader's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from vocdesk.domain.messages import BothLanguages, Message, counted_error
from vocdesk.ui.errors import error_text
from vocdesk.ui.i18n import LanguageManager, translate_message


@pytest.fixture
def languages(qapp, compiled_translations: Path) -> Iterator[LanguageManager]:
    manager = LanguageManager(qapp, compiled_translations)
    yield manager
    manager.uninstall()
    manager.deleteLater()


NOTICE = "%n column(s) of the file matched no column of VocDesk and were not imported: {columns}."


@pytest.mark.parametrize(
    ("lang", "count", "start"),
    [
        ("en", 1, "1 column of the file matched no column of VocDesk and was not imported"),
        ("en", 4, "4 columns of the file matched no column of VocDesk and were not imported"),
        ("th", 1, "คอลัมน์ในไฟล์ 1 คอลัมน์ไม่ตรงกับคอลัมน์ใดของ VocDesk"),
        ("th", 4, "คอลัมน์ในไฟล์ 4 คอลัมน์ไม่ตรงกับคอลัมน์ใดของ VocDesk"),
    ],
)
def test_a_counted_message_takes_the_plural_form_of_the_language(
    languages: LanguageManager, lang: str, count: int, start: str
) -> None:
    languages.set_language(lang)
    text = translate_message(Message("UnmatchedColumns", NOTICE, {"columns": "C"}, count))
    assert text.startswith(start)
    assert text.endswith(": C." if lang == "en" else ": C")
    assert "(s)" not in text and "%n" not in text


def test_a_counted_user_error_has_an_english_text_for_the_log_without_a_translator() -> None:
    error = counted_error("UnmatchedColumns", NOTICE, 1, columns="C “phnoe”")
    assert str(error).startswith("1 column of the file matched no column of VocDesk")
    assert "(s)" not in str(error) and str(error).endswith("C “phnoe”.")


def test_the_systems_english_reason_is_said_in_thai(languages: LanguageManager) -> None:
    languages.set_language("th")
    message = Message(
        "Database",
        "The backup could not be written to {path}: {reason}",
        {"path": "/x", "reason": "[Errno 13] Permission denied: '/x'"},
    )
    text = translate_message(message)
    assert "Permission denied" not in text and "ไม่มีสิทธิ์อ่านหรือเขียน" in text


def test_an_os_error_in_the_window_names_the_file_in_thai(languages: LanguageManager) -> None:
    languages.set_language("th")
    text = error_text(FileNotFoundError(2, "No such file or directory", "/data/vocdesk.sqlite"))
    assert text == "ไม่สามารถใช้ไฟล์ /data/vocdesk.sqlite ได้ เนื่องจากไม่พบไฟล์หรือโฟลเดอร์ดังกล่าว"


def test_accepted_words_are_listed_in_the_readers_language(languages: LanguageManager) -> None:
    words = BothLanguages(th="ปัจจุบัน, ในอนาคต, ในอดีต", en="current, potential, former")
    message = Message("X", "“{value}” is not one of: {choices}.", {"value": "x", "choices": words})
    assert message.english() == "“x” is not one of: current, potential, former."
    languages.set_language("th")
    assert "ปัจจุบัน, ในอนาคต, ในอดีต" in translate_message(message)
    languages.set_language("en")
    assert "current, potential, former" in translate_message(message)
