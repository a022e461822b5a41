"""Issue 17's fault table, the number rows: phone numbers checked against libphonenumber (the
``phonenumbers`` package) and national IDs starting with 9."""

from __future__ import annotations

import pytest

from vocdesk.domain.messages import UserError
from vocdesk.domain.phone import Phone, PhoneKind, normalise_phone
from vocdesk.domain.thai_id import check_digit, validate_national_id


@pytest.mark.parametrize(
    ("text", "e164", "display"),
    [("010123456", "+6610123456", "010 123 456"), ("016123456", "+6616123456", "016 123 456"),
     ("018123456", "+6618123456", "018 123 456"), ("019 123 456", "+6619123456", "019 123 456")],
)  # fmt: skip
def test_real_fixed_lines_in_the_01x_ranges_are_accepted(
    text: str, e164: str, display: str
) -> None:
    # Before: refused as an unknown area code.
    assert normalise_phone(text) == Phone(e164, display, PhoneKind.LANDLINE)


def test_a_014x_mobile_is_accepted() -> None:
    # Before: refused (the pattern knew only 06/08/09 mobiles).
    assert normalise_phone("014 123 4567") == Phone(
        "+66141234567", "014 123 4567", PhoneKind.MOBILE
    )


@pytest.mark.parametrize("text", ["069 123 4567", "0670123456"])
def test_unallocated_mobile_ranges_are_refused(text: str) -> None:
    # Before: 069x accepted as a mobile.
    with pytest.raises(UserError, match="is not a valid Thai phone number"):
        normalise_phone(text)


@pytest.mark.parametrize("text", ["1111", "1567", "1669"])
def test_the_hotline_rule_is_kept(text: str) -> None:
    assert normalise_phone(text) == Phone(text, text, PhoneKind.HOTLINE)


def test_a_national_id_starting_with_9_is_refused_even_with_a_right_check_digit() -> None:
    # Before: accepted silently.
    first_twelve = "910170023070"
    number = first_twelve + str(check_digit(first_twelve))

    with pytest.raises(UserError) as refused:
        validate_national_id(number)

    assert refused.value.message.english() == (
        "The national ID 9-1017-00230-70-"
        f"{number[-1]} is not valid: no national ID starts with 9 (the first digit is the "
        "person's category, 0 to 8). Check for a typing mistake."
    )


def test_a_national_id_starting_with_0_is_kept_with_its_warning() -> None:
    first_twelve = "010170023070"
    check = validate_national_id(first_twelve + str(check_digit(first_twelve)))
    assert check.warning is not None
    assert "starts with 0" in check.warning.english()
