"""Keying paper forms from the keyboard, as fast as the hand can read them.

The screen mirrors the paper form: its section headings, and each question with its printed
number and text, in the form's order. The keys (docs/survey-entry.md):

- a digit answers a rating item (or a single choice with up to nine answers) and moves on;
- ``0`` or ``-`` is "no opinion / not applicable", where the item offers it (``-`` only on a
  0-10 item, where 0 is an answer);
- Backspace clears the item's answer, or, on an empty item, goes back to the one before;
- Up and Down move between items; Enter moves on from a typed answer (a 0-10 score, a number,
  a text, the ticked digits of a multiple choice);
- Enter on the last field (the note), or Ctrl+S anywhere, saves the form; the answers are then
  cleared for the next form and the form number moves on. A refused save shows why and keeps
  every answer on screen.

"Open" loads the form whose number is typed, to correct it; saving then replaces it.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vocdesk.domain.clock import thai_today
from vocdesk.domain.enums import QuestionType
from vocdesk.domain.messages import UserError
from vocdesk.services.surveys.entry import (
    FIRST_PASS,
    SECOND_PASS,
    EntryAnswer,
    EntryForm,
    EntryQuestion,
    FormDraft,
    KeyedForm,
    PassStatus,
    SurveyEntryService,
)
from vocdesk.ui import layout
from vocdesk.ui.errors import error_text
from vocdesk.ui.i18n import current_language
from vocdesk.ui.surveys.answer_fields import AnswerField, QuestionRow
from vocdesk.ui.widgets.be_date_edit import BuddhistDateEdit
from vocdesk.ui.widgets.thai_wrap import WrappingLabel

__all__ = ["AnswerField", "SurveyEntryPage"]


class SurveyEntryPage(QWidget):
    """``SurveyEntryPage(entry, parent)``; ``set_survey(id)``; emits ``saved(form_number)``."""

    saved = Signal(str)

    def __init__(self, entry: SurveyEntryService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("survey_entry_page")
        self._entry = entry
        self._survey_id: uuid.UUID | None = None
        self._form: EntryForm | None = None
        self._rows: list[QuestionRow] = []
        self._fields: list[QWidget] = []  # every field in keying order, the note last
        self._editing: KeyedForm | None = None
        self._current = 0

        self.pass_label = QLabel(self)
        self.pass_box = QComboBox(self)
        self.pass_box.setObjectName("entry_pass")
        self.pass_box.addItem("", FIRST_PASS)
        self.pass_box.addItem("", SECOND_PASS)
        self.pass_box.currentIndexChanged.connect(lambda _i: self._pass_changed())
        self.number_label = QLabel(self)
        self.form_number = QLineEdit(self)
        self.form_number.setObjectName("form_number")
        self.form_number.setMaximumWidth(140)
        self.form_number.returnPressed.connect(self.focus_first_item)
        self.form_number.installEventFilter(self)
        self.date_label = QLabel(self)
        self.date_edit = BuddhistDateEdit(self, thai_today())
        self.date_edit.setObjectName("submitted_on")
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("open_form")
        self.open_button.clicked.connect(self.open_form)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save_form")
        self.save_button.clicked.connect(self.save)
        top = QHBoxLayout()
        for widget in (self.pass_label, self.pass_box, self.number_label, self.form_number,
                       self.date_label, self.date_edit, self.open_button):  # fmt: skip
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.save_button)

        self.status = QLabel(self)
        self.status.setObjectName("entry_status")
        self.message = WrappingLabel("", self)
        self.message.setObjectName("entry_message")
        self.message.setStyleSheet("color: #b3261e;")
        self.keys_help = WrappingLabel("", self)
        self.keys_help.setObjectName("entry_keys")
        self.keys_help.setStyleSheet("color: palette(mid);")

        self.sheet = QWidget(self)
        self.grid = QGridLayout(self.sheet)
        self.grid.setHorizontalSpacing(layout.FORM_SPACING)
        self.grid.setColumnStretch(1, 1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.StyledPanel)
        self.scroll_area.setWidget(self.sheet)
        self.note_label = QLabel(self)
        self.note = QLineEdit(self)
        self.note.setObjectName("entry_note")
        self.note.returnPressed.connect(self.save)

        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.status)
        box.addWidget(self.keys_help)
        box.addWidget(self.scroll_area, 1)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_label)
        note_row.addWidget(self.note, 1)
        box.addLayout(note_row)
        box.addWidget(self.message)
        shortcut = QShortcut(QKeySequence("Ctrl+S"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)
        self.retranslate()
        self.set_survey(None)

    # -- what the tab uses --------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Data entry")

    def refresh(self) -> None:
        self.set_survey(self._survey_id)

    def set_survey(self, survey_id: uuid.UUID | None) -> None:
        self._survey_id = survey_id
        self._editing = None
        self._form = None
        self.message.setText("")
        if survey_id is not None:
            try:
                self._form = self._entry.form_layout(survey_id)
            except UserError as error:
                self.message.setText(error_text(error))
        self._build()
        self.setEnabled(self._form is not None)
        self._start_form(keep_date=False)

    def retranslate(self) -> None:
        self.pass_label.setText(self.tr("Keying:"))
        self.pass_box.setItemText(0, self.tr("First keying (the data)"))
        self.pass_box.setItemText(1, self.tr("Second keying (for checking)"))
        self.number_label.setText(self.tr("Form number:"))
        self.date_label.setText(self.tr("Date:"))
        self.open_button.setText(self.tr("Open to correct"))
        self.open_button.setToolTip(self.tr("Show the form keyed under this number, to correct it"))
        self.save_button.setText(self.tr("Save form (Ctrl+S)"))
        self.note_label.setText(self.tr("Note:"))
        self.keys_help.setText(self.tr(
            "Keys: a digit answers and moves on · 0 or - = no opinion (where offered) · "
            "Backspace = clear, or back · ↑ ↓ move · Enter moves on, and on the note saves the form"
        ))  # fmt: skip
        if self._form is not None:
            self._build()
        self._show_status()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's virtual
        if watched is self.form_number and event.type() == QEvent.Type.FocusIn:
            self._current = -1
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            answers = self.answers()
            self.retranslate()
            self._set_answers(answers)
        super().changeEvent(event)

    # -- reading the screen -------------------------------------------------------------------

    def entry_pass(self) -> int:
        return int(self.pass_box.currentData())

    def answers(self) -> tuple[EntryAnswer, ...]:
        return tuple(a for row in self._rows if (a := row.answer()) is not None)

    def fields(self) -> list[QWidget]:
        """Every field in keying order (each item's, then the note)."""
        return list(self._fields)

    def current_field(self) -> QWidget:
        """The field keys go to now (the one with focus when the window has it)."""
        if self._current < 0 or not self._fields:
            return self.form_number
        return self._fields[self._current]

    def field_for(self, code: str) -> AnswerField:
        for row in self._rows:
            if row.question.code == code:
                return row.fields[-1]
        raise KeyError(code)

    # -- building the form --------------------------------------------------------------------

    def _build(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self._rows.clear()
        self._fields = []
        if self._form is None:
            self._fields = [self.note]
            return
        thai = current_language() == "th"
        line, section = 0, None
        for question in self._form.questions:
            if question.section and question.section != section:
                heading = WrappingLabel(f"<b>{question.section}</b>", self.sheet)
                self.grid.addWidget(heading, line, 0, 1, 4)
                line += 1
            section = question.section
            number = QLabel(question.number, self.sheet)
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            text = question.text_en if not thai and question.text_en else question.text_th
            label = WrappingLabel(text, self.sheet)
            parts = (
                ["importance", "value"] if question.type is QuestionType.IMPORTANCE else ["value"]
            )
            fields = [AnswerField(question, part, self.sheet) for part in parts]
            for field in fields:
                field.setObjectName(f"answer_{question.code}_{field.part}")
            shown = QLabel(self._hint(question), self.sheet)
            shown.setStyleSheet("color: palette(mid);")
            row = QuestionRow(question, fields, shown)
            holder = QWidget(self.sheet)
            inner = QHBoxLayout(holder)
            inner.setContentsMargins(0, 0, 0, 0)
            for field in fields:
                inner.addWidget(field)
            self.grid.addWidget(number, line, 0)
            self.grid.addWidget(label, line, 1)
            if question.type is QuestionType.TEXT:  # a text takes the rest of the row
                fields[0].setPlaceholderText(self._hint(question))
                self.grid.addWidget(holder, line, 2, 1, 2, Qt.AlignmentFlag.AlignTop)
                shown.hide()
            else:
                self.grid.addWidget(holder, line, 2, Qt.AlignmentFlag.AlignTop)
                self.grid.addWidget(shown, line, 3, Qt.AlignmentFlag.AlignTop)
            line += 1
            self._rows.append(row)
            for field in fields:
                self._connect(field, row)
                self._fields.append(field)
        self.grid.setRowStretch(line, 1)
        self._fields.append(self.note)

    def _connect(self, field: AnswerField, row: QuestionRow) -> None:
        field.forward.connect(lambda: self._move(field, +1))
        field.back.connect(lambda: self._move(field, -1))
        field.changed.connect(lambda: self._show_answer(row))
        field.focused.connect(lambda: self._focused(field))

    def _hint(self, question: EntryQuestion) -> str:
        scale = question.scale
        if question.type in (QuestionType.NUMBER,):
            return self.tr("a number, then Enter")
        if question.type is QuestionType.TEXT:
            return self.tr("text, then Enter")
        if question.type is QuestionType.MULTIPLE:
            hint = self.tr("the digits of every answer ticked, then Enter")
        elif scale is not None:
            hint = self.tr("{low}–{high}").format(low=scale[0], high=scale[1])
        else:
            hint = self._choices_text(question)
        if question.offers_no_opinion:
            key = "-" if scale is not None and scale[0] == 0 else "0"
            hint += " · " + self.tr("{key} = no opinion").format(key=key)
        return hint

    def _choices_text(self, question: EntryQuestion) -> str:
        thai = current_language() == "th"
        return "  ".join(
            f"{c.value} {c.label_en if not thai and c.label_en else c.label_th}"
            for c in question.choices
        )

    def _show_answer(self, row: QuestionRow) -> None:
        answer = row.answer()
        if answer is None:
            row.shown.setText(self._hint(row.question))
            row.shown.setStyleSheet("color: palette(mid);")
            return
        row.shown.setStyleSheet("")
        if answer.no_opinion:
            row.shown.setText(self.tr("no opinion / not applicable"))
            return
        thai = current_language() == "th"
        labels = {c.value: (c.label_en if not thai and c.label_en else c.label_th)
                  for c in row.question.choices}  # fmt: skip
        if row.question.type is QuestionType.MULTIPLE:
            row.shown.setText(", ".join(labels.get(v, str(v)) for v in answer.choices))
        elif answer.value is not None and answer.value in labels:
            row.shown.setText(labels[answer.value])
        else:
            row.shown.setText("")

    # -- moving -------------------------------------------------------------------------------

    def _focused(self, field: QWidget) -> None:
        if field in self._fields:
            self._current = self._fields.index(field)

    def _move(self, field: QWidget, step: int) -> None:
        if isinstance(field, AnswerField) and step > 0 and not field.typed_ok():
            self.message.setText(self.tr("Item {item} takes {answers}.").format(
                item=field.question.number or field.question.code,
                answers=self._hint(field.question)))  # fmt: skip
            return
        self.message.setText("")
        index = self._fields.index(field) + step if field in self._fields else 0
        if index < 0:
            self._current = -1
            self.form_number.setFocus()
            self.form_number.selectAll()
            return
        self._go(min(index, len(self._fields) - 1))

    def _go(self, index: int) -> None:
        self._current = index
        target = self._fields[index]
        target.setFocus()
        self.scroll_area.ensureWidgetVisible(target)
        if isinstance(target, QLineEdit):
            target.selectAll()

    def focus_first_item(self) -> None:
        if self._fields:
            self._go(0)

    # -- forms --------------------------------------------------------------------------------

    def _set_answers(self, answers: tuple[EntryAnswer, ...]) -> None:
        given = {a.question_id: a for a in answers}
        for row in self._rows:
            row.set_answer(given.get(row.question.id))

    def _start_form(self, keep_date: bool = True) -> None:
        """A blank form: answers cleared, the next form number suggested and selected."""
        self._editing = None
        self._set_answers(())
        self.note.clear()
        if not keep_date:
            self.date_edit.setDate(thai_today())
        self.form_number.setText(self._status().next_form_number if self._survey_id else "")
        self._show_status()
        self._current = -1  # on the form number, its suggestion selected: Enter takes it
        self.form_number.setFocus()
        self.form_number.selectAll()

    def _status(self) -> PassStatus:
        assert self._survey_id is not None
        return self._entry.pass_status(self._survey_id, self.entry_pass())

    def _show_status(self, saved: str = "") -> None:
        if self._survey_id is None or self._form is None:
            self.status.setText(self.tr("Choose a survey to key its paper forms."))
            return
        status = self._status()
        text = self.tr("Forms keyed in this pass: {count}").format(count=status.count)
        if status.last_form_number:
            text += " · " + self.tr("last saved: form {number}").format(
                number=status.last_form_number
            )
        if saved:
            text = self.tr("Form {number} saved.").format(number=saved) + " " + text
        if self._editing is not None:
            text += " · " + self.tr("correcting form {number}").format(
                number=self._editing.form_number
            )
        self.status.setText(text)

    def _pass_changed(self) -> None:
        if self._survey_id is not None:
            self._start_form()

    def save(self) -> bool:
        """Save the form on screen; on success, clear for the next one. A refused form keeps
        every answer on screen, with the reason shown."""
        if self._survey_id is None:
            return False
        for field in self._fields:
            if isinstance(field, AnswerField) and not field.typed_ok():
                self._move(field, +1)
                field.setFocus()
                return False
        draft = FormDraft(self.form_number.text().strip(), self.date_edit.date(), self.answers(),
                          self.entry_pass(), self.note.text().strip())  # fmt: skip
        try:
            if self._editing is not None:
                # the form as opened: a correction over another window's save is refused
                self._entry.replace_form(
                    self._editing.response_id, draft, version=self._editing.version
                )
            else:
                self._entry.save_form(self._survey_id, draft)
        except UserError as error:
            self.message.setText(error_text(error))
            return False
        self.message.setText("")
        self._start_form()
        self._show_status(saved=draft.form_number)
        self.saved.emit(draft.form_number)
        return True

    def open_form(self) -> bool:
        """Show the form keyed under the typed number in this pass, to correct it."""
        if self._survey_id is None:
            return False
        number = self.form_number.text().strip()
        keyed = self._entry.keyed_form(self._survey_id, self.entry_pass(), number)
        if keyed is None:
            self.message.setText(
                self.tr("No form {number} has been keyed in this pass.").format(number=number)
            )
            return False
        self._set_answers(keyed.answers)
        self.note.setText(keyed.comment)
        self.date_edit.setDate(keyed.submitted_on)
        self._editing = keyed
        self.message.setText("")
        self._show_status()
        self.focus_first_item()
        return True
