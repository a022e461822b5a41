"""This installation's own office (issue 20, docs/offices.md): its code and name, kept in
``app_setting`` (keys ``office_code`` and ``office_name``).

The code names the office in every bundle it sends, fills ``origin_office`` of the records made
here (``stamp_origin``: '' means "made here, before the code was known") and prefixes its
complaint numbers (``services.complaints.numbering``). Other offices keep the code with the
records they receive, so it may change only until the first bundle has been sent; the name is
for people and may change at any time. Each change is written to the audit trail.
"""

from __future__ import annotations

import re
import uuid
from typing import Any

from sqlalchemy import Table, exists, select, update
from sqlalchemy.orm import Session

import vocdesk.db.models  # noqa: F401 - every table registered on the metadata below
from vocdesk.db.base import Base, utc_now
from vocdesk.db.models import AppSetting, AuditEntry, SyncBundle
from vocdesk.domain.accounts import Permission
from vocdesk.domain.enums import AuditAction
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error
from vocdesk.services.authorization import acting, open_to_anyone_signed_in, requires
from vocdesk.services.database import Database

__all__ = [
    "CODE_KEY",
    "NAME_KEY",
    "NAME_MAX_LENGTH",
    "InstallationOffice",
    "checked_code",
    "checked_name",
    "office_code",
    "stamp_origin",
    "travelling_tables",
]

CONTEXT = "Office"
CODE_KEY = "office_code"
NAME_KEY = "office_name"
NAME_MAX_LENGTH = 300  # sync_peer.office_name
_CODE = re.compile(r"[A-Z0-9-]{2,12}")
# The audit trail's entity for this installation's settings (no record id of its own).
AUDIT_ENTITY = "app_setting"
_SETTINGS_ID = uuid.UUID(int=0)


class InstallationOffice:
    """The office this database belongs to: read by anyone signed in, set by an administrator
    (``Permission.MANAGE_CATALOGUES``, as the agency's other settings)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @open_to_anyone_signed_in
    def code(self) -> str:
        """The office's code ("BKK"), or "" while none was given."""
        with self._db.session_scope() as session:
            return office_code(session)

    @open_to_anyone_signed_in
    def name(self) -> str:
        """The office's name, or "" while none was given."""
        with self._db.session_scope() as session:
            return _get(session, NAME_KEY)

    @open_to_anyone_signed_in
    def needs_office(self) -> bool:
        """Whether the office was never given (the window asks an administrator once)."""
        return not self.code()

    @open_to_anyone_signed_in
    def code_may_change(self) -> bool:
        """Whether the code may still change: no bundle was sent yet."""
        with self._db.session_scope() as session:
            return not _sent_any(session)

    @requires(Permission.MANAGE_CATALOGUES)
    def set(self, code: str, name: str) -> None:
        """Give the office its code (2–12 of A–Z, 0–9 and '-', upper-cased) and name. The
        records made here so far are stamped with the code; a code already given changes only
        while no bundle was sent."""
        new_code, new_name = checked_code(code), checked_name(name)
        with self._db.session_scope() as session:
            old_code, old_name = office_code(session), _get(session, NAME_KEY)
            if (old_code, old_name) == (new_code, new_name):
                return
            if old_code and new_code != old_code and _sent_any(session):
                raise user_error(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "Office",
                        "The office code {code} cannot change: bundles were already sent under "
                        "it, and other offices know this office's records by it. The name can "
                        "still change.",
                    ),
                    code=old_code,
                )
            _put(session, CODE_KEY, new_code)
            _put(session, NAME_KEY, new_name)
            stamp_origin(session, new_code, also=old_code)
            changes: dict[str, Any] = {}
            if new_code != old_code:
                changes[CODE_KEY] = [old_code, new_code]
            if new_name != old_name:
                changes[NAME_KEY] = [old_name, new_name]
            user = acting(self._db).login
            session.add(AuditEntry(
                at=utc_now(), user=user,
                action=AuditAction.UPDATE if old_code else AuditAction.CREATE,
                entity=AUDIT_ENTITY, entity_id=_SETTINGS_ID, changes=changes,
            ))  # fmt: skip

    @requires(Permission.MANAGE_CATALOGUES)
    def set_name(self, name: str) -> None:
        """Change the name only (``vocdesk settings set office_name``); before a code is given
        the name is kept for when it is."""
        new_name = checked_name(name)
        with self._db.session_scope() as session:
            code = office_code(session)
        if code:
            self.set(code, new_name)
            return
        with self._db.session_scope() as session:
            _put(session, NAME_KEY, new_name)

    @requires(Permission.MANAGE_CATALOGUES)
    def set_code(self, code: str) -> None:
        """Change the code only (``vocdesk settings set office_code``): the name must have
        been given already."""
        name = self.name()
        if not name:
            raise user_error(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Office",
                    "Give the office's name first (the setting office_name), then its code.",
                ),
            )
        self.set(code, name)


def office_code(session: Session) -> str:
    """The installation's office code in ``session``, "" when none was given."""
    return _get(session, CODE_KEY)


def travelling_tables() -> list[Table]:
    """The tables whose records travel between offices and carry ``origin_office``."""
    return [t for t in Base.metadata.sorted_tables if "origin_office" in t.c]


def stamp_origin(session: Session, code: str, *, also: str = "") -> int:
    """Stamp ``code`` into ``origin_office`` of every travelling record made here ('' and,
    when given, the former code ``also``). Returns the rows stamped."""
    if not code:
        return 0
    origins = [""] + ([also] if also and also != code else [])
    return stamp_office_column(session, "origin_office", code, origins)


def stamp_office_column(session: Session, column: str, code: str, origins: list[str]) -> int:
    """``code`` into ``column`` (``origin_office`` or ``edited_office``) of every travelling
    record where it is one of ``origins``: one UPDATE per table that gives ``updated_at``,
    ``touched_at``, the other office column and ``version`` their own values, so that no
    onupdate fires and nothing looks changed (a stamp is not an edit). Returns the rows."""
    stamped = 0
    for table in travelling_tables():
        kept = {
            name: table.c[name]
            for name in ("updated_at", "touched_at", "origin_office", "edited_office", "version")
            if name in table.c and name != column
        }
        result = session.execute(
            update(table)
            .where(table.c[column].in_(origins))
            .values({column: code, **kept})
            .execution_options(synchronize_session=False)
        )
        stamped += max(result.rowcount or 0, 0)  # type: ignore[attr-defined]
    return stamped


def checked_code(code: str) -> str:
    """``code`` trimmed and upper-cased, when it is 2–12 of A–Z, 0–9 and '-'."""
    value = code.strip().upper()
    if not _CODE.fullmatch(value):
        raise user_error(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Office",
                "The office code {code} is not valid: use 2 to 12 letters A–Z, digits 0–9 or "
                "hyphens (for example BKK or CNX-2).",
            ),
            code=repr(code.strip()),
        )
    return value


def checked_name(name: str) -> str:
    """``name`` with its spaces tidied, when it is given and not too long."""
    value = " ".join(name.split())
    if not value:
        raise user_error(CONTEXT, QT_TRANSLATE_NOOP("Office", "Give the office's name."))
    if len(value) > NAME_MAX_LENGTH:
        raise user_error(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Office",
                "The office's name is {length} characters long; at most {limit} are allowed.",
            ),
            length=len(value), limit=NAME_MAX_LENGTH,
        )  # fmt: skip
    return value


def _sent_any(session: Session) -> bool:
    return bool(session.scalar(select(exists().where(SyncBundle.direction == "sent"))))


def _get(session: Session, key: str) -> str:
    row = session.get(AppSetting, key)
    return row.value if row is not None else ""


def _put(session: Session, key: str, value: str) -> None:
    row = session.get(AppSetting, key)
    if row is None:
        session.add(AppSetting(key=key, value=value))
    else:
        row.value = value
