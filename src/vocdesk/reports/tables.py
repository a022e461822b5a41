"""Tables whose cells are shaped Thai paragraphs, whose header repeats on every page, and whose
rows are never split across pages.

ReportLab draws a plain string in a cell unshaped and unbroken, so every cell is a
``ThaiParagraph``. ``repeatRows=1`` carries the header to each page; ``splitInRow=0`` keeps a
row whole, moving it to the next page instead of cutting it.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Table, TableStyle

from vocdesk.reports.shaped_text import ThaiParagraph

_RULE = colors.HexColor("#555555")
_HEADER_FILL = colors.HexColor("#E6E6E6")  # light grey: reads on any printer


def thai_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    column_widths: Sequence[float],
    header_style: ParagraphStyle,
    body_style: ParagraphStyle,
) -> Table:
    """A ruled table of ``rows`` under ``header``; each cell wraps between words."""
    data = [[ThaiParagraph(text, header_style) for text in header]]
    data.extend([ThaiParagraph(text, body_style) for text in row] for row in rows)
    table = Table(data, colWidths=list(column_widths), repeatRows=1, splitInRow=0)
    table.setStyle(
        TableStyle(
            [
                # The cells hold flowables, but ReportLab still sets the cell's font
                # (Helvetica unless told), which would list an unembedded font.
                ("FONTNAME", (0, 0), (-1, -1), body_style.fontName),
                ("GRID", (0, 0), (-1, -1), 0.5, _RULE),
                ("BACKGROUND", (0, 0), (-1, 0), _HEADER_FILL),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table
