"""The PMQA category 3 evidence pack: a cover, the contents, then 3.1 a (1)(2), b (3)(4)(5) and
3.2 a (6)(7)(8), b (9)(10), each item headed by the criterion's own words and followed by the
evidence VocDesk holds (DESIGN.md §1). Aggregates only; an area with nothing in the period
says so in a sentence.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from vocdesk.domain.messages import QT_TRANSLATE_NOOP
from vocdesk.reports.contents import Contents
from vocdesk.reports.document import PageFurniture, PdfMetadata, build_pdf
from vocdesk.reports.kit import Wording, gap, paragraph, styles
from vocdesk.reports.pmqa_data import PmqaFigures
from vocdesk.reports.pmqa_sections import Sections
from vocdesk.reports.tables import thai_table

C = "PmqaReport"
TITLE = QT_TRANSLATE_NOOP("PmqaReport", "PMQA category 3 evidence pack")
WIDTH = 174 * mm  # A4 portrait less the margins


def render(
    figures: PmqaFigures,
    words: Wording,
    furniture: PageFurniture,
    metadata: PdfMetadata,
    agency: str,
    period_label: str,
) -> bytes:
    """The evidence pack's PDF."""

    def story() -> list[Flowable]:
        return [
            *cover(figures, words, agency, period_label),
            Contents(words.say(C, QT_TRANSLATE_NOOP("PmqaReport", "Contents")), words.number),
            PageBreak(),
            *Sections(figures, words, WIDTH).story(),
        ]

    return build_pdf(story, furniture, metadata)


def cover(figures: PmqaFigures, words: Wording, agency: str, period_label: str) -> list[Flowable]:
    kit = styles()
    say = words.say
    rows = [
        [say(C, QT_TRANSLATE_NOOP("PmqaReport", "Agency")), agency or "–"],
        [say(C, QT_TRANSLATE_NOOP("PmqaReport", "Period")), period_label],
        [say(C, QT_TRANSLATE_NOOP("PmqaReport", "Fiscal year")), words.year(figures.fiscal_year)],
        [
            say(C, QT_TRANSLATE_NOOP("PmqaReport", "Days covered")),
            words.period(figures.period),
        ],
    ]
    return [
        gap(30),
        paragraph(say(C, TITLE), kit.title, "centre"),
        paragraph(
            say(
                C,
                QT_TRANSLATE_NOOP(
                    "PmqaReport",
                    "Category 3: customer and stakeholder focus (Public Sector Management"
                    " Quality Award)",
                ),
            ),
            kit.heading3,
            "centre",
        ),
        gap(16),
        thai_table(rows[0], rows[1:], [50 * mm, WIDTH - 50 * mm], kit.table_header, kit.table_body),
        gap(10),
        paragraph(
            say(
                C,
                QT_TRANSLATE_NOOP(
                    "PmqaReport",
                    "Every figure is an aggregate read from VocDesk for the period above, as the"
                    " program's tabs show it; the pack holds no personal data.",
                ),
            ),
            kit.caption,
        ),
        gap(16),
    ]
