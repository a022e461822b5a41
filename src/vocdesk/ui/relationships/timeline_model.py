"""The Timeline tab's table: a stakeholder's (or segment's, or organisation's) history from every
area, newest first, grouped by month.

The rows are the service's items, a page at a time (``LazyTableModel``). The month column
names the month (B.E. in Thai) on the first item of each month only, in bold, so the months
read as headings down the list; pages arrive in order, so the row above is always there to
compare with.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from vocdesk.domain.clock import thai_date
from vocdesk.domain.messages import QT_TRANSLATE_NOOP
from vocdesk.domain.tables import TableQuery
from vocdesk.domain.thai_dates import ENGLISH_MONTHS, THAI_MONTHS, be_year
from vocdesk.services.relationships.timeline import (
    RegistryChange,
    TimelineFilter,
    TimelineItem,
    TimelineKind,
    TimelineScope,
    TimelineService,
)
from vocdesk.ui.models.display import date_text, label_text, name_text
from vocdesk.ui.models.lazy_table import Column, LazyTableModel
from vocdesk.ui.models.no_data import no_data

Index = QModelIndex | QPersistentModelIndex

KIND_LABELS = {
    TimelineKind.REGISTRY: QT_TRANSLATE_NOOP("TimelineModel", "Registry"),
    TimelineKind.FEEDBACK: QT_TRANSLATE_NOOP("TimelineModel", "Feedback"),
    TimelineKind.COMPLAINT: QT_TRANSLATE_NOOP("TimelineModel", "Complaint"),
    TimelineKind.COMPLAINT_STATUS: QT_TRANSLATE_NOOP("TimelineModel", "Complaint status"),
    TimelineKind.SURVEY_RESPONSE: QT_TRANSLATE_NOOP("TimelineModel", "Survey response"),
    TimelineKind.ACTIVITY: QT_TRANSLATE_NOOP("TimelineModel", "Activity"),
    TimelineKind.REMINDER: QT_TRANSLATE_NOOP("TimelineModel", "Reminder"),
}
# A symbol per kind, drawn by any font with Thai (no icon files to ship): the kind's icon.
KIND_SYMBOLS = {
    TimelineKind.REGISTRY: "✎",
    TimelineKind.FEEDBACK: "✉",
    TimelineKind.COMPLAINT: "⚠",
    TimelineKind.COMPLAINT_STATUS: "➜",
    TimelineKind.SURVEY_RESPONSE: "☑",
    TimelineKind.ACTIVITY: "☎",
    TimelineKind.REMINDER: "◷",  # a clock face; ⏰ (U+23F0) is missing from common fonts
}
REGISTRY_LABELS = {
    RegistryChange.CREATED: QT_TRANSLATE_NOOP("TimelineModel", "Record created"),
    RegistryChange.MERGED: QT_TRANSLATE_NOOP("TimelineModel", "Records merged"),
    RegistryChange.ARCHIVED: QT_TRANSLATE_NOOP("TimelineModel", "Archived"),
    RegistryChange.RESTORED: QT_TRANSLATE_NOOP("TimelineModel", "Restored from the archive"),
    RegistryChange.SEGMENT_CHANGED: QT_TRANSLATE_NOOP("TimelineModel", "Segment changed"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("TimelineModel", text)


def kind_text(kind: TimelineKind) -> str:
    return f"{KIND_SYMBOLS[kind]} {_tr(KIND_LABELS[kind])}"


def month_key(item: TimelineItem) -> tuple[int, int]:
    """The Thai calendar month an item falls in."""
    moment = item.moment
    day = thai_date(moment) if isinstance(moment, datetime) else moment
    return day.year, day.month


def month_text(key: tuple[int, int], lang: str) -> str:
    year, month = key
    if lang.startswith("th"):
        return f"{THAI_MONTHS[month - 1]} {be_year(date(year, month, 1))}"
    return f"{ENGLISH_MONTHS[month - 1]} {year}"


def _sub_kind(item: TimelineItem, _lang: str) -> str:
    if isinstance(item.sub_kind, RegistryChange):
        return _tr(REGISTRY_LABELS[item.sub_kind])
    return label_text(item.sub_kind)


def summary_text(item: TimelineItem, lang: str) -> str:
    """The item's one line, with what only the kind knows (a case's number, a segment move)."""
    if item.withheld:  # PDPA s.26: a sensitive person's words, for the grant's holders only
        withheld = QCoreApplication.translate("TimelineModel", "(sensitive personal data)")
        return f"{item.reference} {withheld}" if item.reference else withheld
    if item.kind == TimelineKind.REGISTRY:
        if item.segment_change is not None:
            before, after = item.segment_change
            return QCoreApplication.translate("TimelineModel", "{before} → {after}").format(
                before=name_text(before, lang)
                or QCoreApplication.translate("TimelineModel", "no segment"),
                after=name_text(after, lang)
                or QCoreApplication.translate("TimelineModel", "no segment"),
            )
        if item.sub_kind == RegistryChange.MERGED and item.summary:
            return QCoreApplication.translate("TimelineModel", "Merged with {name}").format(
                name=item.summary
            )
        return item.summary
    if item.kind == TimelineKind.ACTIVITY and item.as_participant:
        return QCoreApplication.translate("TimelineModel", "{summary} (taking part)").format(
            summary=item.summary
        )
    if item.reference and item.kind in (TimelineKind.COMPLAINT, TimelineKind.COMPLAINT_STATUS):
        return f"{item.reference} {item.summary}"
    return item.summary


def _state(item: TimelineItem, _lang: str) -> str:
    if item.kind == TimelineKind.COMPLAINT_STATUS:
        return (
            QCoreApplication.translate("TimelineModel", "from {status}").format(
                status=label_text(item.state)
            )
            if item.state
            else ""
        )
    return label_text(item.state)


class TimelineModel(LazyTableModel[TimelineItem]):
    CONTEXT = "TimelineModel"
    COLUMNS = (
        Column("", QT_TRANSLATE_NOOP("TimelineModel", "Month"), lambda _i, _l: ""),
        Column("when", QT_TRANSLATE_NOOP("TimelineModel", "Date"),
               lambda i, lang: date_text(i.moment, lang)),
        Column("", QT_TRANSLATE_NOOP("TimelineModel", "Kind"), lambda i, _: kind_text(i.kind)),
        Column("", QT_TRANSLATE_NOOP("TimelineModel", "Type or status"), _sub_kind, wrap=True),
        Column("", QT_TRANSLATE_NOOP("TimelineModel", "Summary"), summary_text, wrap=True,
               stretch=True),
        Column("", QT_TRANSLATE_NOOP("TimelineModel", "State"), _state, wrap=True),
        Column("", QT_TRANSLATE_NOOP("TimelineModel", "Stakeholder"),
               lambda i, _: i.stakeholder_name, wrap=True),
    )  # fmt: skip
    DEFAULT_SORT = ("when", Qt.SortOrder.DescendingOrder)
    MONTH_COLUMN = 0
    STAKEHOLDER_COLUMN = 6

    def __init__(
        self, service: TimelineService, parent: Any = None, *, load: bool = True, **kwargs: Any
    ) -> None:
        super().__init__(self._count_items, self._list_items, parent, load=False, **kwargs)
        self._service = service
        self._scope: TimelineScope | None = None
        self._filters = TimelineFilter()
        if load:
            self.reload()

    @property
    def scope(self) -> TimelineScope | None:
        return self._scope

    @property
    def filters(self) -> TimelineFilter:
        return self._filters

    def set_scope(self, scope: TimelineScope | None) -> None:
        if scope != self._scope:
            self._scope = scope
            self.reload()

    def show(self, scope: TimelineScope | None, filters: TimelineFilter) -> None:
        """Show ``scope``'s items passing ``filters`` (one reload for both)."""
        if (scope, filters) != (self._scope, self._filters):
            self._scope, self._filters = scope, filters
            self.reload()

    def set_filters(self, filters: TimelineFilter) -> None:
        if filters != self._filters:
            self._filters = filters
            self.reload()

    # --- months --------------------------------------------------------------------------
    def starts_month(self, row: int) -> bool:
        """Whether ``row`` is the first item of its month (the month heading is drawn there)."""
        item = self.row_at(row)
        if item is None:
            return False
        above = self.row_at(row - 1)
        return above is None or month_key(above) != month_key(item)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == self.MONTH_COLUMN:
            item = self.row_at(index.row())
            if item is not None and self.starts_month(index.row()):
                if role == Qt.ItemDataRole.DisplayRole:
                    return month_text(month_key(item), self.language)
                if role == Qt.ItemDataRole.FontRole:
                    font = QFont()
                    font.setBold(True)
                    return font
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole):
                return "" if role == Qt.ItemDataRole.DisplayRole else no_data()
        return super().data(index, role)

    # --- reading -------------------------------------------------------------------------
    def _reader(
        self,
    ) -> tuple[Callable[[TableQuery], int], Callable[[TableQuery, int, int], list[TimelineItem]]]:
        # Bound to the scope and filters shown now, so an export running later reads the same.
        scope, filters = self._scope, self._filters
        return (
            partial(self._count_items, scope=scope, filters=filters),
            partial(self._list_items, scope=scope, filters=filters),
        )

    def _count_items(
        self,
        query: TableQuery,
        scope: TimelineScope | None = None,
        filters: TimelineFilter | None = None,
    ) -> int:
        if scope is None:
            return 0
        return self._service.count_items(scope, query, filters)

    def _list_items(
        self,
        query: TableQuery,
        offset: int,
        limit: int,
        scope: TimelineScope | None = None,
        filters: TimelineFilter | None = None,
    ) -> list[TimelineItem]:
        if scope is None:
            return []
        return self._service.list_items(scope, query, filters, offset, limit)
