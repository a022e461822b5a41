"""Fiscal years as the reader counts them: Buddhist Era in Thai, Common Era in English.

VocDesk stores a fiscal year by the B.E. year in which it ends (``vocdesk.domain.fiscal``: FY 2570
runs 1 October 2026 to 30 September 2027), the way Thai agencies name it. An English reader counts
in C.E., so the English window says "2027", with "B.E. 2570" beside it where officials look the
year up in Thai documents (survey rounds, comparators). Identifiers that contain a year (case
numbers 2569/000123, survey codes SAT-2569) are shown as issued, never through these helpers.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox, QWidget

from vocdesk.domain.thai_dates import BE_OFFSET
from vocdesk.ui.i18n import current_language

BE_YEAR_THRESHOLD = 2400  # a typed year above this is B.E., as the command line reads years


def fiscal_year_text(be_year: int, lang: str | None = None) -> str:
    """The year alone: "2570" in Thai, "2027" in English."""
    lang = lang or current_language()
    return str(be_year) if lang == "th" else str(be_year - BE_OFFSET)


def fiscal_year_with_be(be_year: int, lang: str | None = None) -> str:
    """The year with its B.E. name for English readers: "2570" in Thai, "2027 (B.E. 2570)"."""
    lang = lang or current_language()
    if lang == "th":
        return str(be_year)
    return QCoreApplication.translate("FiscalYears", "{year} (B.E. {be_year})").format(
        year=be_year - BE_OFFSET, be_year=be_year
    )


def fiscal_year_label(be_year: int, lang: str | None = None) -> str:
    """ "ปีงบประมาณ 2570" / "Fiscal year 2027" (a heading or a combo's item)."""
    return QCoreApplication.translate("FiscalYears", "Fiscal year {year}").format(
        year=fiscal_year_text(be_year, lang)
    )


def year_from_text(text: str) -> int | None:
    """A typed year in either era as B.E. (2570 stays, 2027 becomes 2570); None if no number."""
    digits = "".join(ch for ch in text if ch.isdigit())
    if not digits:
        return None
    year = int(digits)
    return year if year > BE_YEAR_THRESHOLD else year + BE_OFFSET


class FiscalYearSpinBox(QSpinBox):
    """A fiscal year chooser whose ``value()`` is always the B.E. year VocDesk stores, shown in
    the reader's era (and typed in either): C.E. in the English window, B.E. in the Thai one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(2500, 2700)

    def textFromValue(self, value: int) -> str:  # noqa: N802 - Qt's virtual
        return fiscal_year_text(value)

    def valueFromText(self, text: str) -> int:  # noqa: N802 - Qt's virtual
        year = year_from_text(
            text[len(self.prefix()) :] if text.startswith(self.prefix()) else text
        )
        return self.value() if year is None else year

    def validate(  # noqa: D102 - Qt's virtual
        self, text: str, pos: int
    ) -> tuple[QValidator.State, str, int]:
        body = text[len(self.prefix()) :] if text.startswith(self.prefix()) else text
        body = body[: len(body) - len(self.suffix())] if self.suffix() else body
        if not body.strip():
            return QValidator.State.Intermediate, text, pos
        if not body.strip().isdigit():
            return QValidator.State.Invalid, text, pos
        year = year_from_text(body)
        if len(body.strip()) < 4 or year is None:
            return QValidator.State.Intermediate, text, pos
        if self.minimum() <= year <= self.maximum():
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        super().changeEvent(event)
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LocaleChange):
            self.lineEdit().setText(
                self.prefix() + self.textFromValue(self.value()) + self.suffix()
            )
