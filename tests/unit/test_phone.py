"""Thai phone numbers: mobiles, landlines with area codes, and 4-digit hotlines."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from vocdesk.domain.messages import UserError
from vocdesk.domain.phone import Phone, PhoneKind, normalise_phone

VECTORS = Path(__file__).parents[1] / "data" / "thai_format_test_vectors.csv"

# Our rule differs from libphonenumber here on purpose: 1111 (government hotline) and 1567
# (Damrongdhama centres) are not E.164 numbers, so the reference marks them invalid, but they
# are real contact channels and we keep them as kind "hotline".
HOTLINES = {"1111", "1567"}


def phone_vectors() -> list[tuple[str, bool, dict[str, str]]]:
    rows = []
    with VECTORS.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["kind"] == "thai_phone":
                note = dict(part.strip().split("=", 1) for part in row["note"].split(";"))
                rows.append((row["input"], row["expected"] == "True", note))
    return rows


@pytest.mark.parametrize(("text", "valid", "reference"), phone_vectors())
def test_reference_vectors(text: str, valid: bool, reference: dict[str, str]) -> None:
    if text in HOTLINES:
        assert normalise_phone(text) == Phone(text, text, PhoneKind.HOTLINE)
    elif valid:
        phone = normalise_phone(text)
        assert phone.e164 == reference["e164"]
        assert phone.display == reference["national"]
        expected_kind = {"MOBILE": "mobile", "FIXED_LINE": "landline"}[reference["type"]]
        assert phone.kind == expected_kind
    else:
        with pytest.raises(UserError) as caught:
            normalise_phone(text)
        assert caught.value.message.context == "Validation"
        assert caught.value.message.english()  # every placeholder is filled


@pytest.mark.parametrize(
    "text",
    ["0812345678", "081 234 5678", "(081) 234-5678", "+66 81 234 5678", "66812345678",
     "+66 (0)81 234 5678", "0066812345678", "๐๘๑๒๓๔๕๖๗๘"],
)  # fmt: skip
def test_mobile_accepts_common_ways_of_writing_it(text: str) -> None:
    assert normalise_phone(text) == Phone("+66812345678", "081 234 5678", PhoneKind.MOBILE)


def test_bangkok_landline_has_a_one_digit_area_code() -> None:
    assert normalise_phone("+66 2 123 4567") == Phone("+6621234567", "02 123 4567", "landline")


@pytest.mark.parametrize("area", ["032", "039", "042", "045", "052", "056", "073", "077"])
def test_provincial_landlines_in_known_area_codes_are_accepted(area: str) -> None:
    phone = normalise_phone(f"{area}123456")
    assert phone.kind == PhoneKind.LANDLINE
    assert phone.display == f"{area} 123 456"


@pytest.mark.parametrize("area", ["031", "041", "046", "051", "057", "071", "072", "078"])
def test_unknown_area_codes_are_rejected_by_name(area: str) -> None:
    with pytest.raises(UserError, match=f"{area} is not a Thai area code"):
        normalise_phone(f"{area}123456")


@pytest.mark.parametrize("text", ["1669", "1300", "1 1 1 1"])
def test_four_digit_hotlines_are_kept_as_they_are(text: str) -> None:
    phone = normalise_phone(text)
    assert phone.kind == PhoneKind.HOTLINE
    assert phone.e164 == phone.display == text.replace(" ", "")


@pytest.mark.parametrize(
    "text",
    ["", "  ", "---", "191", "12345", "081234567", "08123456789", "+1 202 555 0100",
     "081-234-5678 ต่อ 12", "O812345678", "0712345678"],
)  # fmt: skip
def test_other_text_is_refused(text: str) -> None:
    with pytest.raises(UserError) as caught:
        normalise_phone(text)
    assert caught.value.message.context == "Validation"
    assert caught.value.message.english()
