"""Fiscal years in the reader's era (issue 14): C.E. in the English window with "B.E. 2570" beside
it where officials look it up, B.E. in Thai; the stored value is always the B.E. year."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from vocdesk.ui.fiscal_years import (
    FiscalYearSpinBox,
    fiscal_year_label,
    fiscal_year_text,
    fiscal_year_with_be,
    year_from_text,
)
from vocdesk.ui.i18n import LanguageManager


@pytest.fixture
def languages(qapp, compiled_translations: Path) -> Iterator[LanguageManager]:
    manager = LanguageManager(qapp, compiled_translations)
    yield manager
    manager.uninstall()
    manager.deleteLater()


def test_english_counts_fiscal_years_in_common_era_with_the_buddhist_year_beside() -> None:
    assert fiscal_year_text(2570, "en") == "2027"
    assert fiscal_year_text(2570, "th") == "2570"
    assert fiscal_year_with_be(2570, "en") == "2027 (B.E. 2570)"
    assert fiscal_year_with_be(2570, "th") == "2570"


def test_a_year_typed_in_either_era_is_the_stored_buddhist_year() -> None:
    assert year_from_text("2027") == 2570
    assert year_from_text("2570") == 2570
    assert year_from_text("FY ") is None


def test_the_label_follows_the_window_language(languages: LanguageManager) -> None:
    languages.set_language("en")
    assert fiscal_year_label(2570) == "Fiscal year 2027"
    languages.set_language("th")
    assert fiscal_year_label(2570) == "ปีงบประมาณ 2570"


def test_the_year_box_shows_the_readers_era_and_keeps_the_buddhist_value(
    qtbot, languages: LanguageManager
) -> None:
    languages.set_language("en")
    box = FiscalYearSpinBox()
    qtbot.addWidget(box)
    box.setValue(2570)
    assert box.text() == "2027" and box.value() == 2570

    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "2026")  # typed in C.E.
    box.interpretText()
    assert box.value() == 2569

    languages.set_language("th")
    qtbot.waitUntil(lambda: box.text() == "2569", timeout=2000)
    assert box.value() == 2569
