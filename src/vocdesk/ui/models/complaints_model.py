"""The Complaints tab's table: cases newest first, overdue ones in red."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor

from vocdesk.services.complaints import ComplaintRow, ComplaintsService
from vocdesk.ui import layout
from vocdesk.ui.models.display import date_text, label_text, name_text, yes_no
from vocdesk.ui.models.lazy_table import Column, LazyTableModel

OVERDUE_COLOUR = QColor(176, 0, 32)  # dark red: readable on white and on alternating rows


class ComplaintsModel(LazyTableModel[ComplaintRow]):
    CONTEXT = "ComplaintsModel"
    COLUMNS = (
        Column("number", QT_TRANSLATE_NOOP("ComplaintsModel", "Number"), lambda r, _: r.number),
        Column("received", QT_TRANSLATE_NOOP("ComplaintsModel", "Received"),
               lambda r, lang: date_text(r.received_at, lang), width=layout.DATE_COLUMN_WIDTH + 40),
        Column("subject", QT_TRANSLATE_NOOP("ComplaintsModel", "Subject"), lambda r, _: r.subject,
               wrap=True, width=layout.TEXT_COLUMN_WIDTH + 100),
        Column("category", QT_TRANSLATE_NOOP("ComplaintsModel", "Category"),
               lambda r, lang: name_text(r.category, lang), wrap=True, width=170),
        Column("status", QT_TRANSLATE_NOOP("ComplaintsModel", "Status"),
               lambda r, _: label_text(r.status), wrap=True, width=140),
        Column("priority", QT_TRANSLATE_NOOP("ComplaintsModel", "Priority"),
               lambda r, _: label_text(r.priority)),
        Column("assigned", QT_TRANSLATE_NOOP("ComplaintsModel", "Assigned to"),
               lambda r, _: r.assigned_to, wrap=True, width=130),
        Column("due", QT_TRANSLATE_NOOP("ComplaintsModel", "Due"),
               lambda r, lang: date_text(r.due_on, lang), width=layout.DATE_COLUMN_WIDTH),
        Column("overdue", QT_TRANSLATE_NOOP("ComplaintsModel", "Overdue"),
               lambda r, _: yes_no(r.overdue) if r.overdue else ""),
    )  # fmt: skip
    DEFAULT_SORT = ("received", Qt.SortOrder.DescendingOrder)
    LANGUAGE_SORT_KEYS = frozenset({"category"})

    def __init__(self, service: ComplaintsService, parent: Any = None, **kwargs: Any) -> None:
        super().__init__(service.count_complaints, service.list_complaints, parent, **kwargs)

    def row_foreground(self, row: ComplaintRow) -> QColor | None:
        return OVERDUE_COLOUR if row.overdue else None
