"""What every report shares: its wording (language, translations, numbers and dates as the reader
reads them), its paragraph styles, and the flowables for headings and for an area with no data.

A report is written once, for both languages: its texts are English literals marked with
``QT_TRANSLATE_NOOP`` and turned into the report's language by ``Wording.say``, whose translate
function the caller supplies (the Qt translator for that language, loaded by the UI or the
command line), so this package stays free of Qt.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Spacer

from vocdesk.domain.fiscal import Period
from vocdesk.domain.thai_dates import DateStyle, format_date, format_datetime, to_thai_digits
from vocdesk.reports.fonts import register_fonts
from vocdesk.reports.shaped_text import Align, ThaiParagraph

Translate = Callable[[str, str], str]
"""(context, English source text) → the text in the report's language."""

DASH = "–"  # a figure that does not exist (no responses, no cases): never a misleading 0


def untranslated(context: str, text: str) -> str:
    """The English source text itself: the translation of a report printed in English."""
    return text


@dataclass(frozen=True)
class Wording:
    """The language a report is printed in, and how it writes numbers and dates."""

    lang: str
    """ "th" or "en"."""
    translate: Translate = untranslated
    thai_digits: bool = False
    """Thai digits (๐–๙) for numbers and dates; applies to Thai reports only."""

    @property
    def thai(self) -> bool:
        return self.lang == "th"

    def say(self, context: str, text: str, /, **params: Any) -> str:
        """``text`` (marked with QT_TRANSLATE_NOOP in ``context``) in the report's language, its
        ``{placeholders}`` filled with ``params`` (format numbers with ``number`` first)."""
        translated = self.translate(context, text) if self.thai else text
        if not params:
            return translated
        try:
            return translated.format(**params)
        except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
            return text.format(**params)

    def digits(self, text: str) -> str:
        """``text`` with Thai digits where the report asks for them."""
        return to_thai_digits(text) if self.thai and self.thai_digits else text

    def number(self, value: float | None, decimals: int = 0) -> str:
        """``value`` grouped by thousands ("12,345", "4.21"); a missing value is a dash."""
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return DASH
        return self.digits(f"{value:,.{decimals}f}")

    def percent(self, value: float | None, decimals: int = 1) -> str:
        """``value`` (already in percent, 0–100) as "85.5%"; a missing value is a dash."""
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return DASH
        return self.digits(f"{value:,.{decimals}f}%")

    def date(self, day: date | None, style: DateStyle = "long") -> str:
        """A date: Buddhist Era in Thai ("5 ธันวาคม 2569"), Common Era in English."""
        if day is None:
            return DASH
        return format_date(day, self.lang, style, self.thai and self.thai_digits)

    def moment(self, at: datetime, style: DateStyle = "long") -> str:
        """A date with its time ("5 ธ.ค. 69 07:14 น.", "5 Dec 2026 07:14")."""
        return format_datetime(at, self.lang, style, self.thai and self.thai_digits)

    def period(self, period: Period, style: DateStyle = "long") -> str:
        """A span of days: "1 ตุลาคม 2568 – 31 มีนาคม 2569"."""
        return f"{self.date(period.start, style)} – {self.date(period.end, style)}"

    def year(self, fiscal_year_be: int) -> str:
        """A fiscal year as its readers name it: B.E. in Thai, C.E. in English."""
        return self.digits(str(fiscal_year_be if self.thai else fiscal_year_be - 543))

    def name(self, thai: str, english: str) -> str:
        """The name in the report's language, falling back to the other when it is empty."""
        first, second = (thai, english) if self.thai else (english, thai)
        return first or second


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of every report (Sarabun; leading generous for stacked Thai marks)."""

    title: ParagraphStyle
    heading1: ParagraphStyle
    heading2: ParagraphStyle
    heading3: ParagraphStyle
    body: ParagraphStyle
    bold: ParagraphStyle
    small: ParagraphStyle
    table_header: ParagraphStyle
    table_body: ParagraphStyle
    caption: ParagraphStyle


@cache
def styles() -> Styles:
    family = register_fonts()

    def style(name: str, font: str, size: float, leading: float, **more: Any) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading, **more)

    return Styles(
        title=style("title", family.bold, 20, 28, spaceAfter=6),
        heading1=style("heading1", family.bold, 16, 23, spaceBefore=10, spaceAfter=4),
        heading2=style("heading2", family.bold, 13, 19, spaceBefore=8, spaceAfter=2),
        heading3=style("heading3", family.bold, 11.5, 17, spaceBefore=6, spaceAfter=2),
        body=style("body", family.regular, 11, 17, spaceAfter=4),
        bold=style("bold", family.bold, 11, 17, spaceAfter=4),
        small=style("small", family.regular, 9, 13),
        table_header=style("table-header", family.bold, 9.5, 14),
        table_body=style("table-body", family.regular, 9.5, 14),
        caption=style("caption", family.italic, 9, 13, spaceAfter=6),
    )


class Heading(ThaiParagraph):
    """A section heading: a PDF bookmark, and an entry in the table of contents.

    ``level`` 0 is a chapter (PMQA 3.1), 1 a section (3.1 a), 2 an item ((1)); the bookmark tree
    needs levels that never skip one going down.
    """

    def __init__(self, text: str, level: int = 0, style: ParagraphStyle | None = None) -> None:
        chosen = style or (styles().heading1, styles().heading2, styles().heading3)[min(level, 2)]
        super().__init__(text, chosen)
        self.level = level
        self.keepWithNext = True  # a heading never ends a page alone

    def draw(self) -> None:
        super().draw()
        key = f"heading-{id(self)}"
        self.canv.bookmarkHorizontal(key, 0, len(self.lines) * self.style.leading)
        self.canv.addOutlineEntry(self.text, key, level=self.level, closed=self.level > 0)

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return []  # a heading moves to the next page whole


def paragraph(text: str, style: ParagraphStyle | None = None, align: Align = "left") -> Flowable:
    """Body text, broken between Thai words."""
    return ThaiParagraph(text, style or styles().body, align)


def no_data(text: str) -> Flowable:
    """The sentence that stands in for a section whose area holds nothing yet (never left out
    silently)."""
    return ThaiParagraph(text, styles().caption)


def gap(points: float = 6) -> Flowable:
    return Spacer(0, points)
