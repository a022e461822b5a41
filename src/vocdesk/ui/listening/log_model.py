"""The Listening tab's table: the listening log, newest first, narrowed by the log's filters."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from vocdesk.domain.messages import QT_TRANSLATE_NOOP
from vocdesk.domain.tables import TableQuery
from vocdesk.services.listening.log import (
    FeedbackFilters,
    FeedbackRow,
    ListeningService,
)
from vocdesk.ui.models.display import date_text, id_text, label_text, name_text
from vocdesk.ui.models.lazy_table import Column, LazyTableModel


def _said(row: FeedbackRow, _lang: str) -> str:
    if row.withheld:  # PDPA s.26: a sensitive person's words, for the grant's holders only
        return QCoreApplication.translate("ListeningModel", "(sensitive personal data)")
    return row.text


def _who(row: FeedbackRow, _lang: str) -> str:
    if row.stakeholder is None:
        return QCoreApplication.translate("ListeningModel", "Anonymous")
    return row.stakeholder


class ListeningModel(LazyTableModel[FeedbackRow]):
    CONTEXT = "ListeningModel"
    COLUMNS = (
        Column("received", QT_TRANSLATE_NOOP("ListeningModel", "Received"),
               lambda r, lang: date_text(r.received_at, lang)),
        Column("channel", QT_TRANSLATE_NOOP("ListeningModel", "Channel"),
               lambda r, lang: name_text(r.channel, lang), wrap=True),
        Column("stage", QT_TRANSLATE_NOOP("ListeningModel", "Stage"), lambda r, _: label_text(r.stage),
               wrap=True),
        Column("type", QT_TRANSLATE_NOOP("ListeningModel", "Type"), lambda r, _: label_text(r.type)),
        Column("sentiment", QT_TRANSLATE_NOOP("ListeningModel", "Sentiment"),
               lambda r, _: label_text(r.sentiment)),
        Column("text", QT_TRANSLATE_NOOP("ListeningModel", "What was said"), _said, wrap=True),
        Column("stakeholder", QT_TRANSLATE_NOOP("ListeningModel", "From"), _who, wrap=True),
        Column("segment", QT_TRANSLATE_NOOP("ListeningModel", "Segment"),
               lambda r, lang: name_text(r.segment, lang), wrap=True),
        Column("service", QT_TRANSLATE_NOOP("ListeningModel", "Service"),
               lambda r, lang: name_text(r.service, lang), wrap=True),
        Column("office", QT_TRANSLATE_NOOP("ListeningModel", "Office"),
               lambda r, lang: name_text(r.office, lang), wrap=True),
        Column("status", QT_TRANSLATE_NOOP("ListeningModel", "Status"), lambda r, _: label_text(r.status)),
        Column("number", QT_TRANSLATE_NOOP("ListeningModel", "No."),
               lambda r, _lang: id_text(r.number), number=lambda r: r.number),
    )  # fmt: skip
    DEFAULT_SORT = ("received", Qt.SortOrder.DescendingOrder)
    LANGUAGE_SORT_KEYS = frozenset({"channel", "segment", "service", "office"})

    def __init__(self, service: ListeningService, parent: Any = None, **kwargs: Any) -> None:
        self._service = service
        self._filters = FeedbackFilters()
        super().__init__(service.count_feedback, service.list_feedback, parent, **kwargs)

    @property
    def filters(self) -> FeedbackFilters:
        return self._filters

    def set_filters(self, filters: FeedbackFilters) -> None:
        """Narrow the rows to ``filters`` (with the search), reading from the first row again."""
        if filters != self._filters:
            self._filters = filters
            self.reload()

    def _reader(
        self,
    ) -> tuple[Callable[[TableQuery], int], Callable[[TableQuery, int, int], list[FeedbackRow]]]:
        filters = self._filters
        return (
            lambda query: self._service.count_feedback(query, filters),
            lambda query, offset, limit: self._service.list_feedback(query, offset, limit, filters),
        )
