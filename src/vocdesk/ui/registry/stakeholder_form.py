"""The stakeholder form: register a person or organisation, or open and edit one.

Every field is checked by the registry's own rules (``domain.registry``) as soon as the user
leaves it, and the problem is shown under the field in the user's language; Save writes only a
record with no problem. A new record that looks like an existing one (same ID, phone or e-mail,
very similar name) is not saved at once: the form lists the look-alikes and offers to open one
instead, or to save anyway (``duplicates_panel.DuplicatesPanel``). The labels of the fields and
the lawful bases are ``stakeholder_texts``.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import timedelta

from PySide6.QtCore import QEvent, QRect, QSize, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vocdesk.domain.clock import thai_date, thai_today
from vocdesk.domain.enums import PartyType, StakeholderKind, StakeholderStatus
from vocdesk.domain.messages import Message, UserError
from vocdesk.domain.pdpa.terms import NoticePlace
from vocdesk.domain.provinces import PROVINCES
from vocdesk.domain.registry import (
    InvalidStakeholder,
    LawfulBasis,
    StakeholderDraft,
    check_stakeholder,
)
from vocdesk.domain.thai_id import format_national_id
from vocdesk.services.pdpa.consents import ConsentsService
from vocdesk.services.pdpa.notices import PrivacyNoticeService
from vocdesk.services.registry.edit import (
    DuplicatesFound,
    RegistryEditService,
    StakeholderRecord,
)
from vocdesk.services.registry.stakeholders import RegistryService, phone_display
from vocdesk.ui import layout
from vocdesk.ui.errors import show_error
from vocdesk.ui.i18n import counted, current_language, translate_message
from vocdesk.ui.labels import enum_choices
from vocdesk.ui.models.display import date_text
from vocdesk.ui.pdpa.consents_panel import ConsentsPanel
from vocdesk.ui.pdpa.notice_line import NoticeLine
from vocdesk.ui.pdpa.sensitive_check import SensitiveCheck
from vocdesk.ui.registry.duplicates_panel import WARNING_STYLE, DuplicatesPanel
from vocdesk.ui.registry.stakeholder_texts import field_labels, lawful_basis_text
from vocdesk.ui.widgets.be_date_edit import BuddhistDateEdit
from vocdesk.ui.widgets.choices import item_data, select_data, uuid_or_none
from vocdesk.ui.widgets.forms import PROBLEM_COLOUR, form_label, make_form
from vocdesk.ui.widgets.scrolling_fields import WINDOW_FRAME_ALLOWANCE, ScrollingFields

ERROR_STYLE = f"color: {PROBLEM_COLOUR};"
DEFAULT_RETENTION_DAYS = 5 * 365 + 1


class StakeholderForm(QDialog):
    saved = Signal(object)  # the record's id
    open_requested = Signal(object)  # an existing record's id, from the duplicates list

    def __init__(
        self,
        edit: RegistryEditService,
        registry: RegistryService,
        stakeholder_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
        *,
        consents: ConsentsService | None = None,  # None: the follow-up tick only (issue 19)
        notices: PrivacyNoticeService | None = None,  # None: no notice line
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stakeholder_form")
        self._edit = edit
        self._consents = consents
        self._notices = notices
        self._id = stakeholder_id
        self._touched: set[str] = set()
        self._errors: dict[str, QLabel] = {}
        self._labels: dict[str, QLabel] = {}
        self._build(registry)
        if stakeholder_id is not None:
            record = edit.load(stakeholder_id)
            self._show_draft(record.draft)
            self.sensitive_check.show_record(record, self.notes_edit)
            self._history = sum(record.history.values())
            self._record: StakeholderRecord | None = record
        else:
            self._history = 0
            self._record = None
        self.retranslate()
        screen = self.screen() or QGuiApplication.primaryScreen()
        self._available: QRect | None = None
        if screen is not None:
            self._available = screen.availableGeometry()
        self._fitted: QSize | None = None
        self.fit_to(self._available)
        self.name_edit.setFocus()

    def fit_to(self, available: QRect | None) -> None:
        """Open as large as the fields need, but no larger than ``available`` (the screen's room
        less its task bars) leaves with the window's frame: what does not fit scrolls, and the
        buttons below stay in sight."""
        # Before the first show Qt passes no change of a field's hint up to the layouts (the
        # texts were set after they were built): have them all ask again.
        self.ensurePolished()
        for each in self.findChildren(QLayout):
            each.invalidate()
        self.fields_area.updateGeometry()
        wanted = self.sizeHint()
        if available is not None:
            room = available.size() - QSize(WINDOW_FRAME_ALLOWANCE, WINDOW_FRAME_ALLOWANCE)
            wanted = wanted.boundedTo(room)
        self._available = available
        self.resize(wanted.expandedTo(self.minimumSizeHint()))
        self._fitted = self.size()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's virtual
        # Some fields settle their size only when first shown (their style sheets are applied
        # then): fit again, unless someone has sized the form since.
        if not event.spontaneous() and self._fitted is not None and self.size() == self._fitted:
            self.fit_to(self._available)
        self._fitted = None
        super().showEvent(event)

    # --- building ------------------------------------------------------------------------
    def _field(self, form: QFormLayout, key: str, widget: QWidget) -> None:
        """``widget`` with its label and, under it, the place for its problem."""
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(widget)
        error = QLabel(box)
        error.setObjectName(f"{key}_error")
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        error.hide()
        column.addWidget(error)
        column.addStretch(1)
        label = QLabel(self)
        label.setBuddy(widget)
        form.addRow(label, box)
        self._errors[key] = error
        self._labels[key] = label

    def _line(self, key: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(key)
        edit.editingFinished.connect(lambda key=key: self._touch(key))
        return edit

    def _combo(
        self, key: str, items: Sequence[tuple[str, object]], with_none: bool = False
    ) -> QComboBox:
        """Item data are plain texts (enum values, ids as text): Qt finds those by value, while a
        Python UUID in a QVariant is only equal to the very same object."""
        combo = QComboBox(self)
        combo.setObjectName(key)
        if with_none:
            combo.addItem("", None)
        for text, value in items:
            combo.addItem(text, item_data(value))
        return combo

    def _build(self, registry: RegistryService) -> None:
        lang = current_language()
        self.party_combo = self._combo("party_type", enum_choices(PartyType))
        self.name_edit = self._line("name")
        self.organisation_edit = self._line("organisation")
        self.kind_combo = self._combo("kind", enum_choices(StakeholderKind))
        self.status_combo = self._combo("status", enum_choices(StakeholderStatus))
        self.segment_combo = self._combo(
            "segment",
            [(s.name.in_language(lang), s.id) for s in registry.segment_choices()],
            with_none=True,
        )
        self.national_id_edit = self._line("national_id")
        self.phone_edit = self._line("phone")
        self.phone2_edit = self._line("phone2")
        self.email_edit = self._line("email")
        self.line_id_edit = self._line("line_id")
        self.address_edit = QPlainTextEdit(self)
        self.address_edit.setObjectName("address")
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setFixedHeight(60)
        self.province_combo = self._combo("province", [(p.name_th if lang == "th" else f"{p.name_en} ({p.name_th})",
                                                        p.name_th) for p in PROVINCES], with_none=True)  # fmt: skip
        self.channel_combo = self._combo(
            "preferred_channel",
            [(n.in_language(lang), i) for i, n in self._edit.channel_choices()],
            with_none=True,
        )
        self.external_ref_edit = self._line("external_ref")
        self.tags_edit = self._line("tags")
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("notes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(60)
        self.basis_combo = self._combo(
            "lawful_basis", [(lawful_basis_text(b), b) for b in LawfulBasis], with_none=True
        )
        self.consent_check = QCheckBox(self)
        self.consent_check.setObjectName("consent_follow_up")
        self.consent_date_edit = BuddhistDateEdit(self, thai_today())
        self.consent_date_edit.setObjectName("consent_date")
        self.retention_check = QCheckBox(self)
        self.retention_check.setObjectName("has_retention")
        self.retention_edit = BuddhistDateEdit(
            self, thai_today() + timedelta(days=DEFAULT_RETENTION_DAYS)
        )
        self.retention_edit.setObjectName("retention_until")
        self.consent_check.toggled.connect(self._consent_toggled)
        self.retention_check.toggled.connect(self.retention_edit.setEnabled)
        self._consent_toggled(False)
        self.retention_edit.setEnabled(False)
        for combo in (self.party_combo, self.kind_combo, self.status_combo, self.segment_combo,
                      self.province_combo, self.channel_combo, self.basis_combo):  # fmt: skip
            name = combo.objectName()
            combo.currentIndexChanged.connect(lambda _i, key=name: self._touch(key))
        for date_edit in (self.consent_date_edit, self.retention_edit):
            name = date_edit.objectName()
            date_edit.dateChanged.connect(lambda _d, key=name: self._touch(key))

        self.who_box = QGroupBox(self)
        who = make_form(self.who_box)
        self._field(who, "party_type", self.party_combo)
        self._field(who, "name", self.name_edit)
        self._field(who, "organisation", self.organisation_edit)
        self._field(who, "kind", self.kind_combo)
        self._field(who, "segment", self.segment_combo)
        self._field(who, "status", self.status_combo)
        self._field(who, "national_id", self.national_id_edit)
        self._field(who, "external_ref", self.external_ref_edit)
        self._field(who, "tags", self.tags_edit)
        self._field(who, "notes", self.notes_edit)

        self.contact_box = QGroupBox(self)
        contact = make_form(self.contact_box)
        self._field(contact, "phone", self.phone_edit)
        self._field(contact, "phone2", self.phone2_edit)
        self._field(contact, "email", self.email_edit)
        self._field(contact, "line_id", self.line_id_edit)
        self._field(contact, "address", self.address_edit)
        self._field(contact, "province", self.province_combo)
        self._field(contact, "preferred_channel", self.channel_combo)
        self.officer_edit = self._line("relationship_officer")
        self._field(contact, "relationship_officer", self.officer_edit)
        self.interval_spin = QSpinBox(self)
        self.interval_spin.setObjectName("contact_every_months")
        self.interval_spin.setRange(0, 60)  # 0 shows the special text: the segment's interval
        self._field(contact, "contact_every_months", self.interval_spin)

        self.pdpa_box = QGroupBox(self)
        pdpa = make_form(self.pdpa_box)
        self.notice_line: NoticeLine | None = None
        if self._notices is not None:
            self.notice_line = NoticeLine(
                self._notices, NoticePlace.STAKEHOLDER_FORM, self, stakeholder_id=self._id
            )
            pdpa.addRow(self.notice_line)
        self._field(pdpa, "lawful_basis", self.basis_combo)
        self._field(pdpa, "consent_follow_up", self.consent_check)
        self._field(pdpa, "consent_date", self.consent_date_edit)
        self.consents_panel: ConsentsPanel | None = None
        if self._consents is not None and self._id is not None:
            # A saved person's consents, per purpose, each saved at once; the follow-up tick
            # and its date (the same consent) give way to the panel.
            notice_line = self.notice_line
            self.consents_panel = ConsentsPanel(
                self._consents, self._id,
                lambda: notice_line.notice if notice_line is not None else None, self,
            )  # fmt: skip
            self.consents_panel.changed.connect(self._consents_changed)
            self.consents_label = QLabel(self)
            pdpa.addRow(self.consents_label, self.consents_panel)
            for key in ("consent_follow_up", "consent_date"):
                pdpa.setRowVisible(self._labels[key], False)
        self.sensitive_check = SensitiveCheck(self._edit, self)  # PDPA s.26 (P5)
        pdpa.addRow(self.sensitive_check)
        self._field(pdpa, "has_retention", self.retention_check)
        self._field(pdpa, "retention_until", self.retention_edit)

        self.duplicates_frame = DuplicatesPanel(self)
        self.duplicates_list = self.duplicates_frame.duplicates_list
        self.open_existing_button = self.duplicates_frame.open_existing_button
        self.duplicates_frame.open_requested.connect(self._open_existing)
        self.duplicates_frame.save_anyway_requested.connect(
            lambda: self.save(allow_duplicates=True)
        )

        self.record_label = QLabel(self)
        self.record_label.setObjectName("record_info")
        self.warning_label = QLabel(self)
        self.warning_label.setObjectName("warnings")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(WARNING_STYLE)
        self.warning_label.hide()
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda: self.save())
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.clicked.connect(self.reject)
        save_shortcut = QShortcut(QKeySequence("Ctrl+S"), self)
        save_shortcut.activated.connect(lambda: self.save())

        right = QVBoxLayout()
        right.addWidget(self.contact_box)
        right.addWidget(self.pdpa_box)
        right.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.who_box)
        left.addStretch(1)
        fields = QWidget(self)
        columns = QHBoxLayout(fields)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(layout.SECTION_SPACING)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.fields_area = ScrollingFields(fields, self)
        self.fields_area.setObjectName("stakeholder_fields")
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_label)
        buttons.addWidget(self.warning_label, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(
            layout.DIALOG_MARGIN, layout.DIALOG_MARGIN, layout.DIALOG_MARGIN, layout.DIALOG_MARGIN
        )
        column.addWidget(self.fields_area, 1)
        column.addWidget(self.duplicates_frame)
        column.addLayout(buttons)

    def _consent_toggled(self, checked: bool) -> None:
        self.consent_date_edit.setEnabled(checked)

    def _consents_changed(self) -> None:
        """A consent was given or withdrawn from the panel: the record's follow-up columns and
        its version moved; read them again so that Save neither undoes nor refuses it."""
        if self._id is None:
            return
        record = self._edit.load(self._id)
        self._record = record
        self.consent_check.setChecked(record.draft.consent_follow_up)
        if record.draft.consent_date is not None:
            self.consent_date_edit.setDate(record.draft.consent_date)

    # --- values --------------------------------------------------------------------------
    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        if not select_data(combo, value):
            combo.setCurrentIndex(0)

    def _show_draft(self, draft: StakeholderDraft) -> None:
        self._select(self.party_combo, draft.party_type)
        self.name_edit.setText(draft.name)
        self.organisation_edit.setText(draft.organisation)
        self._select(self.kind_combo, draft.kind)
        self._select(self.status_combo, draft.status)
        self._select(self.segment_combo, draft.segment_id)
        self.national_id_edit.setText(
            format_national_id(draft.national_id) if draft.national_id else ""
        )
        self.phone_edit.setText(phone_display(draft.phone))
        self.phone2_edit.setText(phone_display(draft.phone2))
        self.email_edit.setText(draft.email)
        self.line_id_edit.setText(draft.line_id)
        self.address_edit.setPlainText(draft.address)
        self._select(self.province_combo, draft.province or None)
        self._select(self.channel_combo, draft.preferred_channel_id)
        self.external_ref_edit.setText(draft.external_ref)
        self.officer_edit.setText(draft.relationship_officer)
        self.interval_spin.setValue(draft.contact_every_months or 0)
        self.tags_edit.setText("; ".join(draft.tags))
        self.notes_edit.setPlainText(draft.notes)
        self._select(self.basis_combo, draft.lawful_basis)
        self.consent_check.setChecked(draft.consent_follow_up)
        if draft.consent_date is not None:
            self.consent_date_edit.setDate(draft.consent_date)
        self.retention_check.setChecked(draft.retention_until is not None)
        if draft.retention_until is not None:
            self.retention_edit.setDate(draft.retention_until)

    def draft(self) -> StakeholderDraft:
        """What the form holds now, as typed."""
        consent = self.consent_check.isChecked()
        return StakeholderDraft(
            name=self.name_edit.text(),
            party_type=PartyType(self.party_combo.currentData()),
            kind=StakeholderKind(self.kind_combo.currentData()),
            status=StakeholderStatus(self.status_combo.currentData()),
            organisation=self.organisation_edit.text(),
            segment_id=uuid_or_none(self.segment_combo.currentData()),
            national_id=self.national_id_edit.text(),
            phone=self.phone_edit.text(),
            phone2=self.phone2_edit.text(),
            email=self.email_edit.text(),
            line_id=self.line_id_edit.text(),
            address=self.address_edit.toPlainText(),
            province=self.province_combo.currentData() or "",
            preferred_channel_id=uuid_or_none(self.channel_combo.currentData()),
            external_ref=self.external_ref_edit.text(),
            tags=tuple(
                t.strip() for t in self.tags_edit.text().replace(",", ";").split(";") if t.strip()
            ),
            notes=self.notes_edit.toPlainText(),
            lawful_basis=LawfulBasis(self.basis_combo.currentData())
            if self.basis_combo.currentData()
            else None,
            consent_follow_up=consent,
            consent_date=self.consent_date_edit.date() if consent else None,
            retention_until=self.retention_edit.date()
            if self.retention_check.isChecked()
            else None,
            relationship_officer=self.officer_edit.text(),
            contact_every_months=self.interval_spin.value() or None,
        )

    # --- checking and saving -------------------------------------------------------------
    def _touch(self, key: str) -> None:
        self._touched.add(key)
        self.validate()

    def validate(self, every_field: bool = False) -> bool:
        """Show the problems of the fields the user has been in (all with ``every_field``)."""
        problems: dict[str, Message] = {}
        warnings: dict[str, Message] = {}
        try:
            warnings = check_stakeholder(self.draft(), thai_today()).warnings
        except InvalidStakeholder as invalid:
            problems = invalid.problems
        for key, label in self._errors.items():
            message = problems.get(key)
            shown = message is not None and (every_field or key in self._touched)
            label.setText(translate_message(message) if shown and message else "")
            label.setVisible(shown)
        self._show_warnings(warnings)
        return not problems

    def _show_warnings(self, warnings: dict[str, Message]) -> None:
        text = "\n".join(translate_message(m) for m in warnings.values())
        self.warning_label.setText(text)
        self.warning_label.setVisible(bool(text))

    def save(self, allow_duplicates: bool = False) -> bool:
        if not self.validate(every_field=True):
            first = next(key for key, label in self._errors.items() if label.isVisible())
            widget = self._labels[first].buddy()
            if widget is not None:
                widget.setFocus()
            return False
        try:
            if self._id is None:
                result = self._edit.create(self.draft(), allow_duplicates=allow_duplicates)
            else:
                version = self._record.version if self._record is not None else None
                result = self._edit.update(self._id, self.draft(), version=version)
        except DuplicatesFound as found:
            self.duplicates_frame.show_matches(found.matches)
            return False
        except InvalidStakeholder as invalid:  # a rule needing the database (a reference in use)
            for key, message in invalid.problems.items():
                if key in self._errors:
                    self._errors[key].setText(translate_message(message))
                    self._errors[key].show()
            return False
        except UserError as error:
            show_error(self, error)
            return False
        self._id = result.id
        self.sensitive_check.save(result.id)
        if self.notice_line is not None:
            self.notice_line.record(result.id)
        self.saved.emit(result.id)
        self.accept()
        return True

    def _open_existing(self, stakeholder_id: uuid.UUID) -> None:
        self.open_requested.emit(stakeholder_id)
        self.reject()

    # --- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        if self._id is None:
            self.setWindowTitle(self.tr("New stakeholder"))
        else:
            self.setWindowTitle(self.tr("Stakeholder: {name}").format(name=self.name_edit.text()))
        self.who_box.setTitle(self.tr("Who"))
        self.contact_box.setTitle(self.tr("Contact"))
        self.pdpa_box.setTitle(self.tr("Personal data (PDPA)"))
        if self.consents_panel is not None:
            self.consents_label.setText(form_label(self.tr("Consents")))
        for key, text in field_labels().items():
            self._labels[key].setText(form_label(text))
        self.consent_check.setText(
            self.tr("Agrees to follow-up contacts (e.g. satisfaction surveys)")
        )
        self.retention_check.setText(self.tr("Erase the data after a set date"))
        self.interval_spin.setSpecialValueText(self.tr("as the segment's priority says"))
        self.interval_spin.setSuffix(self.tr(" months"))
        self.national_id_edit.setPlaceholderText(self.tr("13 digits, e.g. 1-2345-67890-12-3"))
        self.phone_edit.setPlaceholderText(self.tr("e.g. 081 234 5678"))
        self.email_edit.setPlaceholderText(self.tr("name@example.go.th"))
        self.province_combo.setItemText(0, self.tr("(not given)"))
        self.segment_combo.setItemText(0, self.tr("(none)"))
        self.channel_combo.setItemText(0, self.tr("(none)"))
        self.basis_combo.setItemText(0, self.tr("(not recorded)"))
        for index, basis in enumerate(LawfulBasis, start=1):
            self.basis_combo.setItemText(index, lawful_basis_text(basis))
        self.duplicates_frame.retranslate()
        self.save_button.setText(self.tr("&Save"))
        self.record_label.setText(self._record_text())
        self.cancel_button.setText(self.tr("Cancel"))
        self.validate()

    def _record_text(self) -> str:
        record = self._record
        if record is None:
            return ""
        lang = current_language()
        text = counted(
            self.tr("Registered {date} · history: %Ln record(s)", "", self._history), self._history
        ).format(date=date_text(thai_date(record.created_at), lang))
        if record.archived:
            text += " · " + self.tr("archived")
        return text

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def record_id(self) -> uuid.UUID | None:
        return self._id

    @property
    def history_count(self) -> int:
        return self._history


__all__ = ["StakeholderForm"]
