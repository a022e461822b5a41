"""PDPA masking rules (domain/pdpa/masking.py): what a list, an export or a report shows of a
person's identifiers when personal data is not revealed."""

from __future__ import annotations

import pytest

from vocdesk.domain.pdpa.masking import (
    PersonalField,
    mask,
    mask_address,
    mask_contact,
    mask_email,
    mask_line_id,
    mask_phone,
)


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("+66812345678", "08x-xxx-5678"),
        ("081 234 5678", "08x-xxx-5678"),
        ("081-234-5678", "08x-xxx-5678"),
        ("+6621234567", "02-xxx-4567"),
        ("02 123 4567", "02-xxx-4567"),
        ("1111", "1111"),  # a hotline is a public number
        ("1567", "1567"),
        ("", ""),
        ("12", "xxx"),  # too short to be a number we know: hidden
        ("+4479460012345", "xxxxxxxxx2345"),  # kept as typed, masked all but the last four
    ],
)
def test_a_phone_keeps_its_first_two_and_last_four_digits(value: str, shown: str) -> None:
    assert mask_phone(value) == shown


def test_an_email_keeps_the_first_letter_and_the_domain() -> None:
    assert mask_email("somchai@example.com") == "s***@example.com"
    assert mask_email("  ") == ""
    assert mask_email("not-an-address") == "n***"


def test_a_line_id_keeps_its_first_character() -> None:
    assert mask_line_id("somchai99") == "s***"
    assert mask_line_id("") == ""


@pytest.mark.parametrize(
    ("address", "shown"),
    [
        (
            "99/1 หมู่ 3 ถ.พหลโยธิน ต.คลองหนึ่ง อ.คลองหลวง จ.ปทุมธานี 12120",
            "xxx อ.คลองหลวง จ.ปทุมธานี 12120",
        ),
        ("12 ซอยสุขุมวิท 55 เขตวัฒนา กรุงเทพมหานคร 10110", "xxx เขตวัฒนา กรุงเทพมหานคร 10110"),
        ("45 ถนนนิมมานเหมินท์ อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่", "xxx อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่"),
        (
            "12 Moo 3, Khlong Nueng, Khlong Luang, Pathum Thani 12120",
            "xxx Khlong Luang, Pathum Thani 12120",
        ),
        ("บ้านเลขที่ 7 หลังวัด", "xxx"),  # neither district nor province: hidden whole
        ("", ""),
    ],
)
def test_an_address_keeps_only_its_district_and_province(address: str, shown: str) -> None:
    assert mask_address(address) == shown


def test_an_address_never_keeps_a_house_number() -> None:
    # A number written after the district marker (a badly ordered address) is dropped too
    assert mask_address("อ.เมือง 55/7 จ.ขอนแก่น") == "xxx อ.เมือง จ.ขอนแก่น"


def test_a_free_contact_has_every_identifier_masked_and_its_words_kept() -> None:
    assert mask_contact("โทร 081-234-5678") == "โทร 08x-xxx-5678"
    assert mask_contact("somchai@example.com, 02 123 4567") == "s***@example.com, 02-xxx-4567"
    assert mask_contact("LINE: somchai99") == "LINE: s***"
    assert mask_contact("ไลน์ somchai") == "ไลน์ s***"
    assert mask_contact("สายด่วน 1111") == "สายด่วน 1111"
    assert mask_contact("บัตร 1-1120-34563-56-2") == "บัตร 1-1120-xxxxx-56-2"
    assert mask_contact("") == ""


@pytest.mark.parametrize(
    ("field", "value", "shown"),
    [
        (PersonalField.NATIONAL_ID, "1112034563562", "1-1120-xxxxx-56-2"),
        (PersonalField.PHONE, "+66812345678", "08x-xxx-5678"),
        (PersonalField.EMAIL, "a@b.th", "a***@b.th"),
        (PersonalField.LINE_ID, "abc", "a***"),
        (
            PersonalField.ADDRESS,
            "1 ถ.ราชดำเนิน เขตพระนคร กรุงเทพมหานคร",
            "xxx เขตพระนคร กรุงเทพมหานคร",
        ),
        (PersonalField.CONTACT, "0812345678", "08x-xxx-5678"),
        (PersonalField.PHONE, "", ""),
    ],
)
def test_mask_dispatches_by_the_kind_of_field(field: PersonalField, value: str, shown: str) -> None:
    assert mask(field, value) == shown


def test_a_masked_value_is_recognised_and_a_real_one_is_not() -> None:
    from vocdesk.domain.pdpa.masking import looks_masked

    for masked in ("08x-xxx-5678", "1-1120-xxxxx-56-2", "s***@example.com", "xxx อ.เมือง จ.ขอนแก่น"):
        assert looks_masked(masked), masked
    for real in ("alex2000@example.com", "maxxx_line", "081 234 5678", "Box 12, Khon Kaen"):
        assert not looks_masked(real), real
