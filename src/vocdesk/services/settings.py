"""The agency's settings kept in the database (table ``app_setting``): its names, its logo and
whether Thai reports print Thai digits; and its privacy notice, kept in versions
(``services.pdpa.notices``: a save whose notice text changed publishes the next version).

Reports print them on every page's header, so they live with the data: every PC that opens
the file prints the same letterhead. The window's own preferences (size, language, last file)
are elsewhere (``ui/settings.py``, QSettings).

The command line sets one key at a time as text (``set``); the Settings dialog saves them all
at once (``save``). The automatic backups' schedule and kept counts (``backup_*``) are kept here
too and shown and set by the command line alike, but they are the administrator's
(``Permission.MANAGE_BACKUPS``) and ``services.backups`` reads and checks them (File › Backups…
sets them in the window). A logo is read here, for both: any image Pillow reads, turned upright,
scaled down to at most ``LOGO_MAX_SIDE`` pixels on its longer side and kept as PNG (with its
transparency), ready for ReportLab.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field, replace
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError
from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.db.models import AppSetting
from vocdesk.domain.accounts import Permission
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error
from vocdesk.services.authorization import acting, require, requires
from vocdesk.services.backup_policy import POLICY_KEYS, read_policy, store_policy, with_setting
from vocdesk.services.database import Database
from vocdesk.services.pdpa.notices import current_notice, publish_notice

__all__ = [
    "LOGO_MAX_SIDE",
    "NAME_MAX_LENGTH",
    "SETTING_KEYS",
    "AgencySettings",
    "SettingsService",
    "logo_size",
    "read_logo",
    "with_logo",
]

SETTING_KEYS = (
    "agency_name_th",
    "agency_name_en",
    "logo",
    "privacy_notice_th",
    "privacy_notice_en",
    "thai_digits",
    *POLICY_KEYS,  # backup_schedule, backup_keep_daily, backup_keep_weekly, backup_keep_monthly
)
NAME_MAX_LENGTH = 200
LOGO_MAX_SIDE = 600  # pixels: 5 cm at 300 dpi, more than a letterhead's logo needs
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_YES = ("yes", "true", "1", "on", "ใช่")
_NO = ("no", "false", "0", "off", "ไม่")


@dataclass(frozen=True)
class AgencySettings:
    name_th: str = ""
    name_en: str = ""
    logo: bytes | None = None  # PNG bytes, ready for ReportLab
    privacy_notice_th: str = ""
    privacy_notice_en: str = ""
    thai_digits: bool = False  # reports print Thai digits (๐–๙) in Thai
    logo_name: str = ""  # the file the logo was read from, for the user's information
    # The notice's version in force, for the user's information (read only: a save publishes).
    privacy_notice_version: int | None = field(default=None, compare=False)

    def name(self, lang: str) -> str:
        """The agency's name in ``lang`` ("th" or "en"), else in the other language."""
        return _in_language(lang, self.name_th, self.name_en)

    def privacy_notice(self, lang: str) -> str:
        """The privacy notice in ``lang``, else in the other language."""
        return _in_language(lang, self.privacy_notice_th, self.privacy_notice_en)


def _in_language(lang: str, thai: str, english: str) -> str:
    first, second = (thai, english) if lang == "th" else (english, thai)
    return first or second


class SettingsService:
    def __init__(self, db: Database) -> None:
        self._db = db

    @requires(Permission.READ)
    def agency(self) -> AgencySettings:
        """The agency's settings; what was never set is empty."""
        with self._db.session_scope() as session:
            rows = {row.key: row for row in session.scalars(select(AppSetting))}
            notice = current_notice(session)
        text = {key: row.value for key, row in rows.items()}
        logo = rows.get("logo")
        return AgencySettings(
            name_th=text.get("agency_name_th", ""),
            name_en=text.get("agency_name_en", ""),
            logo=logo.data if logo is not None and logo.data else None,
            privacy_notice_th=notice.text_th if notice is not None else "",
            privacy_notice_en=notice.text_en if notice is not None else "",
            thai_digits=text.get("thai_digits", "") == "yes",
            logo_name=logo.value if logo is not None and logo.data else "",
            privacy_notice_version=notice.version if notice is not None else None,
        )

    @requires(Permission.MANAGE_CATALOGUES)
    def set(self, key: str, value: str) -> None:
        """Set one setting from text, as the command line gives it: for "logo" a file's path
        ("" removes the logo); for "thai_digits" yes/no (true/false, 1/0)."""
        if key not in SETTING_KEYS:
            raise user_error(
                "Settings",
                QT_TRANSLATE_NOOP("Settings", "There is no setting called {key}. The settings are: {keys}."),
                key=key, keys=", ".join(SETTING_KEYS),
            )  # fmt: skip
        data: bytes | None = None
        if key in POLICY_KEYS:  # the backups' schedule: the administrator's (services.backups)
            require(self._db, Permission.MANAGE_BACKUPS)
            with self._db.session_scope() as session:
                store_policy(session, with_setting(read_policy(session), key, value))
            return
        if key == "logo":
            path = value.strip()
            data = read_logo(Path(path).expanduser()) if path else None
            value = Path(path).name if path else ""
        elif key == "thai_digits":
            value = "yes" if _yes_no(value) else "no"
        elif key.startswith("agency_name"):
            value = _checked_name(value)
        else:  # a privacy notice: the other language's text stays, a new version is published
            user = acting(self._db).login
            with self._db.session_scope() as session:
                notice = current_notice(session)
                texts = {"privacy_notice_th": notice.text_th if notice else "",
                         "privacy_notice_en": notice.text_en if notice else ""}  # fmt: skip
                texts[key] = value
                publish_notice(
                    session, texts["privacy_notice_th"], texts["privacy_notice_en"], user
                )
            return
        with self._db.session_scope() as session:
            _put(session, key, value, data)

    @requires(Permission.MANAGE_CATALOGUES)
    def save(self, settings: AgencySettings) -> None:
        """Store every setting at once (the Settings dialog): all of them, or none."""
        name_th, name_en = _checked_name(settings.name_th), _checked_name(settings.name_en)
        if settings.logo and not settings.logo.startswith(PNG_SIGNATURE):
            raise user_error(
                "Settings",
                QT_TRANSLATE_NOOP("Settings", "The logo must be given as a PNG image."),
            )
        logo = settings.logo or None
        user = acting(self._db).login
        with self._db.session_scope() as session:
            _put(session, "agency_name_th", name_th)
            _put(session, "agency_name_en", name_en)
            _put(session, "logo", (settings.logo_name or "logo.png") if logo else "", logo)
            publish_notice(session, settings.privacy_notice_th, settings.privacy_notice_en, user)
            _put(session, "thai_digits", "yes" if settings.thai_digits else "no")

    @requires(Permission.READ)
    def shown(self) -> list[tuple[str, str]]:
        """Every setting as (key, printable value), in ``SETTING_KEYS`` order; the logo as
        "PNG 320×120 px, 12 KB", or "" when there is none."""
        settings = self.agency()  # the agency's, then the backups' below
        with self._db.session_scope() as session:
            backups = read_policy(session).stored()
        logo = ""
        if settings.logo:
            width, height = logo_size(settings.logo)
            kilobytes = max(1, round(len(settings.logo) / 1024))
            logo = f"PNG {width}×{height} px, {kilobytes} KB"
        return [
            ("agency_name_th", settings.name_th),
            ("agency_name_en", settings.name_en),
            ("logo", logo),
            ("privacy_notice_th", settings.privacy_notice_th),
            ("privacy_notice_en", settings.privacy_notice_en),
            ("thai_digits", "yes" if settings.thai_digits else "no"),
            *backups.items(),
        ]


def with_logo(settings: AgencySettings, path: Path) -> AgencySettings:
    """``settings`` with the logo read from ``path`` (the dialog's Choose…); no database."""
    return replace(settings, logo=read_logo(path), logo_name=path.name)


def read_logo(path: Path) -> bytes:
    """Read any image Pillow knows, turn it upright (EXIF), scale it down so that its longer
    side is at most ``LOGO_MAX_SIDE`` px and return it as PNG, transparency kept."""
    if not path.is_file():
        raise user_error(
            "Settings",
            QT_TRANSLATE_NOOP("Settings", "The logo file {path} does not exist."),
            path=str(path),
        )
    try:
        with Image.open(path) as opened:
            image = ImageOps.exif_transpose(opened)
            image.load()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise user_error(
            "Settings",
            QT_TRANSLATE_NOOP(
                "Settings",
                "The logo file {path} is not an image VocDesk can read. Use a PNG or JPEG file.",
            ),
            path=str(path),
        ) from None
    transparent = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    image = image.convert("RGBA" if transparent else "RGB")
    image.thumbnail((LOGO_MAX_SIDE, LOGO_MAX_SIDE), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def logo_size(png: bytes) -> tuple[int, int]:
    """Width and height in pixels of stored logo PNG bytes."""
    with Image.open(io.BytesIO(png)) as image:
        return image.size


def _put(session: Session, key: str, value: str, data: bytes | None = None) -> None:
    row = session.get(AppSetting, key)
    if row is None:
        session.add(AppSetting(key=key, value=value, data=data))
    else:
        row.value, row.data = value, data


def _checked_name(value: str) -> str:
    name = " ".join(value.split())
    if len(name) > NAME_MAX_LENGTH:
        raise user_error(
            "Settings",
            QT_TRANSLATE_NOOP(
                "Settings",
                "The agency's name is {length} characters long; at most {limit} are allowed.",
            ),
            length=len(name), limit=NAME_MAX_LENGTH,
        )  # fmt: skip
    return name


def _yes_no(value: str) -> bool:
    word = value.strip().lower()
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise user_error(
        "Settings",
        QT_TRANSLATE_NOOP("Settings", "Print Thai digits takes yes or no, not {value}."),
        value=repr(value),
    )
