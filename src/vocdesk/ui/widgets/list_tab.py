"""What the list tabs share: one searchable table, refreshing and exporting it.

Each leaf tab sets its own texts in ``retranslate()`` with ``self.tr`` (PySide takes the
translation context from the leaf class), and Qt calls it on every language switch.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from vocdesk.ui import layout
from vocdesk.ui.models.lazy_table import LazyTableModel
from vocdesk.ui.models.table_export import TableSnapshot, snapshot_job
from vocdesk.ui.tasks import Progress
from vocdesk.ui.widgets.searchable_table import SearchableTable

M = TypeVar("M", bound=LazyTableModel[Any])

ExportJob = tuple[str, Callable[[Progress], TableSnapshot]]  # a file name stem and the work


class ListTab(QWidget, Generic[M]):
    EXPORT_NAME = "table"  # the suggested file name of an export, without suffix

    def __init__(self, model: M, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = SearchableTable(model, self)
        box = QVBoxLayout(self)
        box.setContentsMargins(layout.MARGIN, layout.MARGIN, layout.MARGIN, layout.MARGIN)
        box.addWidget(self.table)

    @property
    def model(self) -> M:
        return self.table.model

    def title(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError

    def focus_search(self) -> None:
        self.table.search_box.setFocus()
        self.table.search_box.selectAll()

    def refresh(self) -> None:
        """Read the rows again, keeping the search and the sort."""
        self.model.reload()

    def export_job(self) -> ExportJob | None:
        return self.EXPORT_NAME, snapshot_job(self.model)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
