"""The QPainter chart: every kind draws with zero, one or many categories, Thai labels, legend."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage

from vocdesk.ui.widgets.charts import (
    PALETTE,
    ChartKind,
    ChartWidget,
    Series,
    nice_ticks,
)

CHANNELS = ["ติดต่อด้วยตนเอง", "โทรศัพท์สายด่วน 1111", "ศูนย์ดำรงธรรม 1567", "อีเมล", "เว็บไซต์"]


def coloured_pixels(image: QImage, colour: str) -> int:
    wanted = QColor(colour).rgb()
    step = 2
    return sum(
        1
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
        if image.pixel(x, y) == wanted
    )


def non_white_pixels(image: QImage) -> int:
    white = QColor("white").rgb()
    return sum(
        1
        for y in range(0, image.height(), 3)
        for x in range(0, image.width(), 3)
        if image.pixel(x, y) != white
    )


@pytest.fixture
def chart(qtbot):
    widget = ChartWidget(language="th")
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize("kind", list(ChartKind))
@pytest.mark.parametrize("count", [1, 5, 120])
def test_every_kind_draws_bars_or_lines_for_one_to_many_categories(chart, kind, count):
    chart.set_kind(kind)
    categories = [f"{CHANNELS[i % len(CHANNELS)]} {i}" for i in range(count)]
    chart.set_data(categories, [Series("รับฟัง", [i % 7 + 1 for i in range(count)])], title="ช่องทาง")

    image = chart.render_image(QSize(640, 400))

    assert image.width() == 640 and image.height() == 400
    assert coloured_pixels(image, PALETTE[0]) > 0


@pytest.mark.parametrize("kind", list(ChartKind))
def test_no_categories_or_only_zeros_show_no_data_instead_of_axes(chart, kind):
    chart.set_kind(kind)
    chart.set_data([], [])
    empty = chart.render_image(QSize(300, 200))
    chart.set_data(["ก", "ข"], [Series("x", [0, 0])])
    zeros = chart.render_image(QSize(300, 200))

    assert not chart.has_data()
    assert chart.no_data_text() == "No data"
    assert 0 < non_white_pixels(empty) < 300  # a short line of text, nothing more
    assert 0 < non_white_pixels(zeros) < 300


def test_grouped_series_each_get_their_colour_and_a_legend(chart):
    chart.set_data(CHANNELS, [Series("ก่อนรับบริการ", [3, 5, 1, 0, 2]), Series("หลังรับบริการ", [1, 2, 4, 2, 1]),
                              Series("ระหว่างรับบริการ", [2, 2, 2, 2, 2])])  # fmt: skip
    image = chart.render_image(QSize(700, 420))

    for colour in PALETTE[:3]:
        assert coloured_pixels(image, colour) > 20


def test_stacked_bars_reach_higher_than_grouped_ones(chart):
    series = [Series("ก", [4, 4]), Series("ข", [4, 4])]
    chart.set_data(["หนึ่ง", "สอง"], series)
    chart.set_stacked(False)
    grouped = chart.render_image(QSize(400, 300))
    chart.set_stacked(True)
    stacked = chart.render_image(QSize(400, 300))

    def top_of(image: QImage, colour: str) -> int:
        wanted = QColor(colour).rgb()
        below_legend = range(40, image.height())
        return min(
            y for y in below_legend for x in range(image.width()) if image.pixel(x, y) == wanted
        )

    # Stacked, the axis runs to the sum (8), so the first series' bars reach half as high.
    assert top_of(stacked, PALETTE[0]) > top_of(grouped, PALETTE[0]) + 50


def test_a_long_thai_label_is_broken_between_words_and_elided(chart):
    from PySide6.QtGui import QFontMetricsF

    metrics = QFontMetricsF(chart.font())
    long_label = "การร้องเรียนเกี่ยวกับการให้บริการของเจ้าหน้าที่ที่สำนักงานเขตในช่วงเวลาเร่งด่วน"
    text = chart._label_lines(metrics, long_label, 80, 2)

    lines = text.split("\n")
    assert len(lines) == 2
    assert all(metrics.horizontalAdvance(line) <= 80.5 for line in lines)
    assert lines[0] and long_label.startswith(lines[0])  # the first line is whole words of the text
    assert lines[-1].endswith("…")


def test_numbers_follow_the_language(chart):
    chart.set_language("en")
    assert chart._number(12345) == "12,345"
    chart.set_language("th")
    assert chart._number(1.5, 1) in {"1.5", "1,5"}


def test_nice_ticks_are_round_and_cover_the_top_value():
    assert nice_ticks(0) == [0.0, 1.0]
    assert nice_ticks(17)[-1] >= 17
    assert nice_ticks(100) == [0, 20, 40, 60, 80, 100]
    assert nice_ticks(0.8)[-1] >= 0.8


def test_size_hint_grows_with_categories_of_horizontal_bars(chart):
    chart.set_kind(ChartKind.HORIZONTAL_BARS)
    chart.set_data(CHANNELS[:2], [Series("x", [1, 2])])
    few = chart.sizeHint().height()
    chart.set_data(CHANNELS * 6, [Series("x", [1] * 30)])
    assert chart.sizeHint().height() > few


def test_the_widget_paints_on_screen(chart, qtbot):
    chart.set_data(CHANNELS, [Series("x", [1, 2, 3, 4, 5])])
    chart.resize(500, 300)
    chart.show()
    qtbot.waitExposed(chart)
    assert non_white_pixels(chart.grab().toImage()) > 0
