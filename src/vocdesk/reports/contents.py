"""The table of contents of a long report, with the page each heading landed on.

The pages are known only once the report has been laid out, so ``build_pdf`` lays it out first
with the headings found in the story (page numbers not yet known, same rows, so the same space),
records where each ``Heading`` lands, and lays it out again with those pages.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from vocdesk.reports.kit import Heading, gap, styles
from vocdesk.reports.shaped_text import ThaiParagraph

_PAGE_COLUMN = 18 * mm
_INDENT = 6 * mm


@dataclass(frozen=True)
class ContentsEntry:
    level: int
    text: str
    page: int


class Contents(Flowable):
    """Where the table of contents goes in a story; ``build_pdf`` replaces it by the table."""

    def __init__(self, title: str, page_label: Callable[[int], str], max_level: int = 1) -> None:
        super().__init__()
        self.title = title
        self.page_label = page_label
        self.max_level = max_level  # deeper headings are bookmarked but not listed

    def flowables(self, entries: Sequence[ContentsEntry], width: float) -> list[Flowable]:
        listed = [entry for entry in entries if entry.level <= self.max_level]
        if not listed:
            return []
        kit = styles()
        rows = [
            [
                ThaiParagraph(entry.text, kit.bold if entry.level == 0 else kit.body),
                # Page 0: the first layout, before pages are known; same width as a real one.
                ThaiParagraph(self.page_label(entry.page) if entry.page else "", kit.body, "right"),
            ]
            for entry in listed
        ]
        table = Table(rows, colWidths=[width - _PAGE_COLUMN, _PAGE_COLUMN], splitInRow=0)
        commands: list[tuple[object, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), kit.body.fontName),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ]
        commands.extend(
            ("LEFTPADDING", (0, row), (0, row), 2 + _INDENT * entry.level)
            for row, entry in enumerate(listed)
        )
        table.setStyle(TableStyle(commands))
        return [ThaiParagraph(self.title, kit.heading1), gap(4), table, gap(12)]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0  # never laid out itself: build_pdf replaces it

    def draw(self) -> None:
        pass


def headings_in(story: Sequence[Flowable]) -> list[ContentsEntry]:
    """The headings a story holds at its top level, pages not yet known."""
    return [ContentsEntry(f.level, f.text, 0) for f in story if isinstance(f, Heading)]


def with_contents(
    story: list[Flowable], entries: Sequence[ContentsEntry], width: float
) -> list[Flowable]:
    """``story`` with each ``Contents`` replaced by its table of ``entries``."""
    out: list[Flowable] = []
    for flowable in story:
        if isinstance(flowable, Contents):
            out.extend(flowable.flowables(entries, width))
        else:
            out.append(flowable)
    return out
