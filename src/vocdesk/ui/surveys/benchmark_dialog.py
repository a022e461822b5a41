"""Adding or changing one comparator's result: organisation, year, level, value and its scale."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vocdesk.domain.enums import BenchmarkScale
from vocdesk.domain.surveys.benchmark import FISCAL_YEARS, BenchmarkLevel, normalised_percent
from vocdesk.services.surveys.benchmarks import (
    BenchmarkDraft,
    BenchmarkRow,
    BenchmarkService,
    BenchmarkTargets,
)
from vocdesk.ui import layout
from vocdesk.ui.errors import stored
from vocdesk.ui.fiscal_years import FiscalYearSpinBox
from vocdesk.ui.i18n import current_language
from vocdesk.ui.labels import enum_choices
from vocdesk.ui.models.display import percent_text
from vocdesk.ui.widgets.choices import select_data
from vocdesk.ui.widgets.forms import PROBLEM_COLOUR

LEVEL_BOX_CHARACTERS = 48  # a long Thai item is elided in the box, whole in its list


class BenchmarkDialog(QDialog):
    """``BenchmarkDialog(service, survey_id, targets, row=None)``: a new row, or ``row`` edited.
    Saving goes through the service; a refused row keeps the dialog open with every problem."""

    def __init__(
        self,
        service: BenchmarkService,
        survey_id: uuid.UUID,
        targets: BenchmarkTargets,
        row: BenchmarkRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("benchmark_dialog")
        self.setMinimumWidth(layout.DIALOG_MIN_WIDTH + 120)
        self._service = service
        self._survey_id = survey_id
        self._targets = targets
        self._row = row
        self.saved: BenchmarkRow | None = None

        self.organisation_box = QComboBox(self)
        self.organisation_box.setObjectName("organisation")
        self.organisation_box.setEditable(True)
        self.organisation_box.addItems(list(targets.organisations))
        self.organisation_box.setCurrentText("")
        self.year_box = FiscalYearSpinBox(self)  # B.E. stored, shown in the reader's era
        self.year_box.setObjectName("fiscal_year")
        self.year_box.setRange(FISCAL_YEARS.start, FISCAL_YEARS.stop - 1)
        self.year_box.setValue(targets.survey_fiscal_year)
        self.level_box = QComboBox(self)
        self.level_box.setObjectName("level")
        self.level_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.level_box.setMinimumContentsLength(LEVEL_BOX_CHARACTERS)
        self.value_box = QDoubleSpinBox(self)
        self.value_box.setObjectName("value")
        self.value_box.setDecimals(2)
        self.value_box.setRange(0.0, 100.0)  # the service says what fits the chosen scale
        self.value_box.setValue(80.0)
        self.scale_box = QComboBox(self)
        self.scale_box.setObjectName("scale")
        self.percent_label = QLabel(self)
        self.percent_label.setObjectName("percent_preview")
        self.source_edit = QLineEdit(self)
        self.source_edit.setObjectName("source")
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("problem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(f"color: {PROBLEM_COLOUR}")
        self.problem_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        self.form.setSpacing(layout.FORM_SPACING)
        self.labels = [QLabel(self) for _ in range(7)]
        widgets: list[QWidget] = [
            self.organisation_box, self.year_box, self.level_box, self.value_box,
            self.scale_box, self.percent_label, self.source_edit,
        ]  # fmt: skip
        for label, widget in zip(self.labels, widgets, strict=True):
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        box = QVBoxLayout(self)
        box.setContentsMargins(*(layout.DIALOG_MARGIN,) * 4)
        box.addLayout(self.form)
        box.addWidget(self.problem_label)
        box.addWidget(self.buttons)
        self.value_box.valueChanged.connect(lambda _value: self._show_percent())
        self.scale_box.currentIndexChanged.connect(lambda _index: self._show_percent())
        self.retranslate()
        if row is not None:
            self._show(row)
        else:
            select_data(self.scale_box, BenchmarkScale.PERCENT)

    def _show(self, row: BenchmarkRow) -> None:
        self.organisation_box.setCurrentText(row.organisation)
        self.year_box.setValue(row.fiscal_year)
        code = row.question_code or row.dimension
        select_data(self.level_box, f"{row.level.value}:{code}")
        select_data(self.scale_box, row.scale)
        self.value_box.setValue(row.value)
        self.source_edit.setText(row.source)

    # --- reading the form ----------------------------------------------------------------
    def draft(self) -> BenchmarkDraft:
        level, _, code = str(self.level_box.currentData() or "overall:").partition(":")
        return BenchmarkDraft(
            organisation=self.organisation_box.currentText(),
            fiscal_year=self.year_box.value(),
            value=self.value_box.value(),
            scale=BenchmarkScale(self.scale_box.currentData()),
            dimension=code if level == BenchmarkLevel.DIMENSION else "",
            question_code=code if level == BenchmarkLevel.ITEM else "",
            source=self.source_edit.text(),
        )

    def _show_percent(self) -> None:
        data = self.scale_box.currentData()
        if data is None:
            return
        try:
            percent = normalised_percent(self.value_box.value(), BenchmarkScale(data))
        except ValueError:
            self.percent_label.setText(self.tr("– (the value does not fit the scale)"))
            return
        self.percent_label.setText(percent_text(percent, current_language()))

    def save(self) -> None:
        """Store the row; on a problem, say what to fix and keep the dialog open."""

        def store() -> None:
            if self._row is None:
                self.saved = self._service.add_benchmark(self._survey_id, self.draft())
            else:
                self.saved = self._service.update_benchmark(self._row.id, self.draft())

        if stored(self, self.problem_label, store):
            self.accept()

    # --- language ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Comparator's result") if self._row else self.tr("New comparator's result")
        )
        texts = [
            self.tr("&Organisation:"), self.tr("&Fiscal year:"), self.tr("&Level:"),
            self.tr("&Value:"), self.tr("&Scale:"), self.tr("As a percent score:"),
            self.tr("S&ource:"),
        ]  # fmt: skip
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        editor = self.organisation_box.lineEdit()
        if editor is not None:
            editor.setPlaceholderText(
                self.tr("A peer agency or competitor offering similar services")
            )
        self.source_edit.setPlaceholderText(self.tr("The report or web page the result is from"))
        self.value_box.setToolTip(
            self.tr("A mean (1–4 or 1–5) or a percent (0–100), as the comparator published it")
        )
        lang = current_language()
        chosen_level, chosen_scale = self.level_box.currentData(), self.scale_box.currentData()
        self.level_box.clear()
        self.level_box.addItem(self.tr("Overall"), "overall:")
        for option in self._targets.dimensions:
            self.level_box.addItem(
                self.tr("Dimension: {name}").format(name=option.name.in_language(lang)),
                f"dimension:{option.code}",
            )
        for option in self._targets.items:
            text = self.tr("Item: {text}").format(text=option.name.in_language(lang))
            self.level_box.addItem(text, f"item:{option.code}")
            self.level_box.setItemData(
                self.level_box.count() - 1, text, Qt.ItemDataRole.ToolTipRole
            )
        if chosen_level is not None:
            select_data(self.level_box, chosen_level)
        self.scale_box.blockSignals(True)
        self.scale_box.clear()
        for text, scale in enum_choices(BenchmarkScale):
            self.scale_box.addItem(text, scale.value)
        if chosen_scale is not None:
            select_data(self.scale_box, chosen_scale)
        self.scale_box.blockSignals(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._show_percent()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
