"""Turning one imported cell into a value, or into a message saying what is wrong with it.

Each parser takes the raw cell (text from a CSV; text, number, date or datetime from a workbook)
and returns the value, or raises ``CellError`` with a translatable problem. An empty cell is
handled by ``vocdesk.io.table_spec`` before a parser is called, so parsers see filled cells only.
Exports write what these read back: dates as ISO ``yyyy-mm-dd``, times as ISO with their offset,
enums by their stored value, yes/no as ``yes``/``no`` (``format_date``, ``format_datetime``,
``format_bool`` at the end, beside the parsers they answer to).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime, timedelta, timezone
from enum import StrEnum
from functools import lru_cache
from typing import Any, TypeVar
from weakref import WeakKeyDictionary

from vocdesk.domain.clock import THAI_TIME
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, BothLanguages, Message, UserError
from vocdesk.domain.thai_dates import (
    BE_OFFSET,
    BE_YEAR_THRESHOLD,
    from_thai_digits,
    parse_thai_date,
)
from vocdesk.io.sheet import cell_text

CONTEXT = "CellCheck"
E = TypeVar("E", bound=StrEnum)
Parser = Callable[[Any], Any]
# A whole column of cells read at once: the values a parser gives each cell (an empty cell None),
# or None when a cell needs the parser's own way (see ``column_reader``).
ColumnReader = Callable[[list[Any]], "list[Any] | None"]

EXCEL_EPOCH = date(1899, 12, 30)  # Excel's day 0, counting its phantom 29 Feb 1900
EXCEL_SERIALS = range(20_000, 80_000)  # 1954-2119: a bare number in that range is a date serial

TRUE_WORDS = frozenset({"yes", "y", "true", "1", "ใช่", "มี", "ยินยอม", "x", "✓"})
FALSE_WORDS = frozenset({"no", "n", "false", "0", "ไม่ใช่", "ไม่", "ไม่มี", "ไม่ยินยอม", "-"})

_DATE_WITH_TIME = re.compile(r"(?P<date>[^\sT]+)[T\s]+\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?")
_TIME = re.compile(
    r"(?P<date>[^\sT]+)(?:[T\s]+(?P<h>\d{1,2})[:.](?P<m>\d{2})(?:[:.](?P<s>\d{2})(?:\.\d+)?)?"
    r"\s*(?:น\.)?\s*(?P<zone>Z|[+-]\d{2}(?::?\d{2})?)?)?"
)


class CellError(Exception):
    """One cell's problem; the table checker adds the row and the column."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.english())
        self.message = message


def problem(text: str, /, **params: Any) -> CellError:
    """A ``CellError``; ``text`` must be a literal in ``QT_TRANSLATE_NOOP("CellCheck", ...)``."""
    return CellError(Message(CONTEXT, text, params))


def _shown(value: Any) -> str:
    text = cell_text(value)
    return text if len(text) <= 40 else text[:39] + "…"


# -- whole columns (issue 18: a complaint file is 20,000 rows x 36 columns): the quick way of a
# parser, taken only where it gives what the parser gives cell by cell.

_COLUMN_READERS: WeakKeyDictionary[Callable[..., Any], ColumnReader] = WeakKeyDictionary()


def column_reader(parse: Parser) -> ColumnReader | None:
    """How to read a whole column of cells as ``parse`` reads each, quicker, if there is one.

    The reader takes the raw cells of a column (any may be empty: None or blank text) and
    returns each cell's value (None for an empty cell) exactly as ``parse`` gives it; or None
    when a cell is not of the form it reads at once, or is wrong (a problem to report): then
    the caller reads the column cell by cell with ``parse``, which raises what it must."""
    try:
        return _COLUMN_READERS.get(parse)
    except TypeError:  # not weakly referable: no reader
        return None


def _reads_columns(parse: Parser, reader: ColumnReader) -> None:
    _COLUMN_READERS[parse] = reader


def _texts(cells: list[Any], max_length: int | None) -> list[Any] | None:
    """A column of text cells, trimmed, as ``cell_text`` gives them (empty: None)."""
    if set(map(type, cells)) != {str}:
        return None
    texts = [cell.strip() for cell in cells]
    # A guard quote ("'=x") is taken off by cell_text: such a column goes cell by cell (a line
    # of a longer text starting with one is taken for one, which costs only time).
    if "\n'" in "\n" + "\n".join(texts):
        return None
    if max_length is not None and texts and max(map(len, texts)) > max_length:
        return None
    return [text or None for text in texts]


_NOTHING: dict[Any, Any] = {}


def _each(parse: Parser, quick: Mapping[Any, Any] | None = None) -> ColumnReader:
    """A reader calling ``parse`` on each filled cell (``quick``: cells looked up at once), and
    giving up on the first problem."""

    def read(cells: list[Any]) -> list[Any] | None:
        values: list[Any] = []
        append = values.append
        found: Callable[[Any], Any] = _NOTHING.get if quick is None else quick.get
        try:
            for cell in cells:
                if type(cell) is str:
                    value = found(cell)
                    if value is not None:
                        append(value)
                    elif cell.strip():
                        append(parse(cell))
                    else:
                        append(None)
                elif cell is None or not cell_text(cell):
                    append(None)
                else:
                    append(parse(cell))
        except CellError:
            return None
        return values

    return read


def parse_text(value: Any) -> str:
    return cell_text(value)


_reads_columns(parse_text, lambda cells: _texts(cells, None))


def text_parser(max_length: int) -> Parser:
    """Trimmed text of at most ``max_length`` characters (the database column's size)."""

    def parse(value: Any) -> str:
        text = cell_text(value)
        if len(text) > max_length:
            raise problem(
                QT_TRANSLATE_NOOP(
                    "CellCheck", "the text has {length} characters; at most {limit} fit."
                ),
                length=len(text),
                limit=max_length,
            )
        return text

    _reads_columns(parse, lambda cells: _texts(cells, max_length))
    return parse


def parse_list(value: Any) -> list[str]:
    """A list typed in one cell, one item per line or separated by ";" (as exports write it)."""
    return [item.strip() for item in re.split(r"[;\n]", cell_text(value)) if item.strip()]


def parse_int(value: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if type(value) is str and len(value) < 16 and value.isascii() and value.isdigit():
        return int(value)  # plain digits, as exports write them (the long way reads them so)
    text = from_thai_digits(cell_text(value)).replace(",", "")
    try:
        return int(float(text)) if re.fullmatch(r"-?\d+(\.0+)?", text) else int(text)
    except ValueError:
        raise problem(
            QT_TRANSLATE_NOOP("CellCheck", "“{value}” is not a whole number."), value=_shown(value)
        ) from None


def int_parser(low: int, high: int) -> Parser:
    def parse(value: Any) -> int:
        number = parse_int(value)
        if not low <= number <= high:
            raise problem(
                QT_TRANSLATE_NOOP("CellCheck", "{value} is outside {low}–{high}."),
                value=number,
                low=low,
                high=high,
            )
        return number

    # The small numbers a file repeats ("0" … "5") looked up at once, as ``parse`` reads them.
    _reads_columns(parse, _each(parse, {str(n): n for n in range(max(low, 0), min(high, 100) + 1)}))
    return parse


def parse_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = cell_text(value).lower()
    if text in TRUE_WORDS:
        return True
    if text in FALSE_WORDS:
        return False
    raise problem(
        QT_TRANSLATE_NOOP("CellCheck", "“{value}” is not yes or no (write yes/no or ใช่/ไม่ใช่)."),
        value=_shown(value),
    )


# A word already trimmed and in lower case reads at once (False is looked up as well: ``_each``
# tells a value found from None).
_reads_columns(
    parse_bool,
    _each(parse_bool, dict.fromkeys(TRUE_WORDS, True) | dict.fromkeys(FALSE_WORDS, False)),
)


def parse_record_id(value: Any) -> uuid.UUID:
    """A VocDesk record id (a UUID as an export writes it), so that a re-import updates the record."""
    try:
        return uuid.UUID(cell_text(value))
    except ValueError:
        raise problem(
            QT_TRANSLATE_NOOP("CellCheck", "“{value}” is not a VocDesk record id."),
            value=cell_text(value)[:40],
        ) from None


def parse_date(value: Any) -> date:
    """A date: a workbook date, an Excel serial number, ISO, or dd/mm/yyyy in B.E. or C.E.; a time
    of day after it (Excel writes "1/3/2026 0:00" for a date cell saved as CSV) is left out."""
    if isinstance(value, datetime):  # also pandas' Timestamp
        return value.date()
    if isinstance(value, date):
        return value
    if type(value) is str and len(value) == 10 and value[4] == "-":  # ISO, as exports write it
        try:
            day = date.fromisoformat(value)
        except ValueError:
            pass
        else:
            if day.year < BE_YEAR_THRESHOLD:  # a B.E. year goes the long way, to be converted
                return day
    text = from_thai_digits(cell_text(value))
    if re.fullmatch(r"\d{5}(\.0+)?", text) and int(float(text)) in EXCEL_SERIALS:
        return EXCEL_EPOCH + timedelta(days=int(float(text)))
    if with_time := _DATE_WITH_TIME.fullmatch(text):  # Excel's CSV of a date cell: "1/3/2026 0:00"
        text = with_time["date"]
    try:
        return parse_thai_date(text)
    except UserError as error:
        raise CellError(error.message) from None


# ISO texts read lately, and their moments: a complaint file repeats half of its moments within
# a row (received, then the history's first line; resolved, then its line), and a moment is
# immutable. Emptied when full, so it stays small whatever the file.
_ISO_SEEN: dict[str, datetime] = {}
_ISO_SEEN_SIZE = 4096


def parse_datetime(value: Any) -> datetime:
    """An aware UTC moment. A time with an offset ("+07", "+0700", "+07:00", "Z") keeps it; a
    time without one, and a bare date, is Thai time (a bare date is taken at midnight)."""
    if isinstance(value, datetime):  # a workbook keeps no zone: Thai time
        moment = value.to_pydatetime() if hasattr(value, "to_pydatetime") else value
        return (moment if moment.tzinfo else moment.replace(tzinfo=THAI_TIME)).astimezone(UTC)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=THAI_TIME).astimezone(UTC)
    if (
        type(value) is str and len(value) > 15 and value[4] == "-" and value[10] in "T "
    ):  # ISO: C speed
        seen = _ISO_SEEN.get(value)
        if seen is not None:
            return seen
        try:
            moment = datetime.fromisoformat(value.strip())
        except ValueError:
            pass
        else:
            if moment.year < BE_YEAR_THRESHOLD:  # whole seconds, as the long way reads them
                if moment.microsecond:
                    moment = moment.replace(microsecond=0)
                moment = (moment if moment.tzinfo else moment.replace(tzinfo=THAI_TIME)).astimezone(
                    UTC
                )
                if len(_ISO_SEEN) >= _ISO_SEEN_SIZE:
                    _ISO_SEEN.clear()
                _ISO_SEEN[value] = moment
                return moment
    text = from_thai_digits(cell_text(value))
    match = _TIME.fullmatch(text)
    if match is None:
        raise problem(
            QT_TRANSLATE_NOOP(
                "CellCheck",
                "“{value}” is not a date and time: write it as dd/mm/yyyy hh:mm or yyyy-mm-ddThh:mm+07:00.",
            ),
            value=_shown(value),
        )
    day = parse_date(match["date"])
    hour, minute, second = int(match["h"] or 0), int(match["m"] or 0), int(match["s"] or 0)
    if hour > 23 or minute > 59 or second > 59:
        raise problem(
            QT_TRANSLATE_NOOP("CellCheck", "“{value}” has an impossible time of day."),
            value=_shown(value),
        )
    zone = THAI_TIME if not match["zone"] else _zone(match["zone"])
    return datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=zone).astimezone(UTC)


_reads_columns(parse_date, _each(parse_date))
_reads_columns(parse_datetime, _each(parse_datetime, _ISO_SEEN))


@lru_cache(maxsize=64)
def _zone(text: str) -> Any:
    if text == "Z":
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:] or 0)
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def enum_parser(enum_cls: type[E], words: Mapping[str, E] | None = None) -> Parser:
    """A member of ``enum_cls``, by its stored value ("in_progress") or by one of ``words``
    (labels the agency's files use, in Thai or English; matched without case)."""
    accepted: dict[str, E] = {member.value: member for member in enum_cls}
    accepted.update({member.name.lower(): member for member in enum_cls})
    accepted.update({key.strip().lower(): member for key, member in (words or {}).items()})
    # A Thai reader is told the Thai words the column accepts (the first Thai one of each
    # member), an English reader the stored values: both are read back.
    thai: dict[E, str] = {}
    for key, member in (words or {}).items():
        if member not in thai and any("\u0e00" <= ch <= "\u0e7f" for ch in key):
            thai[member] = key.strip()
    choices = BothLanguages(
        th=", ".join(thai.get(member, member.value) for member in enum_cls),
        en=", ".join(member.value for member in enum_cls),
    )

    # A cell already in the form a key is compared in (as exports write it) is found at once.
    as_written = {key: member for key, member in accepted.items()
                  if " ".join(cell_text(key).lower().split()) == key}  # fmt: skip

    def parse(value: Any) -> E:
        if type(value) is str and value in as_written:
            return as_written[value]
        key = " ".join(cell_text(value).lower().split())
        if key in accepted:
            return accepted[key]
        raise problem(
            QT_TRANSLATE_NOOP("CellCheck", "“{value}” is not one of: {choices}."),
            value=_shown(value),
            choices=choices,
        )

    _reads_columns(parse, _each(parse, as_written))
    return parse


def be_year_of(year: int) -> int:
    """A year typed either way, as B.E. (2569 stays, 2026 becomes 2569)."""
    return year if year >= BE_YEAR_THRESHOLD else year + BE_OFFSET


# -- writing cells: exports write what the parsers above read, so an export imports again unchanged


def format_date(day: date | None) -> str:
    """ISO ``yyyy-mm-dd`` (C.E.), as ``parse_date`` reads it; no date, an empty cell."""
    return "" if day is None else day.isoformat()


def format_datetime(moment: datetime | None) -> str:
    """A stored UTC moment as ISO text in Thai time with its offset, to the second, as
    ``parse_datetime`` reads it; no moment, an empty cell."""
    return "" if moment is None else moment.astimezone(THAI_TIME).isoformat(timespec="seconds")


def format_bool(value: bool | None) -> str:
    """``yes`` or ``no``, as ``parse_bool`` reads them; not known, an empty cell."""
    return "" if value is None else ("yes" if value else "no")
