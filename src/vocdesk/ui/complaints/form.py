"""Register a complaint case in seconds, keyboard first.

The cursor starts in the subject; Tab walks the fields in reading order; Ctrl+Enter saves.
Received now, by telephone, medium priority are the defaults. While the subject, details,
category and place are typed, open cases that look the same are listed underneath (after a
short pause in typing): tick "This is a duplicate of the selected case" to link the new one.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import datetime, time
from pathlib import Path

from PySide6.QtCore import QEvent, QStringListModel, Qt, QTime, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from vocdesk.domain.accounts import Permission
from vocdesk.domain.clock import THAI_TIME, thai_time
from vocdesk.domain.enums import Priority
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, user_error
from vocdesk.domain.pdpa.terms import NoticePlace
from vocdesk.domain.provinces import PROVINCES
from vocdesk.domain.tables import TableQuery
from vocdesk.services.complaints.cases import (
    MAX_ATTACHMENT_BYTES,
    AttachmentFile,
    CaseDraft,
    CaseLink,
    ComplaintCasesService,
)
from vocdesk.services.pdpa.notices import PrivacyNoticeService
from vocdesk.services.registry.stakeholders import RegistryService, StakeholderRow
from vocdesk.ui import layout
from vocdesk.ui.errors import show_error
from vocdesk.ui.i18n import current_language
from vocdesk.ui.labels import enum_choices, enum_label
from vocdesk.ui.models.display import date_text
from vocdesk.ui.pdpa.notice_line import NoticeLine
from vocdesk.ui.widgets.be_date_edit import BuddhistDateEdit
from vocdesk.ui.widgets.choices import fill_choices, select_data
from vocdesk.ui.widgets.forms import make_form

DUPLICATE_CHECK_DELAY_MS = 400
PEOPLE_SEARCH_DELAY_MS = (
    200  # as the listening form's stakeholder search: one query per pause in typing
)
PEOPLE_MATCHES = 12


class ComplaintForm(QDialog):
    """The registration form; ``registered`` holds the new case after Save."""

    def __init__(
        self, cases: ComplaintCasesService, parent: QWidget | None = None, draft: CaseDraft | None = None,
        case_id: uuid.UUID | None = None, *, registry: RegistryService | None = None,
        notices: PrivacyNoticeService | None = None,
    ) -> None:  # fmt: skip
        """A new case, prefilled from ``draft`` if given; with ``case_id``, the correction of
        that registered case (``draft`` then holds its fields). ``registry`` finds complainants
        (default: the one ``cases`` was given); ``notices`` shows the privacy notice line for a
        named complainant (issue 19), recorded as shown on save when ticked."""
        super().__init__(parent)
        self._registry = registry if registry is not None else cases.registry
        self._case_id = case_id
        self.setObjectName("complaint_form")
        self.setMinimumWidth(layout.DIALOG_MIN_WIDTH + 280)
        self._cases = cases
        self._draft = draft
        self._attachments: list[AttachmentFile] = []
        self.registered: CaseLink | None = None
        self.notice_line: NoticeLine | None = None  # built with the complainant's row

        self.subject = QLineEdit(self)
        self.subject.setObjectName("subject")
        self.subject.setMaxLength(500)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("details")
        self.details.setTabChangesFocus(True)
        self.details.setFixedHeight(90)
        self.category = QComboBox(self)
        self.category.setObjectName("category")
        self.channel = QComboBox(self)
        self.channel.setObjectName("channel")
        self.received_date = BuddhistDateEdit(self)
        self.received_time = QTimeEdit(self)
        self.received_time.setDisplayFormat("HH:mm")
        self.priority = QComboBox(self)
        for text, value in enum_choices(Priority):
            self.priority.addItem(text, value)
        select_data(self.priority, Priority.MEDIUM)
        self.anonymous = QCheckBox(self)
        self.anonymous.setObjectName("anonymous")
        self.complainant = QLineEdit(self)
        self.complainant.setObjectName("complainant")
        # Typing a name, phone, ID or organisation offers the registry's people (searched after a
        # pause in typing): choosing one links the case to them.
        self._people: dict[str, StakeholderRow] = {}
        self._stakeholder_id: uuid.UUID | None = draft.stakeholder_id if draft else None
        self._people_model = QStringListModel(self)
        self._people_completer = QCompleter(self._people_model, self)
        # The service already chose the matches (by phone or ID too): the popup shows them all.
        self._people_completer.setCompletionMode(
            QCompleter.CompletionMode.UnfilteredPopupCompletion
        )
        self.complainant.setCompleter(self._people_completer)
        self._people_timer = QTimer(self)
        self._people_timer.setSingleShot(True)
        self._people_timer.setInterval(PEOPLE_SEARCH_DELAY_MS)
        self._people_timer.timeout.connect(self.find_people)
        self.complainant.textEdited.connect(self._person_typed)
        self._people_completer.activated.connect(self.choose_person)
        self.contact = QLineEdit(self)
        self.province = QComboBox(self)
        self.province.setObjectName("province")
        self.province.setEditable(True)
        self.province.addItem("")
        for province in PROVINCES:
            self.province.addItem(province.name_th)
        completer = self.province.completer()
        assert completer is not None  # an editable combo box has one
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.district = QLineEdit(self)
        self.district.setObjectName("district")
        self.service = QComboBox(self)
        self.confidential = QCheckBox(self)
        self.confidential.setObjectName("confidential")
        self.unit = QLineEdit(self)
        self.assigned_to = QLineEdit(self)
        self.attachment_list = QListWidget(self)
        self.attachment_list.setFixedHeight(54)
        self.add_attachment = QPushButton(self)
        self.remove_attachment = QPushButton(self)
        self.duplicates = QListWidget(self)
        self.duplicates.setObjectName("duplicates")
        self.duplicates.setFixedHeight(80)
        self.duplicate_label = QLabel(self)
        self.is_duplicate = QCheckBox(self)
        self.is_duplicate.setObjectName("is_duplicate")
        self.is_duplicate.setEnabled(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )

        when = QHBoxLayout()
        when.addWidget(self.received_date, 1)
        when.addWidget(self.received_time)
        person = QHBoxLayout()
        person.addWidget(self.anonymous)
        person.addWidget(self.complainant, 2)
        person.addWidget(self.contact, 1)
        place = QHBoxLayout()
        place.addWidget(self.province, 1)
        place.addWidget(self.district, 1)
        handling = QHBoxLayout()
        handling.addWidget(self.unit, 1)
        handling.addWidget(self.assigned_to, 1)
        files = QHBoxLayout()
        files.addWidget(self.attachment_list, 1)
        file_buttons = QVBoxLayout()
        file_buttons.addWidget(self.add_attachment)
        file_buttons.addWidget(self.remove_attachment)
        files.addLayout(file_buttons)

        self.form = make_form()  # the house style of forms (widgets/forms.py)
        self._rows: dict[str, QLabel] = {}
        for key, widget in (
            ("subject", self.subject), ("details", self.details), ("category", self.category),
            ("channel", self.channel), ("received", when), ("priority", self.priority),
            ("complainant", person), ("place", place), ("service", self.service),
            ("confidential", self.confidential), ("handling", handling), ("files", files),
        ):  # fmt: skip
            label = QLabel(self)
            self._rows[key] = label
            self.form.addRow(label, widget)
            if isinstance(widget, QWidget):
                label.setBuddy(widget)
            if key == "complainant" and notices is not None and case_id is None:
                self.notice_line = NoticeLine(notices, NoticePlace.COMPLAINT_FORM, self)
                self.form.addRow("", self.notice_line)
                self._show_notice_tick()
        self._rows["subject"].setBuddy(self.subject)
        box = QVBoxLayout(self)
        box.setContentsMargins(
            layout.DIALOG_MARGIN, layout.DIALOG_MARGIN, layout.DIALOG_MARGIN, layout.DIALOG_MARGIN
        )
        box.addLayout(self.form)
        box.addWidget(self.duplicate_label)
        box.addWidget(self.duplicates)
        box.addWidget(self.is_duplicate)
        box.addWidget(self.buttons)

        self._duplicate_timer = QTimer(self)
        self._duplicate_timer.setSingleShot(True)
        self._duplicate_timer.setInterval(DUPLICATE_CHECK_DELAY_MS)
        self._duplicate_timer.timeout.connect(self.check_duplicates)
        for signal in (self.subject.textChanged, self.details.textChanged, self.district.textChanged,
                       self.category.currentIndexChanged, self.province.currentTextChanged):  # fmt: skip
            signal.connect(self._duplicate_timer.start)
        self.duplicates.currentRowChanged.connect(
            lambda row: self.is_duplicate.setEnabled(row >= 0)
        )
        self.anonymous.toggled.connect(self._anonymous_toggled)
        self.add_attachment.clicked.connect(self._choose_files)
        self.remove_attachment.clicked.connect(self._remove_file)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.save)

        self._load_choices()
        now = thai_time(cases_now())
        self.received_date.setDate(now.date())
        self.received_time.setTime(QTime(now.hour, now.minute))
        if draft is not None:
            self._fill(draft)
        # The assignee and (once registered) the confidential flag decide who reads a case:
        # only those who manage cases change them (services.complaints.access).
        manages = cases.may(Permission.MANAGE_CASES)
        self.assigned_to.setReadOnly(not manages)
        self.confidential.setEnabled(manages or case_id is None)
        self.retranslate()
        self.subject.setFocus()

    # --- filling --------------------------------------------------------------------------
    def _load_choices(self) -> None:
        fill_choices(self.category, self._cases.categories())
        fill_choices(self.channel, self._cases.channels())
        select_data(
            self.channel, next((c.id for c in self._cases.channels() if c.code == "phone"), None)
        )
        fill_choices(self.service, self._cases.services(), optional=True)

    def _fill(self, draft: CaseDraft) -> None:
        self.subject.setText(draft.subject)
        self.details.setPlainText(draft.details)
        select_data(self.channel, draft.channel_id)
        if draft.category_id is not None:
            select_data(self.category, draft.category_id)
        select_data(self.service, draft.service_id)
        moment = thai_time(draft.received_at)
        self.received_date.setDate(moment.date())
        self.received_time.setTime(QTime(moment.hour, moment.minute))
        self.complainant.setText(draft.complainant_name)
        self.contact.setText(draft.complainant_contact)
        self.anonymous.setChecked(draft.anonymous)
        self.province.setCurrentText(draft.province)
        self.district.setText(draft.district)
        select_data(self.priority, draft.priority)
        self.confidential.setChecked(draft.confidential)
        self.unit.setText(draft.unit)
        self.assigned_to.setText(draft.assigned_to)

    def _person_typed(self) -> None:
        self._stakeholder_id = None  # typed, not chosen: a new person unless one is chosen
        self._show_notice_tick()
        self._people_timer.start()

    def _show_notice_tick(self) -> None:
        """The notice shown is recorded for a person of the registry: the tick needs one chosen."""
        line = self.notice_line
        if line is not None and line.notice is not None:
            chosen = self._stakeholder_id is not None
            line.shown_check.setEnabled(chosen)
            line.shown_check.setToolTip(
                "" if chosen else self.tr("Choose the complainant from the registry to record "
                                          "that the notice was shown to them.")
            )  # fmt: skip

    def find_people(self) -> None:
        """Offer the registry's people matching what the complainant field holds."""
        self._people_timer.stop()
        words = " ".join(self.complainant.text().split())
        found = [] if len(words) < 2 else self._registry.list_stakeholders(
            TableQuery(search=words, language=current_language()), 0, PEOPLE_MATCHES)  # fmt: skip
        self._people = {" ".join(filter(None, (p.name, p.organisation and f"({p.organisation})", p.phone))): p
                        for p in found}  # fmt: skip
        self._people_model.setStringList(list(self._people))
        if self._people and self.complainant.hasFocus():
            self._people_completer.complete()

    def choose_person(self, shown: str) -> None:
        """Link the case to the registry's person shown as ``shown`` in the completer."""
        person = self._people.get(shown)
        if person is None:
            return
        self._stakeholder_id = person.id
        self._show_notice_tick()
        self.complainant.setText(person.name)
        if person.revealed:  # a masked phone ("08x-xxx-5678") is no contact: the registry has it
            self.contact.setText(person.phone)

    def _anonymous_toggled(self, anonymous: bool) -> None:
        self.complainant.setEnabled(not anonymous)
        self.contact.setEnabled(not anonymous)
        if self.notice_line is not None:  # a notice is for a named complainant only
            self.notice_line.setVisible(not anonymous)

    # --- attachments ----------------------------------------------------------------------
    def _choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        for path in paths:
            self.attach_file(Path(path))

    def attach_file(self, path: Path) -> None:
        try:
            if path.stat().st_size > MAX_ATTACHMENT_BYTES:
                raise _too_big(path.name)
            self._attachments.append(AttachmentFile(path.name, path.read_bytes()))
        except UserError as error:
            show_error(self, error)
            return
        except OSError as error:
            show_error(self, error)
            return
        self.attachment_list.addItem(path.name)

    def _remove_file(self) -> None:
        row = self.attachment_list.currentRow()
        if row >= 0:
            self.attachment_list.takeItem(row)
            del self._attachments[row]

    # --- duplicates -------------------------------------------------------------------------
    def check_duplicates(self) -> None:
        self._duplicate_timer.stop()
        found = self._cases.possible_duplicates(
            self.category.currentData(), self.province.currentText(), self.district.text(),
            f"{self.subject.text()} {self.details.toPlainText()}", exclude_id=self._case_id,
        )  # fmt: skip
        lang = current_language()
        self.duplicates.clear()
        for case in found:
            item = QListWidgetItem(f"{case.number}  ·  {date_text(case.received_at, lang)}  ·  "
                                   f"{enum_label(case.status)}  ·  {case.subject}")  # fmt: skip
            item.setData(Qt.ItemDataRole.UserRole, case.id)
            self.duplicates.addItem(item)
        self.is_duplicate.setChecked(False)
        self.is_duplicate.setEnabled(False)
        self._show_duplicate_count()

    def _show_duplicate_count(self) -> None:
        count = self.duplicates.count()
        self.duplicate_label.setText(
            self.tr("Possible duplicates (open cases of the same category and place): {count}").format(count=count)
            if count else self.tr("No similar open case found.")
        )  # fmt: skip

    # --- saving -------------------------------------------------------------------------------
    def draft(self) -> CaseDraft:
        moment = datetime.combine(self.received_date.date(), time(self.received_time.time().hour(),
                                  self.received_time.time().minute()), tzinfo=THAI_TIME)  # fmt: skip
        base = self._draft or CaseDraft(
            received_at=moment, channel_id=None, category_id=None, subject=""
        )
        duplicate_of: uuid.UUID | None = base.duplicate_of_id
        if self.is_duplicate.isChecked() and self.duplicates.currentItem() is not None:
            duplicate_of = self.duplicates.currentItem().data(Qt.ItemDataRole.UserRole)
        return replace(
            base, received_at=moment, channel_id=self.channel.currentData(), category_id=self.category.currentData(),
            subject=self.subject.text(), details=self.details.toPlainText(), anonymous=self.anonymous.isChecked(),
            stakeholder_id=None if self.anonymous.isChecked() else self._stakeholder_id,
            complainant_name=self.complainant.text(), complainant_contact=self.contact.text(),
            service_id=self.service.currentData(), province=self.province.currentText(),
            district=self.district.text(), priority=self.priority.currentData(),
            confidential=self.confidential.isChecked(), unit=self.unit.text(),
            assigned_to=self.assigned_to.text(), duplicate_of_id=duplicate_of,
            attachments=tuple(self._attachments),
        )  # fmt: skip

    def save(self) -> None:
        try:
            if self._case_id is not None:
                self._cases.update_case(self._case_id, self.draft())
            else:
                self.registered = self._cases.register(self.draft())
        except UserError as error:
            show_error(self, error)
            return
        self._record_notice()
        self.accept()

    def _record_notice(self) -> None:
        """The notice shown to the named complainant, once the case (and the person) is saved."""
        line = self.notice_line
        if line is None or self.registered is None or self.anonymous.isChecked():
            return
        line.record(self._stakeholder_id)  # with the tick, for the person chosen in the registry

    # --- language -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        if self._case_id is None:
            self.setWindowTitle(self.tr("Register a complaint case"))
        else:
            self.setWindowTitle(self.tr("Correct the case's details"))
        texts = {
            "subject": self.tr("&Subject:"), "details": self.tr("&Details:"), "category": self.tr("Ca&tegory:"),
            "channel": self.tr("C&hannel:"), "received": self.tr("&Received:"), "priority": self.tr("&Priority:"),
            "complainant": self.tr("Complai&nant:"), "place": self.tr("P&lace:"),
            "service": self.tr("Ser&vice concerned:"), "confidential": self.tr("Confidential:"),
            "handling": self.tr("&Unit and officer:"), "files": self.tr("Attachments:"),
        }  # fmt: skip
        for key, text in texts.items():
            self._rows[key].setText(text)
        self._rows["place"].setBuddy(self.province)
        self._rows["received"].setBuddy(self.received_date)
        self._rows["complainant"].setBuddy(self.complainant)
        self._rows["handling"].setBuddy(self.unit)
        self.anonymous.setText(self.tr("Anonymous"))
        self.complainant.setPlaceholderText(self.tr("Name (type to find in the registry)"))
        self.contact.setPlaceholderText(self.tr("Telephone, e-mail or LINE"))
        province_edit = self.province.lineEdit()
        assert province_edit is not None  # an editable combo box has one
        province_edit.setPlaceholderText(self.tr("Province"))
        self.district.setPlaceholderText(self.tr("District"))
        self.unit.setPlaceholderText(self.tr("Unit"))
        self.assigned_to.setPlaceholderText(self.tr("Officer (login name)"))
        self.confidential.setText(
            self.tr("Details only for the officers allowed (e.g. a report of misconduct)")
        )
        self.service.setItemText(0, self.tr("(none)"))
        self.add_attachment.setText(self.tr("&Attach…"))
        self.remove_attachment.setText(self.tr("Remove"))
        self.is_duplicate.setText(self.tr("This is a duplicate of the selected case"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("Save (Ctrl+Enter)")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._show_duplicate_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def cases_now() -> datetime:
    return datetime.now(THAI_TIME)


def _too_big(name: str) -> UserError:
    return user_error("ComplaintCases", QT_TRANSLATE_NOOP("ComplaintCases",
                      "{name} is larger than {limit} MB: attach a smaller file."),
                      name=name, limit=MAX_ATTACHMENT_BYTES // (1024 * 1024))  # fmt: skip
