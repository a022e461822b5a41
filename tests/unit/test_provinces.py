"""The province list: all 77, unique, and found by the names people write."""

from __future__ import annotations

from vocdesk.domain.provinces import PROVINCES, find_province


def test_there_are_77_provinces_with_unique_codes_and_names() -> None:
    assert len(PROVINCES) == 77
    assert len({p.code for p in PROVINCES}) == 77
    assert len({p.name_th for p in PROVINCES}) == 77
    assert len({p.name_en for p in PROVINCES}) == 77


def test_a_province_is_found_by_thai_english_code_or_short_form() -> None:
    assert find_province("เชียงใหม่").name_en == "Chiang Mai"
    assert find_province("  khon   kaen ").name_th == "ขอนแก่น"
    assert find_province("TH-83").name_th == "ภูเก็ต"
    assert find_province("กทม.").code == "TH-10"
    assert find_province("จังหวัดสงขลา").name_en == "Songkhla"
    assert find_province("จ. ยะลา").name_en == "Yala"


def test_an_unknown_name_finds_nothing() -> None:
    assert find_province("แอตแลนติส") is None
    assert find_province("") is None
