"""Reading the stakeholder registry: the list on the Stakeholders tab and the Timeline's picker.

Lists show identifiers the way PDPA asks for them outside the detail form: the national ID
and the phone masked (``domain.pdpa.masking``), unless the list is read with ``reveal`` (which
needs the personal-data grant, and puts each record shown on the audit trail as VIEWed).
A person marked sensitive (PDPA s.26) carries the mark (``StakeholderRow.sensitive``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, SQLColumnExpression, and_, func, or_, select

from vocdesk.db.models import Segment, Stakeholder
from vocdesk.db.repositories.query import (
    Lookup,
    Sorting,
    deferred_page,
    enum_order,
    localised,
    named,
    search_filter,
)
from vocdesk.domain.accounts import Permission
from vocdesk.domain.enums import PartyType, Priority, StakeholderKind, StakeholderStatus
from vocdesk.domain.messages import UserError
from vocdesk.domain.pdpa.masking import mask_phone
from vocdesk.domain.phone import normalise_phone
from vocdesk.domain.tables import Named, TableQuery
from vocdesk.domain.thai_id import format_national_id, mask_national_id
from vocdesk.services.authorization import open_to_anyone_signed_in, requires
from vocdesk.services.database import Database
from vocdesk.services.pdpa.masking import record_views, reveal, sees_sensitive

__all__ = [
    "Named",
    "RegistryFilter",
    "RegistryService",
    "SegmentChoice",
    "StakeholderRow",
    "TableQuery",
]


@dataclass(frozen=True)
class RegistryFilter:
    """The filters above the Stakeholders table; each left at None/"" filters nothing."""

    segment_id: uuid.UUID | None = None
    kind: StakeholderKind | None = None
    status: StakeholderStatus | None = None
    province: str = ""  # the official Thai name
    priority: Priority | None = None  # the segment's priority level
    archived: bool = False  # True: the archived records instead of the registry in use


@dataclass(frozen=True)
class SegmentChoice:
    id: uuid.UUID
    name: Named
    priority: Priority


@dataclass(frozen=True)
class StakeholderRow:
    id: uuid.UUID
    name: str
    organisation: str
    party_type: PartyType
    kind: StakeholderKind
    segment: Named | None
    status: StakeholderStatus
    province: str
    phone: str  # masked ("08x-xxx-5678"), or revealed: the display form ("081 234 5678")
    national_id: str  # masked ("1-1120-xxxxx-56-2"), or revealed: grouped; empty when unknown
    updated_at: datetime
    sensitive: bool = False  # PDPA s.26: health, religion, criminal record
    revealed: bool = False  # personal data shown whole (the reader asked, and may)


def phone_display(stored: str) -> str:
    if not stored:
        return ""
    try:
        return normalise_phone(stored).display
    except UserError:
        return stored  # imported before validation: show it rather than hide it


def _columns() -> tuple[Any, ...]:
    return (
        Stakeholder.id,
        Stakeholder.name,
        Stakeholder.organisation,
        Stakeholder.party_type,
        Stakeholder.kind,
        Segment.name_th,
        Segment.name_en,
        Stakeholder.status,
        Stakeholder.province,
        Stakeholder.phone,
        Stakeholder.national_id,
        Stakeholder.updated_at,
        Stakeholder.sensitive,
    )


def _row(r: Any, reveal: bool = False) -> StakeholderRow:
    if reveal:
        return StakeholderRow(
            id=r.id, name=r.name, organisation=r.organisation, party_type=r.party_type,
            kind=r.kind, segment=named(r.name_th, r.name_en), status=r.status,
            province=r.province, phone=phone_display(r.phone),
            national_id=format_national_id(r.national_id) if r.national_id else "",
            updated_at=r.updated_at, sensitive=bool(r.sensitive), revealed=True,
        )  # fmt: skip
    return StakeholderRow(
        id=r.id,
        name=r.name,
        organisation=r.organisation,
        party_type=r.party_type,
        kind=r.kind,
        segment=named(r.name_th, r.name_en),
        status=r.status,
        province=r.province,
        phone=mask_phone(r.phone),
        national_id=mask_national_id(r.national_id) if r.national_id else "",
        updated_at=r.updated_at,
        sensitive=bool(r.sensitive),
    )


def _identifier_match(term: str) -> ColumnElement[bool] | None:
    """A whole phone number, or a national ID or its first digits, found through their indexes
    (a scan of every text column of 100,000 records takes 0.3-0.6 s; this takes a millisecond).
    ``term`` has the digits only, without the trunk 0 (``_search_query``)."""
    if not term.isdigit() or len(term) < 9:
        return None
    phones = (
        {"+66" + term} if len(term) in (8, 9) else {"+" + term} if term.startswith("66") else set()
    )
    starts = {term, "0" + term} if len(term) == 12 else {term}  # an ID starting with 0 lost it
    conditions: list[ColumnElement[bool]] = [
        and_(Stakeholder.national_id >= start, Stakeholder.national_id < start + ":")
        for start in starts
    ]  # ":" follows "9": the range holds every ID starting with ``start``
    if phones:
        conditions += [Stakeholder.phone.in_(phones), Stakeholder.phone2.in_(phones)]
    return or_(*conditions)


class RegistryService:
    """Read side of the registry; archived records are left out of every list."""

    SORT_KEYS = (
        "name", "organisation", "kind", "segment", "status",
        "province", "phone", "national_id", "updated",
    )  # fmt: skip

    def __init__(self, db: Database) -> None:
        self._db = db

    @staticmethod
    def _joined(stmt: Select[*tuple[Any, ...]]) -> Select[*tuple[Any, ...]]:
        return stmt.outerjoin(Segment, Stakeholder.segment_id == Segment.id)

    def _searched(
        self,
        stmt: Select[*tuple[Any, ...]],
        query: TableQuery,
        filters: RegistryFilter | None = None,
    ) -> Select[*tuple[Any, ...]]:
        filters = filters or RegistryFilter()
        stmt = stmt.where(Stakeholder.archived.is_(filters.archived))
        if filters.segment_id is not None:
            stmt = stmt.where(Stakeholder.segment_id == filters.segment_id)
        if filters.kind is not None:
            stmt = stmt.where(Stakeholder.kind == filters.kind)
        if filters.status is not None:
            stmt = stmt.where(Stakeholder.status == filters.status)
        if filters.province:
            stmt = stmt.where(Stakeholder.province == filters.province)
        if filters.priority is not None:
            # The segment table is small: read its ids once rather than join every row.
            stmt = stmt.where(
                Stakeholder.segment_id.in_(
                    select(Segment.id).where(Segment.priority == filters.priority)
                )
            )
        terms = query.search_terms()
        identifier = _identifier_match(terms[0]) if len(terms) == 1 else None
        if identifier is not None:
            return stmt.where(identifier)
        lookups = [Lookup(Stakeholder.segment_id, Segment, ("name_th", "name_en"))]
        if self._db.engine.dialect.name == "sqlite":
            # SQLite's LIKE already ignores the case of ASCII letters (Thai has none): without
            # lower() on every column, a scan of 100,000 records is a quarter faster.
            condition = and_(*(
                or_(*(column.contains(term, autoescape=True) for column in self._searched_columns(query)),
                    *(lookup.matches(term) for lookup in lookups))
                for term in terms
            )) if terms else None  # fmt: skip
        else:
            condition = search_filter(query, self._searched_columns(query), lookups)
        return stmt if condition is None else stmt.where(condition)

    @staticmethod
    def _searched_columns(query: TableQuery) -> list[SQLColumnExpression[Any]]:
        columns: list[SQLColumnExpression[Any]] = [
            Stakeholder.name, Stakeholder.organisation, Stakeholder.province, Stakeholder.email,
        ]  # fmt: skip
        digits = "".join(ch for ch in query.search if ch.isdigit())
        if len(digits) >= 4:
            # People type a phone as 081-234-5678 or 0812345678; it is stored as +66812345678.
            columns += [Stakeholder.phone, Stakeholder.national_id]
        return columns

    def _search_query(self, query: TableQuery) -> TableQuery:
        # A phone or ID typed with spaces or dashes is one term, matched by its digits.
        digits = "".join(ch for ch in query.search if ch.isdigit())
        if len(digits) >= 4 and all(ch.isdigit() or ch in " -+()" for ch in query.search.strip()):
            return TableQuery(
                digits.removeprefix("0"), query.sort_key, query.descending, query.language
            )
        return query

    @requires(Permission.READ)
    def list_stakeholders(
        self,
        query: TableQuery,
        offset: int = 0,
        limit: int = 200,
        filters: RegistryFilter | None = None,
        *,
        reveal_personal: bool = False,
    ) -> list[StakeholderRow]:
        """A page of the list; ``reveal_personal`` (the personal-data grant only) shows the
        phones and national IDs whole and records each row shown as VIEWed."""
        if reveal_personal:
            reveal(self._db)
        query = self._search_query(query)
        sort_columns: dict[str, SQLColumnExpression[Any]] = {
            "name": Stakeholder.name,
            "organisation": Stakeholder.organisation,
            "kind": enum_order(Stakeholder.kind, StakeholderKind),
            "segment": localised(query, Segment.name_th, Segment.name_en),
            "status": enum_order(Stakeholder.status, StakeholderStatus),
            "province": Stakeholder.province,
            "phone": Stakeholder.phone,
            "national_id": Stakeholder.national_id,
            "updated": Stakeholder.updated_at,
        }
        if query.search_terms() or (
            filters is not None and filters != RegistryFilter(archived=filters.archived)
        ):
            # Few rows may match. Walking the whole name index in order to find them costs a random
            # read per row (1.3 s for a search matching nothing in 100,000); an ordinary scan, then
            # sorting only the matches, takes a tenth of that. `name || ''` keeps the index out.
            for key in ("name", "organisation", "province", "phone", "national_id"):
                sort_columns[key] = sort_columns[key].concat("")
        sorting = Sorting(
            sort_columns,
            "name",
            Stakeholder.id,
            nullable_keys=frozenset({"segment", "national_id"}),
        )
        stmt = deferred_page(
            self._joined(select(*_columns())),
            self._searched(self._joined(select(Stakeholder.id)), query, filters),
            query, sorting, offset, limit,
        )  # fmt: skip
        with self._db.session_scope() as session:
            rows = [_row(r, reveal_personal) for r in session.execute(stmt)]
        if reveal_personal:
            record_views(self._db, "stakeholder", (r.id for r in rows), "stakeholders list")
        return rows

    @open_to_anyone_signed_in
    def may_reveal_personal(self) -> bool:
        """Whether the person signed in may ask for personal data whole ("Show personal data")."""
        return sees_sensitive(self._db)

    @requires(Permission.READ)
    def count_stakeholders(self, query: TableQuery, filters: RegistryFilter | None = None) -> int:
        query = self._search_query(query)
        stmt = self._searched(select(func.count()).select_from(Stakeholder), query, filters)
        with self._db.session_scope() as session:
            return session.scalar(stmt) or 0

    @requires(Permission.READ)
    def status_counts(
        self, query: TableQuery, filters: RegistryFilter | None = None
    ) -> dict[StakeholderStatus, int]:
        """How many of the rows the table shows are current, potential and former."""
        query = self._search_query(query)
        stmt = self._searched(
            select(Stakeholder.status, func.count()).select_from(Stakeholder), query, filters
        )
        with self._db.session_scope() as session:
            found = {
                status: count
                for status, count in session.execute(stmt.group_by(Stakeholder.status))
            }
        return {status: found.get(status, 0) for status in StakeholderStatus}

    @requires(Permission.READ)
    def matching(
        self,
        stmt: Select[*tuple[Any, ...]],
        query: TableQuery,
        filters: RegistryFilter | None = None,
    ) -> Select[*tuple[Any, ...]]:
        """``stmt`` (a select from the stakeholder table) narrowed to the rows the table shows:
        what an export of the view writes."""
        return self._searched(stmt, self._search_query(query), filters)

    @requires(Permission.READ)
    def segment_choices(self) -> list[SegmentChoice]:
        """The segments in use, in their catalogue order: the items of a segment picker."""
        stmt = (
            select(Segment.id, Segment.name_th, Segment.name_en, Segment.priority)
            .where(Segment.active.is_(True))
            .order_by(Segment.sort_order, Segment.name_th)
        )
        with self._db.session_scope() as session:
            return [
                SegmentChoice(r.id, Named(r.name_th, r.name_en), r.priority)
                for r in session.execute(stmt)
            ]

    @requires(Permission.READ)
    def get_stakeholder(self, stakeholder_id: uuid.UUID) -> StakeholderRow | None:
        stmt = (
            select(*_columns())
            .outerjoin(Segment, Stakeholder.segment_id == Segment.id)
            .where(Stakeholder.id == stakeholder_id)
        )
        with self._db.session_scope() as session:
            found = session.execute(stmt).first()
            return _row(found) if found is not None else None
