"""The PMQA category 3 evidence pack, built from the demo and read back with poppler: its
figures are the tabs' figures, its chapters are bookmarks, its only font is Sarabun."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pdf_tools import outline, requires_poppler, run, text_of
from report_clock import PRINTED_AT

from vocdesk.domain.fiscal import fiscal_year_period
from vocdesk.reports.kit import Translate, Wording
from vocdesk.services.database import Database
from vocdesk.services.overview.figures import OverviewService
from vocdesk.services.reports.catalogue import ReportService
from vocdesk.services.reports.request import ReportKind, ReportRequest
from vocdesk.services.surveys.analysis import SurveyAnalysisService

pytestmark = requires_poppler
PERIOD = fiscal_year_period(2569)


@pytest.fixture(scope="module")
def packs(
    report_demo: Database,
    translations: dict[str, Translate],
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pmqa")
    service = ReportService(report_demo, now=lambda: PRINTED_AT)
    out = {}
    for lang in ("th", "en"):
        pdf = service.build(ReportRequest(ReportKind.PMQA, lang, 2569), translations[lang])
        out[lang] = folder / f"pmqa-{lang}.pdf"
        out[lang].write_bytes(pdf)
    return out


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("lang", ["th", "en"])
def test_the_pack_prints_the_overview_figures_of_the_year(
    packs: dict[str, Path], report_demo: Database, lang: str
) -> None:
    overview = OverviewService(report_demo, today=lambda: PRINTED_AT.date())
    words = Wording(lang)
    text = flat(text_of(packs[lang]))
    feedback, _coverage = overview.listening_figures(PERIOD)
    assert feedback.total > 0
    for row in feedback.by_channel:
        name = row.channel.th if lang == "th" else row.channel.en
        counts = " ".join(words.number(n) for n in (*row.by_stage, row.total))
        assert re.search(re.escape(name) + r"( \*)? " + re.escape(counts), text), name
    kpis = overview.complaint_kpis(PERIOD)
    assert kpis.received > 0
    for value in (
        words.number(kpis.received), words.percent(kpis.acknowledged_pct),
        words.percent(kpis.resolved_pct), words.percent(kpis.notified_pct),
        words.number(kpis.mean_days, 1), words.percent(kpis.reopen_rate),
    ):  # fmt: skip
        assert value in text
    survey = overview.latest_survey(PERIOD)
    assert survey is not None
    mean = SurveyAnalysisService(report_demo).results(survey.survey_id).overall.mean
    assert f"{words.number(mean, 2)} (S.D." in text
    assert words.percent(survey.percent) in text


def test_chapters_are_bookmarks(packs: dict[str, Path]) -> None:
    marks = outline(packs["th"])
    top = [title for depth, _page, title in marks if depth == 0]
    assert top == [
        "3.1 สารสนเทศผู้รับบริการและผู้มีส่วนได้ส่วนเสีย",
        "3.2 การสร้างความผูกพัน",
    ]
    items = [title for depth, _page, title in marks if depth == 2]
    assert [t.split(")")[0] + ")" for t in items if t.startswith("(")] == [
        f"({n})" for n in range(1, 11)
    ]
    assert [t for d, _p, t in outline(packs["en"]) if d == 0][1] == "3.2 Customer engagement"


@pytest.mark.parametrize("lang", ["th", "en"])
def test_only_sarabun_is_embedded_and_text_is_clean(packs: dict[str, Path], lang: str) -> None:
    fonts = run("pdffonts", packs[lang]).splitlines()[2:]
    assert fonts and all("Sarabun" in line and " yes " in line for line in fonts)
    text = text_of(packs[lang])
    assert not re.search("[\ue000-\uf8ff\ufffd]", text)


def test_thai_pack_holds_the_criteria_and_no_personal_data(
    packs: dict[str, Path], report_demo: Database
) -> None:
    text = flat(text_of(packs["th"]))
    assert "หลักฐานประกอบการประเมิน PMQA หมวด 3" in text
    assert "สารบัญ" in text
    assert "(10) การจัดการกับข้อร้องเรียน" in text
    from sqlalchemy import select

    from vocdesk.db.models import Stakeholder

    with report_demo.session_scope() as session:
        names = session.scalars(select(Stakeholder.name).limit(50)).all()
    assert not [name for name in names if len(name) > 6 and name in text]


def test_a_year_without_data_says_so(report_demo: Database, tmp_path: Path) -> None:
    pdf = ReportService(report_demo, now=lambda: PRINTED_AT).build(
        ReportRequest(ReportKind.PMQA, "en", 2570), lambda c, t: t
    )
    (tmp_path / "2570.pdf").write_bytes(pdf)
    text = flat(text_of(tmp_path / "2570.pdf"))
    assert "No relationship activity was recorded in this period." in text
