"""The stakeholder form's PDPA section (issue 19): the privacy notice line (its version, the whole
text, the "shown" tick recorded on save) and the consents panel (give and withdraw per purpose,
saved at once, the form's follow-up state and version read again so Save keeps them)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from vocdesk.domain.pdpa.terms import ConsentPurpose, NoticePlace
from vocdesk.domain.registry import StakeholderDraft
from vocdesk.services.database import Database, open_database
from vocdesk.services.pdpa.consents import ConsentsService
from vocdesk.services.pdpa.notices import PrivacyNoticeService
from vocdesk.services.registry.edit import RegistryEditService
from vocdesk.services.registry.stakeholders import RegistryService
from vocdesk.ui.fonts import install_thai_font
from vocdesk.ui.i18n import LanguageManager
from vocdesk.ui.registry.stakeholder_form import StakeholderForm

TODAY = date(2026, 12, 4)
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
NOTICE_TH = (
    "เทศบาลเก็บรวบรวมชื่อ ที่อยู่ และหมายเลขโทรศัพท์ของท่าน เพื่อให้บริการและติดตามผลความพึงพอใจ\n"
    "ท่านมีสิทธิขอเข้าถึง แก้ไข หรือลบข้อมูลได้ที่งานประชาสัมพันธ์"
)
NOTICE_EN = (
    "The municipality collects your name, address and phone number to serve you and follow up "
    "on your satisfaction.\nYou may ask to see, correct or erase them at the public relations desk."
)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "consents.sqlite")
    yield database
    database.dispose()


@pytest.fixture
def languages(qapp, compiled_translations: Path) -> Iterator[LanguageManager]:
    manager = LanguageManager(qapp, compiled_translations)
    yield manager
    manager.uninstall()
    manager.deleteLater()


def _form(qtbot, db: Database, person=None) -> StakeholderForm:
    form = StakeholderForm(
        RegistryEditService(db, today=lambda: TODAY), RegistryService(db), person,
        consents=ConsentsService(db, today=lambda: TODAY), notices=PrivacyNoticeService(db),
    )  # fmt: skip
    qtbot.addWidget(form)
    return form


def test_a_new_person_saved_with_the_notice_ticked_records_the_version_shown(
    qtbot, db: Database
) -> None:
    notices = PrivacyNoticeService(db)
    notices.publish(NOTICE_TH, NOTICE_EN)
    form = _form(qtbot, db)
    assert form.consents_panel is None  # not saved yet: the follow-up tick stays
    assert form.notice_line is not None
    assert "v1" in form.notice_line.summary_label.text()
    form.notice_line.show_notice()
    assert form.notice_line.dialog is not None
    assert "phone number" in form.notice_line.dialog.text_edit.toPlainText()
    form.notice_line.dialog.reject()
    form.name_edit.setText("นางสาว สมศรี ใจดี")
    form.notice_line.shown_check.setChecked(True)
    with qtbot.waitSignal(form.saved):
        assert form.save()
    assert form.record_id is not None
    [shown] = notices.shown_to(form.record_id)
    assert (shown.version, shown.place) == (1, NoticePlace.STAKEHOLDER_FORM)
    again = _form(qtbot, db, form.record_id)  # opened again: when it was last shown
    assert again.notice_line is not None
    assert "version 1" in again.notice_line.last_label.text()
    assert "Registry form" in again.notice_line.last_label.text()


def test_consents_are_given_and_withdrawn_from_the_panel_and_save_keeps_them(
    qtbot, db: Database
) -> None:
    PrivacyNoticeService(db).publish(NOTICE_TH, NOTICE_EN)
    edit = RegistryEditService(db, today=lambda: TODAY)
    person = edit.create(StakeholderDraft(name="นาย สมชาย ใจดี")).id
    form = _form(qtbot, db, person)
    form.show()
    panel = form.consents_panel
    assert panel is not None
    assert not form.consent_check.isVisible()  # the panel holds the follow-up consent now
    dialog = panel.open_dialog(ConsentPurpose.FOLLOW_UP_SURVEY)
    assert dialog is not None
    dialog.day_edit.setDate(date(2026, 12, 1))
    dialog.channel_combo.setCurrentIndex(1)
    with qtbot.waitSignal(panel.changed):
        assert dialog.save()
    state = panel.state(ConsentPurpose.FOLLOW_UP_SURVEY)
    assert state is not None and state.given and state.latest is not None
    assert state.latest.notice_version == 1
    assert "v1" in panel.state_labels[ConsentPurpose.FOLLOW_UP_SURVEY].text()
    assert form.consent_check.isChecked()  # read again from the record
    # A future day is refused in the dialog, which stays open with the reason.
    refused = panel.open_dialog(ConsentPurpose.NEWS)
    assert refused is not None
    refused.day_edit.setDate(date(2026, 12, 30))
    assert not refused.save() and refused.problem_label.text()
    refused.reject()
    form.notes_edit.setPlainText("โทรหลัง 16.00 น.")
    with qtbot.waitSignal(form.saved):
        assert form.save()  # the version read after the panel's change: not refused
    assert edit.load(person).draft.consent_follow_up  # Save did not undo the consent
    form = _form(qtbot, db, person)
    panel = form.consents_panel
    assert panel is not None
    withdraw = panel.open_dialog(ConsentPurpose.FOLLOW_UP_SURVEY)
    assert withdraw is not None
    assert withdraw.windowTitle()
    withdraw.day_edit.setDate(TODAY)
    assert withdraw.save()
    assert not edit.load(person).draft.consent_follow_up
    assert panel.buttons[ConsentPurpose.FOLLOW_UP_SURVEY].text()


@pytest.mark.parametrize("lang", ["th", "en"])
def test_the_pdpa_section_is_drawn_in_both_languages(
    qtbot, qapp, db: Database, languages: LanguageManager, lang: str
) -> None:
    font = qapp.font()
    shots = bool(os.environ.get("VOCDESK_SCREENSHOTS"))
    if shots:
        install_thai_font(qapp)  # the window's font: Thai drawn, not boxes
    languages.set_language(lang)
    PrivacyNoticeService(db).publish(NOTICE_TH, NOTICE_EN)
    edit = RegistryEditService(db, today=lambda: TODAY)
    person = edit.create(
        StakeholderDraft(name="นางสาว สมศรี ใจดี", phone="081 234 5678",
                         consent_follow_up=True, consent_date=date(2026, 11, 20))
    ).id  # fmt: skip
    PrivacyNoticeService(db).record_shown(person, NoticePlace.STAKEHOLDER_FORM)
    consents = ConsentsService(db, today=lambda: TODAY)
    channel = consents.channel_choices()[0][0]
    consents.give(person, ConsentPurpose.NEWS, date(2026, 11, 1), channel)
    consents.withdraw(person, ConsentPurpose.NEWS, date(2026, 12, 2), channel)
    form = _form(qtbot, db, person)
    form.resize(1100, 760)
    form.show()
    qtbot.waitExposed(form)
    panel = form.consents_panel
    assert panel is not None
    thai = lang == "th"
    news = panel.state_labels[ConsentPurpose.NEWS].text()
    assert (
        ("ถอน" in news and "ธ.ค. 69" in news) if thai else ("Withdrawn" in news and "2026" in news)
    ), news
    assert form.notice_line is not None
    summary = form.notice_line.summary_label.text()
    assert ("เทศบาลเก็บรวบรวม" in summary) if thai else ("The municipality" in summary)
    for label in panel.state_labels.values():
        assert label.width() >= label.sizeHint().width() or label.wordWrap()
    if shots:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        form.grab().save(str(SCREENSHOTS / f"pdpa-consents-{lang}.png"))
        form.pdpa_box.grab().save(str(SCREENSHOTS / f"pdpa-notice-line-{lang}.png"))
        qapp.setFont(font)
    languages.set_language("en")


def test_the_settings_dialog_says_which_notice_version_is_in_force_and_publishes_a_new_one(
    qtbot, db: Database
) -> None:
    from vocdesk.services.settings import SettingsService
    from vocdesk.ui.agency_settings_dialog import AgencySettingsDialog

    service = SettingsService(db)
    dialog = AgencySettingsDialog(service)
    qtbot.addWidget(dialog)
    assert "version 1" in dialog.notice_version_label.text()  # none yet: the first to come
    dialog.notice_th_edit.setPlainText(NOTICE_TH)
    dialog.save()
    dialog = AgencySettingsDialog(service)
    qtbot.addWidget(dialog)
    assert "Version 1 is in force" in dialog.notice_version_label.text()
    dialog.notice_en_edit.setPlainText(NOTICE_EN)
    dialog.save()
    assert [v.version for v in PrivacyNoticeService(db).versions()] == [2, 1]


def test_quick_entry_records_the_notice_shown_to_the_person_it_names(
    qtbot, db: Database, tmp_path: Path
) -> None:
    from vocdesk.services.listening.entry import ListeningEntryService
    from vocdesk.ui.listening.feedback_form import FeedbackForm
    from vocdesk.ui.settings import Settings

    notices = PrivacyNoticeService(db)
    notices.publish(NOTICE_TH, NOTICE_EN)
    person = (
        RegistryEditService(db, today=lambda: TODAY)
        .create(StakeholderDraft(name="วิภาวรรณ รักษ์ไทย"))
        .id
    )
    settings = Settings(tmp_path / "settings.ini")
    form = FeedbackForm(ListeningEntryService(db), RegistryService(db), settings, notices=notices)
    qtbot.addWidget(form)
    assert form.notice_line is not None and "v1" in form.notice_line.summary_label.text()
    form.stakeholder_search.setText("วิภาวรรณ")
    form.search_stakeholders()
    assert form.stakeholder_box.currentIndex() == 1
    form.text_edit.setPlainText("ขอบคุณที่ช่วยเหลือ")
    form.notice_line.shown_check.setChecked(True)
    assert form._save() is not None
    [shown] = notices.shown_to(person)
    assert (shown.version, shown.place) == (1, NoticePlace.QUICK_ENTRY)
    assert not form.notice_line.shown_check.isChecked()  # asked again for the next person


def test_the_complaint_form_records_the_notice_shown_to_a_named_complainant(
    qtbot, db: Database
) -> None:
    from vocdesk.domain.accounts import Principal, Role
    from vocdesk.services.complaints.cases import ComplaintCasesService
    from vocdesk.ui.complaints.form import ComplaintForm

    db.actor = Principal(login="somchai", role=Role.ADMINISTRATOR)
    notices = PrivacyNoticeService(db)
    notices.publish(NOTICE_TH, NOTICE_EN)
    cases = ComplaintCasesService(db)
    form = ComplaintForm(cases, notices=notices)
    qtbot.addWidget(form)
    form.show()
    assert form.notice_line is not None and form.notice_line.isVisible()
    form.anonymous.setChecked(True)
    assert not form.notice_line.isVisible()  # nobody to show it to
    form.anonymous.setChecked(False)
    person = (
        RegistryEditService(db, today=lambda: TODAY)
        .create(StakeholderDraft(name="นาย ร้องเรียน ใหม่", phone="081 234 5678"))
        .id
    )
    form.subject.setText("ไฟถนนดับหน้าตลาด")
    form.complainant.setText("ร้องเรียน")
    form._person_typed()
    assert not form.notice_line.shown_check.isEnabled()  # typed: no registry person yet
    form.find_people()
    form.choose_person(next(iter(form._people)))
    assert form.notice_line.shown_check.isEnabled()
    form.notice_line.shown_check.setChecked(True)
    form.save()
    assert form.registered is not None
    assert cases.case(form.registered.id).stakeholder_id == person
    [shown] = notices.shown_to(person)
    assert (shown.version, shown.place) == (1, NoticePlace.COMPLAINT_FORM)
    correcting = ComplaintForm(cases, draft=cases.draft_of_case(form.registered.id),
                               case_id=form.registered.id, notices=notices)  # fmt: skip
    qtbot.addWidget(correcting)
    assert correcting.notice_line is None  # a correction collects nothing new


def test_the_stakeholders_tab_asks_the_window_for_the_contact_list(qtbot, db: Database) -> None:
    from vocdesk.ui.registry.tab import StakeholdersTab

    tab = StakeholdersTab(RegistryService(db))
    qtbot.addWidget(tab)
    assert tab.contacts_action.text() and tab.contacts_action.toolTip()
    with qtbot.waitSignal(tab.contacts_export_requested):
        tab.contacts_action.trigger()
