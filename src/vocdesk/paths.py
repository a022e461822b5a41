"""Where resources, translations and user data live: in a source tree, an installed wheel and a
PyInstaller bundle; and which database file a run opens when none is named on the command line.

The resources (fonts, icons, images) and the compiled translations (.qm) are found under one
root, as ``resources/`` and ``translations/``:
  - a PyInstaller bundle: its data folder (``sys._MEIPASS``; build.spec puts both there);
  - an installed wheel: the package itself (setup.py copies resources/ and compiles
    translations/*.ts into ``vocdesk/resources`` and ``vocdesk/translations``);
  - a source tree (also an editable install): the repository's top folder.

The default database: ``VOCDESK_DB`` (an environment variable), else ``[database] path`` in a
``vocdesk.ini`` beside the program, else ``vocdesk.sqlite`` in the user's data folder. The
command line's ``--db`` comes before all of them (cli, app). Each may be a PostgreSQL server's
URL instead of a file (``postgresql://user@host/name``): a ``ServerDatabase``.
"""

from __future__ import annotations

import configparser
import contextlib
import os
import sys
from pathlib import Path, PosixPath, WindowsPath

APP_NAME = "VocDesk"
DATABASE_ENV = "VOCDESK_DB"
INI_NAME = "vocdesk.ini"


def _root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)  # set by PyInstaller's bootloader
    if bundle:
        return Path(bundle)
    package = Path(__file__).resolve().parent
    if (package / "resources").is_dir():  # an installed wheel: package data
        return package
    return package.parents[1]  # src/vocdesk/paths.py -> repository root


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


def program_dir() -> Path:
    """The folder of the program that runs: the bundle's folder (beside VocDesk.exe and
    vocdesk-cli.exe), else the folder of the Python that runs VocDesk (a venv's bin or Scripts
    folder, where pip puts the ``vocdesk`` command)."""
    return Path(os.path.abspath(sys.executable)).parent  # not resolved: a venv's python is a link


def ini_path() -> Path:
    """``vocdesk.ini`` beside the program, where an installer or administrator may set
    ``[database] path = ...``."""
    return program_dir() / INI_NAME


def configured_database_path() -> Path | None:
    """The database set for this computer or user instead of the default one: ``VOCDESK_DB``,
    else ``[database] path`` of ``vocdesk.ini`` beside the program; None when neither says.

    ``~`` and environment variables (``%USERNAME%`` on Windows, ``$USER``) are expanded; a
    relative path in the ini file is taken from the ini file's folder. An ini file that cannot
    be read counts as absent (the program must still start)."""
    value = os.environ.get(DATABASE_ENV, "").strip()
    base = Path.cwd()
    if not value:
        ini = ini_path()
        parser = configparser.ConfigParser(interpolation=None)
        try:
            parser.read(ini, encoding="utf-8-sig")  # Notepad may save a BOM
        except (configparser.Error, OSError, UnicodeDecodeError):
            return None
        value = parser.get("database", "path", fallback="").strip().strip('"')
        base = ini.parent
    if not value:
        return None
    if "://" in value:  # a database server's URL (issue 20)
        return ServerDatabase(value)
    path = Path(os.path.expandvars(os.path.expanduser(value)))
    return path if path.is_absolute() else base / path


def default_database_path() -> Path:
    """The database opened when none is named: the configured one, else vocdesk.sqlite in the
    user's data folder."""
    return configured_database_path() or user_data_dir() / "vocdesk.sqlite"


def settings_path() -> Path:
    """The INI settings file; VOCDESK_SETTINGS overrides it (tests point it at a temporary file)."""
    override = os.environ.get("VOCDESK_SETTINGS")
    return Path(override) if override else user_data_dir() / "settings.ini"


# Personal data at rest (issue 16): VocDesk's own folders and files are readable by their owner
# only. On Windows the user's profile folder already is (its ACL), and POSIX modes mean little.
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def make_private_dir(folder: Path) -> Path:
    """Create ``folder`` (and its parents) if missing; every folder this call created is made
    owner-only (0700), and so is VocDesk's data folder whoever made it. Folders that existed
    before and are not the data folder are left as they are (a shared drive's folder is the
    administrator's to set)."""
    folder = Path(folder)
    missing = [f for f in (folder, *folder.parents) if not f.exists()]
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        for made in [*missing, *([folder] if folder == user_data_dir() else [])]:
            with contextlib.suppress(OSError):  # a folder we do not own: leave it
                made.chmod(PRIVATE_DIR_MODE)
    return folder


def make_private_file(path: Path) -> Path:
    """Make an existing file of VocDesk's owner-only (0600) on POSIX systems; a missing file
    or one we may not change is left alone."""
    if os.name == "posix":
        with contextlib.suppress(OSError):
            Path(path).chmod(PRIVATE_FILE_MODE)
    return path


def make_private_database(path: Path) -> Path:
    """A SQLite file VocDesk created, with its journals (-wal, -shm, -journal), owner-only.
    SQLite creates later journals with the database file's own mode, so they stay private."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        candidate = Path(f"{path}{suffix}")
        if candidate.exists():
            make_private_file(candidate)
    return path


if sys.platform == "win32":  # Path() itself is one of these two, by the system

    class _ConcretePath(WindowsPath):
        pass

else:

    class _ConcretePath(PosixPath):
        pass


class ServerDatabase(_ConcretePath):
    """A database server's URL (``--db``, ``VOCDESK_DB``, ``vocdesk.ini``) where a file's path
    is expected: it stays the URL (``str``, ``open_database``), resolves to itself, and is no
    file (no passphrase asked, no copy beside it made). What only a file can do refuses it."""

    url: str = ""

    def __new__(cls, url: str) -> ServerDatabase:
        self = super().__new__(cls, "database-server")
        self.url = url
        return self

    def __str__(self) -> str:
        return self.url or super().__str__()

    def __fspath__(self) -> str:
        return str(self)

    def __repr__(self) -> str:
        return f"ServerDatabase({self.url!r})"

    def resolve(self, strict: bool = False) -> ServerDatabase:
        return self

    def expanduser(self) -> ServerDatabase:
        return self

    def absolute(self) -> ServerDatabase:
        return self

    def exists(self, *, follow_symlinks: bool = True) -> bool:
        return True  # or the server says otherwise when it is opened

    def is_file(self) -> bool:
        return False
