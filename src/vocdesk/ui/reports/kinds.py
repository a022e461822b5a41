"""What the Reports menu knows of each report: its name, which options it takes, the file name
it suggests, and the services its options dialog reads from."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from vocdesk.domain.messages import QT_TRANSLATE_NOOP
from vocdesk.services.overview.figures import OverviewService
from vocdesk.services.registry.stakeholders import RegistryService
from vocdesk.services.reports.catalogue import ReportService
from vocdesk.services.reports.request import ReportKind
from vocdesk.services.surveys.rounds import SurveysService

REPORT_NAMES: dict[ReportKind, str] = {
    ReportKind.PMQA: QT_TRANSLATE_NOOP("ReportOptionsDialog", "PMQA category 3 evidence pack"),
    ReportKind.COMPLAINTS: QT_TRANSLATE_NOOP("ReportOptionsDialog", "Complaint report"),
    ReportKind.SURVEY: QT_TRANSLATE_NOOP("ReportOptionsDialog", "Survey report"),
    ReportKind.STAKEHOLDER: QT_TRANSLATE_NOOP("ReportOptionsDialog", "Stakeholder profile"),
    ReportKind.RECEIPT: QT_TRANSLATE_NOOP("ReportOptionsDialog", "Acknowledgement letter"),
    ReportKind.QUESTIONNAIRE: QT_TRANSLATE_NOOP("ReportOptionsDialog", "Paper questionnaire"),
}
"""Each report's name, translated where shown (menu, dialog title)."""

FILE_PREFIXES: dict[ReportKind, str] = {
    ReportKind.PMQA: "PMQA",
    ReportKind.COMPLAINTS: "Complaints",
    ReportKind.SURVEY: "Survey",
    ReportKind.STAKEHOLDER: "Stakeholder",
    ReportKind.RECEIPT: "Receipt",
    ReportKind.QUESTIONNAIRE: "Questionnaire",
}
PERIOD_REPORTS = (ReportKind.PMQA, ReportKind.COMPLAINTS, ReportKind.STAKEHOLDER)
"""The reports that cover a period; the others are about one survey or one case."""
PERSONAL_REPORTS = (
    ReportKind.COMPLAINTS,
    ReportKind.STAKEHOLDER,
    ReportKind.RECEIPT,
    ReportKind.SURVEY,
)
"""The reports that mask names and identifiers, or leave out the words of a person marked
sensitive (PDPA s.26: the letter's subject, the survey's comments), unless asked not to."""
_UNSAFE_IN_NAME = re.compile(r"[^\w.-]+")


@dataclass(frozen=True)
class ReportSources:
    """The services the dialog reads its choices from, and the one that makes the report."""

    reports: ReportService
    overview: OverviewService
    surveys: SurveysService
    registry: RegistryService


def report_name(kind: ReportKind) -> str:
    return QCoreApplication.translate("ReportOptionsDialog", REPORT_NAMES[kind])


def default_file_name(kind: ReportKind, fiscal_year: int, period: str, subject: str = "") -> str:
    """ "PMQA-2569-full.pdf", "Survey-CSAT-2569.pdf", "Receipt-RC-2569-00012.pdf"."""
    parts = [FILE_PREFIXES[kind]]
    if kind in PERIOD_REPORTS and kind is not ReportKind.STAKEHOLDER:
        parts += [str(fiscal_year), period]
    elif subject:
        parts.append(subject[:8] if kind is ReportKind.STAKEHOLDER else subject)
    name = "-".join(_UNSAFE_IN_NAME.sub("-", part).strip("-") for part in parts if part)
    return f"{name}.pdf"
