"""The segments catalogue (PMQA 3.2 a (6)(8)): groups of service recipients and stakeholders,
each with its priority level, requirements, expectations and the services it uses.

New databases start with a default set (migration 0002); the agency edits it here. A segment
that stakeholders belong to is deactivated rather than deleted, so their records keep it.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vocdesk.db.base import utc_now
from vocdesk.db.models import AuditEntry, Segment, Service, Stakeholder
from vocdesk.domain.accounts import Permission
from vocdesk.domain.enums import AuditAction, Priority, SegmentKind
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, Message, UserError, user_error
from vocdesk.domain.tables import Named
from vocdesk.services.authorization import acting, requires
from vocdesk.services.database import Database

CONTEXT = "SegmentCheck"
NAME_MAX = 200
ITEM_MAX = 300


@dataclass(frozen=True)
class SegmentData:
    """A segment as the catalogue dialog edits it."""

    name_th: str
    name_en: str
    kind: SegmentKind = SegmentKind.SERVICE_RECIPIENT
    priority: Priority = Priority.MEDIUM
    description: str = ""
    requirements: tuple[str, ...] = ()
    expectations: tuple[str, ...] = ()
    service_ids: frozenset[uuid.UUID] = frozenset()
    active: bool = True


@dataclass(frozen=True)
class SegmentInfo:
    id: uuid.UUID
    code: str
    data: SegmentData
    stakeholders: int = 0  # records in the registry that belong to it

    @property
    def name(self) -> Named:
        return Named(self.data.name_th, self.data.name_en)


@dataclass(frozen=True)
class ServiceChoice:
    id: uuid.UUID
    name: Named


class InvalidSegment(UserError):
    """Every problem of a segment, by field (the dialog shows each beside its box)."""

    def __init__(self, problems: dict[str, Message]) -> None:
        super().__init__(Message(CONTEXT, QT_TRANSLATE_NOOP("SegmentCheck", "The segment was not saved:\n{problems}"),
                                 {"problems": list(problems.values())}))  # fmt: skip
        self.problems = problems


def _problem(text: str, **params: object) -> Message:
    return Message(CONTEXT, text, dict(params))


def check_segment(data: SegmentData) -> SegmentData:
    problems: dict[str, Message] = {}
    name_th, name_en = " ".join(data.name_th.split()), " ".join(data.name_en.split())
    if not name_th and not name_en:
        problems["name_th"] = _problem(
            QT_TRANSLATE_NOOP("SegmentCheck", "Enter the segment's name.")
        )
    for key, value in (("name_th", name_th), ("name_en", name_en)):
        if len(value) > NAME_MAX:
            problems[key] = _problem(
                QT_TRANSLATE_NOOP("SegmentCheck", "Too long: {length} characters, at most {limit}."),
                length=len(value), limit=NAME_MAX,
            )  # fmt: skip
    lists = {}
    for key in ("requirements", "expectations"):
        items = [" ".join(item.split()) for item in getattr(data, key)]
        items = list(dict.fromkeys(item for item in items if item))
        if any(len(item) > ITEM_MAX for item in items):
            problems[key] = _problem(
                QT_TRANSLATE_NOOP("SegmentCheck", "Each line may have at most {limit} characters."),
                limit=ITEM_MAX,
            )
        lists[key] = tuple(items)
    if problems:
        raise InvalidSegment(problems)
    return SegmentData(name_th or name_en, name_en or name_th, data.kind, data.priority, data.description.strip(),
                       lists["requirements"], lists["expectations"], data.service_ids, data.active)  # fmt: skip


def _code_for(name: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")[:30] or "segment"
    code, number = base, 2
    while code in taken:
        code, number = f"{base}_{number}", number + 1
    return code


class SegmentsService:
    def __init__(self, db: Database, user: str | None = None) -> None:
        self._db = db
        self._given_user = user

    @property
    def _user(self) -> str:
        """Who is stamped on the audit entries: the person signed in, read at each call (an
        explicit ``user`` given to the constructor, as tests do, wins)."""
        return self._given_user if self._given_user is not None else acting(self._db).login

    @requires(Permission.READ)
    def list_segments(self, include_inactive: bool = True) -> list[SegmentInfo]:
        counts = (
            select(Stakeholder.segment_id, func.count(Stakeholder.id).label("n"))
            .where(Stakeholder.archived.is_(False))
            .group_by(Stakeholder.segment_id)
            .subquery()
        )
        stmt = select(Segment, counts.c.n).outerjoin(counts, counts.c.segment_id == Segment.id)
        if not include_inactive:
            stmt = stmt.where(Segment.active.is_(True))
        with self._db.session_scope() as session:
            rows = session.execute(stmt.order_by(Segment.sort_order, Segment.name_th)).all()
            return [SegmentInfo(s.id, s.code, _data_of(s), n or 0) for s, n in rows]

    @requires(Permission.READ)
    def service_choices(self) -> list[ServiceChoice]:
        stmt = select(Service.id, Service.name_th, Service.name_en).where(Service.active.is_(True))
        with self._db.session_scope() as session:
            return [ServiceChoice(r.id, Named(r.name_th, r.name_en))
                    for r in session.execute(stmt.order_by(Service.name_th))]  # fmt: skip

    @requires(Permission.MANAGE_CATALOGUES)
    def create(self, data: SegmentData) -> uuid.UUID:
        data = check_segment(data)
        with self._db.session_scope() as session:
            taken = set(session.scalars(select(Segment.code)))
            last = session.scalar(select(func.max(Segment.sort_order))) or 0
            segment = Segment(
                code=_code_for(data.name_en or data.name_th, taken), sort_order=last + 10
            )
            self._apply(session, segment, data)
            session.add(segment)
            session.flush()
            self._audit(
                session,
                AuditAction.CREATE,
                segment.id,
                {"name_th": data.name_th, "name_en": data.name_en},
            )
            return segment.id

    @requires(Permission.MANAGE_CATALOGUES)
    def update(self, segment_id: uuid.UUID, data: SegmentData) -> None:
        data = check_segment(data)
        with self._db.session_scope() as session:
            segment = session.get(Segment, segment_id)
            if segment is None:
                raise user_error(
                    CONTEXT, QT_TRANSLATE_NOOP("SegmentCheck", "The segment no longer exists.")
                )
            before = _data_of(segment)
            self._apply(session, segment, data)
            changed = [
                name
                for name in before.__dataclass_fields__
                if getattr(before, name) != getattr(data, name)
            ]
            if changed:
                self._audit(session, AuditAction.UPDATE, segment.id, {"changed": changed})

    @staticmethod
    def _apply(session: Session, segment: Segment, data: SegmentData) -> None:
        segment.name_th, segment.name_en = data.name_th, data.name_en
        segment.kind, segment.priority, segment.description = (
            data.kind,
            data.priority,
            data.description,
        )
        segment.requirements, segment.expectations = (
            list(data.requirements),
            list(data.expectations),
        )
        segment.active = data.active
        segment.services = list(session.scalars(select(Service).where(Service.id.in_(data.service_ids)))) \
            if data.service_ids else []  # fmt: skip

    def _audit(
        self,
        session: Session,
        action: AuditAction,
        entity_id: uuid.UUID,
        changes: dict[str, object],
    ) -> None:
        session.add(AuditEntry(at=utc_now(), user=self._user, action=action, entity="segment",
                               entity_id=entity_id, changes=changes))  # fmt: skip


def _data_of(segment: Segment) -> SegmentData:
    return SegmentData(
        segment.name_th, segment.name_en, segment.kind, segment.priority, segment.description,
        tuple(segment.requirements or ()), tuple(segment.expectations or ()),
        frozenset(service.id for service in segment.services), segment.active,
    )  # fmt: skip


__all__ = [
    "InvalidSegment",
    "SegmentData",
    "SegmentInfo",
    "SegmentsService",
    "ServiceChoice",
    "check_segment",
]
