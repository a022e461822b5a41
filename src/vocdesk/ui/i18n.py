"""Switching the user interface between Thai and English at run time.

English is the source language: every string in the code is English and ``translations/
vocdesk_th.qm`` (compiled by lrelease from ``vocdesk_th.ts``) turns it into Thai. Installing or
removing a translator makes Qt post ``QEvent.LanguageChange`` to every widget, whose
``changeEvent`` then calls its ``retranslate()``.

Texts about a number of things ("%n row(s)") are Qt numerus entries: Thai has one form (in
``vocdesk_th.ts``), English two, kept in ``vocdesk_en.ts`` (made by ``lupdate -pluralonly``, so
it holds nothing else), which is installed whenever the window or the command line speaks
English.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QTranslator,
    Signal,
)
from PySide6.QtWidgets import QApplication

from vocdesk.domain.clock import thai_time
from vocdesk.domain.messages import Message, english_plural
from vocdesk.domain.os_errors import file_problem
from vocdesk.domain.thai_dates import format_datetime
from vocdesk.ui.models.no_data import reserve_none_references

log = logging.getLogger(__name__)

LANGUAGES = ("th", "en")
TRANSLATION_BASENAME = "vocdesk"

# Qt ships no Thai translation of its own texts (qtbase_th.qm does not exist), so the buttons
# of every standard dialog and the edit context menus would stay English in a Thai window.
# Keys are Qt's (context, source text) exactly as Qt asks for them (probed on Qt 6.12).
_EDIT_MENU_TH = {
    "&Undo": "เลิกทำ(&U)",
    "&Redo": "ทำซ้ำ(&R)",
    "Cu&t": "ตัด(&T)",
    "&Copy": "คัดลอก(&C)",
    "&Paste": "วาง(&P)",
    "Delete": "ลบ",
    "Select All": "เลือกทั้งหมด",
}
QT_OWN_TEXTS_TH: dict[tuple[str, str], str] = {
    ("QPlatformTheme", "OK"): "ตกลง",
    ("QPlatformTheme", "Save"): "บันทึก",
    ("QPlatformTheme", "Save All"): "บันทึกทั้งหมด",
    ("QPlatformTheme", "Open"): "เปิด",
    ("QPlatformTheme", "&Yes"): "ใช่(&Y)",
    ("QPlatformTheme", "Yes to &All"): "ใช่ทั้งหมด(&A)",
    ("QPlatformTheme", "&No"): "ไม่ใช่(&N)",
    ("QPlatformTheme", "N&o to All"): "ไม่ใช่ทั้งหมด(&O)",
    ("QPlatformTheme", "Abort"): "ยุติ",
    ("QPlatformTheme", "Retry"): "ลองอีกครั้ง",
    ("QPlatformTheme", "Ignore"): "ข้าม",
    ("QPlatformTheme", "Close"): "ปิด",
    ("QPlatformTheme", "Cancel"): "ยกเลิก",
    ("QPlatformTheme", "Discard"): "ไม่บันทึก",
    ("QPlatformTheme", "Don't Save"): "ไม่บันทึก",
    ("QPlatformTheme", "Close without Saving"): "ปิดโดยไม่บันทึก",
    ("QPlatformTheme", "Help"): "วิธีใช้",
    ("QPlatformTheme", "Apply"): "นำไปใช้",
    ("QPlatformTheme", "Reset"): "ตั้งค่าใหม่",
    ("QPlatformTheme", "Restore Defaults"): "คืนค่าเริ่มต้น",
    ("QMessageBox", "Show Details..."): "แสดงรายละเอียด...",
    ("QMessageBox", "Hide Details..."): "ซ่อนรายละเอียด...",
    ("QProgressDialog", "Cancel"): "ยกเลิก",
    ("QAbstractSpinBox", "&Select All"): "เลือกทั้งหมด(&S)",
    ("QAbstractSpinBox", "&Step up"): "เพิ่มขึ้น(&S)",
    ("QAbstractSpinBox", "Step &down"): "ลดลง(&D)",
    **{("QLineEdit", source): thai for source, thai in _EDIT_MENU_TH.items()},
    **{("QWidgetTextControl", source): thai for source, thai in _EDIT_MENU_TH.items()},
}


class QtOwnTextsTranslator(QTranslator):
    """Thai for the few texts Qt itself shows (dialog buttons, edit menus), from a table."""

    def __init__(self, texts: dict[tuple[str, str], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._texts = dict(texts)

    def translate(  # noqa: D102 - Qt's virtual
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        # Unknown texts come back unchanged rather than as None: PySide6 6.12 loses a reference
        # to None each time a Python override returns it, and the interpreter aborts after
        # enough of them. This translator is installed first, so it is asked last and an
        # unchanged text shadows no other translator.
        return self._texts.get((context, source_text), source_text)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's virtual
        return not self._texts

    def language(self) -> str:
        return "th"


def locale_for(lang: str) -> QLocale:
    """The QLocale behind a UI language: Thai names of weekdays, Thai number conventions."""
    if lang == "th":
        return QLocale(QLocale.Language.Thai, QLocale.Country.Thailand)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def current_language() -> str:
    """The UI language now in force ("th" or "en"), read from the default QLocale that
    ``LanguageManager.set_language`` sets; widgets use it to format dates and years."""
    return "th" if QLocale().language() == QLocale.Language.Thai else "en"


def system_language() -> str:
    """ "th" if the operating system's locale is Thai, else "en": the first-run default."""
    return "th" if QLocale.system().language() == QLocale.Language.Thai else "en"


def translate_message(message: Message) -> str:
    """A domain ``Message`` in the UI language: translate the literal, then fill it in.

    A parameter that is itself a ``Message`` is translated too, so a service can say
    "{field} is required" with a translatable field name; a list of messages (an importer's
    problems) becomes one translated message a line.
    """
    params: dict[str, Any] = {
        key: _translated_reason(value) if key in SYSTEM_REASON_KEYS else _translated_param(value)
        for key, value in message.params.items()
    }
    if message.count is None:
        text = QCoreApplication.translate(message.context, message.text)
    else:  # Qt picks the plural form and puts the number in place of %n
        text = counted(
            QCoreApplication.translate(message.context, message.text, None, message.count),
            message.count,
        )
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        # A translation that lost or misspelt a placeholder must not hide the message.
        log.warning("translation of %r does not fit its parameters", message.text)
        return message.text.format(**params)


# Parameters that may carry the operating system's or SQLite's own English words ("No such file
# or directory"): the common ones are said in the UI language, the original goes to the log.
SYSTEM_REASON_KEYS = frozenset({"reason", "details", "error"})


def _translated_reason(value: Any) -> Any:
    if isinstance(value, str):
        problem = file_problem(value)
        if problem is not None:
            log.info("system message shown translated: %s", value)
            return translate_message(problem)
    return _translated_param(value)


def _translated_param(value: Any) -> Any:
    if isinstance(value, datetime):  # a moment (a lock's end): on the Thai clock, B.E. in Thai
        return format_datetime(thai_time(value), current_language(), "short")
    if isinstance(value, Message):
        return translate_message(value)
    if callable(getattr(value, "in_language", None)):  # BothLanguages, Named: data, not words
        return value.in_language(current_language())
    if isinstance(value, list | tuple) and value and all(isinstance(v, Message) for v in value):
        return "\n".join(translate_message(v) for v in value)
    return value


class LanguageManager(QObject):
    """Owns the installed translators; one per application, built by ``app.py``."""

    language_changed = Signal(str)

    def __init__(self, app: QCoreApplication, translations_dir: Path) -> None:
        super().__init__(app)
        self._app = app
        self._translations_dir = Path(translations_dir)
        self._language = "en"  # the source language: nothing installed yet
        self._installed: list[QTranslator] = []
        self._applied = False  # the first call always sets the locale, even for "en"

    @property
    def language(self) -> str:
        return self._language

    @property
    def translations_dir(self) -> Path:
        return self._translations_dir

    def set_language(self, lang: str) -> None:
        """Show the UI in ``lang`` ("th" or "en"); widgets retranslate on the LanguageChange
        event Qt posts when a translator comes or goes."""
        if lang not in LANGUAGES:
            raise ValueError(f"unsupported UI language {lang!r}; expected one of {LANGUAGES}")
        if self._applied and lang == self._language:
            return
        # The locale first: retranslating widgets read it to format dates with B.E. years.
        QLocale.setDefault(locale_for(lang))
        self._remove_translators()
        if lang == "th":
            self._install_thai()
        else:
            self._install_english_plurals()
        self._language = lang
        self._applied = True
        self._refresh_widget_locales()
        self.language_changed.emit(lang)

    def _install_thai(self) -> None:
        # The translator installed last is asked first: ours, then Qt's own (if any), then
        # the table of Qt texts that Qt does not translate to Thai.
        self._install(QtOwnTextsTranslator(QT_OWN_TEXTS_TH, self))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for directory in (self._translations_dir, Path(qt_dir)):
            qt_base = QTranslator(self)
            if qt_base.load(locale_for("th"), "qtbase", "_", str(directory)):
                self._install(qt_base)
                break
        ours = QTranslator(self)
        qm_name = f"{TRANSLATION_BASENAME}_th.qm"
        if ours.load(qm_name, str(self._translations_dir)):
            self._install(ours)
        else:
            log.warning("no Thai translation at %s", self._translations_dir / qm_name)

    def uninstall(self) -> None:
        """Take every translator of this manager out of the application (a screenshot or a
        test that borrowed the application); the language left is the source, English."""
        self._remove_translators()
        self._language = "en"
        self._applied = False

    def _install_english_plurals(self) -> None:
        # English is the source language; only the plural forms of "%n row(s)" need a file.
        plurals = QTranslator(self)
        qm_name = f"{TRANSLATION_BASENAME}_en.qm"
        if plurals.load(qm_name, str(self._translations_dir)):
            self._install(plurals)
        else:
            log.warning("no English plural forms at %s", self._translations_dir / qm_name)

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)

    def _remove_translators(self) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
            translator.deleteLater()
        self._installed.clear()

    def _refresh_widget_locales(self) -> None:
        # Widgets copy the default locale when created; unsetLocale() makes every window
        # (and its children that have no locale of their own) take the new default.
        if not isinstance(self._app, QApplication):
            return
        for window in QApplication.topLevelWidgets():
            if not window.testAttribute(Qt.WidgetAttribute.WA_SetLocale):
                window.unsetLocale()


def install_headless_translation(
    translations_dir: Path, lang: str, program: str = "vocdesk"
) -> tuple[QCoreApplication, LanguageManager]:
    """Qt's translation for a command-line run: a QCoreApplication (no display needed) with the
    language installed. Keep both returned objects alive while translating."""
    reserve_none_references()  # before Qt runs: PySide6 6.12 loses references to None and True
    app = QCoreApplication.instance() or QCoreApplication([program])
    manager = LanguageManager(app, translations_dir)
    manager.set_language(lang)
    return app, manager


def translate(context: str, text: str, count: int | None = None) -> str:
    """``text`` translated in ``context`` by the installed translators (unchanged if none);
    with a ``count``, in the plural form for it, with the number in place of ``%n``."""
    if count is None:
        return QCoreApplication.translate(context, text)
    return counted(QCoreApplication.translate(context, text, None, count), count)


def counted(translated: str, count: int) -> str:
    """A numerus text as Qt gave it back, made right in English even where no translator had
    it (a missing vocdesk_en.qm, a test without a LanguageManager): "(s)" is resolved by
    ``count``. A found translation has no "(s)" left, so this changes nothing then. Wrap every
    ``self.tr("%n row(s)", "", n)`` in it."""
    if "(s)" in translated or "(es)" in translated:
        return english_plural(translated, count)
    return translated


def translator_for(translations_dir: Path, lang: str) -> Callable[[str, str], str]:
    """A translate function (context, text) for ``lang``, whatever language the UI is in: a
    report may be printed in Thai from an English window, and the other way round."""
    if lang != "th":
        return lambda context, text: text
    translator = QTranslator()
    if not translator.load(f"{TRANSLATION_BASENAME}_th.qm", str(translations_dir)):
        log.warning("no Thai translation at %s: the report stays English", translations_dir)
        return lambda context, text: text

    def translate_th(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    return translate_th
