"""A date editor whose field and calendar show Buddhist Era years in Thai (B.E. = C.E. + 543).

Qt has no Buddhist calendar (``QCalendar.availableCalendars()`` on Qt 6.12 lists Gregorian,
Julian, Milankovic, Jalali and Islamic Civil only) and Thai ``QLocale`` prints C.E. years, so
``QDateEdit`` would show 2024 where a Thai user reads 2567. Here the text field formats and
parses through ``vocdesk.domain.thai_dates``, and the popup keeps ``QCalendarWidget``'s day grid
but replaces its navigation bar with one whose year box counts in B.E. Values in and out are
plain ``datetime.date`` in the Common Era.
"""

from __future__ import annotations

import datetime
import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QTextCharFormat, QValidator
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vocdesk.domain.messages import UserError
from vocdesk.domain.thai_dates import (
    BE_OFFSET,
    BE_YEAR_THRESHOLD,
    ENGLISH_MONTHS,
    THAI_MONTHS,
    format_date,
    from_thai_digits,
    parse_thai_date,
    to_thai_digits,
)
from vocdesk.ui import layout
from vocdesk.ui.i18n import current_language, locale_for

MIN_DATE = date(1900, 1, 1)
MAX_DATE = date(2199, 12, 31)
_TYPING = re.compile(r"[0-9/.\-]*")  # what may appear while a date is being typed
_REFRESH_EVENTS = (QEvent.Type.LanguageChange, QEvent.Type.LocaleChange)


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(qd: QDate) -> date:
    """``qd.toPython()`` with its type (PySide6's stub says ``object``)."""
    return date(qd.year(), qd.month(), qd.day())


class BuddhistYearSpinBox(QSpinBox):
    """Holds a C.E. year; shows and accepts the B.E. year when the UI is Thai."""

    def _shown_offset(self) -> int:
        return BE_OFFSET if current_language() == "th" else 0

    def textFromValue(self, value: int) -> str:  # noqa: N802 - Qt's virtual
        return str(value + self._shown_offset())

    def valueFromText(self, text: str) -> int:  # noqa: N802 - Qt's virtual
        year = int(from_thai_digits(text).strip() or "0")
        return year - BE_OFFSET if year >= BE_YEAR_THRESHOLD else year

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        # QAbstractSpinBox::validate may rewrite text and cursor; PySide6 takes them back as a
        # tuple (a bare State is accepted too, but the stubs declare the tuple).
        return self._state(text), text, pos

    def _state(self, text: str) -> QValidator.State:
        digits = from_thai_digits(text).strip()
        if not digits.isdigit():
            return QValidator.State.Intermediate if not digits else QValidator.State.Invalid
        if len(digits) < 4:
            return QValidator.State.Intermediate
        if len(digits) > 4:
            return QValidator.State.Invalid
        in_range = self.minimum() <= self.valueFromText(digits) <= self.maximum()
        return QValidator.State.Acceptable if in_range else QValidator.State.Intermediate

    def refresh(self) -> None:
        """Redraw the year after a language change (the value itself does not change)."""
        self.setValue(self.value())
        self.lineEdit().setText(self.textFromValue(self.value()))


class BuddhistCalendar(QWidget):
    """A month grid (Qt's) under a navigation bar that names months and B.E. years in Thai."""

    clicked = Signal(object)  # datetime.date the user clicked or confirmed with Enter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QCalendarWidget(self)
        self.grid.setNavigationBarVisible(False)
        self.grid.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.grid.setGridVisible(False)
        self.previous_button = QToolButton(self)
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_button.setAutoRaise(True)
        self.next_button = QToolButton(self)
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setAutoRaise(True)
        self.month_button = QToolButton(self)
        self.month_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.month_button.setAutoRaise(True)
        self.month_menu = QMenu(self.month_button)
        self.month_button.setMenu(self.month_menu)
        self.year_box = BuddhistYearSpinBox(self)
        self.year_box.setRange(MIN_DATE.year, MAX_DATE.year)
        self.year_box.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.year_box.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.year_box.setFrame(False)
        self.year_box.setKeyboardTracking(False)  # move the grid once the year is typed
        self._month_actions: list[QAction] = []
        for month in range(1, 13):
            action = self.month_menu.addAction("")
            action.triggered.connect(lambda _checked=False, m=month: self._show_month(m))
            self._month_actions.append(action)

        navigation = QHBoxLayout()
        navigation.setContentsMargins(layout.NO_MARGIN, 0, layout.NO_MARGIN, 0)
        navigation.setSpacing(layout.BUTTON_SPACING)
        navigation.addWidget(self.previous_button)
        navigation.addStretch(1)
        navigation.addWidget(self.month_button)
        navigation.addWidget(self.year_box)
        navigation.addStretch(1)
        navigation.addWidget(self.next_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(layout.NO_MARGIN, 0, layout.NO_MARGIN, 0)
        column.setSpacing(layout.BUTTON_SPACING)
        column.addLayout(navigation)
        column.addWidget(self.grid)

        self.previous_button.clicked.connect(self.grid.showPreviousMonth)
        self.next_button.clicked.connect(self.grid.showNextMonth)
        self.year_box.valueChanged.connect(self._show_year)
        self.grid.currentPageChanged.connect(self._update_navigation)
        self.grid.clicked.connect(lambda qd: self.clicked.emit(_pydate(qd)))
        self.grid.activated.connect(lambda qd: self.clicked.emit(_pydate(qd)))
        self._mark_today()
        self.retranslate()

    def selected_date(self) -> date:
        return _pydate(self.grid.selectedDate())

    def set_selected_date(self, d: date) -> None:
        self.grid.setSelectedDate(_qdate(d))
        self.grid.setCurrentPage(d.year, d.month)

    def set_date_range(self, minimum: date, maximum: date) -> None:
        self.grid.setDateRange(_qdate(minimum), _qdate(maximum))
        self.year_box.setRange(minimum.year, maximum.year)

    def shown_year_text(self) -> str:
        """The year as the navigation bar shows it (B.E. in Thai)."""
        return self.year_box.text()

    def _show_month(self, month: int) -> None:
        self.grid.setCurrentPage(self.grid.yearShown(), month)

    def _show_year(self, year: int) -> None:
        if year != self.grid.yearShown():
            self.grid.setCurrentPage(year, self.grid.monthShown())

    def _update_navigation(self, year: int, month: int) -> None:
        months = THAI_MONTHS if current_language() == "th" else ENGLISH_MONTHS
        self.month_button.setText(months[month - 1])
        if self.year_box.value() != year:
            self.year_box.blockSignals(True)
            self.year_box.setValue(year)
            self.year_box.blockSignals(False)
        self.year_box.refresh()

    def _mark_today(self) -> None:
        bold = QTextCharFormat()
        bold.setFontWeight(700)
        self.grid.setDateTextFormat(QDate.currentDate(), bold)

    def retranslate(self) -> None:
        lang = current_language()
        locale = locale_for(lang)
        self.grid.setLocale(locale)  # Thai weekday names in the header
        self.grid.setFirstDayOfWeek(locale.firstDayOfWeek())
        months = THAI_MONTHS if lang == "th" else ENGLISH_MONTHS
        for action, name in zip(self._month_actions, months, strict=True):
            action.setText(name)
        self.previous_button.setToolTip(self.tr("Previous month"))
        self.next_button.setToolTip(self.tr("Next month"))
        self._update_navigation(self.grid.yearShown(), self.grid.monthShown())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() in _REFRESH_EVENTS:
            self.retranslate()
        super().changeEvent(event)


class _CalendarPopup(QFrame):
    """The calendar in a popup window that closes on a choice, on Escape or on a click outside."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = BuddhistCalendar(self)
        box = QVBoxLayout(self)
        box.setContentsMargins(
            layout.BUTTON_SPACING,
            layout.BUTTON_SPACING,
            layout.BUTTON_SPACING,
            layout.BUTTON_SPACING,
        )
        box.addWidget(self.calendar)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)


class _DateTextValidator(QValidator):
    """Lets through what can still become a date; Acceptable once it parses within range."""

    def __init__(self, editor: BuddhistDateEdit) -> None:
        super().__init__(editor)
        self._editor = editor

    def validate(self, text: str, pos: int) -> QValidator.State:
        typed = from_thai_digits(text.strip())
        if len(typed) > 10 or not _TYPING.fullmatch(typed):
            return QValidator.State.Invalid
        try:
            parsed = parse_thai_date(typed)
        except UserError:
            return QValidator.State.Intermediate
        # While Qt tears the editor down, the line edit may still ask after Python has already
        # cleared this wrapper's attributes: nothing to check against any more.
        editor = getattr(self, "_editor", None)
        if editor is None:
            return QValidator.State.Intermediate
        in_range = editor.minimumDate() <= parsed <= editor.maximumDate()
        return QValidator.State.Acceptable if in_range else QValidator.State.Intermediate


class BuddhistDateEdit(QWidget):
    """Type "dd/mm/yyyy" (B.E. year in Thai, Thai digits welcome) or pick from the calendar.

    Keys: Up/Down change the day, Page Up/Page Down the month, Alt+Down or F4 open the calendar.
    """

    dateChanged = Signal(object)  # noqa: N815 - Qt-style name other widgets expect

    def __init__(self, parent: QWidget | None = None, value: date | None = None) -> None:
        super().__init__(parent)
        self._date = value or date.today()
        self._minimum, self._maximum = MIN_DATE, MAX_DATE
        self._thai_digits = False
        self._popup: _CalendarPopup | None = None
        self.line_edit = QLineEdit(self)
        self.line_edit.setValidator(_DateTextValidator(self))
        self.line_edit.setMinimumWidth(layout.DATE_EDIT_MIN_WIDTH)
        self.line_edit.installEventFilter(self)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setArrowType(Qt.ArrowType.DownArrow)
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row = QHBoxLayout(self)
        row.setContentsMargins(layout.NO_MARGIN, 0, layout.NO_MARGIN, 0)
        row.setSpacing(layout.BUTTON_SPACING)
        row.addWidget(self.line_edit, 1)
        row.addWidget(self.calendar_button)
        self.setFocusProxy(self.line_edit)
        self.line_edit.textEdited.connect(self._take_typed_date)
        self.line_edit.editingFinished.connect(self._show_date)
        self.calendar_button.clicked.connect(self.show_calendar)
        self.retranslate()

    # The public API, in the style of QDateEdit but with datetime.date.
    # In this class `date` names the method below, so annotations say datetime.date.
    def date(self) -> datetime.date:
        return self._date

    def setDate(self, d: datetime.date) -> None:  # noqa: N802 - Qt-style name
        d = min(max(d, self._minimum), self._maximum)
        changed = d != self._date
        self._date = d
        self._show_date()
        if changed:
            self.dateChanged.emit(d)

    def minimumDate(self) -> datetime.date:  # noqa: N802
        return self._minimum

    def maximumDate(self) -> datetime.date:  # noqa: N802
        return self._maximum

    def setDateRange(self, minimum: datetime.date, maximum: datetime.date) -> None:  # noqa: N802
        if maximum < minimum:
            raise ValueError(f"date range ends ({maximum}) before it starts ({minimum})")
        self._minimum, self._maximum = minimum, maximum
        self.setDate(self._date)

    def setThaiDigits(self, enabled: bool) -> None:  # noqa: N802
        """Show the date with Thai digits (๑๒/๑๐/๒๕๖๗); typing either kind always works."""
        self._thai_digits = enabled
        self._show_date()

    def text(self) -> str:
        """The date as the field shows it."""
        return self.line_edit.text()

    def calendar_popup(self) -> BuddhistCalendar | None:
        """The popup's calendar once it has been opened (for tests and screenshots)."""
        return self._popup.calendar if self._popup else None

    def show_calendar(self) -> None:
        if self._popup is None:
            self._popup = _CalendarPopup(self)
            self._popup.calendar.clicked.connect(self._take_calendar_date)
        calendar = self._popup.calendar
        calendar.set_date_range(self._minimum, self._maximum)
        calendar.set_selected_date(self._date)
        self._popup.adjustSize()
        self._popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self._popup.show()
        calendar.grid.setFocus()

    def _take_calendar_date(self, d: datetime.date) -> None:
        if self._popup is not None:
            self._popup.close()
        self.setDate(d)
        self.line_edit.setFocus()

    def _take_typed_date(self, text: str) -> None:
        # Like QDateEdit, a typed date counts as soon as it is complete, so a dialog's OK
        # pressed by shortcut (without leaving the field) still gets it.
        if not self.line_edit.hasAcceptableInput():
            return
        parsed = parse_thai_date(from_thai_digits(text))
        if parsed != self._date:
            self._date = parsed
            self.dateChanged.emit(parsed)

    def _show_date(self) -> None:
        """Show the current date in the current language (also undoes an unfinished entry)."""
        text = format_date(self._date, current_language(), "numeric")
        self.line_edit.setText(to_thai_digits(text) if self._thai_digits else text)
        self.line_edit.setToolTip(format_date(self._date, current_language(), "long"))

    def _step(self, days: int = 0, months: int = 0) -> None:
        stepped = _pydate(_qdate(self._date).addDays(days).addMonths(months))
        self.setDate(stepped)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.line_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key, alt = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
            if key == Qt.Key.Key_F4 or (alt and key == Qt.Key.Key_Down):
                self.show_calendar()
                return True
            steps: dict[int, tuple[int, int]] = {  # QKeyEvent.key() is an int
                Qt.Key.Key_Up: (1, 0),
                Qt.Key.Key_Down: (-1, 0),
                Qt.Key.Key_PageUp: (0, 1),
                Qt.Key.Key_PageDown: (0, -1),
            }
            if key in steps:
                self._step(*steps[key])
                return True
        if watched is self.line_edit and event.type() == QEvent.Type.FocusOut:
            self._show_date()
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        self.line_edit.setPlaceholderText(
            QCoreApplication.translate("BuddhistDateEdit", "dd/mm/yyyy")
        )
        self.calendar_button.setToolTip(
            QCoreApplication.translate("BuddhistDateEdit", "Choose a date from the calendar (F4)")
        )
        self._show_date()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() in _REFRESH_EVENTS:
            self.retranslate()
        super().changeEvent(event)
