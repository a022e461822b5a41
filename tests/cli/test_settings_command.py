"""``vocdesk settings set KEY VALUE --db PATH`` and ``vocdesk settings show --db PATH`` end to
end: values land in the database and come back as key = value lines; bad input exits 2 with
a message in the user's language and changes nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PIL import Image
from test_cli import vocdesk_command

from vocdesk.services.database import open_database


def _database(tmp_path: Path) -> Path:
    path = tmp_path / "office.sqlite"
    db, _ = open_database(path)
    db.dispose()
    return path


def _settings(path: Path) -> dict[str, tuple[str, bytes | None]]:
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute("SELECT key, value, data FROM app_setting").fetchall()
        return {key: (value, data) for key, value, data in rows}
    finally:
        connection.close()


def test_set_then_show_prints_every_setting(tmp_path: Path) -> None:
    db = _database(tmp_path)
    logo = tmp_path / "crest.png"
    Image.new("RGBA", (1200, 400), (200, 150, 60, 255)).save(logo)

    for key, value in [
        ("agency_name_th", "สำนักงานทดสอบ"),
        ("privacy_notice_en", "First line\nSecond line"),
        ("logo", str(logo)),
        ("thai_digits", "yes"),
    ]:
        run = vocdesk_command("settings", "set", key, value, "--db", db)
        assert run.code == 0, run.err
        assert run.out.strip() == f"Setting {key} saved."

    shown = vocdesk_command("settings", "show", "--db", db)

    assert shown.code == 0, shown.err
    lines = shown.out.splitlines()
    assert lines[0] == "agency_name_th = สำนักงานทดสอบ"
    assert lines[1] == "agency_name_en ="
    assert lines[2].startswith("logo = PNG 600×200 px, ") and lines[2].endswith(" KB")
    assert lines[4:6] == ["privacy_notice_en = First line", " " * 20 + "Second line"]
    assert lines[-7:] == ["thai_digits = yes", "backup_schedule = daily", "backup_keep_daily = 7",
                          "backup_keep_weekly = 4", "backup_keep_monthly = 12",
                          "office_code =", "office_name ="]  # fmt: skip
    assert _settings(db)["logo"][0] == "crest.png"


def test_a_bad_key_exits_2_in_thai_and_changes_nothing(tmp_path: Path) -> None:
    db = _database(tmp_path)
    assert vocdesk_command("settings", "set", "agency_name_en", "Kept", "--db", db).code == 0

    run = vocdesk_command("settings", "set", "agency_colour", "blue", "--db", db, lang="th")

    assert run.code == 2
    assert run.out == ""
    assert "agency_colour" in run.err and "agency_name_th" in run.err
    assert "ไม่มีการตั้งค่า" in run.err
    assert _settings(db) == {"agency_name_en": ("Kept", None)}


def test_a_missing_logo_and_a_bad_yes_no_exit_2_naming_the_problem(tmp_path: Path) -> None:
    db = _database(tmp_path)

    missing = vocdesk_command("settings", "set", "logo", tmp_path / "none.png", "--db", db)
    digits = vocdesk_command("settings", "set", "thai_digits", "perhaps", "--db", db)

    assert missing.code == digits.code == 2
    assert str(tmp_path / "none.png") in missing.err and "does not exist" in missing.err
    assert "perhaps" in digits.err and "yes or no" in digits.err
    assert _settings(db) == {}


def test_the_office_name_then_its_code_are_set_and_shown(tmp_path: Path) -> None:
    db = _database(tmp_path)

    early = vocdesk_command("settings", "set", "office_code", "BKK", "--db", db)
    named = vocdesk_command("settings", "set", "office_name", "สำนักงานกรุงเทพ", "--db", db)
    coded = vocdesk_command("settings", "set", "office_code", "bkk", "--db", db)
    wrong = vocdesk_command("settings", "set", "office_code", "B K", "--db", db, lang="th")
    shown = vocdesk_command("settings", "show", "--db", db)

    assert early.code == 2 and "name first" in early.err
    assert named.code == coded.code == 0, (named.err, coded.err)
    assert wrong.code == 2 and "รหัสสำนักงาน" in wrong.err
    assert shown.out.splitlines()[-2:] == ["office_code = BKK", "office_name = สำนักงานกรุงเทพ"]
    assert _settings(db)["office_code"] == ("BKK", None)
