"""Changing the stakeholder registry: create, update, archive, delete and merge, each one
transaction with its audit entry.

History (feedback, complaints, survey responses, activities, and whatever table later refers to
a stakeholder) is found generically: every foreign key to ``stakeholder.id`` in the ORM
metadata. So a merge moves all of it, and a record with any of it cannot be deleted, only
archived, without this module knowing the other areas' tables.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Column, CursorResult, delete, func, or_, select, tuple_, update
from sqlalchemy.orm import Session

from vocdesk.db.base import Base, utc_now
from vocdesk.db.models import AuditEntry, Stakeholder
from vocdesk.domain.accounts import Permission
from vocdesk.domain.clock import thai_today
from vocdesk.domain.enums import AuditAction
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, Message, UserError, counted_error, user_error
from vocdesk.domain.registry import (
    CONTEXT,
    ContactKeys,
    DuplicateReason,
    InvalidStakeholder,
    LawfulBasis,
    StakeholderDraft,
    check_stakeholder,
    duplicate_reasons,
    email_key,
    merged_values,
    name_key,
    name_prefix,
)
from vocdesk.domain.tables import Named
from vocdesk.services.authorization import acting, require, requires
from vocdesk.services.catalogue_choices import active_channels
from vocdesk.services.database import Database, check_version
from vocdesk.services.pdpa.consents import sync_follow_up
from vocdesk.services.pdpa.masking import sees_sensitive
from vocdesk.services.registry.stakeholders import RegistryFilter

EDITABLE_FIELDS = (
    "name", "party_type", "kind", "status", "organisation", "segment_id", "national_id", "phone",
    "phone2", "email", "line_id", "address", "province", "preferred_channel_id", "external_ref",
    "tags", "notes", "lawful_basis", "consent_follow_up", "consent_date", "retention_until",
    "relationship_officer", "contact_every_months",
)  # fmt: skip
NAME_CANDIDATES = 2000  # names sharing a key's first letters compared for similarity, at most
MAX_DUPLICATES = 20


@dataclass(frozen=True)
class DuplicateMatch:
    id: uuid.UUID
    name: str
    organisation: str
    archived: bool
    reasons: tuple[DuplicateReason, ...]


class DuplicatesFound(UserError):
    """Saving would create a record that looks like one already there; the form offers to open it."""

    def __init__(self, matches: list[DuplicateMatch]) -> None:
        super().__init__(Message(CONTEXT, QT_TRANSLATE_NOOP(
            "StakeholderCheck", "%n existing record(s) look like this one; the first is {name}.", None, len(matches)),
            {"name": matches[0].name}, len(matches)))  # fmt: skip
        self.matches = matches


@dataclass(frozen=True)
class StakeholderRecord:
    """One stakeholder with everything the form shows and its history, by table."""

    id: uuid.UUID
    draft: StakeholderDraft
    archived: bool
    archived_at: datetime | None
    created_at: datetime
    updated_at: datetime
    history: dict[str, int] = field(default_factory=dict)
    version: int | None = None  # the saved version read (migration 0012); update() checks it
    # PDPA s.26 (issue 19): the record holds sensitive data (health, religion, criminal record);
    # its notes are given only to the personal-data grant's holders (``notes_withheld``: the
    # draft's notes are empty, and a save keeps the stored ones).
    sensitive: bool = False
    notes_withheld: bool = False

    @property
    def has_history(self) -> bool:
        return any(self.history.values())


@dataclass(frozen=True)
class SaveResult:
    id: uuid.UUID
    warnings: dict[str, Message]


@dataclass(frozen=True)
class MergeSummary:
    survivor_id: uuid.UUID
    moved: dict[str, int]  # table -> rows that now point to the survivor

    @property
    def total_moved(self) -> int:
        return sum(self.moved.values())


def stakeholder_references() -> list[Column[Any]]:
    """Every column of every table that refers to ``stakeholder.id`` (history of a stakeholder)."""
    stakeholder = Stakeholder.__table__
    found = []
    for table in Base.metadata.sorted_tables:
        if table is stakeholder:
            continue
        for key in table.foreign_keys:
            if key.column.table is stakeholder:
                found.append(key.parent)
    return found


def _audit_value(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def _values_of(row: Stakeholder) -> dict[str, Any]:
    return {name: getattr(row, name) for name in EDITABLE_FIELDS}


def _draft_of(row: Stakeholder) -> StakeholderDraft:
    values = _values_of(row)
    values["national_id"] = values["national_id"] or ""
    values["external_ref"] = values["external_ref"] or ""
    values["tags"] = tuple(values["tags"] or ())
    values["lawful_basis"] = _basis(values["lawful_basis"])
    return StakeholderDraft(**values)


def _basis(stored: str) -> LawfulBasis | None:
    try:
        return LawfulBasis(stored) if stored else None
    except ValueError:  # written by an older version or another tool: shown as not recorded
        return None


def stored_values(draft: StakeholderDraft) -> dict[str, Any]:
    """Column values of a checked draft."""
    values: dict[str, Any] = {name: getattr(draft, name) for name in EDITABLE_FIELDS}
    values["national_id"] = draft.national_id or None
    values["external_ref"] = draft.external_ref or None
    values["tags"] = list(draft.tags)
    values["lawful_basis"] = draft.lawful_basis.value if draft.lawful_basis else ""
    values["name_key"], values["email_key"] = name_key(draft.name), email_key(draft.email)
    return values


class RegistryEditService:
    def __init__(
        self, db: Database, today: Callable[[], date] = thai_today, user: str | None = None
    ) -> None:
        self._db = db
        self._today = today
        self._given_user = user

    @property
    def _user(self) -> str:
        """Who is stamped on the audit entries: the person signed in, read at each call (an
        explicit ``user`` given to the constructor, as tests do, wins)."""
        return self._given_user if self._given_user is not None else acting(self._db).login

    # --- reading for the form ------------------------------------------------------------
    @requires(Permission.READ)
    def load(self, stakeholder_id: uuid.UUID) -> StakeholderRecord:
        with self._db.session_scope() as session:
            row = self._get(session, stakeholder_id)
            withheld = bool(row.sensitive) and not sees_sensitive(self._db)
            draft = _draft_of(row)
            return StakeholderRecord(
                id=row.id, draft=replace(draft, notes="") if withheld else draft,
                archived=row.archived, archived_at=row.archived_at,
                created_at=row.created_at, updated_at=row.updated_at,
                history=self._history(session, stakeholder_id), version=row.version,
                sensitive=bool(row.sensitive), notes_withheld=withheld,
            )  # fmt: skip

    @requires(Permission.READ)
    def channel_choices(self) -> list[tuple[uuid.UUID, Named]]:
        with self._db.session_scope() as session:
            return active_channels(session)

    @requires(Permission.READ)
    def find_duplicates(
        self, draft: StakeholderDraft, exclude: uuid.UUID | None = None
    ) -> list[DuplicateMatch]:
        """Records that look like ``draft`` (a checked one): same ID, phone or e-mail, or a very
        similar name. Archived records count too: reopening one is better than a second record."""
        with self._db.session_scope() as session:
            return self._duplicates(session, draft, exclude)

    def _duplicates(
        self, session: Session, draft: StakeholderDraft, exclude: uuid.UUID | None
    ) -> list[DuplicateMatch]:
        keys = draft.keys()
        conditions = []
        if keys.national_id:
            conditions.append(Stakeholder.national_id == keys.national_id)
        if keys.phones:
            conditions += [Stakeholder.phone.in_(keys.phones), Stakeholder.phone2.in_(keys.phones)]
        if keys.email:
            conditions.append(Stakeholder.email_key == keys.email)
        if keys.name:  # the same name written with another title, spacing or case
            conditions.append(Stakeholder.name_key == keys.name)
        columns = (Stakeholder.id, Stakeholder.name, Stakeholder.organisation, Stakeholder.archived,
                   Stakeholder.national_id, Stakeholder.phone, Stakeholder.phone2, Stakeholder.email_key,
                   Stakeholder.name_key)  # fmt: skip
        rows: dict[uuid.UUID, Any] = {}
        if conditions:
            for r in session.execute(
                select(*columns).where(or_(*conditions)).limit(NAME_CANDIDATES)
            ):
                rows[r.id] = r
        prefix = name_prefix(keys.name)
        if prefix:
            # A very similar name almost always starts the same: an index range, not a full scan.
            stmt = select(*columns).where(
                Stakeholder.name_key >= prefix, Stakeholder.name_key < prefix + "\U0010ffff"
            )
            for r in session.execute(stmt.limit(NAME_CANDIDATES)):
                rows[r.id] = r
        found: list[tuple[int, bool, bool, str, DuplicateMatch]] = []
        for r in rows.values():
            if r.id == exclude:
                continue
            theirs = ContactKeys(r.national_id or "", frozenset(p for p in (r.phone, r.phone2) if p),
                                 r.email_key, r.name_key)  # fmt: skip
            reasons = duplicate_reasons(keys, theirs)
            if reasons:
                exact = r.name_key == keys.name
                found.append(
                    (
                        -len(reasons),
                        not exact,
                        r.archived,
                        r.name,
                        DuplicateMatch(r.id, r.name, r.organisation, r.archived, tuple(reasons)),
                    )
                )
        # Most reasons first, then the same name before merely similar ones, records in use first.
        found.sort(key=lambda item: item[:4])
        return [item[-1] for item in found[:MAX_DUPLICATES]]

    @requires(Permission.EXPORT)
    def view_export(
        self,
        search: str = "",
        filters: RegistryFilter | None = None,
        progress: Callable[[int, int], None] | None = None,
        *,
        unmasked: bool = False,
    ) -> tuple[list[str], list[list[Any]]]:
        """The headings and rows of an export of the view (the search and filters of the tab), in
        the import's columns, so the file imports again unchanged when ``unmasked`` (which needs
        PERSONAL_DATA); masked otherwise (PDPA). The window writes them through
        ``services.transfer.export_table``, which puts the export on the audit trail."""
        from vocdesk.services.registry.transfer import (
            StakeholderExporter,  # it imports this module
        )

        exporter = StakeholderExporter(self._db, unmasked=unmasked)
        return exporter.spec.headers, list(exporter.rows(search, filters, progress))

    # --- changing ------------------------------------------------------------------------
    @requires(Permission.RECORD)
    def check(self, draft: StakeholderDraft) -> StakeholderDraft:
        """``draft`` checked and normalised (raises ``InvalidStakeholder``); nothing is written."""
        return check_stakeholder(draft, self._today()).draft

    @requires(Permission.RECORD)
    def create(self, draft: StakeholderDraft, *, allow_duplicates: bool = False) -> SaveResult:
        checked = check_stakeholder(draft, self._today())
        with self._db.session_scope() as session:
            self._check_external_ref(session, checked.draft, None)
            if not allow_duplicates:
                matches = self._duplicates(session, checked.draft, None)
                if matches:
                    raise DuplicatesFound(matches)
            values = stored_values(checked.draft)
            wanted, given_on = values["consent_follow_up"], values["consent_date"]
            row = Stakeholder(**values)
            session.add(row)
            session.flush()
            # The follow-up consent is a consent row; the columns mirror it (services.pdpa).
            sync_follow_up(session, row, wanted, given_on, self._user, today=self._today())
            self._audit(session, AuditAction.CREATE, row.id,
                        {k: _audit_value(v) for k, v in _values_of(row).items() if v not in (None, "", [], False)})  # fmt: skip
            return SaveResult(row.id, checked.warnings)

    @requires(Permission.RECORD)
    def update(
        self, stakeholder_id: uuid.UUID, draft: StakeholderDraft, *, version: int | None = None
    ) -> SaveResult:
        """Save ``draft`` over the stakeholder; ``version``, the one the form read (``load``),
        refuses the save if another window saved the record since."""
        checked = check_stakeholder(draft, self._today())
        with self._db.session_scope() as session:
            row = self._get(session, stakeholder_id)
            check_version(row, version)
            self._check_external_ref(session, checked.draft, stakeholder_id)
            before = _values_of(row)
            values = stored_values(checked.draft)
            if row.sensitive and not sees_sensitive(self._db):
                values["notes"] = row.notes  # withheld from this reader: kept as stored
            wanted, given_on = values.pop("consent_follow_up"), values.pop("consent_date")
            for name, value in values.items():
                setattr(row, name, value)
            sync_follow_up(session, row, wanted, given_on, self._user, today=self._today())
            after = _values_of(row)
            changes = {
                k: [_audit_value(before[k]), _audit_value(after[k])]
                for k in after
                if before[k] != after[k]
            }
            if changes:
                self._audit(session, AuditAction.UPDATE, row.id, changes)
            return SaveResult(row.id, checked.warnings)

    @requires(Permission.RECORD)
    def set_sensitive(self, stakeholder_id: uuid.UUID, sensitive: bool = True) -> None:
        """Mark the record as holding sensitive data (PDPA s.26: health, religion, criminal
        record), or take the mark off; taking it off shows its notes to everyone, so it needs
        the personal-data grant. Audited."""
        if not sensitive:
            require(self._db, Permission.PERSONAL_DATA)
        with self._db.session_scope() as session:
            row = self._get(session, stakeholder_id)
            if bool(row.sensitive) == sensitive:
                return
            row.sensitive = sensitive
            self._audit(
                session, AuditAction.UPDATE, row.id, {"sensitive": [not sensitive, sensitive]}
            )

    @requires(Permission.RECORD)
    def set_archived(self, stakeholder_id: uuid.UUID, archived: bool = True) -> None:
        with self._db.session_scope() as session:
            row = self._get(session, stakeholder_id)
            if row.archived == archived:
                return
            row.archived = archived
            row.archived_at = utc_now() if archived else None
            action = AuditAction.ARCHIVE if archived else AuditAction.UPDATE
            self._audit(session, action, row.id, {"archived": [not archived, archived]})

    @requires(Permission.MANAGE_CASES)
    def delete(self, stakeholder_id: uuid.UUID) -> None:
        """Delete a record with no history at all; one with history must be archived instead."""
        with self._db.session_scope() as session:
            row = self._get(session, stakeholder_id)
            history = self._history(session, stakeholder_id)
            if any(history.values()):
                count = sum(history.values())
                raise counted_error(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "StakeholderCheck",
                        "{name} has %Ln history record(s) (feedback, complaints, responses or "
                        "activities) and cannot be deleted. Archive the record instead.",
                        None,
                        count,
                    ),
                    count,
                    name=row.name,
                )
            snapshot = {k: _audit_value(v) for k, v in _values_of(row).items()}
            session.delete(row)
            self._audit(session, AuditAction.DELETE, stakeholder_id, snapshot)

    @requires(Permission.MANAGE_CASES)
    def merge(self, survivor_id: uuid.UUID, other_id: uuid.UUID) -> MergeSummary:
        """Move every history row of ``other_id`` to ``survivor_id``, fill the survivor's empty
        fields from the other, delete the other: one transaction, recorded in the audit trail."""
        if survivor_id == other_id:
            raise user_error(
                CONTEXT,
                QT_TRANSLATE_NOOP("StakeholderCheck", "A record cannot be merged with itself."),
            )
        with self._db.session_scope() as session:
            survivor = self._get(session, survivor_id)
            other = self._get(session, other_id)
            other_values = _values_of(other)
            moved: dict[str, int] = {}
            for column in stakeholder_references():
                table = column.table
                key = list(table.primary_key.columns)
                if column.primary_key and len(key) > 1:
                    # A link row the survivor has already (both took part in one activity)
                    # would be there twice: the other's copy goes.
                    rest = [c for c in key if c is not column]
                    theirs = select(*rest).where(column == survivor_id)
                    session.execute(
                        delete(table).where(column == other_id, tuple_(*rest).in_(theirs))
                    )
                # An UPDATE executes to a CursorResult, the Result that counts the rows.
                result = cast(
                    CursorResult[Any],
                    session.execute(
                        update(table).where(column == other_id).values({column.name: survivor_id})
                    ),
                )
                moved[table.name] = moved.get(table.name, 0) + (result.rowcount or 0)
            before = _values_of(survivor)
            merged = merged_values(before, other_values)
            # The other's unique reference moves to the survivor only once the other is gone.
            session.delete(other)
            session.flush()
            for name, value in merged.items():
                setattr(survivor, name, value)
            survivor.name_key = name_key(survivor.name)
            survivor.email_key = email_key(survivor.email)
            if survivor.archived and not other_values.get("archived", False):
                survivor.archived, survivor.archived_at = False, None
            changes = {
                "merged_from": str(other_id),
                "moved": moved,
                "other": {k: _audit_value(v) for k, v in other_values.items()},
                "changed": {k: [_audit_value(before[k]), _audit_value(merged[k])] for k in merged if before[k] != merged[k]},
            }  # fmt: skip
            self._audit(session, AuditAction.MERGE, survivor_id, changes)
            self._audit(
                session,
                AuditAction.MERGE,
                other_id,
                {"merged_into": str(survivor_id), "moved": moved},
            )
            return MergeSummary(survivor_id, moved)

    # --- helpers -------------------------------------------------------------------------
    def _get(self, session: Session, stakeholder_id: uuid.UUID) -> Stakeholder:
        row = session.get(Stakeholder, stakeholder_id)
        if row is None:
            raise user_error(
                CONTEXT,
                QT_TRANSLATE_NOOP("StakeholderCheck", "The stakeholder no longer exists; it may have been merged or deleted."),
            )  # fmt: skip
        return row

    def _history(self, session: Session, stakeholder_id: uuid.UUID) -> dict[str, int]:
        counts: dict[str, int] = {}
        for column in stakeholder_references():
            count = (
                session.scalar(
                    select(func.count()).select_from(column.table).where(column == stakeholder_id)
                )
                or 0
            )
            counts[column.table.name] = counts.get(column.table.name, 0) + count
        return counts

    def _check_external_ref(
        self, session: Session, draft: StakeholderDraft, exclude: uuid.UUID | None
    ) -> None:
        if not draft.external_ref:
            return
        stmt = select(Stakeholder.name).where(Stakeholder.external_ref == draft.external_ref)
        if exclude is not None:
            stmt = stmt.where(Stakeholder.id != exclude)
        holder = session.scalar(stmt)
        if holder is not None:
            raise InvalidStakeholder({"external_ref": Message(CONTEXT, QT_TRANSLATE_NOOP(
                "StakeholderCheck", "The reference {value} already belongs to {name}."),
                {"value": draft.external_ref, "name": holder})})  # fmt: skip

    def _audit(
        self, session: Session, action: AuditAction, entity_id: uuid.UUID, changes: dict[str, Any]
    ) -> None:
        session.add(AuditEntry(at=utc_now(), user=self._user, action=action, entity="stakeholder",
                               entity_id=entity_id, changes=changes))  # fmt: skip


__all__ = [
    "DuplicateMatch", "DuplicatesFound", "MergeSummary", "RegistryEditService", "SaveResult", "StakeholderDraft",
    "StakeholderRecord", "stakeholder_references", "stored_values",
]  # fmt: skip
