"""The "in use by" message (issue 17) in Thai: who holds the file, and since when on the Thai
clock with the Buddhist Era year."""

from __future__ import annotations

from datetime import UTC, datetime

from vocdesk.domain.messages import Message
from vocdesk.ui.i18n import LanguageManager, translate_message

TEXT = (
    "The database {path} is in use by {login} on {machine} (open since {since}) and stayed "
    "locked. Wait for their work to finish, or ask them to close VocDesk, and try again."
)


def test_the_holder_and_the_moment_are_said_in_thai(qapp, compiled_translations) -> None:  # noqa: ANN001
    languages = LanguageManager(qapp, compiled_translations)
    message = Message("Database", TEXT, {"path": "/data/vocdesk.sqlite", "login": "somsri",
                      "machine": "PC-07", "since": datetime(2026, 3, 2, 2, 15, tzinfo=UTC)})  # fmt: skip
    try:
        languages.set_language("th")
        text = translate_message(message)
    finally:
        languages.set_language("en")

    assert text.startswith("ฐานข้อมูล /data/vocdesk.sqlite กำลังถูกใช้งานโดย somsri ที่เครื่อง PC-07")
    assert "2 มี.ค. 69 09:15" in text  # 02:15 UTC is 09:15 in Thailand; 2026 is B.E. (25)69
    assert "09:15" in translate_message(message)
