"""Reading one cell of a survey response file, and matching a file's headings to questions.

The rules are ``responses_import``'s (its docstring lists them); this module holds the words
and patterns: the "no opinion" words, a heading compared loosely, an answer by its number or
label. Each reader returns the value, ``NO_OPINION``, or raises ``CellError`` with a message in
context "ResponsesImport".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from vocdesk.domain.enums import QuestionType
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, Message
from vocdesk.domain.surveys.scales import level_labels
from vocdesk.domain.thai_dates import from_thai_digits
from vocdesk.io.cells import CellError
from vocdesk.io.sheet import cell_text
from vocdesk.io.table_spec import Column
from vocdesk.services.surveys.entry import EntryQuestion

__all__ = [
    "NO_OPINION",
    "NO_OPINION_WORDS",
    "QuestionColumn",
    "answers_shown",
    "cell_reader",
    "importance_names",
    "question_names",
    "read_cell",
    "read_one",
    "scale_labels",
    "squeeze",
    "word",
]

CONTEXT = "ResponsesImport"
NO_OPINION_WORDS = frozenset({
    "ไม่มีความคิดเห็น", "ไม่แสดงความคิดเห็น", "ไม่มีความเห็น", "ไม่แสดงความเห็น", "ไม่เกี่ยวข้อง",
    "ไม่สามารถประเมินได้", "ไม่ทราบ", "ไม่ได้ใช้บริการ", "ไม่มีข้อคิดเห็น", "n/a", "na", "no opinion", "not applicable",
    "don't know", "do not know", "no_opinion",
})  # fmt: skip
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff\xa0"), " ")
_NUMBER_IN_FRONT = re.compile(r"^\s*(?:ข้อ(?:ที่)?\s*)?(\d+(?:\.\d+)*)\s*[.):\-]?\s*")
_GRID = re.compile(r"^(.*)\[(.+)\]\s*$")
_VALUE_THEN_LABEL = re.compile(r"^\(?(-?\d+)\)?\s*[=:.)\-]?\s*(.+)$")
_LABEL_THEN_VALUE = re.compile(r"^(.+?)\s*[(\[](-?\d+)[)\]]$")


class _NoOpinion:
    """The parsed value of a "no opinion / not applicable" cell."""

    _instance: _NoOpinion | None = None

    def __new__(cls) -> _NoOpinion:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "NO_OPINION"


NO_OPINION = _NoOpinion()


def squeeze(text: str) -> str:
    """A heading or label compared loosely: no case, no spaces at all, no zero-width spaces,
    no trailing ``*``, ``:`` or ``?`` (required marks and question marks)."""
    text = cell_text(text).translate(_ZERO_WIDTH).lower()
    return "".join(text.split()).rstrip("*:?").replace("_", "")


def word(text: str) -> str:
    return " ".join(cell_text(text).translate(_ZERO_WIDTH).lower().split())


@dataclass(frozen=True)
class QuestionColumn(Column):
    """A question's column: headed by its code, its number, or its text (with or without the
    number in front, as online forms write it)."""

    names: frozenset[str] = frozenset()  # squeezed code, number and texts

    def accepts(self, heading: str) -> bool:
        return any(squeeze(c) in self.names for c in _heading_candidates(heading))


def _heading_candidates(heading: str) -> list[str]:
    text = cell_text(heading).translate(_ZERO_WIDTH)
    found = [text]
    grid = _GRID.match(text)
    if grid:
        found.append(grid[2])
    for item in list(found):
        stripped = _NUMBER_IN_FRONT.sub("", item, count=1)
        if stripped and stripped != item:
            found.append(stripped)
    return found


def question_names(question: EntryQuestion) -> frozenset[str]:
    names = {question.code, question.text_th, question.text_en, question.number}
    if question.number:
        names |= {f"{question.number} {question.text_th}", f"{question.number} {question.text_en}"}
    return frozenset(squeeze(n) for n in names if n and squeeze(n))


def importance_names(question: EntryQuestion) -> frozenset[str]:
    names = {f"{question.code}_importance", f"{question.code} importance",
             f"{question.code} ความสำคัญ", f"{question.code}_ความสำคัญ"}  # fmt: skip
    return frozenset(squeeze(n) for n in names)


# -- reading one cell -----------------------------------------------------------------------


def read_cell(
    question: EntryQuestion, read: Callable[[Any], Any], mapped: dict[str, str], raw: Any
) -> Any:
    try:
        if mapped:
            key = word(raw)
            if key in mapped:
                raw = mapped[key]
        found = read(raw)
    except CellError as error:
        return error
    if found is NO_OPINION and not question.offers_no_opinion:
        return _problem(
            QT_TRANSLATE_NOOP("ResponsesImport", "item {item} has no “no opinion” answer; leave the cell empty for no answer."),
            item=question.number or question.code,
        )  # fmt: skip
    return found


def scale_labels(question: EntryQuestion) -> dict[str, int]:
    """Each answer's label (Thai and English, compared loosely) → its value."""
    labels: dict[str, int] = {}
    pairs = [(c.value, c.label_th, c.label_en) for c in question.choices]
    if not pairs and question.type in (QuestionType.RATING, QuestionType.IMPORTANCE):
        pairs = [(v, th, en) for v, (th, en) in enumerate(level_labels(question.points or 5), 1)]
    for value, label_th, label_en in pairs:
        for label in (label_th, label_en):
            if label and squeeze(label):
                labels.setdefault(squeeze(label), value)
    return labels


def _problem(text: str, **params: Any) -> CellError:
    return CellError(Message(CONTEXT, text, params))


def _shown(raw: Any) -> str:
    text = cell_text(raw)
    return text if len(text) <= 40 else text[:39] + "…"


def answers_shown(question: EntryQuestion, labels: dict[str, int]) -> str:
    scale = question.scale
    if scale is not None:
        return f"{scale[0]}–{scale[1]}"
    return ", ".join(f"{c.value} {c.label_th}".strip() for c in question.choices) or "—"


def _integer(text: str) -> int | None:
    text = from_thai_digits(text).replace(",", "").strip()
    if re.fullmatch(r"-?\d+(\.0+)?", text):
        return int(float(text))
    return None


def read_one(question: EntryQuestion, labels: dict[str, int], raw: Any) -> Any:
    """A scale or single-choice cell: a value, ``NO_OPINION``, or a ``CellError``."""
    if isinstance(raw, int | float) and not isinstance(raw, bool) and float(raw).is_integer():
        value: int | None = int(raw)
        text = str(value)
    else:
        text = cell_text(raw)
        value = _integer(text)
    if value is None:
        if word(text) in NO_OPINION_WORDS:
            return NO_OPINION
        value = labels.get(squeeze(text))
        if value is None:
            value = _labelled_number(text, labels)
    if value is None:
        raise _problem(
            QT_TRANSLATE_NOOP("ResponsesImport", "“{value}” is not an answer of item {item} ({answers})."),
            value=_shown(raw), item=question.number or question.code,
            answers=answers_shown(question, labels),
        )  # fmt: skip
    if not question.accepts(value):
        scale = question.scale
        if scale is not None:
            raise _problem(
                QT_TRANSLATE_NOOP("ResponsesImport", "{value} is outside {low}–{high}, the scale of item {item}."),
                value=value, low=scale[0], high=scale[1], item=question.number or question.code,
            )  # fmt: skip
        raise _problem(
            QT_TRANSLATE_NOOP("ResponsesImport", "{value} is not an answer of item {item} ({answers})."),
            value=value, item=question.number or question.code,
            answers=answers_shown(question, labels),
        )  # fmt: skip
    return value


def _labelled_number(text: str, labels: dict[str, int]) -> int | None:
    """ "5 = มากที่สุด", "5. มากที่สุด", "มากที่สุด (5)": the number, if the label agrees."""
    for pattern, number_group, label_group in (
        (_VALUE_THEN_LABEL, 1, 2),
        (_LABEL_THEN_VALUE, 2, 1),
    ):
        match = pattern.match(from_thai_digits(text))
        if match:
            value = int(match[number_group])
            if labels.get(squeeze(match[label_group])) == value:
                return value
    return None


def _choices(question: EntryQuestion, labels: dict[str, int], raw: Any) -> Any:
    """A multiple-choice cell: the ticked values (sorted, no repeats), or ``NO_OPINION``."""
    text = cell_text(raw)
    if word(text) in NO_OPINION_WORDS:
        return NO_OPINION
    whole = labels.get(squeeze(text))
    if whole is not None:
        return (whole,)
    parts = [p for p in re.split(r"[;\n]", text) if p.strip()]
    if len(parts) == 1:
        parts = [p for p in text.split(",") if p.strip()]
    values: set[int] = set()
    for part in parts:
        values.add(read_one(question, labels, part.strip()))
    if NO_OPINION in values:  # type: ignore[comparison-overlap]
        raise _problem(
            QT_TRANSLATE_NOOP("ResponsesImport", "“{value}” mixes choices with “no opinion”."),
            value=_shown(raw),
        )  # fmt: skip
    return tuple(sorted(values))


def _number(question: EntryQuestion, raw: Any) -> Any:
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        return float(raw)
    text = from_thai_digits(cell_text(raw)).replace(",", "")
    if word(text) in NO_OPINION_WORDS:
        return NO_OPINION
    try:
        return float(text)
    except ValueError:
        raise _problem(
            QT_TRANSLATE_NOOP("ResponsesImport", "“{value}” is not a number (item {item})."),
            value=_shown(raw), item=question.number or question.code,
        ) from None  # fmt: skip


def _text(raw: Any) -> str:
    text = cell_text(raw)
    if len(text) > 4000:
        raise _problem(
            QT_TRANSLATE_NOOP("ResponsesImport", "the text has {length} characters; at most {limit} fit."),
            length=len(text), limit=4000,
        )  # fmt: skip
    return text


def cell_reader(question: EntryQuestion) -> Callable[[Any], Any]:
    """How a cell of ``question``'s column is read (before value maps and caching)."""
    kind = question.type
    if kind is QuestionType.NUMBER:
        return lambda raw: _number(question, raw)
    if kind is QuestionType.TEXT:
        return lambda raw: _text(raw)
    labels = scale_labels(question)
    if kind is QuestionType.MULTIPLE:
        return lambda raw: _choices(question, labels, raw)
    return lambda raw: read_one(question, labels, raw)
