"""Every column of every record of a kind, read from a database, to compare a round trip: export
from one database, import into a fresh one, and each record must come back column for column.

Re-importing into the database that wrote the file cannot see an importer that skips a column
(the old value is still there), hence the fresh database. A record is matched by a key both
databases share (a complaint's number, a stakeholder's or an entry's id, which imports keep);
a reference to a catalogue (channel, category, office, ...) is compared by the catalogue's code,
since each database gives its catalogues their own ids.

Each kind declares the columns its file does not carry, with the reason. Every other column of
the table is compared, so a column added to a model is compared until someone decides otherwise.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from vocdesk.db.models import (
    Activity,
    Channel,
    Complaint,
    ComplaintCategory,
    ComplaintStatusChange,
    FeedbackEntry,
    Holiday,
    Office,
    Segment,
    Service,
    Stakeholder,
    Survey,
    SurveyBenchmark,
    activity_participant,
)
from vocdesk.domain.working_days import HolidayChange
from vocdesk.services.database import Database

# Issue 20 (migration 0017): where a record came from and when it changed here, for bundles.
TRAVELLING = {
    "origin_office": "the office that made the record: bundles carry it, files do not",
    "edited_office": "the office whose edit the record holds: bundles carry it, files do not",
    "touched_at": "when the record last changed in this database",
}
BOOKKEEPING = {
    "created_at": "when this database wrote the record",
    "updated_at": "when this database last changed the record",
    **TRAVELLING,
}
# Of the records people edit (migration 0012): how often this database saved the record.
VERSIONED = {**BOOKKEEPING, "version": "how often this database saved the record"}
# Issue 19: what only the PDPA's own acts set; a file can neither anonymise a record nor undo it.
ANONYMISED = {"anonymised_at": "set by an anonymisation (request or retention), never by a file"}
RESTRICTED = {
    "restricted": "set by answering an objection or restriction request, never by a file",
    "restricted_on": "the day that request was answered",
}


@dataclass(frozen=True)
class Kind:
    """How to read one kind's records for comparison."""

    model: Any
    key: str | tuple[str, ...]  # a column (or columns) both databases agree on
    references: Mapping[str, Any] = field(default_factory=dict)  # column -> catalogue, by code
    not_carried: Mapping[str, str] = field(default_factory=dict)  # column -> why not compared
    exported: Callable[[], Any] | None = None  # the condition of the records an export writes

    @property
    def columns(self) -> list[str]:
        """The compared columns: all the table's columns but those the file does not carry."""
        names = [column.name for column in self.model.__table__.columns]
        stale = set(self.not_carried) - set(names) - set(TRAVELLING)
        assert not stale, f"{self.model.__tablename__} has no columns {sorted(stale)}"
        return [name for name in names if name not in self.not_carried]


COMPLAINTS = Kind(
    Complaint,
    key="number",
    references={"channel_id": Channel, "category_id": ComplaintCategory, "office_id": Office},
    not_carried={
        **VERSIONED,
        **ANONYMISED,
        "id": "each database gives a case its own id; a case is matched by its number",
        "series": "read again from the number by the import (services.complaints.numbering)",
        "stakeholder_id": "the file names the complainant and contact, not a registry record",
        "service_id": "the complaints file has no service column",
        "notify_channel_id": "the complaints file has no column for the channel of the result",
        "root_cause_id": "the complaints file has no root-cause column",
        "followed_up_at": "the complaints file has no column for when the follow-up was made",
        "duplicate_of_id": "the complaints file does not say which case a duplicate repeats",
        "feedback_entry_id": "the complaints file does not link a case to a listening entry",
    },
)

STAKEHOLDERS = Kind(
    Stakeholder,
    key="id",  # exports write it, imports keep it
    references={"segment_id": Segment, "preferred_channel_id": Channel},
    not_carried={**VERSIONED, **ANONYMISED, **RESTRICTED},
    exported=lambda: Stakeholder.archived.is_(False),  # an export leaves the archive out
)

FEEDBACK = Kind(
    FeedbackEntry,
    key="id",  # exports write it, imports keep it
    references={
        "channel_id": Channel,
        "segment_id": Segment,
        "service_id": Service,
        "office_id": Office,
    },
    not_carried={
        **VERSIONED,
        **ANONYMISED,
        "number": "each database numbers its own entries (the column is written, not imported)",
    },
)

HOLIDAYS = Kind(
    Holiday,
    key="day",
    not_carried={
        **BOOKKEEPING,
        "id": "each database gives a holiday its own id; matched by its day",
        "change": "the file holds the days the agency added (the import adds them)",
        "office_id": "the file holds the whole agency's days; an office's own are set on screen",
    },
    exported=lambda: (Holiday.office_id.is_(None)) & (Holiday.change == HolidayChange.ADDED),
)


BENCHMARKS = Kind(
    SurveyBenchmark,
    key=("survey_id", "organisation", "fiscal_year", "dimension", "question_code"),
    references={"survey_id": Survey},
    not_carried={
        **BOOKKEEPING,
        "id": "each database gives a comparator's row its own id; matched by survey and level",
    },
)


ACTIVITIES = Kind(
    Activity,
    key="id",  # exports write it, imports keep it
    references={"channel_id": Channel},
    # Every column is carried; the other participants are compared too ("participants"). The
    # follow-up reminders are not in the file: an import makes an open one per follow-up date,
    # as the form does, so a reminder already done in the source comes back open.
    not_carried={**VERSIONED, **ANONYMISED},
)


def read_records(db: Database, kind: Kind) -> dict[Any, dict[str, Any]]:
    """``kind``'s records (those an export writes) by their key: each compared column's value,
    a catalogue reference as the catalogue's code. Complaints also get their ``history``,
    activities their other ``participants``."""
    table = kind.model.__table__
    columns = kind.columns
    with db.session_scope() as session:
        codes = {
            column: {
                row.id: row.code for row in session.execute(select(catalogue.id, catalogue.code))
            }
            for column, catalogue in kind.references.items()
        }
        stmt = select(table)
        if kind.exported is not None:
            stmt = stmt.where(kind.exported())
        records: dict[Any, dict[str, Any]] = {}
        ids: dict[Any, Any] = {}
        for row in session.execute(stmt).mappings():
            record = {column: row[column] for column in columns}
            for column, by_id in codes.items():
                if record[column] is not None:
                    record[column] = by_id[record[column]]
            key = (
                tuple(record.get(c, row[c]) for c in kind.key)
                if isinstance(kind.key, tuple)
                else row[kind.key]
            )
            records[key] = record
            ids[row["id"]] = key
        if kind.model is Complaint:
            for record in records.values():
                record["history"] = []
            changes = select(ComplaintStatusChange).order_by(
                ComplaintStatusChange.complaint_id, ComplaintStatusChange.changed_at
            )
            for change in session.scalars(changes):
                records[ids[change.complaint_id]]["history"].append(
                    # The file's history line is "when | status | note": who made the change is
                    # not carried, and the status it left is the line before.
                    (change.changed_at, change.from_status, change.to_status, change.note)
                )
        if kind.model is Activity:
            for record in records.values():
                record["participants"] = []
            links = select(
                activity_participant.c.activity_id, activity_participant.c.stakeholder_id
            ).order_by(activity_participant.c.activity_id, activity_participant.c.stakeholder_id)
            for activity_id, stakeholder_id in session.execute(links):
                records[ids[activity_id]]["participants"].append(stakeholder_id)
    return records


def lost_in_round_trip(
    before: Mapping[Any, Mapping[str, Any]], after: Mapping[Any, Mapping[str, Any]]
) -> dict[str, str]:
    """What differs after the round trip, by column (``"(records)"`` for records missing or
    added), each with how many records and the first example; empty when nothing was lost."""
    found: dict[str, list[str]] = {}
    for key in sorted(before.keys() - after.keys(), key=str):
        found.setdefault("(records)", []).append(f"{key} is missing")
    for key in sorted(after.keys() - before.keys(), key=str):
        found.setdefault("(records)", []).append(f"{key} was added")
    for key in sorted(before.keys() & after.keys(), key=str):
        for column, value in before[key].items():
            if after[key][column] != value:
                found.setdefault(column, []).append(
                    f"{key}: {value!r} came back as {after[key][column]!r}"
                )
    return {
        column: f"{len(examples)} of {len(before)} records, e.g. {examples[0]}"
        for column, examples in found.items()
    }


def unvaried_columns(records: Mapping[Any, Mapping[str, Any]]) -> list[str]:
    """The columns with the same value in every record: a round trip of these records could not
    tell whether the importer skips them (a skipped column takes one default for all)."""
    columns = next(iter(records.values())).keys() if records else []
    return [
        column
        for column in columns
        if len({repr(record[column]) for record in records.values()}) < 2
    ]
