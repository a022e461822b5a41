"""Comparators' results beside ours (PMQA 3.1 b (4)): entering, comparing, importing, exporting.

A comparator row is one organisation's published result for one fiscal year (B.E.) at one level
of a survey: overall (no dimension, no item), a dimension (its code, e.g. ``process``) or an item
(one of our survey's rating questions, by its code). Its value is a mean on a 4- or 5-point
scale or a percent; ``domain.surveys.benchmark`` puts it on our percent-score footing (mean ÷
points × 100) so that ours and theirs stand side by side with the difference, ours − theirs, in
percentage points.

The file kind ``benchmarks`` (``vocdesk import benchmarks FILE``): columns survey (our survey's
code), organisation, fiscal_year, dimension, question, value, scale, source. All or nothing; a
row matching a stored one on survey + organisation + fiscal year + dimension + item updates it,
so importing an export again changes nothing and adds nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.db.models import Survey, SurveyBenchmark, SurveyDimension, SurveyQuestion
from vocdesk.domain.accounts import Permission
from vocdesk.domain.enums import BenchmarkScale, QuestionType
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, Message, user_error
from vocdesk.domain.surveys.benchmark import (
    CONTEXT,
    BenchmarkFields,
    BenchmarkLevel,
    InvalidBenchmark,
    check_fields,
    normalised_percent,
)
from vocdesk.domain.tables import Named
from vocdesk.io.table_file import write_rows
from vocdesk.io.table_spec import CheckedTable, Problem
from vocdesk.services.authorization import requires
from vocdesk.services.database import Database
from vocdesk.services.surveys.analysis import SurveyAnalysisService, SurveyResults
from vocdesk.services.surveys.benchmark_columns import (
    SPEC,
    VALUE_COLUMNS,
    build_spec,
    format_value,
)
from vocdesk.services.surveys.benchmark_comparison import (
    BenchmarkComparison,
    Comparator,
    ComparatorValue,
    ComparisonLevel,
    build_comparison,
    our_scores,
)
from vocdesk.services.transfer import ImportSummary, ProgressCallback, ValueMaps

__all__ = [
    "SPEC",
    "BenchmarkComparison",
    "BenchmarkDraft",
    "BenchmarkExporter",
    "BenchmarkImporter",
    "BenchmarkLevel",
    "BenchmarkRow",
    "BenchmarkService",
    "BenchmarkTargets",
    "Comparator",
    "ComparatorValue",
    "ComparisonLevel",
    "InvalidBenchmark",
    "TargetOption",
]

RATED = (QuestionType.RATING, QuestionType.IMPORTANCE)

# A row's identity: survey, organisation, fiscal year, dimension, item.
Key = tuple[uuid.UUID, str, int, str, str]


@dataclass(frozen=True)
class BenchmarkDraft:
    """A comparator's row as the form or a file gives it. ``dimension`` is a dimension's code
    (a file may also give its Thai or English name); ``question_code`` one of the survey's rating
    items; neither: the overall result. Both: the item, if it is in that dimension."""

    organisation: str
    fiscal_year: int  # Buddhist Era
    value: float
    scale: BenchmarkScale
    dimension: str = ""
    question_code: str = ""
    source: str = ""


@dataclass(frozen=True)
class BenchmarkRow:
    id: uuid.UUID
    survey_id: uuid.UUID
    organisation: str
    fiscal_year: int  # Buddhist Era
    level: BenchmarkLevel
    dimension: str  # its code, or ""
    question_code: str  # or ""
    level_name: Named  # the dimension's name, or the item's number and text; "" overall
    value: float
    scale: BenchmarkScale
    percent: float  # normalised: mean ÷ points × 100, or the percent itself
    source: str


@dataclass(frozen=True)
class TargetOption:
    """A level a comparator's result may be set against: a dimension or an item of the survey."""

    level: BenchmarkLevel
    code: str
    name: Named


@dataclass(frozen=True)
class BenchmarkTargets:
    """What the add/edit form offers for a survey: its levels, and the organisations already
    entered anywhere (so a peer is typed the same way every year)."""

    survey_code: str
    survey_fiscal_year: int
    dimensions: tuple[TargetOption, ...]
    items: tuple[TargetOption, ...]
    organisations: tuple[str, ...]


class BenchmarkService:
    """``BenchmarkService(db)``: one public method, one user action, one transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def database(self) -> Database:
        """The open database (the import wizard is built on it)."""
        return self._db

    # --- reading ---------------------------------------------------------------------------
    @requires(Permission.READ)
    def list_benchmarks(self, survey_id: uuid.UUID) -> list[BenchmarkRow]:
        """The comparator rows of a survey: by organisation, fiscal year, then level."""
        with self._db.session_scope() as session:
            return _rows(session, survey_id)

    @requires(Permission.READ)
    def targets(self, survey_id: uuid.UUID) -> BenchmarkTargets:
        with self._db.session_scope() as session:
            survey = _survey(session, survey_id)
            levels = _Levels.read(session, survey_id)
            organisations = session.scalars(
                select(SurveyBenchmark.organisation)
                .distinct()
                .order_by(SurveyBenchmark.organisation)
            ).all()
            return BenchmarkTargets(
                survey_code=survey.code,
                survey_fiscal_year=survey.fiscal_year,
                dimensions=tuple(
                    TargetOption(BenchmarkLevel.DIMENSION, code, levels.dimension_name(code))
                    for code in levels.dimension_order
                ),
                items=tuple(
                    TargetOption(BenchmarkLevel.ITEM, code, levels.item_name(code))
                    for code in levels.items
                ),
                organisations=tuple(organisations),
            )

    @requires(Permission.READ)
    def comparison(
        self, survey_id: uuid.UUID, results: SurveyResults | None = None
    ) -> BenchmarkComparison:
        """Ours and each comparator's normalised percent, per level, with the differences.

        Our figures are the survey's analysis (``SurveyAnalysisService.results``), read first
        unless the caller has just read it (``results``, e.g. a report printing both); the
        comparators' rows are read after it (two reads, nothing written)."""
        if results is None:
            results = SurveyAnalysisService(self._db).results(survey_id)
        with self._db.session_scope() as session:
            levels = _Levels.read(session, survey_id)
            rows = _rows(session, survey_id, levels)
        return build_comparison(
            results.survey, our_scores(results), rows, levels.dimension_name, levels.item_name,
            levels.dimension_order, list(levels.items),
        )  # fmt: skip

    # --- writing ---------------------------------------------------------------------------
    @requires(Permission.RECORD)
    def add_benchmark(self, survey_id: uuid.UUID, draft: BenchmarkDraft) -> BenchmarkRow:
        """Add one comparator result; ``InvalidBenchmark`` lists every problem, nothing saved."""
        with self._db.session_scope() as session:
            _survey(session, survey_id)
            fields = _checked(session, survey_id, draft, _Levels.read(session, survey_id))
            _refuse_twin(session, (survey_id, *_identity(fields)), None)
            record = SurveyBenchmark(survey_id=survey_id)
            _store(record, fields)
            session.add(record)
            session.flush()
            return _row_of(session, record)

    @requires(Permission.RECORD)
    def update_benchmark(self, benchmark_id: uuid.UUID, draft: BenchmarkDraft) -> BenchmarkRow:
        with self._db.session_scope() as session:
            record = _benchmark(session, benchmark_id)
            fields = _checked(
                session, record.survey_id, draft, _Levels.read(session, record.survey_id)
            )
            _refuse_twin(session, (record.survey_id, *_identity(fields)), record.id)
            _store(record, fields)
            session.flush()
            return _row_of(session, record)

    @requires(Permission.MANAGE_CASES)
    def delete_benchmark(self, benchmark_id: uuid.UUID) -> None:
        with self._db.session_scope() as session:
            session.delete(_benchmark(session, benchmark_id))

    @requires(Permission.IMPORT)
    def import_benchmarks(self, rows: list[tuple[str, BenchmarkDraft]]) -> ImportSummary:
        """(survey code, draft) rows already checked by ``BenchmarkImporter.check``: each updates
        the stored row with its identity, or is added. One transaction, all or nothing."""
        added = updated = 0
        with self._db.session_scope() as session:
            surveys = _surveys_by_code(session)
            levels: dict[uuid.UUID, _Levels] = {}
            existing: dict[Key, SurveyBenchmark] = {
                _key_of(record): record for record in session.scalars(select(SurveyBenchmark))
            }
            for code, draft in rows:
                survey_id = surveys[code.casefold()]
                if survey_id not in levels:
                    levels[survey_id] = _Levels.read(session, survey_id)
                fields = _checked(session, survey_id, draft, levels[survey_id])
                key = (survey_id, *_identity(fields))
                record = existing.get(key)
                if record is None:
                    record = SurveyBenchmark(survey_id=survey_id)
                    session.add(record)
                    existing[key] = record
                    added += 1
                else:
                    updated += 1
                _store(record, fields)
        return ImportSummary(added=added, updated=updated)

    @requires(Permission.EXPORT)
    def export_rows(self, search: str = "") -> list[list[Any]]:
        """Every comparator row as the file's cells (survey code first), for the exporter."""
        wanted = search.strip().casefold()
        stmt = (
            select(SurveyBenchmark, Survey.code)
            .join(Survey, Survey.id == SurveyBenchmark.survey_id)
            .order_by(Survey.code, SurveyBenchmark.organisation, SurveyBenchmark.fiscal_year,
                      SurveyBenchmark.dimension, SurveyBenchmark.question_code)
        )  # fmt: skip
        cells = []
        with self._db.session_scope() as session:
            for record, code in session.execute(stmt):
                row = [code, record.organisation, record.fiscal_year, record.dimension,
                       record.question_code, format_value(record.value), record.scale.value,
                       record.source]  # fmt: skip
                if not wanted or any(wanted in str(cell).casefold() for cell in row):
                    cells.append(row)
        return cells


# --- the survey's levels -------------------------------------------------------------------
@dataclass
class _Levels:
    """A survey's dimensions (catalogue order) and rating items (form order), with their names."""

    dimension_order: list[str]
    dimension_names: dict[str, Named]  # every catalogue dimension, by code
    items: dict[str, tuple[str, Named, str]]  # code -> (number, text, dimension)

    @classmethod
    def read(cls, session: Session, survey_id: uuid.UUID) -> _Levels:
        catalogue = session.execute(
            select(SurveyDimension.code, SurveyDimension.name_th, SurveyDimension.name_en)
            .order_by(SurveyDimension.sort_order, SurveyDimension.code)
        ).all()  # fmt: skip
        names = {code: Named(th, en) for code, th, en in catalogue}
        questions = session.execute(
            select(SurveyQuestion.code, SurveyQuestion.number, SurveyQuestion.text_th,
                   SurveyQuestion.text_en, SurveyQuestion.dimension)
            .where(SurveyQuestion.survey_id == survey_id, SurveyQuestion.type.in_(RATED))
            .order_by(SurveyQuestion.position, SurveyQuestion.code)
        ).all()  # fmt: skip
        items = {q.code: (q.number, Named(q.text_th, q.text_en), q.dimension) for q in questions}
        used = {q.dimension for q in questions if q.dimension}
        order = [code for code, _, _ in catalogue if code in used]
        order += sorted(used - set(order))
        return cls(order, names, items)

    def dimension_name(self, code: str) -> Named:
        return self.dimension_names.get(code, Named(code, code))

    def item_name(self, code: str) -> Named:
        if code not in self.items:
            return Named(code, code)
        number, text, _ = self.items[code]
        prefix = f"{number} " if number else ""
        return Named(prefix + text.th, prefix + (text.en or text.th))

    def dimension_code(self, given: str) -> str | None:
        """A dimension's code from its code, Thai or English name (any case); None if unknown."""
        key = " ".join(given.casefold().split())
        for code, name in self.dimension_names.items():
            if key in (code.casefold(), name.th.casefold(), name.en.casefold()):
                return code
        return next((code for code in self.dimension_order if code.casefold() == key), None)

    def item_code(self, given: str) -> str | None:
        key = given.strip().casefold()
        return next((code for code in self.items if code.casefold() == key), None)


def _checked(
    session: Session, survey_id: uuid.UUID, draft: BenchmarkDraft, levels: _Levels
) -> BenchmarkFields:
    """The draft's fields, tidied (the level by its codes); ``InvalidBenchmark`` if any is wrong."""
    fields = BenchmarkFields(
        organisation=" ".join(draft.organisation.split()), fiscal_year=draft.fiscal_year,
        dimension=draft.dimension.strip(), question_code=draft.question_code.strip(),
        value=float(draft.value), scale=BenchmarkScale(draft.scale), source=draft.source.strip(),
    )  # fmt: skip
    problems = check_fields(fields)
    dimension = fields.dimension
    if dimension and "dimension" not in problems:
        found = levels.dimension_code(dimension)
        if found is None:
            problems["dimension"] = Message(CONTEXT, QT_TRANSLATE_NOOP(
                "BenchmarkCheck", "There is no dimension “{value}” in the catalogue."), {"value": dimension})  # fmt: skip
        dimension = found or dimension
    question = fields.question_code
    if question and "question" not in problems:
        found = levels.item_code(question)
        if found is None:
            problems["question"] = Message(CONTEXT, QT_TRANSLATE_NOOP(
                "BenchmarkCheck", "The survey has no rating item with the code “{value}”."), {"value": question})  # fmt: skip
        else:
            question = found
            own = levels.items[found][2]
            if dimension and "dimension" not in problems and dimension != own:
                problems["dimension"] = Message(CONTEXT, QT_TRANSLATE_NOOP(
                    "BenchmarkCheck", "Item “{item}” is not in dimension “{dimension}”: give the item alone."),
                    {"item": found, "dimension": fields.dimension})  # fmt: skip
            dimension = ""  # an item's row is the item's, whatever its dimension
    if problems:
        raise InvalidBenchmark(problems)
    return replace(fields, dimension=dimension, question_code=question)


def _identity(fields: BenchmarkFields) -> tuple[str, int, str, str]:
    return (fields.organisation, fields.fiscal_year, fields.dimension, fields.question_code)


def _key_of(record: SurveyBenchmark) -> Key:
    return (record.survey_id, record.organisation, record.fiscal_year, record.dimension,
            record.question_code)  # fmt: skip


def _refuse_twin(session: Session, key: Key, own_id: uuid.UUID | None) -> None:
    survey_id, organisation, fiscal_year, dimension, question = key
    twin = session.scalar(
        select(SurveyBenchmark.id).where(
            SurveyBenchmark.survey_id == survey_id, SurveyBenchmark.organisation == organisation,
            SurveyBenchmark.fiscal_year == fiscal_year, SurveyBenchmark.dimension == dimension,
            SurveyBenchmark.question_code == question,
        )
    )  # fmt: skip
    if twin is not None and twin != own_id:
        raise InvalidBenchmark({"organisation": Message(CONTEXT, QT_TRANSLATE_NOOP(
            "BenchmarkCheck", "{organisation} already has a result for {year} at this level; edit that one."),
            {"organisation": organisation, "year": fiscal_year})})  # fmt: skip


def _store(record: SurveyBenchmark, fields: BenchmarkFields) -> None:
    record.organisation = fields.organisation
    record.fiscal_year = fields.fiscal_year
    record.dimension = fields.dimension
    record.question_code = fields.question_code
    record.value = fields.value
    record.scale = fields.scale
    record.source = fields.source


def _survey(session: Session, survey_id: uuid.UUID) -> Survey:
    survey = session.get(Survey, survey_id)
    if survey is None:
        raise user_error(CONTEXT, QT_TRANSLATE_NOOP(
            "BenchmarkCheck", "The survey is no longer in the database."))  # fmt: skip
    return survey


def _benchmark(session: Session, benchmark_id: uuid.UUID) -> SurveyBenchmark:
    record = session.get(SurveyBenchmark, benchmark_id)
    if record is None:
        raise user_error(CONTEXT, QT_TRANSLATE_NOOP(
            "BenchmarkCheck", "The comparator's result is no longer in the database; someone may have deleted it."))  # fmt: skip
    return record


def _surveys_by_code(session: Session) -> dict[str, uuid.UUID]:
    return {code.casefold(): sid for sid, code in session.execute(select(Survey.id, Survey.code))}


def _level_of(record: SurveyBenchmark) -> BenchmarkLevel:
    if record.question_code:
        return BenchmarkLevel.ITEM
    return BenchmarkLevel.DIMENSION if record.dimension else BenchmarkLevel.OVERALL


def _row_of(
    session: Session, record: SurveyBenchmark, levels: _Levels | None = None
) -> BenchmarkRow:
    levels = levels or _Levels.read(session, record.survey_id)
    level = _level_of(record)
    name = {
        BenchmarkLevel.OVERALL: Named("", ""),
        BenchmarkLevel.DIMENSION: levels.dimension_name(record.dimension),
        BenchmarkLevel.ITEM: levels.item_name(record.question_code),
    }[level]
    try:
        percent = normalised_percent(record.value, record.scale)
    except ValueError:  # a value written outside the checks: shown, not compared wrongly
        percent = float("nan")
    return BenchmarkRow(
        id=record.id, survey_id=record.survey_id, organisation=record.organisation,
        fiscal_year=record.fiscal_year, level=level, dimension=record.dimension,
        question_code=record.question_code, level_name=name, value=record.value,
        scale=record.scale, percent=percent, source=record.source,
    )  # fmt: skip


def _rows(
    session: Session, survey_id: uuid.UUID, levels: _Levels | None = None
) -> list[BenchmarkRow]:
    levels = levels or _Levels.read(session, survey_id)
    records = session.scalars(
        select(SurveyBenchmark).where(SurveyBenchmark.survey_id == survey_id)
        .order_by(SurveyBenchmark.organisation, SurveyBenchmark.fiscal_year.desc(),
                  SurveyBenchmark.question_code, SurveyBenchmark.dimension)
    )  # fmt: skip
    rows = [_row_of(session, record, levels) for record in records]
    order = {BenchmarkLevel.OVERALL: 0, BenchmarkLevel.DIMENSION: 1, BenchmarkLevel.ITEM: 2}
    item_order = {code: index for index, code in enumerate(levels.items)}
    dimension_order = {code: index for index, code in enumerate(levels.dimension_order)}
    return sorted(rows, key=lambda r: (r.organisation, -r.fiscal_year, order[r.level],
                                       dimension_order.get(r.dimension, len(dimension_order)),
                                       item_order.get(r.question_code, len(item_order)),
                                       r.dimension, r.question_code))  # fmt: skip


# --- the file kind "benchmarks" ------------------------------------------------------------
class BenchmarkImporter:
    """Comparators' results, one row a level of a survey (see docs/survey-benchmarks.md)."""

    value_columns: dict[str, type[StrEnum]] = VALUE_COLUMNS  # noqa: RUF012 - read only

    def __init__(self, db: Database, value_maps: ValueMaps | None = None) -> None:
        self._db = db
        self._service = BenchmarkService(db)
        self.spec = build_spec(value_maps)

    def check(self, table: CheckedTable) -> list[Problem]:
        problems: list[Problem] = []
        first_row: dict[Key, int] = {}
        with self._db.session_scope() as session:
            surveys = _surveys_by_code(session)
            levels: dict[uuid.UUID, _Levels] = {}
            for row in table.rows:
                values = row.values
                code = values.get("survey") or ""
                survey_id = surveys.get(code.casefold())
                if survey_id is None:
                    problems.append(row.problem("survey", Message(CONTEXT, QT_TRANSLATE_NOOP(
                        "BenchmarkCheck", "There is no survey with the code “{value}”."), {"value": code})))  # fmt: skip
                    continue
                if any(
                    values.get(key) is None
                    for key in ("organisation", "fiscal_year", "value", "scale")
                ):
                    continue  # already a problem of the sheet's check
                if survey_id not in levels:
                    levels[survey_id] = _Levels.read(session, survey_id)
                try:
                    fields = _checked(session, survey_id, _draft(values), levels[survey_id])
                except InvalidBenchmark as invalid:
                    problems += [
                        row.problem(key if key in row.letters else None, message)
                        for key, message in invalid.problems.items()
                    ]
                    continue
                key = (survey_id, *_identity(fields))
                if key in first_row:
                    problems.append(row.problem("organisation", Message(CONTEXT, QT_TRANSLATE_NOOP(
                        "BenchmarkCheck", "the same organisation, year and level as row {first_row}."),
                        {"first_row": first_row[key]})))  # fmt: skip
                else:
                    first_row[key] = row.number
        return problems

    @requires(Permission.IMPORT)
    def apply(self, table: CheckedTable, progress: ProgressCallback | None = None) -> ImportSummary:
        rows = [(row.values["survey"], _draft(row.values)) for row in table.rows]
        if progress is not None:  # before the write: a cancel raised here leaves nothing written
            progress(0, len(rows))
        return self._service.import_benchmarks(rows)


def _draft(values: dict[str, Any]) -> BenchmarkDraft:
    return BenchmarkDraft(
        organisation=values.get("organisation") or "", fiscal_year=values["fiscal_year"],
        value=values["value"], scale=values["scale"], dimension=values.get("dimension") or "",
        question_code=values.get("question") or "", source=values.get("source") or "",
    )  # fmt: skip


class BenchmarkExporter:
    """``vocdesk export benchmarks``: every survey's comparator rows, as the importer reads them."""

    spec = SPEC

    def __init__(self, db: Database) -> None:
        self._db = db
        self._service = BenchmarkService(db)

    @requires(Permission.EXPORT)
    def export(
        self, path: Path, *, search: str = "", progress: ProgressCallback | None = None
    ) -> int:
        rows = self._service.export_rows(search)

        def cells() -> Iterator[list[Any]]:
            for done, row in enumerate(rows, start=1):
                yield row
                if progress is not None and (done % 1000 == 0 or done == len(rows)):
                    progress(done, len(rows))

        return write_rows(self.spec.headers, cells(), path)
