"""``vocdesk export KIND`` from one database, then ``vocdesk import KIND`` into a FRESH one, brings
back every record of every kind column for column; importing the same files again only updates.
Each format goes through the command line at each step but one, done through the services the
command calls (in this process, which is quicker): every step is run both ways.

A re-import into the database that wrote the file cannot see an importer that skips a column
(the old value is still there): the fresh database can. The source is a demo database with the
columns the demo leaves the same everywhere given values, so that every column the files carry
varies (a skipped column would come back as one default). tests/round_trip_records.py says which
columns each kind's file does not carry, and why.
"""

from __future__ import annotations

import getpass
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import delete, select
from test_cli import DEMO_TODAY, vocdesk_command

from round_trip_records import (
    ACTIVITIES,
    BENCHMARKS,
    COMPLAINTS,
    FEEDBACK,
    HOLIDAYS,
    STAKEHOLDERS,
    Kind,
    lost_in_round_trip,
    read_records,
    unvaried_columns,
)
from vocdesk.db.models import (
    Complaint,
    ComplaintOfficer,
    FeedbackEntry,
    Holiday,
    Stakeholder,
    SurveyBenchmark,
    SurveyQuestion,
)
from vocdesk.domain.phone import normalise_phone
from vocdesk.services.database import Database, open_database
from vocdesk.services.transfer import (
    EXPORTERS,
    IMPORTERS,
    available_kinds,
    exporter_for,
    import_file,
    importer_for,
)

# In the order of import: the listening log names stakeholders, so the registry comes first.
KINDS: dict[str, Kind] = {
    "stakeholders": STAKEHOLDERS,
    "feedback": FEEDBACK,
    "complaints": COMPLAINTS,
    "holidays": HOLIDAYS,
    "benchmarks": BENCHMARKS,  # names surveys, whose designs travel as workbooks (not here)
    "activities": ACTIVITIES,  # names stakeholders, and channels by name
}
# Columns the same in every exported record by the nature of the export, not of the demo.
SAME_IN_EVERY_EXPORT = {
    "stakeholders": ["archived", "archived_at"],  # an export writes the registry in use only
}
CATALOGUES = ("channel", "segment", "complaint_category", "office", "service", "survey_dimension")
SURVEY_DESIGN = ("survey", "survey_question")  # what the comparators' file names
IMPORTED = re.compile(r"([\d,]+) rows imported \(([\d,]+) added, ([\d,]+) updated\)")


@contextmanager
def _opened(path: Path) -> Iterator[Database]:
    db, _ = open_database(path, create=False)
    try:
        yield db
    finally:
        db.dispose()


def _prepare_source(db: Database) -> None:
    """A fifth of the demo's listening log is enough (the files are read and written four times);
    what the demo leaves the same in every record gets values in some records; and the person
    running the tests becomes a confidential-complaint officer, so that the export carries the
    confidential cases in full (anyone else gets them blank, by design, and a case without its
    subject cannot be added to another database)."""
    with db.session_scope() as session:
        linked = select(Complaint.feedback_entry_id).where(Complaint.feedback_entry_id.is_not(None))
        unlinked = session.scalars(
            select(FeedbackEntry.id)
            .where(FeedbackEntry.id.not_in(linked))
            .order_by(FeedbackEntry.id)
        ).all()
        dropped = [entry for number, entry in enumerate(unlinked) if number % 5]
        for start in range(0, len(dropped), 500):
            session.execute(
                delete(FeedbackEntry).where(FeedbackEntry.id.in_(dropped[start : start + 500]))
            )
        session.add(ComplaintOfficer(user_name=getpass.getuser()))
        # The national holidays are not stored: the agency's own days (a year of them, ahead of the
        # demo's cases) give the holidays file its rows.
        session.add_all(
            Holiday(day=date(2031, month, day), name=f"วันหยุดของกรม {month}/{day}")
            for month in range(1, 13) for day in (6, 20)
        )  # fmt: skip
        people = session.scalars(
            select(Stakeholder).where(Stakeholder.archived.is_(False)).order_by(Stakeholder.id)
        ).all()
        for number, person in enumerate(people[::3]):
            person.phone2 = normalise_phone(f"02{1_000_000 + number:07d}").e164
            person.external_ref = f"CRM-{number:05d}"
            person.notes = f"ติดต่อช่วงบ่ายเท่านั้น ({number})"
            person.relationship_officer = f"นางสาวพรทิพย์ ใจดี {number % 4}"
            person.contact_every_months = 3 + number % 10
        entries = session.scalars(select(FeedbackEntry).order_by(FeedbackEntry.id)).all()
        for number, entry in enumerate(entries[::4]):
            entry.reference = f"หนังสือที่ มท 0001/{number}"
        for number, benchmark in enumerate(
            session.scalars(
                select(SurveyBenchmark)
                .where(SurveyBenchmark.dimension != "")
                .order_by(SurveyBenchmark.id)
            ).all()[::3]
        ):  # some comparators report items, not only dimensions and the whole
            benchmark.question_code = session.scalars(
                select(SurveyQuestion.code)
                .where(
                    SurveyQuestion.survey_id == benchmark.survey_id,
                    SurveyQuestion.dimension == benchmark.dimension,
                )
                .order_by(SurveyQuestion.position)
            ).all()[number % 2]
            benchmark.dimension = ""  # an item's row names the item only, as the importer keeps it
        cases = session.scalars(select(Complaint).order_by(Complaint.number)).all()
        for number, case in enumerate(cases[::3]):
            if not case.anonymous:
                case.complainant_name = f"นายสมชาย ผู้ร้อง {number}"
                case.complainant_contact = f"08{10_000_000 + number}"


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("source") / "source.sqlite"
    run = vocdesk_command("demo", "--db", path, "--scale", "1", "--today", DEMO_TODAY)
    assert run.code == 0, run.err
    with _opened(path) as db:
        _prepare_source(db)
    return path


def _fresh_database(path: Path, source: Path) -> None:
    """A new database with the source's catalogues, which no kind's file brings (an office or a
    service a file names must be there already), and its archived stakeholders, which the
    stakeholders export leaves out while the listening log's export still names them."""
    db, _ = open_database(path)
    db.dispose()
    connection = sqlite3.connect(path)
    try:
        connection.execute("ATTACH DATABASE ? AS source", (str(source),))
        for table in CATALOGUES:  # same migrations, so the same columns in the same order
            connection.execute(
                f"INSERT INTO main.{table} SELECT * FROM source.{table} "
                f"WHERE code NOT IN (SELECT code FROM main.{table})"
            )
        connection.execute(
            "INSERT INTO main.stakeholder SELECT * FROM source.stakeholder WHERE archived"
        )
        for table in SURVEY_DESIGN:
            connection.execute(f"INSERT INTO main.{table} SELECT * FROM source.{table}")
        connection.commit()
    finally:
        connection.close()


def _copy(path: Path, target: Path) -> None:
    original, copy = sqlite3.connect(path), sqlite3.connect(target)
    try:
        original.backup(copy)
    finally:
        original.close()
        copy.close()


def _by_command(action: str, kind: str, file: Path, database: Path) -> tuple[int, int, int]:
    """``vocdesk export|import KIND FILE --db DATABASE``; an import's rows, added and updated."""
    token = database.with_suffix(".token")  # the source's: ``vocdesk demo`` made its administrator
    signed_in = ["--token-file", token] if token.exists() else []
    # Exports of personal data are masked unless asked for whole (PDPA): a round trip asks.
    whole = ["--unmasked"] if action == "export" else []
    run = vocdesk_command(action, kind, file, "--db", database, *signed_in, *whole)
    assert run.code == 0, run.err
    if action == "export":
        return (0, 0, 0)
    found = IMPORTED.search(run.out)
    assert found, run.out
    rows, added, updated = (int(number.replace(",", "")) for number in found.groups())
    return rows, added, updated


def _by_services(action: str, kind: str, file: Path, database: Path) -> tuple[int, int, int]:
    """The same through the services the command calls, in this process."""
    with _opened(database) as db:
        if action == "export":
            exporter_for(kind, db, unmasked=True).export(file)
            return (0, 0, 0)
        summary = import_file(importer_for(kind, db), file)
    return summary.total, summary.added, summary.updated


@dataclass(frozen=True)
class RoundTrip:
    fresh: Path  # the fresh database after importing each kind's file once
    first: dict[str, tuple[int, int, int]]  # each kind's import: rows, added, updated
    again_db: Path  # a copy of ``fresh`` into which the same files were imported again
    again: dict[str, tuple[int, int, int]]


# Export, first import, import again: how each format goes through them.
STEPS = {
    ".csv": (_by_command, _by_command, _by_services),
    ".xlsx": (_by_command, _by_services, _by_command),
}


@pytest.fixture(scope="module", params=list(STEPS))
def round_trip(
    request: pytest.FixtureRequest, source: Path, tmp_path_factory: pytest.TempPathFactory
) -> RoundTrip:
    """Every kind exported from ``source`` and imported into a fresh database, then imported
    again into a copy of it."""
    export, first_import, import_again = STEPS[request.param]
    folder = tmp_path_factory.mktemp(f"round-trip{request.param}")
    files = {kind: folder / f"{kind}{request.param}" for kind in KINDS}
    for kind, file in files.items():
        export("export", kind, file, source)
    fresh = folder / "fresh.sqlite"
    _fresh_database(fresh, source)
    first = {kind: first_import("import", kind, file, fresh) for kind, file in files.items()}
    again_db = folder / "again.sqlite"
    _copy(fresh, again_db)  # the fresh one stays as the first import left it
    again = {kind: import_again("import", kind, file, again_db) for kind, file in files.items()}
    return RoundTrip(fresh, first, again_db, again)


def test_every_kind_that_exports_and_imports_is_compared() -> None:
    assert set(available_kinds(EXPORTERS)) & set(available_kinds(IMPORTERS)) == set(KINDS)


@pytest.mark.parametrize("kind", KINDS)
def test_the_source_gives_every_carried_column_more_than_one_value(source: Path, kind: str) -> None:
    with _opened(source) as db:
        records = read_records(db, KINDS[kind])

    assert len(records) > 20
    assert unvaried_columns(records) == SAME_IN_EVERY_EXPORT.get(kind, [])


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_comes_back_column_for_column_in_a_fresh_database(
    source: Path, round_trip: RoundTrip, kind: str
) -> None:
    with _opened(source) as db:
        before = read_records(db, KINDS[kind])
    with _opened(round_trip.fresh) as db:
        after = read_records(db, KINDS[kind])

    assert before
    assert lost_in_round_trip(before, after) == {}
    rows, added, _updated = round_trip.first[kind]
    assert rows == len(before) and (added == rows or kind == "holidays")  # some are built in


@pytest.mark.parametrize("kind", KINDS)
def test_importing_the_same_file_again_only_updates_and_changes_nothing(
    round_trip: RoundTrip, kind: str
) -> None:
    with _opened(round_trip.fresh) as db:
        once = read_records(db, KINDS[kind])
    with _opened(round_trip.again_db) as db:
        twice = read_records(db, KINDS[kind])

    rows = round_trip.first[kind][0]
    assert round_trip.again[kind] == (rows, 0, rows)
    assert lost_in_round_trip(once, twice) == {}
