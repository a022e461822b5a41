"""A bar chart whose bars can be clicked: the Overview opens the list behind a bar.

``ChartWidget`` notes where its last paint put each category (its label and its bars) for its
tooltips; this subclass maps a click to that category, so the drawing is not repeated here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QWidget

from vocdesk.ui.widgets.charts import ChartKind, ChartWidget


class ClickableBarChart(ChartWidget):
    """Horizontal bars; ``category_clicked(index)`` when a bar or its label is clicked."""

    category_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, stacked: bool = False) -> None:
        super().__init__(parent, kind=ChartKind.HORIZONTAL_BARS, stacked=stacked)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.button() == Qt.MouseButton.LeftButton and self.has_data():
            index = self.category_at(event.position())
            if index is not None:
                self.category_clicked.emit(index)
        super().mouseReleaseEvent(event)
