"""Creating and editing a survey's design: its fields, target segments and questions, saved
whole through ``SurveyDesignService`` (which refuses, with the question named, any change that
would break the responses a survey already has). A new survey may start from a template.

``DimensionsDialog`` edits the catalogue of dimensions the questions are grouped under.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vocdesk.domain.enums import BandConvention, SurveyKind, SurveyMethod
from vocdesk.domain.fiscal import fiscal_year_be
from vocdesk.domain.messages import UserError
from vocdesk.services.surveys.design import (
    DimensionInfo,
    InvalidSurveyDesign,
    SurveyDesign,
    SurveyDesignService,
)
from vocdesk.services.surveys.templates import template_design, templates
from vocdesk.ui import layout
from vocdesk.ui.errors import show_error
from vocdesk.ui.fiscal_years import FiscalYearSpinBox
from vocdesk.ui.i18n import current_language, translate_message
from vocdesk.ui.labels import enum_choices
from vocdesk.ui.surveys.question_editor import QuestionsEditor
from vocdesk.ui.widgets.be_date_edit import BuddhistDateEdit
from vocdesk.ui.widgets.choices import fill_combo, select_data
from vocdesk.ui.widgets.forms import PROBLEM_COLOUR

ERROR_STYLE = f"color: {PROBLEM_COLOUR};"
NOTE_STYLE = "color: #555555;"


class SurveyDesignDialog(QDialog):
    def __init__(
        self,
        design: SurveyDesignService,
        survey_id: uuid.UUID | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("survey_design_dialog")
        self._service = design
        self._survey_id = survey_id
        self._saved_id: uuid.UUID | None = None
        self._responses = 0
        self._version: int | None = None  # the survey's as read: a save over another's is refused
        segments = design.segments()
        self._segments = segments

        # The template row (new surveys only).
        self.template_combo = QComboBox(self)
        self.template_combo.setObjectName("template")
        self.template_button = QPushButton(self)
        self.template_button.setObjectName("start_from_template")
        self.template_label = QLabel(self)
        self.responses_label = QLabel(self)
        self.responses_label.setObjectName("responses_note")
        self.responses_label.setStyleSheet(NOTE_STYLE)
        self.responses_label.setWordWrap(True)

        # The survey's fields.
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("code")
        self.title_th_edit = QLineEdit(self)
        self.title_th_edit.setObjectName("title_th")
        self.title_en_edit = QLineEdit(self)
        self.title_en_edit.setObjectName("title_en")
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kind")
        self.year_spin = FiscalYearSpinBox(self)  # B.E. stored, shown in the reader's era
        self.year_spin.setObjectName("fiscal_year")
        self.year_spin.setRange(2500, 2700)
        self.round_spin = QSpinBox(self)
        self.round_spin.setObjectName("round")
        self.round_spin.setRange(1, 12)
        self.method_combo = QComboBox(self)
        self.method_combo.setObjectName("method")
        self.scale_spin = QSpinBox(self)
        self.scale_spin.setObjectName("scale_points")
        self.scale_spin.setRange(2, 11)
        self.band_combo = QComboBox(self)
        self.band_combo.setObjectName("band_convention")
        self.sample_spin = QSpinBox(self)
        self.sample_spin.setObjectName("target_sample")
        self.sample_spin.setRange(0, 10_000_000)
        self.percent_spin = QDoubleSpinBox(self)
        self.percent_spin.setObjectName("target_percent")
        self.percent_spin.setRange(0, 100)
        self.percent_spin.setDecimals(1)
        self.opens_check = QCheckBox(self)
        self.opens_edit = BuddhistDateEdit(self)
        self.opens_edit.setObjectName("opens_on")
        self.closes_check = QCheckBox(self)
        self.closes_edit = BuddhistDateEdit(self)
        self.closes_edit.setObjectName("closes_on")
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(90)
        self.segments_list = QListWidget(self)
        self.segments_list.setObjectName("target_segments")
        lang = current_language()
        for segment in segments:
            item = QListWidgetItem(segment.name.in_language(lang), self.segments_list)
            item.setData(Qt.ItemDataRole.UserRole, segment.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setHidden(not segment.active)

        self.questions = QuestionsEditor(design.dimensions(), segments, self)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("design_errors")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.error_area = QScrollArea(self)
        self.error_area.setWidget(self.error_label)
        self.error_area.setWidgetResizable(True)
        self.error_area.setMaximumHeight(110)
        self.error_area.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )

        template_row = QHBoxLayout()
        template_row.addWidget(self.template_label)
        template_row.addWidget(self.template_combo, 1)
        template_row.addWidget(self.template_button)
        self.template_row = QWidget(self)
        self.template_row.setLayout(template_row)
        template_row.setContentsMargins(0, 0, 0, 0)

        survey_page = QWidget(self)
        self.form = QFormLayout()
        self._labels = [QLabel(survey_page) for _ in range(13)]
        year_row = QHBoxLayout()
        year_row.addWidget(self.year_spin)
        self._round_label = QLabel(survey_page)
        year_row.addWidget(self._round_label)
        year_row.addWidget(self.round_spin)
        year_row.addStretch(1)
        scale_row = QHBoxLayout()
        scale_row.addWidget(self.scale_spin)
        self._band_label = QLabel(survey_page)
        scale_row.addWidget(self._band_label)
        scale_row.addWidget(self.band_combo, 1)
        target_row = QHBoxLayout()
        target_row.addWidget(self.sample_spin)
        self._percent_label = QLabel(survey_page)
        target_row.addWidget(self._percent_label)
        target_row.addWidget(self.percent_spin)
        target_row.addStretch(1)
        dates_row = QHBoxLayout()
        dates_row.addWidget(self.opens_check)
        dates_row.addWidget(self.opens_edit)
        dates_row.addSpacing(layout.SECTION_SPACING)
        dates_row.addWidget(self.closes_check)
        dates_row.addWidget(self.closes_edit)
        dates_row.addStretch(1)
        rows = (self.code_edit, self.title_th_edit, self.title_en_edit, self.kind_combo,
                year_row, self.method_combo, scale_row, target_row, dates_row, self.notes_edit)  # fmt: skip
        for label, row in zip(self._labels, rows, strict=False):
            if isinstance(row, QWidget):
                label.setBuddy(row)
                self.form.addRow(label, row)
            elif isinstance(row, QLayout):
                self.form.addRow(label, row)
        self._segments_label = QLabel(survey_page)
        page_columns = QHBoxLayout(survey_page)
        form_column = QVBoxLayout()
        form_column.addLayout(self.form)
        form_column.addStretch(1)
        page_columns.addLayout(form_column, 3)
        segments_column = QVBoxLayout()
        segments_column.addWidget(self._segments_label)
        segments_column.addWidget(self.segments_list, 1)
        page_columns.addLayout(segments_column, 2)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(survey_page, "")
        self.tabs.addTab(self.questions, "")
        main = QVBoxLayout(self)
        main.setContentsMargins(
            layout.DIALOG_MARGIN, layout.DIALOG_MARGIN, layout.DIALOG_MARGIN, layout.DIALOG_MARGIN
        )
        main.addWidget(self.template_row)
        main.addWidget(self.responses_label)
        main.addWidget(self.tabs, 1)
        main.addWidget(self.error_area)
        main.addWidget(self.buttons)

        self.template_button.clicked.connect(self.start_from_template)
        self.scale_spin.valueChanged.connect(self._scale_changed)
        self.opens_check.toggled.connect(self.opens_edit.setEnabled)
        self.closes_check.toggled.connect(self.closes_edit.setEnabled)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.resize(1100, 720)
        self.retranslate()
        self._load()

    # -- reading -------------------------------------------------------------------------------

    def _load(self) -> None:
        if self._survey_id is None:
            year = fiscal_year_be(date.today())
            self.template_row.setVisible(True)
            self._show(SurveyDesign("", "", SurveyKind.SATISFACTION, year))
            return
        self.template_row.setVisible(False)
        record = self._service.read(self._survey_id)
        self._responses = record.responses
        self._version = record.version
        self._show(record.design)
        self._retranslate_note()

    def _show(self, design: SurveyDesign) -> None:
        self.code_edit.setText(design.code)
        self.title_th_edit.setText(design.title_th)
        self.title_en_edit.setText(design.title_en)
        select_data(self.kind_combo, design.kind)
        self.year_spin.setValue(design.fiscal_year)
        self.round_spin.setValue(design.round)
        select_data(self.method_combo, design.method)
        self.scale_spin.blockSignals(True)
        self.scale_spin.setValue(design.scale_points)
        self.scale_spin.blockSignals(False)
        self.questions.default_points = design.scale_points
        select_data(self.band_combo, design.band_convention)
        self.sample_spin.setValue(design.target_sample or 0)
        self.percent_spin.setValue(design.target_percent or 0)
        for check, edit, day in ((self.opens_check, self.opens_edit, design.opens_on),
                                 (self.closes_check, self.closes_edit, design.closes_on)):  # fmt: skip
            check.setChecked(day is not None)
            edit.setEnabled(day is not None)
            if day is not None:
                edit.setDate(day)
        self.notes_edit.setPlainText(design.notes)
        targets = set(design.segment_ids)
        for index in range(self.segments_list.count()):
            item = self.segments_list.item(index)
            chosen = item.data(Qt.ItemDataRole.UserRole) in targets
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            if chosen:
                item.setHidden(False)
        self.questions.set_questions(design.questions)

    def design(self) -> SurveyDesign:
        """The design as the dialog shows it now."""
        segment_ids = tuple(
            self.segments_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.segments_list.count())
            if self.segments_list.item(i).checkState() == Qt.CheckState.Checked
        )
        return SurveyDesign(
            code=self.code_edit.text(), title_th=self.title_th_edit.text(),
            title_en=self.title_en_edit.text(), kind=SurveyKind(self.kind_combo.currentData()),
            fiscal_year=self.year_spin.value(), round=self.round_spin.value(),
            method=SurveyMethod(self.method_combo.currentData()),
            scale_points=self.scale_spin.value(),
            band_convention=BandConvention(self.band_combo.currentData()),
            target_sample=self.sample_spin.value() or None,
            target_percent=self.percent_spin.value() or None,
            opens_on=self.opens_edit.date() if self.opens_check.isChecked() else None,
            closes_on=self.closes_edit.date() if self.closes_check.isChecked() else None,
            notes=self.notes_edit.toPlainText(), segment_ids=segment_ids,
            questions=self.questions.questions(),
        )  # fmt: skip

    def saved_id(self) -> uuid.UUID | None:
        """The survey's id once the dialog saved it (after ``exec()`` returned Accepted)."""
        return self._saved_id

    # -- actions -------------------------------------------------------------------------------

    def start_from_template(self) -> None:
        key = self.template_combo.currentData()
        if not key:
            return
        design = template_design(
            str(key), fiscal_year=self.year_spin.value(), segments=self._segments
        )
        self._show(design)
        self.error_area.setVisible(False)

    def _scale_changed(self, points: int) -> None:
        self.questions.default_points = points

    def save(self) -> bool:
        try:
            if self._survey_id is None:
                saved = self._service.create(self.design())
            else:
                saved = self._service.update(self._survey_id, self.design(), version=self._version)
        except InvalidSurveyDesign as invalid:
            self._show_problems([translate_message(p.as_message()) for p in invalid.problems])
            first = next((p.question for p in invalid.problems if p.question is not None), None)
            if first is not None:
                self.tabs.setCurrentWidget(self.questions)
                self.questions.select_question(first)
            return False
        except UserError as error:
            show_error(self, error)
            return False
        self._saved_id = saved.id
        self._survey_id = saved.id
        notices = [translate_message(n) for n in saved.notices()]
        if notices:
            self._show_problems(notices)
        self.accept()
        return True

    def _show_problems(self, lines: list[str]) -> None:
        self.error_label.setText("\n".join(lines))
        self.error_area.setVisible(True)

    # -- language ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("New survey") if self._survey_id is None else self.tr("Survey design")
        )
        self.template_label.setText(self.tr("Start from a template:"))
        self.template_button.setText(self.tr("Use template"))
        lang = current_language()
        key = self.template_combo.currentData()
        fill_combo(self.template_combo, ((t.name.in_language(lang), t.key) for t in templates()))
        select_data(self.template_combo, key)
        texts = (self.tr("Code"), self.tr("Title (Thai)"), self.tr("Title (English)"),
                 self.tr("Kind"), self.tr("Fiscal year"), self.tr("Method"),
                 self.tr("Scale points"), self.tr("Target sample"), self.tr("Dates"),
                 self.tr("Notes"))  # fmt: skip
        for label, text in zip(self._labels, texts, strict=False):
            label.setText(text)
        self.code_edit.setPlaceholderText(self.tr("e.g. SAT-2569"))
        self._round_label.setText(self.tr("Round"))
        self._band_label.setText(self.tr("Interpretation bands"))
        self._percent_label.setText(self.tr("Satisfaction target (%)"))
        self.sample_spin.setSpecialValueText(self.tr("none"))
        self.percent_spin.setSpecialValueText(self.tr("none"))
        self.opens_check.setText(self.tr("Opens"))
        self.closes_check.setText(self.tr("Closes"))
        self._segments_label.setText(self.tr("Target segments"))
        self.tabs.setTabText(0, self.tr("Survey"))
        self.tabs.setTabText(1, self.tr("Questions"))
        for combo, enum_type in ((self.kind_combo, SurveyKind), (self.method_combo, SurveyMethod),
                                 (self.band_combo, BandConvention)):  # fmt: skip
            value = combo.currentData()
            fill_combo(combo, enum_choices(enum_type))
            select_data(combo, value)
        self._retranslate_note()

    def _retranslate_note(self) -> None:
        self.responses_label.setVisible(self._responses > 0)
        if self._responses:
            self.responses_label.setText(self.tr(
                "This survey has responses ({count}): questions cannot be removed, nor their type, "
                "scale or answer values changed. Texts, labels and dimensions may change, and "
                "questions may be added."
            ).format(count=self._responses))  # fmt: skip

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _text(item: QTableWidgetItem | None) -> str:
    return item.text() if item is not None else ""


class DimensionsDialog(QDialog):
    """The dimensions catalogue: code, Thai and English names, order and whether in use."""

    COLUMNS = 5

    def __init__(self, design: SurveyDesignService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dimensions_dialog")
        self._service = design
        self._ids: list[uuid.UUID | None] = []
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setObjectName("dimensions_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(layout.DEFAULT_ROW_HEIGHT)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("dimensions_error")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        main = QVBoxLayout(self)
        main.setContentsMargins(
            layout.DIALOG_MARGIN, layout.DIALOG_MARGIN, layout.DIALOG_MARGIN, layout.DIALOG_MARGIN
        )
        main.addWidget(self.table, 1)
        main.addLayout(row)
        main.addWidget(self.error_label)
        main.addWidget(self.buttons)
        self.add_button.clicked.connect(self.add_dimension)
        self.remove_button.clicked.connect(self.remove_dimension)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.resize(760, 460)
        self.retranslate()
        for info in design.dimensions():
            self._append(info)

    def _append(self, info: DimensionInfo) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._ids.append(info.id)
        for column, text in enumerate((info.code, info.name_th, info.name_en)):
            self.table.setItem(row, column, QTableWidgetItem(text))
        order = QTableWidgetItem()
        order.setData(Qt.ItemDataRole.EditRole, info.sort_order)
        self.table.setItem(row, 3, order)
        active = QTableWidgetItem()
        active.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsSelectable
        )
        active.setCheckState(Qt.CheckState.Checked if info.active else Qt.CheckState.Unchecked)
        self.table.setItem(row, 4, active)

    def add_dimension(self) -> None:
        top = max((d.sort_order for d in self.dimensions()), default=0)
        self._append(DimensionInfo("", "", "", top + 10))
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        item = self.table.item(self.table.rowCount() - 1, 0)
        if item is not None:
            self.table.editItem(item)

    def remove_dimension(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            del self._ids[row]

    def dimensions(self) -> list[DimensionInfo]:
        found = []
        for row in range(self.table.rowCount()):
            texts = [_text(self.table.item(row, c)) for c in range(3)]
            order = self.table.item(row, 3)
            try:
                sort_order = int(order.data(Qt.ItemDataRole.EditRole)) if order else 0
            except (TypeError, ValueError):
                sort_order = 0
            active = self.table.item(row, 4)
            found.append(DimensionInfo(
                texts[0], texts[1], texts[2], sort_order,
                active is not None and active.checkState() == Qt.CheckState.Checked, self._ids[row],
            ))  # fmt: skip
        return found

    def save(self) -> bool:
        try:
            self._service.save_dimensions(self.dimensions())
        except UserError as error:
            self.error_label.setText(translate_message(error.message))
            return False
        self.accept()
        return True

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Survey dimensions"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Thai name"), self.tr("English name"), self.tr("Order"), self.tr("Active")]
        )  # fmt: skip
        self.add_button.setText(self.tr("Add dimension"))
        self.remove_button.setText(self.tr("Remove"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
