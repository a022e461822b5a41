"""Masking personal data for lists, exports and printed output (PDPA; issue 19).

Outside the detail form a person's identifiers are shown masked unless someone holding the
personal-data grant asks to see them (and that is audited by the services):

- national ID: the middle group hidden, "1-1120-xxxxx-56-2" (``thai_id.mask_national_id``);
- phone: the first two and the last four digits, "08x-xxx-5678"; a 4-digit hotline (1111,
  1567) is a public number and stays whole;
- e-mail: the first letter and the domain, "s***@example.com";
- LINE ID and other handles: the first character, "s***";
- postal address: the district and the province kept, the house number, village and street
  hidden ("xxx อ.คลองหลวง จ.ปทุมธานี");
- a contact written freely (a complaint's "how to reach the complainant"): every e-mail, phone
  and other number in it masked, and a handle after "LINE"/"ไลน์" too.

``PersonalField`` names what kind of identifier a column holds; ``mask(field, value)`` masks
it. Table columns (``io.table_spec.Column.personal``) and service rows use it, so a new column
of personal data is masked by saying which kind it is.

Standard library only (DESIGN §5).
"""

from __future__ import annotations

import re
from enum import StrEnum

from vocdesk.domain.thai_id import MASK_CHAR, mask_national_id

__all__ = [
    "HIDDEN",
    "PersonalField",
    "looks_masked",
    "mask",
    "mask_address",
    "mask_contact",
    "mask_email",
    "mask_line_id",
    "mask_national_id",
    "mask_phone",
]

HIDDEN = MASK_CHAR * 3  # what stands for a hidden part: "xxx"


class PersonalField(StrEnum):
    """The kind of personal identifier a value is, which decides how it is masked."""

    NATIONAL_ID = "national_id"
    PHONE = "phone"
    EMAIL = "email"
    LINE_ID = "line_id"
    ADDRESS = "address"
    CONTACT = "contact"  # free text: a phone, an e-mail, a LINE ID, ...


_DIGITS = re.compile(r"\d[\d/\-]*")  # a number with its "/" and "-" (99/1)
_HOTLINE_DIGITS = 4


def _national_digits(value: str) -> str:
    digits = "".join(ch for ch in value if ch.isdigit() and ch.isascii())
    if value.strip().startswith("+66") and len(digits) in (10, 11):
        return "0" + digits[2:]  # +66812345678 -> 0812345678
    return digits


def mask_phone(value: str) -> str:
    """A phone number (stored "+66812345678" or shown "081 234 5678") with its first two and
    last four digits: "08x-xxx-5678", "02-xxx-4567". A hotline of 4 digits stays whole; an
    empty value stays empty; anything else keeps only its last four digits."""
    if not value or not value.strip():
        return ""
    digits = _national_digits(value)
    if len(digits) <= _HOTLINE_DIGITS:
        hotline = len(digits) == _HOTLINE_DIGITS and digits == value.strip()
        return digits if hotline else HIDDEN
    if len(digits) == 10:
        groups = (3, 3, 4)
    elif len(digits) == 9:
        groups = (2, 3, 4)
    else:
        return MASK_CHAR * (len(digits) - 4) + digits[-4:]
    shown = digits[:2] + MASK_CHAR * (len(digits) - 6) + digits[-4:]
    parts, start = [], 0
    for size in groups:
        parts.append(shown[start : start + size])
        start += size
    return "-".join(parts)


def mask_email(value: str) -> str:
    """ "s***@example.com": the name's first letter, the domain whole."""
    if not value or not value.strip():
        return ""
    name, at, domain = value.strip().partition("@")
    if not at:
        return mask_line_id(value)
    return f"{name[:1]}***@{domain}"


def mask_line_id(value: str) -> str:
    """A LINE ID or another handle: its first character, "s***"."""
    value = (value or "").strip()
    return f"{value[:1]}***" if value else ""


# Where the part of a Thai address that says the district or the province starts: อำเภอ/อ.,
# เขต (Bangkok's districts), จังหวัด/จ., กรุงเทพ.
_DISTRICT_MARKS = re.compile(r"(?:^|\s)(อำเภอ|อ\.|เขต|จังหวัด|จ\.|กรุงเทพ|กทม)")
_POSTCODE = re.compile(r"\b\d{5}\b")


def mask_address(value: str) -> str:
    """A postal address with the house number, village and street hidden and the district and
    province kept: "99/1 หมู่ 3 ถ.พหลโยธิน ต.คลองหนึ่ง อ.คลองหลวง จ.ปทุมธานี 12120" becomes
    "xxx อ.คลองหลวง จ.ปทุมธานี 12120". An English address keeps its last two parts between
    commas without their numbers ("xxx, Khlong Luang, Pathum Thani 12120"). An address in
    which neither can be found is hidden whole: a printed list must not leak it."""
    text = " ".join((value or "").split())
    if not text:
        return ""
    found = _DISTRICT_MARKS.search(text)
    if found is not None:
        kept = text[found.start(1) :]
    else:
        parts = [part.strip() for part in text.split(",") if part.strip()]
        if len(parts) < 3:
            return HIDDEN
        kept = ", ".join(parts[-2:])
    # No house number may stay; a 5-digit postcode says no more than the district.
    postcodes = _POSTCODE.findall(kept)
    kept = _POSTCODE.sub("", kept)
    kept = _DIGITS.sub("", kept)
    kept = " ".join(kept.split()).strip(" ,")
    if postcodes:
        kept = f"{kept} {postcodes[-1]}"
    return f"{HIDDEN} {kept}" if kept else HIDDEN


_EMAIL = re.compile(r"[^\s@,;]+@[^\s@,;]+")
_NUMBER = re.compile(r"\+?\d[\d\s\-().]{2,}\d")
_HANDLE = re.compile(
    r"(?i)(\b(?:line(?:\s*id)?|ไลน์|ไอดีไลน์|facebook|fb|เฟซบุ๊ก)\s*[:：]?\s*)(@?[^\s,;]+)"
)


def mask_contact(value: str) -> str:
    """A contact written freely: every e-mail, number and handle in it masked ("โทร 08x-xxx-5678",
    "s***@example.com", "LINE: s***"); the words around them kept."""
    text = (value or "").strip()
    if not text:
        return ""

    def number(found: re.Match[str]) -> str:
        digits = _national_digits(found.group(0))
        if len(digits) == 13:
            return mask_national_id(digits)
        if len(digits) <= _HOTLINE_DIGITS:
            return found.group(0)
        return mask_phone(found.group(0))

    masked = _HANDLE.sub(lambda m: m.group(1) + mask_line_id(m.group(2)), text)
    masked = _EMAIL.sub(lambda m: mask_email(m.group(0)), masked)
    return _NUMBER.sub(number, masked)


_MASKED = re.compile(r"\*\*\*|(?<![A-Za-z])x{3,}(?![A-Za-z])")


def looks_masked(value: str) -> bool:
    """Whether ``value`` reads like something these rules masked ("08x-xxx-5678", "s***",
    "xxx อ.เมือง"), so that an import can refuse to write it back over the person's data."""
    return bool(_MASKED.search(value))


def mask(field: PersonalField, value: str) -> str:
    """``value`` masked as the kind of identifier ``field`` says."""
    if not value:
        return value
    if field is PersonalField.NATIONAL_ID:
        return mask_national_id(value)
    if field is PersonalField.PHONE:
        return mask_phone(value)
    if field is PersonalField.EMAIL:
        return mask_email(value)
    if field is PersonalField.LINE_ID:
        return mask_line_id(value)
    if field is PersonalField.ADDRESS:
        return mask_address(value)
    return mask_contact(value)
