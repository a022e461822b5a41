"""One complaint case: its details, where it stands against the service standard, its history,
resolution and follow-up, attachments; buttons for the moves the workflow allows from its
current status, assignment and follow-up. Every action is one short transaction; the dialog
reads the case again after each.

What the pages write about the case is ``case_texts``; the Attachments page is
``case_attachments.CaseAttachmentsPage``. Both translate in this dialog's context.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vocdesk.domain.enums import ComplaintStatus
from vocdesk.domain.listening.improvement import TITLE_MAX, ImprovementFields
from vocdesk.domain.messages import UserError
from vocdesk.services.complaints.cases import MANAGING_MOVES, CaseDetails, ComplaintCasesService
from vocdesk.services.listening.improvement import ImprovementActionsService
from vocdesk.ui import layout
from vocdesk.ui.complaints import case_texts
from vocdesk.ui.complaints.case_attachments import CaseAttachmentsPage
from vocdesk.ui.complaints.form import ComplaintForm
from vocdesk.ui.complaints.steps import AssignDialog, FollowUpDialog, MoveDialog
from vocdesk.ui.errors import show_error
from vocdesk.ui.i18n import current_language
from vocdesk.ui.labels import enum_label
from vocdesk.ui.widgets.thai_wrap import WrappingLabel

S = ComplaintStatus


def _table(parent: QWidget, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns, parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(True)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setDefaultAlignment(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    )
    return table


class ComplaintCaseDialog(QDialog):
    def __init__(
        self, cases: ComplaintCasesService, case_id: uuid.UUID, parent: QWidget | None = None,
        improvements: ImprovementActionsService | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("complaint_case")
        self._improvements = improvements
        self.resize(900, 640)
        self._cases = cases
        self._case_id = case_id
        self.case: CaseDetails | None = None
        self.changed = False  # something was saved: the caller refreshes its lists

        self.header = WrappingLabel("", self)
        self.header.setObjectName("case_header")
        font = self.header.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.header.setFont(font)
        self.subject = WrappingLabel("", self)
        self.subject.setObjectName("case_subject")
        self.pages = QTabWidget(self)
        self.details_page = QWidget(self)
        self.details_form = QFormLayout(self.details_page)
        self.details_labels: dict[str, tuple[QLabel, WrappingLabel]] = {}
        for key in ("received", "channel", "category", "complainant", "place", "service", "priority",
                    "handling", "forwarded", "duplicate", "access", "details"):  # fmt: skip
            title, value = QLabel(self.details_page), WrappingLabel("", self.details_page)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.details_labels[key] = (title, value)
            self.details_form.addRow(title, value)
        self.allow_button = QPushButton(self.details_page)
        self.allow_button.setObjectName("allow_reader")
        self.duplicate_button = QPushButton(self.details_page)
        self.duplicate_button.setObjectName("mark_duplicate")
        self.merge_button = QPushButton(self.details_page)
        self.merge_button.setObjectName("merge_duplicate")
        details_buttons = QHBoxLayout()
        self.edit_button = QPushButton(self.details_page)
        self.edit_button.setObjectName("edit_case")
        for button in (
            self.edit_button,
            self.duplicate_button,
            self.merge_button,
            self.allow_button,
        ):
            details_buttons.addWidget(button)
        details_buttons.addStretch(1)
        # PDPA: the complainant's contact masked unless asked for (the grant's holders only;
        # each time the case is read so, it is written to the audit trail).
        self.personal_box = QCheckBox(self.details_page)
        self.personal_box.setObjectName("show_personal_data")
        self.personal_box.setEnabled(cases.may_reveal_personal())
        self.personal_box.toggled.connect(self.show_personal_data)
        details_buttons.addWidget(self.personal_box)
        self.details_form.addRow("", details_buttons)
        self.standard_table = _table(self, 6)
        self.standard_table.setObjectName("standard_table")
        self.history_table = _table(self, 5)
        self.history_table.setObjectName("history_table")
        self.resolution_page = QWidget(self)
        self.resolution_form = QFormLayout(self.resolution_page)
        self.resolution_labels: dict[str, tuple[QLabel, WrappingLabel]] = {}
        for key in ("resolution", "root_cause", "corrective", "improvements", "notified", "follow_up", "trust",
                    "reopened"):  # fmt: skip
            title, value = QLabel(self.resolution_page), WrappingLabel("", self.resolution_page)
            self.resolution_labels[key] = (title, value)
            self.resolution_form.addRow(title, value)
        self.follow_up_button = QPushButton(self.resolution_page)
        self.follow_up_button.setObjectName("follow_up")
        self.improvement_button = QPushButton(self.resolution_page)
        self.improvement_button.setObjectName("create_improvement")
        resolution_buttons = QHBoxLayout()
        resolution_buttons.addWidget(self.follow_up_button)
        resolution_buttons.addWidget(self.improvement_button)
        resolution_buttons.addStretch(1)
        self.resolution_form.addRow("", resolution_buttons)
        self.attachments_page = CaseAttachmentsPage(cases, case_id, self._act, self)
        for page in (self.details_page, self.standard_table, self.history_table, self.resolution_page,
                     self.attachments_page):  # fmt: skip
            self.pages.addTab(page, "")

        self.move_buttons = QHBoxLayout()
        self.move_label = QLabel(self)
        self.assign_button = QPushButton(self)
        self.assign_button.setObjectName("assign")
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.accept)
        actions = QHBoxLayout()
        actions.addWidget(self.move_label)
        actions.addLayout(self.move_buttons)
        actions.addStretch(1)
        actions.addWidget(self.assign_button)
        actions.addWidget(self.close_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(
            layout.DIALOG_MARGIN, layout.DIALOG_MARGIN, layout.DIALOG_MARGIN, layout.DIALOG_MARGIN
        )
        box.addWidget(self.header)
        box.addWidget(self.subject)
        box.addWidget(self.pages, 1)
        box.addLayout(actions)

        self.assign_button.clicked.connect(self.assign)
        self.follow_up_button.clicked.connect(self.follow_up)
        self.allow_button.clicked.connect(lambda: self.allow_reader())
        self.edit_button.clicked.connect(lambda: self.edit_details())
        self.duplicate_button.clicked.connect(lambda: self.mark_duplicate())
        self.merge_button.clicked.connect(lambda: self.mark_duplicate(merge=True))
        self.improvement_button.clicked.connect(self.create_improvement)
        self.retranslate()
        self.reload()

    # --- reading ------------------------------------------------------------------------------
    def show_personal_data(self, shown: bool) -> None:
        try:
            self.reload()
        except UserError as error:
            show_error(self, error)
            self.personal_box.blockSignals(True)
            self.personal_box.setChecked(False)
            self.personal_box.blockSignals(False)
            self.reload()

    def reload(self) -> None:
        self.case = self._cases.case(self._case_id, reveal_personal=self.personal_box.isChecked())
        self._show()

    def _show(self) -> None:
        c = self.case
        if c is None:
            return
        lang = current_language()
        self.header.setText(case_texts.header_text(c, lang))
        self.subject.setText(case_texts.subject_text(c))
        for key, text in case_texts.detail_texts(c, lang).items():
            self.details_labels[key][1].setText(text)

        standard = case_texts.standard_rows(c, lang)
        self.standard_table.setRowCount(len(standard))
        for row, cells in enumerate(standard):
            for column, text in enumerate(cells):
                self.standard_table.setItem(row, column, QTableWidgetItem(text))

        history = case_texts.history_rows(c, lang)
        self.history_table.setRowCount(len(history))
        for row, cells in enumerate(history):
            for column, text in enumerate(cells):
                self.history_table.setItem(row, column, QTableWidgetItem(text))
        self.history_table.resizeRowsToContents()

        for key, text in case_texts.resolution_texts(c, lang).items():
            self.resolution_labels[key][1].setText(text)
        self.follow_up_button.setEnabled(c.status in (S.RESOLVED, S.CLOSED) and c.workable)
        actions = (
            self._improvements.actions_of_complaint(c.id)
            if self._improvements and not c.hidden
            else []
        )
        self.resolution_labels["improvements"][1].setText(
            "\n".join(f"{a.title} ({enum_label(a.status)})" for a in actions)
        )
        self.improvement_button.setVisible(self._improvements is not None)
        self.improvement_button.setEnabled(bool(c.corrective_action) and not c.hidden)

        self.attachments_page.show_case(c, lang)
        # What the service would refuse is hidden or disabled (services.complaints.access).
        self.assign_button.setVisible(c.manageable)
        for button in (self.duplicate_button, self.edit_button):
            button.setEnabled(c.workable)
        self.allow_button.setVisible(c.confidential and c.manageable)
        self.merge_button.setVisible(c.manageable)
        self.merge_button.setEnabled(c.manageable and S.REJECTED in c.allowed_next)

        while self.move_buttons.count():
            item = self.move_buttons.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        moves = [
            t for t in c.allowed_next if c.manageable or (c.workable and t not in MANAGING_MOVES)
        ]
        for target in moves:
            button = QPushButton(enum_label(target), self)
            button.setObjectName(f"move_{target.value}")
            button.clicked.connect(lambda _checked=False, t=target: self.move_case(t))
            self.move_buttons.addWidget(button)
        self.move_label.setVisible(bool(moves))

    # --- acting ---------------------------------------------------------------------------------
    def _version(self) -> int | None:
        """The case's version as this view shows it (read by ``reload``)."""
        return self.case.version if self.case is not None else None

    def _act(self, action: Callable[[], object]) -> bool:
        """Run ``action`` (one service call); on success read the case again."""
        try:
            action()
        except UserError as error:
            show_error(self, error)
            return False
        self.changed = True
        self.reload()
        return True

    def move_case(self, target: ComplaintStatus, dialog: MoveDialog | None = None) -> bool:
        """Ask what the move needs, then make it (``dialog`` lets a test fill the answers)."""
        if dialog is None:
            dialog = MoveDialog(self._cases, target, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        version = self._version()  # the case as shown: a move over another window's is refused
        return self._act(lambda: self._cases.transition(
            self._case_id, target, dialog.note.toPlainText(),
            forwarding=dialog.forwarding(), resolution=dialog.resolution(), version=version))  # fmt: skip

    def assign(self) -> None:
        c = self.case
        dialog = AssignDialog(c.unit if c else "", c.assigned_to if c else "", self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            version = self._version()
            self._act(lambda: self._cases.assign(
                self._case_id, dialog.unit.text(), dialog.person.text(), version=version))  # fmt: skip

    def follow_up(self) -> None:
        dialog = FollowUpDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            version = self._version()
            self._act(lambda: self._cases.record_follow_up(
                self._case_id, dialog.score.value(), dialog.comment.text(), dialog.trust.currentData(),
                version=version))  # fmt: skip

    def edit_details(self) -> ComplaintForm | None:
        """Correct what was registered, in the registration form."""
        try:
            draft = self._cases.draft_of_case(self._case_id)
        except UserError as error:
            show_error(self, error)
            return None
        form = ComplaintForm(self._cases, self, draft, case_id=self._case_id)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.accepted.connect(self._edited)
        form.open()
        self.edit_form = form
        return form

    def _edited(self) -> None:
        self.changed = True
        self.reload()

    def allow_reader(self, name: str | None = None) -> None:
        """Let one more person (login name) read this confidential case."""
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Allow someone to read the case"),
                                            self.tr("Login name of the person:"))  # fmt: skip
            if not ok:
                return
        self._act(lambda: self._cases.grant_access(self._case_id, name))

    def mark_duplicate(self, number: str | None = None, *, merge: bool = False) -> None:
        """Link this case to the original it repeats; with ``merge``, also end it there."""
        if number is None:
            title = self.tr("Merge into another case") if merge else self.tr("Mark as a duplicate")
            number, ok = QInputDialog.getText(self, title, self.tr("Number of the original case:"))
            if not ok or not number.strip():
                return

        version = self._version()  # the case as shown: a link over another window's is refused

        def act() -> None:
            original = self._cases.find_case(number)
            if merge:
                self._cases.merge_duplicate(self._case_id, original, version=version)
            else:
                self._cases.link_duplicate(self._case_id, original, version=version)

        self._act(act)

    def create_improvement(self) -> None:
        """Turn the corrective action into an improvement action linked to the case (and to
        its listening entry), so the listening loop counts it."""
        c = self.case
        if c is None or self._improvements is None:
            return
        # A confidential case gives only its number: improvement actions are read by everyone.
        reason = c.number if c.confidential else f"{c.number} {c.subject}"
        fields = ImprovementFields(
            title=c.corrective_action[:TITLE_MAX], reason=reason, owner=c.unit or c.assigned_to
        )
        improvements = self._improvements
        self._act(lambda: improvements.create_for_complaint(c.id, fields))

    def attach(self, path: Path) -> None:
        self.attachments_page.attach(path)

    # --- language -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Complaint case"))
        titles = {
            "received": self.tr("Received:"), "channel": self.tr("Channel:"), "category": self.tr("Category:"),
            "complainant": self.tr("Complainant:"), "place": self.tr("Place:"),
            "service": self.tr("Service concerned:"), "priority": self.tr("Priority:"),
            "handling": self.tr("Unit and officer:"), "forwarded": self.tr("Forwarded to:"),
            "duplicate": self.tr("Duplicates:"), "details": self.tr("Details:"),
            "access": self.tr("Also allowed to read:"),
        }  # fmt: skip
        for key, text in titles.items():
            self.details_labels[key][0].setText(text)
        self.personal_box.setText(self.tr("Show personal data"))
        self.personal_box.setToolTip(self.tr(
            "Show the complainant's contact whole. Each time is written to the audit trail; only "
            "users with the personal-data permission may."))  # fmt: skip
        for key, text in {
            "resolution": self.tr("Resolution:"), "root_cause": self.tr("Root cause:"),
            "corrective": self.tr("Corrective action:"), "improvements": self.tr("Improvement actions:"),
            "notified": self.tr("Complainant told:"),
            "follow_up": self.tr("Satisfaction:"), "trust": self.tr("Trust restored:"),
            "reopened": self.tr("Times reopened:"),
        }.items():  # fmt: skip
            self.resolution_labels[key][0].setText(text)
        for index, text in enumerate((self.tr("Details"), self.tr("Service standard"), self.tr("History"),
                                      self.tr("Resolution and follow-up"), self.tr("Attachments"))):  # fmt: skip
            self.pages.setTabText(index, text)
        self.standard_table.setHorizontalHeaderLabels([
            self.tr("Step"), self.tr("Standard (working days)"), self.tr("Due"), self.tr("Done"),
            self.tr("Working days taken"), self.tr("Met")])  # fmt: skip
        self.standard_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.history_table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("By"), self.tr("From"), self.tr("To"), self.tr("Note")]
        )
        for column, width in enumerate((140, 180, 150, 150)):
            self.history_table.setColumnWidth(column, width)
        self.follow_up_button.setText(self.tr("Record follow-up…"))
        self.allow_button.setText(self.tr("Allow someone…"))
        self.edit_button.setText(self.tr("Correct details…"))
        self.duplicate_button.setText(self.tr("Mark as duplicate of…"))
        self.merge_button.setText(self.tr("Merge into…"))
        self.improvement_button.setText(self.tr("Make the corrective action an improvement action"))
        self.attachments_page.retranslate()
        self.move_label.setText(self.tr("Move to:"))
        self.assign_button.setText(self.tr("Assign…"))
        self.close_button.setText(self.tr("Close"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
