"""What a report is asked for: which report, in which language, for which period and subject.

The command line (``vocdesk report KIND --fiscal-year --period --id``) and the window's Reports
menu both fill in a ``ReportRequest``; the rules for reading a year and a period live here once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from vocdesk.domain.fiscal import Period, fiscal_half, fiscal_year_be, fiscal_year_period
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error
from vocdesk.domain.thai_dates import BE_OFFSET, BE_YEAR_THRESHOLD


class ReportKind(StrEnum):
    PMQA = "pmqa"
    COMPLAINTS = "complaints"
    SURVEY = "survey"
    STAKEHOLDER = "stakeholder"
    RECEIPT = "receipt"
    QUESTIONNAIRE = "questionnaire"


SUBJECT_REPORTS = (
    ReportKind.SURVEY,
    ReportKind.STAKEHOLDER,
    ReportKind.RECEIPT,
    ReportKind.QUESTIONNAIRE,
)
"""The reports about one thing, named by ``--id``: a survey's code, a stakeholder's id or national
ID, a complaint's case number."""

PERIOD_CHOICES = ("full", "h1", "h2")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


@dataclass(frozen=True)
class ReportRequest:
    kind: ReportKind
    lang: str = "th"
    fiscal_year: int | None = None
    """B.E. (2569) or C.E. (2026): a year above 2400 is B.E.; None is the current fiscal year."""
    period: str = "full"
    """ "full" (the fiscal year: the 12-month round), "h1" (Oct–Mar: the 6-month round), "h2"
    (Apr–Sep), or a month "YYYY-MM" (C.E., or B.E. when above 2400)."""
    subject: str = ""
    reveal_personal: bool = False
    """Print complainants' names and stakeholders' identifiers instead of masking them."""
    printed_by: str = ""


def fiscal_year_of(request: ReportRequest, today: date) -> int:
    """The request's fiscal year in B.E.; a month period names its own year."""
    month = _month(request.period)
    if month is not None:
        return fiscal_year_be(month)
    if request.fiscal_year is None:
        return fiscal_year_be(today)
    return be_year_of(request.fiscal_year)


def be_year_of(year: int) -> int:
    """A year as typed, read as B.E. above 2400 and as C.E. otherwise."""
    if year > BE_YEAR_THRESHOLD:
        return year
    if year < 1900:
        raise user_error(
            "Reports",
            QT_TRANSLATE_NOOP("Reports", "{year} is not a year: give it as 2569 (B.E.) or 2026."),
            year=year,
        )
    return year + BE_OFFSET


def period_of(request: ReportRequest, today: date) -> Period:
    """The days a report covers."""
    month = _month(request.period)
    if month is not None:
        if request.fiscal_year is not None and fiscal_year_be(month) != be_year_of(
            request.fiscal_year
        ):
            raise user_error(
                "Reports",
                QT_TRANSLATE_NOOP("Reports", "The month {month} is not in fiscal year {year}."),
                month=request.period,
                year=be_year_of(request.fiscal_year),
            )
        following = date(month.year + month.month // 12, month.month % 12 + 1, 1)
        return Period(month, date.fromordinal(following.toordinal() - 1))
    year = fiscal_year_of(request, today)
    if request.period == "full":
        return fiscal_year_period(year)
    if request.period in ("h1", "h2"):
        return fiscal_half(year, int(request.period[1]))
    raise user_error(
        "Reports",
        QT_TRANSLATE_NOOP(
            "Reports",
            "Unknown period {period}: use h1 (October–March), h2 (April–September), full (the"
            " whole fiscal year) or a month as YYYY-MM.",
        ),
        period=request.period,
    )


def _month(text: str) -> date | None:
    found = _MONTH.match(text.strip())
    if not found:
        return None
    year, month = int(found.group(1)), int(found.group(2))
    if not 1 <= month <= 12:
        raise user_error(
            "Reports",
            QT_TRANSLATE_NOOP("Reports", "{period} is not a month: give it as YYYY-MM."),
            period=text,
        )
    return date(year - BE_OFFSET if year > BE_YEAR_THRESHOLD else year, month, 1)
