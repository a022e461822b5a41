"""The rules a translation file and the source must follow, as functions the tests apply."""

from __future__ import annotations

import ast
from collections import Counter
from collections.abc import Iterable

from ts_file import TsMessage, format_fields, qt_markers

# The callables lupdate reads, and the position of the source text among their arguments.
TRANSLATING_CALLS = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1, "QT_TR_NOOP": 0}


def untranslated(messages: Iterable[TsMessage]) -> list[str]:
    return [m.where() for m in messages if m.is_current and not m.is_translated]


def placeholder_problems(messages: Iterable[TsMessage]) -> list[str]:
    """Translations whose {named} fields or %n / %1 markers differ from their source's."""
    problems = []
    for message in messages:
        source_fields = format_fields(message.source)
        source_markers = qt_markers(message.source)
        for form in (f for f in message.forms if f.strip()):
            if source_fields is not None and format_fields(form) != source_fields:
                problems.append(f"{message.where()} -> {form!r}: the {{placeholders}} differ")
            markers = qt_markers(form)
            # A language with a single plural form may say the count without %n.
            plural_without_count = (
                message.numerus and markers + Counter({"%n": 1}) == source_markers
            )
            if markers != source_markers and not plural_without_count:
                problems.append(f"{message.where()} -> {form!r}: the %n / %1 markers differ")
    return problems


def _built_at_run_time(node: ast.expr) -> bool:
    """An f-string, "...".format(...), or "..." % / + ...: lupdate cannot see the final text."""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr == "format"
    return isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Mod, ast.Add))


def texts_built_at_run_time(source: str, filename: str = "<source>") -> list[str]:
    """Calls of tr/translate/QT_TRANSLATE_NOOP whose text is built at run time, as file:line."""
    offenders = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        position = TRANSLATING_CALLS.get(name)
        if position is None or len(node.args) <= position:
            continue  # e.g. str.translate(table) has a single argument
        if _built_at_run_time(node.args[position]):
            offenders.append(f"{filename}:{node.lineno}: {ast.unparse(node)[:100]}")
    return offenders
