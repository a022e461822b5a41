"""Combo boxes whose items stand for ids and enum members: filling, choosing, reading back.

An item may hold an id as a ``uuid.UUID`` or as its text, and an enum member or its value; these
helpers accept both, so forms need not agree on one. Qt's ``findData`` compares what it can
convert and does not find a Python UUID kept as an object: ``select_data`` compares in Python.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from enum import StrEnum
from typing import Any, Protocol

from PySide6.QtWidgets import QComboBox

from vocdesk.ui.i18n import current_language


class _Named(Protocol):
    def in_language(self, lang: str) -> str: ...


class NamedChoice(Protocol):
    """A catalogue entry to pick (``services``' ``Choice``): its id and its names."""

    @property
    def id(self) -> uuid.UUID: ...

    @property
    def name(self) -> _Named: ...


def item_data(value: Any) -> Any:
    """What an item holds for ``value`` so that Qt's ``findData`` finds it: an id as its text,
    an enum member as its value, anything else as it is."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, StrEnum):
        return value.value
    return value


def uuid_or_none(data: Any) -> uuid.UUID | None:
    """The id an item holds (a UUID or its text); ``None`` for none, or for text that is no id
    (e.g. a remembered setting from an older version)."""
    if data is None or isinstance(data, uuid.UUID):
        return data
    try:
        return uuid.UUID(str(data)) if data else None
    except ValueError:
        return None


def current_uuid(box: QComboBox) -> uuid.UUID | None:
    """The id of the chosen item, or ``None`` (nothing chosen, or the "none" item)."""
    return uuid_or_none(box.currentData())


def select_data(box: QComboBox, value: Any) -> bool:
    """Choose the item holding ``value`` (an id, enum member, text or ``None``); when none holds
    it, the choice stays as it was (e.g. a form's default). Whether it was found."""
    wanted = item_data(value)
    for index in range(box.count()):
        if item_data(box.itemData(index)) == wanted:
            box.setCurrentIndex(index)
            return True
    return False


def fill_combo(
    box: QComboBox, items: Iterable[tuple[str, Any]], *, none_text: str | None = None
) -> None:
    """Replace the items with ``(text, value)`` pairs; a first item holding ``None`` when
    ``none_text`` is given. The values are kept as they are (UUIDs as UUIDs)."""
    box.clear()
    if none_text is not None:
        box.addItem(none_text, None)
    for text, value in items:
        box.addItem(text, value)


def fill_choices(
    box: QComboBox, choices: Iterable[NamedChoice], *, optional: bool = False, none_text: str = ""
) -> None:
    """Catalogue entries in the UI language, their ids as item data; with ``optional``, a first
    item ``none_text`` for none."""
    lang = current_language()
    fill_combo(box, ((choice.name.in_language(lang), choice.id) for choice in choices),
               none_text=none_text if optional else None)  # fmt: skip


__all__ = [
    "NamedChoice",
    "current_uuid",
    "fill_choices",
    "fill_combo",
    "item_data",
    "select_data",
    "uuid_or_none",
]
