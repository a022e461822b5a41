"""The Stakeholders tab's table, and the smaller list the Timeline tab picks a person from."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt

from vocdesk.domain.clock import thai_date
from vocdesk.domain.enums import StakeholderStatus
from vocdesk.domain.messages import QT_TRANSLATE_NOOP
from vocdesk.domain.tables import TableQuery
from vocdesk.services.registry.stakeholders import (
    RegistryFilter,
    RegistryService,
    StakeholderRow,
)
from vocdesk.ui.models.display import date_text, label_text, name_text
from vocdesk.ui.models.lazy_table import Column, LazyTableModel

SENSITIVE_MARK = "◆"  # a mark, not a word: the column stays narrow


class StakeholdersModel(LazyTableModel[StakeholderRow]):
    CONTEXT = "StakeholdersModel"
    COLUMNS = (
        Column("name", QT_TRANSLATE_NOOP("StakeholdersModel", "Name"), lambda r, _: r.name),
        #: PDPA s.26: a person whose record holds sensitive data (health, religion, criminal record)
        Column("sensitive", QT_TRANSLATE_NOOP("StakeholdersModel", "Sensitive"),
               lambda r, _: SENSITIVE_MARK if r.sensitive else "",
               tooltip=QT_TRANSLATE_NOOP("StakeholdersModel",
                                         "Sensitive personal data (PDPA section 26): notes shown only with the personal-data permission")),
        Column("organisation", QT_TRANSLATE_NOOP("StakeholdersModel", "Organisation"),
               lambda r, _: r.organisation, wrap=True),
        Column("kind", QT_TRANSLATE_NOOP("StakeholdersModel", "Kind"), lambda r, _: label_text(r.kind),
               wrap=True),
        Column("segment", QT_TRANSLATE_NOOP("StakeholdersModel", "Segment"),
               lambda r, lang: name_text(r.segment, lang), wrap=True),
        Column("status", QT_TRANSLATE_NOOP("StakeholdersModel", "Status"),
               lambda r, _: label_text(r.status), wrap=True),  # "มีศักยภาพ (ในอนาคต)" may wrap
        Column("province", QT_TRANSLATE_NOOP("StakeholdersModel", "Province"), lambda r, _: r.province,
               wrap=True),
        Column("phone", QT_TRANSLATE_NOOP("StakeholdersModel", "Phone"), lambda r, _: r.phone),
        #: The national ID as lists show it under the PDPA: middle digits hidden (the header says
        #: so in its tooltip: "(masked)" in the title made the column wider than its numbers),
        #: whole while "Show personal data" is on
        Column("national_id", QT_TRANSLATE_NOOP("StakeholdersModel", "National ID"),
               lambda r, _: r.national_id,
               tooltip=QT_TRANSLATE_NOOP("StakeholdersModel", "National ID, its middle digits hidden unless personal data is shown (PDPA)")),
        Column("updated", QT_TRANSLATE_NOOP("StakeholdersModel", "Updated"),
               lambda r, lang: date_text(thai_date(r.updated_at), lang)),
    )  # fmt: skip
    DEFAULT_SORT = ("name", Qt.SortOrder.AscendingOrder)
    LANGUAGE_SORT_KEYS = frozenset({"segment"})

    def __init__(self, service: RegistryService, parent: Any = None, **kwargs: Any) -> None:
        self._service = service
        self._filters = RegistryFilter()
        self._shows_personal = False
        self.status_counts: dict[StakeholderStatus, int] = {}  # of the rows matching the query
        super().__init__(service.count_stakeholders, service.list_stakeholders, parent, **kwargs)

    def _count_rows(self, query: TableQuery) -> int:
        # One GROUP BY gives both the total and the tab's counts by status: a search scans once less.
        self.status_counts = self._service.status_counts(query, self._filters)
        return sum(self.status_counts.values())

    @property
    def filters(self) -> RegistryFilter:
        return self._filters

    @property
    def shows_personal(self) -> bool:
        """Whether the rows show phones and national IDs whole (PDPA: "Show personal data")."""
        return self._shows_personal

    def set_shows_personal(self, shown: bool) -> None:
        """Read the rows again, identifiers whole or masked; whole needs the personal-data grant
        (the service refuses otherwise) and each row read is put on the audit trail."""
        if shown != self._shows_personal:
            self._shows_personal = shown
            self.reload()

    def set_filters(self, filters: RegistryFilter) -> None:
        """Show the rows matching ``filters`` (a new query: the model is reset)."""
        if filters != self._filters:
            self._filters = filters
            self.reload()

    def _reader(
        self,
    ) -> tuple[Callable[[TableQuery], int], Callable[[TableQuery, int, int], list[StakeholderRow]]]:
        # Bound to the filters shown now, so an export running later reads the same rows.
        filters = self._filters
        return (
            partial(self._service.count_stakeholders, filters=filters),
            partial(
                self._service.list_stakeholders,
                filters=filters,
                reveal_personal=self._shows_personal,
            ),
        )


class StakeholderPickerModel(LazyTableModel[StakeholderRow]):
    """Who a timeline is about: name and organisation, searched as you type."""

    CONTEXT = "StakeholderPickerModel"
    COLUMNS = (
        # One line a name: a picker is read down the list (wrapping names to fit the narrow pane
        # showed half as many); the organisation beside it may scroll into view.
        Column("name", QT_TRANSLATE_NOOP("StakeholderPickerModel", "Name"), lambda r, _: r.name),
        Column("organisation", QT_TRANSLATE_NOOP("StakeholderPickerModel", "Organisation"),
               lambda r, _: r.organisation, wrap=True),
    )  # fmt: skip
    DEFAULT_SORT = ("name", Qt.SortOrder.AscendingOrder)

    def __init__(self, service: RegistryService, parent: Any = None, **kwargs: Any) -> None:
        super().__init__(service.count_stakeholders, service.list_stakeholders, parent, **kwargs)
