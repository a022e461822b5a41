"""File › Holidays…: a year's days off, where each comes from, and the agency's layer over them.

The national days (the ``holidays`` package: public and government holidays) are read only; the
agency adds a day off, makes a national day a working day, or takes its change back, for every
office or for the office chosen. Each change recounts the due dates of the open cases and
follow-up reminders (``HolidaysService``) and the dialog says how many moved. Finished cases keep
their due dates unless the user recounts the year's finished cases.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vocdesk.domain.thai_dates import format_date
from vocdesk.domain.working_days import CalendarDay, DaySource, HolidayChange
from vocdesk.services.holidays import HolidaysService, Recounted
from vocdesk.ui import layout
from vocdesk.ui.errors import show_error, stored
from vocdesk.ui.i18n import counted, current_language
from vocdesk.ui.widgets.be_date_edit import BuddhistDateEdit, BuddhistYearSpinBox
from vocdesk.ui.widgets.forms import PROBLEM_COLOUR
from vocdesk.ui.widgets.thai_wrap import WrappingLabel

WORKING_COLOUR = "#6B6B6B"  # a national day the agency works on: greyed
LAYER_COLOUR = "#E8F0FE"  # a day of the agency's layer: lightly shaded
THAI_WEEKDAYS = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")
ENGLISH_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


class AddDayDialog(QDialog):
    """A day off of the agency's layer: its date and its name."""

    def __init__(self, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("add_holiday_dialog")
        self.setMinimumWidth(layout.DIALOG_MIN_WIDTH)
        self.date_edit = BuddhistDateEdit(self, day)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("holiday_name")
        self.form = QFormLayout()
        self.form.addRow("", self.date_edit)
        self.form.addRow("", self.name_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(self.form)
        box.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a day off"))
        self.form.labelForField(self.date_edit).setText(self.tr("Date:"))  # type: ignore[attr-defined]
        self.form.labelForField(self.name_edit).setText(self.tr("Name:"))  # type: ignore[attr-defined]
        self.name_edit.setPlaceholderText(self.tr("e.g. Provincial holiday, extra day off"))


class HolidaysDialog(QDialog):
    """``HolidaysDialog(service)``: the year's calendar for the agency or one office; the
    buttons change the agency's layer at once (each change is its own transaction)."""

    def __init__(
        self, service: HolidaysService, parent: QWidget | None = None, year: int | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("holidays_dialog")
        self.resize(layout.DIALOG_MIN_WIDTH + 520, 620)
        self._service = service
        self._days: list[CalendarDay] = []

        self.year_spin = BuddhistYearSpinBox(self)
        self.year_spin.setObjectName("holiday_year")
        self.year_spin.setRange(1990, 2100)
        self.year_spin.setValue(year or date.today().year)
        self.office_combo = QComboBox(self)
        self.office_combo.setObjectName("holiday_office")
        self.office_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._offices = service.offices()
        self.year_label = QLabel(self)
        self.office_label = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(self.year_label)
        top.addWidget(self.year_spin)
        top.addSpacing(16)
        top.addWidget(self.office_label)
        top.addWidget(self.office_combo)
        top.addStretch(1)

        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("holiday_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        # Rows fit their wrapped names once the columns have their widths (and again on resize).
        header.sectionResized.connect(lambda *_args: self.table.resizeRowsToContents())

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("holiday_summary")
        self.result_label = WrappingLabel("", self)
        self.result_label.setObjectName("holiday_result")
        self.problem_label = QLabel(self)
        self.problem_label.setStyleSheet(f"color: {PROBLEM_COLOUR}")
        self.problem_label.hide()
        self.note_label = WrappingLabel("", self)
        self.note_label.setObjectName("holiday_note")

        self.add_button = QPushButton(self)
        self.add_button.setObjectName("add_day")
        self.work_button = QPushButton(self)
        self.work_button.setObjectName("make_working_day")
        self.undo_button = QPushButton(self)
        self.undo_button.setObjectName("undo_change")
        self.recount_button = QPushButton(self)
        self.recount_button.setObjectName("recount")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.work_button, self.undo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.recount_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.table, 1)
        box.addWidget(self.summary_label)
        box.addLayout(buttons)
        box.addWidget(self.result_label)
        box.addWidget(self.problem_label)
        box.addWidget(self.note_label)
        box.addWidget(close)

        self.year_spin.valueChanged.connect(lambda _year: self.reload())
        self.office_combo.currentIndexChanged.connect(lambda _index: self.reload())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button.clicked.connect(self.add_day)
        self.work_button.clicked.connect(self.make_working_day)
        self.undo_button.clicked.connect(self.undo_change)
        self.recount_button.clicked.connect(self.recount)
        self.retranslate()

    # -- reading ---------------------------------------------------------------------------

    def office_id(self) -> uuid.UUID | None:
        value = self.office_combo.currentData()
        return value if isinstance(value, uuid.UUID) else None

    def reload(self) -> None:
        try:
            self._days = self._service.year(self.year_spin.value(), self.office_id())
        except Exception as error:  # noqa: BLE001 - the error box and the log
            show_error(self, error)
            self._days = []
        self._fill()

    def _fill(self) -> None:
        lang = current_language()
        weekdays = THAI_WEEKDAYS if lang == "th" else ENGLISH_WEEKDAYS
        self.table.setRowCount(len(self._days))
        for row, day in enumerate(self._days):
            name = day.name_th if lang == "th" else day.name_en
            if not day.off and day.national is not None:
                national = day.national.name_th if lang == "th" else day.national.name_en
                name = self.tr("{name} (worked: {national})").format(name=name, national=national) \
                    if name != national else national  # fmt: skip
            cells = [
                f"{weekdays[day.day.weekday()]} {format_date(day.day, lang, 'long')}",
                name,
                self._source_text(day.source),
                self.tr("Closed") if day.off else self.tr("Open (working day)"),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, day.day)
                item.setToolTip(text)
                if not day.off:
                    item.setForeground(QBrush(QColor(WORKING_COLOUR)))
                if day.source in (DaySource.AGENCY, DaySource.OFFICE):
                    item.setBackground(QBrush(QColor(LAYER_COLOUR)))
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        off_weekdays = sum(1 for d in self._days if d.off and d.day.weekday() < 5)
        self.summary_label.setText(
            counted(
                self.tr("%n day(s) off on a weekday this year.", "", off_weekdays), off_weekdays
            )
        )
        self._update_buttons()

    def _source_text(self, source: DaySource) -> str:
        return {
            DaySource.PUBLIC: self.tr("Public holiday"),
            DaySource.GOVERNMENT: self.tr("Government holiday"),
            DaySource.AGENCY: self.tr("The agency"),
            DaySource.OFFICE: self.tr("This office"),
        }[source]

    def selected_day(self) -> CalendarDay | None:
        rows = self.table.selectionModel().selectedRows()
        return self._days[rows[0].row()] if rows else None

    def select_day(self, day: date) -> None:
        for row, known in enumerate(self._days):
            if known.day == day:
                self.table.selectRow(row)
                return

    def _own_source(self) -> DaySource:
        return DaySource.AGENCY if self.office_id() is None else DaySource.OFFICE

    def _update_buttons(self) -> None:
        day = self.selected_day()
        self.work_button.setEnabled(day is not None and day.off)
        self.undo_button.setEnabled(day is not None and day.source is self._own_source())

    # -- changing the layer ------------------------------------------------------------------

    def add_day(self) -> None:
        selected = self.selected_day()
        first = date(self.year_spin.value(), 1, 1)
        dialog = AddDayDialog(selected.day if selected else max(first, date.today()), self)
        dialog.date_edit.setDateRange(first, date(self.year_spin.value(), 12, 31))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        day, name = dialog.date_edit.date(), dialog.name_edit.text()
        self._change(lambda: self._service.set_day(day, HolidayChange.ADDED, name,
                                                   self.office_id()), day)  # fmt: skip

    def make_working_day(self) -> None:
        day = self.selected_day()
        if day is None:
            return
        if day.source is self._own_source() and day.national is None:
            # A day the agency (or office) added: taking it back makes it a working day.
            self._change(lambda: self._service.clear_day(day.day, self.office_id()), day.day)
        else:
            self._change(lambda: self._service.set_day(day.day, HolidayChange.REMOVED, "",
                                                       self.office_id()), day.day)  # fmt: skip

    def undo_change(self) -> None:
        day = self.selected_day()
        if day is not None:
            self._change(lambda: self._service.clear_day(day.day, self.office_id()), day.day)

    def recount(self) -> None:
        year = self.year_spin.value()
        answer = QMessageBox.question(
            self, self.tr("Count due dates again"),
            self.tr("Count the due dates of every open case and follow-up reminder, and of the "
                    "finished cases received in {year}, again on today's calendar? The finished "
                    "cases' within-standard results may change.").format(
                year=self.year_spin.textFromValue(year)),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._change(lambda: self._service.recount(date(year, 1, 1), date(year, 12, 31)), None)

    def _change(self, store: object, day: date | None) -> None:
        results: list[Recounted] = []

        def run() -> None:
            results.append(store())  # type: ignore[operator]

        self.problem_label.hide()
        if not stored(self, self.problem_label, run):
            return
        self.show_recounted(results[0])
        self.reload()
        if day is not None:
            self.select_day(day)

    def show_recounted(self, recounted: Recounted) -> None:
        # One sentence, each count in its own plural form (Qt's %n takes one number per text).
        cases = counted(self.tr("%n case(s)", "", recounted.cases), recounted.cases)
        reminders = counted(
            self.tr("%n follow-up reminder(s)", "", recounted.reminders), recounted.reminders
        )
        self.result_label.setText(
            self.tr("Saved. Due dates counted again: {cases} and {reminders}.").format(
                cases=cases, reminders=reminders
            )
        )

    # -- language ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Holidays and working days"))
        self.year_label.setText(self.tr("Year:"))
        self.office_label.setText(self.tr("Calendar of:"))
        current = self.office_id()
        self.office_combo.blockSignals(True)
        self.office_combo.clear()
        self.office_combo.addItem(self.tr("The whole agency"), None)
        lang = current_language()
        for office in self._offices:
            self.office_combo.addItem(office.name_th if lang == "th" else office.name_en, office.id)
        self.office_combo.setCurrentIndex(max(0, self.office_combo.findData(current)))
        self.office_combo.blockSignals(False)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Holiday"), self.tr("From"), self.tr("Status")]
        )
        self.add_button.setText(self.tr("Add a day off…"))
        self.work_button.setText(self.tr("Make a working day"))
        self.undo_button.setText(self.tr("Undo this change"))
        self.recount_button.setText(self.tr("Count due dates again…"))
        self.note_label.setText(self.tr(
            "Public and government holidays come from Thailand's official calendar (the "
            "holidays package: lunar days, in-lieu days and the Cabinet's announced days). "
            "Shaded rows are the agency's own changes; an office's change wins over the "
            "agency's. A case counts the working days of its office. Each change counts the "
            "due dates of open cases and follow-up reminders it concerns again; finished cases "
            "keep theirs unless you count them again."
        ))  # fmt: skip
        self.year_spin.refresh()
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's virtual
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
