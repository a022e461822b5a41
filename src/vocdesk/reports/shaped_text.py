"""Thai text drawn shaped and copied out exactly: the flowable every report's text goes through.

Measured with ReportLab 5.1 (docs/reports.md): only a ``Paragraph`` with ``shaping=1`` places
Thai marks with HarfBuzz (``canvas.drawString`` stays unshaped without the ``rlbidi`` package),
and a shaped paragraph's text extracts with private-use code points where HarfBuzz substituted a
glyph (น้ำ came back as "น\\ue001า"). So each line is

- broken by ``thai_lines`` (between words only), then drawn as a one-line shaped ``Paragraph``
  given ample width, so ReportLab never breaks it again;
- wrapped in a marked-content span whose ``/ActualText`` is the line's own text, which
  ``pdftotext`` and viewers' copy use instead of the glyphs' private-use codes.
"""

from __future__ import annotations

from typing import Literal
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from vocdesk.reports.thai_lines import break_lines

Align = Literal["left", "centre", "right"]

_NO_REBREAK_WIDTH = 100_000.0  # points: a one-line paragraph this wide never wraps


def shaped(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` with HarfBuzz shaping on (off by default in ReportLab)."""
    return ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)


def draw_line(
    canvas: Canvas, x: float, y: float, text: str, style: ParagraphStyle, align: Align = "left"
) -> None:
    """Draw one line of ``text`` with its baseline at ``y``, shaped and copyable.

    ``x`` is the left edge, the centre or the right edge, as ``align`` says. For headers,
    footers and any text placed by coordinates rather than flowed.
    """
    width = stringWidth(text, style.fontName, style.fontSize)
    left = {"left": x, "centre": x - width / 2, "right": x - width}[align]
    paragraph = Paragraph(escape(text), shaped(style))
    _, height = paragraph.wrapOn(canvas, _NO_REBREAK_WIDTH, style.leading)
    # Paragraph.drawOn takes the box's bottom; its first baseline sits fontSize below the top.
    bottom = y + style.fontSize - height
    # Poppler places the ActualText with the transformation and font size in force at the
    # span's end (after the paragraph has restored its own state), so the span opens and closes
    # where the glyphs are drawn, in their font: without this the lines come out in a jumble.
    canvas.saveState()
    canvas.translate(left, bottom)
    _begin_actual_text(canvas, text)
    paragraph.drawOn(canvas, 0, 0)
    _end_actual_text(canvas, style)
    canvas.restoreState()


class ThaiParagraph(Flowable):
    """A paragraph of plain text (no markup) broken between Thai words and drawn shaped."""

    def __init__(self, text: str, style: ParagraphStyle, align: Align = "left") -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.align = align
        self.lines: list[str] = []
        self._width = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._width = available_width
        self.lines = break_lines(
            self.text, self.style.fontName, self.style.fontSize, available_width
        )
        return available_width, len(self.lines) * self.style.leading

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        """Split between lines, so a long paragraph may continue on the next page."""
        self.wrap(available_width, available_height)
        fitting = int(available_height // self.style.leading)
        if fitting < 1 or fitting >= len(self.lines):
            return []
        return [
            ThaiParagraph("\n".join(self.lines[:fitting]), self.style, self.align),
            ThaiParagraph("\n".join(self.lines[fitting:]), self.style, self.align),
        ]

    def draw(self) -> None:
        x = {"left": 0.0, "centre": self._width / 2, "right": self._width}[self.align]
        top = len(self.lines) * self.style.leading
        for index, line in enumerate(self.lines):
            baseline = top - index * self.style.leading - self.style.fontSize
            if line:
                draw_line(self.canv, x, baseline, line, self.style, self.align)


def _begin_actual_text(canvas: Canvas, text: str) -> None:
    # ReportLab has no public call for marked content; the operators go into the page stream.
    utf16 = ("\ufeff" + text).encode("utf-16-be").hex().upper()
    canvas._code.append(f"/Span <</ActualText <{utf16}>>> BDC")


def _end_actual_text(canvas: Canvas, style: ParagraphStyle) -> None:
    # Re-select the line's font (drawOn restored it away) so the span gets the line's height.
    font = getFont(style.fontName)
    subset = font.getSubsetInternalName(0, canvas._doc)
    canvas._code.append(f"BT {subset} {style.fontSize} Tf ET EMC")
