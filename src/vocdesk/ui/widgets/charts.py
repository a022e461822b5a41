"""Bar and line charts drawn with QPainter (QtCharts is not part of the bundle).

Usage::

    chart = ChartWidget(kind=ChartKind.VERTICAL_BARS, parent=self)
    chart.set_data(
        ["ติดต่อด้วยตนเอง", "โทรศัพท์", "อีเมล"],               # category labels (Thai wraps)
        [Series("ก่อนรับบริการ", [12, 30, 4]), Series("หลังรับบริการ", [3, 8, 1])],
        title=self.tr("Entries by channel"),
    )
    chart.set_stacked(True)          # stack the series instead of grouping them side by side
    chart.set_language("th")         # numbers on the axis and on bars as the language writes them
    image = chart.render_image(QSize(800, 450))   # a QImage, for screenshots and PDF reports

Kinds: ``ChartKind.VERTICAL_BARS`` (categories along the bottom), ``ChartKind.HORIZONTAL_BARS``
(categories down the left: long Thai names read better there) and ``ChartKind.LINE`` (a monthly
trend: one line per series, a point per category). With several series a legend is drawn above
the plot. No categories, or only zeros, shows a translated "No data". Category labels are broken
between Thai words (``thai_wrap.display_text``) and elided when they still do not fit. Colours
come from ``PALETTE``: the Okabe–Ito colours, distinct for colour-blind readers and still apart
when printed in grey. The widget uses the application font (Sarabun, installed by ``ui.fonts``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from vocdesk.ui.i18n import current_language, locale_for
from vocdesk.ui.widgets.thai_wrap import display_text

PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#8C6D00", "#000000")
AXIS_COLOUR = QColor("#444444")
GRID_COLOUR = QColor("#DDDDDD")
MARGIN = 10.0  # around the whole chart
LABEL_LINES = 2  # a category label wraps to at most this many lines, then elides
TICKS = 5  # about this many steps on the value axis
MIN_SLOT = 4.0  # pixels a category needs at least; below, labels are skipped


class ChartKind(Enum):
    VERTICAL_BARS = "vertical_bars"
    HORIZONTAL_BARS = "horizontal_bars"
    LINE = "line"


@dataclass(frozen=True)
class Series:
    """One named row of values, one per category (missing values count as 0)."""

    name: str
    values: Sequence[float]


def nice_ticks(top: float, count: int = TICKS) -> list[float]:
    """Round steps from 0 to at least ``top``: 0, 20, 40 … rather than 0, 17.3, 34.6 …"""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    steps = math.ceil(top / step - 1e-9)
    return [i * step for i in range(steps + 1)]


def _tick_decimals(ticks: list[float]) -> int:
    step = ticks[1] - ticks[0]
    if step >= 1:
        return 0
    return 1 if round(step * 10, 9).is_integer() else 2


class ChartWidget(QWidget):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        kind: ChartKind = ChartKind.VERTICAL_BARS,
        stacked: bool = False,
        language: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._kind = kind
        self._stacked = stacked
        self._language = language
        self._categories: list[str] = []
        self._series: list[Series] = []
        self._title = ""
        self._decimals = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 120)

    # --- the data ------------------------------------------------------------------------
    def set_data(
        self,
        categories: Sequence[str],
        series: Sequence[Series],
        *,
        title: str = "",
        decimals: int = 0,
    ) -> None:
        """Show ``series`` over ``categories``; ``decimals`` for the numbers written on the chart."""
        self._categories = [str(c) for c in categories]
        self._series = list(series)
        self._title = title
        self._decimals = decimals
        self.updateGeometry()
        self.update()

    def set_kind(self, kind: ChartKind) -> None:
        self._kind = kind
        self.updateGeometry()
        self.update()

    def set_stacked(self, stacked: bool) -> None:
        self._stacked = stacked
        self.update()

    def set_language(self, language: str) -> None:
        self._language = language
        self.update()

    @property
    def categories(self) -> list[str]:
        return list(self._categories)

    @property
    def series(self) -> list[Series]:
        return list(self._series)

    def has_data(self) -> bool:
        return bool(self._categories) and any(
            self._value(s, i) for s in self._series for i in range(len(self._categories))
        )

    def no_data_text(self) -> str:
        return self.tr("No data")

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's virtual
        line = QFontMetricsF(self.font()).lineSpacing()
        if self._kind is ChartKind.HORIZONTAL_BARS:
            return QSize(560, int(max(240, 60 + len(self._categories) * max(line * 1.6, 24))))
        return QSize(max(480, 40 + len(self._categories) * 56), 320)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's virtual
        return QSize(160, 120)

    # --- rendering -----------------------------------------------------------------------
    def render_image(self, size: QSize | None = None, device_pixel_ratio: float = 1.0) -> QImage:
        """The chart drawn on a white image of ``size`` (default: the widget's size or hint)."""
        size = size or (self.size() if self.isVisible() else self.sizeHint())
        image = QImage(
            int(size.width() * device_pixel_ratio),
            int(size.height() * device_pixel_ratio),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.setDevicePixelRatio(device_pixel_ratio)
        image.fill(QColor("white"))
        painter = QPainter(image)
        try:
            self.paint(painter, QRectF(0, 0, size.width(), size.height()))
        finally:
            painter.end()
        return image

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's virtual
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), self.palette().base())
            self.paint(painter, QRectF(self.rect()))
        finally:
            painter.end()

    def paint(self, painter: QPainter, area: QRectF) -> None:
        """Draw the chart into ``area`` of any paint device (widget, image, printer)."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(self.font())
        metrics = QFontMetricsF(self.font())
        area = area.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        painter.setPen(QPen(AXIS_COLOUR))
        if self._title:
            title_font = QFont(self.font())
            title_font.setBold(True)
            painter.setFont(title_font)
            title_height = QFontMetricsF(title_font).lineSpacing() * 1.3
            painter.drawText(QRectF(area.left(), area.top(), area.width(), title_height),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             QFontMetricsF(title_font).elidedText(self._title, Qt.TextElideMode.ElideRight, area.width()))  # fmt: skip
            painter.setFont(self.font())
            area.setTop(area.top() + title_height)
        if not self.has_data():
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.no_data_text())
            return
        if len(self._series) > 1:
            area.setTop(area.top() + self._paint_legend(painter, area, metrics))
        if self._kind is ChartKind.HORIZONTAL_BARS:
            self._paint_horizontal(painter, area, metrics)
        else:
            self._paint_vertical(painter, area, metrics)

    # --- helpers -------------------------------------------------------------------------
    def _lang(self) -> str:
        return self._language or current_language()

    def _number(self, value: float, decimals: int | None = None) -> str:
        decimals = self._decimals if decimals is None else decimals
        locale = locale_for(self._lang())
        if decimals == 0 and float(value).is_integer():
            return locale.toString(int(value))
        return locale.toString(float(value), "f", decimals or 1)

    def _value(self, series: Series, index: int) -> float:
        try:
            value = series.values[index]
        except IndexError:
            return 0.0
        return float(value or 0)

    def _stacking(self) -> bool:
        return self._stacked and self._kind is not ChartKind.LINE and len(self._series) > 1

    def _top_value(self) -> float:
        count = len(self._categories)
        if self._stacking():
            return max(sum(max(self._value(s, i), 0) for s in self._series) for i in range(count))
        return max(self._value(s, i) for s in self._series for i in range(count))

    def _colour(self, index: int) -> QColor:
        return QColor(PALETTE[index % len(PALETTE)])

    def _paint_legend(self, painter: QPainter, area: QRectF, metrics: QFontMetricsF) -> float:
        """The series' names with their colours, in rows across the top; returns the height used."""
        box, gap, line = metrics.height() * 0.7, metrics.height() * 0.8, metrics.lineSpacing()
        x, y = area.left(), area.top()
        for index, series in enumerate(self._series):
            name = metrics.elidedText(series.name, Qt.TextElideMode.ElideRight, area.width() / 2)
            width = box + 4 + metrics.horizontalAdvance(name) + gap
            if x > area.left() and x + width > area.right():
                x, y = area.left(), y + line
            painter.fillRect(QRectF(x, y + (line - box) / 2, box, box), self._colour(index))
            painter.setPen(QPen(AXIS_COLOUR))
            painter.drawText(
                QRectF(x + box + 4, y, width, line), Qt.AlignmentFlag.AlignVCenter, name
            )
            x += width
        return y - area.top() + line * 1.4

    def _label_lines(self, metrics: QFontMetricsF, text: str, width: float, lines: int) -> str:
        """``text`` broken between words into at most ``lines`` lines of ``width``, the last elided."""
        words = (
            display_text(text).replace("\u200b", "\u200b\x00").replace(" ", " \x00").split("\x00")
        )
        out: list[str] = []
        current = ""
        for word in words:
            if (
                metrics.horizontalAdvance((current + word).replace("\u200b", "")) <= width
                or not current
            ):
                current += word
            else:
                out.append(current)
                current = word
        out.append(current)
        out = [piece.replace("\u200b", "").strip() for piece in out]
        if len(out) > lines:
            out = out[: lines - 1] + [" ".join(out[lines - 1 :])]
        out = [metrics.elidedText(piece, Qt.TextElideMode.ElideRight, width) for piece in out]
        return "\n".join(out)

    def _paint_vertical(self, painter: QPainter, area: QRectF, metrics: QFontMetricsF) -> None:
        count = len(self._categories)
        ticks = nice_ticks(self._top_value())
        axis_width = (
            max(metrics.horizontalAdvance(self._number(t, _tick_decimals(ticks))) for t in ticks)
            + 6
        )
        label_height = metrics.lineSpacing() * LABEL_LINES + 4
        plot = QRectF(area.left() + axis_width, area.top() + metrics.height() / 2,
                      area.width() - axis_width, area.height() - label_height - metrics.height() / 2)  # fmt: skip
        if plot.height() < 10 or plot.width() < 10:
            return
        scale = plot.height() / ticks[-1]
        self._paint_value_grid(painter, plot, ticks, metrics, vertical=True)
        slot = plot.width() / count
        show_labels = slot >= MIN_SLOT * 4
        for i, category in enumerate(self._categories):
            left = plot.left() + i * slot
            if show_labels and (
                slot >= metrics.averageCharWidth() * 3 or i % max(1, int(40 / slot)) == 0
            ):
                text = self._label_lines(metrics, category, slot - 2, LABEL_LINES)
                painter.setPen(QPen(AXIS_COLOUR))
                painter.drawText(QRectF(left, plot.bottom() + 3, slot, label_height),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)  # fmt: skip
        if self._kind is ChartKind.LINE:
            self._paint_lines(painter, plot, scale, slot, metrics)
            return
        groups = 1 if self._stacking() else len(self._series)
        bar = max(1.0, slot * 0.75 / groups)
        for i in range(count):
            left = plot.left() + i * slot + (slot - bar * groups) / 2
            base = plot.bottom()
            for s, series in enumerate(self._series):
                value = max(self._value(series, i), 0)
                height = value * scale
                x = left if self._stacking() else left + s * bar
                top = base - height
                painter.fillRect(QRectF(x, top, bar, height), self._colour(s))
                if (
                    len(self._series) == 1
                    and value
                    and bar >= metrics.horizontalAdvance(self._number(value))
                ):
                    painter.setPen(QPen(AXIS_COLOUR))
                    painter.drawText(QRectF(x - 10, top - metrics.lineSpacing(), bar + 20, metrics.lineSpacing()),
                                     Qt.AlignmentFlag.AlignCenter, self._number(value))  # fmt: skip
                if self._stacking():
                    base = top

    def _paint_lines(
        self, painter: QPainter, plot: QRectF, scale: float, slot: float, metrics: QFontMetricsF
    ) -> None:
        radius = 3.0 if slot >= 8 else 0.0
        for s, series in enumerate(self._series):
            points = [
                QPointF(
                    plot.left() + (i + 0.5) * slot,
                    plot.bottom() - max(self._value(series, i), 0) * scale,
                )
                for i in range(len(self._categories))
            ]
            pen = QPen(self._colour(s), 2.0)
            pen.setStyle(
                (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine)[s % 3]
            )  # grey print
            painter.setPen(pen)
            painter.drawPolyline(points)
            painter.setPen(QPen(self._colour(s), 1.0))
            painter.setBrush(self._colour(s))
            if radius:
                for point in points:
                    painter.drawEllipse(point, radius, radius)
            painter.setBrush(Qt.BrushStyle.NoBrush)

    def _paint_horizontal(self, painter: QPainter, area: QRectF, metrics: QFontMetricsF) -> None:
        count = len(self._categories)
        ticks = nice_ticks(self._top_value())
        label_width = min(
            area.width() * 0.35, max(metrics.horizontalAdvance(c) for c in self._categories) + 8
        )
        axis_height = metrics.lineSpacing() + 4
        plot = QRectF(area.left() + label_width, area.top(), area.width() - label_width - metrics.averageCharWidth() * 6,
                      area.height() - axis_height)  # fmt: skip
        if plot.height() < 10 or plot.width() < 10:
            return
        scale = plot.width() / ticks[-1]
        self._paint_value_grid(painter, plot, ticks, metrics, vertical=False)
        slot = plot.height() / count
        lines = max(1, min(LABEL_LINES, int(slot / metrics.lineSpacing())))
        groups = 1 if self._stacking() else len(self._series)
        bar = max(1.0, slot * 0.75 / groups)
        for i, category in enumerate(self._categories):
            top = plot.top() + i * slot
            if slot >= MIN_SLOT * 2:
                painter.setPen(QPen(AXIS_COLOUR))
                painter.drawText(QRectF(area.left(), top, label_width - 6, slot),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                                 self._label_lines(metrics, category, label_width - 6, lines))  # fmt: skip
            y0 = top + (slot - bar * groups) / 2
            base = plot.left()
            for s, series in enumerate(self._series):
                value = max(self._value(series, i), 0)
                width = value * scale
                y = y0 if self._stacking() else y0 + s * bar
                painter.fillRect(QRectF(base, y, width, bar), self._colour(s))
                if len(self._series) == 1 and value and bar >= metrics.height() * 0.8:
                    painter.setPen(QPen(AXIS_COLOUR))
                    painter.drawText(QRectF(base + width + 4, y, metrics.averageCharWidth() * 8, bar),
                                     Qt.AlignmentFlag.AlignVCenter, self._number(value))  # fmt: skip
                if self._stacking():
                    base += width

    def _paint_value_grid(
        self,
        painter: QPainter,
        plot: QRectF,
        ticks: list[float],
        metrics: QFontMetricsF,
        *,
        vertical: bool,
    ) -> None:
        decimals = _tick_decimals(ticks)
        for tick in ticks:
            text = self._number(tick, decimals)
            painter.setPen(QPen(GRID_COLOUR, 1))
            if vertical:
                y = plot.bottom() - tick / ticks[-1] * plot.height()
                painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
                painter.setPen(QPen(AXIS_COLOUR))
                painter.drawText(QRectF(plot.left() - 200, y - metrics.height() / 2, 196, metrics.height()),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)  # fmt: skip
            else:
                x = plot.left() + tick / ticks[-1] * plot.width()
                painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
                painter.setPen(QPen(AXIS_COLOUR))
                painter.drawText(QRectF(x - 50, plot.bottom() + 2, 100, metrics.lineSpacing()),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)  # fmt: skip
        painter.setPen(QPen(AXIS_COLOUR, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())


__all__ = ["PALETTE", "ChartKind", "ChartWidget", "Series", "nice_ticks"]
