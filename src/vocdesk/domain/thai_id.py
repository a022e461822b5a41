"""The 13-digit Thai national ID number (เลขประจำตัวประชาชน): checks, formatting, masking.

The last digit is a check digit over the first twelve, so most typing mistakes are caught
before they reach the stakeholder registry. Under the PDPA, lists and printed reports show the
number masked (``mask_national_id``); only the detail form shows it whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vocdesk.domain.messages import QT_TRANSLATE_NOOP, Message, user_error
from vocdesk.domain.thai_dates import from_thai_digits

ID_LENGTH = 13
MASK_CHAR = "x"

_SEPARATORS = re.compile(r"[\s\-]+")
_GROUPS = (1, 4, 5, 2, 1)  # the grouping printed on the ID card: 1-2345-67890-12-3


@dataclass(frozen=True)
class IdCheck:
    """A national ID that passed the checks, as 13 digits, with an optional warning to show."""

    normalised: str
    warning: Message | None = None


def normalise_national_id(text: str) -> str:
    """``text`` without spaces and dashes (and with Thai digits as Arabic digits)."""
    return _SEPARATORS.sub("", from_thai_digits(text))


def check_digit(first_twelve: str) -> int:
    """The check digit for the first 12 digits: weights 13 down to 2, then (11 - sum % 11) % 10."""
    total = sum(int(digit) * (13 - i) for i, digit in enumerate(first_twelve[:12]))
    return (11 - total % 11) % 10


def validate_national_id(text: str) -> IdCheck:
    """Check a typed national ID; raise ``UserError`` (context "Validation") saying what is wrong.

    A leading 0 is accepted: such numbers are issued to persons without Thai registration
    status (บุคคลที่ไม่มีสถานะทางทะเบียน) and must be recordable. It only earns a warning,
    because it is also a common slip.

    A leading 9 is refused. The first digit is the person's category in the Department of
    Provincial Administration's register: 1 to 8, and 0 for persons without registration
    status; no category 9 is issued (Wikipedia, "Thai identity card", § Identification
    number; python-stdnum's ``stdnum.th.pin`` refuses it as an invalid component). A number
    starting with 9 that passes the check digit is a typing slip one time in eleven.
    """
    number = normalise_national_id(text)
    if not number:
        raise user_error(
            "Validation", QT_TRANSLATE_NOOP("Validation", "Enter the 13-digit national ID number.")
        )
    bad = next((ch for ch in number if not ("0" <= ch <= "9")), None)
    if bad is not None:
        raise user_error(
            "Validation",
            QT_TRANSLATE_NOOP(
                "Validation",
                "A national ID may contain only digits, spaces and dashes, not “{char}”.",
            ),
            char=bad,
        )
    if len(number) != ID_LENGTH:
        raise user_error(
            "Validation",
            QT_TRANSLATE_NOOP("Validation", "A national ID has 13 digits; this one has {count}."),
            count=len(number),
        )
    if number.startswith("9"):
        raise user_error(
            "Validation",
            QT_TRANSLATE_NOOP(
                "Validation",
                "The national ID {id} is not valid: no national ID starts with 9 (the first "
                "digit is the person's category, 0 to 8). Check for a typing mistake.",
            ),
            id=format_national_id(number),
        )
    expected = check_digit(number)
    if int(number[-1]) != expected:
        raise user_error(
            "Validation",
            QT_TRANSLATE_NOOP(
                "Validation",
                "The national ID {id} is not valid: its last digit should be {expected}, "
                "not {actual}. Check for a typing mistake.",
            ),
            id=format_national_id(number),
            expected=expected,
            actual=number[-1],
        )
    warning = None
    if number.startswith("0"):
        warning = Message(
            "Validation",
            QT_TRANSLATE_NOOP(
                "Validation",
                "The national ID {id} starts with 0. Such numbers belong to persons without "
                "Thai registration status; check that it was typed correctly.",
            ),
            {"id": format_national_id(number)},
        )
    return IdCheck(number, warning)


def _groups(number: str) -> list[str]:
    parts, i = [], 0
    for size in _GROUPS:
        parts.append(number[i : i + size])
        i += size
    return parts


def format_national_id(national_id: str) -> str:
    """13 digits grouped as on the ID card: "1-1120-34563-56-2".

    Anything that is not 13 digits is returned normalised but ungrouped, so that a bad value
    already stored is still shown rather than breaking a list.
    """
    number = normalise_national_id(national_id)
    if len(number) != ID_LENGTH:
        return number
    return "-".join(_groups(number))


def mask_national_id(national_id: str) -> str:
    """The ID with its middle group hidden, for lists and printed output: "1-1120-xxxxx-56-2".

    A value that is not 13 digits is masked entirely: we cannot tell which part identifies
    the person, and a report must never leak it.
    """
    number = normalise_national_id(national_id)
    if len(number) != ID_LENGTH:
        return MASK_CHAR * len(number)
    parts = _groups(number)
    parts[2] = MASK_CHAR * len(parts[2])
    return "-".join(parts)
