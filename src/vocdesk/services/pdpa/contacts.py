"""The contact list for a purpose (issue 19): the people who may be contacted for it, with the
ways to reach them: ``vocdesk export contacts FILE --purpose follow_up_survey``, File › Export ›
Contact list, and the Stakeholders tab's "Export contacts…".

Who is on it is ``consents.contactable(purpose)``: a consent for the purpose in force, the
person's processing not restricted and their data not anonymised; archived records are left
out too. With no purpose, everyone contactable for at least one purpose, with the purposes in
force named per row. The personal columns are masked unless the exporter is built ``unmasked``
(``services.transfer``: PERSONAL_DATA, audited), like every export of personal data.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select

from vocdesk.db.models import Channel, Consent, Stakeholder
from vocdesk.domain.accounts import Permission
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error
from vocdesk.domain.pdpa.masking import PersonalField
from vocdesk.domain.pdpa.terms import ConsentPurpose
from vocdesk.io.cells import format_date
from vocdesk.io.table_file import write_rows
from vocdesk.io.table_spec import Column, TableSpec
from vocdesk.services.authorization import requires
from vocdesk.services.database import Database
from vocdesk.services.pdpa.consents import contactable
from vocdesk.services.registry.stakeholders import phone_display
from vocdesk.services.transfer import ProgressCallback, mask_rows

KIND = "contacts"
BATCH = 2000

SPEC = TableSpec(KIND, (
    Column("id", "id", "รหัสระเบียน", "The stakeholder's record id."),
    Column("name", "name", "ชื่อ", "The person's or organisation's name."),
    Column("organisation", "organisation", "หน่วยงาน/องค์กร", "The organisation they belong to."),
    Column("phone", "phone", "โทรศัพท์", "Phone number.", personal=PersonalField.PHONE),
    Column("phone2", "second phone", "โทรศัพท์ที่สอง", "Another phone number.", personal=PersonalField.PHONE),
    Column("email", "e-mail", "อีเมล", "E-mail address.", personal=PersonalField.EMAIL),
    Column("line_id", "LINE ID", "ไลน์ไอดี", "LINE ID.", personal=PersonalField.LINE_ID),
    Column("address", "address", "ที่อยู่", "Postal address.", personal=PersonalField.ADDRESS),
    Column("province", "province", "จังหวัด", "Province."),
    Column("preferred_channel", "preferred channel", "ช่องทางที่สะดวก", "The code of the channel they prefer."),
    Column("purposes", "consented purposes", "วัตถุประสงค์ที่ให้ความยินยอม",
           "The purposes with a consent in force: service, follow_up_survey, news."),
    Column("consent_date", "consent date", "วันที่ให้ความยินยอม",
           "The day the consent for the purpose exported was given (the earliest in force)."),
))  # fmt: skip


def parse_purpose(value: str | ConsentPurpose | None) -> ConsentPurpose | None:
    """A purpose as the command line or a caller names it; None or "" for every purpose."""
    if value is None or isinstance(value, ConsentPurpose):
        return value
    word = value.strip().lower().replace("-", "_")
    if not word:
        return None
    try:
        return ConsentPurpose(word)
    except ValueError:
        raise user_error(
            "Consents",
            QT_TRANSLATE_NOOP("Consents", "There is no consent purpose called {value}; the purposes are: {purposes}."),
            value=value, purposes=", ".join(p.value for p in ConsentPurpose),
        ) from None  # fmt: skip


class ContactListExporter:
    """The people contactable for a purpose, in ``SPEC``'s columns."""

    spec = SPEC

    def __init__(self, db: Database, *, unmasked: bool = False) -> None:
        self._db = db
        self.unmasked = unmasked

    @requires(Permission.EXPORT)
    def export(
        self,
        path: Path,
        *,
        search: str = "",
        progress: ProgressCallback | None = None,
        purpose: str | ConsentPurpose | None = None,
    ) -> int:
        rows = self.rows(search, purpose=purpose, progress=progress)
        return write_rows(self.spec.headers, rows, Path(path))

    @requires(Permission.EXPORT)
    def rows(
        self,
        search: str = "",
        *,
        purpose: str | ConsentPurpose | None = None,
        progress: ProgressCallback | None = None,
    ) -> Iterator[list[Any]]:
        chosen = parse_purpose(purpose)
        rows = self._rows(search, chosen, progress)
        return rows if self.unmasked else mask_rows(self.spec, rows)

    def _rows(
        self, search: str, purpose: ConsentPurpose | None, progress: ProgressCallback | None
    ) -> Iterator[list[Any]]:
        s = Stakeholder
        purposes = [purpose] if purpose is not None else list(ConsentPurpose)
        stmt = (
            select(s.id, s.name, s.organisation, s.phone, s.phone2, s.email, s.line_id, s.address,
                   s.province, Channel.code)
            .outerjoin(Channel, Channel.id == s.preferred_channel_id)
            .where(s.archived.is_(False), or_(*(contactable(p) for p in purposes)))
            .order_by(s.name, s.id)
        )  # fmt: skip
        words = " ".join(search.split())
        if words:
            like = f"%{words}%"
            stmt = stmt.where(or_(s.name.ilike(like), s.organisation.ilike(like)))
        with self._db.session_scope() as session:
            people = session.execute(stmt).all()
            total = len(people)
            for start in range(0, total, BATCH):
                chunk = people[start : start + BATCH]
                in_force = self._in_force(session, [p.id for p in chunk])
                for person in chunk:
                    given = in_force.get(person.id, {})
                    day = (
                        given.get(purpose)
                        if purpose is not None
                        else min(given.values(), default=None)
                    )
                    yield [
                        str(person.id), person.name, person.organisation, phone_display(person.phone),
                        phone_display(person.phone2), person.email, person.line_id, person.address,
                        person.province, person.code or "", "; ".join(p.value for p in ConsentPurpose if p in given),
                        format_date(day),
                    ]  # fmt: skip
                if progress is not None:
                    progress(min(start + BATCH, total), total)

    @staticmethod
    def _in_force(session: Any, ids: list[Any]) -> dict[Any, dict[ConsentPurpose, Any]]:
        """Per person, each purpose with a consent in force and the earliest day it was given."""
        stmt = (
            select(Consent.stakeholder_id, Consent.purpose, func.min(Consent.given_on))
            .where(Consent.stakeholder_id.in_(ids), Consent.withdrawn_on.is_(None))
            .group_by(Consent.stakeholder_id, Consent.purpose)
        )
        found: dict[Any, dict[ConsentPurpose, Any]] = {}
        for person, purpose, day in session.execute(stmt):
            found.setdefault(person, {})[ConsentPurpose(purpose)] = day
        return found


__all__ = ["KIND", "SPEC", "ContactListExporter", "parse_purpose"]
