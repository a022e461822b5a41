"""The retention review's list: the records of one kind due on a day, a page at a time, each
with a check box: a record unticked is left out of the review (issue 19)."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from vocdesk.domain.messages import QT_TRANSLATE_NOOP
from vocdesk.domain.pdpa.terms import RetentionRecordType
from vocdesk.domain.tables import TableQuery
from vocdesk.services.pdpa.retention import DueRecord, RetentionService
from vocdesk.ui.models.display import date_text, label_text, name_text
from vocdesk.ui.models.lazy_table import Column, Index, LazyTableModel


def _about(record: DueRecord, lang: str) -> str:
    if not record.readable:
        return QCoreApplication.translate("DueRecordsModel", "(confidential)")
    return label_text(record.kind) if record.kind is not None else name_text(record.about, lang)


class DueRecordsModel(LazyTableModel[DueRecord]):
    CONTEXT = "DueRecordsModel"
    COLUMNS = (
        Column("", QT_TRANSLATE_NOOP("DueRecordsModel", "Reference"), lambda r, _: r.reference),
        Column("from", QT_TRANSLATE_NOOP("DueRecordsModel", "Counted from"),
               lambda r, lang: date_text(r.counted_from, lang)),
        Column("", QT_TRANSLATE_NOOP("DueRecordsModel", "Kept until"),
               lambda r, lang: date_text(r.kept_until, lang)),
        Column("", QT_TRANSLATE_NOOP("DueRecordsModel", "About"), _about, stretch=True),
    )  # fmt: skip
    DEFAULT_SORT = ("from", Qt.SortOrder.AscendingOrder)

    def __init__(self, service: RetentionService, parent: Any = None, **kwargs: Any) -> None:
        self._service = service
        self._record_type = RetentionRecordType.COMPLAINT
        self._day: date | None = None
        self._left_out: set[uuid.UUID] = set()
        super().__init__(self._count_due, self._list_due, parent, **kwargs)

    @property
    def record_type(self) -> RetentionRecordType:
        return self._record_type

    @property
    def left_out(self) -> frozenset[uuid.UUID]:
        """The records unticked: a review leaves them."""
        return frozenset(self._left_out)

    def show(self, record_type: RetentionRecordType, day: date) -> None:
        """The records of ``record_type`` due on ``day`` (a new query: ticks start afresh)."""
        self._record_type, self._day = record_type, day
        self._left_out.clear()
        self.reload()

    def _count_due(self, query: TableQuery) -> int:
        return self._service.count_due(self._record_type, query, self._day)

    def _list_due(self, query: TableQuery, offset: int, limit: int) -> list[DueRecord]:
        return self._service.list_due(self._record_type, query, offset, limit, self._day)

    def _reader(self) -> Any:
        # Bound to the kind and day asked now, so a worker reads what was asked.
        service, kind, day = self._service, self._record_type, self._day
        return (
            lambda query: service.count_due(kind, query, day),
            lambda query, offset, limit: service.list_due(kind, query, offset, limit, day),
        )

    # --- ticks ---------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == 0:
            row = self.row_at(index.row())
            if row is not None:
                left = row.id in self._left_out or not row.readable
                return Qt.CheckState.Unchecked if left else Qt.CheckState.Checked
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        row = self.row_at(index.row()) if index.isValid() else None
        if index.column() == 0 and row is not None and row.readable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        row = self.row_at(index.row()) if index.isValid() else None
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0 or row is None:
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._left_out.discard(row.id)
        else:
            self._left_out.add(row.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True
