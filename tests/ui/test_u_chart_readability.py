"""Charts stay readable at any size the window allows: horizontal bars keep a line of text per
slot and scroll, shortened labels are in tooltips, and monthly lines stop at the current month."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QFontMetricsF

from vocdesk.ui.widgets.charts import PALETTE, ChartKind, ChartWidget, Series, scrolling, to_date

CATEGORIES = [f"สถานที่และสิ่งอำนวยความสะดวกสำหรับผู้รับบริการ กลุ่มที่ {i}" for i in range(1, 16)]


def test_horizontal_bars_ask_for_a_line_per_category_and_scroll_in_a_small_window(qtbot):
    chart = ChartWidget(kind=ChartKind.HORIZONTAL_BARS, language="th")
    chart.set_data(
        CATEGORIES,
        [Series(name, [50 + i for i in range(15)]) for name in ("ตอบรับ", "แล้วเสร็จ", "แจ้งผล")],
        title="ร้อยละที่เป็นไปตามมาตรฐานการให้บริการ จำแนกตามประเภทเรื่อง",
    )
    area = scrolling(chart)
    qtbot.addWidget(area)
    area.resize(380, 300)
    area.show()
    qtbot.waitExposed(area)
    chart.grab()  # paints the widget itself now (repaint waits for a backing store)

    line = QFontMetricsF(chart.font()).lineSpacing()
    assert chart.height() >= 15 * line  # not squeezed into the 300 pixels it was given
    assert area.verticalScrollBar().maximum() > 0
    slots = [slot for slot, _label in chart._slots]
    assert len(slots) == 15
    assert all(slot.height() >= line for slot in slots)
    assert all(a.bottom() <= b.top() + 0.01 for a, b in zip(slots, slots[1:], strict=False))


def test_a_shortened_label_is_read_whole_in_the_tooltip(qtbot):
    chart = ChartWidget(kind=ChartKind.HORIZONTAL_BARS, language="th")
    qtbot.addWidget(chart)
    chart.set_data(CATEGORIES[:3], [Series("รับ", [3, 2, 1])])
    chart.resize(300, 300)
    chart.show()
    qtbot.waitExposed(chart)
    chart.grab()  # paints the widget itself now (repaint waits for a backing store)

    index = chart.category_at(chart._slots[1][0].center())
    assert index == 1
    assert chart._tooltip(1).startswith(CATEGORIES[1])
    assert "รับ: 2" in chart._tooltip(1)


def test_a_picture_too_small_for_every_label_labels_some_without_overlap(qtbot):
    chart = ChartWidget(kind=ChartKind.HORIZONTAL_BARS, language="th")
    qtbot.addWidget(chart)
    chart.set_data(CATEGORIES * 4, [Series("รับ", list(range(1, 61)))])

    image = chart.render_image(QSize(400, 300))  # 60 bars in 300 pixels: thinned labels

    assert image.height() == 300


def test_months_still_to_come_are_no_value_and_the_line_stops_at_the_current_month(qtbot):
    starts = [date(2026, m, 1) for m in range(10, 13)] + [date(2027, m, 1) for m in range(1, 10)]
    values = to_date(starts, [5] * 12, date(2026, 12, 5))
    assert values == [5, 5, 5] + [None] * 9

    chart = ChartWidget(kind=ChartKind.LINE, language="en")
    qtbot.addWidget(chart)
    chart.set_data([s.strftime("%b") for s in starts], [Series("Received", values)])
    image = chart.render_image(QSize(600, 300))
    colour = QColor(PALETTE[0]).rgb()
    columns = {x for x in range(600) for y in range(300) if image.pixel(x, y) == colour}
    assert columns and max(columns) < 600 * 4 / 12  # nothing drawn over January to September


def test_a_month_cut_short_by_the_period_still_counts_as_its_month():
    assert to_date([date(2026, 12, 15)], [4], date(2026, 12, 5)) == [4]
