"""User-facing messages raised below the UI, translated only where they are shown.

The domain knows no Qt, yet its messages must reach the user in Thai or English. A message is
an English source text marked with ``QT_TRANSLATE_NOOP`` (so ``lupdate`` collects it into
``translations/vocdesk_th.ts``) plus named parameters. The UI and the command line translate the
text with ``QCoreApplication.translate(context, text)`` and only then fill in the parameters.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context`` without translating it here."""
    return text


@dataclass(frozen=True)
class Message:
    """A translatable text with its context and the values to put into its ``{placeholders}``."""

    context: str
    text: str
    params: dict[str, Any] = field(default_factory=dict)

    def english(self) -> str:
        return self.text.format(**{key: _english(value) for key, value in self.params.items()})


def _english(value: Any) -> Any:
    """A parameter in English: a nested ``Message`` in its words, a list of them one per line."""
    if isinstance(value, Message):
        return value.english()
    if isinstance(value, list | tuple) and value and all(isinstance(v, Message) for v in value):
        return "\n".join(v.english() for v in value)
    return value


class UserError(Exception):
    """An error the user caused and can fix; carries a translatable message, never a traceback."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.english())
        self.message = message


def user_error(context: str, text: str, /, **params: Any) -> UserError:
    """Build a ``UserError``; ``text`` must be a literal wrapped in ``QT_TRANSLATE_NOOP``."""
    return UserError(Message(context, text, params))
