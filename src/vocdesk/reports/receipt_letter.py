"""The acknowledgement letter to a complainant (หนังสือตอบรับเรื่องร้องเรียน), in the form of an
official Thai letter: reference (ที่) and the agency on one line, the date from the page's middle,
subject (เรื่อง), addressee (เรียน), the body with indented paragraphs, the closing
(ขอแสดงความนับถือ) and a signature block left for the officer who signs. In English it is a
formal letter with the same parts. The page header carries the letterhead (logo and name).

Agency contact details are not among the settings yet, so the follow-up sentence names the
agency and the case number to quote.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from vocdesk.domain.messages import QT_TRANSLATE_NOOP
from vocdesk.domain.tables import Named
from vocdesk.reports.document import MARGIN, PageFurniture, PdfMetadata, build_pdf
from vocdesk.reports.kit import Wording, gap, styles
from vocdesk.reports.shaped_text import ThaiParagraph, draw_line
from vocdesk.reports.thai_lines import break_lines

C = "ReceiptLetter"
BODY_WIDTH = A4[0] - 2 * MARGIN
PARAGRAPH_INDENT = 25 * mm  # Thai official letters indent a paragraph's first line 2.5 cm


@dataclass(frozen=True)
class ReceiptData:
    number: str
    agency: Named
    letter_date: date
    complainant: str  # in full (the letter is theirs); empty when anonymous
    received_on: date
    channel: Named
    category: Named
    subject: str  # empty for a confidential case
    resolve_days: int
    due_on: date


@cache
def _letter_style() -> ParagraphStyle:
    body = styles().body
    return ParagraphStyle("letter", parent=body, fontSize=13, leading=21, spaceAfter=6)


class IndentedParagraph(ThaiParagraph):
    """A body paragraph whose first line starts ``PARAGRAPH_INDENT`` in, as Thai letters do."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._width = available_width
        font, size = self.style.fontName, self.style.fontSize
        first = break_lines(self.text, font, size, available_width - PARAGRAPH_INDENT)[:1]
        rest = self.text[len(first[0]) :].strip() if first else ""
        self.lines = first + (break_lines(rest, font, size, available_width) if rest else [])
        return available_width, len(self.lines) * self.style.leading

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return []  # a letter's paragraph is short: it moves whole

    def draw(self) -> None:
        top = len(self.lines) * self.style.leading
        for index, line in enumerate(self.lines):
            baseline = top - index * self.style.leading - self.style.fontSize
            draw_line(self.canv, PARAGRAPH_INDENT if index == 0 else 0, baseline, line, self.style)


def render(
    data: ReceiptData, words: Wording, furniture: PageFurniture, metadata: PdfMetadata
) -> bytes:
    return build_pdf(lambda: _story(data, words), furniture, metadata)


def _story(data: ReceiptData, words: Wording) -> list[Flowable]:
    say, style = words.say, _letter_style()
    agency = words.name(data.agency.th, data.agency.en)
    channel = words.name(data.channel.th, data.channel.en)
    category = words.name(data.category.th, data.category.en)
    number = words.digits(data.number)
    half = BODY_WIDTH / 2

    def line(text: str, align: str = "left") -> ThaiParagraph:
        return ThaiParagraph(text, style, "right" if align == "right" else "left")

    if data.subject:
        opening = say(C, QT_TRANSLATE_NOOP("ReceiptLetter",
            "We acknowledge your complaint about \u201c{subject}\u201d, received by {agency} on"
            " {received} through {channel}."),
            subject=data.subject, agency=agency, received=words.date(data.received_on), channel=channel)  # fmt: skip
    else:
        opening = say(C, QT_TRANSLATE_NOOP("ReceiptLetter",
            "We acknowledge your complaint, received by {agency} on {received} through {channel}."),
            agency=agency, received=words.date(data.received_on), channel=channel)  # fmt: skip
    paragraphs = [
        opening,
        say(
            C,
            QT_TRANSLATE_NOOP(
                "ReceiptLetter",
                "It has been registered as case number {number} under \u201c{category}\u201d. Our"
                " service standard is to resolve a complaint of this kind within {days} working days,"
                " that is by {due}. Should we need further information from you, the days spent"
                " waiting for it are added to this time.",
            ),
            number=number,
            category=category,
            days=words.number(data.resolve_days),
            due=words.date(data.due_on),
        ),  # fmt: skip
        say(
            C,
            QT_TRANSLATE_NOOP(
                "ReceiptLetter",
                "To follow up on your complaint, please contact {agency} and quote case number"
                " {number}.",
            ),
            agency=agency,
            number=number,
        ),  # fmt: skip
        say(
            C,
            QT_TRANSLATE_NOOP(
                "ReceiptLetter", "Thank you for bringing this matter to our attention."
            ),
        ),
    ]
    addressee = data.complainant or say(C, QT_TRANSLATE_NOOP("ReceiptLetter", "Complainant"))
    story: list[Flowable] = [
        _columns(
            line(say(C, QT_TRANSLATE_NOOP("ReceiptLetter", "Ref. {number}"), number=number)),
            line(agency, "right"),
            half,
        ),
        gap(4),
        _columns(line(""), line(words.date(data.letter_date)), half),
        gap(10),
        line(
            say(C, QT_TRANSLATE_NOOP("ReceiptLetter", "Subject: Acknowledgement of your complaint"))
        ),
        line(say(C, QT_TRANSLATE_NOOP("ReceiptLetter", "Dear {name},"), name=addressee)),
        gap(8),
        *(IndentedParagraph(text, style) for text in paragraphs),
        gap(18),
        _columns(
            line(""), line(say(C, QT_TRANSLATE_NOOP("ReceiptLetter", "Yours sincerely,"))), half
        ),
        gap(48),
        _columns(
            line(""),
            ThaiParagraph(
                "("
                + "." * 60
                + ")\n"
                + say(C, QT_TRANSLATE_NOOP("ReceiptLetter", "Position"))
                + " "
                + "." * 50,
                style,
            ),
            half - 30,
        ),
        gap(24),
        line(agency),
        line(say(C, QT_TRANSLATE_NOOP("ReceiptLetter", "Case number {number}"), number=number)),
    ]
    return story


def _columns(left: Flowable, right: Flowable, left_width: float) -> Table:
    """Two pieces of a letter on one line: the reference and the agency, or the space before the
    date and the closing."""
    table = Table([[left, right]], colWidths=[left_width, BODY_WIDTH - left_width])
    table.setStyle(
        TableStyle(
            [
                # A table sets its cells' font even when they hold flowables: keep it Sarabun.
                ("FONTNAME", (0, 0), (-1, -1), styles().body.fontName),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table
