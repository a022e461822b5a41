"""The registry's pure rules: checking a stakeholder, duplicate keys, merging values."""

from __future__ import annotations

from datetime import date

import pytest

from vocdesk.domain.enums import PartyType
from vocdesk.domain.registry import (
    ContactKeys,
    DuplicateReason,
    InvalidStakeholder,
    LawfulBasis,
    StakeholderDraft,
    check_stakeholder,
    duplicate_reasons,
    email_key,
    merged_values,
    name_key,
    similar_names,
)

TODAY = date(2026, 11, 28)
VALID_ID = "1101700230708"  # check digit correct


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("นางสาวสมศรี ใจดี", "สมศรีใจดี"),
        ("นาง สมศรี  ใจดี", "สมศรีใจดี"),
        ("คุณสมศรี ใจดี", "สมศรีใจดี"),
        ("  สมศรี ใจดี ", "สมศรีใจดี"),
        ("Mr. John Smith", "johnsmith"),
        ("MRS Jane O'Neil", "janeoneil"),
        ("Mrsmith Jones", "mrsmithjones"),  # not a title: no word boundary after "mrs"
        ("นายนาง ทดสอบ", "นางทดสอบ"),  # only one title is taken off
    ],
)
def test_a_name_key_ignores_titles_spaces_and_case(typed: str, key: str) -> None:
    assert name_key(typed) == key


def test_very_similar_names_are_recognised_but_different_ones_are_not() -> None:
    assert similar_names(name_key("สมศรี ใจดี"), name_key("นางสาวสมศรี ใจดีย์"))
    assert similar_names(name_key("John Smith"), name_key("Jon Smith"))
    assert not similar_names(name_key("สมศรี ใจดี"), name_key("สมชาย มั่นคง"))
    assert not similar_names("ab", "ac")  # too short to tell


def test_duplicate_reasons_name_every_matching_key() -> None:
    mine = ContactKeys(
        VALID_ID, frozenset({"+66812345678"}), email_key(" A@B.go.th"), name_key("นายเอ บี")
    )
    other = ContactKeys(
        VALID_ID, frozenset({"+66812345678", "1111"}), "a@b.go.th", name_key("เอ บี")
    )
    assert duplicate_reasons(mine, other) == [
        DuplicateReason.NATIONAL_ID,
        DuplicateReason.PHONE,
        DuplicateReason.EMAIL,
        DuplicateReason.NAME,
    ]
    assert duplicate_reasons(ContactKeys(name="x"), ContactKeys()) == []


def test_a_valid_draft_comes_back_normalised() -> None:
    checked = check_stakeholder(
        StakeholderDraft(
            name="  นาย  สมชาย   ใจดี ",
            national_id="1-1017-00230-70-8",
            phone="081-234-5678",
            phone2="+66 81 234 5678",
            email=" Somchai@Example.go.th ",
            province="กทม.",
            tags=("vip", " vip ", "อาสา"),
            lawful_basis=LawfulBasis.CONSENT,
            consent_follow_up=True,
            consent_date=date(2026, 1, 5),
        ),
        TODAY,
    )
    draft = checked.draft
    assert draft.name == "นาย สมชาย ใจดี"
    assert draft.national_id == VALID_ID
    assert draft.phone == "+66812345678" and draft.phone2 == ""  # the same number once
    assert draft.email == "Somchai@Example.go.th"
    assert draft.keys().email == "somchai@example.go.th"
    assert draft.province == "กรุงเทพมหานคร"
    assert draft.tags == ("vip", "อาสา")
    assert checked.warnings == {}


def test_every_problem_is_reported_by_field_and_nothing_passes() -> None:
    with pytest.raises(InvalidStakeholder) as caught:
        check_stakeholder(
            StakeholderDraft(
                name=" ",
                national_id="1101700230706",
                phone="12345",
                email="not-an-email",
                province="Atlantis",
                consent_follow_up=True,
                organisation="ก" * 301,
            ),
            TODAY,
        )
    problems = caught.value.problems
    assert set(problems) == {
        "name",
        "national_id",
        "phone",
        "email",
        "province",
        "consent_date",
        "organisation",
    }
    assert "last digit should be 8" in problems["national_id"].english()
    assert "Atlantis" in problems["province"].english()
    assert "Enter the name." in caught.value.message.english()


def test_pdpa_dates_must_make_sense() -> None:
    with pytest.raises(InvalidStakeholder) as caught:
        check_stakeholder(
            StakeholderDraft(
                name="ก ข", consent_date=date(2027, 1, 1), retention_until=date(2026, 1, 1)
            ),
            TODAY,
        )
    assert set(caught.value.problems) == {"consent_date", "retention_until"}


def test_an_id_starting_with_zero_is_saved_with_a_warning() -> None:
    first_twelve = "012345678901"
    from vocdesk.domain.thai_id import check_digit

    checked = check_stakeholder(
        StakeholderDraft(name="ก ข", national_id=first_twelve + str(check_digit(first_twelve))),
        TODAY,
    )
    assert "national_id" in checked.warnings


def test_consent_under_another_lawful_basis_is_only_a_warning() -> None:
    checked = check_stakeholder(
        StakeholderDraft(
            name="ก ข",
            party_type=PartyType.PERSON,
            consent_follow_up=True,
            consent_date=TODAY,
            lawful_basis=LawfulBasis.PUBLIC_TASK,
        ),
        TODAY,
    )
    assert "lawful_basis" in checked.warnings


def test_merging_fills_the_survivors_gaps_and_keeps_its_own_values() -> None:
    survivor = {
        "name": "สมศรี ใจดี",
        "phone": "+66812345678",
        "phone2": "",
        "email": "",
        "tags": ["a"],
        "notes": "first",
        "segment_id": None,
        "consent_follow_up": False,
        "province": "ลำปาง",
    }
    other = {
        "name": "นางสาวสมศรี ใจดี",
        "phone": "+66899999999",
        "phone2": "",
        "email": "s@x.th",
        "tags": ["a", "b"],
        "notes": "second",
        "segment_id": "seg",
        "consent_follow_up": True,
        "province": "ชลบุรี",
    }
    merged = merged_values(survivor, other)
    assert merged["name"] == "สมศรี ใจดี"
    assert (merged["phone"], merged["phone2"]) == ("+66812345678", "+66899999999")
    assert merged["email"] == "s@x.th"
    assert merged["tags"] == ["a", "b"]
    assert merged["notes"] == "first\n\nsecond"
    assert merged["segment_id"] == "seg"
    assert merged["consent_follow_up"] is True
    assert merged["province"] == "ลำปาง"
