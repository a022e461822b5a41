"""The bundled Sarabun faces: registered from resources/fonts, shapable, covering the Thai used."""

from __future__ import annotations

from dataclasses import astuple

from reportlab.pdfbase.pdfmetrics import getFont
from test_thai_lines import HARD_WORDS, PARAGRAPH

from vocdesk.paths import fonts_dir
from vocdesk.reports.fonts import register_fonts


def test_the_four_faces_come_from_the_bundled_files_and_are_shapable() -> None:
    family = register_fonts()
    assert register_fonts() is family  # registered once per process
    for name in astuple(family):
        font = getFont(name)
        assert font.face.filename == str(fonts_dir() / f"{name}.ttf")
        assert font.shapable


def test_every_face_covers_every_character_of_the_thai_fixtures() -> None:
    text = set(HARD_WORDS + PARAGRAPH + "๐๑๒๓๔๕๖๗๘๙ABCxyz0123456789.,:()")
    for name in astuple(register_fonts()):
        missing = {ch for ch in text if ord(ch) not in getFont(name).face.charToGlyph}
        assert not missing, f"{name} lacks {sorted(missing)}"
