"""Dates as Thai users read and type them: Buddhist Era years, Thai month names, Thai digits.

The database stores ISO dates in the Common Era. Only what is shown or typed uses the Buddhist
Era (B.E. = C.E. + 543), and every screen, report and export goes through these helpers so the
year is converted in exactly one place. Month names are constants, not ``strftime``: the result
must not depend on the operating system's locale (Windows offices rarely have a Thai one).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Literal

from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error

BE_OFFSET = 543
"""Years to add to a Common Era year to get the Buddhist Era year."""

BE_YEAR_THRESHOLD = 2400
"""A typed year at or above this is read as B.E.: C.E. 2400 is far away, while B.E. 2400 was
1857, older than any record this application will hold."""

THAI_MONTHS: tuple[str, ...] = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)  # fmt: skip
THAI_MONTHS_ABBR: tuple[str, ...] = (
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
)  # fmt: skip
ENGLISH_MONTHS: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
ENGLISH_MONTHS_ABBR: tuple[str, ...] = tuple(name[:3] for name in ENGLISH_MONTHS)

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_TO_THAI_DIGITS = str.maketrans("0123456789", THAI_DIGITS)
_FROM_THAI_DIGITS = str.maketrans(THAI_DIGITS, "0123456789")

DateStyle = Literal["long", "short", "numeric"]

_DMY = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def be_year(d: date) -> int:
    """The Buddhist Era year of ``d``."""
    return d.year + BE_OFFSET


def to_thai_digits(s: str) -> str:
    """``s`` with the Arabic digits 0-9 replaced by Thai digits (official letters may use them)."""
    return s.translate(_TO_THAI_DIGITS)


def from_thai_digits(s: str) -> str:
    """``s`` with Thai digits replaced by Arabic digits, so typed Thai numbers can be parsed."""
    return s.translate(_FROM_THAI_DIGITS)


def _is_thai(lang: str) -> bool:
    # Accept "th", "th_TH", "th-TH": whatever the settings or QLocale hand over.
    return lang.lower().startswith("th")


def format_thai_date(
    d: date, style: Literal["long", "short"] = "long", thai_digits: bool = False
) -> str:
    """``d`` in Thai: "1 ตุลาคม 2567" (long) or "1 ต.ค. 67" (short, 2-digit B.E. year)."""
    return format_date(d, "th", style, thai_digits)


def format_date(d: date, lang: str, style: DateStyle = "long", thai_digits: bool = False) -> str:
    """``d`` for display in ``lang`` ("th" or "en").

    Thai: "1 ตุลาคม 2567", "1 ต.ค. 67", "01/10/2567" (B.E. years). English: "1 October 2024",
    "1 Oct 2024", "01/10/2024" (C.E. years; day first in both, as Thai offices write it).
    ``thai_digits`` applies to the Thai forms only.
    """
    if _is_thai(lang):
        year = be_year(d)
        if style == "long":
            text = f"{d.day} {THAI_MONTHS[d.month - 1]} {year}"
        elif style == "short":
            text = f"{d.day} {THAI_MONTHS_ABBR[d.month - 1]} {year % 100:02d}"
        elif style == "numeric":
            text = f"{d.day:02d}/{d.month:02d}/{year}"
        else:
            raise ValueError(f"unknown date style {style!r}")
        return to_thai_digits(text) if thai_digits else text
    if style == "long":
        return f"{d.day} {ENGLISH_MONTHS[d.month - 1]} {d.year}"
    if style == "short":
        return f"{d.day} {ENGLISH_MONTHS_ABBR[d.month - 1]} {d.year}"
    if style == "numeric":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    raise ValueError(f"unknown date style {style!r}")


def format_datetime(
    dt: datetime, lang: str, style: DateStyle = "long", thai_digits: bool = False
) -> str:
    """``dt`` as a date plus 24-hour "HH:MM"; Thai adds "น." ("1 ต.ค. 67 14:05 น.")."""
    day = format_date(dt.date(), lang, style, thai_digits)
    if _is_thai(lang):
        clock = f"{dt.hour:02d}:{dt.minute:02d} น."
        return f"{day} {to_thai_digits(clock) if thai_digits else clock}"
    return f"{day} {dt.hour:02d}:{dt.minute:02d}"


def parse_thai_date(text: str) -> date:
    """Read a typed date: "dd/mm/yyyy" (also with "." or "-") or ISO "yyyy-mm-dd".

    A year of 2400 or more is B.E. and is converted; a smaller one is taken as C.E., so both
    "01/10/2567" and "01/10/2024" mean 1 October 2024. Thai digits are accepted.
    Raises ``UserError`` (context "Dates") for anything else.
    """
    cleaned = from_thai_digits(text.strip())
    if not cleaned:
        raise user_error("Dates", QT_TRANSLATE_NOOP("Dates", "Enter a date."))
    if match := _ISO.fullmatch(cleaned):
        year, month, day = (int(g) for g in match.groups())
    elif match := _DMY.fullmatch(cleaned):
        day, month, year = (int(g) for g in match.groups())
    else:
        raise user_error(
            "Dates",
            QT_TRANSLATE_NOOP(
                "Dates", "“{value}” is not a date: type it as dd/mm/yyyy, for example 01/10/2567."
            ),
            value=text.strip(),
        )
    if year >= BE_YEAR_THRESHOLD:
        year -= BE_OFFSET
    try:
        return date(year, month, day)
    except ValueError:
        raise user_error(
            "Dates",
            QT_TRANSLATE_NOOP("Dates", "“{value}” is not a valid date: check the day and month."),
            value=text.strip(),
        ) from None
