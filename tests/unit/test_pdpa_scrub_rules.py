"""Scrubbing a person out of free text (issue 19): their name, ID, phones and e-mail however
written, and national-ID and phone patterns generally, in real Thai texts."""

from __future__ import annotations

import pytest

from vocdesk.domain.pdpa.scrub import (
    REDACTED,
    PersonTraces,
    Scrubber,
    is_national_id,
    scrub_patterns,
)
from vocdesk.domain.thai_id import check_digit

FIRST_TWELVE = "110203456789"
NATIONAL_ID = FIRST_TWELVE + str(check_digit(FIRST_TWELVE))  # 1102034567894


@pytest.fixture
def somsri() -> Scrubber:
    return Scrubber(
        PersonTraces(
            names=("นางสาว สมศรี  ใจดีเสมอ",),
            national_ids=(NATIONAL_ID,),
            phones=("+66812345678",),
            emails=("somsri.j@example.com",),
            other=("somsri_line",),
        )
    )


@pytest.mark.parametrize(
    "text",
    [
        "นางสาวสมศรี ใจดีเสมอ แจ้งว่าไฟถนนดับ",
        "น.ส.สมศรีใจดีเสมอ แจ้งว่าไฟถนนดับ",
        "คุณสมศรี   ใจดีเสมอ แจ้งว่าไฟถนนดับ",
        "สมศรีแจ้งว่าไฟถนนดับ",
        "ใจดีเสมอแจ้งว่าไฟถนนดับ",
    ],
)
def test_the_name_with_or_without_title_or_spaces_and_each_part_is_replaced(
    somsri: Scrubber, text: str
) -> None:
    scrubbed = somsri.scrub(text)
    assert "สมศรี" not in scrubbed and "ใจดีเสมอ" not in scrubbed
    assert scrubbed.endswith("แจ้งว่าไฟถนนดับ") and REDACTED in scrubbed


@pytest.mark.parametrize(
    "written",
    ["081-234-5678", "0812345678", "081 234 5678", "(081) 234-5678", "+66 81 234 5678",
     "+66812345678", "66 81-234-5678", "+66 (0)81 234 5678", "๐๘๑-๒๓๔-๕๖๗๘"],
)  # fmt: skip
def test_the_persons_phone_is_replaced_however_written(somsri: Scrubber, written: str) -> None:
    assert somsri.scrub(f"โทรกลับที่เบอร์ {written} ด้วยค่ะ") == f"โทรกลับที่เบอร์ {REDACTED} ด้วยค่ะ"


@pytest.mark.parametrize(
    "written", ["1102034567894", "1-1020-34567-89-4", "1 1020 34567 89 4", "๑๑๐๒๐๓๔๕๖๗๘๙๔"]
)
def test_the_national_id_is_replaced_with_or_without_dashes_or_spaces(
    somsri: Scrubber, written: str
) -> None:
    assert somsri.scrub(f"เลขบัตรประชาชน {written} ค่ะ") == f"เลขบัตรประชาชน {REDACTED} ค่ะ"


def test_the_email_and_line_id_are_replaced_even_against_thai_letters(somsri: Scrubber) -> None:
    text = "ติดต่อทางอีเมลsomsri.j@example.com หรือไลน์ somsri_line."
    assert somsri.scrub(text) == f"ติดต่อทางอีเมล{REDACTED} หรือไลน์ {REDACTED}."


def test_other_peoples_ids_and_phones_are_replaced_by_pattern() -> None:
    other_id = "310090012345" + str(check_digit("310090012345"))
    assert is_national_id(other_id)
    text = f"ผู้ร้องอีกคน เลข {other_id[0]}-{other_id[1:5]}-{other_id[5:10]}-{other_id[10:12]}-{other_id[12]} โทร 02-123-4567 หรือ 0891234567"  # noqa: E501
    assert scrub_patterns(text) == f"ผู้ร้องอีกคน เลข {REDACTED} โทร {REDACTED} หรือ {REDACTED}"


@pytest.mark.parametrize(
    "text",
    [
        "เรื่องเลขที่ 2569/000123 รับเมื่อ 2569-10-01",
        "สายด่วน 1111 และ 1567 ต่อ 12",
        "จำนวน 1234567890123 ชิ้น",  # 13 digits, but the check digit is wrong
        "งบประมาณ 12,500,000 บาท",
        "ราคา 0.50 บาท",
    ],
)
def test_numbers_that_are_not_ids_or_phones_are_kept(text: str) -> None:
    assert scrub_patterns(text) == text


def test_other_people_and_common_words_are_kept(somsri: Scrubber) -> None:
    text = "พนักงาน สมชาย บริการดี ใจดีมาก"
    assert somsri.scrub(text) == text


def test_a_latin_name_is_replaced_whole_words_only() -> None:
    scrubber = Scrubber(PersonTraces(names=("Mr. John Smithers",)))
    assert scrubber.scrub("John Smithers called; Johnson did not.") == (
        f"{REDACTED} called; Johnson did not."
    )
    assert scrubber.scrub("คุณJohnโทรมา") == f"คุณ{REDACTED}โทรมา"


def test_a_short_nickname_part_is_left_but_the_whole_name_goes() -> None:
    scrubber = Scrubber(PersonTraces(names=("น้ำ ทองดีมาก",)))
    assert scrubber.scrub("น้ำท่วมซอย แจ้งโดย น้ำ ทองดีมาก") == f"น้ำท่วมซอย แจ้งโดย {REDACTED}"
    assert scrubber.scrub("ทองดีมากโทรมา") == f"{REDACTED}โทรมา"
