"""Thai 13-digit national ID numbers: check digit, leading 0, formatting and PDPA masking."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from vocdesk.domain.messages import UserError
from vocdesk.domain.thai_id import (
    check_digit,
    format_national_id,
    mask_national_id,
    normalise_national_id,
    validate_national_id,
)

VECTORS = Path(__file__).parents[1] / "data" / "thai_format_test_vectors.csv"


def vectors(*kinds: str) -> list[tuple[str, bool]]:
    with VECTORS.open(encoding="utf-8", newline="") as f:
        return [
            (row["input"], row["expected"] == "True")
            for row in csv.DictReader(f)
            if row["kind"] in kinds
        ]


@pytest.mark.parametrize(
    ("text", "valid"), vectors("thai_national_id", "thai_national_id_formatted")
)
def test_reference_vectors(text: str, valid: bool) -> None:
    if valid:
        assert validate_national_id(text).normalised == "1112034563562"
    else:
        with pytest.raises(UserError) as caught:
            validate_national_id(text)
        assert caught.value.message.context == "Validation"
        assert caught.value.message.english()  # every placeholder is filled


def test_valid_id_has_no_warning() -> None:
    assert validate_national_id("1112034563562").warning is None


def test_wrong_check_digit_names_the_expected_digit() -> None:
    with pytest.raises(UserError) as caught:
        validate_national_id("1101700230705")
    assert caught.value.message.params["expected"] == 8
    assert "should be 8" in str(caught.value)


def test_leading_zero_vector_fails_on_its_checksum_not_on_the_zero() -> None:
    # The reference library rejects 0123456789012 for its leading 0; we accept leading 0
    # (persons without registration status), so here it fails only because of the check digit.
    with pytest.raises(UserError) as caught:
        validate_national_id("0123456789012")
    assert caught.value.message.params["expected"] == 6


def test_leading_zero_with_a_correct_check_digit_is_accepted_with_a_warning() -> None:
    result = validate_national_id("0123456789016")
    assert result.normalised == "0123456789016"
    assert result.warning is not None
    assert result.warning.context == "Validation"
    assert "starts with 0" in result.warning.english()


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "Enter"),
        ("  -- ", "Enter"),
        ("110170023073", "has 12"),
        ("11017002307051", "has 14"),
        ("11017002070d3", "not “d”"),
    ],
)
def test_error_says_what_is_wrong(text: str, fragment: str) -> None:
    with pytest.raises(UserError, match=fragment):
        validate_national_id(text)


def test_normalise_strips_spaces_dashes_and_thai_digits() -> None:
    assert normalise_national_id(" 1-1120 34563-56-2 ") == "1112034563562"
    assert normalise_national_id("๑๑๑๒๐๓๔๕๖๓๕๖๒") == "1112034563562"


def test_check_digit_uses_weights_13_down_to_2() -> None:
    assert check_digit("111203456356") == 2


def test_format_groups_as_on_the_id_card() -> None:
    assert format_national_id("1112034563562") == "1-1120-34563-56-2"


def test_format_leaves_a_malformed_value_ungrouped() -> None:
    assert format_national_id("12345") == "12345"


def test_mask_hides_the_middle_group() -> None:
    assert mask_national_id("1112034563562") == "1-1120-xxxxx-56-2"
    assert mask_national_id("1-1120-34563-56-2") == "1-1120-xxxxx-56-2"


def test_mask_hides_everything_of_a_malformed_value() -> None:
    assert mask_national_id("11203456") == "xxxxxxxx"
