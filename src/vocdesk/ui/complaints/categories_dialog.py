"""Complaint categories and their service standards: the list on the left, the chosen one's
targets (in working days) on the right. A category in use is retired, never deleted. Below, the
settings of the complaint area kept in the database: the case-number prefix. (Who reads every
confidential case is an account's grant, given in the Users dialog.) For a person who may not
change catalogues (``Permission.MANAGE_CATALOGUES``) everything is read only."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vocdesk.domain.messages import UserError
from vocdesk.services.complaints.cases import ComplaintCasesService
from vocdesk.services.complaints.categories import (
    MAX_DAYS,
    CategoryRecord,
    ComplaintCategoriesService,
)
from vocdesk.ui import layout
from vocdesk.ui.errors import show_error
from vocdesk.ui.i18n import current_language


def _label_for(form: QFormLayout, field: QWidget) -> QLabel:
    """The label ``form.addRow(text, field)`` made for ``field``."""
    label = form.labelForField(field)
    assert isinstance(label, QLabel)
    return label


class ComplaintCategoriesDialog(QDialog):
    def __init__(
        self, categories: ComplaintCategoriesService, parent: QWidget | None = None,
        cases: ComplaintCasesService | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self._cases = cases
        self.setObjectName("complaint_categories")
        self.resize(760, 460)
        self._service = categories
        self._records: list[CategoryRecord] = []
        self._current: CategoryRecord | None = None
        self.changed = False
        self.list = QListWidget(self)
        self.list.setObjectName("category_list")
        self.code = QLineEdit(self)
        self.code.setObjectName("code")
        self.name_th = QLineEdit(self)
        self.name_th.setObjectName("name_th")
        self.name_en = QLineEdit(self)
        self.days: dict[str, QSpinBox] = {}
        for key in (
            "acknowledge_days",
            "first_response_days",
            "resolve_days",
            "notify_days",
            "warn_days_before",
        ):
            spin = QSpinBox(self)
            spin.setObjectName(key)
            spin.setRange(0, MAX_DAYS)
            self.days[key] = spin
        self.active = QCheckBox(self)
        self.new_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.close_button = QPushButton(self)
        self.form = QFormLayout()
        self._titles: dict[str, QLabel] = {}
        for key, widget in (("code", self.code), ("name_th", self.name_th), ("name_en", self.name_en),
                            *self.days.items(), ("active", self.active)):  # fmt: skip
            self.form.addRow(key, widget)
            self._titles[key] = _label_for(self.form, widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        right = QVBoxLayout()
        right.addLayout(self.form)
        right.addStretch(1)
        right.addLayout(buttons)
        lists = QHBoxLayout()
        lists.addWidget(self.list, 2)
        lists.addLayout(right, 3)
        self.settings_box = QGroupBox(self)
        self.prefix = QLineEdit(self.settings_box)
        self.prefix.setObjectName("number_prefix")
        self.prefix.setMaxLength(20)
        self.save_settings_button = QPushButton(self.settings_box)
        self.save_settings_button.setObjectName("save_settings")
        self.settings_form = QFormLayout(self.settings_box)
        self.settings_form.addRow("prefix", self.prefix)
        self.settings_form.addRow("", self.save_settings_button)
        self.settings_box.setVisible(cases is not None)
        if cases is not None:
            self.prefix.setText(cases.number_prefix())
        editable = categories.may_change()
        for widget in (self.new_button, self.save_button, self.save_settings_button):
            widget.setVisible(editable)
        for field in (self.code, self.name_th, self.name_en, self.prefix):
            field.setReadOnly(not editable)
        for spin in self.days.values():
            spin.setReadOnly(not editable)
        self.active.setEnabled(editable)
        self.save_settings_button.clicked.connect(self.save_settings)
        box = QVBoxLayout(self)
        box.setContentsMargins(
            layout.DIALOG_MARGIN, layout.DIALOG_MARGIN, layout.DIALOG_MARGIN, layout.DIALOG_MARGIN
        )
        box.addLayout(lists, 1)
        box.addWidget(self.settings_box)
        self.list.currentRowChanged.connect(self._show_row)
        self.new_button.clicked.connect(self.new_category)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.accept)
        self.retranslate()
        self.reload()

    def reload(self, select_id: uuid.UUID | None = None) -> None:
        self._records = self._service.list_categories()
        lang = current_language()
        self.list.blockSignals(True)
        self.list.clear()
        for record in self._records:
            name = record.name_en if lang == "en" else record.name_th
            item = QListWidgetItem(f"{name} ({record.resolve_days})")
            if not record.active:
                item.setForeground(Qt.GlobalColor.gray)
            self.list.addItem(item)
        self.list.blockSignals(False)
        ids = [r.id for r in self._records]
        self.list.setCurrentRow(ids.index(select_id) if select_id in ids else 0 if ids else -1)

    def _show_row(self, row: int) -> None:
        self._current = self._records[row] if 0 <= row < len(self._records) else None
        self._show(self._current or CategoryRecord("", "", ""))

    def _show(self, record: CategoryRecord) -> None:
        self.code.setText(record.code)
        self.name_th.setText(record.name_th)
        self.name_en.setText(record.name_en)
        for key, spin in self.days.items():
            spin.setValue(getattr(record, key))
        self.active.setChecked(record.active)

    def new_category(self) -> None:
        self.list.clearSelection()
        self._current = None
        self._show(CategoryRecord("", "", ""))
        self.code.setFocus()

    def save(self) -> bool:
        record = CategoryRecord(
            code=self.code.text(), name_th=self.name_th.text(), name_en=self.name_en.text(),
            active=self.active.isChecked(), id=self._current.id if self._current else None,
            **{key: spin.value() for key, spin in self.days.items()},
        )  # fmt: skip
        try:
            saved = self._service.save(record)
        except UserError as error:
            show_error(self, error)
            return False
        self.changed = True
        self.reload(saved)
        return True

    def save_settings(self) -> bool:
        if self._cases is None:
            return False
        try:
            self._cases.set_number_prefix(self.prefix.text())
        except UserError as error:
            show_error(self, error)
            return False
        self.changed = True
        return True

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Complaint categories and service standards"))
        texts = {
            "code": self.tr("Code:"), "name_th": self.tr("Name (Thai):"), "name_en": self.tr("Name (English):"),
            "acknowledge_days": self.tr("Acknowledge within (working days):"),
            "first_response_days": self.tr("First response within:"),
            "resolve_days": self.tr("Resolve within:"),
            "notify_days": self.tr("Notify the complainant within:"),
            "warn_days_before": self.tr("Warn this many working days before:"),
            "active": self.tr("In use:"),
        }  # fmt: skip
        for key, text in texts.items():
            self._titles[key].setText(text)
        self.active.setText(self.tr("Offered when registering"))
        self.new_button.setText(self.tr("&New category"))
        self.save_button.setText(self.tr("&Save"))
        self.close_button.setText(self.tr("Close"))
        self.settings_box.setTitle(
            self.tr("Settings of the complaint cases (kept in the database)")
        )
        _label_for(self.settings_form, self.prefix).setText(self.tr("Case number prefix:"))
        self.prefix.setPlaceholderText(self.tr("none: numbers read 2569/000123"))
        self.save_settings_button.setText(self.tr("Save settings"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
