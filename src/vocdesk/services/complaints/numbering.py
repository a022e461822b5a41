"""Complaint case numbers: ``{prefix}{fiscal year B.E.}/{sequence:06d}``, e.g. ``2569/000123``.

The sequence restarts each fiscal year, and the prefix (empty by default, e.g. ``ศธ-``) is a
setting kept in the database so every PC of an office numbers alike. Each office numbers in its
own series (issue 20, docs/offices.md): once the installation's office code is set and no prefix
was chosen, the prefix is the code and a hyphen (``BKK-2569/000123``). A case keeps the prefix
in force when it was registered as its ``series``, and the sequence counts within (series,
fiscal year), so the cases other offices send keep their numbers beside this office's own.

Two PCs registering at the same moment may both pick the next number; the one that saves
second hits the UNIQUE rule and tries again, in a new transaction, with the next number (a few
times, then a message asking to save again).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple, TypeVar

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from vocdesk.db.models import Complaint, ComplaintSetting
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error
from vocdesk.services.complaints.case_records import CONTEXT
from vocdesk.services.database import Database
from vocdesk.services.exchange.office import office_code

NUMBER_PREFIX_KEY = "number_prefix"
NUMBERING_ATTEMPTS = 5  # registrations retried after another PC took the number

T = TypeVar("T")


class CaseNumbering:
    """The number prefix of this database (the setting the office chooses once)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def number_prefix(self) -> str:
        """The prefix the office chose ("" when none: then the series is ``series_in_force``)."""
        with self._db.session_scope() as session:
            return number_prefix(session)

    def series_in_force(self) -> str:
        """The prefix new cases are numbered with now ("BKK-", "ศธ-" or "")."""
        with self._db.session_scope() as session:
            return series_in_force(session)

    def set_number_prefix(self, prefix: str) -> None:
        prefix = prefix.strip()
        if len(prefix) > 20 or "/" in prefix:
            raise user_error(CONTEXT, QT_TRANSLATE_NOOP("ComplaintCases",
                             "A number prefix has at most 20 characters and no '/'."))  # fmt: skip
        with self._db.session_scope() as session:
            session.merge(ComplaintSetting(key=NUMBER_PREFIX_KEY, value=prefix))


def number_prefix(session: Session) -> str:
    setting = session.get(ComplaintSetting, NUMBER_PREFIX_KEY)
    return setting.value if setting else ""


def series_in_force(session: Session) -> str:
    """The prefix of new numbers: the one chosen, else the office code and a hyphen, else ""."""
    chosen = number_prefix(session)
    if chosen:
        return chosen
    code = office_code(session)
    return f"{code}-" if code else ""


def case_number(series: str, fiscal_year: int, sequence: int) -> str:
    return f"{series}{fiscal_year}/{sequence:06d}"


def series_of(number: str, fiscal_year: int, sequence: int) -> str:
    """The series a stored number shows (as migration 0017 read it): what comes before
    ``{fiscal_year}/{sequence:06d}``; "" for a number of another form (a platform's own)."""
    tail = f"{fiscal_year}/{sequence:06d}"
    return number[: -len(tail)] if number.endswith(tail) and len(number) > len(tail) else ""


class CaseNumber(NamedTuple):
    series: str
    sequence: int
    number: str


def next_number(session: Session, fiscal_year: int, at_least: int) -> CaseNumber:
    """The next number of ``fiscal_year`` in the series in force (its sequence ``at_least`` or
    more): one past the greatest of that series and year."""
    series = series_in_force(session)
    sequence = max(at_least, (session.scalar(select(func.max(Complaint.sequence)).where(
        Complaint.series == series, Complaint.fiscal_year == fiscal_year)) or 0) + 1)  # fmt: skip
    code = office_code(session)
    if code and series == f"{code}-" and not number_prefix(session):
        # The office's own cases numbered before it had its code (series "") travel with the
        # code in front where their numbers clash: its own series goes on past them, so that
        # no number of it names another case at another office.
        older = session.scalar(select(func.max(Complaint.sequence)).where(
            Complaint.series == "", Complaint.fiscal_year == fiscal_year,
            Complaint.origin_office.in_(("", code))))  # fmt: skip
        sequence = max(sequence, (older or 0) + 1)
    return CaseNumber(series, sequence, case_number(series, fiscal_year, sequence))


def save_numbered(save: Callable[[int], T]) -> T:
    """``save(at_least)``, one transaction numbering a case from ``at_least`` on, tried again
    with the next numbers while other PCs take them first."""
    at_least = 1
    for _attempt in range(NUMBERING_ATTEMPTS):
        try:
            return save(at_least)
        except NumberTaken as taken:
            at_least = taken.sequence + 1
    raise user_error(CONTEXT, QT_TRANSLATE_NOOP("ComplaintCases",
                     "Other PCs took the next case numbers at the same moment; save again."))  # fmt: skip


def flush_numbered(session: Session, sequence: int) -> None:
    """Flush a new case numbered ``sequence``; ``NumberTaken`` if another PC saved it first."""
    try:
        session.flush()
    except IntegrityError as error:
        if _is_number_clash(error):
            raise NumberTaken(sequence) from error
        raise


class NumberTaken(Exception):
    """Another PC saved a case with this sequence (or its number) first."""

    def __init__(self, sequence: int) -> None:
        super().__init__(sequence)
        self.sequence = sequence


def _is_number_clash(error: IntegrityError) -> bool:
    # SQLite: "UNIQUE constraint failed: complaint.series, complaint.fiscal_year,
    # complaint.sequence" (or complaint.number);
    # PostgreSQL names the constraint (uq_complaint_number, ...).
    text = str(error.orig).lower()
    return (
        "complaint" in text
        and ("sequence" in text or "number" in text)
        and "attachment" not in text
    )
