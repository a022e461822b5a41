"""The stakeholder form on a 1366×768 laptop: with its PDPA section the fields need more height
than the screen has, so they scroll while the Save and Cancel buttons stay in sight below; the
form opens no larger than the screen's room and with no horizontal scroll bar; a consent given
through a channel with a long name wraps under its purpose instead of being cut off."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QScrollArea, QWidget

from vocdesk.domain.pdpa.terms import ConsentPurpose
from vocdesk.domain.registry import StakeholderDraft
from vocdesk.services.database import Database, open_database
from vocdesk.services.pdpa.consents import ConsentsService
from vocdesk.services.pdpa.notices import PrivacyNoticeService
from vocdesk.services.registry.edit import RegistryEditService
from vocdesk.services.registry.stakeholders import RegistryService
from vocdesk.ui.fonts import install_thai_font
from vocdesk.ui.i18n import LanguageManager
from vocdesk.ui.pdpa.consents_panel import ConsentsPanel
from vocdesk.ui.registry.stakeholder_form import StakeholderForm
from vocdesk.ui.widgets.scrolling_fields import WINDOW_FRAME_ALLOWANCE

TODAY = date(2026, 12, 4)
LAPTOP = QRect(0, 0, 1366, 768)
LONG_CHANNEL = "ไลน์ทางการของหน่วยงาน (LINE OA)"  # a default channel (migration 0002)


@pytest.fixture
def thai(qapp, compiled_translations: Path) -> Iterator[None]:
    """The form in Thai with the bundled font, as on a user's desk (it is taller than Latin)."""
    font = qapp.font()
    install_thai_font(qapp)
    manager = LanguageManager(qapp, compiled_translations)
    manager.set_language("th")
    yield
    manager.set_language("en")
    manager.uninstall()
    manager.deleteLater()
    qapp.setFont(font)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "laptop.sqlite")
    yield database
    database.dispose()


def _person_with_consents(db: Database) -> object:
    PrivacyNoticeService(db).publish("เทศบาลเก็บรวบรวมชื่อและที่อยู่ของท่าน", "We keep your name.")
    edit = RegistryEditService(db, today=lambda: TODAY)
    person = edit.create(StakeholderDraft(name="นางสาว สมศรี ใจดี", phone="081 234 5678")).id
    consents = ConsentsService(db, today=lambda: TODAY)
    [line] = [i for i, n in consents.channel_choices() if n.in_language("th") == LONG_CHANNEL]
    consents.give(person, ConsentPurpose.SERVICE, date(2026, 11, 1), line)
    consents.give(person, ConsentPurpose.NEWS, date(2026, 11, 1), line)
    consents.withdraw(person, ConsentPurpose.NEWS, date(2026, 12, 2), line)
    return person


def _form(qtbot, db: Database, person=None) -> StakeholderForm:
    form = StakeholderForm(
        RegistryEditService(db, today=lambda: TODAY), RegistryService(db), person,
        consents=ConsentsService(db, today=lambda: TODAY), notices=PrivacyNoticeService(db),
    )  # fmt: skip
    qtbot.addWidget(form)
    return form


def _inside(widget: QWidget, form: StakeholderForm) -> bool:
    corners = (QPoint(0, 0), QPoint(widget.width() - 1, widget.height() - 1))
    return all(form.rect().contains(widget.mapTo(form, c)) for c in corners)


def test_on_a_laptop_screen_the_form_opens_within_it_and_its_fields_scroll(
    qtbot, db: Database, thai: None
) -> None:
    # Given a saved person, so that the whole PDPA section (notice, consents) is shown
    form = _form(qtbot, db, _person_with_consents(db))
    assert form.sizeHint().height() > LAPTOP.height()  # the fields alone need more
    # When the form opens on a 1366×768 screen
    form.fit_to(LAPTOP)
    form.show()
    qtbot.waitExposed(form)
    # Then it fits the screen with its frame, the buttons are in it, and the fields scroll
    assert form.height() <= LAPTOP.height() - WINDOW_FRAME_ALLOWANCE
    assert form.width() <= LAPTOP.width()
    assert form.save_button.isVisible() and _inside(form.save_button, form)
    assert form.cancel_button.isVisible() and _inside(form.cancel_button, form)
    bars = form.fields_area
    assert bars.verticalScrollBar().maximum() > 0
    assert not bars.horizontalScrollBar().isVisible()
    assert bars.horizontalScrollBar().maximum() == 0
    # And scrolling to the last field brings it into view, the buttons staying where they were
    save_at = form.save_button.mapTo(form, QPoint(0, 0))
    bars.ensureWidgetVisible(form.retention_edit)
    retention = form.retention_edit.mapTo(bars.viewport(), QPoint(0, 0))
    assert 0 <= retention.y() <= bars.viewport().height() - form.retention_edit.height()
    assert form.save_button.mapTo(form, QPoint(0, 0)) == save_at


def test_held_to_700_px_high_the_save_button_stays_visible_and_saves(
    qtbot, db: Database, thai: None
) -> None:
    form = _form(qtbot, db, _person_with_consents(db))
    form.show()
    qtbot.waitExposed(form)
    form.resize(form.width(), 700)
    qtbot.waitUntil(lambda: form.height() == 700)
    assert _inside(form.save_button, form)
    assert form.fields_area.verticalScrollBar().maximum() > 0
    assert not form.fields_area.horizontalScrollBar().isVisible()
    form.notes_edit.setPlainText("ติดต่อช่วงเช้า")
    with qtbot.waitSignal(form.saved):
        form.save_button.click()


def test_a_form_that_fits_the_screen_opens_whole_without_a_scroll_bar(
    qtbot, db: Database, thai: None
) -> None:
    form = _form(qtbot, db)  # a new person: the follow-up tick instead of the consents panel
    form.fit_to(QRect(0, 0, 1920, 1200))
    form.show()
    qtbot.waitExposed(form)
    assert form.height() < 1200 - WINDOW_FRAME_ALLOWANCE
    assert form.fields_area.verticalScrollBar().maximum() == 0
    assert not form.fields_area.horizontalScrollBar().isVisible()


def test_a_consent_through_a_long_channel_wraps_rather_than_being_cut_off(
    qtbot, db: Database, thai: None
) -> None:
    form = _form(qtbot, db, _person_with_consents(db))
    form.fit_to(LAPTOP)
    form.show()
    qtbot.waitExposed(form)
    panel = form.consents_panel
    assert panel is not None
    for purpose in (ConsentPurpose.SERVICE, ConsentPurpose.NEWS):
        label = panel.state_labels[purpose]
        assert LONG_CHANNEL in label.text()
        assert label.wordWrap()
        assert label.height() >= label.heightForWidth(label.width())


def test_a_narrow_consents_panel_wraps_each_state_and_shows_all_its_lines(
    qtbot, db: Database, thai: None
) -> None:
    person = _person_with_consents(db)
    panel = ConsentsPanel(ConsentsService(db, today=lambda: TODAY), person)
    area = QScrollArea()  # a container that gives the panel the height its width asks for
    qtbot.addWidget(area)
    area.setWidgetResizable(True)
    area.setWidget(panel)
    area.resize(260, 400)
    area.show()
    qtbot.waitExposed(area)
    label = panel.state_labels[ConsentPurpose.SERVICE]
    assert LONG_CHANNEL in label.text()
    lines = label.heightForWidth(label.width()) / label.fontMetrics().height()
    assert lines > 1.5  # it wraps
    assert label.height() >= label.heightForWidth(label.width())  # and nothing is cut off


def test_after_a_switch_to_thai_the_form_stays_wide_enough_for_its_fields(
    qtbot, qapp, db: Database, compiled_translations: Path
) -> None:
    # Given the form open in English
    form = _form(qtbot, db, _person_with_consents(db))
    form.show()
    qtbot.waitExposed(form)
    manager = LanguageManager(qapp, compiled_translations)
    try:
        # When the language becomes Thai (longer labels)
        manager.set_language("th")
        area = form.fields_area
        content = area.widget()
        assert content is not None
        # Then the dialog keeps its fields' whole width: nothing is cut off at the side
        qtbot.waitUntil(lambda: area.viewport().width() >= content.minimumSizeHint().width())
        assert form.minimumSizeHint().width() > content.minimumSizeHint().width()
    finally:
        manager.set_language("en")
        manager.uninstall()
        manager.deleteLater()
