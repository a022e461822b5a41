"""Thai PDFs read back with the real tools: fonts embedded, text exact, pages numbered."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from pdf_tools import page_count, requires_poppler, run, text_of
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Spacer
from test_thai_lines import HARD_WORDS, PARAGRAPH, word_boundaries

from vocdesk.reports.document import MARGIN, PageFurniture, PdfMetadata, build_pdf, print_moment
from vocdesk.reports.fonts import register_fonts
from vocdesk.reports.shaped_text import ThaiParagraph
from vocdesk.reports.tables import thai_table
from vocdesk.reports.thai_lines import break_lines

pytestmark = requires_poppler

PRIVATE_OR_REPLACEMENT = re.compile("[\ue000-\uf8ff\ufffd]")
BODY_WIDTH_PORTRAIT = A4[0] - 2 * MARGIN
FURNITURE = {
    "th": PageFurniture(
        agency="สำนักงานปั๊มน้ำญี่ปุ่น",
        title="รายงานผู้รับบริการที่ยื่นฎีกา",
        period="ปีงบประมาณ 2569",
        printed=f"พิมพ์เมื่อ {print_moment(datetime(2026, 12, 5, 7, 14), 'th')} น. โดย สมชาย",
        page_label=lambda page, count: f"หน้า {page} จาก {count}",
    ),
    "en": PageFurniture(
        agency="Water Pump Office",
        title="Petitions report",
        period="Fiscal year 2026",
        printed=f"Printed {print_moment(datetime(2026, 12, 5, 7, 14), 'en')} by Somchai",
        page_label=lambda page, count: f"Page {page} of {count}",
    ),
}
TABLE_HEADER = {"th": ["เลขที่", "ผู้ร้อง", "เรื่อง"], "en": ["No.", "Complainant", "Subject"]}


def styles() -> tuple[ParagraphStyle, ParagraphStyle]:
    family = register_fonts()
    body = ParagraphStyle("body", fontName=family.regular, fontSize=14, leading=20)
    bold = ParagraphStyle("bold", fontName=family.bold, fontSize=14, leading=20)
    return body, bold


def table_rows(count: int) -> list[list[str]]:
    return [[f"{n:03d}", f"นายญี่ปุ่น ผู้ใช้น้ำ {n}", f"ปั๊มน้ำที่ฐาน {n} กำลังเสีย ฎีกา"] for n in range(count)]


def story(lang: str, rows: int) -> Callable[[], list[Flowable]]:
    body, bold = styles()

    def make() -> list[Flowable]:
        return [
            ThaiParagraph(PARAGRAPH, body),
            Spacer(1, 10),
            ThaiParagraph(HARD_WORDS, bold),
            Spacer(1, 10),
            thai_table(TABLE_HEADER[lang], table_rows(rows), [60, 180, 200], bold, body),
        ]

    return make


def build(tmp_path: Path, lang: str, rows: int = 60, landscape: bool = False) -> Path:
    metadata = PdfMetadata(title=FURNITURE[lang].title, author="สมชาย", language=f"{lang}-TH")
    pdf = tmp_path / f"sample-{lang}.pdf"
    pdf.write_bytes(
        build_pdf(story(lang, rows), FURNITURE[lang], metadata, landscape_pages=landscape)
    )
    return pdf


@pytest.mark.parametrize("lang", ["th", "en"])
def test_every_font_is_embedded_sarabun(tmp_path: Path, lang: str) -> None:
    rows = run("pdffonts", build(tmp_path, lang)).splitlines()[2:]
    assert rows, "pdffonts listed no font"
    for row in rows:
        name, *_, emb, _sub, uni, _obj, _gen = row.split()
        assert "Sarabun" in name and emb == "yes" and uni == "yes", row


@pytest.mark.parametrize("lang", ["th", "en"])
def test_thai_comes_back_line_by_line_exactly(tmp_path: Path, lang: str) -> None:
    text = text_of(build(tmp_path, lang))
    assert not PRIVATE_OR_REPLACEMENT.search(text)
    # pdftotext puts each ActualText line in a block of its own: skip the blank lines between.
    lines = [line for line in text.splitlines() if line]
    body, _ = styles()
    expected = break_lines(PARAGRAPH, body.fontName, body.fontSize, BODY_WIDTH_PORTRAIT)
    assert len(expected) > 1
    start = lines.index(expected[0])
    assert lines[start : start + len(expected)] == expected
    assert HARD_WORDS in lines
    allowed = word_boundaries(PARAGRAPH)
    position = 0
    for line in expected[:-1]:
        position += len(line.replace(" ", ""))
        assert position in allowed
    for header in (FURNITURE[lang].agency, FURNITURE[lang].title, FURNITURE[lang].printed):
        assert header in lines


@pytest.mark.parametrize("lang", ["th", "en"])
def test_pages_say_page_x_of_y_and_the_table_header_repeats(tmp_path: Path, lang: str) -> None:
    pdf = build(tmp_path, lang, rows=80)
    count = page_count(pdf)
    assert count >= 3
    seen_rows: set[str] = set()
    for page in range(1, count + 1):
        lines = text_of(pdf, page).splitlines()
        assert FURNITURE[lang].page_label(page, count) in lines
        assert TABLE_HEADER[lang][1] in lines, f"no table header on page {page}"
        numbers = {line for line in lines if re.fullmatch(r"\d{3}", line)}
        for number in numbers:
            # A row never split: its last cell is on the same page as its number.
            assert f"ปั๊มน้ำที่ฐาน {int(number)} กำลังเสีย ฎีกา" in lines
        seen_rows |= numbers
    assert len(seen_rows) == 80


def test_metadata_and_landscape(tmp_path: Path) -> None:
    pdf = build(tmp_path, "th", rows=5, landscape=True)
    info = run("pdfinfo", pdf)
    assert re.search(r"Title:\s+รายงานผู้รับบริการที่ยื่นฎีกา", info)
    assert re.search(r"Author:\s+สมชาย", info)
    assert re.search(r"Page size:\s+841.89 x 595.2", info)
    assert b"/Lang (th-TH)" in pdf.read_bytes()


def test_print_moment_is_buddhist_era_in_thai_and_common_era_in_english() -> None:
    moment = datetime(2026, 12, 5, 7, 14)
    assert print_moment(moment, "th") == "5 ธันวาคม 2569 07:14"
    assert print_moment(moment, "en") == "5 December 2026 07:14"


def test_a_long_table_cell_wraps_between_words_and_reads_back_exactly(tmp_path: Path) -> None:
    body, bold = styles()
    widths = [60.0, 120.0, 200.0]
    cell = PARAGRAPH
    pdf = tmp_path / "cell.pdf"
    pdf.write_bytes(
        build_pdf(
            lambda: [thai_table(TABLE_HEADER["th"], [["001", "ญี่ปุ่น", cell]], widths, bold, body)],
            FURNITURE["th"],
            PdfMetadata(title="t", author="a", language="th-TH"),
        )
    )
    padding = 12  # ReportLab's cells: 6 points each side
    expected = break_lines(cell, body.fontName, body.fontSize, widths[2] - padding)
    assert len(expected) > 3
    lines = [line for line in text_of(pdf).splitlines() if line]
    start = lines.index(expected[0])
    assert lines[start : start + len(expected)] == expected
