"""The agency's settings on a real SQLite file: set and shown, refusals that name the problem,
logos scaled and kept as PNG, and the dialog's save read back whole."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from vocdesk.domain.messages import UserError
from vocdesk.services.database import Database, open_database
from vocdesk.services.settings import SETTING_KEYS, AgencySettings, SettingsService, with_logo


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "agency.sqlite")
    yield database
    database.dispose()


def _image(path: Path, size: tuple[int, int], mode: str = "RGB", fmt: str = "JPEG") -> Path:
    colour = (20, 60, 120, 128) if mode == "RGBA" else (20, 60, 120)
    Image.new(mode, size, colour).save(path, format=fmt)
    return path


def _opened(png: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(png))
    image.load()
    return image


def test_a_new_database_has_empty_settings(db: Database) -> None:
    service = SettingsService(db)

    assert service.agency() == AgencySettings()
    defaults = {"thai_digits": "no", "backup_schedule": "daily", "backup_keep_daily": "7",
                "backup_keep_weekly": "4", "backup_keep_monthly": "12"}  # fmt: skip
    assert service.shown() == [(key, defaults.get(key, "")) for key in SETTING_KEYS]


def test_texts_set_one_by_one_are_shown_and_read_back(db: Database) -> None:
    service = SettingsService(db)

    service.set("agency_name_th", "  สำนักงานทดสอบ   กรมตัวอย่าง ")
    service.set("agency_name_en", "Test Office")
    service.set("privacy_notice_th", "ข้อความบรรทัดแรก\nบรรทัดที่สอง  \n\n")
    service.set("thai_digits", "Yes")

    agency = service.agency()
    assert agency.name_th == "สำนักงานทดสอบ กรมตัวอย่าง"  # spaces tidied
    assert agency.privacy_notice_th == "ข้อความบรรทัดแรก\nบรรทัดที่สอง"
    assert agency.thai_digits is True
    assert dict(service.shown())["agency_name_en"] == "Test Office"
    assert dict(service.shown())["thai_digits"] == "yes"
    service.set("thai_digits", "0")
    assert service.agency().thai_digits is False


def test_each_language_falls_back_to_the_other() -> None:
    only_thai = AgencySettings(name_th="สำนักงาน", privacy_notice_en="Notice")

    assert only_thai.name("en") == only_thai.name("th") == "สำนักงาน"
    assert only_thai.privacy_notice("th") == "Notice"
    assert AgencySettings(name_th="ไทย", name_en="English").name("en") == "English"


def test_a_large_logo_is_scaled_to_600_px_and_kept_as_png(db: Database, tmp_path: Path) -> None:
    source = _image(tmp_path / "crest.jpg", (1800, 900))
    service = SettingsService(db)

    service.set("logo", str(source))

    agency = service.agency()
    assert agency.logo is not None
    image = _opened(agency.logo)
    assert image.format == "PNG"
    assert image.size == (600, 300)
    assert agency.logo_name == "crest.jpg"
    kilobytes = max(1, round(len(agency.logo) / 1024))
    assert dict(service.shown())["logo"] == f"PNG 600×300 px, {kilobytes} KB"


def test_a_transparent_logo_keeps_its_transparency_and_a_small_one_its_size(
    db: Database, tmp_path: Path
) -> None:
    source = _image(tmp_path / "seal.png", (320, 120), mode="RGBA", fmt="PNG")
    service = SettingsService(db)

    service.set("logo", str(source))

    image = _opened(service.agency().logo or b"")
    assert image.mode == "RGBA"
    assert image.size == (320, 120)
    assert image.getpixel((5, 5))[3] == 128


def test_an_empty_logo_path_removes_the_logo(db: Database, tmp_path: Path) -> None:
    service = SettingsService(db)
    service.set("logo", str(_image(tmp_path / "crest.png", (50, 50), fmt="PNG")))

    service.set("logo", "")

    assert service.agency().logo is None
    assert dict(service.shown())["logo"] == ""


@pytest.mark.parametrize(
    ("key", "value", "words"),
    [
        ("colour", "blue", ["colour", "agency_name_th", "thai_digits"]),
        ("logo", "/nowhere/crest.png", ["/nowhere/crest.png", "does not exist"]),
        ("agency_name_en", "x" * 201, ["201", "200"]),
        ("thai_digits", "maybe", ["'maybe'", "yes or no"]),
    ],
)
def test_bad_input_is_refused_naming_the_problem_and_changes_nothing(
    db: Database, key: str, value: str, words: list[str]
) -> None:
    service = SettingsService(db)
    service.set("agency_name_en", "Kept")

    with pytest.raises(UserError) as refused:
        service.set(key, value)

    assert refused.value.message.context == "Settings"
    for word in words:
        assert word in str(refused.value)
    assert service.agency() == AgencySettings(name_en="Kept")


def test_a_file_that_is_no_image_is_refused_by_name(db: Database, tmp_path: Path) -> None:
    fake = tmp_path / "crest.png"
    fake.write_text("not an image", encoding="utf-8")

    with pytest.raises(UserError, match="crest.png is not an image"):
        SettingsService(db).set("logo", str(fake))


def test_the_dialog_saves_everything_at_once_and_reads_it_back(
    db: Database, tmp_path: Path
) -> None:
    service = SettingsService(db)
    chosen = with_logo(AgencySettings(), _image(tmp_path / "logo.gif", (900, 1200), fmt="GIF"))
    settings = AgencySettings(
        name_th="สำนักงานตัวอย่าง", name_en="Demo Office", logo=chosen.logo,
        privacy_notice_th="ประกาศ\nบรรทัดสอง", privacy_notice_en="Notice", thai_digits=True,
        logo_name=chosen.logo_name,
    )  # fmt: skip

    service.save(settings)

    assert service.agency() == settings
    assert _opened(settings.logo or b"").size == (450, 600)
    service.save(AgencySettings(name_th="ใหม่"))
    assert service.agency() == AgencySettings(name_th="ใหม่")


def test_a_save_with_a_name_too_long_keeps_what_was_there(db: Database) -> None:
    service = SettingsService(db)
    service.save(AgencySettings(name_th="เดิม", privacy_notice_en="Old"))

    with pytest.raises(UserError):
        service.save(AgencySettings(name_th="ก" * 201, privacy_notice_en="New"))

    assert service.agency() == AgencySettings(name_th="เดิม", privacy_notice_en="Old")
