"""The pieces every report shares: wording, headings with bookmarks, the table of contents, the
logo in the header."""

from __future__ import annotations

from datetime import date
from io import BytesIO
from pathlib import Path

from pdf_tools import outline, requires_poppler, run, text_of
from PIL import Image
from reportlab.platypus import Flowable, PageBreak

from vocdesk.domain.fiscal import fiscal_half
from vocdesk.reports.contents import Contents
from vocdesk.reports.document import PageFurniture, PdfMetadata, build_pdf
from vocdesk.reports.kit import DASH, Heading, Wording, no_data, paragraph


def test_thai_wording_writes_buddhist_era_and_optionally_thai_digits() -> None:
    plain = Wording("th")
    digits = Wording("th", thai_digits=True)

    assert plain.date(date(2026, 12, 5)) == "5 ธันวาคม 2569"
    assert digits.date(date(2026, 12, 5)) == "๕ ธันวาคม ๒๕๖๙"
    assert digits.number(12345) == "๑๒,๓๔๕"
    assert plain.percent(85.456) == "85.5%"
    assert plain.number(None) == DASH
    assert plain.year(2569) == "2569"
    assert plain.period(fiscal_half(2569, 1)) == "1 ตุลาคม 2568 – 31 มีนาคม 2569"


def test_english_wording_writes_common_era_and_never_thai_digits() -> None:
    english = Wording("en", thai_digits=True)

    assert english.date(date(2026, 12, 5)) == "5 December 2026"
    assert english.year(2569) == "2026"
    assert english.number(1234.5, 1) == "1,234.5"
    assert english.name("ชื่อ", "") == "ชื่อ"


def test_a_translation_that_lost_its_placeholder_falls_back_to_the_source() -> None:
    broken = Wording("th", translate=lambda context, text: "ไม่มีตัวแปร {wrong}")

    assert broken.say("Ctx", "{count} cases", count="3") == "3 cases"


SECTIONS = ["ส่วนที่ ๑ ผู้รับบริการและผู้มีส่วนได้ส่วนเสีย", "ส่วนที่ ๒ การรับฟังเสียง", "ส่วนที่ ๓ ข้อร้องเรียน"]


def _story() -> list[Flowable]:
    story: list[Flowable] = [Contents("สารบัญ", lambda page: str(page))]
    for number, title in enumerate(SECTIONS):
        if number:
            story.append(PageBreak())
        story.append(Heading(title, 0))
        story.append(Heading(f"หัวข้อย่อยที่ {number + 1}", 1))
        story.append(paragraph("ข้อความในส่วนนี้ " * 20))
        story.append(no_data("ยังไม่มีข้อมูลในช่วงเวลานี้"))
    return story


def _logo() -> bytes:
    out = BytesIO()
    Image.new("RGBA", (120, 60), (0, 114, 178, 255)).save(out, "PNG")
    return out.getvalue()


def _pdf(tmp_path: Path) -> Path:
    furniture = PageFurniture(
        agency="สำนักงานทดสอบ",
        title="รายงานทดสอบ",
        period="ปีงบประมาณ 2569",
        printed="พิมพ์เมื่อ 5 ธันวาคม 2569",
        page_label=lambda page, count: f"หน้า {page} จาก {count}",
        logo=_logo(),
    )
    pdf = tmp_path / "kit.pdf"
    pdf.write_bytes(
        build_pdf(
            _story, furniture, PdfMetadata(title="รายงานทดสอบ", author="ทดสอบ", language="th-TH")
        )
    )
    return pdf


@requires_poppler
def test_the_contents_list_each_heading_with_the_page_it_landed_on(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path)

    contents = [line for line in text_of(pdf, 1).splitlines() if line.strip()]
    for page, title in enumerate(SECTIONS, start=1):
        assert title in contents
        assert str(page) in contents  # the page column, its own span
        assert title in text_of(pdf, page)
    assert "ยังไม่มีข้อมูลในช่วงเวลานี้" in text_of(pdf, 1)


@requires_poppler
def test_headings_become_pdf_bookmarks_and_the_logo_an_image(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path)

    assert outline(pdf) == [
        entry
        for page, title in enumerate(SECTIONS, start=1)
        for entry in ((0, page, title), (1, page, f"หัวข้อย่อยที่ {page}"))
    ]
    images = [row.split() for row in run("pdfimages", "-list", pdf).splitlines()[2:]]
    assert [row[2] for row in images].count("image") == 3  # the logo on each page
    assert len({row[10] for row in images if row[2] == "image"}) == 1  # stored once
