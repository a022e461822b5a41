"""Where resources, translations and user data live, in a source tree and in a PyInstaller bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "VocDesk"


def _root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)  # set by PyInstaller's bootloader
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parents[2]  # src/vocdesk/paths.py -> repository root


def resources_dir() -> Path:
    return _root() / "resources"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def translations_dir() -> Path:
    return _root() / "translations"


def user_data_dir() -> Path:
    """The per-user data folder (the default database lives here); VOCDESK_DATA_DIR overrides."""
    override = os.environ.get("VOCDESK_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_NAME


def default_database_path() -> Path:
    return user_data_dir() / "vocdesk.sqlite"


def settings_path() -> Path:
    """The INI settings file; VOCDESK_SETTINGS overrides it (tests point it at a temporary file)."""
    override = os.environ.get("VOCDESK_SETTINGS")
    return Path(override) if override else user_data_dir() / "settings.ini"
