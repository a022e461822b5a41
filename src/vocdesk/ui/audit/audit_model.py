"""The audit trail browser's table: entries newest first, a page at a time, narrowed by the
dialog's filters (``services.audit.AuditFilter``) and its search box."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from vocdesk.domain.messages import QT_TRANSLATE_NOOP
from vocdesk.domain.tables import TableQuery
from vocdesk.services.audit import CONFIDENTIAL_MARK, AuditFilter, AuditRow, AuditTrailService
from vocdesk.ui.models.display import date_text, label_text
from vocdesk.ui.models.lazy_table import Column, LazyTableModel

# The record types the services write to the trail (table names), as the user knows them.
ENTITY_LABELS = {
    "complaint": QT_TRANSLATE_NOOP("AuditTrailModel", "Complaint case"),
    "stakeholder": QT_TRANSLATE_NOOP("AuditTrailModel", "Stakeholder"),
    "user_account": QT_TRANSLATE_NOOP("AuditTrailModel", "User account"),
    "activity": QT_TRANSLATE_NOOP("AuditTrailModel", "Activity"),
    "segment": QT_TRANSLATE_NOOP("AuditTrailModel", "Segment"),
    "reminder": QT_TRANSLATE_NOOP("AuditTrailModel", "Reminder"),
    "contact_interval": QT_TRANSLATE_NOOP("AuditTrailModel", "Contact interval"),
    "holiday": QT_TRANSLATE_NOOP("AuditTrailModel", "Holiday"),
    "database": QT_TRANSLATE_NOOP("AuditTrailModel", "Database"),
    "audit_entry": QT_TRANSLATE_NOOP("AuditTrailModel", "Audit trail"),
    "export": QT_TRANSLATE_NOOP("AuditTrailModel", "Exported file"),
    "report": QT_TRANSLATE_NOOP("AuditTrailModel", "Report"),
    "feedback_entry": QT_TRANSLATE_NOOP("AuditTrailModel", "Feedback entry"),
    "survey_response": QT_TRANSLATE_NOOP("AuditTrailModel", "Survey response"),
    "retention_policy": QT_TRANSLATE_NOOP("AuditTrailModel", "Retention period"),
    "bundle": QT_TRANSLATE_NOOP("AuditTrailModel", "Bundle between offices"),
}


def entity_text(entity: str) -> str:
    label = ENTITY_LABELS.get(entity)
    return QCoreApplication.translate("AuditTrailModel", label) if label else entity


def hidden_text() -> str:
    """The "(confidential)" put in place of a value the reader may not see, translated."""
    return QCoreApplication.translate("AuditTrail", CONFIDENTIAL_MARK)


def short_id(row: AuditRow) -> str:
    return "" if row.entity_id.int == 0 else row.entity_id.hex[:8]


class AuditTrailModel(LazyTableModel[AuditRow]):
    CONTEXT = "AuditTrailModel"
    COLUMNS = (
        Column("at", QT_TRANSLATE_NOOP("AuditTrailModel", "When"),
               lambda r, lang: date_text(r.at, lang)),
        Column("user", QT_TRANSLATE_NOOP("AuditTrailModel", "User"), lambda r, _: r.user),
        Column("action", QT_TRANSLATE_NOOP("AuditTrailModel", "Action"),
               lambda r, _: label_text(r.action)),
        Column("entity", QT_TRANSLATE_NOOP("AuditTrailModel", "Record type"),
               lambda r, _: entity_text(r.entity)),
        Column("", QT_TRANSLATE_NOOP("AuditTrailModel", "Record"), lambda r, _: short_id(r)),
        Column("", QT_TRANSLATE_NOOP("AuditTrailModel", "Changes"),
               lambda r, _: r.summary(hidden_text()), wrap=True),
    )  # fmt: skip
    DEFAULT_SORT = ("at", Qt.SortOrder.DescendingOrder)

    def __init__(self, service: AuditTrailService, parent: Any = None, **kwargs: Any) -> None:
        self._service = service
        self._filters = AuditFilter()
        super().__init__(service.count_entries, service.entries, parent, **kwargs)

    @property
    def filters(self) -> AuditFilter:
        return self._filters

    def set_filters(self, filters: AuditFilter) -> None:
        """Show the entries ``filters`` select (a new query: the model is reset)."""
        if filters != self._filters:
            self._filters = filters
            self.reload()

    def _reader(
        self,
    ) -> tuple[Callable[[TableQuery], int], Callable[[TableQuery, int, int], list[AuditRow]]]:
        filters = self._filters  # bound now, so a later page reads the same entries
        return (
            lambda query: self._service.count_entries(query, filters),
            lambda query, offset, limit: self._service.entries(query, offset, limit, filters),
        )
