"""The command line's texts, translated once a Qt application exists to hold the translator."""

from __future__ import annotations

import logging
import os
import sys
from typing import Any

from vocdesk.cli.common import LANGUAGES
from vocdesk.domain.messages import UserError, english_plural
from vocdesk.paths import translations_dir


class Messages:
    """Translates the command line's texts once a Qt application exists to hold the translator.

    Headless commands get a ``QCoreApplication`` (no display needed) at the start. The window
    and the screenshots build their own ``QApplication``, which must be the first application,
    so for them the translator is only installed when something is printed afterwards.
    """

    def __init__(self, language: str | None) -> None:
        self._language = language  # None: VOCDESK_LANG, else the window's (default_language)
        self._app: Any = None
        self._languages: Any = None
        self._broken = False  # Qt could not be loaded: speak English rather than fail

    @property
    def language(self) -> str:
        if self._language is None:
            self._language = env_language() or window_language()
        return self._language

    @property
    def installed(self) -> bool:
        return self._languages is not None

    def install(self) -> None:
        if self._languages is not None or self._broken:
            return
        try:
            from vocdesk.ui.i18n import install_headless_translation

            self._app, self._languages = install_headless_translation(
                translations_dir(), self.language, sys.argv[0] or "vocdesk"
            )
        except Exception:  # noqa: BLE001 - messages must still come out, in English
            logging.getLogger(__name__).exception("the translator could not be installed")
            self._broken = True

    def tr(self, text: str, count: int | None = None, /, **params: Any) -> str:
        """``text`` translated in context "Cli", then its ``{placeholders}`` filled in; with a
        ``count`` (positional), in the plural form for it (``text`` says it as ``%n``)."""
        self.install()
        translated = text if count is None else english_plural(text, count)
        if self.installed:
            from vocdesk.ui.i18n import translate

            translated = translate("Cli", text, count)
        try:
            return translated.format(**params) if params else translated
        except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
            fallback = text if count is None else english_plural(text, count)
            return fallback.format(**params)

    def translate(self, context: str, text: str) -> str:
        """``text`` translated in ``context`` (argparse's words are in their own context)."""
        self.install()
        if not self.installed:
            return text
        from vocdesk.ui.i18n import translate

        return translate(context, text)

    def error(self, error: UserError) -> str:
        self.install()
        if not self.installed:
            return error.message.english()
        from vocdesk.ui.i18n import translate_message

        return translate_message(error.message)


def env_language() -> str | None:
    wanted = os.environ.get("VOCDESK_LANG", "").strip().lower()[:2]
    return wanted if wanted in LANGUAGES else None


def window_language() -> str:
    """The language last chosen in the window (its settings file), else Thai, the window's own
    first-run default: so that the window and the command line answer in one language.

    The one rule, for both: ``--lang``, else ``VOCDESK_LANG``, else the window's language."""
    from vocdesk.paths import settings_path

    path = settings_path()
    if not path.is_file():  # never create a settings file just to read it
        return DEFAULT_LANGUAGE
    try:
        from vocdesk.ui.settings import Settings

        return Settings(path).language
    except Exception:  # noqa: BLE001 - an unreadable settings file must not stop a command
        logging.getLogger(__name__).exception("could not read the language from %s", path)
        return DEFAULT_LANGUAGE


DEFAULT_LANGUAGE = "th"  # ui/settings.py's Settings.language default
