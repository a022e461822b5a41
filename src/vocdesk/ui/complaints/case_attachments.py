"""The complaint case dialog's Attachments page: the case's files; attach, save as, remove.

Each change goes through the dialog's ``act`` (one service call; on success the dialog reads
the case again and shows it here through ``show_case``). The texts are the dialog's: they are
translated in its context, "ComplaintCaseDialog".
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vocdesk.domain.messages import UserError
from vocdesk.services.complaints.cases import AttachmentFile, CaseDetails, ComplaintCasesService
from vocdesk.ui.errors import show_error
from vocdesk.ui.models.display import number_text

# Runs one service call; on success the case is read again. Whether it succeeded.
CaseAction = Callable[[Callable[[], object]], bool]


class CaseAttachmentsPage(QWidget):
    def __init__(
        self,
        cases: ComplaintCasesService,
        case_id: uuid.UUID,
        act: CaseAction,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._cases = cases
        self._case_id = case_id
        self._act = act
        self._version: int | None = None  # the case's version as shown (``show_case``)
        self.attachment_list = QListWidget(self)
        self.attachment_list.setObjectName("attachments")
        self.add_file_button = QPushButton(self)
        self.save_file_button = QPushButton(self)
        self.remove_file_button = QPushButton(self)
        file_buttons = QVBoxLayout()
        for button in (self.add_file_button, self.save_file_button, self.remove_file_button):
            file_buttons.addWidget(button)
        file_buttons.addStretch(1)
        files = QHBoxLayout(self)
        files.addWidget(self.attachment_list, 1)
        files.addLayout(file_buttons)
        self.add_file_button.clicked.connect(self._choose_files)
        self.save_file_button.clicked.connect(self._save_file)
        self.remove_file_button.clicked.connect(self._remove_file)

    def show_case(self, c: CaseDetails, lang: str) -> None:
        self._version = c.version  # the case as shown: adding or removing names it
        self.attachment_list.clear()
        for attachment in c.attachments:
            item = QListWidgetItem(
                f"{attachment.file_name}  ({number_text(max(1, attachment.size // 1024), lang)} KB)"
            )
            item.setData(Qt.ItemDataRole.UserRole, attachment.id)
            self.attachment_list.addItem(item)
        self.add_file_button.setEnabled(c.workable)
        self.save_file_button.setEnabled(not c.hidden)
        self.remove_file_button.setVisible(c.manageable)  # removing needs a supervisor

    def retranslate(self) -> None:
        self.add_file_button.setText(QCoreApplication.translate("ComplaintCaseDialog", "Attach…"))
        self.save_file_button.setText(QCoreApplication.translate("ComplaintCaseDialog", "Save as…"))
        self.remove_file_button.setText(QCoreApplication.translate("ComplaintCaseDialog", "Remove"))

    def _choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.window(), QCoreApplication.translate("ComplaintCaseDialog", "Attach files")
        )
        for path in paths:
            self.attach(Path(path))

    def attach(self, path: Path) -> None:
        try:
            content = path.read_bytes()
        except OSError as error:
            show_error(self.window(), error)
            return
        self._act(
            lambda: self._cases.add_attachment(
                self._case_id, AttachmentFile(path.name, content), version=self._version
            )
        )

    def _selected_attachment(self) -> uuid.UUID | None:
        item = self.attachment_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _save_file(self) -> None:
        attachment = self._selected_attachment()
        if attachment is None:
            return
        try:
            name, content = self._cases.attachment_content(attachment)
            target, _ = QFileDialog.getSaveFileName(
                self.window(),
                QCoreApplication.translate("ComplaintCaseDialog", "Save the attachment"),
                name,
            )
            if target:
                Path(target).write_bytes(content)
        except (UserError, OSError) as error:
            show_error(self.window(), error)

    def _remove_file(self) -> None:
        attachment = self._selected_attachment()
        if attachment is not None:
            self._act(lambda: self._cases.remove_attachment(attachment, version=self._version))
