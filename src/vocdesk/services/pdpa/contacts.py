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

from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select

from vocdesk.db.models import Channel, Consent, Stakeholder
from vocdesk.domain.accounts import Permission
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error
from vocdesk.domain.pdpa.masking import PersonalField, mask, mask_phone
from vocdesk.domain.pdpa.terms import ConsentPurpose
from vocdesk.io.cells import format_date
from vocdesk.io.table_file import write_rows
from vocdesk.io.table_spec import Column, TableSpec
from vocdesk.services.authorization import requires
from vocdesk.services.database import Database
from vocdesk.services.pdpa.consents import contactable
from vocdesk.services.registry.stakeholders import phone_display
from vocdesk.services.registry.transfer import (
    THAI_E164,
    PhoneDisplay,
    text_of_raw,
    uuid_text,
)
from vocdesk.services.transfer import ProgressCallback, mask_rows

KIND = "contacts"
BATCH = 2000
_PURPOSES = tuple(p.value for p in ConsentPurpose)  # the order the purposes are named in a row

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
        return self._rows(search, parse_purpose(purpose), progress)

    def _rows(
        self, search: str, purpose: ConsentPurpose | None, progress: ProgressCallback | None
    ) -> Iterator[list[Any]]:
        with self._db.session_scope() as session:
            on_sqlite = session.connection().dialect.name == "sqlite"
        if on_sqlite:
            return self._stored_rows(search, purpose, progress)
        rows = self._typed_rows(search, purpose, progress)
        return rows if self.unmasked else mask_rows(self.spec, rows)

    def _conditions(self, search: str, purpose: ConsentPurpose | None) -> list[Any]:
        """Who is on the list: not archived, contactable for the purpose (any, with none), and
        with ``search`` in the name or the organisation."""
        s = Stakeholder
        purposes = [purpose] if purpose is not None else list(ConsentPurpose)
        conditions = [
            s.archived.is_(False),
            or_(*(contactable(p) for p in purposes)),
            # Implied by ``contactable``; said again so that the database starts from the
            # consents in force, not from every stakeholder in name order (0.8 -> 0.3 s CPU at
            # 200,000 stakeholders).
            s.id.in_(
                select(Consent.stakeholder_id).where(
                    Consent.withdrawn_on.is_(None), Consent.purpose.in_(purposes)
                )
            ),
        ]
        words = " ".join(search.split())
        if words:
            like = f"%{words}%"
            conditions.append(or_(s.name.ilike(like), s.organisation.ilike(like)))
        return conditions

    def _stored_rows(
        self, search: str, purpose: ConsentPurpose | None, progress: ProgressCallback | None
    ) -> Iterator[list[Any]]:
        """The rows on SQLite, from the stored texts (the ids' hex, the dates' ISO text) read
        through the driver's cursor, each purpose's consent in force read in the same
        statement, the phones shown as the stakeholder export shows them (grouped by their
        first digits, ``PhoneDisplay``) and the personal cells masked in the row: 60,000
        people took 6x a raw SELECT to CSV (issue 18), most of it ``phonenumbers`` parsing
        every number. The same cells as ``_typed_rows`` (tested)."""
        s = Stakeholder
        # Per purpose, the earliest day a consent in force was given (NULL: none), by the
        # (person, purpose) index, in the people's own statement
        days = [
            text_of_raw(
                select(func.min(Consent.given_on))
                .where(Consent.stakeholder_id == s.id, Consent.purpose == p, Consent.withdrawn_on.is_(None))
                .scalar_subquery()
            ).label(f"day_{p.value}")
            for p in ConsentPurpose
        ]  # fmt: skip
        stmt = (
            select(text_of_raw(s.id), s.name, s.organisation, s.phone, s.phone2, s.email, s.line_id,
                   s.address, s.province, text_of_raw(s.preferred_channel_id), *days)
            .where(*self._conditions(search, purpose))
            .order_by(s.name, s.id)
        )  # fmt: skip
        wanted = 10 + list(ConsentPurpose).index(purpose) if purpose is not None else None
        phones: Callable[[str], str] = PhoneDisplay()
        personal: list[tuple[int, Callable[[str], str]]] = []
        if not self.unmasked:  # ``mask_rows``' rules, in the row: the phones as they are read
            phones = _PhoneMasks(phones).of_stored
            personal = [
                (index, partial(mask, column.personal))
                for index, column in enumerate(self.spec.columns)
                if column.personal is not None and column.personal is not PersonalField.PHONE
            ]
        with self._db.session_scope() as session:
            connection = session.connection()
            named = select(text_of_raw(Channel.id), Channel.code)
            channels: dict[str, str] = {key: code for key, code in connection.execute(named)}
            result = connection.execute(stmt)
            people = result.cursor.fetchall()  # plain tuples: every column as stored
            result.close()
            total = len(people)
            for done, p in enumerate(people, start=1):
                given = [(value, day) for value, day in zip(_PURPOSES, p[10:], strict=True) if day]
                day = p[wanted] if wanted is not None else min((d for _, d in given), default=None)
                row = [
                    uuid_text(p[0]), p[1], p[2], phones(p[3]), phones(p[4]), p[5], p[6], p[7], p[8],
                    channels.get(p[9], "") if p[9] else "", "; ".join(value for value, _ in given), day or "",
                ]  # fmt: skip
                for index, masked in personal:  # as ``mask_rows``, without a second pass
                    value = row[index]
                    if value:
                        row[index] = masked(value)
                yield row
                if progress is not None and done % BATCH == 0:
                    progress(done, total)
            if progress is not None:
                progress(total, total)

    def _typed_rows(
        self, search: str, purpose: ConsentPurpose | None, progress: ProgressCallback | None
    ) -> Iterator[list[Any]]:
        """The rows from typed values (UUIDs, dates, enums), as any database reads them."""
        s = Stakeholder
        stmt = (
            select(s.id, s.name, s.organisation, s.phone, s.phone2, s.email, s.line_id, s.address,
                   s.province, Channel.code)
            .outerjoin(Channel, Channel.id == s.preferred_channel_id)
            .where(*self._conditions(search, purpose))
            .order_by(s.name, s.id)
        )  # fmt: skip
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


class _PhoneMasks:
    """``mask(PersonalField.PHONE, shown)`` of the numbers ``display`` shows (``PhoneDisplay``),
    for an export's many numbers. A number of 9 or 10 digits is masked as its first two digits'
    pattern and its last four ("08x-xxx-" + "5678", ``mask_phone``), the pattern made by
    ``mask_phone`` once per (first two digits, length). A Thai number stored as +66 is masked by
    its national digits without being shown first when the first number of its (first four
    digits, length) — what decides how ``phone_display`` shows it, as ``PhoneDisplay`` says —
    masked so too; otherwise its group is shown and masked the long way (tests/services/
    test_contact_activity_export_stored_cells.py checks every five-digit start)."""

    def __init__(self, display: Callable[[str], str]) -> None:
        self._display = display
        self._heads: dict[tuple[str, int], str] = {}
        self._national: dict[tuple[str, int], bool] = {}  # group -> masked from its digits

    def of_stored(self, stored: str) -> str:
        """The masked cell of a stored number."""
        if not stored:
            return ""
        match = THAI_E164.fullmatch(stored)
        if match is None:
            return self.of_shown(self._display(stored))
        national = "0" + match.group(1)
        key = (national[:4], len(national))
        same = self._national.get(key)
        if same is None:
            masked = self.of_shown(self._display(stored))
            same = self._national[key] = masked == self.of_shown(national)
            return masked
        return self.of_shown(national if same else self._display(stored))

    def of_shown(self, shown: str) -> str:
        """``mask(PersonalField.PHONE, shown)``; an empty cell stays empty."""
        digits = shown.replace(" ", "")
        if len(digits) in (9, 10) and digits.isascii() and digits.isdigit():
            key = (digits[:2], len(digits))
            head = self._heads.get(key)
            if head is None:
                head = self._heads[key] = mask_phone(digits)[:-4]
            return head + digits[-4:]
        return mask(PersonalField.PHONE, shown) if shown else shown


__all__ = ["KIND", "SPEC", "ContactListExporter", "parse_purpose"]
