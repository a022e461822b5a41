"""The Timeline tab's table: one stakeholder's events from every area, newest first."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from vocdesk.domain.messages import QT_TRANSLATE_NOOP
from vocdesk.domain.tables import TableQuery
from vocdesk.services.relationships.timeline import (
    TimelineEvent,
    TimelineEventKind,
    TimelineService,
)
from vocdesk.ui import layout
from vocdesk.ui.models.display import date_text, label_text, name_text
from vocdesk.ui.models.lazy_table import Column, LazyTableModel

EVENT_KIND_LABELS = {
    TimelineEventKind.ACTIVITY: QT_TRANSLATE_NOOP("TimelineModel", "Activity"),
    TimelineEventKind.FEEDBACK: QT_TRANSLATE_NOOP("TimelineModel", "Feedback"),
    TimelineEventKind.COMPLAINT: QT_TRANSLATE_NOOP("TimelineModel", "Complaint"),
    TimelineEventKind.SURVEY_RESPONSE: QT_TRANSLATE_NOOP("TimelineModel", "Survey response"),
}


def _kind(event: TimelineEvent, _lang: str) -> str:
    return QCoreApplication.translate("TimelineModel", EVENT_KIND_LABELS[event.kind])


class TimelineModel(LazyTableModel[TimelineEvent]):
    CONTEXT = "TimelineModel"
    COLUMNS = (
        Column("when", QT_TRANSLATE_NOOP("TimelineModel", "When"),
               lambda e, lang: date_text(e.when, lang), width=layout.DATE_COLUMN_WIDTH + 40),
        Column("kind", QT_TRANSLATE_NOOP("TimelineModel", "Event"), _kind, wrap=True, width=110),
        Column("reference", QT_TRANSLATE_NOOP("TimelineModel", "Reference"), lambda e, _: e.reference,
               width=100),
        Column("category", QT_TRANSLATE_NOOP("TimelineModel", "Type or status"),
               lambda e, _: label_text(e.category), wrap=True, width=130),
        Column("summary", QT_TRANSLATE_NOOP("TimelineModel", "Summary"), lambda e, _: e.summary,
               wrap=True, width=layout.TEXT_COLUMN_WIDTH + 40),
        Column("details", QT_TRANSLATE_NOOP("TimelineModel", "Details"), lambda e, _: e.details,
               wrap=True, width=layout.TEXT_COLUMN_WIDTH - 40),
        Column("channel", QT_TRANSLATE_NOOP("TimelineModel", "Channel"),
               lambda e, lang: name_text(e.channel, lang), wrap=True, width=150),
    )  # fmt: skip
    DEFAULT_SORT = ("when", Qt.SortOrder.DescendingOrder)
    LANGUAGE_SORT_KEYS = frozenset({"channel"})

    def __init__(
        self, service: TimelineService, parent: Any = None, *, load: bool = True, **kwargs: Any
    ) -> None:
        super().__init__(self._count_events, self._list_events, parent, load=False, **kwargs)
        self._service = service
        self._stakeholder_id: uuid.UUID | None = None
        if load:
            self.reload()

    @property
    def stakeholder_id(self) -> uuid.UUID | None:
        return self._stakeholder_id

    def set_stakeholder(self, stakeholder_id: uuid.UUID | None) -> None:
        if stakeholder_id != self._stakeholder_id:
            self._stakeholder_id = stakeholder_id
            self.reload()

    def _reader(
        self,
    ) -> tuple[Callable[[TableQuery], int], Callable[[TableQuery, int, int], list[TimelineEvent]]]:
        # Bound to the person shown now, so an export running later reads the same one.
        stakeholder_id = self._stakeholder_id
        return (
            partial(self._count_events, stakeholder_id=stakeholder_id),
            partial(self._list_events, stakeholder_id=stakeholder_id),
        )

    def _count_events(self, query: TableQuery, stakeholder_id: uuid.UUID | None = None) -> int:
        if stakeholder_id is None:
            return 0
        return self._service.count_events(stakeholder_id, query)

    def _list_events(
        self, query: TableQuery, offset: int, limit: int, stakeholder_id: uuid.UUID | None = None
    ) -> list[TimelineEvent]:
        if stakeholder_id is None:
            return []
        return self._service.list_events(stakeholder_id, query, offset, limit)
