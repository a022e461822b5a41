"""The access and portability export (PDPA sections 30 and 31): one zip holding everything about
one person (``services.pdpa.person_data``):

- ``person.json``: all of it, with the catalogue names the records refer to;
- ``tables/<table>.csv``: one CSV per table (UTF-8 with a BOM, which Excel reads as Thai);
- ``attachments/<id>/<file name>``: the files kept with their complaints;
- ``person.pdf``: the readable copy (``reports.pdpa_access``), in Thai or English.

It needs the personal-data grant and the export permission, and it goes on the audit trail as
an export of the person's record (entity "stakeholder", the person's id), naming the file and
the count of records, never their contents.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import Date, DateTime, Uuid
from sqlalchemy import Enum as SqlEnum
from sqlalchemy.types import TypeDecorator

from vocdesk.db.base import Base, utc_now
from vocdesk.db.models import AuditEntry
from vocdesk.domain.accounts import Permission
from vocdesk.domain.clock import THAI_TIME, thai_today
from vocdesk.domain.enums import AuditAction
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error
from vocdesk.domain.os_errors import reason_of
from vocdesk.paths import make_private_file
from vocdesk.reports.document import PageFurniture, PdfMetadata, print_moment
from vocdesk.reports.kit import Translate, Wording, untranslated
from vocdesk.reports.pdpa_access import AccessReport, AccessSection, build_access_report
from vocdesk.services.authorization import acting, require, requires
from vocdesk.services.database import Database
from vocdesk.services.pdpa.person_data import (
    AUDIT,
    STAKEHOLDER,
    PersonData,
    gather,
    refuse_unreadable_cases,
)
from vocdesk.services.settings import SettingsService

__all__ = ["AccessExport", "AccessExportService", "person_report"]

CONTEXT = "AccessExport"
Progress = Callable[[int, int], None]
# Columns the readable copy leaves out: keys, bookkeeping, search keys, scoring caches.
HIDDEN_COLUMNS = frozenset({
    "id", "updated_at", "version", "name_key", "email_key", "entry_pass", "scores",
    "importances", "sequence", "fiscal_year", "entity_id", "content", "stakeholder_id",
    "response_id", "complaint_id", "activity_id", "feedback_entry_id", "duplicate_of_id",
    "action_id", "seq",
})  # fmt: skip


def _no_progress(done: int, total: int) -> None:
    pass


@dataclass(frozen=True)
class AccessExport:
    path: Path
    records: int  # rows in all tables
    files: int  # attachments
    size: int  # bytes of the zip


class AccessExportService:
    def __init__(self, db: Database, today: Callable[[], date] = thai_today) -> None:
        self._db = db
        self._today = today

    @requires(Permission.EXPORT)
    def export(
        self,
        stakeholder_id: uuid.UUID,
        out: Path,
        lang: str = "th",
        translate: Translate = untranslated,
        progress: Progress = _no_progress,
    ) -> AccessExport:
        """Write the person's zip to ``out`` (replaced whole, or left as it was on a failure)."""
        require(self._db, Permission.PERSONAL_DATA)
        progress(0, 4)
        with self._db.session_scope() as session:
            refuse_unreadable_cases(session, acting(self._db), stakeholder_id)
            data = gather(session, stakeholder_id)
        progress(1, 4)
        agency = SettingsService(self._db).agency()
        words = Wording(lang, translate, agency.thai_digits)
        who = acting(self._db)
        pdf = _pdf(data, words, agency.name(lang), agency.logo, who.shown_name, self._today())
        progress(2, 4)
        out = Path(out).expanduser()
        size = _write_zip(data, pdf, out)
        progress(3, 4)
        with self._db.session_scope() as session:
            session.add(AuditEntry(
                at=utc_now(), user=who.login, action=AuditAction.EXPORT, entity=STAKEHOLDER,
                entity_id=data.person.id, changes={
                    "kind": "pdpa_access", "file": out.name, "rows": data.record_count,
                    "files": len(data.attachments), "language": lang,
                },
            ))  # fmt: skip
        progress(4, 4)
        return AccessExport(out, data.record_count, len(data.attachments), size)


def person_report(data: PersonData, made_on: date) -> AccessReport:
    """The readable copy's data: each table's rows, values typed again (dates, enums), keys
    left out, a catalogue reference shown by its name."""
    metadata = Base.metadata
    sections = []
    for name, rows in data.tables.items():
        table = metadata.tables[name]
        targets = {fk.parent.name: fk.column.table.name for fk in table.foreign_keys}
        shown_rows = []
        for row in rows:
            pairs: list[tuple[str, Any]] = []
            for column, value in row.items():
                if column in HIDDEN_COLUMNS or (_is_key(table, column) and column not in targets):
                    continue  # a key means nothing to a reader (national_id and line_id are data)
                if column in targets:
                    value = _reference_name(data, targets[column], value)
                elif column in table.c:
                    value = _typed(table.c[column].type, value)
                pairs.append((column, value))
            shown_rows.append(tuple(pairs))
        sections.append(AccessSection(name, tuple(shown_rows)))
    # The registry record first, the trail last; the rest in the schema's order.
    sections.sort(key=lambda s: (s.table != STAKEHOLDER, s.table == AUDIT))
    return AccessReport(data.person.name, data.person.national_id, made_on, tuple(sections),
                        len(data.attachments))  # fmt: skip


def _is_key(table: Any, column: str) -> bool:
    return column in table.c and isinstance(table.c[column].type, Uuid)


def _reference_name(data: PersonData, table: str, value: Any) -> Any:
    if value is None:
        return None
    found = data.references.get(table, {}).get(str(value))
    if not found:
        return None  # another person's id (emptied) or a record of theirs shown elsewhere
    names = [str(found[key]) for key in ("name_th", "title_th", "text_th", "name", "number", "code")
             if found.get(key)]  # fmt: skip
    english = [str(found[key]) for key in ("name_en", "title_en", "text_en") if found.get(key)]
    parts = list(dict.fromkeys(names[:1] + english[:1]))
    return " / ".join(parts) if parts else None


def _typed(kind: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(kind, SqlEnum) and kind.enum_class is not None:
        try:
            member: Enum = kind.enum_class(value)
            return member
        except ValueError:
            return value
    if isinstance(value, str):
        if isinstance(kind, TypeDecorator):
            kind = kind.impl  # UtcDateTime: a DateTime underneath
        if isinstance(kind, DateTime):
            return datetime.fromisoformat(value)
        if isinstance(kind, Date):
            return date.fromisoformat(value)
    return value


def _pdf(
    data: PersonData,
    words: Wording,
    agency: str,
    logo: bytes | None,
    printed_by: str,
    today: date,
) -> bytes:
    title = words.say(CONTEXT, QT_TRANSLATE_NOOP("AccessExport", "Personal data of one person"))
    now = datetime.now(THAI_TIME)
    furniture = PageFurniture(
        agency=agency, title=title, period=data.person.name,
        printed=words.say("Reports", QT_TRANSLATE_NOOP("Reports", "Printed {moment} by {name}"),
                          moment=print_moment(now, words.lang), name=printed_by),
        page_label=lambda page, count: words.say(
            "Reports", QT_TRANSLATE_NOOP("Reports", "Page {page} of {count}"),
            page=words.number(page), count=words.number(count)),
        logo=logo,
    )  # fmt: skip
    metadata = PdfMetadata(title=title, author=agency or "VocDesk",
                           language="th-TH" if words.thai else "en-GB")  # fmt: skip
    return build_access_report(person_report(data, today), words, furniture, metadata)


def _csv(rows: list[dict[str, Any]], columns: list[str]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(column)) for column in columns])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _write_zip(data: PersonData, pdf: bytes, out: Path) -> int:
    """The zip, written beside ``out`` and moved over it once whole."""
    document = {
        "person": {"id": str(data.person.id), "name": data.person.name,
                   "national_id": data.person.national_id},
        "tables": data.tables,
        "references": data.references,
        "attachments": [file.path for file in data.attachments],
    }  # fmt: skip
    metadata = Base.metadata
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".vocdesk-", suffix=".zip", dir=out.parent)
        os.close(handle)
        try:
            with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as archive:
                archive.writestr("person.json", json.dumps(document, ensure_ascii=False, indent=2))
                for name, rows in data.tables.items():
                    columns = [c.name for c in metadata.tables[name].columns if c.name != "content"]
                    if any("file" in row for row in rows):
                        columns.append("file")
                    archive.writestr(f"tables/{name}.csv", _csv(rows, columns))
                for file in data.attachments:
                    archive.writestr(file.path, file.content)
                archive.writestr("person.pdf", pdf)
            make_private_file(Path(temporary))
            os.replace(temporary, out)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
    except OSError as error:
        raise user_error(CONTEXT, QT_TRANSLATE_NOOP(
            "AccessExport", "The export could not be written to {path}: {reason}."
        ), path=str(out), reason=reason_of(error)) from None  # fmt: skip
    return out.stat().st_size
