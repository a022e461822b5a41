"""Merge two stakeholder records that are one person: pick the other record, choose which one
stays, and every feedback entry, complaint, survey response and activity of the other moves to it."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from vocdesk.domain.messages import UserError
from vocdesk.services.registry.edit import RegistryEditService, StakeholderRecord
from vocdesk.services.registry.stakeholders import RegistryService, StakeholderRow
from vocdesk.ui import layout
from vocdesk.ui.errors import show_error
from vocdesk.ui.i18n import counted
from vocdesk.ui.models.display import label_text
from vocdesk.ui.registry.stakeholders_model import StakeholderPickerModel
from vocdesk.ui.widgets.searchable_table import SearchableTable
from vocdesk.ui.widgets.thai_wrap import WrappingLabel


class MergeDialog(QDialog):
    merged = Signal(object)  # the survivor's id

    def __init__(
        self,
        edit: RegistryEditService,
        registry: RegistryService,
        first_id: uuid.UUID,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("merge_dialog")
        self._edit = edit
        self._first = edit.load(first_id)
        self._second: StakeholderRecord | None = None
        self.picker = SearchableTable(StakeholderPickerModel(registry), self)
        self.picker.row_activated.connect(self._pick)
        self.picker.view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._pick(self.picker.model.row_at(current.row()))
        )
        self.first_box = QGroupBox(self)
        self.first_text = WrappingLabel("", self.first_box)
        self.keep_first = QRadioButton(self.first_box)
        self.keep_first.setObjectName("keep_first")
        self.keep_first.setChecked(True)
        self.second_box = QGroupBox(self)
        self.second_text = WrappingLabel("", self.second_box)
        self.keep_second = QRadioButton(self.second_box)
        self.keep_second.setObjectName("keep_second")
        # In two group boxes the radio buttons are not siblings: one group makes them exclusive.
        self.keep_group = QButtonGroup(self)
        self.keep_group.addButton(self.keep_first)
        self.keep_group.addButton(self.keep_second)
        for box, text, radio in ((self.first_box, self.first_text, self.keep_first),
                                 (self.second_box, self.second_text, self.keep_second)):  # fmt: skip
            column = QVBoxLayout(box)
            column.addWidget(text)
            column.addWidget(radio)
        self.explanation = WrappingLabel("", self)
        self.merge_button = QPushButton(self)
        self.merge_button.setObjectName("merge")
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.reject)
        self.pick_label = QLabel(self)

        pair = QHBoxLayout()
        pair.addWidget(self.first_box, 1)
        pair.addWidget(self.second_box, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.cancel_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(
            layout.DIALOG_MARGIN, layout.DIALOG_MARGIN, layout.DIALOG_MARGIN, layout.DIALOG_MARGIN
        )
        column.addWidget(self.pick_label)
        column.addWidget(self.picker, 1)
        column.addLayout(pair)
        column.addWidget(self.explanation)
        column.addLayout(buttons)
        self.resize(760, 620)
        self.retranslate()
        self.picker.search_box.setFocus()

    def _describe(self, record: StakeholderRecord | None) -> str:
        if record is None:
            return self.tr("Pick the other record in the list above.")
        draft = record.draft
        lines = [draft.name]
        if draft.organisation:
            lines.append(draft.organisation)
        lines.append(
            " · ".join(
                x for x in (label_text(draft.kind), label_text(draft.status), draft.province) if x
            )
        )
        lines.append(
            counted(
                self.tr("History: %Ln record(s)", "", sum(record.history.values())),
                sum(record.history.values()),
            )
        )
        return "\n".join(lines)

    def _pick(self, row: StakeholderRow | None) -> None:
        if row is None or row.id == self._first.id:
            self._second = None
        else:
            try:
                self._second = self._edit.load(row.id)
            except UserError as error:
                show_error(self, error)
                self._second = None
        self.second_text.setText(self._describe(self._second))
        self.merge_button.setEnabled(self._second is not None)

    def select_other(self, other_id: uuid.UUID) -> None:
        """Choose the other record directly (for tests and a duplicate already known)."""
        self._second = self._edit.load(other_id)
        self.second_text.setText(self._describe(self._second))
        self.merge_button.setEnabled(True)

    def merge(self) -> None:
        if self._second is None:
            return
        survivor, other = (
            (self._first, self._second)
            if self.keep_first.isChecked()
            else (self._second, self._first)
        )
        try:
            self._edit.merge(survivor.id, other.id)
        except UserError as error:
            show_error(self, error)
            return
        self.merged.emit(survivor.id)
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Merge two records"))
        self.pick_label.setText(
            self.tr("Find the record to merge with “{name}”:").format(name=self._first.draft.name)
        )
        self.picker.set_placeholder(self.tr("Search by name, organisation, phone or ID number"))
        self.first_box.setTitle(self.tr("This record"))
        self.second_box.setTitle(self.tr("The other record"))
        self.first_text.setText(self._describe(self._first))
        self.second_text.setText(self._describe(self._second))
        self.keep_first.setText(self.tr("Keep this one"))
        self.keep_second.setText(self.tr("Keep this one"))
        self.explanation.setText(self.tr(
            "The kept record takes over all feedback, complaints, survey responses and activities of the "
            "other, and fills its empty fields from it; the other record is removed. The audit trail keeps "
            "both records' data. This cannot be undone."
        ))  # fmt: skip
        self.merge_button.setText(self.tr("&Merge"))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
