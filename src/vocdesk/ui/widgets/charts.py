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

Readable at any size: horizontal bars never get a slot lower than a line of text
(``minimumSizeHint`` grows with the categories; put the chart in ``scrolling(chart)`` and it
scrolls); where a picture of fixed size is too small, labels are thinned out rather than drawn
over each other. Every label that was shortened, or left out, is in the tooltip of its slot.
A value of ``None`` is "no value yet": no bar, and a line stops there. ``to_date`` turns the
months of a fiscal year that have not come yet into ``None``, so a trend does not fall to 0.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QImage,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QToolTip, QWidget

from vocdesk.ui.i18n import current_language, locale_for
from vocdesk.ui.widgets.thai_wrap import display_text

PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#8C6D00", "#000000")
AXIS_COLOUR = QColor("#444444")
GRID_COLOUR = QColor("#DDDDDD")
MARGIN = 10.0  # around the whole chart
LABEL_LINES = 2  # a category label wraps to at most this many lines, then elides
TICKS = 5  # about this many steps on the value axis
MIN_SLOT = 4.0  # pixels a category needs at least; below, labels are skipped
TITLE_LINES = 2  # a title wraps to at most this many lines, then elides
SLOT_LINES = 1.25  # a horizontal bar's slot is at least this many text lines high
MIN_BAR = 5.0  # pixels each bar of a group gets at least (horizontal bars)


class ChartKind(Enum):
    VERTICAL_BARS = "vertical_bars"
    HORIZONTAL_BARS = "horizontal_bars"
    LINE = "line"


@dataclass(frozen=True)
class Series:
    """One named row of values, one per category (``None``: no value yet; missing counts as 0)."""

    name: str
    values: Sequence[float | None]


def to_date(
    month_starts: Sequence[date], values: Sequence[float | None], today: date
) -> list[float | None]:
    """``values`` with those of months that begin after ``today``'s month as ``None``: a line
    stops at the current month instead of falling to 0 over the months still to come."""
    this_month = today.replace(day=1)
    return [None if start.replace(day=1) > this_month else value for start, value in zip(month_starts, values, strict=True)]  # fmt: skip


def scrolling(chart: ChartWidget, parent: QWidget | None = None) -> QScrollArea:
    """``chart`` in a frameless scroll area: it fills the room it is given and scrolls down when
    its categories need more height than that (``ChartWidget.minimumSizeHint``)."""
    area = QScrollArea(parent)
    area.setObjectName(f"{chart.objectName()}_scroll" if chart.objectName() else "chart_scroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(chart)
    area.setMinimumSize(160, 120)
    return area


def nice_ticks(top: float, count: int = TICKS, *, whole: bool = False) -> list[float]:
    """Round steps from 0 to at least ``top``: 0, 20, 40 … rather than 0, 17.3, 34.6 …;
    ``whole`` (counts of things) never steps by less than one: 0, 1 rather than 0, 0.2 … 1.0."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    if whole:
        step = max(1, math.ceil(step))
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
        # Where the last paint on the widget put each category (its label and its bars), for
        # tooltips and clicks: [(slot, full label)].
        self._slots: list[tuple[QRectF, str]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 120)
        self.setMouseTracking(True)

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
        self._slots = []
        self._update_minimum()
        self.updateGeometry()
        self.update()

    def set_kind(self, kind: ChartKind) -> None:
        self._kind = kind
        self._update_minimum()
        self.updateGeometry()
        self.update()

    def set_stacked(self, stacked: bool) -> None:
        self._stacked = stacked
        self._update_minimum()
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

    def _update_minimum(self) -> None:
        """Horizontal bars ask for the height their categories need (``needed_height``), so a
        scroll area around the chart scrolls instead of squeezing them."""
        height = 120
        if self._kind is ChartKind.HORIZONTAL_BARS and self.has_data():
            height = max(height, math.ceil(self.needed_height(max(self.width(), 160))))
        if height != self.minimumHeight():
            self.setMinimumHeight(height)

    def needed_height(self, width: float) -> float:
        """The height at which every horizontal bar's slot holds a line of its label and each of
        its bars ``MIN_BAR`` pixels: below it the chart would have to thin out its labels."""
        metrics = QFontMetricsF(self.font())
        area = QRectF(0, 0, width, 10_000).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        used = 2 * MARGIN + self._title_height(area.width())
        if len(self._series) > 1:
            used += self._legend_height(metrics, area.width())
        groups = 1 if self._stacking() else max(1, len(self._series))
        slot = max(metrics.lineSpacing() * SLOT_LINES, MIN_BAR * groups / 0.75)
        return used + len(self._categories) * slot + metrics.lineSpacing() + 4

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's virtual
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._update_minimum()  # the title and legend may take more or fewer lines

    def category_at(self, point: QPointF | QPoint) -> int | None:
        """The category whose slot (label and bars) holds ``point``, in widget coordinates, as
        last painted on the widget."""
        for index, (slot, _label) in enumerate(self._slots):
            if slot.contains(QPointF(point)):
                return index
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.category_at(QPointF(event.pos()))
            if index is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self._tooltip(index), self)
            return True
        return super().event(event)

    def _tooltip(self, index: int) -> str:
        """The category's full name and each series' value: shortened labels are read here."""
        lines = [self._categories[index]]
        for series in self._series:
            value = self._raw(series, index)
            shown = "–" if value is None else self._number(value)
            lines.append(f"{series.name}: {shown}" if series.name else shown)
        return "\n".join(lines)

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
        if painter.device() is self:
            self._slots = []
        if self._title:
            title_font = self._title_font()
            painter.setFont(title_font)
            title_height = self._title_height(area.width())
            text = self._label_lines(QFontMetricsF(title_font), self._title, area.width(), TITLE_LINES)  # fmt: skip
            painter.drawText(QRectF(area.left(), area.top(), area.width(), title_height),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)  # fmt: skip
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

    def _title_font(self) -> QFont:
        title_font = QFont(self.font())
        title_font.setBold(True)
        return title_font

    def _title_height(self, width: float) -> float:
        if not self._title:
            return 0.0
        metrics = QFontMetricsF(self._title_font())
        lines = self._label_lines(metrics, self._title, width, TITLE_LINES).count("\n") + 1
        return metrics.lineSpacing() * (lines + 0.3)

    def _record_slot(self, painter: QPainter, slot: QRectF, index: int) -> None:
        if painter.device() is self:
            self._slots.append((QRectF(slot), self._categories[index]))

    def _number(self, value: float, decimals: int | None = None) -> str:
        decimals = self._decimals if decimals is None else decimals
        locale = locale_for(self._lang())
        if decimals == 0 and float(value).is_integer():
            return locale.toString(int(value))
        return locale.toString(float(value), "f", decimals or 1)

    def _raw(self, series: Series, index: int) -> float | None:
        try:
            value = series.values[index]
        except IndexError:
            return 0.0
        return None if value is None else float(value)

    def _value(self, series: Series, index: int) -> float:
        return self._raw(series, index) or 0.0

    def _stacking(self) -> bool:
        return self._stacked and self._kind is not ChartKind.LINE and len(self._series) > 1

    def _whole_values(self) -> bool:
        """Counts: shown without decimals and every value a whole number."""
        return self._decimals == 0 and all(
            float(self._value(s, i)).is_integer()
            for s in self._series
            for i in range(len(self._categories))
        )

    def _top_value(self) -> float:
        count = len(self._categories)
        if self._stacking():
            return max(sum(max(self._value(s, i), 0) for s in self._series) for i in range(count))
        return max(self._value(s, i) for s in self._series for i in range(count))

    def _colour(self, index: int) -> QColor:
        return QColor(PALETTE[index % len(PALETTE)])

    def _paint_legend(self, painter: QPainter, area: QRectF, metrics: QFontMetricsF) -> float:
        """The series' names with their colours, in rows across the top; returns the height used."""
        for index, (name, where) in enumerate(self._legend_layout(metrics, area)):
            box = metrics.height() * 0.7
            painter.fillRect(QRectF(where.left(), where.center().y() - box / 2, box, box), self._colour(index))  # fmt: skip
            painter.setPen(QPen(AXIS_COLOUR))
            painter.drawText(where.adjusted(box + 4, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, name)
        return self._legend_height(metrics, area.width())

    def _legend_layout(self, metrics: QFontMetricsF, area: QRectF) -> list[tuple[str, QRectF]]:
        """Each series' name (elided only when it is wider than the whole chart) and its place:
        in rows across the top, a new row when the next name would not fit."""
        box, gap, line = metrics.height() * 0.7, metrics.height() * 0.8, metrics.lineSpacing()
        x, y, placed = area.left(), area.top(), []
        for series in self._series:
            name = metrics.elidedText(series.name, Qt.TextElideMode.ElideRight, area.width() - box - 4)  # fmt: skip
            width = box + 4 + metrics.horizontalAdvance(name) + gap
            if x > area.left() and x + width > area.right():
                x, y = area.left(), y + line
            placed.append((name, QRectF(x, y, width, line)))
            x += width
        return placed

    def _legend_height(self, metrics: QFontMetricsF, width: float) -> float:
        rows = {round(where.top()) for _n, where in self._legend_layout(metrics, QRectF(0, 0, width, 0))}  # fmt: skip
        return len(rows) * metrics.lineSpacing() + metrics.lineSpacing() * 0.4

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
        ticks = nice_ticks(self._top_value(), whole=self._whole_values())
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
        # A label needs room for about three characters; where slots are narrower, every
        # ``step``-th category is labelled across ``step`` slots, so labels never overlap.
        step = max(1, math.ceil(metrics.averageCharWidth() * 3 / slot))
        for i in range(count):
            self._record_slot(painter, QRectF(plot.left() + i * slot, area.top(), slot, area.height()), i)  # fmt: skip
            if i % step or slot * step < MIN_SLOT * 4:
                continue
            left = plot.left() + i * slot
            width = slot * min(step, count - i)
            text = self._label_lines(metrics, self._categories[i], width - 2, LABEL_LINES)
            painter.setPen(QPen(AXIS_COLOUR))
            painter.drawText(QRectF(left, plot.bottom() + 3, width, label_height),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)  # fmt: skip
        if self._kind is ChartKind.LINE:
            self._paint_lines(painter, plot, scale, slot)
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

    def _paint_lines(self, painter: QPainter, plot: QRectF, scale: float, slot: float) -> None:
        """One line per series; a ``None`` value (a month still to come) ends the line there."""
        radius = 3.0 if slot >= 8 else 0.0
        for s, series in enumerate(self._series):
            runs: list[list[QPointF]] = [[]]
            for i in range(len(self._categories)):
                value = self._raw(series, i)
                if value is None:
                    runs.append([])
                    continue
                runs[-1].append(QPointF(plot.left() + (i + 0.5) * slot, plot.bottom() - max(value, 0) * scale))  # fmt: skip
            pen = QPen(self._colour(s), 2.0)
            pen.setStyle(
                (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine)[s % 3]
            )  # grey print
            for points in runs:
                if not points:
                    continue
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
        ticks = nice_ticks(self._top_value(), whole=self._whole_values())
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
        # A label takes at least a line; where slots are lower (a picture of fixed size with many
        # categories), every ``step``-th category is labelled, so labels never overlap.
        step = max(1, math.ceil(metrics.lineSpacing() / slot))
        lines = max(1, min(LABEL_LINES, int(slot / metrics.lineSpacing())))
        groups = 1 if self._stacking() else len(self._series)
        bar = max(1.0, slot * 0.75 / groups)
        value_width = metrics.averageCharWidth() * 8
        for i, category in enumerate(self._categories):
            top = plot.top() + i * slot
            self._record_slot(painter, QRectF(area.left(), top, area.width(), slot), i)
            if i % step == 0:
                room = slot * min(step, count - i)
                painter.setPen(QPen(AXIS_COLOUR))
                painter.drawText(QRectF(area.left(), top, label_width - 6, room),
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
                    painter.drawText(QRectF(base + width + 4, y, value_width, bar),
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


__all__ = ["PALETTE", "ChartKind", "ChartWidget", "Series", "nice_ticks", "scrolling", "to_date"]
