"""The bundled Thai font as the application font.

The PySide6 wheels carry no fonts and an office PC may have no Thai font at all, in which case
Qt draws empty boxes. Sarabun (SIL OFL, with Latin letters too) is shipped in resources/fonts;
registering it and making it the application font renders Thai everywhere, offscreen as well.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from vocdesk import paths
from vocdesk.ui import layout

log = logging.getLogger(__name__)


def register_fonts(directory: Path) -> list[str]:
    """Register every TTF/OTF in ``directory`` with Qt; returns the families they provide."""
    families: list[str] = []
    for font_file in sorted(directory.glob("*")):
        if font_file.suffix.lower() not in (".ttf", ".otf"):
            continue
        font_id = QFontDatabase.addApplicationFont(str(font_file))
        if font_id < 0:
            log.warning("Qt could not load the font %s", font_file)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    return families


def install_thai_font(
    app: QGuiApplication,
    fonts_dir: Path | None = None,
    point_size: float = layout.UI_FONT_POINT_SIZE,
) -> str:
    """Register the bundled fonts and make Sarabun the application font; returns its family.

    Without the bundled font (a broken install) the system font stays and its family is
    returned, so the program still starts; Thai may then show as boxes.
    """
    directory = fonts_dir if fonts_dir is not None else paths.fonts_dir()
    families = register_fonts(directory) if directory.is_dir() else []
    if layout.UI_FONT_FAMILY in families:
        family = layout.UI_FONT_FAMILY
    elif families:
        family = families[0]
    else:
        log.warning("no Thai font found in %s; Thai text may not render", directory)
        return app.font().family()
    font = QFont(family)
    font.setPointSizeF(point_size)
    app.setFont(font)
    return family
