"""Demonstration people and organisations: Thai names with titles, addresses, contacts, PDPA."""

from __future__ import annotations

import random
import uuid
from typing import Any

from vocdesk.db import models as m
from vocdesk.domain.messages import UserError
from vocdesk.domain.phone import normalise_phone
from vocdesk.domain.provinces import PROVINCES, Province
from vocdesk.domain.registry import email_key, name_key
from vocdesk.domain.thai_id import check_digit
from vocdesk.services.demo import data

# Offices serve the provinces around them; the ISO number ranges follow the regions.
_OFFICE_BY_CODE_RANGE = [
    (19, "hq"),
    (27, "east"),
    (49, "northeast"),
    (67, "north"),
    (77, "west"),
    (96, "south"),
]
_OFFICE_PROVINCES = {province for *_, province in data.OFFICES}
# (party, segment code, kind, form list or None for persons, share)
_KINDS = [
    ("person", "general_public", "service_recipient", None, 66),
    ("person", "business", "service_recipient", None, 8),
    ("person", "community", "stakeholder", None, 4),
    ("organisation", "business", "service_recipient", data.BUSINESS_FORMS, 9),
    ("organisation", "government", "stakeholder", data.GOVERNMENT_FORMS, 5),
    ("organisation", "community", "stakeholder", data.COMMUNITY_FORMS, 4),
    ("organisation", "partners", "partner", data.PARTNER_FORMS, 4),
]
_PERSON_CHANNELS = {
    "walk_in": 30,
    "phone": 20,
    "line_oa": 20,
    "facebook": 10,
    "email": 10,
    "website": 10,
}
_ORGANISATION_CHANNELS = {"email": 35, "letter": 30, "phone": 20, "meeting": 15}


def office_for(province_th: str) -> str:
    """The code of the demo office that serves ``province_th``."""
    number = int(next(p.code for p in PROVINCES if p.name_th == province_th)[3:])
    return next(office for last, office in _OFFICE_BY_CODE_RANGE if number <= last)


class PeopleMaker:
    def __init__(self, rng: random.Random, channel_ids: dict[str, uuid.UUID]) -> None:
        self.rng = rng
        self.channel_ids = channel_ids
        self.national_ids: set[str] = set()
        self.comparators = list(data.COMPARATORS)
        self.province_weights = [12 if p.name_th in _OFFICE_PROVINCES else 1 for p in PROVINCES]

    def person_name(self) -> tuple[str, str, str]:
        """(full Thai name with title, romanised first name, romanised surname)."""
        if self.rng.random() < 0.5:
            first, first_roman = self.rng.choice(data.MALE_FIRST)
            title = "นาย"
        else:
            first, first_roman = self.rng.choice(data.FEMALE_FIRST)
            title = "นาง" if self.rng.random() < 0.45 else "นางสาว"
        last, last_roman = self.rng.choice(data.SURNAMES)
        return f"{title}{first} {last}", first_roman, last_roman

    def staff_name(self) -> str:
        return self.person_name()[0]

    def province(self) -> Province:
        return self.rng.choices(PROVINCES, weights=self.province_weights)[0]

    def national_id(self) -> str:
        while True:
            first_twelve = self.rng.choice("1113358") + "".join(
                self.rng.choice("0123456789") for _ in range(11)
            )
            number = first_twelve + str(check_digit(first_twelve))
            if number not in self.national_ids:
                self.national_ids.add(number)
                return number

    def mobile(self) -> str:
        digits = (
            "0" + self.rng.choice("689") + "".join(self.rng.choice("0123456789") for _ in range(8))
        )
        try:
            return normalise_phone(digits).e164
        except UserError:  # 067x and 069x are not allocated: an 08 number, same draws taken
            return normalise_phone("08" + digits[2:]).e164

    def address(self, province: Province) -> str:
        rng = self.rng
        if province.code == "TH-10":
            khet, khwaeng = rng.choice(data.BANGKOK_KHET_KHWAENG)
            road = rng.choice(data.ROADS)
            return (f"{rng.randint(1, 999)} ซอย{road} {rng.randint(1, 60)} ถนน{road} "
                    f"แขวง{khwaeng} เขต{khet} กรุงเทพมหานคร")  # fmt: skip
        return (f"{rng.randint(1, 299)}/{rng.randint(1, 20)} หมู่ {rng.randint(1, 15)} "
                f"ตำบล{rng.choice(data.PLACES)} {district_of(province.name_th)} "
                f"จังหวัด{province.name_th}")  # fmt: skip

    def stakeholder(self, segments: dict[str, m.Segment]) -> dict[str, Any]:
        """Column values of one stakeholder, plus ``_office`` and ``_segment_code`` for the
        generator (keys starting with "_" are not stored)."""
        rng = self.rng
        party, segment_code, kind, forms, _ = rng.choices(_KINDS, weights=[k[-1] for k in _KINDS])[
            0
        ]
        province = self.province()
        status = rng.choices(["current", "potential", "former"], weights=[82, 10, 8])[0]
        row: dict[str, Any] = {
            "party_type": party, "kind": kind, "status": status, "organisation": "",
            "national_id": None, "phone": "", "email": "", "line_id": "",
            "address": self.address(province), "province": province.name_th,
            "external_ref": None, "tags": [], "notes": "", "consent_follow_up": False,
            "archived": status == "former" and rng.random() < 0.5,
        }  # fmt: skip
        if party == "person":
            name, first, last = self.person_name()
            row["name"] = name
            if rng.random() < 0.6:
                row["national_id"] = self.national_id()
            if rng.random() < 0.85:
                row["phone"] = self.mobile()
            if rng.random() < 0.35:
                row["email"] = (
                    f"{first}.{last[:2]}{rng.randint(1, 99)}@{rng.choice(data.MAIL_DOMAINS)}"
                )
            if rng.random() < 0.25:
                row["line_id"] = f"{first}{rng.randint(10, 9999)}"
            if segment_code == "business" and rng.random() < 0.5:
                word, _ = rng.choice(data.BUSINESS_WORDS)
                row["organisation"] = rng.choice(data.BUSINESS_FORMS).format(w=word)
            if rng.random() < 0.1:
                row["tags"] = rng.sample(data.TAGS, rng.randint(1, 2))
            channels, basis = _PERSON_CHANNELS, rng.choice(["consent", "public_task"])
        else:
            if self.comparators and rng.random() < 0.05:  # a few peer agencies, for benchmarks
                row["name"], row["kind"], segment_code = (
                    self.comparators.pop(0),
                    "comparator",
                    "government",
                )
            else:
                assert forms is not None  # every organisation kind of _KINDS has name forms
                word, roman = rng.choice(data.BUSINESS_WORDS)
                row["name"] = rng.choice(forms).format(w=word, place=rng.choice(data.PLACES),
                                                      province=province.name_th)  # fmt: skip
                row["email"] = self._organisation_email(segment_code, roman, province)
            row["phone"] = self.mobile()
            channels, basis = _ORGANISATION_CHANNELS, rng.choice(["public_task", "contract"])
        preferred = rng.choices(list(channels), weights=list(channels.values()))[0]
        segment = segments.get(segment_code)
        row.update(
            name_key=name_key(row["name"]),
            email_key=email_key(row["email"]),
            segment_id=segment.id if segment else None,
            preferred_channel_id=self.channel_ids.get(preferred),
            lawful_basis=basis,
            consent_follow_up=basis == "consent" and rng.random() < 0.8,
            _office=office_for(province.name_th),
            _segment_code=segment_code,
        )
        return row

    def _organisation_email(self, segment_code: str, roman: str, province: Province) -> str:
        number = self.rng.randint(1, 99)
        if segment_code == "business":
            return f"contact@{roman}{number}.co.th"
        if segment_code == "government":
            return f"saraban{number}@{province.name_en.lower().replace(' ', '')}.go.th"
        return f"{roman}.network{number}@gmail.com"


def district_of(province_th: str) -> str:
    """The district of the provincial seat (อำเภอเมือง…), as addresses and complaints give it."""
    if province_th == "พระนครศรีอยุธยา":  # the one seat not called เมือง…
        return "อำเภอพระนครศรีอยุธยา"
    return f"อำเภอเมือง{province_th}"
