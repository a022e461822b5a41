"""A questionnaire as a workbook (XLSX), so agencies can share survey designs.

Three sheets (docs/surveys.md): ``survey`` (one row: the survey's fields), ``questions`` (one row
a question, in form order) and ``choices`` (one row a labelled answer of a question). Columns are
found by their headings (English, or the Thai ones below), in any order; only the required
headings must be there, every other column is optional.

Importing is all or nothing: every problem is told with its sheet, row and column, in the user's
language, and nothing is written while there is one. A code that is already in the database
updates that survey's design, under the rules for surveys with responses (``design``). Dimension
codes the catalogue lacks are added to it, with a notice. Exporting writes the same sheets, so
export, import and export again give the same cell values.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vocdesk.domain.accounts import Permission
from vocdesk.domain.enums import (
    BandConvention,
    ProfileField,
    QuestionType,
    SurveyKind,
    SurveyMethod,
)
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, Message, UserError, user_error
from vocdesk.io.cells import (
    be_year_of,
    enum_parser,
    format_bool,
    format_date,
    parse_bool,
    parse_date,
    parse_int,
    parse_list,
    problem,
    text_parser,
)
from vocdesk.io.sheet import Sheet, SheetRow, cell_text
from vocdesk.io.table_spec import (
    CheckedRow,
    CheckedTable,
    Column,
    Problem,
    TableSpec,
    check_sheet,
    match_columns,
    problems_error,
)
from vocdesk.services.audit_exports import record_export
from vocdesk.services.authorization import require
from vocdesk.services.database import Database
from vocdesk.services.surveys.design import (
    ChoiceDesign,
    DesignProblem,
    InvalidSurveyDesign,
    QuestionDesign,
    SavedSurvey,
    SurveyDesign,
    SurveyDesignService,
)

__all__ = [
    "CHOICES_SPEC",
    "QUESTIONS_SPEC",
    "SHEETS",
    "SURVEY_SPEC",
    "StructureImport",
    "StructureRefused",
    "export_structure",
    "import_structure",
    "read_structure",
]

CONTEXT = "SurveyStructure"


def _parse_percent(value: Any) -> float:
    text = cell_text(value).rstrip("%").strip().replace(",", ".")
    try:
        return float(value) if isinstance(value, int | float) else float(text)
    except ValueError:
        raise problem(QT_TRANSLATE_NOOP("CellCheck", "“{value}” is not a number."), value=text[:40]) from None  # fmt: skip


def _parse_year(value: Any) -> int:
    return be_year_of(parse_int(value))


SURVEY_SPEC = TableSpec("survey", (
    Column("code", "code", "รหัสแบบสำรวจ", "A short unique code without spaces, e.g. SAT-2569; an existing code updates that survey.",
           text_parser(40), required=True),
    Column("title_th", "title_th", "ชื่อภาษาไทย", "The title in Thai.", text_parser(300), required=True),
    Column("title_en", "title_en", "ชื่อภาษาอังกฤษ", "The title in English (may be empty).", text_parser(300)),
    Column("fiscal_year", "fiscal_year", "ปีงบประมาณ", "The fiscal year in B.E., e.g. 2569 (2026 is read as 2569).",
           _parse_year, required=True),
    Column("kind", "kind", "ประเภท", "satisfaction, engagement, dissatisfaction or other; empty: satisfaction.",
           enum_parser(SurveyKind)),
    Column("round", "round", "รอบ", "The round within the fiscal year; empty: 1.", parse_int),
    Column("method", "method", "วิธีเก็บข้อมูล", "paper, face_to_face, phone or online; empty: paper.",
           enum_parser(SurveyMethod)),
    Column("scale_points", "scale_points", "จำนวนระดับ", "The survey's scale (dimension and overall scores): 2 to 11 points; empty: 5.",
           parse_int),
    Column("band_convention", "band_convention", "เกณฑ์การแปลผล", "equal_width (1.00-1.80 ...) or rounding (1.00-1.50 ...); empty: equal_width.",
           enum_parser(BandConvention)),
    Column("target_sample", "target_sample", "กลุ่มตัวอย่างเป้าหมาย", "The target number of responses.", parse_int),
    Column("target_percent", "target_percent", "เป้าหมายร้อยละ", "The satisfaction target in percent, e.g. 85.", _parse_percent),
    Column("target_segments", "target_segments", "กลุ่มเป้าหมาย", "Segment codes separated by ;", parse_list),
    Column("opens_on", "opens_on", "วันเริ่ม", "The first day of the survey (yyyy-mm-dd or dd/mm/yyyy).", parse_date),
    Column("closes_on", "closes_on", "วันสิ้นสุด", "The last day of the survey.", parse_date),
    Column("notes", "notes", "หมายเหตุ", "Notes."),
))  # fmt: skip

QUESTIONS_SPEC = TableSpec("questions", (
    Column("code", "code", "รหัสคำถาม", "The question's code: the response file's column heading; unique in the survey.",
           text_parser(40), required=True),
    Column("number", "number", "ข้อ", "The number as printed, e.g. 2.3.", text_parser(20)),
    Column("section", "section", "ส่วน", "The form's section heading.", text_parser(300)),
    Column("dimension", "dimension", "ด้าน", "A dimension code (process, staff, facilities, ...); a new code joins the catalogue.",
           text_parser(40)),
    Column("type", "type", "ชนิดคำถาม", "rating, importance, nps, single, multiple, number, text or profile.",
           enum_parser(QuestionType), required=True),
    Column("points", "points", "จำนวนระดับ", "Rating and importance questions: the scale's points (2 to 11; 4, 5 and 7 have worded labels).",
           parse_int),
    Column("text_th", "text_th", "ข้อความภาษาไทย", "The question in Thai."),
    Column("text_en", "text_en", "ข้อความภาษาอังกฤษ", "The question in English."),
    Column("offers_no_opinion", "offers_no_opinion", "มีตัวเลือกไม่มีความเห็น", "yes if a rating offers “no opinion / not applicable”.",
           parse_bool),
    Column("profile", "profile", "ข้อมูลผู้ตอบ", "Profile questions: respondent_kind, segment, sex, age_band, education or occupation.",
           enum_parser(ProfileField)),
))  # fmt: skip

CHOICES_SPEC = TableSpec("choices", (
    Column("question", "question", "รหัสคำถาม", "The question's code.", text_parser(40), required=True),
    Column("value", "value", "ค่า", "The answer's number (a rating's level: 1 to its points).", parse_int, required=True),
    Column("label_th", "label_th", "ป้ายภาษาไทย", "The answer in Thai.", text_parser(300)),
    Column("label_en", "label_en", "ป้ายภาษาอังกฤษ", "The answer in English.", text_parser(300)),
    Column("segment", "segment", "กลุ่ม", "A “segment” profile question's answers: the registry segment's code.", text_parser(40)),
))  # fmt: skip

# Sheet name, its spec, the headings that must be there (a cell may still be empty), Thai name.
SHEETS: tuple[tuple[str, TableSpec, tuple[str, ...], str], ...] = (
    ("survey", SURVEY_SPEC, ("code", "title_th", "title_en", "fiscal_year"), "แบบสำรวจ"),
    ("questions", QUESTIONS_SPEC, ("code", "dimension", "type", "points", "text_th", "text_en"), "คำถาม"),
    ("choices", CHOICES_SPEC, ("question", "value", "label_th", "label_en"), "ตัวเลือก"),
)  # fmt: skip

# Where a design problem's field is in the workbook: (sheet, column key).
_SURVEY_FIELDS = {"title": "title_th", "target_segments": "target_segments"}
_QUESTION_FIELDS = {"text": "text_th", "choices": "", "questions": ""}
_CHOICE_FIELDS = {"label": "label_th"}


class StructureRefused(UserError):
    """Nothing was imported; ``problems`` are every one, each naming its sheet, row, column."""

    def __init__(self, path: Path, problems: list[Problem]) -> None:
        super().__init__(problems_error(path, problems).message)
        self.problems = problems


@dataclass(frozen=True)
class StructureImport:
    code: str
    saved: SavedSurvey
    questions: int

    @property
    def notices(self) -> list[Message]:
        return self.saved.notices()


@dataclass
class _Read:
    """A workbook read and checked: the design, if it could be built, and every problem."""

    problems: list[Problem] = field(default_factory=list)
    design: SurveyDesign | None = None
    survey_row: CheckedRow | None = None
    question_rows: list[CheckedRow] = field(default_factory=list)
    choice_rows: dict[int, list[CheckedRow]] = field(default_factory=dict)  # by question index

    def add(self, sheet: str, row: int | None, column: str | None, message: Message) -> None:
        self.problems.append(_placed(sheet, row, column, message))


def _placed(sheet: str, row: int | None, column: str | None, message: Message) -> Problem:
    """A problem that names its sheet: "Sheet “questions”, row 5, column C: ..." (row None:
    the sheet as a whole)."""
    params: dict[str, Any] = {"sheet": sheet, "problem": message}
    if row is None:
        text = QT_TRANSLATE_NOOP("SurveyStructure", "Sheet “{sheet}”: {problem}")
    elif column is None:
        text = QT_TRANSLATE_NOOP("SurveyStructure", "Sheet “{sheet}”, row {row}: {problem}")
        params["row"] = row
    else:
        text = QT_TRANSLATE_NOOP("SurveyStructure", "Sheet “{sheet}”, row {row}, column {column}: {problem}")  # fmt: skip
        params |= {"row": row, "column": column}
    return Problem(None, None, Message(CONTEXT, text, params))


def _msg(text: str, **params: Any) -> Message:
    return Message(CONTEXT, text, params)


def _read_workbook(path: Path) -> dict[str, Sheet]:
    """Each sheet of the workbook by its lower-cased name: headings in row 1, blank rows out."""
    from openpyxl import load_workbook

    from vocdesk.io.sheet import read_sheet

    if path.suffix.lower() not in {".xlsx", ".xlsm"}:
        raise user_error(CONTEXT, QT_TRANSLATE_NOOP("SurveyStructure", "{path} is not an Excel workbook (.xlsx); a questionnaire has three sheets: survey, questions and choices."),
                         path=str(path))  # fmt: skip
    read_sheet(path)  # a missing, unreadable or broken file is told in the user's words
    book = load_workbook(path, read_only=True, data_only=True)
    try:
        sheets = {}
        for worksheet in book.worksheets:
            rows = [list(row) for row in worksheet.iter_rows(values_only=True)]
            numbered = [SheetRow(n, r) for n, r in enumerate(rows, start=1)
                        if any(cell_text(v) for v in r)]  # fmt: skip
            headers = [cell_text(v) for v in rows[0]] if rows else []
            body = [r for r in numbered if r.number > 1]
            sheets[worksheet.title.strip().lower()] = Sheet(path, headers, body)
        return sheets
    finally:
        book.close()


def read_structure(
    path: Path, segment_codes: dict[str, uuid.UUID]
) -> tuple[SurveyDesign | None, list[Problem]]:
    """The design a workbook holds, and its problems (the design is None when any)."""
    read = _read(Path(path), segment_codes)
    return (read.design if not read.problems else None), read.problems


def _read(path: Path, segment_codes: dict[str, uuid.UUID]) -> _Read:
    read = _Read()
    sheets = _read_workbook(path)
    tables: dict[str, CheckedTable] = {}
    for name, spec, must_have, name_th in SHEETS:
        sheet = sheets.get(name) or sheets.get(name_th)
        if sheet is None:
            read.add(name, None, None, _msg(QT_TRANSLATE_NOOP("SurveyStructure", "the workbook has no sheet “{sheet}”."), sheet=name))  # fmt: skip
            continue
        mapping = match_columns(spec, sheet.headers)
        missing = [key for key in must_have if key not in mapping]
        for key in missing:
            column = spec.column(key)
            read.add(name, 1, None, _msg(QT_TRANSLATE_NOOP("SurveyStructure", "there is no column “{header}” (or “{header_th}”)."),
                                         header=column.header, header_th=column.header_th))  # fmt: skip
        if missing:
            continue
        if not sheet.rows and name != "choices":
            read.add(name, None, None, _msg(QT_TRANSLATE_NOOP("SurveyStructure", "the sheet has a heading row but no data rows.")))  # fmt: skip
            continue
        if not sheet.rows:
            tables[name] = CheckedTable(spec, path)
            continue
        table = check_sheet(sheet, spec, mapping)
        for p in table.problems:
            read.add(name, p.row, p.column, p.message)
        tables[name] = table
    if len(tables) < len(SHEETS):
        return read
    survey_rows = tables["survey"].rows
    if len(survey_rows) > 1:
        read.add("survey", survey_rows[1].number, None, _msg(QT_TRANSLATE_NOOP("SurveyStructure", "the sheet holds one survey: one row under the headings.")))  # fmt: skip
    read.survey_row = survey_rows[0]
    read.question_rows = tables["questions"].rows
    _build(read, tables["choices"].rows, segment_codes)
    return read


def _build(read: _Read, choice_rows: list[CheckedRow], segment_codes: dict[str, uuid.UUID]) -> None:
    row = read.survey_row
    assert row is not None
    v = row.values
    segment_ids = []
    for code in v["target_segments"] or []:
        if code in segment_codes:
            segment_ids.append(segment_codes[code])
        else:
            read.add("survey", row.number, row.letters.get("target_segments"), _unknown_segment(code, segment_codes))  # fmt: skip
    index_of: dict[str, int] = {}
    for i, q in enumerate(read.question_rows):
        index_of.setdefault((q.values["code"] or "").casefold(), i)
    choices: dict[int, list[ChoiceDesign]] = {}
    for c in choice_rows:
        cv = c.values
        index = index_of.get((cv["question"] or "").casefold())
        if index is None:
            if cv["question"]:
                read.add("choices", c.number, c.letters.get("question"), _msg(QT_TRANSLATE_NOOP("SurveyStructure", "there is no question “{code}” in the sheet “questions”."), code=cv["question"]))  # fmt: skip
            continue
        segment_id = None
        if cv["segment"]:
            segment_id = segment_codes.get(cv["segment"])
            if segment_id is None:
                read.add("choices", c.number, c.letters.get("segment"), _unknown_segment(cv["segment"], segment_codes))  # fmt: skip
        if cv["value"] is None:
            continue
        choices.setdefault(index, []).append(ChoiceDesign(cv["value"], cv["label_th"] or "", cv["label_en"] or "", segment_id))  # fmt: skip
        read.choice_rows.setdefault(index, []).append(c)
    questions = []
    for i, q in enumerate(read.question_rows):
        qv = q.values
        questions.append(QuestionDesign(
            code=qv["code"] or "", text_th=qv["text_th"] or "", text_en=qv["text_en"] or "",
            number=qv["number"] or "", section=qv["section"] or "", dimension=qv["dimension"] or "",
            type=qv["type"] or QuestionType.RATING, points=qv["points"],
            offers_no_opinion=bool(qv["offers_no_opinion"]), profile=qv["profile"],
            choices=tuple(choices.get(i, ())),
        ))  # fmt: skip
    read.design = SurveyDesign(
        code=v["code"] or "", title_th=v["title_th"] or "", title_en=v["title_en"] or "",
        kind=v["kind"] or SurveyKind.SATISFACTION, fiscal_year=v["fiscal_year"] or 0,
        round=1 if v["round"] is None else v["round"], method=v["method"] or SurveyMethod.PAPER,
        scale_points=5 if v["scale_points"] is None else v["scale_points"],
        band_convention=v["band_convention"] or BandConvention.EQUAL_WIDTH,
        target_sample=v["target_sample"], target_percent=v["target_percent"],
        opens_on=v["opens_on"], closes_on=v["closes_on"], notes=v["notes"] or "",
        segment_ids=tuple(segment_ids), questions=tuple(questions),
    )  # fmt: skip


def _unknown_segment(code: str, segment_codes: dict[str, uuid.UUID]) -> Message:
    return _msg(QT_TRANSLATE_NOOP("SurveyStructure", "there is no segment with the code “{code}”; the registry has: {codes}."),
                code=code, codes=", ".join(sorted(segment_codes)) or "—")  # fmt: skip


def _design_problem(read: _Read, p: DesignProblem) -> Problem:
    """Where in the workbook a design problem is."""
    if p.question is None and not p.question_code:
        row = read.survey_row
        key = _SURVEY_FIELDS.get(p.field, p.field)
        return _placed("survey", row.number if row else None, row.letters.get(key) if row else None, p.message)  # fmt: skip
    if p.question is None:  # a stored question the workbook leaves out
        return _placed("questions", None, None, p.as_message())
    if p.choice is not None:
        rows = read.choice_rows.get(p.question, [])
        if p.choice < len(rows):
            c = rows[p.choice]
            return _placed("choices", c.number, c.letters.get(_CHOICE_FIELDS.get(p.field, p.field)), p.message)  # fmt: skip
    q = read.question_rows[p.question]
    key = _QUESTION_FIELDS.get(p.field, p.field)
    return _placed("questions", q.number, q.letters.get(key) if key else None, p.message)


def import_structure(db: Database, path: Path) -> StructureImport:
    """Read, check and save a questionnaire workbook: all or nothing.

    Raises ``UserError`` listing every problem by sheet, row and column when there are any.
    Needs the permission IMPORT (docs/permissions.md).
    """
    require(db, Permission.IMPORT)
    path = Path(path)
    service = SurveyDesignService(db)
    segment_codes = {s.code: s.id for s in service.segments()}
    read = _read(path, segment_codes)
    if read.problems or read.design is None:
        raise StructureRefused(path, read.problems)
    try:
        saved = service.save_by_code(read.design)
    except InvalidSurveyDesign as error:
        raise StructureRefused(path, [_design_problem(read, p) for p in error.problems]) from None
    return StructureImport(read.design.code.strip(), saved, len(read.design.questions))


def export_structure(db: Database, code: str, path: Path) -> int:
    """Write survey ``code``'s design to ``path`` (XLSX) through a partial file; the number of
    questions. An unknown code is a ``UserError``. Needs the permission EXPORT; put on the audit
    trail (``services.audit_exports``)."""
    import os

    require(db, Permission.EXPORT)
    path = Path(path)
    service = SurveyDesignService(db)
    survey_id = service.find(code)
    if survey_id is None:
        raise user_error(CONTEXT, QT_TRANSLATE_NOOP("SurveyStructure", "There is no survey with the code “{code}”."), code=code)  # fmt: skip
    design = service.read(survey_id).design
    codes = {s.id: s.code for s in service.segments()}
    sheets = _sheets_of(design, codes)
    partial = path.with_name(f".{path.stem}.partial{path.suffix}")
    try:
        _write_workbook(sheets, partial)
        os.replace(partial, path)
    except OSError as exc:
        raise user_error("TableExport", QT_TRANSLATE_NOOP("TableExport", "The file {path} could not be written: {reason}"),
                         path=str(path), reason=exc.strerror or str(exc)) from exc  # fmt: skip
    finally:
        partial.unlink(missing_ok=True)
    record_export(db, "survey", path, len(design.questions))
    return len(design.questions)


def _blank(value: Any) -> Any:
    return "" if value is None else value


def _sheets_of(design: SurveyDesign, codes: dict[uuid.UUID, str]) -> list[tuple[str, list[str], list[list[Any]]]]:  # fmt: skip
    survey = [
        design.code, design.title_th, design.title_en, design.fiscal_year, design.kind.value,
        design.round, design.method.value, design.scale_points, design.band_convention.value,
        _blank(design.target_sample), _blank(design.target_percent),
        "; ".join(codes[s] for s in design.segment_ids if s in codes),
        format_date(design.opens_on), format_date(design.closes_on), design.notes,
    ]  # fmt: skip
    questions = [
        [q.code, q.number, q.section, q.dimension, q.type.value, _blank(q.points), q.text_th,
         q.text_en, format_bool(q.offers_no_opinion), q.profile.value if q.profile else ""]
        for q in design.questions
    ]  # fmt: skip
    choices = [
        [q.code, c.value, c.label_th, c.label_en, codes.get(c.segment_id, "") if c.segment_id else ""]
        for q in design.questions for c in q.choices
    ]  # fmt: skip
    return [
        ("survey", SURVEY_SPEC.headers, [survey]),
        ("questions", QUESTIONS_SPEC.headers, questions),
        ("choices", CHOICES_SPEC.headers, choices),
    ]


def _write_workbook(sheets: list[tuple[str, list[str], list[list[Any]]]], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    for name, headers, rows in sheets:
        sheet = book.create_sheet(name)
        sheet.append(headers)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for values in rows:
            sheet.append(values)
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                if cell.data_type == "f":  # a text that openpyxl took for a formula stays a text
                    cell.data_type = "s"
        sheet.freeze_panes = "A2"
    book.save(path)
