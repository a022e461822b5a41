"""Buddhist Era dates: formatting in Thai and English, and reading typed dates."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import pytest

from vocdesk.domain.messages import UserError
from vocdesk.domain.thai_dates import (
    THAI_MONTHS,
    THAI_MONTHS_ABBR,
    be_year,
    format_date,
    format_datetime,
    format_thai_date,
    parse_thai_date,
    to_thai_digits,
)

VECTORS = Path(__file__).parents[1] / "data" / "thai_format_test_vectors.csv"


def vectors(kind: str) -> list[tuple[str, str]]:
    with VECTORS.open(encoding="utf-8", newline="") as f:
        rows = csv.DictReader(f)
        return [(row["input"], row["expected"]) for row in rows if row["kind"] == kind]


@pytest.mark.parametrize(("iso", "expected"), vectors("thai_date_long"))
def test_long_thai_date_has_full_month_and_be_year(iso: str, expected: str) -> None:
    assert format_thai_date(date.fromisoformat(iso), "long") == expected


@pytest.mark.parametrize(("iso", "expected"), vectors("thai_date_short"))
def test_short_thai_date_has_abbreviated_month_and_two_digit_be_year(
    iso: str, expected: str
) -> None:
    assert format_thai_date(date.fromisoformat(iso), "short") == expected


@pytest.mark.parametrize(("iso", "expected"), vectors("thai_date_thai_digits"))
def test_thai_date_can_use_thai_digits(iso: str, expected: str) -> None:
    assert format_thai_date(date.fromisoformat(iso), thai_digits=True) == expected


def test_be_year_adds_543() -> None:
    assert be_year(date(2024, 10, 1)) == 2567


def test_month_name_tables_have_twelve_entries() -> None:
    assert len(THAI_MONTHS) == len(THAI_MONTHS_ABBR) == 12
    assert (THAI_MONTHS[0], THAI_MONTHS_ABBR[11]) == ("มกราคม", "ธ.ค.")


def test_to_thai_digits_replaces_only_digits() -> None:
    assert to_thai_digits("ปี 2567 เวลา 14:05") == "ปี ๒๕๖๗ เวลา ๑๔:๐๕"


@pytest.mark.parametrize(
    ("lang", "style", "expected"),
    [
        ("en", "long", "1 October 2024"),
        ("en", "short", "1 Oct 2024"),
        ("en", "numeric", "01/10/2024"),
        ("th", "long", "1 ตุลาคม 2567"),
        ("th", "short", "1 ต.ค. 67"),
        ("th", "numeric", "01/10/2567"),
        ("th_TH", "numeric", "01/10/2567"),
    ],
)
def test_format_date_gives_ce_years_in_english_and_be_years_in_thai(
    lang: str, style: str, expected: str
) -> None:
    assert format_date(date(2024, 10, 1), lang, style) == expected  # type: ignore[arg-type]


def test_thai_digits_option_does_not_change_english_dates() -> None:
    assert format_date(date(2024, 10, 1), "en", "numeric", thai_digits=True) == "01/10/2024"


def test_short_be_year_keeps_leading_zero() -> None:
    # B.E. 2600 is C.E. 2057: the two-digit year must read "00", not "0".
    assert format_thai_date(date(2057, 1, 5), "short") == "5 ม.ค. 00"


def test_thai_datetime_adds_clock_and_suffix() -> None:
    moment = datetime(2024, 10, 1, 14, 5)
    assert format_datetime(moment, "th", "short") == "1 ต.ค. 67 14:05 น."
    assert format_datetime(moment, "th", "short", thai_digits=True) == "๑ ต.ค. ๖๗ ๑๔:๐๕ น."


def test_english_datetime_has_24_hour_clock_without_suffix() -> None:
    assert format_datetime(datetime(2024, 10, 1, 9, 7), "en", "short") == "1 Oct 2024 09:07"


@pytest.mark.parametrize(
    "text",
    [
        "01/10/2567",
        "1/10/2567",
        "01/10/2024",
        "2024-10-01",
        " 01.10.2567 ",
        "๐๑/๑๐/๒๕๖๗",
        "2567-10-01",
    ],
)
def test_parse_reads_be_and_ce_years_and_iso(text: str) -> None:
    assert parse_thai_date(text) == date(2024, 10, 1)


def test_parse_treats_years_below_2400_as_ce() -> None:
    assert parse_thai_date("29/02/2024") == date(2024, 2, 29)


@pytest.mark.parametrize("text", ["", "   ", "1 ต.ค. 67", "01/10/67", "2024/10/01", "abc"])
def test_parse_rejects_text_that_is_not_a_date(text: str) -> None:
    with pytest.raises(UserError) as caught:
        parse_thai_date(text)
    assert caught.value.message.context == "Dates"
    assert caught.value.message.english()  # every placeholder is filled


@pytest.mark.parametrize("text", ["31/04/2567", "29/02/2568", "00/10/2567", "01/13/2567"])
def test_parse_rejects_days_that_do_not_exist(text: str) -> None:
    # 29/02/2568 is C.E. 2025, not a leap year, although 2568 alone would be one.
    with pytest.raises(UserError, match="not a valid date"):
        parse_thai_date(text)
