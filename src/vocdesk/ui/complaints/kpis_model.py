"""The complaint KPI breakdown: one row per category (or channel, segment, unit, office)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from vocdesk.domain.complaints.kpis import KpiFigures
from vocdesk.domain.messages import QT_TRANSLATE_NOOP
from vocdesk.services.complaints.kpis import ComplaintKpiReport, KpiGroup
from vocdesk.ui.i18n import current_language
from vocdesk.ui.models.display import number_text, percent_text
from vocdesk.ui.models.small_table import SmallTableModel

CONTEXT = "ComplaintKpisModel"
NONE_RECORDED = QT_TRANSLATE_NOOP("ComplaintKpisModel", "None recorded")

Cell = Callable[[KpiFigures, str], str]


def _count(attribute: str) -> Cell:
    return lambda figures, lang: number_text(getattr(figures, attribute), lang)


def _percent(attribute: str) -> Cell:
    return lambda figures, lang: percent_text(getattr(figures, attribute), lang)


def _decimal(attribute: str) -> Cell:
    return lambda figures, lang: number_text(getattr(figures, attribute), lang, 1)


# (short heading, full heading for the tooltip, cell text): the first column is the group's name.
COLUMNS: tuple[tuple[str, str, Cell], ...] = (
    (QT_TRANSLATE_NOOP("ComplaintKpisModel", "Received"), QT_TRANSLATE_NOOP("ComplaintKpisModel", "Cases received"),
     _count("received")),
    (QT_TRANSLATE_NOOP("ComplaintKpisModel", "Ack. in time"),
     QT_TRANSLATE_NOOP("ComplaintKpisModel", "Acknowledged within standard"), _percent("acknowledged_pct")),
    (QT_TRANSLATE_NOOP("ComplaintKpisModel", "1st reply in time"),
     QT_TRANSLATE_NOOP("ComplaintKpisModel", "First response within standard"), _percent("first_response_pct")),
    (QT_TRANSLATE_NOOP("ComplaintKpisModel", "Resolved in time"),
     QT_TRANSLATE_NOOP("ComplaintKpisModel", "Resolved within standard"), _percent("resolved_pct")),
    (QT_TRANSLATE_NOOP("ComplaintKpisModel", "Notified in time"),
     QT_TRANSLATE_NOOP("ComplaintKpisModel", "Result notified to the complainant within standard"), _percent("notified_pct")),
    (QT_TRANSLATE_NOOP("ComplaintKpisModel", "Mean days"),
     QT_TRANSLATE_NOOP("ComplaintKpisModel", "Mean working days to resolve"), _decimal("mean_days")),
    (QT_TRANSLATE_NOOP("ComplaintKpisModel", "Median days"),
     QT_TRANSLATE_NOOP("ComplaintKpisModel", "Median working days to resolve"), _decimal("median_days")),
    (QT_TRANSLATE_NOOP("ComplaintKpisModel", "Open"), QT_TRANSLATE_NOOP("ComplaintKpisModel", "Open today"),
     _count("open")),
    (QT_TRANSLATE_NOOP("ComplaintKpisModel", "Overdue"), QT_TRANSLATE_NOOP("ComplaintKpisModel", "Overdue today"),
     _count("overdue")),
    (QT_TRANSLATE_NOOP("ComplaintKpisModel", "Reopened"), QT_TRANSLATE_NOOP("ComplaintKpisModel", "Reopen rate"),
     _percent("reopen_rate")),
    (QT_TRANSLATE_NOOP("ComplaintKpisModel", "Satisfaction"),
     QT_TRANSLATE_NOOP("ComplaintKpisModel", "Satisfaction with complaint handling (1–5)"),
     lambda figures, lang: number_text(figures.satisfaction_mean, lang, 2)),
    (QT_TRANSLATE_NOOP("ComplaintKpisModel", "Satisfied"),
     QT_TRANSLATE_NOOP("ComplaintKpisModel", "Share of complainants satisfied (4–5)"), _percent("satisfied_pct")),
    (QT_TRANSLATE_NOOP("ComplaintKpisModel", "Trust"),
     QT_TRANSLATE_NOOP("ComplaintKpisModel", "Share of complainants asked at follow-up whose trust was restored"),
     _percent("trust_restored_pct")),
)  # fmt: skip


class ComplaintKpisModel(SmallTableModel):
    """A small table computed at once from a ``ComplaintKpiReport``; a new report resets it."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._report: ComplaintKpiReport | None = None
        self._group_title = ""
        self._rows: list[list[str]] = []

    def set_report(self, report: ComplaintKpiReport | None, group_title: str = "") -> None:
        self.beginResetModel()
        self._report = report
        self._group_title = group_title or self._group_title
        self._rows = self._build(report) if report is not None else []
        self.endResetModel()

    def retranslate(self, group_title: str) -> None:
        self.set_report(self._report, group_title)

    def groups(self) -> list[KpiGroup]:
        return list(self._report.groups) if self._report is not None else []

    def text(self, row: int, column: int) -> str:
        return self._rows[row][column]

    cell = text

    def _build(self, report: ComplaintKpiReport) -> list[list[str]]:
        lang = current_language()
        none = QCoreApplication.translate(CONTEXT, NONE_RECORDED)
        return [
            [group.name.in_language(lang) or none]
            + [cell(group.figures, lang) for _, _, cell in COLUMNS]
            for group in report.groups
        ]

    def row_count(self) -> int:
        return len(self._rows)

    def column_count(self) -> int:
        return len(COLUMNS) + 1

    def titles(self) -> list[str]:
        return [
            self._group_title,
            *(QCoreApplication.translate(CONTEXT, short) for short, _full, _cell in COLUMNS),
        ]

    def title_tooltip(self, section: int) -> str:
        return (
            self._group_title
            if section == 0
            else QCoreApplication.translate(CONTEXT, COLUMNS[section - 1][1])
        )
