"""The answer fields of the data-entry page: one key answers a scale item and moves on, typed
answers move on with Enter (the keys: ``entry_page`` and docs/survey-entry.md)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDoubleValidator, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from vocdesk.domain.enums import QuestionType
from vocdesk.domain.thai_dates import from_thai_digits
from vocdesk.services.surveys.entry import EntryAnswer, EntryQuestion

__all__ = ["NO_OPINION_KEYS", "AnswerField", "QuestionRow"]

NO_OPINION_KEYS = ("0", "-")
FIELD_WIDTH = 90


def _digit(event: QKeyEvent) -> str:
    return from_thai_digits(event.text())


class AnswerField(QLineEdit):
    """One item's answer. ``digit`` items take a single key; the others are typed, then Enter.

    Emits ``forward`` (answered, or Enter: go on), ``back`` (Backspace on an empty item) and
    ``changed`` (the answer changed, for the label beside it)."""

    forward = Signal()
    back = Signal()
    changed = Signal()
    focused = Signal()

    def __init__(self, question: EntryQuestion, part: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.part = part  # "value", or "importance" for an importance question's first field
        scale = question.scale
        values = range(scale[0], scale[1] + 1) if scale else sorted(question.choice_values)
        self.kind = question.type
        self.values = frozenset(values)
        # One key answers when every answer is a single digit from 1 (0 then means no opinion).
        self.single_key = self.kind in (
            QuestionType.RATING, QuestionType.IMPORTANCE, QuestionType.SINGLE, QuestionType.PROFILE,
        ) and bool(self.values) and min(self.values) >= 1 and max(self.values) <= 9  # fmt: skip
        self.value: int | None = None
        self.no_opinion = False
        self.choices: tuple[int, ...] = ()
        self.setFixedWidth(FIELD_WIDTH)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if self.kind is QuestionType.NUMBER:
            self.setValidator(QDoubleValidator(self))
            self.setAlignment(Qt.AlignmentFlag.AlignRight)
        elif self.kind is QuestionType.TEXT:
            self.setFixedWidth(16777215)  # no fixed width: a text takes the row
            self.setMinimumWidth(320)
            self.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.textEdited.connect(lambda _t: self.changed.emit())

    # -- the answer ---------------------------------------------------------------------------

    def answer(self) -> EntryAnswer | None:
        q = self.question
        if self.kind is QuestionType.MULTIPLE:
            if self.no_opinion:
                return EntryAnswer(q.id, no_opinion=True)
            return EntryAnswer(q.id, choices=self.choices) if self.choices else None
        if self.kind is QuestionType.NUMBER:
            text = from_thai_digits(self.text()).replace(",", "").strip()
            try:
                return EntryAnswer(q.id, number=float(text)) if text else None
            except ValueError:
                return None
        if self.kind is QuestionType.TEXT:
            return EntryAnswer(q.id, text=self.text().strip()) if self.text().strip() else None
        if not self.single_key:
            self._read_typed()
        if self.no_opinion:
            return EntryAnswer(q.id, no_opinion=True)
        return None if self.value is None else EntryAnswer(q.id, self.value)

    def set_answer(self, answer: EntryAnswer | None) -> None:
        self.value, self.no_opinion, self.choices = None, False, ()
        if answer is not None:
            self.no_opinion = answer.no_opinion
            self.choices = tuple(sorted(answer.choices))
            self.value = answer.importance if self.part == "importance" else answer.value
            if self.kind is QuestionType.NUMBER and answer.number is not None:
                self.setText(f"{answer.number:g}")
            elif self.kind is QuestionType.TEXT:
                self.setText(answer.text or "")
        if self.kind not in (QuestionType.NUMBER, QuestionType.TEXT) or answer is None:
            self._show()
        self.changed.emit()

    def has_answer(self) -> bool:
        return bool(self.text().strip())

    def _show(self) -> None:
        if self.no_opinion:
            self.setText("0" if self.single_key else "-")
        elif self.kind is QuestionType.MULTIPLE:
            self.setText(",".join(map(str, self.choices)))
        elif self.kind in (QuestionType.NUMBER, QuestionType.TEXT):
            self.setText("")
        else:
            self.setText("" if self.value is None else str(self.value))

    def _read_typed(self) -> None:
        """A typed 0-10 score (or a choice beyond 9): the number, or "-" for no opinion."""
        text = from_thai_digits(self.text()).strip()
        self.value, self.no_opinion = None, False
        if text == "-" and self.question.offers_no_opinion:
            self.no_opinion = True
        elif text.isdigit() and int(text) in self.values:
            self.value = int(text)

    def typed_ok(self) -> bool:
        """Whether a typed answer is one the item takes (an empty one is)."""
        if self.single_key or self.kind in (QuestionType.TEXT, QuestionType.MULTIPLE):
            return True
        if not self.text().strip():
            return True
        if self.kind is QuestionType.NUMBER:
            return self.answer() is not None
        self._read_typed()
        return self.value is not None or self.no_opinion

    # -- keys ---------------------------------------------------------------------------------

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's virtual
        super().focusInEvent(event)
        self.selectAll()
        self.focused.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's virtual
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.forward.emit()
            return
        if key == Qt.Key.Key_Up:
            self.back.emit()
            return
        if key == Qt.Key.Key_Down:
            self.forward.emit()
            return
        if key == Qt.Key.Key_Backspace and not self.has_answer():
            self.back.emit()
            return
        if self.single_key:
            self._single_key(event)
        elif self.kind is QuestionType.MULTIPLE:
            self._multiple_key(event)
        else:
            super().keyPressEvent(event)

    def _single_key(self, event: QKeyEvent) -> None:
        text = _digit(event)
        if event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.set_answer(None)
            return
        if text in NO_OPINION_KEYS:
            if self.question.offers_no_opinion:
                self.set_answer(EntryAnswer(self.question.id, no_opinion=True))
                self.forward.emit()
            return
        if text.isdigit() and int(text) in self.values:
            self.value, self.no_opinion = int(text), False
            self._show()
            self.changed.emit()
            self.forward.emit()
            return
        if event.key() == Qt.Key.Key_Tab or event.key() == Qt.Key.Key_Backtab:
            super().keyPressEvent(event)
        # any other key is refused: the item keeps its answer

    def _multiple_key(self, event: QKeyEvent) -> None:
        text = _digit(event)
        if event.key() == Qt.Key.Key_Backspace:
            self.choices = self.choices[:-1]
            self.no_opinion = False
        elif event.key() == Qt.Key.Key_Delete:
            self.choices, self.no_opinion = (), False
        elif text in NO_OPINION_KEYS and self.question.offers_no_opinion:
            self.choices, self.no_opinion = (), True
        elif text.isdigit() and int(text) in self.values:
            value = int(text)
            self.no_opinion = False
            self.choices = tuple(sorted(set(self.choices) ^ {value}))
        else:
            return
        self._show()
        self.changed.emit()


class QuestionRow:
    """A question's row: its fields (two for an importance question) and the label of the
    answer given."""

    def __init__(self, question: EntryQuestion, fields: list[AnswerField], shown: QLabel) -> None:
        self.question = question
        self.fields = fields
        self.shown = shown

    def answer(self) -> EntryAnswer | None:
        if self.question.type is not QuestionType.IMPORTANCE:
            return self.fields[0].answer()
        importance, satisfaction = (f.answer() for f in self.fields)
        if satisfaction is not None and satisfaction.no_opinion:
            return satisfaction
        value = satisfaction.value if satisfaction else None
        weight = importance.value if importance else None
        if value is None and weight is None:
            return None
        return EntryAnswer(self.question.id, value, weight)

    def set_answer(self, answer: EntryAnswer | None) -> None:
        for field in self.fields:
            field.set_answer(answer)
