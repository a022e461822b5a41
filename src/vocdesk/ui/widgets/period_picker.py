"""Choosing a reporting period of the fiscal year: the whole year, a half, a quarter or a month.

The year box keeps the fiscal year as VocDesk stores it, the B.E. year in which it ends, and shows
it in the reader's era (``FiscalYearSpinBox``: "FY 2027" in English, "ปีงบประมาณ 2570" in Thai);
the second box offers the halves, quarters or months of that year, months in fiscal order
(October first) and named in the UI language.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from vocdesk.domain.clock import thai_today
from vocdesk.domain.fiscal import (
    Period,
    PeriodKind,
    fiscal_month_periods,
    fiscal_year_be,
    period_for,
)
from vocdesk.domain.thai_dates import ENGLISH_MONTHS, THAI_MONTHS
from vocdesk.ui import layout
from vocdesk.ui.fiscal_years import FiscalYearSpinBox
from vocdesk.ui.i18n import current_language
from vocdesk.ui.labels import enum_choices


class PeriodPicker(QWidget):
    period_changed = Signal(object)  # the new Period

    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        today = today or thai_today()
        self.label = QLabel(self)
        self.kind_box = QComboBox(self)
        self.kind_box.setObjectName("period_kind")
        self.year_box = FiscalYearSpinBox(self)  # B.E. stored, shown in the reader's era
        self.year_box.setObjectName("fiscal_year")
        self.year_box.setValue(fiscal_year_be(today))
        self.part_box = QComboBox(self)
        self.part_box.setObjectName("period_part")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(layout.SPACING)
        for widget in (self.label, self.kind_box, self.year_box, self.part_box):
            row.addWidget(widget)
        self._updating = False
        self._fill_kinds(PeriodKind.FISCAL_YEAR)
        self._fill_parts(1)
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.year_box.valueChanged.connect(self._year_changed)
        self.part_box.currentIndexChanged.connect(self._emit)
        self.retranslate()

    # --- the value -----------------------------------------------------------------------
    def kind(self) -> PeriodKind:
        return PeriodKind(self.kind_box.currentData())

    def fiscal_year(self) -> int:
        return self.year_box.value()

    def part(self) -> int:
        return int(self.part_box.currentData() or 1)

    def period(self) -> Period:
        return period_for(self.kind(), self.fiscal_year(), self.part())

    def set_period(self, kind: PeriodKind, fiscal_year: int, part: int = 1) -> None:
        self._updating = True
        try:
            self.kind_box.setCurrentIndex(self.kind_box.findData(PeriodKind(kind).value))
            self.year_box.setValue(fiscal_year)
            self._fill_parts(part)
        finally:
            self._updating = False
        self._emit()

    # --- filling the boxes -----------------------------------------------------------------
    def _fill_kinds(self, selected: PeriodKind) -> None:
        self.kind_box.blockSignals(True)
        self.kind_box.clear()
        for label, kind in enum_choices(PeriodKind):
            self.kind_box.addItem(label, kind.value)
        self.kind_box.setCurrentIndex(self.kind_box.findData(selected.value))
        self.kind_box.blockSignals(False)

    def _fill_parts(self, selected: int) -> None:
        kind = PeriodKind(self.kind_box.currentData())
        self.part_box.blockSignals(True)
        self.part_box.clear()
        if kind is PeriodKind.HALF:
            for half in (1, 2):
                self.part_box.addItem(self.tr("Half {number}").format(number=half), half)
        elif kind is PeriodKind.QUARTER:
            for quarter in (1, 2, 3, 4):
                self.part_box.addItem(self.tr("Quarter {number}").format(number=quarter), quarter)
        elif kind is PeriodKind.MONTH:
            names = THAI_MONTHS if current_language() == "th" else ENGLISH_MONTHS
            for number, month in enumerate(fiscal_month_periods(self.fiscal_year()), start=1):
                self.part_box.addItem(names[month.start.month - 1], number)
        self.part_box.setVisible(kind is not PeriodKind.FISCAL_YEAR)
        index = self.part_box.findData(selected)
        self.part_box.setCurrentIndex(max(0, index))
        self.part_box.blockSignals(False)

    def _kind_changed(self) -> None:
        self._fill_parts(1)
        self._emit()

    def _year_changed(self) -> None:
        self._emit()

    def _emit(self) -> None:
        if not self._updating:
            self.period_changed.emit(self.period())

    # --- language --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.label.setText(self.tr("Period:"))
        self.year_box.setPrefix(self.tr("FY "))
        kind, part = self.kind(), self.part()
        self._fill_kinds(kind)
        self._fill_parts(part)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
