"""Column widths of a table: sized from their content and header, the last one stretching, and
the widths the user drags remembered per table.

``ColumnSizer(view, wrapped=...)`` fits the columns whenever a new set of rows arrives (the first
batch of a query) until the user resizes a column; from then on the user's widths hold. A view
given a settings store (``remember(store, "StakeholdersModel")``) starts from the widths kept
under that name and keeps each change (``ui.settings.table_widths``). Only the rows on screen
are measured (``QTableView.sizeHintForColumn``), so a table of 100,000 rows fits as fast as one
of 20. A column is never narrower than its header; a plain one grows at most
``COLUMN_MAX_WIDTH`` (then elides), a word-wrapped one at most ``WRAP_COLUMN_MAX_WIDTH`` (then
wraps). When the columns are wider than the view and wrapping more (down to
``WRAP_COLUMN_MIN_WIDTH``) makes them fit, the wrapped ones wrap more; a table too wide even so
scrolls sideways with its columns as fitted. The last column takes whatever room
is left, unless another is named to (``stretch``: the timeline's Summary before its short State):
that one gets the room the others leave, never less than ``STRETCH_COLUMN_MIN_WIDTH``. Both are
done again as the view is resized.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

from vocdesk.ui import layout
from vocdesk.ui.settings import SettingsStore, set_table_widths, table_widths

FIT_DELAY_MS = 0  # after the rows are laid out


class ColumnSizer(QObject):
    def __init__(
        self, view: QTableView, *, wrapped: Collection[int] = (), stretch: int | None = None
    ) -> None:
        super().__init__(view)
        self.setObjectName("column_sizer")
        self._view = view
        self._wrapped = frozenset(wrapped)
        self._stretch = stretch
        self._fitted: list[int] = []  # the widths of the last fit, before the room is shared
        self._store: SettingsStore | None = None
        self._table = ""
        self._user_sized = False
        self._fitting = False
        self._fit_when_shown = False  # a fit was asked while the view was hidden
        # Measure the rows on screen only (Qt's default reads up to 1,000 rows): a column is as
        # wide as what the reader sees, not as a long value far down the list.
        header = view.horizontalHeader()
        header.setResizeContentsPrecision(0)  # QTableView.sizeHintForColumn reads it here
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FIT_DELAY_MS)
        self._timer.timeout.connect(self.fit)
        model = view.model()
        model.modelReset.connect(self._timer.start)
        model.rowsInserted.connect(self._first_rows)
        model.headerDataChanged.connect(self._timer.start)  # a new language: new header widths
        header.sectionResized.connect(self._resized)
        header.sectionHandleDoubleClicked.connect(lambda _column: self._user_resized())
        # Only a drag on the header is the user's: the program's own resizing is not kept.
        self._dragging = False
        self._dragged = False
        header.viewport().installEventFilter(self)
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)  # the room there is changes with the view
        self._timer.start()

    @property
    def user_sized(self) -> bool:
        return self._user_sized

    def remember(self, store: SettingsStore, table: str) -> None:
        """Keep the user's widths in ``store`` under ``table``; start from those kept there."""
        self._store, self._table = store, table
        widths = table_widths(store, table)
        if len(widths) == self._view.model().columnCount():
            self._apply(widths)
            self._user_sized = True

    def _first_rows(self, *_args: Any) -> None:
        if self._view.model().rowCount() and not self._user_sized:
            self._timer.start()

    def fit(self) -> None:
        """Each column as wide as its header and the widest cell on screen (within limits)."""
        if self._user_sized:
            return
        if not self._view.isVisible():
            # A tab not shown yet fits when it is: at start-up every tab's table had its cells
            # measured (Thai ones shaped) for a window showing one.
            self._fit_when_shown = True
            return
        view, header = self._view, self._view.horizontalHeader()
        count = view.model().columnCount()
        # A wrapping view measures a cell no wider than its column is now: measure unwrapped.
        wrap = view.wordWrap()
        view.setWordWrap(False)
        try:
            wanted = [view.sizeHintForColumn(column) for column in range(count)]
        finally:
            view.setWordWrap(wrap)
        widths = []
        for column in range(count):
            limit = layout.WRAP_COLUMN_MAX_WIDTH if column in self._wrapped else layout.COLUMN_MAX_WIDTH  # fmt: skip
            widths.append(max(header.sectionSizeHint(column), min(wanted[column] + layout.COLUMN_PADDING, limit)))  # fmt: skip
        self._fitted = widths
        self._apply(self._shared(widths))

    def _shared(self, widths: list[int]) -> list[int]:
        """``widths`` fitted to the view: short of room, the wrapped columns wrap a little more
        (never narrower than their header or WRAP_COLUMN_MIN_WIDTH), in proportion to what each
        can give; the stretching column, if any, gets the room the others leave."""
        column = self._stretch
        if column is not None and not 0 <= column < len(widths) - 1:
            column = None
        header = self._view.horizontalHeader()
        shown = [i for i in range(len(widths)) if i != column and not header.isSectionHidden(i)]
        least = (
            max(header.sectionSizeHint(column), layout.STRETCH_COLUMN_MIN_WIDTH)
            if column is not None
            else 0
        )
        room = self._view.viewport().width()
        shared = list(widths)
        short = sum(shared[i] for i in shown) + least - room
        slack = {
            i: shared[i] - max(header.sectionSizeHint(i), layout.WRAP_COLUMN_MIN_WIDTH)
            for i in shown
            if i in self._wrapped
        }
        given = sum(max(0, amount) for amount in slack.values())
        # Only when that makes the table fit: a table too wide anyway (the listening log's eleven
        # columns) scrolls with its columns readable rather than squeezed as well.
        if 0 < short <= given:
            part = short / given
            for i, amount in slack.items():
                shared[i] -= int(max(0, amount) * part + 0.999)
        if column is not None:
            shared[column] = max(least, room - sum(shared[i] for i in shown))
        return shared

    def _view_resized(self) -> None:
        if self._fitted and not self._user_sized:
            self._apply(self._shared(self._fitted))

    def _apply(self, widths: list[int]) -> None:
        header = self._view.horizontalHeader()
        self._fitting = True
        try:
            # The last one stretches, but from its own width: Qt keeps a stretched section no
            # narrower than the size it was last given (100 px until then), which would push
            # the table wider than the view.
            for column, width in enumerate(widths):
                header.resizeSection(column, width)
        finally:
            self._fitting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's virtual
        if watched is self._viewport:
            if event.type() == QEvent.Type.Resize:
                self._view_resized()
            elif event.type() == QEvent.Type.Show and self._fit_when_shown:
                self._fit_when_shown = False
                self._timer.start()
            return False
        if event.type() == QEvent.Type.MouseButtonPress:
            self._dragging, self._dragged = True, False
        elif event.type() == QEvent.Type.MouseButtonRelease:
            self._dragging = False
            if self._dragged:
                self._user_resized()
        return False

    def _resized(self, column: int, _old: int, _new: int) -> None:
        header = self._view.horizontalHeader()
        if self._dragging and not self._fitting and column != header.count() - 1:
            self._dragged = True  # kept when the button is let go

    def _user_resized(self) -> None:
        """The user gave a column its width: no more fitting, and the widths are kept."""
        self._user_sized = True
        if self._store is not None and self._table:
            header = self._view.horizontalHeader()
            set_table_widths(self._store, self._table, [header.sectionSize(c) for c in range(header.count())])  # fmt: skip


def sizer_of(view: QTableView) -> ColumnSizer | None:
    return view.findChild(ColumnSizer, "column_sizer")


EMPTY_CELLS = frozenset({"", "–", "-"})  # what a table writes in a cell that has no value


def hide_when_empty(view: QTableView, columns: Collection[int]) -> None:
    """Hide each of ``columns`` while no row has a value in it (a "Form" column of responses
    imported without form numbers): a column shows what it promises or is not there. Checked
    again whenever the rows change."""
    model = view.model()

    def check() -> None:
        rows = model.rowCount()
        for column in columns:
            empty = all(
                str(model.index(row, column).data() or "").strip() in EMPTY_CELLS
                for row in range(rows)
            )
            view.setColumnHidden(column, bool(rows) and empty)

    for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.dataChanged):
        signal.connect(check)
    check()


__all__ = ["ColumnSizer", "hide_when_empty", "sizer_of"]
