"""A bar chart whose bars can be clicked: the Overview opens the list behind a bar.

``ChartWidget`` draws horizontal bars evenly down its plot, one slot per category, the plot
starting below the title and the legend. This subclass notes where the plot was drawn and maps a
click to the category of that slot (its label or its bar), so the drawing is not repeated here.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QFontMetricsF, QMouseEvent, QPainter
from PySide6.QtWidgets import QWidget

from vocdesk.ui.widgets.charts import ChartKind, ChartWidget


class ClickableBarChart(ChartWidget):
    """Horizontal bars; ``category_clicked(index)`` when a bar or its label is clicked."""

    category_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, stacked: bool = False) -> None:
        super().__init__(parent, kind=ChartKind.HORIZONTAL_BARS, stacked=stacked)
        self._plot: QRectF | None = None  # where the last paint on the widget put the bars
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def _paint_horizontal(self, painter: QPainter, area: QRectF, metrics: QFontMetricsF) -> None:
        if painter.device() is self:
            axis_height = metrics.lineSpacing() + 4  # as ChartWidget leaves below the bars
            self._plot = QRectF(area.left(), area.top(), area.width(), area.height() - axis_height)
        super()._paint_horizontal(painter, area, metrics)

    def category_at(self, point: QPointF) -> int | None:
        """The category whose slot (label and bar) holds ``point``, in widget coordinates."""
        plot, count = self._plot, len(self.categories)
        if plot is None or not count or not self.has_data() or not plot.contains(point):
            return None
        index = int((point.y() - plot.top()) / (plot.height() / count))
        return index if 0 <= index < count else None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.button() == Qt.MouseButton.LeftButton:
            index = self.category_at(event.position())
            if index is not None:
                self.category_clicked.emit(index)
        super().mouseReleaseEvent(event)
