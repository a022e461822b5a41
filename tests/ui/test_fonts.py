"""The bundled Sarabun font becomes the application font and draws Thai with real glyphs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QFontMetrics, QRawFont
from PySide6.QtWidgets import QApplication

from vocdesk import paths
from vocdesk.ui import layout
from vocdesk.ui.fonts import install_thai_font, register_fonts


def test_install_thai_font_makes_sarabun_the_application_font(qapp: QApplication) -> None:
    previous = qapp.font()
    try:
        family = install_thai_font(qapp)

        assert family == "Sarabun"
        font = qapp.font()
        assert QFontInfo(font).family() == "Sarabun"
        assert font.pointSizeF() == layout.UI_FONT_POINT_SIZE
    finally:
        qapp.setFont(previous)


def test_the_application_font_has_thai_letters_vowels_and_tone_marks(qapp: QApplication) -> None:
    previous = qapp.font()
    try:
        install_thai_font(qapp)
        metrics = QFontMetrics(qapp.font())
        raw = QRawFont.fromFont(qapp.font(), QFontDatabase.WritingSystem.Thai)

        for char in "กขฮ" + "ะาำิีุู" + "่้๊๋" + "๐๙" + "AZ09":
            assert metrics.inFontUcs4(ord(char)), f"no glyph for {char!r}"
        assert QFontDatabase.WritingSystem.Thai in raw.supportedWritingSystems()
        assert metrics.horizontalAdvance("ผู้รับบริการ") > 0
    finally:
        qapp.setFont(previous)


def test_every_bundled_font_file_is_registered(qapp: QApplication) -> None:
    families = register_fonts(paths.fonts_dir())

    assert families == ["Sarabun"]  # regular, bold and italics: one family
    assert "Sarabun" in QFontDatabase.families()
    assert QFontDatabase.isSmoothlyScalable("Sarabun", "Bold")


def test_without_bundled_fonts_the_system_font_stays(qapp: QApplication, tmp_path: Path) -> None:
    previous: QFont = qapp.font()
    try:
        family = install_thai_font(qapp, fonts_dir=tmp_path / "missing")

        assert family == previous.family()
        assert qapp.font() == previous
    finally:
        qapp.setFont(previous)
