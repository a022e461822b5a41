"""The improvement actions page: what the agency changes because of what it heard.

Actions are made here, or from entries selected in the listening log (``attach_to_log`` adds
the button there), and each keeps its links to the entries, complaints and survey findings
that caused it, so that a report can show the loop closed.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vocdesk.domain.messages import QT_TRANSLATE_NOOP
from vocdesk.services.listening.improvement import (
    ActionFilter,
    ImprovementActionsService,
    ImprovementRow,
)
from vocdesk.ui import layout
from vocdesk.ui.errors import show_error
from vocdesk.ui.listening.improvement_action_form import ImprovementActionForm
from vocdesk.ui.listening.improvement_model import ImprovementModel
from vocdesk.ui.models.display import number_text
from vocdesk.ui.widgets.searchable_table import SearchableTable

SHOW_LABELS = {
    ActionFilter.ALL: QT_TRANSLATE_NOOP("ImprovementActionsPage", "All actions"),
    ActionFilter.OPEN: QT_TRANSLATE_NOOP("ImprovementActionsPage", "Open (planned or in progress)"),
    ActionFilter.OVERDUE: QT_TRANSLATE_NOOP("ImprovementActionsPage", "Overdue"),
    ActionFilter.FINISHED: QT_TRANSLATE_NOOP("ImprovementActionsPage", "Done or cancelled"),
}


class ImprovementActionsPage(QWidget):
    def __init__(self, service: ImprovementActionsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("improvement_actions_page")
        self._service = service
        self._log: Any = None
        self.from_log_button: QPushButton | None = None
        self.table = SearchableTable(ImprovementModel(service), self)
        self.table.row_activated.connect(lambda row: self.edit_action(row))
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("new_improvement")
        self.new_button.clicked.connect(lambda: self.new_action())
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("edit_improvement")
        self.edit_button.clicked.connect(lambda: self.edit_action(self.selected_action()))
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("delete_improvement")
        self.delete_button.clicked.connect(lambda: self.delete_action(self.selected_action()))
        self.open_label = QLabel(self)
        self.open_label.setObjectName("open_improvements")
        self.show_label = QLabel(self)
        self.show_box = QComboBox(self)
        self.show_box.setObjectName("show_actions")
        for show in ActionFilter:
            self.show_box.addItem("", show.value)
        self.show_label.setBuddy(self.show_box)
        self.show_box.currentIndexChanged.connect(
            lambda _index: self.model.set_show(ActionFilter(self.show_box.currentData()))
        )
        buttons = QHBoxLayout()
        buttons.setSpacing(layout.BUTTON_SPACING)
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addSpacing(layout.SECTION_SPACING)
        buttons.addWidget(self.show_label)
        buttons.addWidget(self.show_box)
        buttons.addStretch(1)
        buttons.addWidget(self.open_label)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, layout.MARGIN, 0, 0)
        box.setSpacing(layout.SPACING)
        box.addLayout(buttons)
        box.addWidget(self.table, 1)
        self.table.model.total_changed.connect(lambda _total: self._show_open())
        self.retranslate()

    def title(self) -> str:
        return self.tr("Improvement actions")

    @property
    def model(self) -> ImprovementModel:
        return self.table.model

    def selected_action(self) -> ImprovementRow | None:
        rows = self.table.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    # --- actions -----------------------------------------------------------------------------
    def new_action(self, entry_ids: Sequence[uuid.UUID] = ()) -> ImprovementActionForm | None:
        try:
            form = ImprovementActionForm(self._service, entry_ids=entry_ids, parent=self)
        except Exception as error:  # noqa: BLE001 - shown to the user, never a traceback
            show_error(self, error)
            return None
        return self._open_form(form)

    def edit_action(self, row: ImprovementRow | None) -> ImprovementActionForm | None:
        if row is None:
            return None
        try:
            form = ImprovementActionForm(self._service, row.id, parent=self)
        except Exception as error:  # noqa: BLE001 - e.g. deleted meanwhile
            show_error(self, error)
            self.refresh()
            return None
        return self._open_form(form)

    def _open_form(self, form: ImprovementActionForm) -> ImprovementActionForm:
        form.accepted.connect(self.refresh)
        form.finished.connect(form.deleteLater)
        form.open()
        return form

    def delete_action(self, row: ImprovementRow | None) -> None:
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete improvement action"),
            self.tr(
                "Delete “{title}”? Its links to entries, complaints and surveys go with it."
            ).format(title=row.title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._service.delete_action(row.id)
        except Exception as error:  # noqa: BLE001 - shown to the user, never a traceback
            show_error(self, error)
        self.refresh()

    # --- from the listening log --------------------------------------------------------------
    def attach_to_log(self, log_page: Any) -> QPushButton:
        """Add "Improvement action…" to the log page's row of entry actions: it makes an action
        linked to every entry selected there (several may be selected)."""
        self._log = log_page
        log_page.table.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        button = QPushButton(log_page)
        button.setObjectName("improvement_from_entries")
        button.clicked.connect(self.new_action_from_log)
        log_page.actions_row.insertWidget(log_page.actions_row.count() - 1, button)
        self.from_log_button = button
        self.retranslate()
        return button

    def selected_log_entries(self) -> list[uuid.UUID]:
        if self._log is None:
            return []
        model = self._log.table.model
        rows = sorted(index.row() for index in self._log.table.view.selectionModel().selectedRows())
        return [entry.id for entry in (model.row_at(r) for r in rows) if entry is not None]

    def new_action_from_log(self) -> ImprovementActionForm | None:
        return self.new_action(self.selected_log_entries())

    def refresh(self) -> None:
        self.model.reload()

    def _show_open(self) -> None:
        try:
            count = self._service.open_count()
        except Exception:  # noqa: BLE001 - a label is not worth an error box
            self.open_label.clear()
            return
        self.open_label.setText(
            self.tr("Open: {count}").format(count=number_text(count, self.model.language))
        )

    # --- language ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.table.set_placeholder(self.tr("Search what changes, why, the owner or the outcome"))
        self.new_button.setText(self.tr("&New improvement action…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.show_label.setText(self.tr("&Show:"))
        for index in range(self.show_box.count()):
            show = ActionFilter(self.show_box.itemData(index))
            self.show_box.setItemText(
                index, QCoreApplication.translate("ImprovementActionsPage", SHOW_LABELS[show])
            )
        if self.from_log_button is not None:
            self.from_log_button.setText(self.tr("&Improvement action…"))
            self.from_log_button.setToolTip(
                self.tr("Make an improvement action linked to the selected entries")
            )
        self._show_open()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
