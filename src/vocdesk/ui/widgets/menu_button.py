"""A tool button that opens a menu, with its arrow beside the text rather than over it.

Qt's Fusion style draws an instant-popup tool button's menu arrow in the bottom-right corner
without reserving room for it, so the arrow covered the last letter ("Questionnaire fil▾e").
Here the style's indicator is hidden and the text ends with a down arrow, which the button's
size then includes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMenu, QToolButton, QWidget

ARROW = " \u25be"  # ▾, in the bundled fonts


class MenuToolButton(QToolButton):
    def __init__(self, menu: QMenu, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMenu(menu)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")

    def set_label(self, text: str) -> None:
        """The button's (translated) words; the arrow is added here."""
        self.setText(text + ARROW)
