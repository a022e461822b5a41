"""Personal data shown unmasked, and the record of it (PDPA; issue 19).

Lists, case views and the timeline show identifiers masked (``domain.pdpa.masking``). A person
holding the personal-data grant may ask to see them whole ("Show personal data"); the service
that reads them then calls ``reveal`` first (refused without the grant: the window never
receives whole values it should not) and ``record_views`` for the records it returns: one
audit entry (action VIEW) per record, with where it was shown, so a person's access request
can say who saw their data (``entity_id`` is the record's id).

A sensitive person's free texts (PDPA s.26: health, religion, criminal record; the
stakeholder's ``sensitive`` mark) are shown only to the grant's holders: ``sees_sensitive``.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from vocdesk.db.base import utc_now
from vocdesk.db.models import AuditEntry
from vocdesk.domain.accounts import Permission
from vocdesk.domain.enums import AuditAction
from vocdesk.domain.ids import new_id
from vocdesk.services.authorization import acting, may, require
from vocdesk.services.database import Database

__all__ = ["reveal", "record_views", "sees_sensitive"]


def reveal(db: Database) -> None:
    """Refuse (``UserError``) unless the person signed in holds the personal-data grant."""
    require(db, Permission.PERSONAL_DATA)


def sees_sensitive(db: Database) -> bool:
    """Whether the person signed in may read a sensitive person's notes and free texts."""
    return may(db, Permission.PERSONAL_DATA)


def record_views(db: Database, entity: str, ids: Iterable[uuid.UUID], where: str) -> None:
    """Put on the audit trail that the records ``ids`` of ``entity`` ("stakeholder",
    "complaint") were shown with personal data unmasked, in ``where`` (the list or view)."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return
    user, now = acting(db).login, utc_now()
    with db.session_scope() as session:
        session.add_all(
            AuditEntry(
                id=new_id(), at=now, user=user, action=AuditAction.VIEW, entity=entity,
                entity_id=record_id, changes={"shown": where, "unmasked": True},
            )
            for record_id in wanted
        )  # fmt: skip
