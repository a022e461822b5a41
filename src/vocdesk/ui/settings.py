"""The user's settings: declared once, typed, versioned, in an INI file passed in by the caller.

Like Picard's ``options.py``: each setting is declared one time with its key, type and default,
and reads back as that type whatever QSettings hands over (an INI file returns every value as a
string). The file carries a schema version; ``UPGRADES`` turns an older file into the current
layout when it is opened. ``app.py`` builds the one ``Settings`` and passes it to whoever needs
it; tests point it at a temporary file.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar, overload

from PySide6.QtCore import QByteArray, QSettings

log = logging.getLogger(__name__)

T = TypeVar("T")

SCHEMA_VERSION = 1
SCHEMA_KEY = "meta/schema_version"
LANGUAGES = ("th", "en")


def _to_str(raw: Any) -> str:
    return "" if raw is None else str(raw)


def _to_bool(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    return str(raw).strip().lower() in ("true", "1", "yes", "on")


def _to_bytes(raw: Any) -> bytes:
    if isinstance(raw, QByteArray):
        return bytes(raw.data())
    if isinstance(raw, (bytes, bytearray)):
        return bytes(raw)
    return b""  # anything else is not a saved geometry: start from the default


def _to_int(raw: Any) -> int:
    return int(str(raw).strip())


class SettingsStore(Protocol):
    """Where options are kept: a ``QSettings``, or a stand-in with the same two methods."""

    def value(self, key: str, /) -> Any: ...
    def setValue(self, key: str, value: Any, /) -> None: ...  # noqa: N802 - QSettings' name


class OptionOwner(Protocol):
    """A class that declares ``Option``s: ``Settings``, or one with a few options of its own."""

    @property
    def qsettings(self) -> SettingsStore: ...


class Option(Generic[T]):
    """One declared setting; reads and writes through the owning ``Settings`` instance."""

    def __init__(
        self,
        key: str,
        default: T,
        convert: Callable[[Any], T],
        valid: Callable[[T], bool] = lambda _value: True,
    ) -> None:
        self.key = key
        self.default = default
        self._convert = convert
        self._valid = valid

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, settings: None, owner: type) -> Option[T]: ...
    @overload
    def __get__(self, settings: OptionOwner, owner: type) -> T: ...
    def __get__(self, settings: OptionOwner | None, owner: type) -> T | Option[T]:
        if settings is None:
            return self
        raw = settings.qsettings.value(self.key)
        if raw is None:
            return self.default
        try:
            value = self._convert(raw)
        except (TypeError, ValueError):
            value = self.default
        if not self._valid(value):
            log.warning("ignoring setting %s=%r", self.key, raw)
            return self.default
        return value

    def __set__(self, settings: OptionOwner, value: T) -> None:
        if not self._valid(value):
            raise ValueError(f"invalid value for setting {self.name}: {value!r}")
        stored: Any = QByteArray(value) if isinstance(value, bytes) else value
        settings.qsettings.setValue(self.key, stored)


def _upgrade_0_to_1(qs: QSettings) -> None:
    """Version 0 is a file without a version, as an installer writes it by hand: keys at the top
    level and the language as a locale name ("th_TH", "en_US")."""
    moves = {"language": "ui/language", "last_database": "database/last_database"}
    for old, new in moves.items():
        if qs.contains(old) and not qs.contains(new):
            qs.setValue(new, qs.value(old))
        qs.remove(old)
    language = _to_str(qs.value("ui/language")).strip().lower()
    if language:
        qs.setValue("ui/language", "th" if language.startswith(("th", "thai")) else "en")


# UPGRADES[n] turns a version-n file into version n + 1.
UPGRADES: dict[int, Callable[[QSettings], None]] = {0: _upgrade_0_to_1}


TABLE_WIDTHS_KEY = "tables/{table}/widths"  # "120,80,240": one width per column, in pixels


def table_widths(store: SettingsStore, table: str) -> list[int]:
    """The widths kept for ``table`` in ``store``; [] when there are none or they are not
    numbers (a hand-edited file)."""
    raw = store.value(TABLE_WIDTHS_KEY.format(table=table))
    if raw is None:
        return []
    parts = raw if isinstance(raw, list) else str(raw).split(",")
    try:
        widths = [int(str(part).strip()) for part in parts if str(part).strip()]
    except ValueError:
        return []
    return widths if all(width > 0 for width in widths) else []


def set_table_widths(store: SettingsStore, table: str, widths: list[int]) -> None:
    store.setValue(TABLE_WIDTHS_KEY.format(table=table), ",".join(str(int(w)) for w in widths))


class Settings:
    """Typed access to the settings file at ``path`` (INI format, UTF-8)."""

    language = Option("ui/language", "th", _to_str, lambda v: v in LANGUAGES)
    thai_digits = Option("ui/thai_digits", False, _to_bool)
    last_database = Option("database/last_database", "", _to_str)
    window_geometry = Option("window/geometry", b"", _to_bytes)
    window_state = Option("window/state", b"", _to_bytes)

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)
        self._upgrade()

    @property
    def schema_version(self) -> int:
        raw = self.qsettings.value(SCHEMA_KEY)
        if raw is None:
            # A file without a version: either brand new (nothing to upgrade) or version 0.
            return 0 if self.qsettings.allKeys() else SCHEMA_VERSION
        try:
            return _to_int(raw)
        except ValueError:
            return 0

    def _upgrade(self) -> None:
        version = self.schema_version
        if version > SCHEMA_VERSION:
            # Written by a newer VocDesk: read what we know, leave the rest alone.
            log.warning(
                "settings file %s is version %d, newer than %d", self.path, version, SCHEMA_VERSION
            )
            return
        while version < SCHEMA_VERSION:
            UPGRADES[version](self.qsettings)
            version += 1
            log.info("upgraded settings file %s to version %d", self.path, version)
        self.qsettings.setValue(SCHEMA_KEY, SCHEMA_VERSION)
        self.sync()

    def sync(self) -> None:
        """Write pending changes to disk (Qt also does so when the program ends)."""
        self.qsettings.sync()

    # --- the widths of each table's columns, as the user left them -------------------------
    def table_widths(self, table: str) -> list[int]:
        """The column widths the user gave ``table`` (a table's name), or [] if none."""
        return table_widths(self.qsettings, table)

    def set_table_widths(self, table: str, widths: list[int]) -> None:
        set_table_widths(self.qsettings, table, widths)

    def reset(self, name: str) -> None:
        """Forget one setting so it reads as its default again (``name`` as declared)."""
        option = getattr(type(self), name)
        if not isinstance(option, Option):
            raise AttributeError(f"{name!r} is not a setting")
        self.qsettings.remove(option.key)
