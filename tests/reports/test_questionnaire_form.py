"""The paper questionnaire, in Thai and English: the entry screen's items in its order with
their numbers, the choices, the answer boxes, and Thai that comes back exactly."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pdf_tools import requires_poppler, run, text_of
from report_clock import PRINTED_AT
from test_thai_lines import word_boundaries

from vocdesk.domain.enums import QuestionType
from vocdesk.domain.messages import UserError
from vocdesk.reports.kit import Translate
from vocdesk.services.database import Database, open_database
from vocdesk.services.demo import generate_demo
from vocdesk.services.reports.catalogue import ReportService
from vocdesk.services.reports.request import ReportKind, ReportRequest
from vocdesk.services.surveys.design import SurveyDesignService
from vocdesk.services.surveys.entry import EntryForm, SurveyEntryService
from vocdesk.services.surveys.templates import template_design

# The demo's own survey (ratings only) and the three templates: every question type.
CODES = ("SAT-2569", "SAT-2570", "ENG-2570", "DIS-2570")
THAI = re.compile(r"[\u0e00-\u0e7f]")


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A demo database with the three templates' surveys added (written to, so not the shared
    read-only demo)."""
    db, _ = open_database(tmp_path_factory.mktemp("questionnaire") / "demo.sqlite")
    generate_demo(db)
    design = SurveyDesignService(db)
    for key in ("satisfaction", "engagement", "dissatisfaction"):
        design.create(template_design(key, fiscal_year=2570, segments=design.segments()))
    yield db
    db.dispose()


@pytest.fixture(scope="module")
def pdfs(
    database: Database, translations: dict[str, Translate], tmp_path_factory: pytest.TempPathFactory
) -> dict[tuple[str, str], Path]:
    folder = tmp_path_factory.mktemp("questionnaire-pdf")
    service = ReportService(database, now=lambda: PRINTED_AT)
    out = {}
    for code in CODES:
        for lang in ("th", "en"):
            request = ReportRequest(ReportKind.QUESTIONNAIRE, lang, subject=code)
            out[code, lang] = folder / f"{code}-{lang}.pdf"
            out[code, lang].write_bytes(service.build(request, translations[lang]))
    return out


def layout_of(database: Database, code: str) -> EntryForm:
    survey_id = SurveyDesignService(database).find(code)
    assert survey_id is not None
    return SurveyEntryService(database).form_layout(survey_id)


def flat(text: str) -> str:
    """Text without spaces or line ends: wrapped lines joined back."""
    return re.sub(r"\s+", "", text)


@requires_poppler
@pytest.mark.parametrize("lang", ["th", "en"])
@pytest.mark.parametrize("code", CODES)
def test_every_question_is_printed_in_order_with_its_number(
    database: Database, pdfs: dict[tuple[str, str], Path], code: str, lang: str
) -> None:
    # -layout: the page's lines top to bottom, the number beside its text.
    text = flat(run("pdftotext", "-layout", pdfs[code, lang], "-"))
    position = 0
    for question in layout_of(database, code).questions:
        wording = question.text_en if lang == "en" and question.text_en else question.text_th
        found = text.find(flat(f"{question.number}{wording}"), position)
        assert found >= 0, (question.number, wording)
        position = found


@requires_poppler
@pytest.mark.parametrize("lang", ["th", "en"])
@pytest.mark.parametrize("code", CODES)
def test_choices_and_scale_labels_are_printed(
    database: Database, pdfs: dict[tuple[str, str], Path], code: str, lang: str
) -> None:
    text = flat(text_of(pdfs[code, lang]))
    for question in layout_of(database, code).questions:
        for choice in question.choices:
            label = choice.label_en if lang == "en" and choice.label_en else choice.label_th
            if question.type in (QuestionType.RATING, QuestionType.IMPORTANCE):
                assert flat(f"{choice.value}{label}") in text
            else:
                assert flat(f"{choice.value}.{label}") in text
        if question.offers_no_opinion:
            assert flat("ไม่มีความเห็น" if lang == "th" else "No opinion") in text
        if question.type is QuestionType.NPS:
            assert "012345678910" in text


@requires_poppler
def test_form_number_privacy_notice_and_boxes(
    database: Database, pdfs: dict[tuple[str, str], Path]
) -> None:
    text = text_of(pdfs["ENG-2570", "th"])
    assert "เลขที่แบบสอบถาม" in text
    assert "ประกาศความเป็นส่วนตัว ฉบับที่ 1" in text  # the version in force (issue 19)
    notice_line = text_of(pdfs["ENG-2570", "en"])
    assert "Privacy notice, version 1" in notice_line and "Form number" in notice_line
    # The boxes are vector squares: the only images are the header's logo (and its mask).
    images = run("pdfimages", "-list", pdfs["SAT-2569", "th"]).splitlines()[2:]
    assert images and all(" 320   320 " in row for row in images)


@requires_poppler
@pytest.mark.parametrize("lang", ["th", "en"])
def test_only_sarabun_is_embedded_and_no_private_use_codes(
    pdfs: dict[tuple[str, str], Path], lang: str
) -> None:
    for code in CODES:
        fonts = run("pdffonts", pdfs[code, lang]).splitlines()[2:]
        assert fonts and all("Sarabun" in row and " yes yes " in row for row in fonts), fonts
        assert not re.search("[\ue000-\uf8ff\ufffd]", text_of(pdfs[code, lang]))


@requires_poppler
def test_thai_lines_end_between_words(
    database: Database, pdfs: dict[tuple[str, str], Path]
) -> None:
    wrapped = 0
    for code in CODES:
        lines = [line.strip() for line in text_of(pdfs[code, "th"]).splitlines() if line.strip()]
        for question in layout_of(database, code).questions:
            full = question.text_th
            for line in lines:
                if full.startswith(line) and len(line) < len(full) and THAI.search(line):
                    wrapped += 1
                    assert len(line.replace(" ", "")) in word_boundaries(full), line
    assert wrapped


def test_an_unknown_survey_code_is_a_user_error(
    database: Database, translations: dict[str, Translate]
) -> None:
    with pytest.raises(UserError) as raised:
        ReportService(database, now=lambda: PRINTED_AT).build(
            ReportRequest(ReportKind.QUESTIONNAIRE, "th", subject="NO-SUCH"), translations["th"]
        )
    assert "NO-SUCH" in str(raised.value) and raised.value.message.context == "Reports"
