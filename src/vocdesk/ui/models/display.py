"""How values look wherever the window shows them: dates with Buddhist Era years in Thai, names
per language, counts with grouped digits, and the numbers that identify (entry and case numbers,
IDs, years) as plain digits; phone numbers in the registry's display form ("089 876 5432").
Every screen, table and dialog goes through these, so a value looks the same everywhere.

Stored times are UTC; people read them in the computer's time zone (Thailand's, in an office).
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from vocdesk.domain.clock import thai_time
from vocdesk.domain.messages import UserError
from vocdesk.domain.phone import normalise_phone
from vocdesk.domain.tables import Named
from vocdesk.domain.thai_dates import format_date, format_datetime
from vocdesk.ui.i18n import locale_for
from vocdesk.ui.labels import enum_label


def date_text(value: date | datetime | None, lang: str) -> str:
    """A day ("14 พ.ย. 68" / "14 Nov 2025"), or a moment with its time of day."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return format_datetime(thai_time(value), lang, "short")
    return format_date(value, lang, "short")


def name_text(value: Named | None, lang: str) -> str:
    return value.in_language(lang) if value is not None else ""


def label_text(value: StrEnum | None) -> str:
    return enum_label(value) if value is not None else ""


def number_text(value: float | int | None, lang: str, decimals: int = 0) -> str:
    """Grouped digits the way the UI language writes them ("1,234", "4.23")."""
    if value is None:
        return ""
    locale = locale_for(lang)
    if decimals == 0:
        return locale.toString(int(value))
    return locale.toString(float(value), "f", decimals)


def id_text(value: int | str | None) -> str:
    """A number that identifies (an entry or form number, an ID, a year): its digits as they
    are, never grouped ("5001", not "5,001"); a number is a name here, not a quantity."""
    if value is None:
        return ""
    return str(value)


def phone_text(stored: str | None) -> str:
    """A Thai phone number in its display form ("089 876 5432"), however it was stored or
    typed; anything that is not one (an e-mail, a LINE ID, a foreign number) as it is."""
    if not stored:
        return ""
    try:
        return normalise_phone(stored).display
    except (UserError, ValueError):
        return stored


def contact_text(text: str | None) -> str:
    """A free-text contact ("0898765432", "a@b.th", "LINE: somchai"): phones in their display
    form, the rest as typed."""
    return phone_text(text.strip()) if text else ""


def percent_text(value: float | None, lang: str) -> str:
    if value is None:
        return ""
    return QCoreApplication.translate("Display", "{value}%").format(
        value=number_text(value, lang, 2)
    )


def yes_no(value: bool) -> str:
    return (
        QCoreApplication.translate("Display", "Yes")
        if value
        else QCoreApplication.translate("Display", "No")
    )


__all__ = [
    "contact_text",
    "date_text",
    "id_text",
    "label_text",
    "name_text",
    "number_text",
    "percent_text",
    "phone_text",
    "yes_no",
]
