"""One lazy table model for every list in the window: rows come from a service, a batch at a time.

Like Qt's "Fetch More" example and Anki's browser table: the model knows how many rows the
query has, holds only the rows fetched so far, and asks the service for the next batch when
the view scrolls near the end (``canFetchMore``/``fetchMore``, one ``beginInsertRows`` per
batch). Sorting and searching never happen here: they change the query, and a new query is the
only thing that resets the model. A leaf model declares its columns and passes its service's
``count`` and ``list`` methods.

Given a ``TaskRunner`` (the window's), a new query's count and first batch run on a worker
thread: a search the FTS index cannot serve may scan a million entries, and the window must
not freeze meanwhile. The old rows stay on screen until the new ones arrive (``loading`` is
True meanwhile). Only one query per model is in flight: a newer one waits for it and only the
newest waiting one runs, so superseded searches neither pile up on the two cores nor reach the
screen. Without a runner (tests, the screenshot renderer) everything stays synchronous.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from vocdesk.domain.tables import TableQuery
from vocdesk.ui import layout
from vocdesk.ui.errors import show_error
from vocdesk.ui.i18n import current_language
from vocdesk.ui.models.no_data import no_data
from vocdesk.ui.tasks import Progress, TaskRunner

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # data(index, ROW_ROLE) is the row object itself

_TOP_LEFT = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
_TOP_RIGHT = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight


@dataclass(frozen=True)
class _FirstPage(Generic[R]):
    """What a reload read: the first batch and the count, and the query and reader they came
    from (later batches continue those)."""

    rows: list[R]
    total: int
    query: TableQuery
    fetch: Callable[[TableQuery, int, int], list[R]]


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: the service's sort key, a title marked with ``QT_TRANSLATE_NOOP`` in the
    leaf model's context, and how to show a row's value in a UI language ("th"/"en")."""

    key: str
    title: str
    text: Callable[[R, str], str]
    wrap: bool = False  # long free text: drawn word-wrapped at Thai word boundaries
    number: Callable[[R], float | int | None] | None = (
        None  # numbers align right, export as numbers
    )
    # Takes the room the other columns leave (the last column does when none does): a long
    # text before short ones, such as the timeline's Summary before its State.
    stretch: bool = False
    # What the header's tooltip adds to a short title (marked like the title); the title if empty.
    tooltip: str = ""


class LazyTableModel(QAbstractTableModel, Generic[R]):
    """Rows of one query, fetched in batches. Subclasses set ``CONTEXT``, ``COLUMNS`` and
    ``DEFAULT_SORT`` and pass the service's count and list methods."""

    CONTEXT: ClassVar[str] = ""  # the leaf class's name: where its column titles are translated
    COLUMNS: ClassVar[Sequence[Column[Any]]] = ()
    DEFAULT_SORT: ClassVar[tuple[str, Qt.SortOrder]] = ("", Qt.SortOrder.AscendingOrder)
    # Sort keys whose order depends on the UI language (catalogue names): re-query on a switch.
    LANGUAGE_SORT_KEYS: ClassVar[frozenset[str]] = frozenset()

    total_changed = Signal(int)  # rows matching the query (not only those fetched)
    loading_changed = Signal(bool)  # a query runs on a worker thread (the old rows are still shown)

    def __init__(
        self,
        count: Callable[[TableQuery], int],
        fetch: Callable[[TableQuery, int, int], list[R]],
        parent: Any = None,
        *,
        batch_size: int = layout.TABLE_BATCH_SIZE,
        load: bool = True,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._count = count
        self._fetch = fetch
        self._batch_size = batch_size
        self._language = current_language()
        key, order = self.DEFAULT_SORT
        self._query = TableQuery(
            sort_key=key, descending=order == Qt.SortOrder.DescendingOrder, language=self._language
        )
        self._rows: list[R] = []
        self._total = 0
        # The query and reader of the rows shown: later batches continue them, even while a
        # newer query runs or after it failed.
        self._shown_query = self._query
        self._shown_fetch = fetch
        # True from the begin to the end of a reset or an insert: whoever reacts to those
        # signals (a view, Qt's model tester) must not start another insert in the middle.
        self._announcing = False
        self._tasks = tasks
        # Every reload gets a number; a result whose number is not the newest is dropped.
        self._generation = 0
        self._in_flight = False  # a worker is reading for this model
        self._waiting = False  # a newer reload asked while one was in flight: run it next
        if load:
            self.reload()

    # --- the query ---------------------------------------------------------------------
    @property
    def query(self) -> TableQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    @property
    def language(self) -> str:
        return self._language

    @property
    def loading(self) -> bool:
        """True while a query runs on a worker thread and the rows shown are the previous ones."""
        return self._in_flight or self._waiting

    def set_task_runner(self, tasks: TaskRunner | None) -> None:
        """Run later queries on ``tasks``' threads (None: synchronously, as in the tests)."""
        self._tasks = tasks

    def column_of(self, key: str) -> int:
        """The column index of a sort key, or -1."""
        return next((i for i, c in enumerate(self.COLUMNS) if c.key == key), -1)

    def sort_column(self) -> int:
        return self.column_of(self._query.sort_key)

    def sort_order(self) -> Qt.SortOrder:
        return (
            Qt.SortOrder.DescendingOrder if self._query.descending else Qt.SortOrder.AscendingOrder
        )

    def set_search(self, text: str) -> None:
        text = text.strip()
        if text != self._query.search:
            self._set_query(self._with(search=text))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:  # noqa: D102
        if 0 <= column < len(self.COLUMNS) and self.COLUMNS[column].key:
            key, descending = self.COLUMNS[column].key, order == Qt.SortOrder.DescendingOrder
        else:  # -1 (unsorted) or a column that cannot be sorted: the natural order
            key, descending = (
                self.DEFAULT_SORT[0],
                self.DEFAULT_SORT[1] == Qt.SortOrder.DescendingOrder,
            )
        if (key, descending) != (self._query.sort_key, self._query.descending):
            self._set_query(self._with(sort_key=key, descending=descending))

    def reload(self) -> None:
        """Run the query again from the first row (after the data changed).

        Without a task runner the rows are there on return and a failure raises; with one
        they arrive later and a failure is shown with ``errors.show_error``."""
        self._generation += 1
        if self._tasks is None:
            self._waiting = False  # answered here: a worker still running only ends as stale
            # Query first, reset after: if the query fails, the model keeps its old rows intact
            # instead of being left between beginResetModel and endResetModel.
            self._show_first_page(self._generation, self._first_page_job()(None))
            return
        if self._in_flight:
            self._waiting = True  # started when the running one ends; its result is stale
            return
        self._start_reload()

    def _first_page_job(self) -> Callable[[Progress | None], _FirstPage[R]]:
        """The count and the first batch of the query asked now, bound to it: the function
        touches no Qt object, so it may run on a worker thread."""
        query, size, fetch = self._query, self._batch_size, self._reader()[1]

        def first_page(_progress: Progress | None) -> _FirstPage[R]:
            total = self._count_rows(query)
            rows = list(fetch(query, 0, size)) if total else []
            if len(rows) < size:
                total = len(rows)  # the count was ahead of the data: trust the rows
            return _FirstPage(rows, total, query, fetch)

        return first_page

    def _start_reload(self) -> None:
        assert self._tasks is not None
        generation = self._generation
        was_loading = self.loading
        self._in_flight, self._waiting = True, False
        if not was_loading:
            self.loading_changed.emit(True)
        # The model may be deleted (another database opened) before the worker ends.
        self._tasks.run(
            self._first_page_job(),
            on_done=lambda result: (
                self._reload_ended(generation, result) if isValid(self) else None
            ),
            on_error=lambda error: (
                self._reload_ended(generation, None, error) if isValid(self) else None
            ),
        )

    def _reload_ended(
        self, generation: int, result: _FirstPage[R] | None, error: BaseException | None = None
    ) -> None:
        self._in_flight = False
        if self._waiting and self._tasks is not None:
            self._start_reload()  # a newer query was asked meanwhile: this result is stale
            return
        stale = generation != self._generation
        if not stale and result is not None:
            self._show_first_page(generation, result)
        self.loading_changed.emit(False)
        if not stale and error is not None:
            show_error(self._error_parent(), error)

    def _show_first_page(self, generation: int, page: _FirstPage[R]) -> None:
        if generation != self._generation:
            return  # a newer query was asked after this one started
        self._announcing = True
        try:
            self.beginResetModel()
            self._rows, self._total = page.rows, page.total
            self._shown_query, self._shown_fetch = page.query, page.fetch
            self.endResetModel()
        finally:
            self._announcing = False
        self.total_changed.emit(self._total)

    def _error_parent(self) -> QWidget | None:
        parent = self.parent()
        while parent is not None and not isinstance(parent, QWidget):
            parent = parent.parent()
        return parent

    def _with(self, **changes: Any) -> TableQuery:
        return replace(self._query, **{"language": self._language, **changes})

    def _set_query(self, query: TableQuery) -> None:
        self._query = query
        self.reload()

    def _reader(
        self,
    ) -> tuple[Callable[[TableQuery], int], Callable[[TableQuery, int, int], list[R]]]:
        """The count and fetch functions for the rows now shown; a model whose service needs
        more than the query (the timeline's stakeholder) binds it here."""
        return self._count, self._fetch

    def _count_rows(self, query: TableQuery) -> int:
        return self._reader()[0](query)

    # --- language ------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Headers and cell texts in the new UI language (called on QEvent.LanguageChange)."""
        language = current_language()
        changed = language != self._language
        self._language = language
        if changed and self._query.sort_key in self.LANGUAGE_SORT_KEYS:
            self._set_query(self._with())  # the order itself depends on the language
        elif self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1)
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)

    def column_title(self, column: int) -> str:
        return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[column].title)

    # --- Qt's model interface ----------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and not self._announcing and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if parent.isValid() or self._announcing:
            return
        start = len(self._rows)
        # The next batch of the rows shown, even while a newer query runs on a worker.
        batch = (
            self._shown_fetch(self._shown_query, start, self._batch_size)
            if start < self._total
            else []
        )
        if not batch:
            self._total = start  # rows were deleted since the count: stop asking
            self.total_changed.emit(self._total)
            return
        self._announcing = True
        try:
            self.beginInsertRows(QModelIndex(), start, start + len(batch) - 1)
            self._rows.extend(batch)
            self.endInsertRows()
        finally:
            self._announcing = False

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.column_title(section)
            if role == Qt.ItemDataRole.ToolTipRole:
                tip = self.COLUMNS[section].tooltip
                return (
                    QCoreApplication.translate(self.CONTEXT, tip)
                    if tip
                    else self.column_title(section)
                )
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        value = super().headerData(section, orientation, role)
        return no_data() if value is None else value

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return no_data()
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row, self._language)
        if role == Qt.ItemDataRole.ToolTipRole and column.wrap:
            return column.text(row, self._language)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_TOP_RIGHT if column.number else _TOP_LEFT)
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self.row_foreground(row)
            return no_data() if colour is None else colour
        if role == ROW_ROLE:
            return row
        return no_data()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def row_foreground(self, row: R) -> QColor | None:
        """A colour for rows that need attention (overdue cases); none by default."""
        return None

    # --- for the window ------------------------------------------------------------------
    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def wrapped_columns(self) -> list[int]:
        return [i for i, column in enumerate(self.COLUMNS) if column.wrap]

    def all_rows_job(self) -> Callable[[Callable[[int, int], None]], list[R]]:
        """A function that reads every row of the current query, for an export; it touches
        no Qt object, so it may run on a worker thread. It reports (done, total)."""
        query, size = self._query, 2000
        count, fetch = self._reader()

        def read_all(report: Callable[[int, int], None]) -> list[R]:
            total = count(query)
            rows: list[R] = []
            while len(rows) < total:
                batch = fetch(query, len(rows), size)
                if not batch:
                    break
                rows.extend(batch)
                report(len(rows), total)
            return rows

        return read_all
