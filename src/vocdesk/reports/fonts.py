"""The bundled Sarabun family, registered with ReportLab so every report embeds it.

A report must look the same on every machine, and most office machines have no Thai font (or a
different one), so VocDesk never names a system font: it registers the four Sarabun TTFs it ships
in ``resources/fonts`` (SIL OFL). ReportLab always embeds a TrueType font as a subset, and the
fonts are registered as shapable so HarfBuzz can place Thai vowels and tone marks.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from vocdesk.paths import fonts_dir

FAMILY = "Sarabun"


@dataclass(frozen=True)
class FontFamily:
    """The ReportLab names of one family's four faces."""

    regular: str
    bold: str
    italic: str
    bold_italic: str


_FACES = {
    "regular": "Sarabun-Regular",
    "bold": "Sarabun-Bold",
    "italic": "Sarabun-Italic",
    "bold_italic": "Sarabun-BoldItalic",
}


@cache
def register_fonts() -> FontFamily:
    """Register the bundled Sarabun faces once per process and return their names.

    The family mapping lets ``<b>`` and ``<i>`` inside a paragraph pick the right face.
    """
    for name in _FACES.values():
        pdfmetrics.registerFont(TTFont(name, str(fonts_dir() / f"{name}.ttf"), shapable=True))
    family = FontFamily(**_FACES)
    for bold, italic, name in (
        (0, 0, family.regular),
        (1, 0, family.bold),
        (0, 1, family.italic),
        (1, 1, family.bold_italic),
    ):
        addMapping(FAMILY, bold, italic, name)
    return family
