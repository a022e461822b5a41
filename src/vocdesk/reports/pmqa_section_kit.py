"""What the items of the PMQA evidence pack share: the labels of stored codes, and the helpers
that print numbers, names, criteria, tables and charts in the report's language."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from vocdesk.domain.messages import QT_TRANSLATE_NOOP
from vocdesk.domain.tables import Named
from vocdesk.reports.charts import BarChart
from vocdesk.reports.kit import Heading, Wording, paragraph, styles
from vocdesk.reports.pmqa_data import PmqaFigures
from vocdesk.reports.tables import thai_table

C = "PmqaReport"

STAGES = (
    QT_TRANSLATE_NOOP("PmqaReport", "Before"),
    QT_TRANSLATE_NOOP("PmqaReport", "During"),
    QT_TRANSLATE_NOOP("PmqaReport", "After"),
)
COVERAGE = {
    "covered": QT_TRANSLATE_NOOP("PmqaReport", "Planned and heard"),
    "not_heard": QT_TRANSLATE_NOOP("PmqaReport", "Planned, not heard"),
    "unplanned": QT_TRANSLATE_NOOP("PmqaReport", "Heard, not planned"),
    "gap": QT_TRANSLATE_NOOP("PmqaReport", "No plan, nothing heard"),
}
PRIORITY = {
    "high": QT_TRANSLATE_NOOP("PmqaReport", "High"),
    "medium": QT_TRANSLATE_NOOP("PmqaReport", "Medium"),
    "low": QT_TRANSLATE_NOOP("PmqaReport", "Low"),
}
SEGMENT_KIND = {
    "service_recipient": QT_TRANSLATE_NOOP("PmqaReport", "Service recipients"),
    "stakeholder": QT_TRANSLATE_NOOP("PmqaReport", "Stakeholders"),
}
ACTIVITY_KIND = {
    "meeting": QT_TRANSLATE_NOOP("PmqaReport", "Meeting"),
    "call": QT_TRANSLATE_NOOP("PmqaReport", "Call"),
    "visit": QT_TRANSLATE_NOOP("PmqaReport", "Visit"),
    "email": QT_TRANSLATE_NOOP("PmqaReport", "E-mail"),
    "event": QT_TRANSLATE_NOOP("PmqaReport", "Event"),
    "note": QT_TRANSLATE_NOOP("PmqaReport", "Note"),
    "letter": QT_TRANSLATE_NOOP("PmqaReport", "Letter"),
    "training": QT_TRANSLATE_NOOP("PmqaReport", "Training"),
    "agreement": QT_TRANSLATE_NOOP("PmqaReport", "Agreement (MOU)"),
    "social_media": QT_TRANSLATE_NOOP("PmqaReport", "Social media"),
}
ACTION_STATUS = {
    "planned": QT_TRANSLATE_NOOP("PmqaReport", "Planned"),
    "in_progress": QT_TRANSLATE_NOOP("PmqaReport", "In progress"),
    "done": QT_TRANSLATE_NOOP("PmqaReport", "Done"),
    "cancelled": QT_TRANSLATE_NOOP("PmqaReport", "Cancelled"),
}


class SectionKit:
    """What every item of the pack uses: the figures, the wording, the styles, and small
    helpers for numbers, names, criteria, tables and bar charts."""

    def __init__(self, figures: PmqaFigures, words: Wording, width: float) -> None:
        self.f = figures
        self.w = words
        self.width = width
        self.kit = styles()

    # --- helpers ---------------------------------------------------------------------------
    def t(self, text: str, **params: object) -> str:
        return self.w.say(C, text, **params)

    def n(self, value: float | None, decimals: int = 0) -> str:
        return self.w.number(value, decimals)

    def pct(self, value: float | None) -> str:
        return self.w.percent(value)

    def name(self, named: Named | None, missing: str = "") -> str:
        if named is None:
            return missing or self.t(QT_TRANSLATE_NOOP("PmqaReport", "No segment"))
        return self.w.name(named.th, named.en)

    def criterion(self, text: str) -> Flowable:
        """The criterion's own points, in italics under the item's heading."""
        return paragraph(self.t(text), self.kit.caption)

    def item(self, title: str, criterion: str) -> list[Flowable]:
        """An item's heading ("(6) Services", a bookmark) with its criterion under it; both
        texts marked with QT_TRANSLATE_NOOP("PmqaReport", …)."""
        return [Heading(self.t(title), 2), self.criterion(criterion)]

    def table(
        self, header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]
    ) -> Flowable:
        scale = self.width / sum(widths)
        return thai_table(
            header, rows, [w * scale for w in widths], self.kit.table_header, self.kit.table_body
        )

    def bars(self, bars: Sequence[tuple[str, float]], title: str) -> Flowable:
        return BarChart(bars, width=self.width, value_label=lambda v: self.n(v), title=title)
