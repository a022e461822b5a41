"""The list of the data subject's requests: open ones by their due day first, each request's
deadline shown as a complaint's service standard is (days left, due soon, overdue)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from vocdesk.domain.messages import QT_TRANSLATE_NOOP
from vocdesk.domain.tables import TableQuery
from vocdesk.services.pdpa.requests import DataSubjectRequestsService, RequestFilter, RequestRow
from vocdesk.ui.complaints.cases_model import OVERDUE_COLOUR
from vocdesk.ui.models.display import date_text, label_text
from vocdesk.ui.models.lazy_table import Column, LazyTableModel

DUE_SOON_COLOUR = QColor(150, 90, 0)  # dark amber: readable on white and on alternating rows
CLOSED_COLOUR = QColor(90, 90, 90)
CONTEXT = "RequestsModel"


def deadline_text(row: RequestRow) -> str:
    """ "Overdue by 3 days", "5 days left", "Answered in time" / "Answered late"."""
    clock = row.clock
    if not clock.open:
        if clock.answered_late:
            return QCoreApplication.translate("RequestsModel", "Answered late")
        return QCoreApplication.translate("RequestsModel", "Answered in time")
    if clock.overdue:
        return QCoreApplication.translate(
            "RequestsModel", "Overdue by %n day(s)", "", -clock.days_left
        )
    if clock.days_left == 0:
        return QCoreApplication.translate("RequestsModel", "Due today")
    return QCoreApplication.translate("RequestsModel", "%n day(s) left", "", clock.days_left)


def who_text(row: RequestRow) -> str:
    if row.person_name and row.requester:
        return QCoreApplication.translate(
            "RequestsModel", "{person} (asked by {requester})"
        ).format(person=row.person_name, requester=row.requester)
    return row.person_name or row.requester


class RequestsModel(LazyTableModel[RequestRow]):
    CONTEXT = CONTEXT
    COLUMNS = (
        Column("received", QT_TRANSLATE_NOOP("RequestsModel", "Received"),
               lambda r, lang: date_text(r.received_on, lang)),
        Column("kind", QT_TRANSLATE_NOOP("RequestsModel", "Request"),
               lambda r, _: label_text(r.kind)),
        Column("person", QT_TRANSLATE_NOOP("RequestsModel", "Person"),
               lambda r, _: who_text(r), wrap=True, stretch=True),
        Column("due", QT_TRANSLATE_NOOP("RequestsModel", "Due"),
               lambda r, lang: date_text(r.due_on, lang)),
        Column("deadline", QT_TRANSLATE_NOOP("RequestsModel", "Deadline"),
               lambda r, _: deadline_text(r)),
        Column("status", QT_TRANSLATE_NOOP("RequestsModel", "Status"),
               lambda r, _: label_text(r.status)),
        Column("officer", QT_TRANSLATE_NOOP("RequestsModel", "Officer"), lambda r, _: r.officer),
    )  # fmt: skip

    def __init__(
        self, service: DataSubjectRequestsService, parent: Any = None, **kwargs: Any
    ) -> None:
        self._service = service
        self._filter = RequestFilter()
        super().__init__(self._count_rows_of, self._page, parent, **kwargs)

    @property
    def request_filter(self) -> RequestFilter:
        return self._filter

    def set_request_filter(self, filt: RequestFilter) -> None:
        if filt != self._filter:
            self._filter = filt
            self.reload()

    def _count_rows_of(self, query: TableQuery) -> int:
        return self._service.count(self._filter)

    def _page(self, query: TableQuery, offset: int, limit: int) -> list[RequestRow]:
        return self._service.page(self._filter, offset=offset, limit=limit)

    def row_foreground(self, row: RequestRow) -> QColor | None:
        if row.clock.overdue:
            return OVERDUE_COLOUR
        if row.clock.due_soon:
            return DUE_SOON_COLOUR
        return None if row.clock.open else CLOSED_COLOUR

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The order is the deadline's (open first, soonest due first): not sortable."""
