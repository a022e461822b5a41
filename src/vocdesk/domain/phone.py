"""Thai phone numbers: one stored form (E.164), one display form, and a kind.

Which numbers exist is decided by ``phonenumbers``, the Python port of Google's libphonenumber,
whose Thai metadata follows the NBTC numbering plan (pure Python and data, offline). A number
pattern written here once missed the fixed lines 010/016/018/019-xxx-xxx and the mobiles 014x,
and accepted the unallocated 069x; the library's plan is kept up to date with each release.

Its VoIP numbers (part of the 06 range) count as mobiles: for contacting a complainant both work.
Government hotlines (1111, 1567, 1300, 1669, ...) are kept as 4-digit "hotline" numbers: they
are a contact channel (DESIGN.md §4) even though they are not dialable E.164 numbers, so the
library calls them invalid. Extensions ("ต่อ 12") are not accepted here: they belong in a note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

import phonenumbers

from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error
from vocdesk.domain.thai_dates import from_thai_digits

COUNTRY_CODE = "66"

_SEPARATORS = re.compile(r"[\s\-().]+")
_HOTLINE = re.compile(r"1\d{3}")
_KINDS = {
    phonenumbers.PhoneNumberType.MOBILE: "mobile",
    phonenumbers.PhoneNumberType.VOIP: "mobile",
    phonenumbers.PhoneNumberType.FIXED_LINE: "landline",
    phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE: "landline",
}


class PhoneKind(StrEnum):
    MOBILE = "mobile"
    LANDLINE = "landline"
    HOTLINE = "hotline"


@dataclass(frozen=True)
class Phone:
    """``e164`` is what is stored and compared ("+66812345678"; a hotline keeps its 4 digits);
    ``display`` is the national form people read ("081 234 5678")."""

    e164: str
    display: str
    kind: PhoneKind


def _national_digits(text: str) -> str:
    """The digits as dialled inside Thailand, with the trunk 0 (country code turned into 0)."""
    raw = _SEPARATORS.sub("", from_thai_digits(text.strip()))
    if not raw:
        raise user_error("Validation", QT_TRANSLATE_NOOP("Validation", "Enter a phone number."))
    if raw.startswith("+"):
        raw = raw[1:]
        if not raw.startswith(COUNTRY_CODE):
            raise user_error(
                "Validation",
                QT_TRANSLATE_NOOP(
                    "Validation", "“{value}” is not a Thai number: it must start with +66."
                ),
                value=text.strip(),
            )
    if not raw.isdigit() or not raw.isascii():
        raise user_error(
            "Validation",
            QT_TRANSLATE_NOOP(
                "Validation",
                "A phone number may contain only digits, spaces, dashes, brackets and a "
                "leading +66; “{value}” has other characters.",
            ),
            value=text.strip(),
        )
    for prefix in ("00" + COUNTRY_CODE, COUNTRY_CODE):
        # 66 followed by 8 or 9 digits is the country code ("66 81 234 5678"), and so is
        # 66 before a written trunk 0 ("+66 (0)81 ..."); a 9- or 10-digit national number
        # cannot start with 66, so there is no clash.
        rest = raw[len(prefix) :]
        if raw.startswith(prefix) and len(rest.removeprefix("0")) in (8, 9):
            return "0" + rest.removeprefix("0")
    return raw


def normalise_phone(text: str) -> Phone:
    """Check a typed Thai phone number and return its stored and display forms.

    Raises ``UserError`` (context "Validation") for an empty text, foreign or malformed
    numbers and unknown area codes.
    """
    digits = _national_digits(text)
    if _HOTLINE.fullmatch(digits):
        return Phone(digits, digits, PhoneKind.HOTLINE)
    kind, number = None, None
    if digits.startswith("0"):
        try:
            number = phonenumbers.parse(digits, "TH")
        except phonenumbers.NumberParseException:  # too short or too long to be a number
            number = None
        if number is not None and phonenumbers.is_valid_number_for_region(number, "TH"):
            kind = _KINDS.get(phonenumbers.number_type(number))
    if kind is not None and number is not None:
        return Phone(
            phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164),
            phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL),
            PhoneKind(kind),
        )
    if len(digits) == 9 and digits.startswith("0"):
        raise user_error(
            "Validation",
            QT_TRANSLATE_NOOP(
                "Validation",
                "“{value}” is not a valid phone number: {code} is not a Thai area code.",
            ),
            value=text.strip(),
            code=digits[:3],
        )
    raise user_error(
        "Validation",
        QT_TRANSLATE_NOOP(
            "Validation",
            "“{value}” is not a valid Thai phone number. Use 10 digits for a mobile "
            "(08x xxx xxxx), 9 digits for a landline (02 xxx xxxx) or a 4-digit hotline (1111).",
        ),
        value=text.strip(),
    )
