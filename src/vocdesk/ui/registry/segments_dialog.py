"""The segments catalogue: each segment's names, kind, priority level, requirements, expectations
and the services it uses (PMQA 3.2 a (6)(8)). A segment in use is deactivated, never deleted."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vocdesk.domain.enums import Priority, SegmentKind
from vocdesk.domain.messages import UserError
from vocdesk.services.registry.segments import (
    InvalidSegment,
    SegmentData,
    SegmentInfo,
    SegmentsService,
)
from vocdesk.ui import layout
from vocdesk.ui.errors import show_error
from vocdesk.ui.i18n import current_language, translate_message
from vocdesk.ui.labels import enum_choices, enum_label
from vocdesk.ui.widgets.forms import PROBLEM_COLOUR

ERROR_STYLE = f"color: {PROBLEM_COLOUR};"


def _lines(edit: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line.strip() for line in edit.toPlainText().splitlines() if line.strip())


class SegmentsDialog(QDialog):
    changed = Signal()  # a segment was saved: lists and filters should read them again

    def __init__(self, service: SegmentsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("segments_dialog")
        self._service = service
        self._segments: list[SegmentInfo] = []
        self._current: uuid.UUID | None = None
        self.segment_list = QListWidget(self)
        self.segment_list.setObjectName("segment_list")
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("new_segment")
        self.name_th_edit = QLineEdit(self)
        self.name_th_edit.setObjectName("name_th")
        self.name_en_edit = QLineEdit(self)
        self.name_en_edit.setObjectName("name_en")
        self.kind_combo = QComboBox(self)
        self.priority_combo = QComboBox(self)
        self.priority_combo.setObjectName("priority")
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(50)
        self.requirements_edit = QPlainTextEdit(self)
        self.requirements_edit.setObjectName("requirements")
        self.requirements_edit.setTabChangesFocus(True)
        self.expectations_edit = QPlainTextEdit(self)
        self.expectations_edit.setObjectName("expectations")
        self.expectations_edit.setTabChangesFocus(True)
        self.services_list = QListWidget(self)
        self.services_list.setObjectName("services")
        self.active_check = QCheckBox(self)
        self.active_check.setChecked(True)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("segment_error")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save_segment")
        self.close_button = QPushButton(self)
        lang = current_language()
        for choice in service.service_choices():
            item = QListWidgetItem(choice.name.in_language(lang), self.services_list)
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)

        self.form = QFormLayout()
        self._form_labels = [QLabel(self) for _ in range(9)]
        for label, widget in zip(self._form_labels, (
            self.name_th_edit, self.name_en_edit, self.kind_combo, self.priority_combo, self.description_edit,
            self.requirements_edit, self.expectations_edit, self.services_list, self.active_check,
        ), strict=True):  # fmt: skip
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        left = QVBoxLayout()
        left.addWidget(self.segment_list, 1)
        left.addWidget(self.new_button)
        right = QVBoxLayout()
        right.addLayout(self.form)
        right.addWidget(self.error_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        right.addLayout(buttons)
        columns = QHBoxLayout(self)
        columns.setContentsMargins(
            layout.DIALOG_MARGIN, layout.DIALOG_MARGIN, layout.DIALOG_MARGIN, layout.DIALOG_MARGIN
        )
        columns.addLayout(left, 1)
        columns.addLayout(right, 2)

        self.segment_list.currentRowChanged.connect(self._show_row)
        self.new_button.clicked.connect(self.new_segment)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.accept)
        self.resize(900, 640)
        self.retranslate()
        self.reload()

    def reload(self, select: uuid.UUID | None = None) -> None:
        self._segments = self._service.list_segments()
        lang = current_language()
        self.segment_list.blockSignals(True)
        self.segment_list.clear()
        for info in self._segments:
            text = f"{info.name.in_language(lang)} · {enum_label(info.data.priority)} · {info.stakeholders}"
            if not info.data.active:
                text += " " + self.tr("(inactive)")
            self.segment_list.addItem(text)
        self.segment_list.blockSignals(False)
        rows = [i for i, info in enumerate(self._segments) if info.id == select]
        self.segment_list.setCurrentRow(rows[0] if rows else (0 if self._segments else -1))
        self._show_row(self.segment_list.currentRow())

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(self._segments):
            return
        info = self._segments[row]
        self._current = info.id
        self._show(info.data)

    def _show(self, data: SegmentData) -> None:
        self.name_th_edit.setText(data.name_th)
        self.name_en_edit.setText(data.name_en)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(data.kind)))
        self.priority_combo.setCurrentIndex(max(0, self.priority_combo.findData(data.priority)))
        self.description_edit.setPlainText(data.description)
        self.requirements_edit.setPlainText("\n".join(data.requirements))
        self.expectations_edit.setPlainText("\n".join(data.expectations))
        for index in range(self.services_list.count()):
            item = self.services_list.item(index)
            checked = item.data(Qt.ItemDataRole.UserRole) in data.service_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.active_check.setChecked(data.active)
        self.error_label.clear()

    def new_segment(self) -> None:
        self._current = None
        self.segment_list.clearSelection()
        self._show(SegmentData("", ""))
        self.name_th_edit.setFocus()

    def data(self) -> SegmentData:
        services = frozenset(
            self.services_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.services_list.count())
            if self.services_list.item(i).checkState() == Qt.CheckState.Checked
        )
        return SegmentData(
            self.name_th_edit.text(), self.name_en_edit.text(), SegmentKind(self.kind_combo.currentData()),
            Priority(self.priority_combo.currentData()), self.description_edit.toPlainText(),
            _lines(self.requirements_edit), _lines(self.expectations_edit), services, self.active_check.isChecked(),
        )  # fmt: skip

    def save(self) -> bool:
        try:
            if self._current is None:
                self._current = self._service.create(self.data())
            else:
                self._service.update(self._current, self.data())
        except InvalidSegment as invalid:
            self.error_label.setText(
                "\n".join(translate_message(m) for m in invalid.problems.values())
            )
            return False
        except UserError as error:
            show_error(self, error)
            return False
        self.reload(self._current)
        self.changed.emit()
        return True

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Segments"))
        for label, text in zip(self._form_labels, (
            self.tr("Name (Thai)"), self.tr("Name (English)"), self.tr("Kind"), self.tr("Priority level"),
            self.tr("Description"), self.tr("Requirements (one a line)"), self.tr("Expectations (one a line)"),
            self.tr("Services used"), self.tr("In use"),
        ), strict=True):  # fmt: skip
            label.setText(text)
        for combo, enum_cls in ((self.kind_combo, SegmentKind), (self.priority_combo, Priority)):
            current = combo.currentData()
            combo.clear()
            for text, value in enum_choices(enum_cls):
                combo.addItem(text, value)
            if current is not None:
                combo.setCurrentIndex(max(0, combo.findData(current)))
        self.active_check.setText(self.tr("Offered in the registry's lists"))
        self.new_button.setText(self.tr("&New segment"))
        self.save_button.setText(self.tr("&Save"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
