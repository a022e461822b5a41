"""Thai text that wraps between words in labels and table cells, on every platform.

Thai has no spaces between words. Qt finds Thai line breaks only through a system libthai, which
the Windows build lacks, so there long Thai texts never wrap (or wrap inside a word). Inserting
ZERO WIDTH SPACE at the word boundaries ICU finds gives Qt a break opportunity it always
honours. The marks are added only to what is drawn: models, editors, copy and the database
keep the text as typed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import QLabel, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from vocdesk.text.thai_words import with_break_opportunities


def display_text(text: str) -> str:
    """``text`` with invisible break opportunities between Thai words; for display only."""
    return with_break_opportunities(text) if text else text


class ThaiWrapDelegate(QStyledItemDelegate):
    """Draws a cell's text word-wrapped at Thai word boundaries and sizes rows to fit it.

    With ``QTableView.resizeRowsToContents()`` (or a vertical header in ResizeToContents mode)
    rows grow to show the whole wrapped text; ``max_lines`` caps how tall one row may get.
    """

    def __init__(self, parent: QWidget | None = None, max_lines: int | None = None) -> None:
        super().__init__(parent)
        self._max_lines = max_lines

    def initStyleOption(  # noqa: N802 - Qt's virtual
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if option.features & QStyleOptionViewItem.ViewItemFeature.HasDisplay:
            option.text = display_text(option.text)
            option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
            # Long texts start at the top, like a paragraph, not in the middle of a tall row.
            option.displayAlignment = (
                option.displayAlignment & ~Qt.AlignmentFlag.AlignVertical_Mask
            ) | Qt.AlignmentFlag.AlignTop

    def sizeHint(  # noqa: N802 - Qt's virtual
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        if self._max_lines:
            line = option.fontMetrics.lineSpacing()
            size.setHeight(min(size.height(), self._max_lines * line + line // 2))
        return size


class WrappingLabel(QLabel):
    """A word-wrapping label for Thai text; ``text()`` returns the text as it was set."""

    def __init__(self, text: str = "", parent: QWidget | None = None, **kwargs: Any) -> None:
        super().__init__(parent, **kwargs)
        self._source_text = ""
        # Not selectable: a copy would carry the invisible break marks into other fields.
        self.setWordWrap(True)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._source_text = text
        super().setText(display_text(text))

    def text(self) -> str:
        return self._source_text
