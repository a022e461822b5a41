"""The page every report is printed on: A4 portrait or landscape, header, footer, metadata.

A report hands over its story (the flowables) and what its pages say; this module returns the
PDF's bytes. "Page X of Y" needs Y before the first page is drawn, and a table of contents the
page of every heading, so the document is laid out once to learn them and again to print them
(the story is therefore a function that makes fresh flowables, since ReportLab consumes them).
The wording of the header and footer comes from the caller, already translated: this module
knows no language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from vocdesk.domain.thai_dates import format_date
from vocdesk.reports.contents import ContentsEntry, headings_in, with_contents
from vocdesk.reports.fonts import register_fonts
from vocdesk.reports.kit import Heading
from vocdesk.reports.shaped_text import draw_line

MARGIN = 18 * mm
_HEADER_HEIGHT = 20 * mm
_FOOTER_HEIGHT = 12 * mm


@dataclass(frozen=True)
class PageFurniture:
    """What the header and footer of every page say, already in the report's language."""

    agency: str
    title: str
    period: str
    printed: str
    """e.g. "พิมพ์เมื่อ 5 ธันวาคม 2569 07:14 น. โดย สมชาย" (see ``print_moment``)."""
    page_label: Callable[[int, int], str]
    """Page number and page count → "หน้า 1 จาก 3" / "Page 1 of 3"."""
    logo: bytes | None = None
    """The agency's logo (PNG or JPEG bytes), printed left of its name."""


@dataclass(frozen=True)
class PdfMetadata:
    title: str
    author: str
    language: str
    """A BCP 47 tag ("th-TH", "en-GB"): screen readers and viewers read it."""
    subject: str = ""


def print_moment(moment: datetime, lang: str) -> str:
    """``moment`` as a footer shows it: Buddhist Era in Thai, Common Era in English."""
    return f"{format_date(moment.date(), lang)} {moment:%H:%M}"


def build_pdf(
    story: Callable[[], list[Flowable]],
    furniture: PageFurniture,
    metadata: PdfMetadata,
    *,
    landscape_pages: bool = False,
) -> bytes:
    """The PDF of ``story`` on A4 pages with ``furniture``'s header and footer.

    A ``Contents`` in the story becomes the table of contents of its ``Heading``s.
    """
    first = _Layout(furniture, metadata, landscape_pages)
    first.build(story(), None, page_count=0)
    final = _Layout(furniture, metadata, landscape_pages)
    pdf = final.build(story(), first.headings, page_count=first.pages)
    if final.pages != first.pages or final.headings != first.headings:
        # The real page numbers made the contents longer: once more, with what moved.
        pdf = _Layout(furniture, metadata, landscape_pages).build(
            story(), final.headings, page_count=final.pages
        )
    return pdf


class _Layout:
    """One layout of a report: its bytes, its page count and where its headings landed."""

    def __init__(
        self, furniture: PageFurniture, metadata: PdfMetadata, landscape_pages: bool
    ) -> None:
        self.furniture = furniture
        self.metadata = metadata
        self.size = landscape(A4) if landscape_pages else A4
        self.pages = 0
        self.headings: list[ContentsEntry] = []

    def build(
        self, story: list[Flowable], headings: list[ContentsEntry] | None, page_count: int
    ) -> bytes:
        family = register_fonts()
        out = BytesIO()
        layout = self

        class Document(BaseDocTemplate):
            def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - ReportLab's
                if isinstance(flowable, Heading):
                    layout.headings.append(ContentsEntry(flowable.level, flowable.text, self.page))

        doc = Document(
            out,
            pagesize=self.size,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + _HEADER_HEIGHT,
            bottomMargin=MARGIN + _FOOTER_HEIGHT,
            title=self.metadata.title,
            author=self.metadata.author,
            subject=self.metadata.subject,
            lang=self.metadata.language,
            creator="VocDesk",
            # The canvas's default font (Helvetica) would be listed, unembedded, in every PDF.
            initialFontName=family.regular,
        )
        frame = Frame(
            doc.leftMargin,
            doc.bottomMargin,
            doc.width,
            doc.height,
            id="body",
            # No padding: the body is exactly as wide as the header's rules.
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )

        def decorate(canvas: Canvas, doc: Any) -> None:
            _draw_furniture(canvas, self.size, self.furniture, doc.page, page_count or doc.page)

        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=decorate)])
        entries = headings_in(story) if headings is None else headings
        doc.build(with_contents(story, entries, doc.width))
        self.pages = doc.page
        return out.getvalue()


def _draw_furniture(
    canvas: Canvas,
    size: tuple[float, float],
    furniture: PageFurniture,
    page: int,
    page_count: int,
) -> None:
    family = register_fonts()
    width, height = size
    left, right = MARGIN, width - MARGIN
    small = ParagraphStyle("furniture", fontName=family.regular, fontSize=10, leading=13)
    heading = ParagraphStyle("furniture-title", fontName=family.bold, fontSize=14, leading=18)
    top = height - MARGIN
    canvas.saveState()
    if furniture.logo:
        left += _draw_logo(canvas, furniture.logo, left, top)
    draw_line(canvas, left, top - 10, furniture.agency, small)
    draw_line(canvas, left, top - 28, furniture.title, heading)
    left = MARGIN
    draw_line(canvas, right, top - 28, furniture.period, small, "right")
    canvas.setLineWidth(0.5)
    canvas.line(left, top - _HEADER_HEIGHT + 8, right, top - _HEADER_HEIGHT + 8)
    bottom = MARGIN
    canvas.line(left, bottom + _FOOTER_HEIGHT - 4, right, bottom + _FOOTER_HEIGHT - 4)
    draw_line(canvas, left, bottom + 10, furniture.printed, small)
    draw_line(canvas, right, bottom + 10, furniture.page_label(page, page_count), small, "right")
    canvas.restoreState()


_LOGO_HEIGHT = 14 * mm
_LOGO_MAX_WIDTH = 40 * mm


def _draw_logo(canvas: Canvas, logo: bytes, left: float, top: float) -> float:
    """Draw the logo at the header's top left; returns the width it took, with a gap."""
    image = ImageReader(BytesIO(logo))
    pixels_wide, pixels_high = image.getSize()
    width = min(_LOGO_HEIGHT * pixels_wide / pixels_high, _LOGO_MAX_WIDTH)
    height = width * pixels_high / pixels_wide
    canvas.drawImage(
        image, left, top - height + 2, width, height, mask="auto", preserveAspectRatio=True
    )
    return width + 3 * mm
