"""One form style: the complaint, stakeholder and feedback forms label every field with a colon
and write an empty choice in brackets, in English and in Thai."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from vocdesk.services.complaints.cases import ComplaintCasesService
from vocdesk.services.database import Database, open_database
from vocdesk.services.listening.entry import ListeningEntryService
from vocdesk.services.registry.edit import RegistryEditService
from vocdesk.services.registry.stakeholders import RegistryService
from vocdesk.ui.complaints.form import ComplaintForm
from vocdesk.ui.i18n import LanguageManager
from vocdesk.ui.listening.feedback_form import FeedbackForm
from vocdesk.ui.registry.stakeholder_form import StakeholderForm
from vocdesk.ui.settings import Settings
from vocdesk.ui.widgets.forms import form_label


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "vocdesk.sqlite")
    yield database
    database.dispose()


def _forms(qtbot, db: Database, tmp_path: Path) -> list[QWidget]:
    forms: list[QWidget] = [
        ComplaintForm(ComplaintCasesService(db)),
        StakeholderForm(RegistryEditService(db), RegistryService(db)),
        FeedbackForm(ListeningEntryService(db), RegistryService(db), Settings(tmp_path / "s.ini")),
    ]
    for form in forms:
        qtbot.addWidget(form)
    return forms


def _labels(form: QWidget) -> list[str]:
    texts = []
    for layout in form.findChildren(QFormLayout):
        for row in range(layout.rowCount()):
            item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel):
                texts.append(item.widget().text())
    return texts


@pytest.mark.parametrize("lang", ["en", "th"])
def test_every_field_label_ends_with_a_colon_and_no_choice_is_dashed(
    qtbot, qapp, db, tmp_path, compiled_translations, lang
):
    languages = LanguageManager(qapp, compiled_translations)
    try:
        languages.set_language(lang)
        for form in _forms(qtbot, db, tmp_path):
            labels = _labels(form)
            assert labels, type(form).__name__
            assert all(text.endswith(":") for text in labels), (type(form).__name__, labels)
            for combo in form.findChildren(QComboBox):
                items = [combo.itemText(i) for i in range(combo.count())]
                assert not any(text.startswith("—") for text in items), items
    finally:
        languages.set_language("en")


def test_form_label_adds_a_colon_once():
    assert form_label("&Name *") == "&Name *:"
    assert form_label("เรื่อง:") == "เรื่อง:"
    assert form_label("") == ""
