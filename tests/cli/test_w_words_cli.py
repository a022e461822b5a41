"""The command line's words (issue 14): plural forms, Thai help broken between words and
argparse's own words translated, file errors in the user's language, the demo's report in words,
backup's two forms and the folder it creates, one rule for the default language.

Thai runs are subprocesses (as a user runs them), so that no Thai translator stays installed in
the test process; tests/conftest.py points the data folder and the settings file elsewhere.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from vocdesk.cli.help_format import display_width, wrap_words
from vocdesk.cli.messages import DEFAULT_LANGUAGE, Messages, window_language
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, Message, english_plural
from vocdesk.domain.os_errors import file_problem, reason_of
from vocdesk.text.thai_words import line_segments


def _vocdesk(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8", "COLUMNS": "80", **(env or {})}
    environment.pop("VOCDESK_LANG", None)
    environment.update(env or {})
    done = subprocess.run(
        [sys.executable, "-m", "vocdesk", *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", env=environment, timeout=180,
    )  # fmt: skip
    assert "Traceback" not in done.stdout + done.stderr, done.stderr
    return done


# --- plural forms ---------------------------------------------------------------------------


def test_english_plural_forms_without_a_translator_resolve_the_s() -> None:
    assert english_plural("%n word(s) of the file", 1) == "1 word of the file"
    assert english_plural("%Ln row(s)", 12000) == "12,000 rows"
    message = Message("X", "%n column(s): {columns}", {"columns": "C"}, 2)
    assert message.english() == "2 columns: C"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", ["1 stakeholder", "3 stakeholders", "12,000 stakeholders"]),
        ("th", [f"ผู้รับบริการและผู้มีส่วนได้ส่วนเสีย {n} ราย" for n in ("1", "3", "12,000")]),
    ],
)
def test_a_count_is_said_in_one_and_many_in_english_and_once_in_thai(
    lang: str, expected: list[str]
) -> None:
    script = (
        "import sys\n"
        "from vocdesk.cli.messages import Messages\n"
        "m = Messages(sys.argv[1])\n"
        "for n in (1, 3, 12000):\n"
        "    print(m.tr('%Ln stakeholder(s)', n))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, lang], capture_output=True, text=True, encoding="utf-8",
        timeout=120, env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )  # fmt: skip
    assert done.stdout.splitlines() == expected, done.stderr


def test_a_placeholder_named_count_still_fills_in_beside_a_plural_count() -> None:
    messages = Messages("en")
    text = QT_TRANSLATE_NOOP("Cli", "{count} stakeholders there and back")
    assert messages.tr(text, count="1,000") == "1,000 stakeholders there and back"


# --- Thai help --------------------------------------------------------------------------------


def _breaks_between_words(first: str, second: str) -> bool:
    """Whether the line ``first`` ends, and ``second`` goes on, at a place ICU may break."""
    tail, head = first.split()[-1], second.split()[0]
    if not ("\u0e00" <= tail[-1] <= "\u0e7f" and "\u0e00" <= head[0] <= "\u0e7f"):
        return True  # Thai and Latin or digits meet only at a space or a punctuation mark
    joined = tail + head
    ends, position = set(), 0
    for piece in line_segments(joined):
        position += len(piece)
        ends.add(position)
    return len(tail) in ends


def test_thai_help_lines_end_between_words_and_fit_the_terminal() -> None:
    text = (
        "พิมพ์รายงาน PDF: ชุดหลักฐาน PMQA หมวด 3 รายงานข้อร้องเรียน ผลการสำรวจ "
        "ประวัติผู้มีส่วนได้ส่วนเสีย หนังสือตอบรับเรื่องร้องเรียน หรือแบบสอบถามฉบับพิมพ์"
    )
    lines = wrap_words(text, 40)
    assert len(lines) > 2
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")  # nothing lost
    assert all(display_width(line) <= 40 for line in lines)
    assert all(_breaks_between_words(a, b) for a, b in zip(lines, lines[1:], strict=False))


def test_thai_help_is_thai_through_and_through() -> None:
    done = _vocdesk("--lang", "th", "report", "--help", env={"COLUMNS": "60"})
    assert done.returncode == 0
    out = done.stdout
    assert out.startswith("วิธีใช้: vocdesk report")
    assert "ตัวเลือก:" in out and "ค่าที่ต้องระบุตามลำดับ:" in out
    for english in ("usage:", "positional arguments", "options:", "show this help"):
        assert english not in out
    lines = out.splitlines()
    assert all(display_width(line) <= 60 for line in lines)
    for first, second in zip(lines, lines[1:], strict=False):
        continued = second.startswith(" " * 10) and not second.strip().startswith("-")
        if first.strip() and continued and "\u0e00" <= first.rstrip()[-1] <= "\u0e7f":
            assert _breaks_between_words(first, second), (first, second)


def test_argparse_errors_come_out_in_thai() -> None:
    done = _vocdesk("--lang", "th", "report", "nothing", "--out", "x.pdf")
    assert done.returncode == 2
    assert "ข้อผิดพลาด: อาร์กิวเมนต์ KIND: ค่า 'nothing' ใช้ไม่ได้" in done.stderr
    assert "error:" not in done.stderr and "invalid choice" not in done.stderr


# --- operating-system errors --------------------------------------------------------------------


def test_common_file_errors_are_named_and_others_keep_the_systems_words() -> None:
    assert file_problem(FileNotFoundError(2, "No such file or directory")) is not None
    assert file_problem(PermissionError(13, "Permission denied")) is not None
    assert file_problem("file is not a database") is not None
    assert file_problem(OSError(28, "No space left on device")) is None  # the "nothing lost" issue
    assert reason_of(OSError(28, "No space left on device")) == "No space left on device"


def test_a_missing_folder_for_a_backup_is_said_in_thai_with_no_english_left(tmp_path: Path) -> None:
    done = _vocdesk("--lang", "th", "backup", "--db", "nothere.sqlite", tmp_path / "x.sqlite")
    assert done.returncode == 2
    assert "No such file" not in done.stderr
    not_a_db = tmp_path / "bad.sqlite"
    not_a_db.write_text("hello", encoding="utf-8")
    checked = _vocdesk("--lang", "th", "check", "--db", not_a_db)
    assert checked.returncode == 1
    assert "file is not a database" not in checked.stdout
    assert "ไม่ใช่ฐานข้อมูล VocDesk" in checked.stdout


def test_an_os_error_reaching_the_last_line_of_defence_is_translated_and_logged(
    qapp, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import vocdesk.services.database as database_service
    from vocdesk import cli
    from vocdesk.paths import user_data_dir

    def refusing(location: object) -> None:
        raise PermissionError(13, "Permission denied", str(tmp_path / "locked.sqlite"))

    monkeypatch.setattr(database_service, "check_database", refusing)
    assert cli.main(["--lang", "en", "check", "--db", str(tmp_path / "locked.sqlite")]) == 2
    err = capsys.readouterr().err
    assert "you are not allowed to read or write it" in err and "locked.sqlite" in err
    assert "Permission denied" not in err
    assert "Permission denied" in (user_data_dir() / "logs" / "vocdesk.log").read_text("utf-8")


# --- demo, backup, language --------------------------------------------------------------------


def test_backup_without_a_target_names_both_forms() -> None:
    done = _vocdesk("--lang", "en", "backup", "--db", "x.sqlite")
    assert done.returncode == 2
    assert "vocdesk backup FILE" in done.stderr and "vocdesk backup --out FILE" in done.stderr


def test_backup_says_when_it_creates_a_folder(tmp_path: Path) -> None:
    from vocdesk.services.database import open_database

    source = tmp_path / "office.sqlite"
    database, _ = open_database(source)
    database.dispose()
    target = tmp_path / "copies" / "2569" / "office.sqlite"
    done = _vocdesk("--lang", "en", "backup", "--db", source, target)
    assert done.returncode == 0, done.stderr
    assert f"Created the folder {tmp_path / 'copies'} for the copy." in done.stdout
    again = _vocdesk("--lang", "en", "backup", "--db", source, target)
    assert "Created the folder" not in again.stdout


def test_the_default_language_is_the_windows_else_thai(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = tmp_path / "settings.ini"
    monkeypatch.setenv("VOCDESK_SETTINGS", str(settings))
    assert window_language() == DEFAULT_LANGUAGE == "th"  # no settings file: the window's default
    assert not settings.exists()  # reading it created nothing
    settings.write_text("[ui]\nlanguage=en\n", encoding="utf-8")
    assert window_language() == "en"
    done = _vocdesk("backup", "--db", "x.sqlite", env={"VOCDESK_SETTINGS": str(settings)})
    assert "Say where to write the copy" in done.stderr  # the window's English, not the system's


def test_screenshot_keeps_qts_noise_out_of_the_terminal(tmp_path: Path) -> None:
    from vocdesk.services.database import open_database

    source = tmp_path / "office.sqlite"
    database, _ = open_database(source)
    database.dispose()
    out = tmp_path / "shots"
    done = _vocdesk(
        "--lang", "en", "screenshot", "--db", source, "--tab", "overview", "--lang", "all",
        "--out", out, env={"QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert (out / "overview-th.png").is_file() and (out / "overview-en.png").is_file()
    assert "propagateSizeHints" not in done.stderr + done.stdout
    assert done.stderr == ""


def test_an_option_is_never_broken_at_its_hyphens() -> None:
    text = "ค่าเริ่มต้น: --lang หรือ --token-file ของตัวแปร VOCDESK_TOKEN_FILE " * 3
    for width in range(12, 60):
        words = " ".join(wrap_words(text, width)).split()
        assert "--lang" in words and "--token-file" in words, width
        assert "--" not in words and "--token-" not in words, width
