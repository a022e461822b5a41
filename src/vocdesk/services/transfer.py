"""Importing and exporting whole areas: the contract every kind follows, and where each lives.

A kind (``stakeholders``, ``feedback``, ``complaints``, ``holidays``) has an ``Importer`` and,
most of them, an ``Exporter``. The command line (``vocdesk import KIND FILE``, ``vocdesk export
KIND FILE``) and the window's import wizard find them here by name and drive them the same way:

1. ``read_sheet`` the file, ``match_columns`` (the user may correct the mapping), ``check_sheet``:
   every cell read, every problem collected with its row and column;
2. ``importer.check(table)``: the kind's own rules, with the database (unknown segment, a national
   ID twice in the file, ...), adding problems; nothing is written;
3. only if there are no problems, ``importer.apply(table, progress)``: one transaction, all or
   nothing, matching existing records so that importing a file again updates instead of duplicating.

An export writes the columns of the kind's ``TableSpec`` with its English headings, values as the
importer reads them, so an export imports again unchanged.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

from vocdesk.domain.messages import QT_TRANSLATE_NOOP, Message, user_error
from vocdesk.io.sheet import read_sheet
from vocdesk.io.table_spec import CheckedTable, ColumnMapping, Problem, TableSpec, check_sheet, problems_error
from vocdesk.services.database import Database

ProgressCallback = Callable[[int, int], None]  # (done, total); total 0 = unknown


@dataclass(frozen=True)
class ImportSummary:
    added: int
    updated: int
    notices: list[Message] = field(default_factory=list)  # e.g. "channel “TikTok” was added"

    @property
    def total(self) -> int:
        return self.added + self.updated


class Importer(Protocol):
    """Built as ``Class(db, value_maps=None)``. ``value_maps`` maps a column's key to
    {text in the file: stored enum value}, for files whose words for a closed vocabulary are
    their own (a complaint platform's status names); the importer's parser for that column
    looks there first. ``value_columns`` names the columns that allow it, with their enum."""

    spec: TableSpec
    value_columns: dict[str, type[StrEnum]]

    def check(self, table: CheckedTable) -> list[Problem]:
        """The kind's own problems with the checked rows (may read the database, never writes)."""
        ...

    def apply(self, table: CheckedTable, progress: ProgressCallback | None = None) -> ImportSummary:
        """Write every row in one transaction; only called when there are no problems."""
        ...


class Exporter(Protocol):
    spec: TableSpec

    def export(self, path: Path, *, search: str = "", progress: ProgressCallback | None = None) -> int:
        """Write the kind's records (those matching ``search``, if given) to ``path``; the count."""
        ...


# Where each kind's importer and exporter live: "module:Class", built with the open Database.
# Modules are imported only when used, so the window's start does not pay for them.
IMPORTERS: dict[str, str] = {
    "stakeholders": "vocdesk.services.registry_transfer:StakeholderImporter",
    "feedback": "vocdesk.services.listening_transfer:FeedbackImporter",
    "complaints": "vocdesk.services.complaints_transfer:ComplaintImporter",
}
EXPORTERS: dict[str, str] = {
    "stakeholders": "vocdesk.services.registry_transfer:StakeholderExporter",
    "feedback": "vocdesk.services.listening_transfer:FeedbackExporter",
    "complaints": "vocdesk.services.complaints_transfer:ComplaintExporter",
}

KIND_LABELS = {  # what the user reads for each kind, e.g. in "Import > Stakeholders…"
    "stakeholders": QT_TRANSLATE_NOOP("Transfer", "Stakeholders"),
    "feedback": QT_TRANSLATE_NOOP("Transfer", "Listening log"),
    "complaints": QT_TRANSLATE_NOOP("Transfer", "Complaints"),
}


ValueMaps = dict[str, dict[str, str]]  # column key -> {text in the file: enum value}


def _build(registry: dict[str, str], kind: str, db: Database, **options: Any) -> Any:
    if kind not in registry:
        raise user_error(
            "Transfer",
            QT_TRANSLATE_NOOP("Transfer", "“{kind}” cannot be imported or exported; known kinds: {kinds}."),
            kind=kind,
            kinds=", ".join(sorted(registry)),
        )
    module_name, class_name = registry[kind].split(":")
    return getattr(importlib.import_module(module_name), class_name)(db, **options)


def importer_for(kind: str, db: Database, value_maps: ValueMaps | None = None) -> Importer:
    return _build(IMPORTERS, kind, db, value_maps=value_maps)


def exporter_for(kind: str, db: Database) -> Exporter:
    return _build(EXPORTERS, kind, db)


def check_file(
    importer: Importer, path: Path, mapping: ColumnMapping | None = None, progress: ProgressCallback | None = None
) -> CheckedTable:
    """Read and check ``path`` completely; the problems are in the result, nothing is written."""
    sheet = read_sheet(path)
    table = check_sheet(sheet, importer.spec, mapping, progress=progress)
    if table.ok:
        table.problems.extend(importer.check(table))
    return table


def import_file(
    importer: Importer, path: Path, mapping: ColumnMapping | None = None, progress: ProgressCallback | None = None
) -> ImportSummary:
    """Check ``path`` and, only if it has no problem at all, import it (one transaction).

    Raises one ``UserError`` listing the problems, by row and column, when there are any.
    """
    table = check_file(importer, Path(path), mapping, progress)
    if not table.ok:
        raise problems_error(Path(path), table.problems)
    return importer.apply(table, progress)
