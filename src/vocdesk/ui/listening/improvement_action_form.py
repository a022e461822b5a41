"""Adding or changing an improvement action: what, why, who, by when, status, outcome, and what
caused it (listening entries, complaints, survey findings)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
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

from vocdesk.domain.clock import thai_today
from vocdesk.domain.listening.improvement import ImprovementFields, ImprovementStatus
from vocdesk.services.listening.improvement import ImprovementActionsService
from vocdesk.services.listening.improvement_links import (
    ImprovementLinks,
    LinkedComplaint,
    LinkedEntry,
    LinkedFinding,
    SurveyChoice,
)
from vocdesk.ui import layout
from vocdesk.ui.errors import stored
from vocdesk.ui.fiscal_years import fiscal_year_text
from vocdesk.ui.i18n import current_language
from vocdesk.ui.labels import enum_choices
from vocdesk.ui.models.display import date_text
from vocdesk.ui.widgets.be_date_edit import BuddhistDateEdit
from vocdesk.ui.widgets.choices import current_uuid, item_data
from vocdesk.ui.widgets.forms import problem_label

LINK_ROLE = Qt.ItemDataRole.UserRole + 1  # ("entry" | "complaint" | "finding", the link)
TEXT_PREVIEW = 90  # characters of an entry's words shown in the list of links


class ImprovementActionForm(QDialog):
    def __init__(
        self,
        service: ImprovementActionsService,
        action_id: uuid.UUID | None = None,
        *,
        entry_ids: Sequence[uuid.UUID] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("improvement_action_form")
        self.setMinimumWidth(layout.DIALOG_MIN_WIDTH + 220)
        self._service = service
        self._action_id = action_id
        self.saved_id = action_id
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("title")
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setObjectName("reason")
        self.reason_edit.setFixedHeight(60)
        self.owner_edit = QLineEdit(self)
        self.owner_edit.setObjectName("owner")
        self.due_check = QCheckBox(self)
        self.due_check.setObjectName("has_due_date")
        self.due_edit = BuddhistDateEdit(self, thai_today())
        self.due_edit.setEnabled(False)
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_check)
        due_row.addWidget(self.due_edit, 1)
        self.status_box = QComboBox(self)
        self.status_box.setObjectName("status")
        for text, status in enum_choices(ImprovementStatus):
            self.status_box.addItem(text, status)
        self.outcome_edit = QPlainTextEdit(self)
        self.outcome_edit.setObjectName("outcome")
        self.outcome_edit.setFixedHeight(60)

        self.links_group = QGroupBox(self)
        self.links_list = QListWidget(self.links_group)
        self.links_list.setObjectName("links")
        self.links_list.setWordWrap(True)
        self.remove_link_button = QPushButton(self.links_group)
        self.remove_link_button.setObjectName("remove_link")
        self.remove_link_button.clicked.connect(self.remove_selected_link)
        self.survey_box = QComboBox(self.links_group)
        self.survey_box.setObjectName("survey")
        self.question_box = QComboBox(self.links_group)
        self.question_box.setObjectName("question")
        self.finding_edit = QLineEdit(self.links_group)
        self.finding_edit.setObjectName("finding")
        self.add_finding_button = QPushButton(self.links_group)
        self.add_finding_button.setObjectName("add_finding")
        self.add_finding_button.clicked.connect(self.add_finding)
        self._surveys = {choice.id: choice for choice in service.survey_choices()}
        for choice in self._surveys.values():
            year = fiscal_year_text(choice.fiscal_year)
            self.survey_box.addItem(f"{choice.title} ({year})", item_data(choice.id))
        self.survey_box.currentIndexChanged.connect(self._fill_questions)
        for widget in (
            self.survey_box,
            self.question_box,
            self.finding_edit,
            self.add_finding_button,
        ):
            widget.setEnabled(bool(self._surveys))
        links_box = QVBoxLayout(self.links_group)
        links_box.addWidget(self.links_list, 1)
        links_box.addWidget(self.remove_link_button, 0, Qt.AlignmentFlag.AlignRight)
        finding_row = QHBoxLayout()
        finding_row.addWidget(self.survey_box, 2)
        finding_row.addWidget(self.question_box, 2)
        links_box.addLayout(finding_row)
        finding_row2 = QHBoxLayout()
        finding_row2.addWidget(self.finding_edit, 1)
        finding_row2.addWidget(self.add_finding_button)
        links_box.addLayout(finding_row2)

        self.problem_label = problem_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        self.form.setSpacing(layout.FORM_SPACING)
        self.labels = [QLabel(self) for _ in range(6)]
        rows: list[QWidget | QHBoxLayout] = [
            self.title_edit, self.reason_edit, self.owner_edit, due_row, self.status_box, self.outcome_edit,
        ]  # fmt: skip
        for label, row in zip(self.labels, rows, strict=True):
            if isinstance(row, QWidget):
                label.setBuddy(row)
            self.form.addRow(label, row)
        box = QVBoxLayout(self)
        box.setContentsMargins(*(layout.DIALOG_MARGIN,) * 4)
        box.setSpacing(layout.SPACING)
        box.addLayout(self.form)
        box.addWidget(self.links_group, 1)
        box.addWidget(self.problem_label)
        box.addWidget(self.buttons)

        if action_id is not None:
            detail = service.get_action(action_id)
            self._show_fields(detail.action.fields)
            for entry in detail.entries:
                self._add_link("entry", entry)
            for complaint in detail.complaints:
                self._add_link("complaint", complaint)
            for finding in detail.findings:
                self._add_link("finding", finding)
        for entry in service.describe_entries(entry_ids):
            if entry.id not in self.links().entry_ids:
                self._add_link("entry", entry)
        self._fill_questions()
        self.retranslate()

    # --- the fields ----------------------------------------------------------------------
    def _show_fields(self, fields: ImprovementFields) -> None:
        self.title_edit.setText(fields.title)
        self.reason_edit.setPlainText(fields.reason)
        self.owner_edit.setText(fields.owner)
        self.due_check.setChecked(fields.due_on is not None)
        if fields.due_on is not None:
            self.due_edit.setDate(fields.due_on)
        self.status_box.setCurrentIndex(self.status_box.findData(fields.status))
        self.outcome_edit.setPlainText(fields.outcome)
        self._completed_on = fields.completed_on

    def fields(self) -> ImprovementFields:
        return ImprovementFields(
            title=self.title_edit.text(),
            reason=self.reason_edit.toPlainText(),
            owner=self.owner_edit.text(),
            due_on=self.due_edit.date() if self.due_check.isChecked() else None,
            status=ImprovementStatus(self.status_box.currentData()),
            outcome=self.outcome_edit.toPlainText(),
            completed_on=getattr(self, "_completed_on", None),
        )

    # --- the links -------------------------------------------------------------------------
    def _link_text(self, kind: str, link: object) -> str:
        lang = current_language()
        if isinstance(link, LinkedEntry):
            words = link.text if len(link.text) <= TEXT_PREVIEW else link.text[:TEXT_PREVIEW] + "…"
            if link.withheld:  # PDPA s.26, as the listening log shows it
                words = self.tr("(sensitive personal data)")
            return self.tr("Entry {when}, {channel}: {text}").format(
                when=date_text(link.received_at, lang),
                channel=link.channel.in_language(lang),
                text=words,
            )
        if isinstance(link, LinkedComplaint):
            return self.tr("Complaint {number}: {subject}").format(
                number=link.number, subject=link.subject
            )
        assert isinstance(link, LinkedFinding)
        where = f"{link.survey} ({fiscal_year_text(link.fiscal_year)})" + (
            f" – {link.question}" if link.question else ""
        )
        return self.tr("Survey finding, {survey}: {finding}").format(
            survey=where, finding=link.finding
        )

    def _add_link(self, kind: str, link: object) -> None:
        item = QListWidgetItem(self._link_text(kind, link))
        item.setData(LINK_ROLE, (kind, link))
        self.links_list.addItem(item)

    def links(self) -> ImprovementLinks:
        entries, complaints, findings = [], [], []
        for row in range(self.links_list.count()):
            kind, link = self.links_list.item(row).data(LINK_ROLE)
            if kind == "entry":
                entries.append(link.id)
            elif kind == "complaint":
                complaints.append(link.id)
            else:
                findings.append(link.link)
        return ImprovementLinks(tuple(entries), tuple(complaints), tuple(findings))

    def remove_selected_link(self) -> None:
        for item in self.links_list.selectedItems():
            self.links_list.takeItem(self.links_list.row(item))

    def _chosen_survey(self) -> SurveyChoice | None:
        survey_id = current_uuid(self.survey_box)
        return self._surveys.get(survey_id) if survey_id is not None else None

    def _fill_questions(self) -> None:
        self.question_box.clear()
        self.question_box.addItem(self.tr("The survey as a whole"), None)
        choice = self._chosen_survey()
        for question_id, text in choice.questions if choice else ():
            self.question_box.addItem(text, item_data(question_id))

    def add_finding(self) -> None:
        choice = self._chosen_survey()
        if choice is None:
            return
        question_id = current_uuid(self.question_box)
        question = self.question_box.currentText() if question_id else ""
        finding = self.finding_edit.text().strip()
        self._add_link(
            "finding",
            LinkedFinding(
                choice.id, choice.title, choice.fiscal_year, question_id, question, finding
            ),
        )
        self.finding_edit.clear()

    # --- saving ------------------------------------------------------------------------------
    def save(self) -> None:
        """Store the action with its links; on a problem, say what to fix and keep the form."""

        def store() -> None:
            if self._action_id is None:
                self.saved_id = self._service.create_action(self.fields(), self.links())
            else:
                self._service.update_action(self._action_id, self.fields(), self.links())

        if stored(self, self.problem_label, store):
            self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Improvement action") if self._action_id else self.tr("New improvement action")
        )
        texts = [
            self.tr("&What will change:"), self.tr("W&hy:"), self.tr("&Owner:"), self.tr("&Due:"),
            self.tr("&Status:"), self.tr("O&utcome:"),
        ]  # fmt: skip
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.due_check.setText(self.tr("Has a due date"))
        self.due_check.setToolTip(self.tr("Set a due date"))
        self.outcome_edit.setPlaceholderText(self.tr("What came of it for the service recipients"))
        self.links_group.setTitle(self.tr("Because of"))
        self.remove_link_button.setText(self.tr("&Remove link"))
        self.finding_edit.setPlaceholderText(
            self.tr("What the survey showed, e.g. speed scored 3.21")
        )
        self.add_finding_button.setText(self.tr("Add survey &finding"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
