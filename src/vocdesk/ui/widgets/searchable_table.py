"""A search box over a lazy table: what every list tab is made of.

Typing filters as you go: each key press restarts a short timer and only the pause sends the
search to the database, so a fast typist causes one query, not ten. Long Thai cells are drawn
word-wrapped; only the rows on screen are measured for their height, because measuring 100,000
rows would take longer than reading them.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vocdesk.ui import layout
from vocdesk.ui.models.display import number_text
from vocdesk.ui.models.lazy_table import LazyTableModel
from vocdesk.ui.widgets.column_sizing import ColumnSizer
from vocdesk.ui.widgets.thai_wrap import ThaiWrapDelegate

M = TypeVar("M", bound=LazyTableModel[Any])  # the table's model, with its own API (filters, ...)

SEARCH_DELAY_MS = 250  # a pause in typing this long sends the search
ROW_FIT_DELAY_MS = 30  # gathers many scroll or resize steps into one re-measure


class VisibleRowsFitter(QObject):
    """Keeps the rows on screen tall enough for their wrapped text, after every scroll,
    column resize, fetch or reset."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(ROW_FIT_DELAY_MS)
        self._timer.timeout.connect(self.fit_now)
        model = view.model()
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.dataChanged,
            model.layoutChanged,
        ):
            signal.connect(self.schedule)
        view.verticalScrollBar().valueChanged.connect(self.schedule)
        view.horizontalHeader().sectionResized.connect(self.schedule)
        # The model loaded its first batch before this view existed, and a hidden view has
        # no height yet: measure again whenever the viewport is shown or resized.
        view.viewport().installEventFilter(self)
        self.schedule()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's virtual
        if event.type() in (QEvent.Type.Show, QEvent.Type.Resize):
            self.schedule()
        return False

    def schedule(self, *_args: Any) -> None:
        self._timer.start()

    def fit_now(self) -> None:
        view = self._view
        rows = view.model().rowCount()
        if not rows or not view.isVisible():
            return  # a hidden tab is measured when it is shown (the viewport's Show event)
        first = max(0, view.rowAt(0))
        last = view.rowAt(view.viewport().height() - 1)
        last = rows - 1 if last < 0 else last
        # Growing the first rows pushes others out of view, so measure a screenful more.
        for row in range(first, min(rows, last + 1 + (last - first + 1))):
            view.resizeRowToContents(row)


def make_table_view(model: LazyTableModel[Any], parent: QWidget | None = None) -> QTableView:
    """A read-only table sorted by its model (in SQL), wrapping long Thai cells."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(True)
    view.setCornerButtonEnabled(False)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    rows = view.verticalHeader()
    rows.setVisible(False)
    rows.setDefaultSectionSize(layout.DEFAULT_ROW_HEIGHT)
    rows.setMinimumSectionSize(layout.DEFAULT_ROW_HEIGHT)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    delegate = ThaiWrapDelegate(view, max_lines=layout.MAX_WRAPPED_ROW_LINES)
    for column, spec in enumerate(model.COLUMNS):
        if spec.wrap:
            view.setItemDelegateForColumn(column, delegate)
    # Widths from the content and the header (the last column stretches, or the one marked to),
    # until the user drags one; the window keeps the user's widths per table
    # (ColumnSizer.remember).
    stretch = next((c for c, spec in enumerate(model.COLUMNS) if spec.stretch), None)
    ColumnSizer(
        view, wrapped=[c for c, spec in enumerate(model.COLUMNS) if spec.wrap], stretch=stretch
    )
    # The header shows the model's own order first, so enabling sorting re-queries nothing.
    header.setSortIndicator(model.sort_column(), model.sort_order())
    view.setSortingEnabled(True)
    VisibleRowsFitter(view)
    return view


class SearchableTable(QWidget, Generic[M]):
    """A search box, a row count and the table; ``row_activated`` gives the row object of a
    double-clicked or Enter-pressed row."""

    row_activated = Signal(object)

    def __init__(self, model: M, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        model.setParent(self)
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("search")
        self.search_box.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("row_count")
        self.view = make_table_view(model, self)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(layout.SPACING)
        top.addWidget(self.search_box, 1)
        top.addWidget(self.count_label)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(layout.SPACING)
        column.addLayout(top)
        column.addWidget(self.view, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search_box.textChanged.connect(self._search_timer.start)
        self.search_box.returnPressed.connect(self.apply_search)  # Enter: no need to wait
        model.total_changed.connect(self._show_count)
        model.loading_changed.connect(lambda _loading: self._show_count(self.model.total))
        self.view.activated.connect(self._activated)
        self.retranslate()

    def apply_search(self) -> None:
        self._search_timer.stop()
        self.model.set_search(self.search_box.text())

    def set_placeholder(self, text: str) -> None:
        self.search_box.setPlaceholderText(text)

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.row_activated.emit(row)

    def _show_count(self, total: int) -> None:
        if self.model.loading:  # the rows shown are still those of the previous search
            self.count_label.setText(self.tr("Searching…"))
            return
        self.count_label.setText(
            self.tr("Rows: {count}").format(count=number_text(total, self.model.language))
        )

    def retranslate(self) -> None:
        self.model.retranslate()
        self._show_count(self.model.total)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
