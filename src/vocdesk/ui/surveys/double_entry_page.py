"""The double-entry check of a survey: every difference between the first and the second keying
of the same paper forms, the forms keyed only once, and resolving a difference by keeping the
value the paper shows (``services.surveys.double_entry`` states the rules)."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vocdesk.domain.enums import QuestionType
from vocdesk.domain.messages import UserError
from vocdesk.domain.thai_dates import format_date
from vocdesk.services.surveys.double_entry import (
    FIELD_COMMENT,
    FIELD_DATE,
    DoubleEntryReport,
    DoubleEntryService,
    EntryDifference,
)
from vocdesk.services.surveys.entry import FIRST_PASS, SECOND_PASS, EntryAnswer, EntryQuestion
from vocdesk.ui.errors import error_text
from vocdesk.ui.i18n import current_language
from vocdesk.ui.models.small_table import LEFT, Index, SmallTableModel
from vocdesk.ui.tasks import TaskRunner
from vocdesk.ui.widgets.thai_wrap import WrappingLabel

__all__ = ["DifferencesModel", "DoubleEntryPage"]


class DifferencesModel(SmallTableModel):
    """One row per difference: form, item, question, first keying, second keying."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._report: DoubleEntryReport | None = None
        self._rows: list[EntryDifference] = []

    def set_report(self, report: DoubleEntryReport | None) -> None:
        self.beginResetModel()
        self._report = report
        self._rows = list(report.differences) if report else []
        self.endResetModel()

    def difference(self, row: int) -> EntryDifference:
        return self._rows[row]

    def titles(self) -> list[str]:
        return [self.tr("Form"), self.tr("Item"), self.tr("Question"), self.tr("First keying"),
                self.tr("Second keying")]  # fmt: skip

    def row_count(self) -> int:
        return len(self._rows)

    def _question(self, difference: EntryDifference) -> EntryQuestion | None:
        layout = self._report.layout if self._report else None
        if layout is None or difference.question_id is None:
            return None
        try:
            return layout.question(difference.question_id)
        except KeyError:
            return None

    def cell(self, row: int, column: int) -> str:
        difference = self._rows[row]
        question = self._question(difference)
        thai = current_language() == "th"
        if column == 0:
            return difference.form_number
        if column == 1:
            return difference.question_number or difference.question_code
        if column == 2:
            if difference.field == FIELD_DATE:
                return self.tr("Date of the form")
            if difference.field == FIELD_COMMENT:
                return self.tr("Note")
            if question is None:
                return ""
            return question.text_en if not thai and question.text_en else question.text_th
        if difference.field == FIELD_DATE:
            text = difference.first_text if column == 3 else difference.second_text
            return format_date(date.fromisoformat(text), "th" if thai else "en", "short")
        if difference.field == FIELD_COMMENT:
            return (difference.first_text if column == 3 else difference.second_text) or "—"
        answer = difference.first if column == 3 else difference.second
        return self.answer_text(question, answer)

    def answer_text(self, question: EntryQuestion | None, answer: EntryAnswer | None) -> str:
        if answer is None:
            return self.tr("— (no answer)")
        if answer.no_opinion:
            return self.tr("no opinion / not applicable")
        thai = current_language() == "th"
        labels = {} if question is None else {
            c.value: (c.label_en if not thai and c.label_en else c.label_th) for c in question.choices
        }  # fmt: skip

        def shown(value: int) -> str:
            return f"{value} {labels[value]}" if value in labels else str(value)

        if answer.choices:
            return ", ".join(shown(v) for v in answer.choices)
        if answer.number is not None:
            return f"{answer.number:g}"
        if answer.text:
            return answer.text
        if question is not None and question.type is QuestionType.IMPORTANCE:
            return self.tr("importance {importance}, satisfaction {value}").format(
                importance="—" if answer.importance is None else answer.importance,
                value="—" if answer.value is None else shown(answer.value),
            )
        return "—" if answer.value is None else shown(answer.value)

    def headerData(  # noqa: N802 - Qt's virtual
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole and orientation == Qt.Orientation.Horizontal:
            return LEFT  # texts, not figures: every column reads from the left
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid():
            return LEFT
        return super().data(index, role)


class DoubleEntryPage(QWidget):
    """``DoubleEntryPage(double_entry, parent, tasks=None)``; ``set_survey(id)``. With ``tasks``
    the comparison runs off the GUI thread."""

    def __init__(
        self, double_entry: DoubleEntryService, parent: QWidget | None = None,
        tasks: TaskRunner | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("double_entry_page")
        self._service = double_entry
        self._tasks = tasks
        self._survey_id: uuid.UUID | None = None
        self.report: DoubleEntryReport | None = None
        self.summary = WrappingLabel("", self)
        self.summary.setObjectName("double_entry_summary")
        self.once = WrappingLabel("", self)
        self.once.setObjectName("double_entry_once")
        self.message = WrappingLabel("", self)
        self.message.setObjectName("double_entry_message")
        self.message.setStyleSheet("color: #b3261e;")
        self.model = DifferencesModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("double_entry_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.keep_first = QPushButton(self)
        self.keep_first.setObjectName("keep_first")
        self.keep_first.clicked.connect(lambda: self.resolve_selected(FIRST_PASS))
        self.keep_second = QPushButton(self)
        self.keep_second.setObjectName("keep_second")
        self.keep_second.clicked.connect(lambda: self.resolve_selected(SECOND_PASS))
        self.compare_button = QPushButton(self)
        self.compare_button.setObjectName("compare_again")
        self.compare_button.clicked.connect(self.refresh)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_first)
        buttons.addWidget(self.keep_second)
        buttons.addStretch(1)
        buttons.addWidget(self.compare_button)
        box = QVBoxLayout(self)
        box.addWidget(self.summary)
        box.addWidget(self.table, 1)
        box.addLayout(buttons)
        box.addWidget(self.once)
        box.addWidget(self.message)
        self.retranslate()
        self._update_buttons()

    # -- what the tab uses --------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Double-entry check")

    def set_survey(self, survey_id: uuid.UUID | None) -> None:
        self._survey_id = survey_id
        self.refresh()

    def refresh(self) -> None:
        """Compare the two keyings again."""
        survey_id = self._survey_id
        self.message.setText("")
        if survey_id is None:
            self._show(None)
            return
        if self._tasks is None:
            try:
                self._show(self._service.compare(survey_id))
            except UserError as error:
                self._failed(error)
            return
        self._tasks.run(
            lambda _progress: self._service.compare(survey_id),
            on_done=lambda report: self._show(report) if survey_id == self._survey_id else None,
            on_error=self._failed,
            receiver=self,
        )

    def retranslate(self) -> None:
        self.keep_first.setText(self.tr("Keep the first keying's value"))
        self.keep_second.setText(self.tr("Keep the second keying's value"))
        self.compare_button.setText(self.tr("Compare again"))
        self.keep_first.setToolTip(self.tr(
            "Read the paper form: the value chosen goes into both keyings; the first is the data analysed"))  # fmt: skip
        self.keep_second.setToolTip(self.keep_first.toolTip())
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        self._show(self.report)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- showing ------------------------------------------------------------------------------

    def _failed(self, error: BaseException) -> None:
        self.message.setText(error_text(error))

    def _show(self, report: DoubleEntryReport | None) -> None:
        self.report = report
        self.model.set_report(report)
        if report is None:
            self.summary.setText(self.tr("Choose a survey to compare its two keyings."))
            self.once.setText("")
        else:
            self.summary.setText(self.tr(
                "Forms keyed twice: {compared} · agreeing: {agreeing} · with differences: {forms} · "
                "differences to resolve: {count}"
            ).format(compared=report.compared, agreeing=report.agreeing,
                     forms=report.forms_with_differences, count=len(report.differences)))  # fmt: skip
            lines = []
            if report.first_only:
                lines.append(self.tr("Keyed in the first keying only: {numbers}").format(
                    numbers=", ".join(report.first_only)))  # fmt: skip
            if report.second_only:
                lines.append(self.tr("Keyed in the second keying only: {numbers}").format(
                    numbers=", ".join(report.second_only)))  # fmt: skip
            self.once.setText("\n".join(lines))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self._selected_row() is not None
        self.keep_first.setEnabled(chosen)
        self.keep_second.setEnabled(chosen)
        self.compare_button.setEnabled(self._survey_id is not None)

    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def resolve_selected(self, keep: int) -> bool:
        """Settle the chosen difference with the value of keying ``keep``, then compare again,
        the next difference chosen."""
        row = self._selected_row()
        if row is None or self._survey_id is None:
            return False
        try:
            difference = self.model.difference(row)  # with the forms' versions as compared
            self._service.resolve(self._survey_id, difference, keep, versions=difference.versions)
        except UserError as error:
            self._failed(error)
            return False
        try:
            report = self._service.compare(self._survey_id)
        except UserError as error:
            self._failed(error)
            return False
        self._show(report)
        if self.model.rowCount():
            self.select_row(min(row, self.model.rowCount() - 1))
        return True
