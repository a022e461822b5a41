"""The complaint report prints the KPI service's figures, masks names unless asked, and shows a
confidential case as its number only; in Thai and English, read back with poppler."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pdf_tools import requires_poppler, run, text_of
from report_clock import PRINTED_AT
from sqlalchemy import select
from test_thai_lines import word_boundaries

from vocdesk.db.models import Complaint, Stakeholder
from vocdesk.domain.complaints.kpis import Dimension
from vocdesk.domain.enums import PartyType
from vocdesk.reports.kit import Wording
from vocdesk.services.complaints.kpis import ComplaintKpisService
from vocdesk.services.database import Database
from vocdesk.services.periods import in_period
from vocdesk.services.reports.catalogue import ReportService
from vocdesk.services.reports.complaints import mask_name
from vocdesk.services.reports.request import ReportKind, ReportRequest, period_of

pytestmark = requires_poppler

PRIVATE_OR_REPLACEMENT = re.compile("[\ue000-\uf8ff\ufffd]")
BUILDS = [("th", "full", False), ("en", "full", False), ("th", "h1", False), ("en", "h1", False),
          ("th", "full", True)]  # fmt: skip


def _request(lang: str, period: str, reveal: bool = False) -> ReportRequest:
    return ReportRequest(ReportKind.COMPLAINTS, lang, 2569, period, reveal_personal=reveal,
                         printed_by="tester")  # fmt: skip


@pytest.fixture(scope="module")
def pdfs(
    report_demo: Database, translations: dict, tmp_path_factory: pytest.TempPathFactory
) -> dict[tuple[str, str, bool], Path]:
    folder = tmp_path_factory.mktemp("complaint-report")
    service = ReportService(report_demo, now=lambda: PRINTED_AT)
    made = {}
    for lang, period, reveal in BUILDS:
        path = folder / f"complaints-{lang}-{period}-{reveal}.pdf"
        path.write_bytes(service.build(_request(lang, period, reveal), translations[lang]))
        made[(lang, period, reveal)] = path
    return made


def _flat(pdf: Path) -> str:
    """The PDF's text with every run of white space (a wrapped cell's line ends) one space."""
    return re.sub(r"\s+", " ", text_of(pdf))


def _lines(pdf: Path) -> list[str]:
    return [line.strip() for line in text_of(pdf).splitlines() if line.strip()]


@pytest.mark.parametrize(
    ("lang", "period"), [("th", "full"), ("en", "full"), ("th", "h1"), ("en", "h1")]
)
def test_figures_equal_the_kpi_service(
    pdfs: dict, report_demo: Database, translations: dict, lang: str, period: str
) -> None:
    period_days = period_of(_request(lang, period), PRINTED_AT.date())
    kpis = ComplaintKpisService(report_demo, today=lambda: PRINTED_AT.date())
    words = Wording(lang, translations[lang])
    pdf = pdfs[(lang, period, False)]
    # -layout keeps a table row on one line: its cells, two spaces or more apart.
    rows = [
        re.split(r"\s{2,}", line.strip())
        for line in run("pdftotext", "-layout", pdf, "-").splitlines()
    ]
    lines = _lines(pdf)
    for dimension in (Dimension.CATEGORY, Dimension.CHANNEL):
        report = kpis.report(period_days, dimension)
        assert report.total.received > 0
        for group in report.groups:
            name = words.name(group.name.th, group.name.en)
            expected = [name, words.number(group.figures.received), words.number(group.figures.resolved),
                        words.percent(group.figures.resolved_pct), words.number(group.figures.open),
                        words.number(group.figures.overdue), words.number(group.figures.median_days, 1),
                        words.number(group.figures.mean_days, 1)]  # fmt: skip
            assert expected in rows, name
    total = kpis.report(period_days).total
    for value in (words.percent(total.resolved_pct), words.percent(total.acknowledged_pct),
                  words.number(total.median_days, 1), words.number(total.overdue)):  # fmt: skip
        assert value in lines


def _cases(db: Database, period: str) -> list:
    days = period_of(_request("th", period), PRINTED_AT.date())
    with db.session_scope() as session:
        return session.execute(
            select(Complaint.number, Complaint.subject, Complaint.confidential, Stakeholder.name)
            .outerjoin(Stakeholder, Complaint.stakeholder_id == Stakeholder.id)
            .where(in_period(Complaint.received_at, days), Complaint.anonymous.is_(False),
                   (Stakeholder.party_type == PartyType.PERSON) | Complaint.confidential)
            .order_by(Complaint.number)
        ).all()  # fmt: skip


def test_names_are_masked_unless_revealed(pdfs: dict, report_demo: Database) -> None:
    case = next(c for c in _cases(report_demo, "full") if not c.confidential)
    masked = _flat(pdfs[("th", "full", False)])
    revealed = _flat(pdfs[("th", "full", True)])
    assert case.name not in masked
    assert mask_name(case.name) in masked
    assert case.name in revealed
    assert mask_name("สมชาย ใจดี") == "สมชาย ใ***"


def _named_on_open_rows(db: Database, period: str) -> set[str]:
    days = period_of(_request("th", period), PRINTED_AT.date())
    with db.session_scope() as session:
        return set(session.scalars(
            select(Stakeholder.name)
            .join(Complaint, Complaint.stakeholder_id == Stakeholder.id)
            .where(in_period(Complaint.received_at, days), Complaint.confidential.is_(False))
        ))  # fmt: skip


@pytest.mark.parametrize("reveal", [False, True])
def test_a_confidential_case_is_its_number_only(
    pdfs: dict, report_demo: Database, reveal: bool
) -> None:
    confidential = [c for c in _cases(report_demo, "full") if c.confidential]
    # A complainant with another case in the period that is not confidential (an organisation
    # is printed unmasked) is rightly named on that case's row.
    named_elsewhere = _named_on_open_rows(report_demo, "full")
    assert confidential
    text = _flat(pdfs[("th", "full", reveal)])
    for case in confidential:
        assert case.number in text
        assert case.subject not in text
        if case.name and case.name not in named_elsewhere:
            assert case.name not in text


CAPTION = (
    "Percentages are of the cases whose outcome is decided: done, or still open and past the limit."
    " Working days leave out weekends, public holidays and the days a case waited for the complainant."
)


@pytest.mark.parametrize("build", BUILDS)
def test_fonts_embedded_no_private_use_and_lines_end_between_words(
    pdfs: dict, translations: dict, build: tuple
) -> None:
    pdf = pdfs[build]
    fonts = run("pdffonts", pdf).splitlines()[2:]
    assert fonts
    for font in fonts:
        assert "Sarabun" in font and " yes yes " in font, font
    text = text_of(pdf)
    assert not PRIVATE_OR_REPLACEMENT.search(text)
    # The note under the key figures, and a status that wraps in its narrow register column.
    rejected = translations[build[0]]("ComplaintStatus", "Rejected / not relevant")
    wrapped = 0
    for paragraph in (translations[build[0]]("ComplaintReport", CAPTION), rejected):
        whole = paragraph.replace(" ", "")
        # Every line that begins the text but stops short of its end must stop between words
        # (table cells are not always read back in order, so only the first line is looked at).
        for line in _lines(pdf):
            start = line.replace(" ", "")
            if whole.startswith(start) and start != whole:
                wrapped += 1
                assert len(start) in word_boundaries(paragraph), f"ends inside a word: {line!r}"
    assert wrapped  # something wrapped: the check means something


def test_a_year_without_cases_says_so(
    report_demo: Database, translations: dict, tmp_path: Path
) -> None:
    pdf = tmp_path / "empty.pdf"
    request = ReportRequest(ReportKind.COMPLAINTS, "en", 2571, "full", printed_by="tester")
    pdf.write_bytes(
        ReportService(report_demo, now=lambda: PRINTED_AT).build(request, translations["en"])
    )
    assert "No complaint was received in this period." in text_of(pdf)
