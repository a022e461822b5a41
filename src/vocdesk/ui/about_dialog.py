"""Help > About VocDesk: the version, where the open database lives, and the bundled font's licence."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from vocdesk import __version__
from vocdesk.paths import fonts_dir
from vocdesk.ui import layout
from vocdesk.ui.widgets.thai_wrap import WrappingLabel

FONT_LICENCE_FILE = "OFL.txt"


def font_licence_text(directory: Path | None = None) -> str:
    path = (directory or fonts_dir()) / FONT_LICENCE_FILE
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""


class AboutDialog(QDialog):
    def __init__(self, database_location: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About VocDesk"))
        self.setMinimumWidth(layout.DIALOG_MIN_WIDTH + 160)

        name = QLabel(self.tr("VocDesk {version}").format(version=__version__), self)
        font = name.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        name.setFont(font)
        purpose = WrappingLabel(
            self.tr(
                "The voice of the customer for Thai government agencies: listening, surveys, "
                "complaints and relationships (PMQA category 3). Works offline."
            ),
            self,
        )
        location = WrappingLabel(
            self.tr("Open database: {location}").format(location=database_location), self
        )
        location.setObjectName("about_database")
        program_licence = WrappingLabel(
            self.tr(
                "VocDesk is free software under the GNU General Public License, version 3 or later."
            ),
            self,
        )
        font_note = WrappingLabel(
            self.tr(
                "The bundled Sarabun font is Copyright 2018 The Sarabun Project Authors and is "
                "licensed under the SIL Open Font License, version 1.1:"
            ),
            self,
        )
        licence = QPlainTextEdit(self)
        licence.setObjectName("font_licence")
        licence.setReadOnly(True)
        licence.setPlainText(font_licence_text())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        box = QVBoxLayout(self)
        box.setContentsMargins(*(layout.DIALOG_MARGIN,) * 4)
        box.setSpacing(layout.FORM_SPACING)
        for widget in (name, purpose, location, program_licence, font_note):
            box.addWidget(widget)
        box.addWidget(licence, 1)
        box.addWidget(buttons)
