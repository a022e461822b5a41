"""Filling lines with Thai text: breaks only between words, measured with the real font.

ReportLab reads Thai without spaces as one word: it either cuts it at arbitrary characters or
overflows. So lines are filled here, greedily, from the project's ICU word segments
(``vocdesk.text.thai_words``); a single word wider than the line (a long name, a URL) is cut
only between character clusters, so a vowel or tone mark never leaves its consonant.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from reportlab.pdfbase.pdfmetrics import stringWidth

from vocdesk.text.thai_words import line_segments

_SARA_AM = "\u0e33"  # a spacing vowel, but it belongs to the consonant before it


def break_lines(text: str, font_name: str, font_size: float, width: float) -> list[str]:
    """``text`` as the lines that fit ``width`` points; a newline in ``text`` always breaks.

    Trailing spaces are dropped from each line, so the lines joined back by the word breaks
    give the text again.
    """
    lines: list[str] = []
    for hard_line in text.split("\n"):
        lines.extend(_fill(hard_line, font_name, font_size, width))
    return lines


def _fill(text: str, font_name: str, font_size: float, width: float) -> list[str]:
    if not text.strip():
        return [""]

    def fits(candidate: str) -> bool:
        return stringWidth(candidate.rstrip(), font_name, font_size) <= width

    lines: list[str] = []
    current = ""
    for segment in line_segments(text):
        if fits(current + segment):
            current += segment
            continue
        if current:
            lines.append(current.rstrip())
            current = ""
        if fits(segment):
            current = segment
            continue
        pieces = _cut_between_clusters(segment, fits)
        lines.extend(piece.rstrip() for piece in pieces[:-1])
        current = pieces[-1]
    if current.strip():
        lines.append(current.rstrip())
    return lines


def clusters(text: str) -> list[str]:
    """``text`` as character clusters: a letter with the marks written above or below it."""
    out: list[str] = []
    for ch in text:
        if out and (unicodedata.category(ch) == "Mn" or ch == _SARA_AM):
            out[-1] += ch
        else:
            out.append(ch)
    return out


def _cut_between_clusters(word: str, fits: Callable[[str], bool]) -> list[str]:
    pieces: list[str] = []
    current = ""
    for cluster in clusters(word):
        if current and not fits(current + cluster):
            pieces.append(current)
            current = ""
        current += cluster
    pieces.append(current)
    return pieces
