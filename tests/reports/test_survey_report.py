"""The survey report, in Thai and English, on the demo's SAT-2569: the standard table's figures
are the Surveys tab's analysis, Thai comes back exactly, and only Sarabun is embedded."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pdf_tools import requires_poppler, run, text_of
from report_clock import PRINTED_AT
from test_thai_lines import word_boundaries

from vocdesk.domain.messages import UserError
from vocdesk.domain.surveys.scales import hundredths
from vocdesk.reports.kit import Translate
from vocdesk.services.database import Database
from vocdesk.services.reports.catalogue import ReportService
from vocdesk.services.reports.request import ReportKind, ReportRequest
from vocdesk.services.surveys.analysis import ResultLevel, SurveyAnalysisService, SurveyResults

CODE = "SAT-2569"
THAI = re.compile(r"[\u0e00-\u0e7f]")


@pytest.fixture(scope="module")
def pdfs(
    report_demo: Database,
    translations: dict[str, Translate],
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("survey-report")
    out = {}
    for lang in ("th", "en"):
        pdf = ReportService(report_demo, now=lambda: PRINTED_AT).build(
            ReportRequest(ReportKind.SURVEY, lang, subject=CODE), translations[lang]
        )
        out[lang] = folder / f"survey-{lang}.pdf"
        out[lang].write_bytes(pdf)
    return out


@pytest.fixture(scope="module")
def results(report_demo: Database) -> SurveyResults:
    analysis = SurveyAnalysisService(report_demo)
    return analysis.results(analysis.find_survey(CODE))


def lines_of(pdf: Path) -> list[str]:
    return [line.strip() for line in text_of(pdf).splitlines() if line.strip()]


@requires_poppler
@pytest.mark.parametrize("lang", ["th", "en"])
def test_item_figures_are_the_analysis_services(
    pdfs: dict[str, Path], results: SurveyResults, lang: str
) -> None:
    lines = lines_of(pdfs[lang])
    for row in results.rows:
        if row.level is not ResultLevel.ITEM:
            continue
        title = row.title.th if lang == "th" else row.title.en
        start = next(i for i, line in enumerate(lines) if line.startswith(f"{row.number} "))
        assert f"{row.number} {title}".startswith(lines[start])
        assert row.mean is not None and row.sd is not None and row.percent is not None
        band = row.band_name
        assert band is not None
        expected = [
            f"{row.n:,}",
            f"{hundredths(row.mean) / 100:.2f}",
            f"{hundredths(row.sd) / 100:.2f}",
            f"{row.percent:.2f}%",
            band.th if lang == "th" else band.en,
        ]
        # The row's figures, in their columns' order, in the all-respondents table (the first).
        assert any(lines[k : k + 5] == expected for k in range(len(lines))), expected


@requires_poppler
def test_overall_segments_and_comparators_are_printed(
    pdfs: dict[str, Path], results: SurveyResults
) -> None:
    text = text_of(pdfs["th"])
    overall = results.overall
    assert overall.mean is not None
    assert f"{hundredths(overall.mean) / 100:.2f}" in text
    assert f"{results.survey.responses:,}" in text
    for segment in results.segments:
        assert segment.name.th in text
    for band in ("มากที่สุด", "มาก", "ปานกลาง", "น้อย", "น้อยที่สุด"):
        assert band in text
    # A comparator of the demo (its name wraps in the column's heading).
    flat = re.sub(r"\s+", "", text)
    assert "ศูนย์บริการร่วมจังหวัด" in flat and "เชียงใหม่(2569)" in flat


@requires_poppler
@pytest.mark.parametrize("lang", ["th", "en"])
def test_only_sarabun_is_embedded_and_no_private_use_codes(
    pdfs: dict[str, Path], lang: str
) -> None:
    fonts = run("pdffonts", pdfs[lang]).splitlines()[2:]
    assert fonts and all("Sarabun" in row and " yes yes " in row for row in fonts), fonts
    text = text_of(pdfs[lang])
    assert not re.search("[\ue000-\uf8ff\ufffd]", text)


@requires_poppler
def test_thai_lines_end_between_words(pdfs: dict[str, Path], results: SurveyResults) -> None:
    lines = lines_of(pdfs["th"])
    texts = [f"{row.number} {row.title.th}" for row in results.rows if row.number]
    wrapped = 0
    for full in texts:
        for line in lines:
            if full.startswith(line) and len(line) < len(full) and THAI.search(line):
                wrapped += 1
                assert len(line.replace(" ", "")) in word_boundaries(full), line
    assert wrapped  # some item's text did wrap


def test_an_unknown_survey_code_is_a_user_error(
    report_demo: Database, translations: dict[str, Translate]
) -> None:
    with pytest.raises(UserError) as raised:
        ReportService(report_demo, now=lambda: PRINTED_AT).build(
            ReportRequest(ReportKind.SURVEY, "en", subject="NO-SUCH"), translations["en"]
        )
    assert "NO-SUCH" in str(raised.value) and raised.value.message.context == "Reports"
