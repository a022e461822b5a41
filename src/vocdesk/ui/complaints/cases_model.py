"""The Complaints tab's table: one queue of cases, newest first, overdue ones in red;
confidential cases the reader may not open show no subject."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from vocdesk.domain.messages import QT_TRANSLATE_NOOP
from vocdesk.domain.tables import TableQuery
from vocdesk.services.complaints.queues import ComplaintRow, ComplaintsService, Queue
from vocdesk.ui.models.display import date_text, label_text, name_text, yes_no
from vocdesk.ui.models.lazy_table import Column, LazyTableModel

OVERDUE_COLOUR = QColor(176, 0, 32)  # dark red: readable on white and on alternating rows
HIDDEN_COLOUR = QColor(110, 110, 110)


def _subject(row: ComplaintRow, _lang: str) -> str:
    if row.hidden:
        return QCoreApplication.translate("ComplaintsModel", "(confidential case)")
    return row.subject


class ComplaintsModel(LazyTableModel[ComplaintRow]):
    CONTEXT = "ComplaintsModel"
    COLUMNS = (
        Column("number", QT_TRANSLATE_NOOP("ComplaintsModel", "Number"), lambda r, _: r.number),
        Column("received", QT_TRANSLATE_NOOP("ComplaintsModel", "Received"),
               lambda r, lang: date_text(r.received_at, lang)),
        Column("subject", QT_TRANSLATE_NOOP("ComplaintsModel", "Subject"), _subject,
               wrap=True),
        Column("category", QT_TRANSLATE_NOOP("ComplaintsModel", "Category"),
               lambda r, lang: name_text(r.category, lang), wrap=True),
        Column("status", QT_TRANSLATE_NOOP("ComplaintsModel", "Status"),
               lambda r, _: label_text(r.status), wrap=True),
        Column("priority", QT_TRANSLATE_NOOP("ComplaintsModel", "Priority"),
               lambda r, _: label_text(r.priority)),
        Column("assigned", QT_TRANSLATE_NOOP("ComplaintsModel", "Assigned to"),
               lambda r, _: r.assigned_to, wrap=True),
        Column("due", QT_TRANSLATE_NOOP("ComplaintsModel", "Due"),
               lambda r, lang: date_text(r.due_on, lang)),
        Column("overdue", QT_TRANSLATE_NOOP("ComplaintsModel", "Overdue"),
               lambda r, _: yes_no(r.overdue) if r.overdue else ""),
    )  # fmt: skip
    DEFAULT_SORT = ("received", Qt.SortOrder.DescendingOrder)
    LANGUAGE_SORT_KEYS = frozenset({"category"})

    def __init__(self, service: ComplaintsService, parent: Any = None, **kwargs: Any) -> None:
        self._service = service
        self._queue = Queue.ALL
        super().__init__(self._count_queue, self._list_queue, parent, **kwargs)

    @property
    def queue(self) -> Queue:
        return self._queue

    def set_queue(self, queue: Queue) -> None:
        if Queue(queue) is not self._queue:
            self._queue = Queue(queue)
            self.reload()

    def _count_queue(self, query: TableQuery) -> int:
        return self._service.count_complaints(query, self._queue)

    def _list_queue(self, query: TableQuery, offset: int, limit: int) -> list[ComplaintRow]:
        return self._service.list_complaints(query, offset, limit, self._queue)

    def row_foreground(self, row: ComplaintRow) -> QColor | None:
        if row.overdue:
            return OVERDUE_COLOUR
        return HIDDEN_COLOUR if row.hidden else None
