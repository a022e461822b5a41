"""Everything a report prints besides its own figures: the agency's letterhead, the period, the
language and its digits, when and by whom it was printed.

``ReportContext.open`` reads the agency settings and the request once; each report then asks it
for its page furniture and PDF metadata with only its own title.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from vocdesk.domain.clock import THAI_TIME
from vocdesk.domain.fiscal import Period, fiscal_year_period
from vocdesk.domain.messages import QT_TRANSLATE_NOOP
from vocdesk.reports.document import PageFurniture, PdfMetadata
from vocdesk.reports.kit import Translate, Wording
from vocdesk.services.authorization import acting
from vocdesk.services.database import Database
from vocdesk.services.reports.request import ReportRequest, fiscal_year_of, period_of
from vocdesk.services.settings import AgencySettings, SettingsService

Progress = Callable[[int, int], None]
"""(steps done, steps in all): a report says how far it has come."""


def no_progress(done: int, total: int) -> None:
    pass


@dataclass(frozen=True)
class ReportContext:
    request: ReportRequest
    wording: Wording
    agency: AgencySettings
    fiscal_year: int
    """B.E."""
    period: Period
    printed_at: datetime
    """On the agency's wall clock (Thai time)."""
    printed_by: str

    @classmethod
    def open(
        cls,
        db: Database,
        request: ReportRequest,
        translate: Translate,
        now: Callable[[], datetime] = lambda: datetime.now(THAI_TIME),
    ) -> ReportContext:
        """The context of ``request`` (raises ``UserError`` for a period that cannot be)."""
        agency = SettingsService(db).agency()
        printed_at = now()
        today = printed_at.date()
        return cls(
            request=request,
            wording=Wording(request.lang, translate, agency.thai_digits),
            agency=agency,
            fiscal_year=fiscal_year_of(request, today),
            period=period_of(request, today),
            printed_at=printed_at,
            printed_by=request.printed_by or acting(db).shown_name,
        )

    @property
    def today(self) -> date:
        return self.printed_at.date()

    @property
    def whole_year(self) -> bool:
        return self.period == fiscal_year_period(self.fiscal_year)

    def period_label(self) -> str:
        """ "ปีงบประมาณ 2569 (1 ต.ค. 68 – 30 ก.ย. 69)" or "Fiscal year 2026 (…)"."""
        say = self.wording.say
        span = self.wording.period(self.period, "short")
        if self.whole_year:
            return say(
                "Reports",
                QT_TRANSLATE_NOOP("Reports", "Fiscal year {year} ({span})"),
                year=self.wording.year(self.fiscal_year),
                span=span,
            )
        return span

    def furniture(self, title: str, period_label: str | None = None) -> PageFurniture:
        """The header and footer of every page of a report titled ``title``."""
        words = self.wording
        printed = words.say(
            "Reports",
            QT_TRANSLATE_NOOP("Reports", "Printed {moment} by {name}"),
            moment=words.moment(self.printed_at),
            name=self.printed_by,
        )
        return PageFurniture(
            agency=self.agency.name(words.lang),
            title=title,
            period=self.period_label() if period_label is None else period_label,
            printed=printed,
            page_label=lambda page, count: words.say(
                "Reports",
                QT_TRANSLATE_NOOP("Reports", "Page {page} of {count}"),
                page=words.number(page),
                count=words.number(count),
            ),
            logo=self.agency.logo,
        )

    def metadata(self, title: str, subject: str = "") -> PdfMetadata:
        return PdfMetadata(
            title=title,
            author=self.agency.name(self.wording.lang) or "VocDesk",
            language="th-TH" if self.wording.thai else "en-GB",
            subject=subject,
        )
