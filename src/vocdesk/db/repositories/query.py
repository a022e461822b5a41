"""How a table on screen asks for its rows: search text, sort column, direction, a page.

Every list in the window is a view of one SQL query: the search filters in ``WHERE``, the sort
column goes into ``ORDER BY`` (followed by the primary key, so pages never overlap or skip a
row when many rows share a value), and a page is ``LIMIT``/``OFFSET``. Only the rows on screen
are read, so a table of 100,000 complaints opens as fast as one of ten.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, or_


@dataclass(frozen=True)
class TableQuery:
    """What a table shows: rows matching ``search``, ordered by ``sort_key``.

    ``search`` is split on white space; every word must appear in one of the searched columns
    (Thai is written without spaces, so a Thai phrase is one word). An empty ``sort_key``
    means the table's natural order. ``language`` ("th" or "en") picks which name of a
    catalogue entry (channel, segment, ...) a sort on that column uses.
    """

    search: str = ""
    sort_key: str = ""
    descending: bool = False
    language: str = "th"

    def search_terms(self) -> list[str]:
        return self.search.split()


@dataclass(frozen=True)
class Named:
    """A catalogue entry's name in both languages; the screen shows the one in use."""

    th: str
    en: str

    def in_language(self, lang: str) -> str:
        if lang.lower().startswith("en"):
            return self.en or self.th
        return self.th or self.en


def named(th: str | None, en: str | None) -> Named | None:
    """A ``Named`` from an outer-joined pair of columns; ``None`` when the join found nothing."""
    if th is None and en is None:
        return None
    return Named(th or "", en or "")


def search_filter(
    query: TableQuery, columns: Sequence[ColumnElement[Any]]
) -> ColumnElement[bool] | None:
    """Every search word in at least one of ``columns`` (case-insensitive, wildcards escaped)."""
    terms = query.search_terms()
    if not terms:
        return None
    return and_(*(or_(*(col.icontains(term, autoescape=True) for col in columns)) for term in terms))


def enum_order(column: ColumnElement[Any], enum_cls: type[StrEnum]) -> ColumnElement[int]:
    """Sort an enum column in its declared order (the workflow order), not alphabetically."""
    return case({member.value: position for position, member in enumerate(enum_cls)}, value=column)


def localised(query: TableQuery, th: ColumnElement[Any], en: ColumnElement[Any]) -> ColumnElement[Any]:
    """The name column of the language the table is shown in."""
    return en if query.language.lower().startswith("en") else th


def ordered_page(
    stmt: Select[Any],
    query: TableQuery,
    sort_columns: Mapping[str, ColumnElement[Any]],
    default_key: str,
    tiebreaker: ColumnElement[Any],
    offset: int,
    limit: int,
    *,
    default_descending: bool = False,
    nullable_keys: frozenset[str] = frozenset(),
) -> Select[Any]:
    """``stmt`` ordered by the query's sort column (unknown keys fall back to the default),
    then by ``tiebreaker``; one page of it.

    Missing values (NULL) of the ``nullable_keys`` columns go last in either direction. Other
    columns get no NULLS LAST, because SQLite then cannot walk an index in sort order.
    """
    if query.sort_key in sort_columns:
        key, descending = query.sort_key, query.descending
    else:
        key, descending = default_key, default_descending
    column = sort_columns[key]
    primary = column.desc() if descending else column.asc()
    secondary = tiebreaker.desc() if descending else tiebreaker.asc()
    if key in nullable_keys:
        primary = primary.nulls_last()
    return (
        stmt.order_by(primary, secondary)
        .offset(max(0, offset))
        .limit(max(0, limit))
    )
