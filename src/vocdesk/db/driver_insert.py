"""INSERTs of many rows through the driver's ``executemany`` (issue 18): what Core's
``connection.execute(table.insert(), rows)`` stores, without Core's processing of each row's
parameters, which took three times the inserts' own time in the stakeholder import."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, Uuid

from vocdesk.db.base import UtcDateTime


class DriverInsert:
    """An INSERT of many rows through the driver's ``executemany``, storing what Core's
    ``connection.execute(table.insert(), rows)`` stores, without Core's processing of each row's
    parameters (issue 18): each column's values are turned into what it stores by the column
    type's own bind processor (the one Core calls) a column at a time, each distinct value once.
    The columns are those Core's insert names: the ``keys`` every row gives, then each other
    column with a default, filled as Core fills it: a constant as it is, a moment (``utc_now``)
    taken once per ``write`` (one batch: Core took one per row, a few microseconds apart). A
    table with any other default not given cannot be written this way, nor a database whose
    driver takes other placeholders than "?": ``write`` hands such rows to Core."""

    def __init__(self, table: Table, dialect: Any, keys: tuple[str, ...]) -> None:
        self._table = table
        self._keys = keys
        self._filled: dict[str, Any] = {}  # key -> a constant, or a callable (a moment)
        # False: a default this writer does not fill, or a driver taking other placeholders than
        # "?" (PostgreSQL's): Core writes.
        self.driver = dialect.paramstyle == "qmark"
        for column in table.c:
            default = column.default
            if column.key in keys or default is None:
                continue
            if default.is_scalar or (default.is_callable and isinstance(column.type, UtcDateTime)):
                self._filled[column.key] = default.arg  # type: ignore[attr-defined]
            else:
                self.driver = False
        columns = [table.c[key] for key in (*keys, *self._filled)]
        self._processors = [column.type._cached_bind_processor(dialect) for column in columns]
        # Ids are each distinct (and a UUID hashes in Python): not worth remembering.
        self._distinct = [not isinstance(column.type, Uuid) for column in columns]
        quote = dialect.identifier_preparer
        self._sql = (
            f"INSERT INTO {quote.format_table(table)} "
            f"({', '.join(quote.format_column(column) for column in columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})"
        )

    def stored(
        self, rows: list[dict[str, Any]], same: dict[str, Any] | None = None
    ) -> list[tuple[Any, ...]]:
        """``rows`` as the database stores them, in the INSERT's order of columns; ``same`` holds
        values every row shares (processed once; a key of ``same`` need not be in the rows)."""
        shared = {
            key: value(None) if callable(value) else value for key, value in self._filled.items()
        }
        shared.update(same or {})
        cells: list[list[Any]] = []
        for key, process, repeats in zip(
            (*self._keys, *self._filled), self._processors, self._distinct, strict=True
        ):
            if key in shared:
                value = shared[key]
                cells.append([value if process is None else process(value)] * len(rows))
                continue
            values = [row[key] for row in rows]
            if process is None:
                cells.append(values)
            else:
                cells.append(_processed(values, process) if repeats else list(map(process, values)))
        return list(zip(*cells, strict=True))

    def write(
        self, connection: Any, rows: list[dict[str, Any]], same: dict[str, Any] | None = None
    ) -> None:
        if not self.driver:
            connection.execute(self._table.insert(), [{**row, **(same or {})} for row in rows])
            return
        connection.exec_driver_sql(self._sql, self.stored(rows, same))


def _processed(values: list[Any], process: Any) -> list[Any]:
    """``process`` of each value, computed once for each distinct value (a list by its items)."""
    try:
        memo = {value: process(value) for value in set(values)}
        return list(map(memo.__getitem__, values))
    except TypeError:  # unhashable: lists (JSON columns)
        pass
    keys = [tuple(value) if type(value) is list else value for value in values]
    try:
        memo = {}
        for key, value in zip(keys, values, strict=True):
            if key not in memo:
                memo[key] = process(value)
        return list(map(memo.__getitem__, keys))
    except TypeError:
        return list(map(process, values))


__all__ = ["DriverInsert"]
