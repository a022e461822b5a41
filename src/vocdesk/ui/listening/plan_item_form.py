"""Adding or changing one line of the listening plan."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from vocdesk.domain.enums import LifecycleStage
from vocdesk.domain.listening.improvement import ListeningFrequency
from vocdesk.services.listening.plan import (
    ListeningPlanService,
    PlanItemInput,
    PlanItemRow,
)
from vocdesk.ui import layout
from vocdesk.ui.errors import stored
from vocdesk.ui.i18n import current_language
from vocdesk.ui.labels import enum_choices
from vocdesk.ui.widgets.choices import current_uuid, item_data, select_data
from vocdesk.ui.widgets.forms import problem_label


class PlanItemForm(QDialog):
    def __init__(
        self,
        service: ListeningPlanService,
        item: PlanItemRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("plan_item_form")
        self.setMinimumWidth(layout.DIALOG_MIN_WIDTH + 80)
        self._service = service
        self._item = item
        self.saved_id = item.id if item else None
        lang = current_language()
        self.segment_box = QComboBox(self)
        for choice in service.segment_choices():
            self.segment_box.addItem(choice.name.in_language(lang), item_data(choice.id))
        self.stage_box = QComboBox(self)
        for text, stage in enum_choices(LifecycleStage):
            self.stage_box.addItem(text, stage)
        self.channel_box = QComboBox(self)
        for choice in service.channel_choices():
            self.channel_box.addItem(choice.name.in_language(lang), item_data(choice.id))
        self.method_edit = QLineEdit(self)
        self.method_edit.setObjectName("method")
        self.frequency_box = QComboBox(self)
        for text, frequency in enum_choices(ListeningFrequency):
            self.frequency_box.addItem(text, frequency)
        self.owner_edit = QLineEdit(self)
        self.owner_edit.setObjectName("owner")
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setFixedHeight(70)
        self.active_box = QCheckBox(self)
        self.active_box.setChecked(True)
        self.problem_label = problem_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        self.form.setSpacing(layout.FORM_SPACING)
        self.labels = [QLabel(self) for _ in range(8)]
        widgets = [
            self.segment_box, self.stage_box, self.channel_box, self.method_edit,
            self.frequency_box, self.owner_edit, self.notes_edit, self.active_box,
        ]  # fmt: skip
        for label, widget in zip(self.labels, widgets, strict=True):
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        box = QVBoxLayout(self)
        box.setContentsMargins(*(layout.DIALOG_MARGIN,) * 4)
        box.addLayout(self.form)
        box.addWidget(self.problem_label)
        box.addWidget(self.buttons)
        if item is not None:
            self._show(item)
        self.retranslate()

    def _show(self, item: PlanItemRow) -> None:
        if not select_data(
            self.segment_box, item.segment_id
        ):  # an inactive segment: keep it choosable
            self.segment_box.addItem(
                item.segment.in_language(current_language()), item_data(item.segment_id)
            )
            select_data(self.segment_box, item.segment_id)
        self.stage_box.setCurrentIndex(self.stage_box.findData(item.stage))
        if not select_data(self.channel_box, item.channel_id):
            self.channel_box.addItem(
                item.channel.in_language(current_language()), item_data(item.channel_id)
            )
            select_data(self.channel_box, item.channel_id)
        self.method_edit.setText(item.method)
        self.frequency_box.setCurrentIndex(self.frequency_box.findData(item.frequency))
        self.owner_edit.setText(item.owner)
        self.notes_edit.setPlainText(item.notes)
        self.active_box.setChecked(item.active)

    def fields(self) -> PlanItemInput:
        return PlanItemInput(
            segment_id=current_uuid(self.segment_box),
            stage=LifecycleStage(self.stage_box.currentData()),
            channel_id=current_uuid(self.channel_box),
            method=self.method_edit.text(),
            frequency=ListeningFrequency(self.frequency_box.currentData()),
            owner=self.owner_edit.text(),
            notes=self.notes_edit.toPlainText(),
            active=self.active_box.isChecked(),
        )

    def save(self) -> None:
        """Store the line; on a problem, say what to fix and keep the form open."""

        def store() -> None:
            if self._item is None:
                self.saved_id = self._service.add_item(self.fields())
            else:
                self._service.update_item(self._item.id, self.fields())

        if stored(self, self.problem_label, store):
            self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Listening plan line") if self._item else self.tr("New listening plan line")
        )
        texts = [
            self.tr("&Segment:"), self.tr("S&tage:"), self.tr("&Channel:"), self.tr("&Method:"),
            self.tr("How &often:"), self.tr("&By whom:"), self.tr("&Notes:"), self.tr("In &use:"),
        ]  # fmt: skip
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.method_edit.setPlaceholderText(
            self.tr("e.g. yearly satisfaction survey, talk at the counter")
        )
        self.owner_edit.setPlaceholderText(self.tr("The unit or person responsible"))
        self.active_box.setText(self.tr("This method is used now"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
