"""The PMQA category 3 evidence pack (``vocdesk report pmqa``): the figures of a fiscal year
or a 6-/12-month round, gathered through the tabs' services (``pmqa_figures``), laid out by
``vocdesk.reports.pmqa_report``."""

from __future__ import annotations

from vocdesk.reports.pmqa_report import TITLE, render
from vocdesk.services.database import Database
from vocdesk.services.reports.context import Progress, ReportContext
from vocdesk.services.reports.pmqa_figures import PmqaFiguresReader

CONTEXT = "PmqaReport"


def build(db: Database, context: ReportContext, progress: Progress) -> bytes:
    progress(0, 3)
    figures = PmqaFiguresReader(db, lambda: context.today).gather(
        context.fiscal_year, context.period
    )
    progress(1, 3)
    words = context.wording
    title = words.say(CONTEXT, TITLE)
    pdf = render(
        figures,
        words,
        context.furniture(title),
        context.metadata(title, context.period_label()),
        context.agency.name(words.lang),
        context.period_label(),
    )
    progress(3, 3)
    return pdf
