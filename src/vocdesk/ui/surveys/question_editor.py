"""The questions of a survey being designed: a table of the questions in form order (add, remove,
move), the selected question's fields, and its choices.

Edits are kept as plain ``QuestionDesign`` values; nothing is saved until the dialog saves the
whole design. A rating or importance question shows the labels of its scale's levels (the
defaults of ``domain.surveys.scales`` when it gets a new scale), to be reworded if need be.
"""

from __future__ import annotations

import dataclasses
import uuid

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vocdesk.domain.enums import ProfileField, QuestionType
from vocdesk.domain.surveys.scales import level_labels
from vocdesk.services.surveys.design import (
    ChoiceDesign,
    DimensionInfo,
    QuestionDesign,
    SegmentChoice,
)
from vocdesk.ui import layout
from vocdesk.ui.i18n import current_language
from vocdesk.ui.labels import enum_choices, enum_label
from vocdesk.ui.widgets.choices import fill_combo, select_data

SCALED = (QuestionType.RATING, QuestionType.IMPORTANCE)
WITHOUT_CHOICES = (QuestionType.NPS, QuestionType.NUMBER, QuestionType.TEXT)
DIMENSION_COLUMN_WIDTH = 150


def default_choices(points: int) -> tuple[ChoiceDesign, ...]:
    return tuple(ChoiceDesign(v, th, en) for v, (th, en) in enumerate(level_labels(points), 1))


class QuestionsEditor(QWidget):
    changed = Signal()

    def __init__(
        self,
        dimensions: list[DimensionInfo],
        segments: list[SegmentChoice],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._dimensions = dimensions
        self._segments = segments
        self._questions: list[QuestionDesign] = []
        self._current = -1
        self._loading = False
        self.default_points = 5

        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("questions_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(layout.DEFAULT_ROW_HEIGHT)
        for column in range(3):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.table.setColumnWidth(3, DIMENSION_COLUMN_WIDTH)  # long Thai names are elided
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("add_question")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("remove_question")
        self.up_button = QPushButton(self)
        self.up_button.setObjectName("question_up")
        self.down_button = QPushButton(self)
        self.down_button.setObjectName("question_down")

        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("question_code")
        self.number_edit = QLineEdit(self)
        self.number_edit.setObjectName("question_number")
        self.section_edit = QLineEdit(self)
        self.dimension_combo = QComboBox(self)
        self.dimension_combo.setObjectName("question_dimension")
        self.dimension_combo.setEditable(True)
        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("question_type")
        self.points_spin = QSpinBox(self)
        self.points_spin.setObjectName("question_points")
        self.points_spin.setRange(2, 11)
        self.no_opinion_check = QCheckBox(self)
        self.no_opinion_check.setObjectName("question_no_opinion")
        self.profile_combo = QComboBox(self)
        self.profile_combo.setObjectName("question_profile")
        self.text_th_edit = QLineEdit(self)
        self.text_th_edit.setObjectName("question_text_th")
        self.text_en_edit = QLineEdit(self)
        self.text_en_edit.setObjectName("question_text_en")
        self.choices_table = QTableWidget(0, 4, self)
        self.choices_table.setObjectName("choices_table")
        self.choices_table.verticalHeader().setVisible(False)
        self.choices_table.verticalHeader().setDefaultSectionSize(layout.DEFAULT_ROW_HEIGHT)
        header = self.choices_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.add_choice_button = QPushButton(self)
        self.add_choice_button.setObjectName("add_choice")
        self.remove_choice_button = QPushButton(self)
        self.remove_choice_button.setObjectName("remove_choice")

        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addLayout(buttons)

        self.editor_box = QGroupBox(self)
        self.form = QFormLayout(self.editor_box)
        self._labels = [QLabel(self.editor_box) for _ in range(10)]
        points_row = QHBoxLayout()
        points_row.addWidget(self.points_spin)
        points_row.addWidget(self.no_opinion_check, 1)
        fields = (self.code_edit, self.number_edit, self.section_edit, self.dimension_combo,
                  self.type_combo, points_row, self.profile_combo, self.text_th_edit,
                  self.text_en_edit)  # fmt: skip
        for label, field in zip(self._labels, fields, strict=False):
            if isinstance(field, QWidget):
                label.setBuddy(field)
                self.form.addRow(label, field)
            elif isinstance(field, QLayout):
                self.form.addRow(label, field)
        choice_buttons = QHBoxLayout()
        choice_buttons.addWidget(self.add_choice_button)
        choice_buttons.addWidget(self.remove_choice_button)
        choice_buttons.addStretch(1)
        self.choices_box = QGroupBox(self)
        choices_layout = QVBoxLayout(self.choices_box)
        choices_layout.addWidget(self.choices_table, 1)
        choices_layout.addLayout(choice_buttons)
        right = QVBoxLayout()
        right.addWidget(self.editor_box)
        right.addWidget(self.choices_box, 1)
        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)

        self.table.currentCellChanged.connect(lambda row, *_: self._show(row))
        self.add_button.clicked.connect(self.add_question)
        self.remove_button.clicked.connect(self.remove_question)
        self.up_button.clicked.connect(lambda: self.move_question(-1))
        self.down_button.clicked.connect(lambda: self.move_question(1))
        for edit in (self.code_edit, self.number_edit, self.section_edit, self.text_th_edit,
                     self.text_en_edit):  # fmt: skip
            edit.textEdited.connect(self._store)
        self.dimension_combo.currentTextChanged.connect(self._store)
        self.type_combo.currentIndexChanged.connect(self._type_changed)
        self.points_spin.valueChanged.connect(self._points_changed)
        self.no_opinion_check.toggled.connect(self._store)
        self.profile_combo.currentIndexChanged.connect(self._profile_changed)
        self.choices_table.itemChanged.connect(self._store)
        self.add_choice_button.clicked.connect(self.add_choice)
        self.remove_choice_button.clicked.connect(self.remove_choice)
        self.retranslate()
        self._show(-1)

    # -- the questions ----------------------------------------------------------------------

    def set_questions(self, questions: tuple[QuestionDesign, ...]) -> None:
        self._questions = list(questions)
        self._current = -1
        self._fill_table()
        self.select_question(0 if questions else -1)

    def questions(self) -> tuple[QuestionDesign, ...]:
        return tuple(self._questions)

    def current_index(self) -> int:
        return self._current

    def select_question(self, index: int) -> None:
        if 0 <= index < len(self._questions):
            self.table.setCurrentCell(index, 0)
        self._show(index)

    def add_question(self) -> None:
        points = self.default_points
        number = len(self._questions) + 1
        taken = {q.code.casefold() for q in self._questions}
        while f"q{number}" in taken:
            number += 1
        question = QuestionDesign(f"Q{number}", "", number=str(len(self._questions) + 1),
                                  points=points, choices=default_choices(points))  # fmt: skip
        index = self._current + 1 if self._current >= 0 else len(self._questions)
        self._questions.insert(index, question)
        self._fill_table()
        self.select_question(index)
        self.code_edit.setFocus()
        self.changed.emit()

    def remove_question(self) -> None:
        if not 0 <= self._current < len(self._questions):
            return
        index = self._current
        del self._questions[index]
        self._current = -1
        self._fill_table()
        self.select_question(min(index, len(self._questions) - 1))
        self.changed.emit()

    def move_question(self, step: int) -> None:
        index, target = self._current, self._current + step
        if not (0 <= index < len(self._questions) and 0 <= target < len(self._questions)):
            return
        self._questions[index], self._questions[target] = (
            self._questions[target], self._questions[index],
        )  # fmt: skip
        self._current = -1
        self._fill_table()
        self.select_question(target)
        self.changed.emit()

    def _fill_table(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._questions))
        for row in range(len(self._questions)):
            self._fill_row(row)
        self.table.blockSignals(False)

    def _fill_row(self, row: int) -> None:
        question = self._questions[row]
        lang = current_language()
        names = {d.code: d.name.in_language(lang) for d in self._dimensions}
        text = (
            question.text_en or question.text_th
            if lang == "en"
            else question.text_th or question.text_en
        )
        cells = (question.number, question.code, enum_label(question.type),
                 names.get(question.dimension, question.dimension), text)  # fmt: skip
        for column, value in enumerate(cells):
            item = self.table.item(row, column)
            if item is None:
                item = QTableWidgetItem()
                self.table.setItem(row, column, item)
            item.setText(value)
            item.setToolTip(value if column == 4 else "")

    # -- the selected question -----------------------------------------------------------------

    def _show(self, index: int) -> None:
        self._current = index if 0 <= index < len(self._questions) else -1
        has = self._current >= 0
        self.editor_box.setEnabled(has)
        self.choices_box.setEnabled(has)
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has and self._current > 0)
        self.down_button.setEnabled(has and self._current < len(self._questions) - 1)
        question = self._questions[self._current] if has else QuestionDesign("", "")
        if has and question.type in SCALED and question.points and not question.choices:
            question = dataclasses.replace(question, choices=default_choices(question.points))
            self._questions[self._current] = question  # a template's scale: its level labels
        self._loading = True
        try:
            self.code_edit.setText(question.code)
            self.number_edit.setText(question.number)
            self.section_edit.setText(question.section)
            self._select_dimension(question.dimension)
            select_data(self.type_combo, question.type)
            self.points_spin.setValue(question.points or self.default_points)
            self.no_opinion_check.setChecked(question.offers_no_opinion)
            select_data(self.profile_combo, question.profile)
            self.text_th_edit.setText(question.text_th)
            self.text_en_edit.setText(question.text_en)
            self._fill_choices(question)
            self._enable_for(question.type, question.profile)
        finally:
            self._loading = False

    def _select_dimension(self, code: str) -> None:
        index = self.dimension_combo.findData(code)
        if index >= 0:
            self.dimension_combo.setCurrentIndex(index)
        else:
            self.dimension_combo.setEditText(code)

    def _dimension(self) -> str:
        text = self.dimension_combo.currentText().strip()
        index = self.dimension_combo.findText(text)
        if index >= 0 and self.dimension_combo.itemData(index) is not None:
            return str(self.dimension_combo.itemData(index))
        return text

    def _enable_for(self, kind: QuestionType, profile: ProfileField | None) -> None:
        scaled = kind in SCALED
        self.points_spin.setEnabled(scaled)
        self.no_opinion_check.setEnabled(scaled)
        self.profile_combo.setEnabled(kind is QuestionType.PROFILE)
        with_choices = kind not in WITHOUT_CHOICES
        self.choices_table.setEnabled(with_choices)
        self.add_choice_button.setEnabled(with_choices and not scaled)
        self.remove_choice_button.setEnabled(with_choices and not scaled)
        segment = kind is QuestionType.PROFILE and profile is ProfileField.SEGMENT
        self.choices_table.setColumnHidden(3, not segment)

    def _fill_choices(self, question: QuestionDesign) -> None:
        self.choices_table.blockSignals(True)
        for row in range(self.choices_table.rowCount()):
            old = self.choices_table.cellWidget(row, 3)
            if old is not None:  # deleted later by Qt: hidden now, so none shows in the meantime
                old.hide()
                self.choices_table.removeCellWidget(row, 3)
        self.choices_table.setRowCount(len(question.choices))
        segment = question.type is QuestionType.PROFILE and question.profile is ProfileField.SEGMENT
        for row, choice in enumerate(question.choices):
            self._set_choice_row(row, choice, question.type in SCALED, segment)
        self.choices_table.blockSignals(False)

    def _set_choice_row(self, row: int, choice: ChoiceDesign, scaled: bool, segment: bool) -> None:
        value = QTableWidgetItem(str(choice.value))
        if scaled:  # a level is its number: only its labels are reworded
            value.setFlags(value.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.choices_table.setItem(row, 0, value)
        self.choices_table.setItem(row, 1, QTableWidgetItem(choice.label_th))
        self.choices_table.setItem(row, 2, QTableWidgetItem(choice.label_en))
        if not segment:
            return
        combo = QComboBox(self.choices_table)
        lang = current_language()
        fill_combo(combo, ((s.name.in_language(lang), s.id) for s in self._segments if s.active
                           or s.id == choice.segment_id), none_text="—")  # fmt: skip
        select_data(combo, choice.segment_id)
        combo.currentIndexChanged.connect(self._store)
        self.choices_table.setCellWidget(row, 3, combo)

    def _choices(self) -> tuple[ChoiceDesign, ...]:
        choices = []
        for row in range(self.choices_table.rowCount()):
            texts = [self.choices_table.item(row, c) for c in range(3)]
            value_text = texts[0].text().strip() if texts[0] else ""
            try:
                value = int(value_text)
            except ValueError:
                value = row + 1
            combo = self.choices_table.cellWidget(row, 3)
            segment = combo.currentData() if isinstance(combo, QComboBox) else None
            choices.append(ChoiceDesign(
                value, texts[1].text() if texts[1] else "", texts[2].text() if texts[2] else "",
                segment if isinstance(segment, uuid.UUID) else None,
            ))  # fmt: skip
        return tuple(choices)

    def add_choice(self) -> None:
        if self._current < 0:
            return
        question = self._questions[self._current]
        value = max((c.value for c in question.choices), default=0) + 1
        self._questions[self._current] = dataclasses.replace(
            question, choices=(*question.choices, ChoiceDesign(value, "", ""))
        )
        self._show(self._current)
        self.choices_table.setCurrentCell(len(question.choices), 1)
        self.changed.emit()

    def remove_choice(self) -> None:
        row = self.choices_table.currentRow()
        if self._current < 0 or row < 0:
            return
        question = self._questions[self._current]
        choices = question.choices[:row] + question.choices[row + 1 :]
        self._questions[self._current] = dataclasses.replace(question, choices=choices)
        self._show(self._current)
        self.changed.emit()

    def _type_changed(self) -> None:
        if self._loading or self._current < 0:
            return
        question = self._questions[self._current]
        kind = QuestionType(self.type_combo.currentData())
        choices = self._choices()
        if kind in SCALED and question.type not in SCALED:
            choices = default_choices(self.points_spin.value())
        elif kind in WITHOUT_CHOICES or question.type in SCALED and kind not in SCALED:
            choices = ()
        self._questions[self._current] = dataclasses.replace(question, type=kind, choices=choices)
        self._store()
        self._show(self._current)

    def _points_changed(self) -> None:
        if self._loading or self._current < 0:
            return
        question = self._questions[self._current]
        if question.type in SCALED:  # a new scale: its own default level labels
            points = self.points_spin.value()
            self._questions[self._current] = dataclasses.replace(
                question, points=points, choices=default_choices(points)
            )
            self._show(self._current)
            self._fill_row(self._current)
            self.changed.emit()

    def _profile_changed(self) -> None:
        if self._loading or self._current < 0:
            return
        self._store()
        self._show(self._current)  # a "segment" question's answers get their segment column

    def _store(self) -> None:
        """The editor's fields into the selected question."""
        if self._loading or self._current < 0:
            return
        question = self._questions[self._current]
        kind = QuestionType(self.type_combo.currentData())
        profile = self.profile_combo.currentData()
        self._questions[self._current] = dataclasses.replace(
            question, code=self.code_edit.text(), number=self.number_edit.text(),
            section=self.section_edit.text(), dimension=self._dimension(), type=kind,
            points=self.points_spin.value() if kind in SCALED else None,
            offers_no_opinion=self.no_opinion_check.isChecked(),
            profile=ProfileField(profile) if profile and kind is QuestionType.PROFILE else None,
            text_th=self.text_th_edit.text(), text_en=self.text_en_edit.text(),
            choices=self._choices(),
        )  # fmt: skip
        self._fill_row(self._current)
        self.changed.emit()

    # -- language ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Code"), self.tr("Type"), self.tr("Dimension"), self.tr("Question")]
        )  # fmt: skip
        self.choices_table.setHorizontalHeaderLabels(
            [self.tr("Value"), self.tr("Thai label"), self.tr("English label"), self.tr("Segment")]
        )
        self.add_button.setText(self.tr("Add question"))
        self.remove_button.setText(self.tr("Remove"))
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
        self.editor_box.setTitle(self.tr("Question"))
        self.choices_box.setTitle(self.tr("Choices (scale levels, answers)"))
        self.add_choice_button.setText(self.tr("Add choice"))
        self.remove_choice_button.setText(self.tr("Remove choice"))
        self.no_opinion_check.setText(self.tr("Offers “no opinion / not applicable”"))
        texts = (self.tr("Code"), self.tr("Number"), self.tr("Section"), self.tr("Dimension"),
                 self.tr("Type"), self.tr("Points"), self.tr("Profile field"),
                 self.tr("Text (Thai)"), self.tr("Text (English)"))  # fmt: skip
        for label, text in zip(self._labels, texts, strict=False):
            label.setText(text)
        self._loading = True
        try:
            lang = current_language()
            current = self.dimension_combo.currentText()
            fill_combo(self.dimension_combo, ((d.name.in_language(lang), d.code)
                                              for d in self._dimensions if d.active))  # fmt: skip
            self.dimension_combo.setEditText(current)
            kind = self.type_combo.currentData()
            fill_combo(self.type_combo, enum_choices(QuestionType))
            select_data(self.type_combo, kind)
            profile = self.profile_combo.currentData()
            fill_combo(self.profile_combo, enum_choices(ProfileField), none_text="—")
            select_data(self.profile_combo, profile)
        finally:
            self._loading = False
        if self._questions:
            self._fill_table()
            self._show(self._current)

    def set_dimensions(self, dimensions: list[DimensionInfo]) -> None:
        self._dimensions = dimensions
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
