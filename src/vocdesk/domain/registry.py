"""Rules of the stakeholder registry: what a valid record is, and when two records are one person.

Pure rules, no database: the registry service feeds them what the user typed (or a file row) and
the records it found, and writes only what passes. A check collects every problem by field, so
the form can show each beside its box and an import can list them by row and column.

Duplicates are found by keys that survive the ways people write the same thing differently: the
13 digits of a national ID, a phone in its E.164 form, an e-mail in lower case, and a name
without its title (นาย, นาง, นางสาว, คุณ, Mr, Mrs, ...), spaces, dots or case.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field, replace
from datetime import date
from difflib import SequenceMatcher
from enum import StrEnum

from vocdesk.domain.enums import PartyType, StakeholderKind, StakeholderStatus
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, Message, UserError
from vocdesk.domain.phone import normalise_phone
from vocdesk.domain.provinces import find_province
from vocdesk.domain.thai_id import validate_national_id

CONTEXT = "StakeholderCheck"

# The database's column sizes: longer texts are refused with a message, never cut.
NAME_MAX = 300
ORGANISATION_MAX = 300
EMAIL_MAX = 200
LINE_ID_MAX = 100
EXTERNAL_REF_MAX = 100
OFFICER_MAX = 200
CONTACT_MONTHS = range(1, 61)  # a stakeholder's own contact interval: 1 to 60 months
TAG_MAX = 60
SIMILAR_NAME_RATIO = 0.85  # difflib ratio of two name keys from which they count as "very similar"
SIMILAR_NAME_MIN_LENGTH = 4  # shorter keys ("ก", "AB") match too much to warn about

# Longest first, so "นางสาว" is not read as "นาง" + "สาว...".
TITLES = (
    "นางสาว", "เด็กหญิง", "เด็กชาย", "ด.ญ.", "ด.ช.", "น.ส.", "นาย", "นาง", "คุณ",
    "ดร.", "mrs.", "mrs", "miss", "mr.", "mr", "ms.", "ms", "dr.", "dr",
)  # fmt: skip
_NOT_NAME = re.compile(r"[\s.,\-_'’()/]+")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


class LawfulBasis(StrEnum):
    """Why the agency may hold a person's data (PDPA section 24); stored in ``lawful_basis``."""

    CONSENT = "consent"
    CONTRACT = "contract"
    LEGAL_OBLIGATION = "legal_obligation"
    PUBLIC_TASK = "public_task"
    LEGITIMATE_INTEREST = "legitimate_interest"
    VITAL_INTEREST = "vital_interest"


class DuplicateReason(StrEnum):
    NATIONAL_ID = "national_id"
    PHONE = "phone"
    EMAIL = "email"
    NAME = "name"


DUPLICATE_REASON_TEXTS = {
    DuplicateReason.NATIONAL_ID: QT_TRANSLATE_NOOP("StakeholderCheck", "same national ID"),
    DuplicateReason.PHONE: QT_TRANSLATE_NOOP("StakeholderCheck", "same phone number"),
    DuplicateReason.EMAIL: QT_TRANSLATE_NOOP("StakeholderCheck", "same e-mail"),
    DuplicateReason.NAME: QT_TRANSLATE_NOOP("StakeholderCheck", "very similar name"),
}


# --- keys --------------------------------------------------------------------------------------


def name_key(name: str) -> str:
    """``name`` as compared for duplicates: no title, no spaces or dots, lower case.

    "นางสาว สมศรี  ใจดี" and "สมศรี ใจดี" give the same key; so do "Mr. John Smith" and "john smith".
    """
    text = " ".join(name.split()).casefold()
    for title in TITLES:
        if text.startswith(title):
            rest = text[len(title) :]
            # A Latin title must end at a word boundary ("mrs" is not the start of "mrsmith").
            if title.isascii() and title[-1].isalpha() and rest[:1].isalpha():
                continue
            text = rest.lstrip()
            break
    return _NOT_NAME.sub("", text)


def email_key(email: str) -> str:
    return email.strip().lower()


def similar_names(first_key: str, second_key: str) -> bool:
    """Two name keys close enough to be one person typed twice ("สมศรี ใจดี" / "สมศรี ใจดีย์")."""
    if not first_key or not second_key:
        return False
    if first_key == second_key:
        return True
    if min(len(first_key), len(second_key)) < SIMILAR_NAME_MIN_LENGTH:
        return False
    return (
        SequenceMatcher(None, first_key, second_key, autojunk=False).ratio() >= SIMILAR_NAME_RATIO
    )


def name_prefix(key: str) -> str:
    """The first characters a very similar name almost surely shares: the index range searched
    (with 100,000 records, two letters such as "สม" may start thousands of names)."""
    return key[:3]


@dataclass(frozen=True)
class ContactKeys:
    """What duplicates are matched on, for one record (stored keys or a draft's)."""

    national_id: str = ""
    phones: frozenset[str] = frozenset()  # E.164
    email: str = ""  # email_key
    name: str = ""  # name_key


def duplicate_reasons(candidate: ContactKeys, existing: ContactKeys) -> list[DuplicateReason]:
    reasons = []
    if candidate.national_id and candidate.national_id == existing.national_id:
        reasons.append(DuplicateReason.NATIONAL_ID)
    if candidate.phones & existing.phones:
        reasons.append(DuplicateReason.PHONE)
    if candidate.email and candidate.email == existing.email:
        reasons.append(DuplicateReason.EMAIL)
    if similar_names(candidate.name, existing.name):
        reasons.append(DuplicateReason.NAME)
    return reasons


# --- a record and its checks ---------------------------------------------------------------------


@dataclass(frozen=True)
class StakeholderDraft:
    """A stakeholder as typed (or read from a file): texts untrimmed, identifiers in any form."""

    name: str
    party_type: PartyType = PartyType.PERSON
    kind: StakeholderKind = StakeholderKind.SERVICE_RECIPIENT
    status: StakeholderStatus = StakeholderStatus.CURRENT
    organisation: str = ""
    segment_id: uuid.UUID | None = None
    national_id: str = ""
    phone: str = ""
    phone2: str = ""
    email: str = ""
    line_id: str = ""
    address: str = ""
    province: str = ""
    preferred_channel_id: uuid.UUID | None = None
    external_ref: str = ""
    tags: tuple[str, ...] = ()
    notes: str = ""
    lawful_basis: LawfulBasis | None = None
    consent_follow_up: bool = False
    consent_date: date | None = None
    retention_until: date | None = None
    relationship_officer: str = ""  # who at the agency keeps in touch
    contact_every_months: int | None = None  # None: as the segment's priority says

    def keys(self) -> ContactKeys:
        """The duplicate keys of a checked draft (identifiers already normalised)."""
        return ContactKeys(
            national_id=self.national_id,
            phones=frozenset(p for p in (self.phone, self.phone2) if p),
            email=email_key(self.email),
            name=name_key(self.name),
        )


@dataclass(frozen=True)
class CheckedStakeholder:
    """A draft that passed: identifiers normalised (13-digit ID, E.164 phones, official province
    name), texts trimmed; ``warnings`` are worth showing but do not stop saving."""

    draft: StakeholderDraft
    warnings: dict[str, Message] = field(default_factory=dict)


class InvalidStakeholder(UserError):
    """Every problem of a draft, by field name (the form shows each beside its box)."""

    def __init__(self, problems: dict[str, Message]) -> None:
        listed = list(problems.values())
        super().__init__(Message(CONTEXT, QT_TRANSLATE_NOOP(
            "StakeholderCheck", "The stakeholder was not saved:\n{problems}"), {"problems": listed}))  # fmt: skip
        self.problems = problems


def _message(text: str, **params: object) -> Message:
    return Message(CONTEXT, text, dict(params))


def _too_long(limit: int, length: int) -> Message:
    return _message(
        QT_TRANSLATE_NOOP("StakeholderCheck", "Too long: {length} characters, at most {limit}."),
        length=length,
        limit=limit,
    )


def check_stakeholder(draft: StakeholderDraft, today: date) -> CheckedStakeholder:
    """``draft`` normalised, or ``InvalidStakeholder`` with every problem by field."""
    problems: dict[str, Message] = {}
    warnings: dict[str, Message] = {}
    clean: dict[str, object] = {}

    name = " ".join(draft.name.split())
    if not name:
        problems["name"] = _message(QT_TRANSLATE_NOOP("StakeholderCheck", "Enter the name."))
    clean["name"] = name
    for field_name, limit in (("name", NAME_MAX), ("organisation", ORGANISATION_MAX),
                              ("email", EMAIL_MAX), ("line_id", LINE_ID_MAX),
                              ("external_ref", EXTERNAL_REF_MAX),
                              ("relationship_officer", OFFICER_MAX)):  # fmt: skip
        value = " ".join(str(getattr(draft, field_name)).split())
        clean[field_name] = value
        if len(value) > limit:
            problems[field_name] = _too_long(limit, len(value))

    if draft.national_id.strip():
        try:
            checked_id = validate_national_id(draft.national_id)
            clean["national_id"] = checked_id.normalised
            if checked_id.warning is not None:
                warnings["national_id"] = checked_id.warning
        except UserError as error:
            problems["national_id"] = error.message
    else:
        clean["national_id"] = ""

    for field_name in ("phone", "phone2"):
        text = str(getattr(draft, field_name)).strip()
        clean[field_name] = ""
        if text:
            try:
                clean[field_name] = normalise_phone(text).e164
            except UserError as error:
                problems[field_name] = error.message
    if clean["phone"] and clean["phone"] == clean["phone2"]:
        clean["phone2"] = ""

    email = str(clean["email"])
    if email and not _EMAIL.fullmatch(email):
        problems["email"] = _message(
            QT_TRANSLATE_NOOP(
                "StakeholderCheck", "“{value}” is not an e-mail address (name@example.go.th)."
            ),
            value=email,
        )

    province_text = draft.province.strip()
    clean["province"] = ""
    if province_text:
        province = find_province(province_text)
        if province is None:
            problems["province"] = _message(
                QT_TRANSLATE_NOOP("StakeholderCheck", "“{value}” is not one of the 77 provinces."),
                value=province_text,
            )
        else:
            clean["province"] = province.name_th

    tags: list[str] = []
    for tag in draft.tags:
        tag = " ".join(tag.split())
        if len(tag) > TAG_MAX:
            problems["tags"] = _too_long(TAG_MAX, len(tag))
        elif tag and tag not in tags:
            tags.append(tag)
    clean["tags"] = tuple(tags)

    if draft.consent_follow_up and draft.consent_date is None:
        problems["consent_date"] = _message(
            QT_TRANSLATE_NOOP("StakeholderCheck", "Enter the date the person gave consent.")
        )
    if draft.consent_date is not None and draft.consent_date > today:
        problems["consent_date"] = _message(
            QT_TRANSLATE_NOOP("StakeholderCheck", "The consent date cannot be in the future.")
        )
    if draft.consent_follow_up and draft.lawful_basis not in (None, LawfulBasis.CONSENT):
        warnings["lawful_basis"] = _message(QT_TRANSLATE_NOOP(
            "StakeholderCheck", "Consent to follow-up was recorded, but the lawful basis is not consent."
        ))  # fmt: skip
    if (draft.retention_until is not None and draft.consent_date is not None
            and draft.retention_until < draft.consent_date):  # fmt: skip
        problems["retention_until"] = _message(
            QT_TRANSLATE_NOOP(
                "StakeholderCheck", "Data cannot be kept until before the consent date."
            )
        )

    months = draft.contact_every_months
    if months is not None and months not in CONTACT_MONTHS:
        problems["contact_every_months"] = _message(
            QT_TRANSLATE_NOOP(
                "StakeholderCheck", "Contact every 1 to 60 months, or leave it empty: not {value}."
            ),
            value=months,
        )

    if problems:
        raise InvalidStakeholder(problems)
    clean["address"] = draft.address.strip()
    clean["notes"] = draft.notes.strip()
    return CheckedStakeholder(replace(draft, **clean), warnings)  # type: ignore[arg-type]


# --- merging -----------------------------------------------------------------------------------

MERGED_TEXT_FIELDS = (
    "organisation", "national_id", "phone", "phone2", "email", "line_id", "address", "province",
    "external_ref", "lawful_basis", "relationship_officer",
)  # fmt: skip
MERGED_OPTIONAL_FIELDS = (
    "segment_id", "preferred_channel_id", "consent_date", "retention_until", "contact_every_months",
)  # fmt: skip


def merged_values(survivor: dict[str, object], other: dict[str, object]) -> dict[str, object]:
    """The survivor's values after a merge: its own where it has them, the other's where it has
    none; tags joined; notes kept from both; consent kept if either gave it. Nothing is lost that
    does not conflict, and a conflict keeps the survivor's value (the audit entry keeps both)."""
    result = dict(survivor)
    for name in MERGED_TEXT_FIELDS:
        if not survivor.get(name) and other.get(name):
            result[name] = other[name]
    # The other's second phone, or its main phone, fills an empty second phone.
    phones = [p for p in (survivor.get("phone"), survivor.get("phone2")) if p]
    for phone in (other.get("phone"), other.get("phone2")):
        if phone and phone not in phones and len(phones) < 2:
            phones.append(phone)
    result["phone"], result["phone2"] = (phones + ["", ""])[:2]
    for name in MERGED_OPTIONAL_FIELDS:
        if survivor.get(name) is None and other.get(name) is not None:
            result[name] = other[name]
    tags = list(survivor.get("tags") or [])  # type: ignore[call-overload]
    tags += [t for t in other.get("tags") or [] if t not in tags]  # type: ignore[attr-defined]
    result["tags"] = tags
    notes = [
        str(n).strip() for n in (survivor.get("notes"), other.get("notes")) if str(n or "").strip()
    ]
    result["notes"] = "\n\n".join(dict.fromkeys(notes))
    result["consent_follow_up"] = bool(
        survivor.get("consent_follow_up") or other.get("consent_follow_up")
    )
    return result
