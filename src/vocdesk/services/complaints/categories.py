"""The complaint categories and their service standards (targets in working days)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select

from vocdesk.db.models import Complaint, ComplaintCategory
from vocdesk.domain.accounts import Permission
from vocdesk.domain.complaints.service_standard import ServiceStandard
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error
from vocdesk.services.authorization import may, open_to_anyone_signed_in, requires
from vocdesk.services.database import Database

CONTEXT = "ComplaintCategories"
MAX_DAYS = 365


@dataclass(frozen=True)
class CategoryRecord:
    code: str
    name_th: str
    name_en: str
    acknowledge_days: int = 1
    first_response_days: int = 3
    resolve_days: int = 15
    notify_days: int = 15
    warn_days_before: int = 2
    active: bool = True
    id: uuid.UUID | None = None  # None for a new category
    cases: int = 0  # how many cases use it (read only)

    @property
    def standard(self) -> ServiceStandard:
        return ServiceStandard(self.acknowledge_days, self.first_response_days, self.resolve_days,
                               self.notify_days, self.warn_days_before)  # fmt: skip


class ComplaintCategoriesService:
    def __init__(self, db: Database) -> None:
        self._db = db

    @open_to_anyone_signed_in
    def may_change(self) -> bool:
        """Whether the person signed in may change the categories and the complaint settings
        (``Permission.MANAGE_CATALOGUES``): the window disables what would be refused."""
        return may(self._db, Permission.MANAGE_CATALOGUES)

    @requires(Permission.READ)
    def list_categories(self) -> list[CategoryRecord]:
        counts = (
            select(Complaint.category_id, func.count(Complaint.id).label("n"))
            .group_by(Complaint.category_id)
            .subquery()
        )
        stmt = (
            select(ComplaintCategory, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.category_id == ComplaintCategory.id)
            .order_by(ComplaintCategory.active.desc(), ComplaintCategory.code)
        )
        with self._db.session_scope() as session:
            return [_record(c, n) for c, n in session.execute(stmt)]

    @requires(Permission.MANAGE_CATALOGUES)
    def save(self, record: CategoryRecord) -> uuid.UUID:
        """Add a category (``record.id`` None) or change one; changed standards apply to due
        dates computed from now on (open cases get them at their next move)."""
        code = record.code.strip()
        name_th, name_en = record.name_th.strip(), record.name_en.strip()
        if not code:
            raise user_error(
                CONTEXT, QT_TRANSLATE_NOOP("ComplaintCategories", "Enter a code for the category.")
            )
        if not name_th and not name_en:
            raise user_error(
                CONTEXT, QT_TRANSLATE_NOOP("ComplaintCategories", "Enter the category's name.")
            )
        for days in (record.acknowledge_days, record.first_response_days, record.resolve_days,
                     record.notify_days, record.warn_days_before):  # fmt: skip
            if not 0 <= days <= MAX_DAYS:
                raise user_error(CONTEXT, QT_TRANSLATE_NOOP("ComplaintCategories",
                                 "Targets are between 0 and {max} working days."), max=MAX_DAYS)  # fmt: skip
        if (
            record.acknowledge_days > record.resolve_days
            or record.first_response_days > record.resolve_days
        ):
            raise user_error(CONTEXT, QT_TRANSLATE_NOOP("ComplaintCategories",
                             "Acknowledging and the first response cannot take longer than resolving."))  # fmt: skip
        with self._db.session_scope() as session:
            clash = session.scalar(
                select(ComplaintCategory.id).where(ComplaintCategory.code == code)
            )
            if clash is not None and clash != record.id:
                raise user_error(CONTEXT, QT_TRANSLATE_NOOP("ComplaintCategories",
                                 "Another category already has the code {code}."), code=code)  # fmt: skip
            if record.id is None:
                category = ComplaintCategory(code=code)
                session.add(category)
            else:
                found = session.get(ComplaintCategory, record.id)
                if found is None:
                    raise user_error(CONTEXT, QT_TRANSLATE_NOOP("ComplaintCategories",
                                     "The category no longer exists."))  # fmt: skip
                category = found
            category.code = code
            category.name_th, category.name_en = name_th or name_en, name_en or name_th
            category.acknowledge_days = record.acknowledge_days
            category.first_response_days = record.first_response_days
            category.resolve_days = record.resolve_days
            category.notify_days = record.notify_days
            category.warn_days_before = record.warn_days_before
            category.active = record.active
            session.flush()
            return category.id


def _record(c: ComplaintCategory, cases: int = 0) -> CategoryRecord:
    return CategoryRecord(
        code=c.code, name_th=c.name_th, name_en=c.name_en, acknowledge_days=c.acknowledge_days,
        first_response_days=c.first_response_days, resolve_days=c.resolve_days,
        notify_days=c.notify_days, warn_days_before=c.warn_days_before, active=c.active, id=c.id,
        cases=cases,
    )  # fmt: skip
