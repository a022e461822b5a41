"""What left the database: each export and each printed report, on the audit trail.

Records are never changed by an export or a report, but personal data leaves the database with
them, so the Personal Data Protection Act asks who took what, and when. Each export adds one
``AuditEntry`` (action EXPORT, entity "export") and each report built one (action PRINT, entity
"report"), stamped with the person signed in, with a fresh id as ``entity_id`` (an export is
not a record). What is kept describes the file, never its contents: the kind, the file's name,
the row count and *which* filters narrowed it (a search, a status), never the filters' values,
which may be a person's name or national ID typed into the search box.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from vocdesk.db.base import utc_now
from vocdesk.db.models import AuditEntry
from vocdesk.domain.enums import AuditAction
from vocdesk.domain.ids import new_id
from vocdesk.services.authorization import acting
from vocdesk.services.database import Database

__all__ = ["record_export", "record_print"]


def record_export(
    db: Database,
    kind: str,
    path: Path | str | None,
    rows: int,
    filters: Iterable[str] = (),
    *,
    unmasked: bool | None = None,
) -> None:
    """Put an export of ``rows`` records of ``kind`` to ``path`` on the audit trail; ``filters``
    names the filters that narrowed it (their names only: "search", "status", ...);
    ``unmasked`` (kept when not None) whether personal data went out unmasked (PDPA)."""
    changes: dict[str, object] = {
        "kind": kind,
        "file": Path(path).name if path else "",
        "rows": rows,
        "filters": sorted(set(filters)),
    }
    if unmasked is not None:
        changes["unmasked"] = unmasked
    _add(db, AuditAction.EXPORT, "export", changes)


def record_print(
    db: Database, kind: str, period: str, language: str, show_personal: bool, subject: bool = False
) -> None:
    """Put a report built on the audit trail: which report, for which period, in which language,
    whether names and IDs were shown unmasked, and whether it was about one subject (a case, a
    stakeholder; which one is not kept: its number may identify a person)."""
    changes = {
        "kind": kind,
        "period": period,
        "language": language,
        "show_personal": show_personal,
        "subject": subject,
    }
    _add(db, AuditAction.PRINT, "report", changes)


def _add(db: Database, action: AuditAction, entity: str, changes: dict[str, object]) -> None:
    user = acting(db).login
    with db.session_scope() as session:
        session.add(
            AuditEntry(
                at=utc_now(), user=user, action=action, entity=entity, entity_id=new_id(),
                changes=changes,
            )
        )  # fmt: skip
