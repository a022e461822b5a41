"""Importing the responses of one survey from CSV or XLSX, as online form tools export them.

It follows the ``Importer`` contract of ``services.transfer`` (read the sheet, match the columns,
check every cell, the importer's own check, then one all-or-nothing transaction), with a spec
built from the survey's questions rather than a fixed one:

- One row per respondent; a column per question, headed by the question's code (``Q1.1``), or
  by its text as Google Forms and Microsoft Forms write it, with or without its number in front
  (``1.1 ความสะดวกในการติดต่อ``, ``ข้อ 1.1 ...``), or a Google Forms grid's ``Title [item]``;
  headings are matched without regard to case, spaces or zero-width spaces. Other columns
  (timestamp, e-mail, ...) are left out, and the user is told which.
- Optional columns ``form_number``, ``submitted_on`` (a date, B.E. or C.E., as ``io.cells``
  reads dates; without the column, responses are dated the day of the import) and ``comment``.
- A rating (or importance, or 0-10) question is answered by its number or by its label, in Thai
  or English (``มากที่สุด``, ``Very high``, ``5 = มากที่สุด``); a single choice or profile question
  by the choice's value or label; a multiple choice by several of them separated by ``;`` or
  ``,`` (Google Forms writes ", "), one answer row per choice; a number; a text.
- An empty cell is no answer (no row; not in the item's n). Words for "no opinion / not
  applicable" (``NO_OPINION_WORDS``) are a ``no_opinion`` answer where the question offers it,
  otherwise a problem. A number off the scale, an unknown label, a bad date: a problem with its
  row and column; any problem and nothing is written.
- A profile question about the segment places the response in the segment its answer names.
- Imported responses are the first pass (``entry_pass`` 1), the data analysed. A row whose form
  number is already in the survey's first pass replaces that form (counted as updated), so
  importing a file again updates instead of duplicating; rows without a form number are added.
  A row whose form number is that of an anonymised response (issue 19) is a problem: it would
  write the erased comment and open answers back.
- ``value_maps`` ({question code: {text in the file: value}}) reads a file's own words: the value
  is a number, a label, or ``no_opinion``; ``check_maps`` refuses a map that cannot apply.

How one cell is read, and how headings are matched, is ``response_cells``. Answers are written
through the driver's ``executemany`` in chunks, with progress: 100,000 forms of 30 questions
(2.9 million answers) check in about 2 s and write in about 20 s on a developer's machine.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from enum import StrEnum
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, select

from vocdesk.db.base import utc_now
from vocdesk.db.bulk import driver_placeholders
from vocdesk.db.models import Survey, SurveyAnswer, SurveyResponse
from vocdesk.domain.accounts import Permission
from vocdesk.domain.clock import thai_today
from vocdesk.domain.enums import ProfileField, QuestionType
from vocdesk.domain.ids import new_id
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, Message, user_error
from vocdesk.io.cells import CellError, parse_date, text_parser
from vocdesk.io.sheet import Sheet
from vocdesk.io.table_spec import (
    CheckedTable,
    Column,
    ColumnMapping,
    Problem,
    TableSpec,
    duplicate_problems,
)
from vocdesk.services.authorization import requires
from vocdesk.services.database import Database
from vocdesk.services.surveys.answer_scores import refresh_scores
from vocdesk.services.surveys.entry import FIRST_PASS, EntryQuestion, load_layout
from vocdesk.services.surveys.response_cells import (
    NO_OPINION,
    NO_OPINION_WORDS,
    QuestionColumn,
    answers_shown,
    cell_reader,
    importance_names,
    question_names,
    read_cell,
    read_one,
    scale_labels,
    squeeze,
    word,
)
from vocdesk.services.transfer import ImportSummary, ProgressCallback

__all__ = [
    "NO_OPINION",
    "NO_OPINION_WORDS",
    "ResponsesImporter",
    "ignored_headings",
]

CONTEXT = "ResponsesImport"
WRITE_BATCH = 2_000  # responses per executemany round


class ResponsesImporter:
    """``ResponsesImporter(db, survey_id, value_maps=None)``, or ``for_code(db, code)``."""

    kind = "responses"
    # The wizard's words-to-values page is for enums; these files' words are mapped by --map.
    value_columns: dict[str, type[StrEnum]] = {}

    def __init__(
        self,
        db: Database,
        survey_id: uuid.UUID,
        value_maps: dict[str, dict[str, str]] | None = None,
    ) -> None:
        self._db = db
        with db.session_scope() as session:
            self.layout = load_layout(session, survey_id)
        self.survey_id = survey_id
        self.questions = {q.code: q for q in self.layout.questions}
        self.value_maps = {key: dict(words) for key, words in (value_maps or {}).items()}
        self.check_maps()
        self.spec = self._spec()

    @classmethod
    def for_code(
        cls, db: Database, code: str, value_maps: dict[str, dict[str, str]] | None = None
    ) -> ResponsesImporter:
        """The importer for the survey ``code``; a clear ``UserError`` for an unknown one."""
        with db.session_scope() as session:
            survey_id = session.scalar(select(Survey.id).where(Survey.code == code.strip()))
            if survey_id is None:
                known = session.scalars(select(Survey.code).order_by(Survey.code)).all()
        if survey_id is None:
            raise user_error(
                CONTEXT,
                QT_TRANSLATE_NOOP("ResponsesImport", "There is no survey “{code}”. Surveys: {codes}."),
                code=code, codes=", ".join(known) or "—",
            )  # fmt: skip
        return cls(db, survey_id, value_maps)

    # -- the spec -----------------------------------------------------------------------------

    def _spec(self) -> TableSpec:
        columns: list[Column] = []
        for question in self.layout.questions:
            text = f"{question.number} {question.text_th}".strip()
            columns.append(QuestionColumn(
                key=question.code, header=question.code, header_th=text,
                description=question.text_en or question.text_th,
                parse=self._parser(question), names=question_names(question),
            ))  # fmt: skip
            if question.type is QuestionType.IMPORTANCE:
                columns.append(QuestionColumn(
                    key=f"{question.code}:importance", header=f"{question.code}_importance",
                    header_th=f"{text} (ความสำคัญ)", description=question.text_th,
                    parse=self._parser(question), names=importance_names(question),
                ))  # fmt: skip
        codes = {squeeze(code) for code in self.questions}
        fixed = [
            Column("form_number", "form_number", "เลขที่แบบสอบถาม", "the number on the form",
                   text_parser(40), aliases=("form number", "form no", "เลขที่แบบสำรวจ", "เลขที่ฟอร์ม")),
            Column("submitted_on", "submitted_on", "วันที่ตอบ", "the date the form was filled in",
                   parse_date, aliases=("date", "วันที่", "วันที่ตอบแบบสอบถาม")),
            Column("comment", "comment", "หมายเหตุ", "a note about the form", text_parser(4000),
                   aliases=("note", "notes")),
        ]  # fmt: skip
        columns += [c for c in fixed if squeeze(c.key) not in codes]
        return TableSpec("responses", tuple(columns))

    def _parser(self, question: EntryQuestion) -> Callable[[Any], Any]:
        """A cached parser: a file has few distinct answers, read once each."""
        read = cell_reader(question)
        mapped = {
            word(text): value for text, value in self.value_maps.get(question.code, {}).items()
        }
        cache: dict[Any, Any] = {}

        def parse(raw: Any) -> Any:
            try:
                found = cache[raw]
            except KeyError:
                found = cache[raw] = read_cell(question, read, mapped, raw)
            except TypeError:  # an unhashable cell: never from a sheet, but be safe
                found = read_cell(question, read, mapped, raw)
            if isinstance(found, CellError):
                raise found
            return found

        return parse

    def check_maps(self) -> None:
        """Refuse a value map for a column that is not a question, or to a value it cannot hold."""
        for key, words in self.value_maps.items():
            question = self.questions.get(key)
            if question is None or question.type in (QuestionType.NUMBER, QuestionType.TEXT):
                choosable = [q.code for q in self.layout.questions
                             if q.type not in (QuestionType.NUMBER, QuestionType.TEXT)]  # fmt: skip
                raise user_error(
                    CONTEXT,
                    QT_TRANSLATE_NOOP("ResponsesImport", "“{column}” takes no value mapping; these questions do: {columns}."),
                    column=key, columns=", ".join(choosable) or "—",
                )  # fmt: skip
            labels = scale_labels(question)
            for text, value in words.items():
                try:
                    if word(value) not in NO_OPINION_WORDS:
                        read_one(question, labels, value)
                except CellError:
                    raise user_error(
                        CONTEXT,
                        QT_TRANSLATE_NOOP("ResponsesImport", "“{text}” cannot become “{value}” in {column}: {values} are its answers."),
                        text=text, value=value, column=key, values=answers_shown(question, labels),
                    ) from None  # fmt: skip

    # -- the importer's own check and the writing ---------------------------------------------

    def check(self, table: CheckedTable) -> list[Problem]:
        problems: list[Problem] = []
        if table.rows and not any(code in table.rows[0].letters for code in self.questions):
            problems.append(Problem(1, None, Message(CONTEXT, QT_TRANSLATE_NOOP(
                "ResponsesImport",
                "No column of the file is a question of survey {code}: head each column with the "
                "question's code (e.g. {example}) or its text.",
            ), {"code": self.layout.code, "example": next(iter(self.questions), "Q1")})))  # fmt: skip
        problems += duplicate_problems(table, "form_number", QT_TRANSLATE_NOOP(
            "TableCheck", "form number {value} is also in row {first_row}."))  # fmt: skip
        erased = self._anonymised_forms()
        for row in table.rows:  # PDPA s.33: an erasure is not undone by a file (issue 19)
            if erased and row.values.get("form_number") in erased:
                problems.append(row.problem(None, Message("TableCheck", QT_TRANSLATE_NOOP(
                    "TableCheck", "this row would bring back the data of a person who was anonymised; take it out of the file."),
                    {})))  # fmt: skip
        return problems

    def _anonymised_forms(self) -> set[str]:
        """The form numbers of the survey's first pass whose response was anonymised: a row
        with one would replace it (``apply``), writing the erased comment and answers back.
        One query on the survey's index of forms; few forms are anonymised."""
        with self._db.session_scope() as session:
            return set(session.scalars(select(SurveyResponse.form_number).where(
                SurveyResponse.survey_id == self.survey_id,
                SurveyResponse.entry_pass == FIRST_PASS, SurveyResponse.form_number != "",
                SurveyResponse.anonymised_at.is_not(None))))  # fmt: skip

    @requires(Permission.IMPORT)
    def apply(self, table: CheckedTable, progress: ProgressCallback | None = None) -> ImportSummary:
        """Write every row in one transaction (only called when there are no problems)."""
        responses = cast(Table, SurveyResponse.__table__)
        answers = cast(Table, SurveyAnswer.__table__)
        has_date = any("submitted_on" in row.letters for row in table.rows[:1])
        today = thai_today()
        total = len(table.rows)
        added = updated = 0
        plan = [(q, q.code, f"{q.code}:importance") for q in self.layout.questions]
        segment_of = {
            q.code: {c.value: c.segment_id for c in q.choices}
            for q in self.layout.questions if q.profile is ProfileField.SEGMENT
        }  # fmt: skip
        with self._db.session_scope() as session:
            connection = session.connection()
            existing = dict(session.execute(
                select(SurveyResponse.form_number, SurveyResponse.id).where(
                    SurveyResponse.survey_id == self.survey_id,
                    SurveyResponse.entry_pass == FIRST_PASS, SurveyResponse.form_number != "")
            ).all())  # fmt: skip
            now = utc_now()
            # Answers go through the driver's executemany as plain tuples, their keys turned
            # into what the column stores by the column type's own bind processor: 3 million
            # rows in a fraction of the time Core's per-row dictionaries take.
            key_of = _key_processor(answers, connection.dialect)
            question_keys = {q.id: key_of(q.id) for q in self.layout.questions}
            insert_answers = (
                f"INSERT INTO {answers.name} (response_id, question_id, seq, value, importance, "
                f"number, text, no_opinion) VALUES ({driver_placeholders(connection.dialect, 8)})"
            )
            new_rows: list[dict[str, Any]] = []
            changed_rows: list[dict[str, Any]] = []
            answer_rows: list[tuple[Any, ...]] = []
            written: list[uuid.UUID] = []
            for done, row in enumerate(table.rows, start=1):
                values = row.values
                number = values.get("form_number") or ""
                segment_id = None
                for code, choices in segment_of.items():
                    chosen = values.get(code)
                    if isinstance(chosen, int):
                        segment_id = choices.get(chosen, segment_id)
                fields = {
                    "segment_id": segment_id,
                    "submitted_on": values.get("submitted_on") or today,
                    "form_number": number,
                    "comment": values.get("comment") or "",
                    "updated_at": now,
                }
                response_id = existing.get(number) if number else None
                if response_id is None:
                    response_id = new_id()
                    new_rows.append({**fields, "id": response_id, "survey_id": self.survey_id,
                                     "stakeholder_id": None, "entry_pass": FIRST_PASS,
                                     "created_at": now})  # fmt: skip
                    added += 1
                else:
                    changed_rows.append({**fields, "response": response_id})
                    updated += 1
                written.append(response_id)
                response_key = key_of(response_id)
                for question, code, importance_key in plan:
                    value = values.get(code)
                    importance = values.get(importance_key) if importance_key in values else None
                    if value is None and importance is None:
                        continue
                    _add_answers(answer_rows, response_key, question_keys[question.id], question,
                                 value, importance)  # fmt: skip
                if done % WRITE_BATCH == 0 or done == total:
                    if changed_rows:
                        ids = [r["response"] for r in changed_rows]
                        connection.execute(delete(answers).where(answers.c.response_id.in_(ids)))
                        connection.execute(
                            responses.update()
                            .where(responses.c.id == bindparam("response"))
                            .values(version=responses.c.version + 1),  # a form open refuses
                            changed_rows,
                        )
                    if new_rows:
                        connection.execute(responses.insert(), new_rows)
                    if answer_rows:
                        connection.exec_driver_sql(insert_answers, answer_rows)
                    new_rows, changed_rows, answer_rows = [], [], []
                    if progress is not None:
                        progress(done, total)
            refresh_scores(session, written)  # the answers kept ready for the analysis
        notices: list[Message] = []
        if not has_date and total:
            notices.append(Message(CONTEXT, QT_TRANSLATE_NOOP(
                "ResponsesImport", "The file has no submitted_on column: the responses are dated {day}."),
                {"day": today.isoformat()}))  # fmt: skip
        return ImportSummary(added, updated, notices)


def ignored_headings(
    importer: ResponsesImporter, sheet: Sheet, mapping: ColumnMapping
) -> list[str]:
    """The file's headings no column was matched to (a timestamp, an e-mail address, ...)."""
    used = set(mapping.values())
    return [h or f"#{i + 1}" for i, h in enumerate(sheet.headers) if i not in used and h.strip()]


def _key_processor(table: Table, dialect: Any) -> Callable[[uuid.UUID], Any]:
    """How ``table``'s key columns store a UUID on this database (32 hex digits on SQLite)."""
    process = table.c.response_id.type.bind_processor(dialect)
    return process if process is not None else (lambda key: key)


def _add_answers(
    rows: list[tuple[Any, ...]], response_key: Any, question_key: Any, question: EntryQuestion,
    value: Any, importance: Any,
) -> None:  # fmt: skip
    """The stored rows of one answer: (response, question, seq, value, importance, number,
    text, no_opinion), in the order of the INSERT in ``ResponsesImporter.apply``."""
    if value is NO_OPINION:
        rows.append((response_key, question_key, 0, None, None, None, None, True))
    elif isinstance(value, tuple):
        rows.extend((response_key, question_key, seq, v, None, None, None, False)
                    for seq, v in enumerate(value))  # fmt: skip
    elif question.type is QuestionType.NUMBER:
        rows.append((response_key, question_key, 0, None, None, value, None, False))
    elif question.type is QuestionType.TEXT:
        rows.append((response_key, question_key, 0, None, None, None, value, False))
    else:
        rows.append((response_key, question_key, 0, value,
                     importance if isinstance(importance, int) else None, None, None, False))  # fmt: skip
