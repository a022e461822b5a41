"""The combo-box helpers the forms share: ids kept as UUIDs or as text, enums, "none" items."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from vocdesk.domain.enums import Sentiment
from vocdesk.domain.tables import Named
from vocdesk.services.listening.plan import Choice
from vocdesk.ui.i18n import current_language
from vocdesk.ui.labels import enum_choices
from vocdesk.ui.widgets.choices import (
    current_uuid,
    fill_choices,
    fill_combo,
    item_data,
    select_data,
    uuid_or_none,
)

SEGMENTS = [
    Choice(uuid.uuid4(), Named("ประชาชน", "Citizens")),
    Choice(uuid.uuid4(), Named("ภาคี", "Partners")),
]


def _box(qtbot: QtBot) -> QComboBox:
    box = QComboBox()
    qtbot.addWidget(box)
    return box


def test_catalogue_choices_hold_their_ids_and_are_chosen_and_read_back(qtbot: QtBot) -> None:
    box = _box(qtbot)
    fill_choices(box, SEGMENTS, optional=True, none_text="(none)")

    lang = current_language()
    assert [box.itemText(i) for i in range(box.count())] == [
        "(none)",
        *(s.name.in_language(lang) for s in SEGMENTS),
    ]
    assert current_uuid(box) is None  # the "none" item
    assert select_data(box, SEGMENTS[1].id) is True
    assert (
        box.currentText() == SEGMENTS[1].name.in_language(lang)
        and current_uuid(box) == SEGMENTS[1].id
    )
    assert box.currentData() == SEGMENTS[1].id  # kept as a UUID, as the forms read it
    assert select_data(box, None) is True and box.currentIndex() == 0


def test_ids_kept_as_text_are_found_by_a_uuid_and_by_qts_find_data(qtbot: QtBot) -> None:
    box = _box(qtbot)
    fill_combo(box, [(s.name.in_language("en"), item_data(s.id)) for s in SEGMENTS])

    assert box.findData(str(SEGMENTS[1].id)) == 1  # what a test or Qt's own search finds
    assert select_data(box, SEGMENTS[1].id) is True and current_uuid(box) == SEGMENTS[1].id
    assert select_data(box, str(SEGMENTS[0].id)) is True and box.currentIndex() == 0


def test_enum_members_are_found_by_member_or_value(qtbot: QtBot) -> None:
    box = _box(qtbot)
    fill_combo(box, enum_choices(Sentiment))

    assert (
        select_data(box, Sentiment.NEGATIVE) is True
        and Sentiment(box.currentData()) is Sentiment.NEGATIVE
    )
    assert (
        select_data(box, "positive") is True and Sentiment(box.currentData()) is Sentiment.POSITIVE
    )


def test_a_value_no_item_holds_leaves_the_choice_as_it_was_and_says_so(qtbot: QtBot) -> None:
    box = _box(qtbot)
    fill_choices(box, SEGMENTS)
    box.setCurrentIndex(1)  # e.g. a form's default

    assert select_data(box, uuid.uuid4()) is False and select_data(box, None) is False
    assert box.currentIndex() == 1
    assert select_data(_box(qtbot), SEGMENTS[0].id) is False  # an empty box: nothing to choose


def test_text_that_is_no_id_reads_as_none() -> None:
    known = uuid.uuid4()
    assert uuid_or_none(known) == uuid_or_none(known.hex) == uuid_or_none(str(known)) == known
    assert uuid_or_none("") is None and uuid_or_none(None) is None
    assert uuid_or_none("an old setting") is None
