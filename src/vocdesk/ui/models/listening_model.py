"""The Listening tab's table: the listening log, newest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from vocdesk.services.listening import FeedbackRow, ListeningService
from vocdesk.ui import layout
from vocdesk.ui.models.display import date_text, label_text, name_text
from vocdesk.ui.models.lazy_table import Column, LazyTableModel


def _who(row: FeedbackRow, _lang: str) -> str:
    if row.stakeholder is None:
        return QCoreApplication.translate("ListeningModel", "Anonymous")
    return row.stakeholder


class ListeningModel(LazyTableModel[FeedbackRow]):
    CONTEXT = "ListeningModel"
    COLUMNS = (
        Column("received", QT_TRANSLATE_NOOP("ListeningModel", "Received"),
               lambda r, lang: date_text(r.received_at, lang), width=layout.DATE_COLUMN_WIDTH + 40),
        Column("channel", QT_TRANSLATE_NOOP("ListeningModel", "Channel"),
               lambda r, lang: name_text(r.channel, lang), wrap=True, width=150),
        Column("stage", QT_TRANSLATE_NOOP("ListeningModel", "Stage"), lambda r, _: label_text(r.stage),
               wrap=True, width=120),
        Column("type", QT_TRANSLATE_NOOP("ListeningModel", "Type"), lambda r, _: label_text(r.type)),
        Column("sentiment", QT_TRANSLATE_NOOP("ListeningModel", "Sentiment"),
               lambda r, _: label_text(r.sentiment)),
        Column("text", QT_TRANSLATE_NOOP("ListeningModel", "What was said"), lambda r, _: r.text,
               wrap=True, width=layout.TEXT_COLUMN_WIDTH + 120),
        Column("stakeholder", QT_TRANSLATE_NOOP("ListeningModel", "From"), _who, wrap=True, width=160),
        Column("segment", QT_TRANSLATE_NOOP("ListeningModel", "Segment"),
               lambda r, lang: name_text(r.segment, lang), wrap=True, width=150),
        Column("service", QT_TRANSLATE_NOOP("ListeningModel", "Service"),
               lambda r, lang: name_text(r.service, lang), wrap=True, width=150),
        Column("office", QT_TRANSLATE_NOOP("ListeningModel", "Office"),
               lambda r, lang: name_text(r.office, lang), wrap=True, width=150),
    )  # fmt: skip
    DEFAULT_SORT = ("received", Qt.SortOrder.DescendingOrder)
    LANGUAGE_SORT_KEYS = frozenset({"channel", "segment", "service", "office"})

    def __init__(self, service: ListeningService, parent: Any = None, **kwargs: Any) -> None:
        super().__init__(service.count_feedback, service.list_feedback, parent, **kwargs)
