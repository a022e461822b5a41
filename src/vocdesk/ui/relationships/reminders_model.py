"""The two tables of the reminders page: open reminders, and stakeholders due a contact.

Both hold one page of plain rows read by ``RemindersService`` off the GUI thread; dates are
shown in the interface language (Buddhist Era in Thai). Overdue rows are shown in red.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from vocdesk.domain.messages import QT_TRANSLATE_NOOP
from vocdesk.services.relationships.reminders import ContactDue, ReminderRow
from vocdesk.ui.i18n import current_language, translate
from vocdesk.ui.models.display import date_text, label_text, number_text
from vocdesk.ui.models.no_data import no_data

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")
OVERDUE_COLOUR = QColor(176, 0, 32)

# (heading, cell) per column; headings translated in the model's context when shown.
Column = tuple[str, Callable[[Any, str], str]]


class _RowsModel(QAbstractTableModel, Generic[R]):
    context = ""
    columns: Sequence[Column] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self.language = current_language()

    def set_rows(self, rows: Sequence[R], language: str | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if language is not None:
            self.language = language
        self.endResetModel()

    def set_language(self, language: str) -> None:
        self.beginResetModel()
        self.language = language
        self.endResetModel()

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    @property
    def rows(self) -> list[R]:
        return list(self._rows)

    def overdue(self, row: R) -> bool:
        return bool(getattr(row, "overdue", False))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
            and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        ):
            return translate(self.context, self.columns[section][0])
        value = super().headerData(section, orientation, role)
        return no_data() if value is None else value

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return no_data()
        if not (0 <= index.column() < len(self.columns)):
            return no_data()
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.columns[index.column()][1](row, self.language)
        if role == Qt.ItemDataRole.ForegroundRole and self.overdue(row):
            return QBrush(OVERDUE_COLOUR)
        return no_data()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )


def _segment(th: str, en: str, lang: str) -> str:
    return th if lang == "th" else (en or th)


def _reminder_note(row: ReminderRow, lang: str) -> str:
    if row.complaint_number:
        case = translate("RemindersModel", "Case {number}").format(number=row.complaint_number)
        return case if row.note in ("", row.complaint_number) else f"{case}: {row.note}"
    return row.note


class RemindersModel(_RowsModel[ReminderRow]):
    context = "RemindersModel"
    columns: Sequence[Column] = (
        (QT_TRANSLATE_NOOP("RemindersModel", "Due"), lambda r, lang: date_text(r.due_on, lang)),
        (QT_TRANSLATE_NOOP("RemindersModel", "Stakeholder"), lambda r, lang: r.stakeholder_name),
        (QT_TRANSLATE_NOOP("RemindersModel", "Segment"),
         lambda r, lang: _segment(r.segment_th, r.segment_en, lang)),
        (QT_TRANSLATE_NOOP("RemindersModel", "Officer"), lambda r, lang: r.assigned_to),
        (QT_TRANSLATE_NOOP("RemindersModel", "Why"), lambda r, lang: label_text(r.source)),
        (QT_TRANSLATE_NOOP("RemindersModel", "Note"), _reminder_note),
    )  # fmt: skip


def _last_contact(row: ContactDue, lang: str) -> str:
    if row.last_contact is None:
        return translate("ContactsDueModel", "Never")
    return date_text(row.last_contact, lang)


class ContactsDueModel(_RowsModel[ContactDue]):
    context = "ContactsDueModel"
    columns: Sequence[Column] = (
        (QT_TRANSLATE_NOOP("ContactsDueModel", "Due"), lambda r, lang: date_text(r.due_on, lang)),
        (QT_TRANSLATE_NOOP("ContactsDueModel", "Stakeholder"), lambda r, lang: r.name),
        (QT_TRANSLATE_NOOP("ContactsDueModel", "Organisation"), lambda r, lang: r.organisation),
        (QT_TRANSLATE_NOOP("ContactsDueModel", "Segment"),
         lambda r, lang: _segment(r.segment_th, r.segment_en, lang)),
        (QT_TRANSLATE_NOOP("ContactsDueModel", "Officer"), lambda r, lang: r.officer),
        (QT_TRANSLATE_NOOP("ContactsDueModel", "Last contact"), _last_contact),
        (QT_TRANSLATE_NOOP("ContactsDueModel", "Every (months)"),
         lambda r, lang: number_text(r.months, lang)),
    )  # fmt: skip
