"""Scrubbing a person out of free text (issue 19, erasure and retention).

Two kinds of rule. A person's own traces: their name (with or without a title, its parts, any
spacing), national ID, phone numbers, e-mail and LINE id, each replaced wherever and however it
is written (dashes, spaces, brackets, +66, Thai digits). And patterns that point at *someone*
whoever they are: a 13-digit number whose last digit is a valid national-ID check digit, in any
grouping, and a Thai phone number that the national numbering plan knows (``domain.phone``).
What is replaced becomes ``REDACTED``, the same in both languages, so a scrubbed text reads the
same to everyone and says that something was removed.

Name parts are matched as text, not words: Thai is written without spaces, so "สมศรี" inside
"คุณสมศรีโทรมา" is the person. A part of fewer than ``NAME_PART_MIN`` letters is left (a nickname
such as "น้ำ" would take every "น้ำท่วม" with it; tone marks and vowels written above or below a
letter do not count as letters); the whole name is always replaced.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from vocdesk.domain.messages import UserError
from vocdesk.domain.phone import PhoneKind, normalise_phone
from vocdesk.domain.registry import TITLES
from vocdesk.domain.thai_dates import THAI_DIGITS, from_thai_digits
from vocdesk.domain.thai_id import ID_LENGTH, check_digit

REDACTED = "[…]"
NAME_PART_MIN = 3

# A digit as people write it: Arabic or Thai.
_DIGIT = "[0-9๐-๙]"
_SEP = r"[\s\-().]*"  # what may stand between the digits of a phone or an ID
_ID_SEP = r"[\s\-]?"
# 13 digits in any grouping (1-2345-67890-12-3, 1 2345 67890 12 3, 1234567890123), not part of a
# longer number.
_ID_CANDIDATE = re.compile(rf"(?<![0-9๐-๙])(?:{_DIGIT}{_ID_SEP}){{12}}{_DIGIT}(?![0-9๐-๙])")
# A Thai number: a trunk 0 or the country code, then 8 or 9 more digits, with separators.
_PHONE_CANDIDATE = re.compile(
    rf"(?<![0-9๐-๙+])(?:\+?[6๖][6๖]{_SEP}(?:\([0๐]\){_SEP})?|\(?[0๐]{_SEP})"
    rf"{_DIGIT}(?:{_SEP}{_DIGIT}){{7,8}}(?![0-9๐-๙])"
)


def _digits_of(text: str) -> str:
    return "".join(ch for ch in from_thai_digits(text) if ch.isdigit())


def is_national_id(digits: str) -> bool:
    """13 digits with a valid check digit and a first digit that is a category (0 to 8)."""
    return (
        len(digits) == ID_LENGTH
        and digits.isascii()
        and digits.isdigit()
        and digits[0] != "9"
        and check_digit(digits) == int(digits[-1])
    )


def _replace_ids(text: str) -> str:
    def one(match: re.Match[str]) -> str:
        return REDACTED if is_national_id(_digits_of(match.group())) else match.group()

    return _ID_CANDIDATE.sub(one, text)


def _replace_phones(text: str) -> str:
    def one(match: re.Match[str]) -> str:
        try:
            phone = normalise_phone(from_thai_digits(match.group()))
        except UserError:
            return match.group()
        return REDACTED if phone.kind is not PhoneKind.HOTLINE else match.group()

    return _PHONE_CANDIDATE.sub(one, text)


def scrub_patterns(text: str) -> str:
    """``text`` with every valid national ID and every Thai phone number replaced."""
    if not text:
        return text
    return _replace_phones(_replace_ids(text))


# --- one person's traces ----------------------------------------------------------------------


def _digit_pattern(digits: str) -> str:
    """A regular expression for ``digits`` written with any separators, in either script."""
    classes = [f"[{d}{THAI_DIGITS[int(d)]}]" for d in digits]
    return _SEP.join(classes)


def _phone_pattern(phone: str) -> str | None:
    """Every way to write one Thai number: 0 81 234 5678, +66 81-234-5678, 66812345678, ..."""
    try:
        national = normalise_phone(phone)
    except UserError:
        digits = _digits_of(phone)
        return rf"(?<![0-9๐-๙]){_digit_pattern(digits)}(?![0-9๐-๙])" if len(digits) >= 6 else None
    if national.kind is PhoneKind.HOTLINE:
        return None  # a hotline is the agency's, not the person's
    rest = national.e164.removeprefix("+66")
    return (
        rf"(?<![0-9๐-๙])(?:\+?[6๖][6๖]{_SEP}(?:\([0๐]\){_SEP})?|\(?[0๐]{_SEP})"
        rf"{_digit_pattern(rest)}(?![0-9๐-๙])"
    )


def _letters(word: str) -> int:
    """Letters of ``word``, leaving out combining marks (Thai tone marks, upper and lower
    vowels): "น้ำ" has two, "สมศรี" four."""
    return sum(1 for ch in word if unicodedata.category(ch) != "Mn")


def strip_title(name: str) -> str:
    """``name`` without a leading title (นาย, นางสาว, Mr, ...) and with single spaces."""
    text = " ".join(name.split())
    folded = text.casefold()
    for title in TITLES:
        if folded.startswith(title):
            rest = text[len(title) :]
            if title.isascii() and title[-1].isalpha() and rest[:1].isalpha():
                continue
            return rest.strip()
    return text


def _name_pattern(words: list[str]) -> str:
    """The words of a name with any spacing (or none) between them, Latin words whole."""
    parts = [re.escape(word) for word in words]
    pattern = r"[\s.]*".join(parts)
    if words[0][:1].isascii() and words[0][:1].isalnum():
        pattern = r"(?<![A-Za-z0-9])" + pattern
    if words[-1][-1:].isascii() and words[-1][-1:].isalnum():
        pattern += r"(?![A-Za-z0-9])"
    return pattern


@dataclass(frozen=True)
class PersonTraces:
    """What identifies one person in a text. Values as stored or typed; empty ones are skipped."""

    names: tuple[str, ...] = ()
    national_ids: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    other: tuple[str, ...] = ()  # LINE id, external reference: replaced as written


class Scrubber:
    """Replaces one person's traces, then the general patterns, in any number of texts."""

    def __init__(self, traces: PersonTraces) -> None:
        patterns: list[str] = []
        for name in traces.names:
            words = strip_title(name).split()
            if not words:
                continue
            # The whole name first (any title before it goes with it), then each long part.
            titles = "|".join(re.escape(t) for t in TITLES)
            patterns.append(rf"(?:(?:{titles})\s*)?{_name_pattern(words)}")
            patterns.extend(
                _name_pattern([word]) for word in words if _letters(word) >= NAME_PART_MIN
            )
        for national_id in traces.national_ids:
            digits = _digits_of(national_id)
            if len(digits) >= 6:
                patterns.append(rf"(?<![0-9๐-๙]){_digit_pattern(digits)}(?![0-9๐-๙])")
        for phone in traces.phones:
            if phone.strip() and (pattern := _phone_pattern(phone)) is not None:
                patterns.append(pattern)
        for value in (*traces.emails, *traces.other):
            value = value.strip()
            if len(value) >= 3:
                patterns.append(rf"(?<![A-Za-z0-9._%+@-]){re.escape(value)}(?![A-Za-z0-9_@-])")
        # Longest first, so a full name is replaced before its parts leave pieces behind.
        patterns.sort(key=len, reverse=True)
        self._own = re.compile("|".join(patterns), re.IGNORECASE) if patterns else None

    def scrub(self, text: str) -> str:
        """``text`` with the person's traces and every ID or phone number replaced."""
        if not text:
            return text
        if self._own is not None:
            text = self._own.sub(REDACTED, text)
        return scrub_patterns(text)

    def scrub_own(self, text: str) -> str:
        """``text`` with only the person's own traces replaced (a record about someone else that
        mentions them keeps that other person's numbers)."""
        if not text or self._own is None:
            return text
        return self._own.sub(REDACTED, text)

    def scrub_all(self, texts: Iterable[str]) -> list[str]:
        return [self.scrub(text) for text in texts]

    def mentions(self, text: str) -> bool:
        """Whether ``text`` holds any of the person's traces or a general pattern."""
        return bool(text) and self.scrub(text) != text
