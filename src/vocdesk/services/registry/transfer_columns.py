"""The columns of a stakeholder file (the ``stakeholders`` kind of services/transfer): headings
in English and Thai, what each cell may hold, and the words agencies' files use for the closed
vocabularies. The importer reads with ``build_spec`` (the user's value maps added); the exporter
writes ``SPEC``'s columns, so an export imports again unchanged.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Any

from vocdesk.domain.enums import PartyType, StakeholderKind, StakeholderStatus
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, UserError
from vocdesk.domain.pdpa.masking import PersonalField
from vocdesk.domain.phone import normalise_phone
from vocdesk.domain.provinces import find_province
from vocdesk.domain.registry import (
    EMAIL_MAX,
    EXTERNAL_REF_MAX,
    LINE_ID_MAX,
    NAME_MAX,
    OFFICER_MAX,
    ORGANISATION_MAX,
    LawfulBasis,
)
from vocdesk.domain.thai_id import validate_national_id
from vocdesk.io.cells import (
    CellError,
    Parser,
    enum_parser,
    parse_bool,
    parse_date,
    parse_int,
    parse_list,
    parse_record_id,
    parse_text,
    problem,
    text_parser,
)
from vocdesk.io.sheet import cell_text
from vocdesk.io.table_spec import Column, TableSpec
from vocdesk.services.transfer import ValueMaps

KIND = "stakeholders"

# The words agencies' files use for the closed vocabularies, besides the stored values.
PARTY_WORDS = {"บุคคล": PartyType.PERSON, "บุคคลธรรมดา": PartyType.PERSON, "organization": PartyType.ORGANISATION,
               "องค์กร": PartyType.ORGANISATION, "หน่วยงาน": PartyType.ORGANISATION,
               "นิติบุคคล": PartyType.ORGANISATION}  # fmt: skip
KIND_WORDS = {"ผู้รับบริการ": StakeholderKind.SERVICE_RECIPIENT, "customer": StakeholderKind.SERVICE_RECIPIENT,
              "service recipient": StakeholderKind.SERVICE_RECIPIENT,
              "ผู้มีส่วนได้ส่วนเสีย": StakeholderKind.STAKEHOLDER, "ภาคีเครือข่าย": StakeholderKind.PARTNER,
              "คู่เทียบ": StakeholderKind.COMPARATOR}  # fmt: skip
STATUS_WORDS = {"ปัจจุบัน": StakeholderStatus.CURRENT, "ในอนาคต": StakeholderStatus.POTENTIAL,
                "ผู้ที่อาจมารับบริการ": StakeholderStatus.POTENTIAL, "ในอดีต": StakeholderStatus.FORMER,
                "อดีต": StakeholderStatus.FORMER}  # fmt: skip
BASIS_WORDS = {"ความยินยอม": LawfulBasis.CONSENT, "สัญญา": LawfulBasis.CONTRACT,
               "หน้าที่ตามกฎหมาย": LawfulBasis.LEGAL_OBLIGATION, "ภารกิจของรัฐ": LawfulBasis.PUBLIC_TASK,
               "ประโยชน์โดยชอบด้วยกฎหมาย": LawfulBasis.LEGITIMATE_INTEREST,
               "ป้องกันอันตรายต่อชีวิต": LawfulBasis.VITAL_INTEREST}  # fmt: skip
VALUE_COLUMNS: dict[str, type[StrEnum]] = {
    "party_type": PartyType, "kind": StakeholderKind, "status": StakeholderStatus, "lawful_basis": LawfulBasis,
}  # fmt: skip
_WORDS: dict[str, dict[str, Any]] = {
    "party_type": PARTY_WORDS, "kind": KIND_WORDS, "status": STATUS_WORDS, "lawful_basis": BASIS_WORDS,
}  # fmt: skip


def _national_id(value: Any) -> str:
    try:
        return validate_national_id(cell_text(value)).normalised
    except UserError as error:
        raise CellError(error.message) from None


def _phone(value: Any) -> str:
    try:
        return normalise_phone(cell_text(value)).e164
    except UserError as error:
        raise CellError(error.message) from None


# A number written as plain national digits: the trunk 0, then 8 or 9 digits not starting with 0.
_PLAIN_NATIONAL = re.compile(r"0[1-9]\d{7,8}")
# How many leading digits decide whether such a number is valid, its kind and its E.164 form:
# every pattern of ``phonenumbers``' Thai plan is at most 4 leading digits after the trunk 0 and
# then any digits of a given length (tests/services/test_registry_import_phone_forms.py checks
# numbers of every 5-digit start against ``normalise_phone``); one more digit kept for margin.
_DECIDING_DIGITS = 6


class PhoneForms:
    """``_phone`` for a file's many numbers (issue 18: ``normalise_phone`` parsing each number
    with ``phonenumbers`` was half of a stakeholder import's time). The first number of each
    (first six digits, length) written as plain national digits is checked by
    ``normalise_phone``; when it is valid and stored as +66 and its digits after the trunk 0,
    the others of its kind are stored the same way. Any other text goes the long way."""

    def __init__(self) -> None:
        self._plain: dict[tuple[str, int], bool] = {}

    def __call__(self, value: Any) -> str:
        text = cell_text(value)
        if _PLAIN_NATIONAL.fullmatch(text):
            key = (text[:_DECIDING_DIGITS], len(text))
            plain = self._plain.get(key)
            if plain:
                return "+66" + text[1:]
            if plain is None:
                e164 = _phone(text)  # raises for an invalid number: nothing is remembered
                self._plain[key] = e164 == "+66" + text[1:]
                return e164
        return _phone(text)


def _province(value: Any) -> str:
    found = find_province(cell_text(value))
    if found is None:
        raise problem(
            QT_TRANSLATE_NOOP("CellCheck", "“{value}” is not one of the 77 provinces."),
            value=cell_text(value)[:40],
        )
    return found.name_th


def build_spec(value_maps: ValueMaps | None = None) -> TableSpec:
    maps = value_maps or {}
    phones = PhoneForms()  # one per spec: the numbers of one file

    def words(key: str) -> Parser:
        enum_cls = VALUE_COLUMNS[key]
        accepted = {
            **_WORDS[key],
            **{text: enum_cls(value) for text, value in maps.get(key, {}).items()},
        }
        return enum_parser(enum_cls, accepted)

    return TableSpec(KIND, (
        Column("id", "id", "รหัสรายการ",
               "VocDesk's id of the record, as exports write it; empty for a new one. Matched first, so "
               "records without a national ID or reference also update on re-import.", parse_record_id),
        Column("external_ref", "reference", "รหัสอ้างอิง",
               "The record's id in the agency's or another system; matched after the id.",
               text_parser(EXTERNAL_REF_MAX), aliases=("external ref", "ref", "รหัส", "เลขที่อ้างอิง")),
        Column("name", "name", "ชื่อ", "Full name with title, or the organisation's name. Required.",
               text_parser(NAME_MAX), required=True, aliases=("ชื่อ-สกุล", "ชื่อ-นามสกุล", "ชื่อ นามสกุล", "full name")),
        Column("party_type", "party type", "ประเภทบุคคล", "person or organisation (บุคคล / หน่วยงาน).",
               words("party_type"), aliases=("party",)),
        Column("kind", "kind", "ประเภท",
               "service_recipient, stakeholder, partner or comparator (ผู้รับบริการ, ผู้มีส่วนได้ส่วนเสีย, "
               "ภาคีเครือข่าย, คู่เทียบ).", words("kind"), aliases=("type",)),
        Column("status", "status", "สถานะ", "current, potential or former (ปัจจุบัน, ในอนาคต, ในอดีต).",
               words("status")),
        Column("segment", "segment", "กลุ่มผู้รับบริการ",
               "The segment's code, Thai name or English name, as in the segments catalogue.",
               text_parser(200), aliases=("กลุ่ม", "segment code")),
        Column("organisation", "organisation", "หน่วยงาน/องค์กร", "The person's organisation.",
               text_parser(ORGANISATION_MAX), aliases=("organization", "หน่วยงาน", "องค์กร", "สังกัด")),
        Column("national_id", "national id", "เลขประจำตัวประชาชน",
               "13 digits, dashes allowed; the check digit is verified. Exports write it whole when asked to "
               "(masked otherwise, as every column of personal data).",
               _national_id, aliases=("เลขบัตรประชาชน", "id card", "citizen id"), personal=PersonalField.NATIONAL_ID),
        Column("phone", "phone", "โทรศัพท์", "A Thai mobile, landline or 4-digit hotline number.",
               phones, aliases=("เบอร์โทร", "เบอร์โทรศัพท์", "mobile", "telephone"), personal=PersonalField.PHONE),
        Column("phone2", "phone 2", "โทรศัพท์ 2", "A second phone number.", phones, aliases=("เบอร์โทร 2",),
               personal=PersonalField.PHONE),
        Column("email", "email", "อีเมล", "An e-mail address.", text_parser(EMAIL_MAX), aliases=("e-mail",),
               personal=PersonalField.EMAIL),
        Column("line_id", "line id", "ไลน์ไอดี", "LINE ID.", text_parser(LINE_ID_MAX), aliases=("line", "ไลน์"),
               personal=PersonalField.LINE_ID),
        Column("address", "address", "ที่อยู่", "Postal address.", parse_text, personal=PersonalField.ADDRESS),
        Column("province", "province", "จังหวัด", "One of the 77 provinces, in Thai or English (กทม. accepted).",
               _province),
        Column("preferred_channel", "preferred channel", "ช่องทางที่สะดวก",
               "A channel's code, Thai name or English name, as in the channels catalogue.", text_parser(200),
               aliases=("channel", "ช่องทาง")),
        Column("tags", "tags", "แท็ก", "Tags separated by “;”.", parse_list, aliases=("ป้ายกำกับ",)),
        Column("notes", "notes", "หมายเหตุ", "Free text.", parse_text, aliases=("บันทึก",)),
        Column("lawful_basis", "lawful basis", "ฐานทางกฎหมาย",
               "PDPA basis: consent, contract, legal_obligation, public_task, legitimate_interest or "
               "vital_interest.", words("lawful_basis"), aliases=("ฐานการประมวลผล",)),
        Column("consent_follow_up", "consent to follow-up", "ยินยอมให้ติดตามผล",
               "yes/no: agreed to follow-up contacts such as surveys.", parse_bool, aliases=("consent",)),
        Column("consent_date", "consent date", "วันที่ให้ความยินยอม", "yyyy-mm-dd, or dd/mm/yyyy in B.E. or C.E.",
               parse_date),
        Column("retention_until", "keep until", "เก็บข้อมูลถึง", "yyyy-mm-dd: when the data should be erased.",
               parse_date, aliases=("retention until", "retention date")),
        Column("relationship_officer", "relationship officer", "เจ้าหน้าที่ผู้ดูแลความสัมพันธ์",
               "Who at the agency keeps in touch with the stakeholder.", text_parser(OFFICER_MAX),
               aliases=("officer", "ผู้ดูแล", "เจ้าหน้าที่ผู้ดูแล")),
        Column("contact_every_months", "contact every (months)", "ติดต่อทุก (เดือน)",
               "1 to 60: how often to get in touch; empty: as the segment's priority says.",
               parse_int, aliases=("contact every months", "contact interval")),
        Column("archived", "archived", "จัดเก็บแล้ว", "yes/no: the record is archived.", parse_bool),
        Column("sensitive", "sensitive", "ข้อมูลอ่อนไหว",
               "yes/no: the record holds sensitive personal data (health, religion, criminal record: PDPA "
               "section 26); its notes are shown only with the personal-data permission. Empty: unchanged.",
               parse_bool, aliases=("sensitive data", "ข้อมูลส่วนบุคคลที่มีความอ่อนไหว")),
    ))  # fmt: skip


SPEC = build_spec()


__all__ = ["KIND", "SPEC", "VALUE_COLUMNS", "PhoneForms", "build_spec"]
