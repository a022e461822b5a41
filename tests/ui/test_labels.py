"""Every value of every closed vocabulary has a label, found by lupdate and shown translated."""

from __future__ import annotations

import inspect
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

import vocdesk.ui.labels as labels_module
from vocdesk.domain import enums
from vocdesk.domain.enums import ComplaintStatus, LifecycleStage, Priority
from vocdesk.domain.fiscal import PeriodKind
from vocdesk.ui.labels import LABELS, enum_choices, enum_label, enum_source_label

DOMAIN_ENUMS = [
    member
    for _name, member in inspect.getmembers(enums, inspect.isclass)
    if issubclass(member, StrEnum) and member is not StrEnum
] + [PeriodKind]


def run_lupdate_on_labels(tmp_path: Path) -> ET.Element:
    ts = tmp_path / "labels_th.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [str(lupdate), labels_module.__file__, "-target-language", "th", "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    return ET.parse(ts).getroot()


@pytest.fixture
def thai_labels(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """Install a translation of labels.py whose Thai is each label's ``#:`` comment."""
    root = run_lupdate_on_labels(tmp_path)
    for message in root.iter("message"):
        translation = message.find("translation")
        assert translation is not None
        translation.text = message.findtext("extracomment")
        translation.attrib.pop("type", None)
    ts = tmp_path / "filled_th.ts"
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts)], check=True)
    translator = QTranslator()
    assert translator.load(str(ts.with_suffix(".qm")))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.mark.parametrize("enum_type", DOMAIN_ENUMS, ids=lambda e: e.__name__)
def test_every_enum_value_has_its_own_label(enum_type: type[StrEnum]) -> None:
    assert set(LABELS[enum_type]) == set(enum_type)
    texts = [enum_source_label(member) for member in enum_type]
    assert len(set(texts)) == len(texts), "two values of one vocabulary share a label"


def test_lupdate_finds_every_label_in_the_enum_s_context_with_a_thai_hint(tmp_path: Path) -> None:
    root = run_lupdate_on_labels(tmp_path)
    found = {
        (context.findtext("name"), message.findtext("source")): message.findtext("extracomment")
        for context in root.iter("context")
        for message in context.iter("message")
    }

    expected = {
        (enum_type.__name__, text)
        for enum_type, labels in LABELS.items()
        for text in labels.values()
    }
    assert set(found) == expected
    for key, hint in found.items():
        assert hint and any("\u0e00" <= ch <= "\u0e7f" for ch in hint), f"no Thai hint for {key}"


def test_labels_are_english_without_a_translation() -> None:
    assert enum_label(ComplaintStatus.WAITING) == "Waiting for the complainant"
    assert enum_label(LifecycleStage.BEFORE) == "Before the service"


def test_labels_are_translated_when_asked_for(thai_labels: None) -> None:
    assert enum_label(ComplaintStatus.CLOSED) == "ยุติเรื่อง"
    assert enum_label(ComplaintStatus.REJECTED) == "ไม่รับพิจารณา/ไม่เกี่ยวข้อง"
    assert enum_label(LifecycleStage.AFTER) == "หลังรับบริการ"
    assert enum_label(enums.SegmentKind.STAKEHOLDER) == "ผู้มีส่วนได้ส่วนเสีย"
    assert enum_label(PeriodKind.FISCAL_YEAR) == "ปีงบประมาณ"


def test_choices_list_every_member_in_declaration_order(thai_labels: None) -> None:
    choices = enum_choices(Priority)

    assert [value for _label, value in choices] == [Priority.HIGH, Priority.MEDIUM, Priority.LOW]
    assert [label for label, _value in choices] == ["สูง", "ปานกลาง", "ต่ำ"]


def test_an_enum_without_labels_still_shows_something_readable() -> None:
    class Colour(StrEnum):
        DARK_RED = "dark_red"

    assert enum_label(Colour.DARK_RED) == "Dark red"
