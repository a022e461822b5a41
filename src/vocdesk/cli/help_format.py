"""``--help`` and argparse's messages in the user's language, Thai lines broken between words.

argparse wraps help with ``textwrap``, which breaks only at spaces and counts every code point as
a column: a Thai sentence (no spaces between words, vowel and tone marks of no width) was cut
inside words ("สำหรับกา / รสาธิต") and too early. ``ThaiHelpFormatter`` fills lines from ICU's
line-break opportunities (``vocdesk.text.thai_words``) and measures what the terminal shows.

argparse's own words ("usage:", "positional arguments", "error:") come from its module-level
``_`` (gettext); ``translate_argparse`` points that at Qt's translator for the command line's
run, with the texts below marked for lupdate in context "Argparse".
"""

from __future__ import annotations

import argparse
import unicodedata
from collections.abc import Callable

from vocdesk.domain.messages import QT_TRANSLATE_NOOP
from vocdesk.text.thai_words import line_segments

CONTEXT = "Argparse"

# argparse's texts exactly as Python 3.11–3.13 ask for them (``argparse._(...)``).
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("Argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
)


def translate_argparse(translate: Callable[[str, str], str]) -> None:
    """Make argparse say its own words through ``translate(context, text)`` from now on in this
    process (the command line's run: one language for the whole run)."""

    def argparse_text(text: str) -> str:
        return translate(CONTEXT, text) or text

    argparse._ = argparse_text  # type: ignore[attr-defined]  # argparse's gettext hook


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: Thai vowel and tone marks above or below a letter
    (category Mn) take none."""
    return sum(0 if unicodedata.category(ch) in ("Mn", "Me", "Cf") else 1 for ch in text)


def wrap_words(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` columns, broken only where ICU allows a break
    (between Thai words, at spaces); a piece longer than a line stands on its own line."""
    lines: list[str] = []
    line = ""
    for piece in _unbroken_options(line_segments(" ".join(text.split()))):
        if line and display_width(line + piece.rstrip()) > width:
            lines.append(line.rstrip())
            line = ""
        line += piece
    if line.strip():
        lines.append(line.rstrip())
    return lines


def _unbroken_options(pieces: tuple[str, ...]) -> list[str]:
    """ICU allows a break after a hyphen: "--token-" | "file", "--" | "lang". An option must be
    typed whole, so a piece ending in a hyphen is kept with the next one."""
    joined: list[str] = []
    for piece in pieces:
        if joined and joined[-1].endswith("-"):
            joined[-1] += piece
        else:
            joined.append(piece)
    return joined


class ThaiHelpFormatter(argparse.HelpFormatter):
    """argparse's help layout with lines filled between words and measured as displayed."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrap_words(text, width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n".join(indent + line for line in wrap_words(text, width - len(indent)))
