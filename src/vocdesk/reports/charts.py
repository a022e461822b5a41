"""Charts for the PDF reports, drawn as vectors with Thai labels shaped like the text.

ReportLab's own graphics (``reportlab.graphics.charts``) draw their strings unshaped, so Thai
marks collide or vanish there (docs/reports.md). These flowables draw bars, lines and axes with
the canvas's vector operators and every label through ``shaped_text.draw_line``: shaped by
HarfBuzz and copyable (``pdftotext`` gives back the typed Thai). Usage::

    BarChart([("ศูนย์ดำรงธรรม", 42), ("สายด่วน ๑๑๑๑", 17)], width=400,
             value_label=lambda v: thai_digits(f"{v:.0f}"), reference=80, reference_label="เป้า")
    GroupedBarChart(["ต.ค.", "พ.ย."], [("ทันเวลา", [8, 9]), ("เกินกำหนด", [2, 1])],
                    width=400, height=220, value_label=str, stacked=True)
    LineChart(["2567", "2568", "2569"], [("ความพึงพอใจ", [4.1, None, 4.5])], width=400,
              height=200, value_label=lambda v: f"{v:.1f}", minimum=1, maximum=5)

Labels are texts already in the report's language; numbers come from the caller's
``value_label`` (it may write Thai digits). Labels too long for their place wrap between Thai
words (``thai_lines.break_lines``) to two lines, then end in "…" cut between character clusters;
a value label that would overlap another is left out rather than drawn over it. Colours are the
window's Okabe–Ito ``PALETTE``; with several series each also gets its own fill (solid, hatched,
outlined) or line (dash, marker), so a grey printout still tells them apart.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeGuard

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from vocdesk.reports.fonts import register_fonts
from vocdesk.reports.shaped_text import Align, draw_line
from vocdesk.reports.thai_lines import break_lines, clusters
from vocdesk.text.thai_words import line_segments

# The window's palette (ui/widgets/charts.py), copied: reports must not import ui.
PALETTE: tuple[str, ...] = (
    "#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#8C6D00", "#000000",
)  # fmt: skip
AXIS_COLOUR = HexColor("#444444")
GRID_COLOUR = HexColor("#DDDDDD")
LABEL_LINES = 2  # a category label wraps to at most this many lines, then ends in "…"
ELLIPSIS = "\u2026"
_SWATCH = 22.0  # legend: room for a swatch or a line sample before the series name
GAP = 4.0  # points between a label and what it labels
_DASHES: tuple[tuple[float, ...], ...] = ((), (5, 2), (1.5, 1.5), (6, 2, 1.5, 2))
ValueLabel = Callable[[float], str]


def nice_ticks(low: float, high: float, count: int = 5, whole: bool = False) -> list[float]:
    """Round steps (1, 2 or 5 × 10ⁿ) covering ``low``…``high`` in about ``count`` steps."""
    if not high > low:
        high = low + 1
    raw = (high - low) / max(count, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw * (1 - 1e-9))
    if whole:
        step = max(step, 1.0)
    first = math.floor(low / step + 1e-9)
    last = math.ceil(high / step - 1e-9)
    return [round(i * step, 10) for i in range(first, last + 1)]


def fit_label(
    text: str, font: str, size: float, width: float, lines: int = LABEL_LINES
) -> list[str]:
    """``text`` broken between words into at most ``lines`` lines of ``width``; "…" if cut."""
    text = " ".join(text.split())
    if not text:
        return []
    broken = break_lines(text, font, size, max(width, 1.0))
    if len(broken) <= lines:
        return broken
    kept = broken[: lines - 1]
    position = 0
    for line in kept:  # each line is a prefix of what is left, trailing spaces dropped
        position = text.index(line, position) + len(line)
    rest = text[position:].lstrip()
    last = ""
    for cluster in clusters(rest):
        if stringWidth(last + cluster + ELLIPSIS, font, size) > width:
            break
        last += cluster
    return [*kept, last.rstrip() + ELLIPSIS]


@dataclass(frozen=True)
class _Box:
    left: float
    bottom: float
    right: float
    top: float

    def overlaps(self, other: _Box) -> bool:
        return not (
            self.right <= other.left
            or other.right <= self.left
            or self.top <= other.bottom
            or other.top <= self.bottom
        )


class _Chart(Flowable):
    """What the three charts share: fonts, labels, axes, series fills and the legend."""

    def __init__(
        self, width: float, height: float, value_label: ValueLabel, style: ParagraphStyle | None
    ) -> None:
        super().__init__()
        family = register_fonts()
        self.style = style or ParagraphStyle(
            "chart", fontName=family.regular, fontSize=10, leading=13
        )
        self.tick_style = ParagraphStyle("chart-tick", parent=self.style, textColor=AXIS_COLOUR)
        self.value_label = value_label
        self.width = width
        self.height = height

    # -- text ----------------------------------------------------------------------------------
    def text_width(self, text: str) -> float:
        return stringWidth(text, self.style.fontName, self.style.fontSize)

    def label(
        self,
        x: float,
        middle: float,
        lines: Sequence[str],
        align: Align = "left",
        style: ParagraphStyle | None = None,
    ) -> None:
        """Draw ``lines`` as a block centred vertically on ``middle``."""
        style = style or self.style
        top = middle + len(lines) * style.leading / 2
        for index, line in enumerate(lines):
            line_middle = top - (index + 0.5) * style.leading
            # Thai letters sit about a third of the size above the baseline's middle.
            draw_line(self.canv, x, line_middle - 0.33 * style.fontSize, line, style, align)

    def knockout_label(self, x: float, middle: float, text: str, align: Align) -> _Box:
        """A value label on a white ground (legible over grid and reference lines)."""
        box = self.label_box(x, middle, text, align)
        self.canv.setFillColor(white)
        self.canv.rect(box.left, box.bottom, box.right - box.left, box.top - box.bottom, 0, 1)
        self.label(x, middle, [text], align)
        return box

    def label_box(self, x: float, middle: float, text: str, align: Align) -> _Box:
        width = self.text_width(text)
        left = {"left": x, "centre": x - width / 2, "right": x - width}[align]
        half = self.style.leading / 2
        return _Box(left - 1, middle - half, left + width + 1, middle + half)

    # -- marks ---------------------------------------------------------------------------------
    def fill_bar(self, x: float, y: float, w: float, h: float, series: int) -> None:
        """A bar in series ``series``'s colour and pattern: solid, hatched, outlined+hatched."""
        if w <= 0 or h <= 0:
            return
        canv, colour = self.canv, _colour(series)
        pattern = series % 3
        canv.saveState()
        canv.setStrokeColor(colour)
        canv.setFillColor(white if pattern == 2 else colour)
        canv.setLineWidth(0.8)
        canv.rect(x, y, w, h, stroke=1, fill=1)
        if pattern:
            path = canv.beginPath()
            path.rect(x, y, w, h)
            canv.clipPath(path, stroke=0, fill=0)
            canv.setStrokeColor(white if pattern == 1 else colour)
            canv.setLineWidth(1.0)
            spacing = 3.5
            offset = -h
            while offset < w:
                canv.line(x + offset, y, x + offset + h, y + h)
                offset += spacing
        canv.restoreState()

    def series_line(self, points: Sequence[tuple[float, float] | None], series: int) -> None:
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(_colour(series))
        canv.setLineWidth(1.6)
        canv.setDash(list(_DASHES[series % len(_DASHES)]) or [], 0)
        run: list[tuple[float, float]] = []
        for point in [*points, None]:
            if point is not None:
                run.append(point)
                continue
            if len(run) > 1:
                path = canv.beginPath()
                path.moveTo(*run[0])
                for px, py in run[1:]:
                    path.lineTo(px, py)
                canv.drawPath(path, stroke=1, fill=0)
            run = []
        canv.restoreState()
        for point in points:
            if point is not None:
                self.marker(*point, series)

    def marker(self, x: float, y: float, series: int, r: float = 2.6) -> None:
        canv = self.canv
        canv.saveState()
        canv.setFillColor(_colour(series))
        canv.setStrokeColor(white)
        canv.setLineWidth(0.5)
        shape = series % 4
        if shape == 0:
            canv.circle(x, y, r, stroke=1, fill=1)
        elif shape == 1:
            canv.rect(x - r, y - r, 2 * r, 2 * r, stroke=1, fill=1)
        else:
            path = canv.beginPath()
            corners = (
                [(x, y + r * 1.2), (x + r * 1.1, y - r), (x - r * 1.1, y - r)]
                if shape == 2
                else [(x, y + r * 1.3), (x + r * 1.3, y), (x, y - r * 1.3), (x - r * 1.3, y)]
            )
            path.moveTo(*corners[0])
            for corner in corners[1:]:
                path.lineTo(*corner)
            path.close()
            canv.drawPath(path, stroke=1, fill=1)
        canv.restoreState()

    def grid_line(
        self, x1: float, y1: float, x2: float, y2: float, colour: Color = GRID_COLOUR
    ) -> None:
        self.canv.saveState()
        self.canv.setStrokeColor(colour)
        self.canv.setLineWidth(0.5 if colour is GRID_COLOUR else 0.8)
        self.canv.line(x1, y1, x2, y2)
        self.canv.restoreState()

    # -- legend --------------------------------------------------------------------------------
    def legend_rows(self, names: Sequence[str], width: float) -> list[list[tuple[int, str]]]:
        rows: list[list[tuple[int, str]]] = [[]]
        used = 0.0
        for index, name in enumerate(names):
            fitted = fit_label(name, self.style.fontName, self.style.fontSize, width - 30, 1)
            text = fitted[0] if fitted else ""
            item = _SWATCH + self.text_width(text) + 12
            if rows[-1] and used + item > width:
                rows.append([])
                used = 0.0
            rows[-1].append((index, text))
            used += item
        return rows

    def draw_legend(self, rows: list[list[tuple[int, str]]], top: float, lines: bool) -> None:
        leading = self.style.leading
        for row_index, row in enumerate(rows):
            middle = top - (row_index + 0.5) * leading
            x = 0.0
            for series, text in row:
                if lines:
                    self.series_line([(x + 3, middle), (x + _SWATCH - 7, middle)], series)
                else:
                    self.fill_bar(x + 1, middle - 4.5, 10, 9, series)
                self.label(x + _SWATCH, middle, [text])
                x += _SWATCH + self.text_width(text) + 12

    def draw_title(self, title: str, top: float) -> float:
        """Draw the title under ``top``; return where the chart below it begins."""
        if not title:
            return top
        bold = ParagraphStyle("chart-title", parent=self.style, fontName=register_fonts().bold)
        lines = break_lines(" ".join(title.split()), bold.fontName, bold.fontSize, self.width)
        self.label(0, top - len(lines) * bold.leading / 2, lines, "left", bold)
        return top - len(lines) * bold.leading - GAP

    def title_height(self, title: str) -> float:
        if not title:
            return 0.0
        font = register_fonts().bold
        lines = break_lines(" ".join(title.split()), font, self.style.fontSize, self.width)
        return len(lines) * self.style.leading + GAP

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height


class BarChart(_Chart):
    """Horizontal bars, one value per category, labels on the left, values after the bars."""

    def __init__(
        self,
        bars: Sequence[tuple[str, float]],
        *,
        width: float,
        value_label: ValueLabel,
        maximum: float | None = None,
        bar_colour: int = 0,
        style: ParagraphStyle | None = None,
        reference: float | None = None,
        reference_label: str = "",
        title: str = "",
        tick_label: ValueLabel | None = None,
    ) -> None:
        super().__init__(width, 0.0, value_label, style)
        self.bars = [(name, _clean(value)) for name, value in bars]
        self.bar_colour = bar_colour
        self.reference = None if reference is None else _clean(reference)
        self.reference_label = reference_label
        self.title = title
        self.tick_label = tick_label or value_label
        values = [value for _, value in self.bars]
        top = max([*values, self.reference or 0.0, 0.0])
        if _finite(maximum) and maximum > 0:
            top = maximum
        whole = all(float(v).is_integer() for v in [*values, top])
        self.top = top
        self.whole = whole
        font, size, leading = self.style.fontName, self.style.fontSize, self.style.leading
        self.label_width = min(
            width / 3, max([self.text_width(n) for n, _ in self.bars] + [0.0]) + GAP
        )
        self.rows = [fit_label(n, font, size, self.label_width - GAP) for n, _ in self.bars]
        self.row_heights = [max(len(lines), 1) * leading + 6 for lines in self.rows]
        reference_room = leading + 2 if self.reference is not None and reference_label else 0
        plot = sum(self.row_heights) if self.bars else leading * 2
        self.height = self.title_height(title) + reference_room + plot + leading + GAP

    def draw(self) -> None:
        leading = self.style.leading
        top = self.draw_title(self.title, self.height)
        if self.reference is not None and self.reference_label:
            top -= leading + 2
        value_room = max([self.text_width(self.value_label(v)) for _, v in self.bars] + [0.0])
        left = self.label_width
        plot_width = max(self.width - left - value_room - GAP - 2, 10.0)
        ticks = self._ticks(plot_width)
        scale = plot_width / (ticks[-1] - ticks[0])
        bottom = leading + GAP
        for tick in ticks:
            x = left + (tick - ticks[0]) * scale
            self.grid_line(x, bottom, x, top)
            self.label(
                x, bottom - GAP - leading / 2, [self.tick_label(tick)], "centre", self.tick_style
            )
        y = top
        for (_, value), lines, row_height in zip(
            self.bars, self.rows, self.row_heights, strict=True
        ):
            middle = y - row_height / 2
            self.label(left - GAP, middle, lines, "right")
            thickness = min(row_height - 6, leading * 1.2)
            length = min(value, ticks[-1]) * scale
            self.fill_bar(left, middle - thickness / 2, length, thickness, self.bar_colour)
            self.knockout_label(
                left + length + GAP / 2 + 1, middle, self.value_label(value), "left"
            )
            y -= row_height
        self.grid_line(left, bottom, left, top, AXIS_COLOUR)
        self.grid_line(left, bottom, left + plot_width, bottom, AXIS_COLOUR)
        if self.reference is not None:
            self._draw_reference(left + min(self.reference, ticks[-1]) * scale, bottom, top)

    def _draw_reference(self, x: float, bottom: float, top: float) -> None:
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(HexColor("#000000"))
        canv.setLineWidth(1.0)
        canv.setDash([4, 2], 0)
        canv.line(x, bottom, x, top + 2)
        canv.restoreState()
        if self.reference_label:
            text = self.reference_label
            half = self.text_width(text) / 2
            centre = min(max(x, half), self.width - half)
            self.label(centre, top + 2 + self.style.leading / 2, [text], "centre")

    def _ticks(self, plot_width: float) -> list[float]:
        for count in (5, 4, 3, 2, 1):
            ticks = nice_ticks(0.0, self.top, count, self.whole)
            widest = max(self.text_width(self.tick_label(t)) for t in ticks)
            if len(ticks) < 2 or plot_width / (len(ticks) - 1) >= widest + 2 * GAP:
                return ticks
        return [0.0, ticks[-1]]


class _ColumnChart(_Chart):
    """Vertical value axis on the left, categories along the bottom: grouped bars and lines."""

    def __init__(
        self,
        categories: Sequence[str],
        names: Sequence[str],
        *,
        width: float,
        height: float,
        value_label: ValueLabel,
        style: ParagraphStyle | None,
        title: str,
        tick_label: ValueLabel | None,
        legend_lines: bool,
    ) -> None:
        super().__init__(width, height, value_label, style)
        self.categories = [str(c) for c in categories]
        self.names = [str(n) for n in names]
        self.title = title
        self.tick_label = tick_label or value_label
        self.legend_lines = legend_lines

    def layout(
        self, low: float, high: float, whole: bool
    ) -> tuple[float, float, float, float, list[float]]:
        """Draw title, legend, axis and category labels; return the plot box and ticks."""
        leading = self.style.leading
        top = self.draw_title(self.title, self.height)
        if self.names and any(self.names):
            rows = self.legend_rows(self.names, self.width)
            self.draw_legend(rows, top, self.legend_lines)
            top -= len(rows) * leading + GAP
        top -= leading  # room for value labels above the highest mark
        bottom = LABEL_LINES * leading + GAP
        top = max(top, bottom + 1)  # a chart given too little height still draws its axis
        room = max(1, int((top - bottom) // (leading * 1.2)))  # steps that fit one above another
        fitting = [
            ticks
            for count in range(6, 0, -1)
            if len(ticks := nice_ticks(low, high, count, whole)) - 1 <= room
        ] or [nice_ticks(low, high, 1, whole)]
        # Prefer steps that start and end exactly where asked (50–100, rather than 40–100).
        ticks = next(
            (t for t in fitting if t[0] == low and t[-1] == high),
            next((t for t in fitting if t[0] == low), fitting[0]),
        )
        left = max(self.text_width(self.tick_label(t)) for t in ticks) + GAP
        right = self.width - 2
        scale = (top - bottom) / (ticks[-1] - ticks[0])
        # Labels one above another need a line's height each; with less, only the lowest is named.
        crowded = (top - bottom) / max(len(ticks) - 1, 1) < leading
        for index, tick in enumerate(ticks):
            y = bottom + (tick - ticks[0]) * scale
            self.grid_line(left, y, right, y)
            if index == 0 or not crowded:
                self.label(left - GAP, y, [self.tick_label(tick)], "right", self.tick_style)
        slot = (right - left) / max(len(self.categories), 1)
        # A word is never cut to fit a narrow slot ("ก.ย" + "."): name every second (third…)
        # category instead, with that much more room.
        widest_word = max(
            [self.text_width(w.strip()) for c in self.categories for w in line_segments(c)] + [0.0]
        )
        every = 1
        while every < len(self.categories) and every * slot - GAP < widest_word:
            every += 1
        for index, category in enumerate(self.categories):
            if index % every:
                continue
            lines = fit_label(
                category, self.style.fontName, self.style.fontSize, every * slot - GAP
            )
            centre = left + (index + 0.5) * slot
            self.label(centre, bottom - GAP - len(lines) * leading / 2, lines, "centre")
        self.grid_line(left, bottom, left, top, AXIS_COLOUR)
        self.grid_line(left, bottom, right, bottom, AXIS_COLOUR)
        return left, bottom, right, top, ticks


class GroupedBarChart(_ColumnChart):
    """Vertical bars: for each category one bar per series side by side, or stacked."""

    def __init__(
        self,
        categories: Sequence[str],
        series: Sequence[tuple[str, Sequence[float]]],
        *,
        width: float,
        height: float,
        value_label: ValueLabel,
        maximum: float | None = None,
        stacked: bool = False,
        style: ParagraphStyle | None = None,
        title: str = "",
        tick_label: ValueLabel | None = None,
    ) -> None:
        super().__init__(
            categories, [name for name, _ in series], width=width, height=height,
            value_label=value_label, style=style, title=title, tick_label=tick_label,
            legend_lines=False,
        )  # fmt: skip
        count = len(self.categories)
        self.values = [
            [_clean(values[i]) if i < len(values) else 0.0 for i in range(count)]
            for _, values in series
        ]
        totals = [sum(column) for column in zip(*self.values, strict=True)] if self.values else []
        heights = totals if stacked else [v for row in self.values for v in row]
        self.stacked = stacked
        self.top = maximum if _finite(maximum) and maximum > 0 else max([*heights, 0.0])
        self.whole = all(float(v).is_integer() for v in [*heights, self.top])

    def draw(self) -> None:
        left, bottom, right, top, ticks = self.layout(0.0, self.top, self.whole)
        scale = (top - bottom) / (ticks[-1] - ticks[0])
        slot = (right - left) / max(len(self.categories), 1)
        bars = 1 if self.stacked else max(len(self.values), 1)
        group = slot * 0.72
        bar = group / bars
        for index in range(len(self.categories)):
            x0 = left + index * slot + (slot - group) / 2
            base = 0.0
            for series, row in enumerate(self.values):
                value = min(row[index], ticks[-1] - base)
                x = x0 if self.stacked else x0 + series * bar
                gap = 0.0 if self.stacked or bars == 1 else min(1.5, bar * 0.1)
                self.fill_bar(x + gap / 2, bottom + base * scale, bar - gap, value * scale, series)
                if self.stacked:
                    base += value
            self._value_labels(index, x0, bar, bottom, scale, slot, ticks[-1])

    def _value_labels(
        self,
        index: int,
        x0: float,
        bar: float,
        bottom: float,
        scale: float,
        slot: float,
        ceiling: float,
    ) -> None:
        """Each value above its bar (a bar cut at ``maximum`` keeps its label at the top)."""
        middle_above = self.style.leading / 2 + 1
        if self.stacked:
            total = sum(row[index] for row in self.values)
            text = self.value_label(total)
            if self.values and self.text_width(text) <= slot - 2:
                self.label(
                    x0 + bar / 2,
                    bottom + min(total, ceiling) * scale + middle_above,
                    [text],
                    "centre",
                )
            return
        texts = [self.value_label(row[index]) for row in self.values]
        # Side-by-side labels must not touch their neighbours: all of them or none.
        if texts and max(self.text_width(t) for t in texts) <= bar:
            for series, (row, text) in enumerate(zip(self.values, texts, strict=True)):
                centre = x0 + (series + 0.5) * bar
                self.label(
                    centre,
                    bottom + min(row[index], ceiling) * scale + middle_above,
                    [text],
                    "centre",
                )


class LineChart(_ColumnChart):
    """One line per series over periods; a ``None`` value leaves a gap in its line."""

    def __init__(
        self,
        x_labels: Sequence[str],
        series: Sequence[tuple[str, Sequence[float | None]]],
        *,
        width: float,
        height: float,
        value_label: ValueLabel,
        minimum: float | None = None,
        maximum: float | None = None,
        style: ParagraphStyle | None = None,
        title: str = "",
        tick_label: ValueLabel | None = None,
    ) -> None:
        super().__init__(
            x_labels, [name for name, _ in series], width=width, height=height,
            value_label=value_label, style=style, title=title, tick_label=tick_label,
            legend_lines=True,
        )  # fmt: skip
        count = len(self.categories)
        self.values: list[list[float | None]] = [
            [None if i >= len(values) or values[i] is None else _clean(values[i]) for i in range(count)]
            for _, values in series
        ]  # fmt: skip
        present = [v for row in self.values for v in row if v is not None]
        self.low = minimum if _finite(minimum) else 0.0
        self.high = maximum if _finite(maximum) else max([*present, self.low])
        self.whole = all(float(v).is_integer() for v in [*present, self.low, self.high])

    def draw(self) -> None:
        left, bottom, right, top, ticks = self.layout(self.low, self.high, self.whole)
        scale = (top - bottom) / (ticks[-1] - ticks[0])
        slot = (right - left) / max(len(self.categories), 1)
        placed: list[_Box] = []
        lines: list[list[tuple[float, float] | None]] = []
        for row in self.values:
            points: list[tuple[float, float] | None] = []
            for index, value in enumerate(row):
                if value is None:
                    points.append(None)
                    continue
                clipped = min(max(value, ticks[0]), ticks[-1])
                points.append((left + (index + 0.5) * slot, bottom + (clipped - ticks[0]) * scale))
            lines.append(points)
        for series, points in enumerate(lines):
            self.series_line(points, series)
        markers = [_Box(p[0] - 3, p[1] - 3, p[0] + 3, p[1] + 3) for pts in lines for p in pts if p]
        for row, points in zip(self.values, lines, strict=True):
            for value, point in zip(row, points, strict=True):
                if value is None or point is None:
                    continue
                self._place_value(value, point, placed, markers, (left, bottom, right, top))

    def _place_value(
        self,
        value: float,
        point: tuple[float, float],
        placed: list[_Box],
        markers: list[_Box],
        plot: tuple[float, float, float, float],
    ) -> None:
        """Above the point, else below it; left out if both would overlap or leave the plot."""
        text = self.value_label(value)
        offset = self.style.leading / 2 + 3
        x, y = point
        for middle in (y + offset, y - offset):
            box = self.label_box(x, middle, text, "centre")
            inside = box.left >= plot[0] and box.right <= self.width and box.bottom >= plot[1]
            inside = inside and box.top <= plot[3] + self.style.leading
            if inside and not any(box.overlaps(other) for other in [*placed, *markers]):
                # No white ground here: it could hide part of another series' line.
                self.label(x, middle, [text], "centre")
                placed.append(box)
                return


def _colour(series: int) -> Color:
    return HexColor(PALETTE[series % len(PALETTE)])


def _finite(value: float | None) -> TypeGuard[float]:
    return isinstance(value, int | float) and math.isfinite(value)


def _clean(value: float | None) -> float:
    """A drawable value: missing, not a number or negative counts as 0."""
    try:
        number = float(value) if value is not None else 0.0
    except (TypeError, ValueError):
        return 0.0
    return number if math.isfinite(number) and number > 0 else 0.0
