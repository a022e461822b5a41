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
importer reads them, so an export imports again unchanged; ``export_file`` writes through a
partial file, so a failed export leaves nothing half-written.

Helpers for the command line and the wizard: ``kind_class`` (a kind's class without a database;
a kind whose module is not in this version gives a clear ``UserError``), ``kind_present`` and
``available_kinds`` (for menus, tests and docs), ``check_table`` (check a sheet already read),
``rejected_values`` (a file's words a closed vocabulary does not know, for the value mapping) and
``check_value_maps``.

The gate (docs/permissions.md): ``importer_for`` needs the permission IMPORT and ``exporter_for``
EXPORT; both are asked again when the import writes or the export reads, for the person signed
in then. A kind whose files carry personal data (``PERSONAL_KINDS``: national IDs, phones,
e-mails, addresses) is imported only with PERSONAL_DATA as well (an import writes personal
data), and exported **masked** unless ``unmasked=True`` is asked for explicitly, which needs
PERSONAL_DATA: the columns its spec marks ``personal`` are masked by ``mask_rows`` (the rules
of ``domain.pdpa.masking``), and a sensitive person's free texts (PDPA s.26) are left out.
Every export is put on the audit trail (``services.audit_exports``): kind, file name, row
count, whether a search narrowed it, and for a personal kind whether it went out unmasked.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

from vocdesk.domain.accounts import Permission
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, Message, UserError, user_error
from vocdesk.domain.pdpa.masking import mask
from vocdesk.io.collector import collector_paused
from vocdesk.io.sheet import Sheet, column_letter, read_sheet
from vocdesk.io.table_file import PARTIAL_MARK, TableSnapshot, write_table, write_through_partial
from vocdesk.io.table_spec import (
    CheckedTable,
    ColumnMapping,
    Problem,
    TableSpec,
    check_sheet,
    match_columns,
    problem_order,
    problems_error,
)
from vocdesk.services.audit_exports import record_export
from vocdesk.services.authorization import require
from vocdesk.services.database import Database

# The UI reaches the file layer only through services (DESIGN §5: ui -> services -> io): what
# the import wizard and the tables' "save as file" use of io is handed on from here.
__all__ = [
    "EXPORTERS",
    "IMPORTERS",
    "KIND_LABELS",
    "PERSONAL_KINDS",
    "CheckedTable",
    "ColumnMapping",
    "Exporter",
    "ImportSummary",
    "Importer",
    "Problem",
    "ProgressCallback",
    "Sheet",
    "TableSnapshot",
    "ValueMaps",
    "available_kinds",
    "check_file",
    "check_table",
    "check_value_maps",
    "column_letter",
    "export_file",
    "export_table",
    "exporter_for",
    "import_file",
    "importer_class",
    "importer_for",
    "kind_class",
    "kind_present",
    "mask_rows",
    "match_columns",
    "require_transfer",
    "problem_order",
    "read_sheet",
    "rejected_values",
    "write_table",
]

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

    def export(
        self, path: Path, *, search: str = "", progress: ProgressCallback | None = None
    ) -> int:
        """Write the kind's records (those matching ``search``, if given) to ``path``; the count.

        An exporter may also keep ``notices`` (a list of ``Message``) about its last export, e.g.
        how many confidential cases went out with their contents blank: see ``export_notices``."""
        ...


def export_notices(exporter: Exporter) -> list[Message]:
    """What the user should be told after ``exporter``'s last export (most exporters: nothing)."""
    return list(getattr(exporter, "notices", []))


# Where each kind's importer and exporter live: "module:Class", built with the open Database.
# Modules are imported only when used, so the window's start does not pay for them.
IMPORTERS: dict[str, str] = {
    "stakeholders": "vocdesk.services.registry.transfer:StakeholderImporter",
    "feedback": "vocdesk.services.listening.transfer:FeedbackImporter",
    "complaints": "vocdesk.services.complaints.importer:ComplaintImporter",
    "holidays": "vocdesk.services.holidays:HolidayImporter",
    "benchmarks": "vocdesk.services.surveys.benchmarks:BenchmarkImporter",
    "activities": "vocdesk.services.relationships.activity_transfer:ActivityImporter",
}
EXPORTERS: dict[str, str] = {
    "stakeholders": "vocdesk.services.registry.transfer:StakeholderExporter",
    "feedback": "vocdesk.services.listening.transfer:FeedbackExporter",
    "complaints": "vocdesk.services.complaints.exporter:ComplaintExporter",
    "holidays": "vocdesk.services.holidays:HolidayExporter",
    "surveys": "vocdesk.services.surveys.listing:SurveyListExporter",
    "benchmarks": "vocdesk.services.surveys.benchmarks:BenchmarkExporter",
    "activities": "vocdesk.services.relationships.activity_transfer:ActivityExporter",
    "contacts": "vocdesk.services.pdpa.contacts:ContactListExporter",  # per consent purpose
}

KIND_LABELS = {  # what the user reads for each kind, e.g. in "Import > Stakeholders…"
    "stakeholders": QT_TRANSLATE_NOOP("Transfer", "Stakeholders"),
    "feedback": QT_TRANSLATE_NOOP("Transfer", "Listening log"),
    "complaints": QT_TRANSLATE_NOOP("Transfer", "Complaints"),
    "holidays": QT_TRANSLATE_NOOP("Transfer", "Public holidays"),
    "surveys": QT_TRANSLATE_NOOP("Transfer", "Surveys"),
    "benchmarks": QT_TRANSLATE_NOOP("Transfer", "Survey comparators"),
    "activities": QT_TRANSLATE_NOOP("Transfer", "Relationship activities"),
    "contacts": QT_TRANSLATE_NOOP("Transfer", "Contact list (with consent)"),
    "survey": QT_TRANSLATE_NOOP("Transfer", "Survey questionnaire"),
    "responses": QT_TRANSLATE_NOOP("Transfer", "Survey responses"),
    "survey-results": QT_TRANSLATE_NOOP("Transfer", "Survey results"),
}


ValueMaps = dict[str, dict[str, str]]  # column key -> {text in the file: enum value}

# The kinds whose files carry personal data (national IDs, phones, e-mails, postal addresses):
# importing them needs the granted permission PERSONAL_DATA as well; exporting them writes the
# personal columns masked, unless PERSONAL_DATA's holder asks for them unmasked.
PERSONAL_KINDS = frozenset({"stakeholders", "complaints", "contacts"})


def require_transfer(
    db: Database, permission: Permission, kind: str, *, unmasked: bool = True
) -> None:
    """Refuse (``UserError``) unless the person signed in may ``permission`` (IMPORT or EXPORT)
    and, for a kind of ``PERSONAL_KINDS`` imported or exported ``unmasked``, read personal data."""
    require(db, permission)
    if kind in PERSONAL_KINDS and unmasked:
        require(db, Permission.PERSONAL_DATA)


def mask_rows(spec: TableSpec, rows: Iterable[list[Any]]) -> Iterator[list[Any]]:
    """``rows`` (cells in ``spec.headers`` order) with every column ``spec`` marks ``personal``
    masked (``domain.pdpa.masking``): what a masked export writes."""
    personal = [
        (index, column.personal)
        for index, column in enumerate(spec.columns)
        if column.personal is not None
    ]
    for row in rows:
        for index, field_kind in personal:
            value = row[index]
            if isinstance(value, str) and value:
                row[index] = mask(field_kind, value)
        yield row


def _build(registry: dict[str, str], kind: str, db: Database, **options: Any) -> Any:
    if kind not in registry:
        raise _unknown_kind(registry, kind)
    return _class_of(registry, kind)(db, **options)


def _unknown_kind(registry: dict[str, str], kind: str) -> UserError:
    return user_error(
        "Transfer",
        QT_TRANSLATE_NOOP(
            "Transfer", "“{kind}” cannot be imported or exported; known kinds: {kinds}."
        ),
        kind=kind,
        kinds=", ".join(sorted(registry)),
    )


def _class_of(registry: dict[str, str], kind: str) -> Any:
    module_name, class_name = registry[kind].split(":")
    try:
        return getattr(importlib.import_module(module_name), class_name)
    except ModuleNotFoundError as exc:
        if exc.name != module_name:
            raise  # the module exists but lacks something it needs: a real fault
        raise _not_available(kind) from None
    except AttributeError:
        raise _not_available(kind) from None


def _not_available(kind: str) -> Exception:
    return user_error(
        "Transfer",
        QT_TRANSLATE_NOOP(
            "Transfer", "Importing and exporting “{kind}” is not available in this version yet."
        ),
        kind=kind,
    )


def kind_present(registry: dict[str, str], kind: str) -> bool:
    """Whether the module of ``kind`` is in this version, without importing it (for menus)."""
    return kind in registry and importlib.util.find_spec(registry[kind].split(":")[0]) is not None


def available_kinds(registry: dict[str, str]) -> list[str]:
    """The kinds of ``registry`` (``IMPORTERS`` or ``EXPORTERS``) whose code is present, in order."""
    found = []
    for kind, target in registry.items():
        module_name, class_name = target.split(":")
        if importlib.util.find_spec(module_name) is None:
            continue
        try:
            _class_of(registry, kind)
        except UserError:
            continue
        found.append(kind)
    return found


def kind_class(registry: dict[str, str], kind: str) -> Any:
    """The importer or exporter class of ``kind`` (its ``spec``, ``value_columns``) without a
    database; an unknown kind, or one whose code is not in this version, raises ``UserError``."""
    if kind not in registry:
        raise _unknown_kind(registry, kind)
    return _class_of(registry, kind)


def importer_class(kind: str) -> Any:
    return kind_class(IMPORTERS, kind)


def importer_for(kind: str, db: Database, value_maps: ValueMaps | None = None) -> Importer:
    """The kind's importer; its ``apply`` holds the database's write lock from its first read
    (``Database.writing_first``), so two imports into one file run one after the other.
    Refused unless the person signed in may import the kind (``require_transfer``), here and
    again when ``apply`` writes."""
    require_transfer(db, Permission.IMPORT, kind)
    importer: Importer = _build(IMPORTERS, kind, db, value_maps=value_maps)
    apply = importer.apply

    def apply_writing_first(
        table: CheckedTable, progress: ProgressCallback | None = None
    ) -> ImportSummary:
        require_transfer(db, Permission.IMPORT, kind)
        with db.writing_first():
            return apply(table, progress)

    # On the instance, so that the importer stays of its own class (the docs read its docstring).
    importer.apply = apply_writing_first  # type: ignore[method-assign]
    return importer


def exporter_for(kind: str, db: Database, *, unmasked: bool = False) -> Exporter:
    """The kind's exporter, when the person signed in may export it (``require_transfer``, asked
    again when it exports); each export it writes is put on the audit trail. A kind of
    ``PERSONAL_KINDS`` writes its personal columns masked unless ``unmasked`` (which needs
    PERSONAL_DATA; the audit entry says so)."""
    personal = kind in PERSONAL_KINDS
    unmasked = unmasked and personal
    require_transfer(db, Permission.EXPORT, kind, unmasked=unmasked)
    options = {"unmasked": unmasked} if personal else {}
    exporter: Exporter = _build(EXPORTERS, kind, db, **options)
    export = exporter.export

    def audited_export(
        path: Path,
        *,
        search: str = "",
        progress: ProgressCallback | None = None,
        **narrowed_by: Any,  # an area's own filters (the registry's RegistryFilter)
    ) -> int:
        require_transfer(db, Permission.EXPORT, kind, unmasked=unmasked)
        count = export(path, search=search, progress=progress, **narrowed_by)
        name = Path(path).name.replace(PARTIAL_MARK, "", 1)  # the file as renamed at the end
        used = (["search"] if search.strip() else []) + sorted(
            key for key, value in narrowed_by.items() if value is not None
        )
        record_export(db, kind, name, count, used, unmasked=unmasked if personal else None)
        return count

    exporter.export = audited_export  # type: ignore[method-assign]
    return exporter


def check_file(
    importer: Importer,
    path: Path,
    mapping: ColumnMapping | None = None,
    progress: ProgressCallback | None = None,
) -> CheckedTable:
    """Read and check ``path`` completely; the problems are in the result, nothing is written.
    The collector waits meanwhile (``io.collector``): the rows read are alive throughout."""
    with collector_paused():
        return check_table(importer, read_sheet(path), mapping, progress)


def check_table(
    importer: Importer,
    sheet: Sheet,
    mapping: ColumnMapping | None = None,
    progress: ProgressCallback | None = None,
) -> CheckedTable:
    """Check a sheet already read (the wizard reads once for the preview); nothing is written."""
    table = check_sheet(sheet, importer.spec, mapping, progress=progress)
    if table.ok:
        for problem in importer.check(table):
            table.add_problem(problem)
    return table


def import_file(
    importer: Importer,
    path: Path,
    mapping: ColumnMapping | None = None,
    progress: ProgressCallback | None = None,
) -> ImportSummary:
    """Check ``path`` and, only if it has no problem at all, import it (one transaction).

    Raises one ``UserError`` listing the problems, by row and column, when there are any.
    """
    table = check_file(importer, Path(path), mapping, progress)
    if not table.ok:
        raise problems_error(Path(path), table.problems, table.more_problems)
    return importer.apply(table, progress)


def check_value_maps(importer: Importer, value_maps: ValueMaps) -> None:
    """Refuse a mapping for a column without a closed vocabulary, or to a value it does not have."""
    for key, words in value_maps.items():
        enum_cls = importer.value_columns.get(key)
        if enum_cls is None:
            raise user_error(
                "Transfer",
                QT_TRANSLATE_NOOP(
                    "Transfer", "“{column}” takes no value mapping; these columns do: {columns}."
                ),
                column=key,
                columns=", ".join(importer.value_columns) or "—",
            )
        allowed = {member.value for member in enum_cls}
        for text, value in words.items():
            if value not in allowed:
                raise user_error(
                    "Transfer",
                    QT_TRANSLATE_NOOP("Transfer", "“{text}” cannot become “{value}” in “{column}”: write one of {values}."),
                    text=text, value=value, column=key, values=", ".join(sorted(allowed)),
                )  # fmt: skip


def rejected_values(
    importer: Importer, sheet: Sheet, mapping: ColumnMapping, limit: int = 200
) -> dict[str, list[str]]:
    """For each of the importer's value columns in ``mapping``: the distinct texts of the file
    that its parser refuses (at most ``limit`` each), in the order they first appear."""
    from vocdesk.io.cells import CellError
    from vocdesk.io.sheet import cell_text

    found: dict[str, list[str]] = {}
    for key in importer.value_columns:
        index = mapping.get(key)
        if index is None:
            continue
        parse = importer.spec.column(key).parse
        seen: set[str] = set()
        refused: list[str] = []
        for row in sheet.rows:
            text = cell_text(row.cell(index))
            if not text or text in seen:
                continue
            seen.add(text)
            try:
                parse(text)
            except CellError:
                refused.append(text)
                if len(refused) >= limit:
                    break
        if refused:
            found[key] = refused
    return found


def export_file(
    exporter: Exporter,
    path: Path,
    *,
    search: str = "",
    progress: ProgressCallback | None = None,
    **narrowed_by: Any,  # a kind's own options (the contact list's purpose)
) -> int:
    """Export to ``path`` through a file beside it, renamed at the end: a failed or cancelled
    export leaves no half-written file (and an existing one untouched). What an export killed
    outright left beside ``path`` (``NAME.vocdesk-partial.xlsx``) is removed first."""
    return write_through_partial(
        Path(path),
        lambda partial: exporter.export(partial, search=search, progress=progress, **narrowed_by),
    )


def export_table(
    db: Database,
    kind: str,
    path: Path,
    snapshot: Callable[[], TableSnapshot],
    *,
    unmasked: bool = False,
) -> Path:
    """File › Export current table: the rows a tab shows (its search and filters applied), read
    by ``snapshot`` and written to ``path`` (XLSX or CSV by its suffix). Needs EXPORT, and
    PERSONAL_DATA when the tab shows personal data ``unmasked`` (said here, or by the snapshot
    a service read whole), asked before anything is written; the export is put on the audit
    trail (the tab's view as its filter, never the search's words; "unmasked" when it was)."""
    require_transfer(db, Permission.EXPORT, kind, unmasked=unmasked)
    table = snapshot()
    unmasked = unmasked or table.unmasked  # read whole by a service that asked for the grant
    require_transfer(db, Permission.EXPORT, kind, unmasked=unmasked)
    written = write_table(table, Path(path))
    record_export(db, kind, written, len(table.rows), ["view"], unmasked=unmasked or None)
    return written
