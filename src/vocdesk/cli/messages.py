"""The command line's texts, translated once a Qt application exists to hold the translator."""

from __future__ import annotations

import logging
import os
import sys
from typing import Any

from vocdesk.cli.common import LANGUAGES
from vocdesk.domain.messages import UserError
from vocdesk.paths import translations_dir


class Messages:
    """Translates the command line's texts once a Qt application exists to hold the translator.

    Headless commands get a ``QCoreApplication`` (no display needed) at the start. The window
    and the screenshots build their own ``QApplication``, which must be the first application,
    so for them the translator is only installed when something is printed afterwards.
    """

    def __init__(self, language: str | None) -> None:
        self._language = language  # None: VOCDESK_LANG, else the system's language
        self._app: Any = None
        self._languages: Any = None
        self._broken = False  # Qt could not be loaded: speak English rather than fail

    @property
    def language(self) -> str:
        if self._language is None:
            self._language = env_language() or system_language()
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

    def tr(self, text: str, **params: Any) -> str:
        """``text`` translated in context "Cli", then its ``{placeholders}`` filled in."""
        self.install()
        translated = text
        if self.installed:
            from vocdesk.ui.i18n import translate

            translated = translate("Cli", text)
        try:
            return translated.format(**params) if params else translated
        except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
            return text.format(**params)

    def error(self, error: UserError) -> str:
        self.install()
        if not self.installed:
            return error.message.english()
        from vocdesk.ui.i18n import translate_message

        return translate_message(error.message)


def env_language() -> str | None:
    wanted = os.environ.get("VOCDESK_LANG", "").strip().lower()[:2]
    return wanted if wanted in LANGUAGES else None


def system_language() -> str:
    from vocdesk.ui.i18n import system_language

    return system_language()
