"""Thai text wraps between words in table cells and labels; the data itself is never changed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QStandardItem,
    QStandardItemModel,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QTableView
from pytestqt.qtbot import QtBot

from vocdesk.text.thai_words import ZWSP, line_segments, strip_break_marks
from vocdesk.ui.fonts import install_thai_font
from vocdesk.ui.widgets.thai_wrap import ThaiWrapDelegate, WrappingLabel, display_text

LONG_THAI = (
    "ผู้รับบริการแจ้งว่าเจ้าหน้าที่ให้บริการล่าช้ามากและไม่แจ้งขั้นตอนการยื่นเอกสารให้ชัดเจน จึงขอให้ปรับปรุงการประชาสัมพันธ์"
)
SCREENSHOTS = Path("/tmp/vocdesk-screenshots")


@pytest.fixture(autouse=True)
def thai_font(qapp: QApplication) -> Iterator[None]:
    previous = qapp.font()
    install_thai_font(qapp)
    yield
    qapp.setFont(previous)


def make_table(qtbot: QtBot, texts: list[str], width: int = 180) -> QTableView:
    model = QStandardItemModel(len(texts), 1)
    for row, text in enumerate(texts):
        model.setItem(row, 0, QStandardItem(text))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    model.setParent(view)
    view.setItemDelegate(ThaiWrapDelegate(view))
    view.setColumnWidth(0, width)
    view.resize(width + 60, 400)
    view.show()
    view.resizeRowsToContents()
    return view


def word_ends(text: str) -> set[int]:
    """Offsets in ``display_text(text)`` where a line may end: after a word (and its space)."""
    ends, offset = set(), 0
    for piece in line_segments(text):
        offset += len(piece)
        ends.update({offset, offset + 1})  # the inserted ZWSP may end the line too
    shown, positions, source_offset = display_text(text), set(), 0
    for index, char in enumerate(shown):
        if char != ZWSP:
            source_offset += 1
        if source_offset in ends:
            positions.add(index + 1)
    return positions


def test_display_text_marks_thai_word_boundaries_only() -> None:
    shown = display_text("ผู้รับบริการแจ้งว่า")

    assert shown.split(ZWSP) == ["ผู้รับ", "บริการ", "แจ้ง", "ว่า"]
    assert strip_break_marks(shown) == "ผู้รับบริการแจ้งว่า"
    assert display_text("Walk-in, hotline 1111") == "Walk-in, hotline 1111"
    assert display_text("") == ""


def test_qt_breaks_the_displayed_text_only_between_words(qapp: QApplication) -> None:
    shown = display_text(LONG_THAI)
    text_layout = QTextLayout(shown, qapp.font())
    text_layout.setTextOption(QTextOption())
    text_layout.beginLayout()
    line_ends = []
    while (line := text_layout.createLine()).isValid():
        line.setLineWidth(150)
        line_ends.append(line.textStart() + line.textLength())
    text_layout.endLayout()

    assert len(line_ends) >= 3
    allowed = word_ends(LONG_THAI)
    for end in line_ends[:-1]:
        assert end in allowed, f"line broken inside a word: {shown[:end]!r}"


def test_qt_breaks_at_a_zero_width_space_without_any_dictionary(qapp: QApplication) -> None:
    # Windows has no libthai: the inserted mark alone must be enough. Latin letters without
    # spaces show it, since no dictionary would split them.
    text = "x" * 30 + ZWSP + "y" * 30
    text_layout = QTextLayout(text, qapp.font())
    text_layout.beginLayout()
    first = text_layout.createLine()
    first.setLineWidth(QFontMetrics(qapp.font()).horizontalAdvance("x" * 40))
    text_layout.endLayout()

    assert first.textLength() == 31  # the 30 x's and the mark, then a new line


def test_the_delegate_draws_wrapped_display_text_but_the_model_keeps_the_data(
    qtbot: QtBot,
) -> None:
    view = make_table(qtbot, [LONG_THAI])
    index = view.model().index(0, 0)
    option = QStyleOptionViewItem()

    view.itemDelegate().initStyleOption(option, index)

    assert ZWSP in option.text
    assert option.features & QStyleOptionViewItem.ViewItemFeature.WrapText
    assert index.data(Qt.ItemDataRole.DisplayRole) == LONG_THAI


def test_a_long_thai_cell_makes_its_row_tall_and_a_short_one_stays_one_line(
    qtbot: QtBot,
) -> None:
    view = make_table(qtbot, [LONG_THAI, "ข้อร้องเรียน"])
    line = view.fontMetrics().lineSpacing()

    assert view.rowHeight(0) >= 4 * line
    assert view.rowHeight(1) < 2 * line + line // 2


def test_max_lines_caps_the_row_height(qtbot: QtBot) -> None:
    view = make_table(qtbot, [LONG_THAI])
    view.setItemDelegate(ThaiWrapDelegate(view, max_lines=2))
    view.resizeRowsToContents()
    line = view.fontMetrics().lineSpacing()

    assert view.rowHeight(0) <= 2 * line + line // 2 + 8


def test_the_rendered_cell_shows_several_lines_of_text(qtbot: QtBot) -> None:
    view = make_table(qtbot, [LONG_THAI])
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    image = view.viewport().grab().toImage()
    image.save(str(SCREENSHOTS / "thai_wrap_table.png"))
    cell = view.visualRect(view.model().index(0, 0))

    columns = range(cell.left(), cell.right())
    inked_rows = [
        y
        for y in range(cell.top(), cell.bottom())
        if any(QColor(image.pixel(x, y)).lightness() < 100 for x in columns)
    ]
    bands = 1 + sum(1 for a, b in zip(inked_rows, inked_rows[1:], strict=False) if b - a > 1)
    assert bands >= 4  # at least four separate lines of ink


def test_wrapping_label_shows_marks_but_returns_the_text_as_set(qtbot: QtBot) -> None:
    label = WrappingLabel(LONG_THAI)
    qtbot.addWidget(label)
    label.setFixedWidth(160)

    assert label.text() == LONG_THAI
    assert ZWSP in super(WrappingLabel, label).text()
    assert label.wordWrap()
    assert label.heightForWidth(160) >= 4 * label.fontMetrics().lineSpacing()

    label.setText("สวัสดี")
    assert label.text() == "สวัสดี"


def test_delegate_size_hint_for_an_invalid_index_does_not_fail(qtbot: QtBot) -> None:
    delegate = ThaiWrapDelegate()
    size = delegate.sizeHint(QStyleOptionViewItem(), QModelIndex())
    assert size.height() >= 0
