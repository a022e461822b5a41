"""Tables of the listening summary page: channel × stage, and counts with their share."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from vocdesk.domain.messages import QT_TRANSLATE_NOOP
from vocdesk.services.listening.summary import ListeningSummary
from vocdesk.ui.i18n import current_language
from vocdesk.ui.labels import enum_label
from vocdesk.ui.models.display import number_text, percent_text
from vocdesk.ui.models.small_table import SmallTableModel


class _SummaryTable(SmallTableModel):
    """A small table computed at once from a ``ListeningSummary``; a new summary resets it."""

    CONTEXT = ""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._summary: ListeningSummary | None = None
        self._language = current_language()
        self._rows: list[tuple[str, list[int]]] = []

    def set_summary(self, summary: ListeningSummary | None) -> None:
        self.beginResetModel()
        self._summary = summary
        self._rows = self._build(summary) if summary is not None else []
        self.endResetModel()

    def retranslate(self) -> None:
        self.set_summary(self._summary)  # names and labels are chosen per language when built

    def _build(self, summary: ListeningSummary) -> list[tuple[str, list[int]]]:
        raise NotImplementedError

    def titles(self) -> list[str]:
        raise NotImplementedError

    def rows(self) -> list[tuple[str, list[int]]]:
        return list(self._rows)

    def _tr(self, text: str) -> str:
        return QCoreApplication.translate(self.CONTEXT, text)

    def row_count(self) -> int:
        return len(self._rows)

    def cell(self, row: int, column: int) -> str:
        label, numbers = self._rows[row]
        return label if column == 0 else number_text(numbers[column - 1], self._language)


class ChannelStageModel(_SummaryTable):
    """Channels down, the lifecycle stages and the total across; a last row of totals."""

    CONTEXT = "ChannelStageModel"
    CHANNEL_TITLE = QT_TRANSLATE_NOOP("ChannelStageModel", "Channel")
    TOTAL_TITLE = QT_TRANSLATE_NOOP("ChannelStageModel", "Total")

    def titles(self) -> list[str]:
        stages = self._summary.stages if self._summary else ()
        return [
            self._tr(self.CHANNEL_TITLE),
            *(enum_label(s) for s in stages),
            self._tr(self.TOTAL_TITLE),
        ]

    def _build(self, summary: ListeningSummary) -> list[tuple[str, list[int]]]:
        self._language = current_language()
        rows = [
            (r.channel.in_language(self._language), [*r.by_stage, r.total])
            for r in summary.channel_stage
        ]
        rows.append((self._tr(self.TOTAL_TITLE), [*summary.stage_totals(), summary.total]))
        return rows


class CountsModel(_SummaryTable):
    """One breakdown (by type, segment or service): the name, the count and its share."""

    CONTEXT = "CountsModel"
    COUNT_TITLE = QT_TRANSLATE_NOOP("CountsModel", "Entries")
    SHARE_TITLE = QT_TRANSLATE_NOOP("CountsModel", "Share")

    def __init__(
        self,
        title: str,
        rows_of: Callable[[ListeningSummary, str], list[tuple[str, int]]],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._title = title  # marked with QT_TRANSLATE_NOOP("CountsModel", ...) by the caller
        self._rows_of = rows_of

    def titles(self) -> list[str]:
        return [self._tr(self._title), self._tr(self.COUNT_TITLE), self._tr(self.SHARE_TITLE)]

    def _build(self, summary: ListeningSummary) -> list[tuple[str, list[int]]]:
        self._language = current_language()
        return [(name, [count]) for name, count in self._rows_of(summary, self._language)]

    def cell(self, row: int, column: int) -> str:
        if column == 2:
            total = self._summary.total if self._summary else 0
            count = self._rows[row][1][0]
            return percent_text(100.0 * count / total if total else None, self._language)
        return super().cell(row, column)
