"""Fields that scroll inside a dialog whose buttons stay below them (the stakeholder form on a
1366×768 laptop screen), and the room a dialog keeps on the screen for its window frame."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

# Room kept on the screen for the window's title bar and frame, which Qt only knows once shown.
WINDOW_FRAME_ALLOWANCE = 40
MIN_FIELDS_HEIGHT = 200  # a dialog may be made this low: a few rows of fields in sight


class ScrollingFields(QScrollArea):
    """A form's fields, scrolling up and down when the screen is too low for them (a 768-px
    laptop: the stakeholder form with its PDPA section needs some 850 px). Its size hint is its
    content's, whole, plus the vertical bar's width, so that the dialog opens as wide as the
    fields need (no horizontal bar) and as high as they need until the screen caps it."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Never sideways: the area is never narrower than its content's minimum (its minimum
        # size hint, which the dialog keeps), and a bar shown for a moment while the fields
        # settle would only flicker.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._content = content
        self.setWidget(content)

    def _bar_width(self) -> int:
        return self.verticalScrollBar().sizeHint().width()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's virtual
        # Wrapping labels (the notice, the consents) may need more height at that width than
        # the content's own hint says.
        content = self._content
        hint = content.sizeHint()
        height = max(hint.height(), content.heightForWidth(hint.width()))
        return QSize(hint.width() + self._bar_width(), height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's virtual
        # As narrow as the fields can be, beside a bar; a few rows high.
        content = self._content.minimumSizeHint()
        return QSize(content.width() + self._bar_width(), min(content.height(), MIN_FIELDS_HEIGHT))


__all__ = ["MIN_FIELDS_HEIGHT", "WINDOW_FRAME_ALLOWANCE", "ScrollingFields"]
