"""The improvement actions page's table: what, status, owner, due day, what caused it, outcome."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from vocdesk.domain.messages import QT_TRANSLATE_NOOP
from vocdesk.domain.tables import TableQuery
from vocdesk.services.listening.improvement import (
    ActionFilter,
    ImprovementActionsService,
    ImprovementRow,
)
from vocdesk.ui.i18n import counted
from vocdesk.ui.models.display import date_text, label_text
from vocdesk.ui.models.lazy_table import Column, LazyTableModel

OVERDUE_COLOUR = QColor(176, 0, 32)  # the complaints table's red: one meaning across the window


def sources_text(row: ImprovementRow, lang: str) -> str:
    """ "3 entries, 1 complaint": each count in its plural form (Qt's %Ln, grouped digits)."""
    parts = []
    if row.entries:
        parts.append(counted(QCoreApplication.translate(
            "ImprovementModel", "%Ln entries", None, row.entries), row.entries))  # fmt: skip
    if row.complaints:
        parts.append(counted(QCoreApplication.translate(
            "ImprovementModel", "%Ln complaint(s)", None, row.complaints), row.complaints))  # fmt: skip
    if row.findings:
        parts.append(counted(QCoreApplication.translate(
            "ImprovementModel", "%Ln survey finding(s)", None, row.findings), row.findings))  # fmt: skip
    return (" " if lang == "th" else ", ").join(parts)  # Thai lists with spaces, not commas


class ImprovementModel(LazyTableModel[ImprovementRow]):
    CONTEXT = "ImprovementModel"
    COLUMNS = (
        Column("title", QT_TRANSLATE_NOOP("ImprovementModel", "Improvement"), lambda r, _: r.title,
               wrap=True),
        Column("status", QT_TRANSLATE_NOOP("ImprovementModel", "Status"), lambda r, _: label_text(r.status)),
        Column("owner", QT_TRANSLATE_NOOP("ImprovementModel", "Owner"), lambda r, _: r.owner,
               wrap=True),
        Column("due", QT_TRANSLATE_NOOP("ImprovementModel", "Due"), lambda r, lang: date_text(r.due_on, lang)),
        Column("sources", QT_TRANSLATE_NOOP("ImprovementModel", "Because of"), sources_text,
               wrap=True),
        Column("completed", QT_TRANSLATE_NOOP("ImprovementModel", "Done on"),
               lambda r, lang: date_text(r.completed_on, lang)),
        Column("outcome", QT_TRANSLATE_NOOP("ImprovementModel", "Outcome"), lambda r, _: r.outcome,
               wrap=True),
    )  # fmt: skip
    DEFAULT_SORT = ("due", Qt.SortOrder.AscendingOrder)

    def __init__(
        self, service: ImprovementActionsService, parent: Any = None, **kwargs: Any
    ) -> None:
        self._service = service
        self._show = ActionFilter.ALL
        super().__init__(service.count_actions, service.list_actions, parent, **kwargs)

    @property
    def show(self) -> ActionFilter:
        return self._show

    def set_show(self, show: ActionFilter) -> None:
        """Show all, open, overdue or finished actions (a new query: the model is reset)."""
        if show != self._show:
            self._show = ActionFilter(show)
            self.reload()

    def _reader(
        self,
    ) -> tuple[Callable[[TableQuery], int], Callable[[TableQuery, int, int], list[ImprovementRow]]]:
        show = self._show  # bound now, so an export running later reads the same rows
        return (
            partial(self._service.count_actions, show=show),
            partial(self._service.list_actions, show=show),
        )

    def row_foreground(self, row: ImprovementRow) -> QColor | None:
        return OVERDUE_COLOUR if row.overdue else None
