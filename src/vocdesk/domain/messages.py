"""User-facing messages raised below the UI, translated only where they are shown.

The domain knows no Qt, yet its messages must reach the user in Thai or English. A message is
an English source text marked with ``QT_TRANSLATE_NOOP`` (so ``lupdate`` collects it into
``translations/vocdesk_th.ts``) plus named parameters. The UI and the command line translate the
text with ``QCoreApplication.translate(context, text)`` and only then fill in the parameters.

A message about a number of things carries that number as ``count`` and says it with Qt's ``%n``
("%n row(s) could not be read"): Qt then picks the plural form of the language, from
``vocdesk_th.ts`` in Thai (one form) and from ``vocdesk_en.ts`` in English (one and many). Such a
text is marked ``QT_TRANSLATE_NOOP(context, text, None, count)``: with four arguments ``lupdate``
files it as a numerus entry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def QT_TRANSLATE_NOOP(  # noqa: N802 - the name lupdate looks for
    context: str, text: str, disambiguation: str | None = None, count: int | None = None
) -> str:
    """Mark ``text`` for translation in ``context`` without translating it here; given a
    ``count`` (a fourth argument), lupdate files it with plural forms."""
    return text


def english_plural(text: str, count: int) -> str:
    """``text`` with ``%n``/``%Ln`` and "(s)" resolved for ``count`` in English, for where no
    translator runs (logs, exception texts): "%n row(s)" -> "1 row", "3 rows"."""
    one = count == 1
    words = text.replace("(s)", "" if one else "s").replace("(es)", "" if one else "es")
    return words.replace("%Ln", f"{count:,}").replace("%n", str(count))


@dataclass(frozen=True)
class Message:
    """A translatable text with its context and the values to put into its ``{placeholders}``."""

    context: str
    text: str
    params: dict[str, Any] = field(default_factory=dict)
    count: int | None = None  # the number ``%n`` stands for; Qt picks the plural form by it

    def english(self) -> str:
        text = self.text if self.count is None else english_plural(self.text, self.count)
        return text.format(**{key: _english(value) for key, value in self.params.items()})


def _english(value: Any) -> Any:
    """A parameter in English: a nested ``Message`` in its words, a list of them one per line,
    a value in both languages (``in_language``, e.g. ``domain.tables.Named``) in English."""
    if isinstance(value, Message):
        return value.english()
    if callable(getattr(value, "in_language", None)):
        return value.in_language("en")
    if isinstance(value, list | tuple) and value and all(isinstance(v, Message) for v in value):
        return "\n".join(v.english() for v in value)
    return value


@dataclass(frozen=True)
class BothLanguages:
    """A parameter that is data, not a translation, in each language: the words a column accepts
    ("ปัจจุบัน, ในอนาคต, ในอดีต" / "current, potential, former"). The window and the command line
    show the one of the user's language."""

    th: str
    en: str

    def in_language(self, lang: str) -> str:
        return self.en if lang.lower().startswith("en") else (self.th or self.en)


class UserError(Exception):
    """An error the user caused and can fix; carries a translatable message, never a traceback."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.english())
        self.message = message


def user_error(context: str, text: str, /, **params: Any) -> UserError:
    """Build a ``UserError``; ``text`` must be a literal wrapped in ``QT_TRANSLATE_NOOP``."""
    return UserError(Message(context, text, params))


def counted_error(context: str, text: str, count: int, /, **params: Any) -> UserError:
    """A ``UserError`` about ``count`` things: ``text`` says it with ``%n`` and is marked
    ``QT_TRANSLATE_NOOP(context, text, None, count)``."""
    return UserError(Message(context, text, params, count))
