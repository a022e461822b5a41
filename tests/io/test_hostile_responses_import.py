"""Hostile files for the survey responses importer (issue 17), covered here directly: it is not
in ``services.transfer.IMPORTERS``, whose contract builds an importer as ``Class(db,
value_maps=None)`` for a fixed spec, while a responses file belongs to one survey and its
columns are that survey's questions (``ResponsesImporter(db, survey_id)``, or ``for_code``).
It follows the rest of the contract (``check``, ``apply``, ``import_file``), so the same
properties are asked of it as of the registered kinds (``test_hostile_input.py``): Hypothesis
writes CSV and XLSX files with the survey's headings (codes, texts, the optional columns),
unknown or duplicated ones, hostile cells (formula injection, SQL-like text, RTL and zero-width
marks, emoji, control characters, huge cells, out-of-scale and odd numbers, dates out of range)
in several encodings, and binary junk. What must hold: imported, or refused with a UserError
and nothing written; memory bounded; the file sound."""

from __future__ import annotations

import csv
import io
import tracemalloc
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis")  # the dev extra (pyproject.toml) brings it

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from openpyxl import Workbook  # noqa: E402
from sqlalchemy import inspect, text  # noqa: E402

from vocdesk.domain.enums import QuestionType, SurveyKind  # noqa: E402
from vocdesk.domain.messages import UserError  # noqa: E402
from vocdesk.services.database import Database, open_database  # noqa: E402
from vocdesk.services.surveys.design import (  # noqa: E402
    ChoiceDesign,
    QuestionDesign,
    SurveyDesign,
    SurveyDesignService,
)
from vocdesk.services.surveys.responses_import import ResponsesImporter  # noqa: E402
from vocdesk.services.transfer import IMPORTERS, import_file  # noqa: E402

PEAK_LIMIT = 150_000_000  # bytes traced while one hostile file is read, checked and imported
SETTINGS = settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
HOSTILE = st.sampled_from([
    "=cmd|' /C calc'!A0", "+SUM(1+1)*cmd|' /C calc'!A0", "@SUM(A1:A9)", "-2+3",
    "'; DROP TABLE survey_answer; --", "\" OR 1=1 --", "\u202eมากที่สุด", "\u200bมาก\u200cที่สุด\ufeff",
    "😀🇹🇭", "\x00\x01\x1b[31m", "สมศรี\r\nใจดี", "9999-12-31", "0001-01-01", "31/02/2569",
    "๓๑/๑๒/๒๕๖๙", "1e308", "-0", "NaN", "inf", "5", "6", "0", "-1", "5.5", "๕", "มากที่สุด",
    "Very high", "5 = มากที่สุด", "ไม่มีความเห็น", "โทร; เว็บ", "1,2,3", "ก" * 5000, "x" * 200_000,
    "", " ",
])  # fmt: skip
CELL = st.one_of(HOSTILE, st.text(max_size=40), st.integers().map(str))


def _row_counts(db: Database) -> dict[str, int]:
    with db.engine.connect() as connection:
        names = inspect(connection).get_table_names()
        return {
            n: connection.execute(text(f'SELECT count(*) FROM "{n}"')).scalar_one() for n in names
        }


@pytest.fixture(scope="module")
def survey(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, uuid.UUID]]:
    db, _ = open_database(tmp_path_factory.mktemp("hostile_responses") / "responses.sqlite")
    survey_id = SurveyDesignService(db).create(SurveyDesign(
        code="HOSTILE", title_th="แบบสำรวจ", kind=SurveyKind.SATISFACTION, fiscal_year=2569,
        questions=(
            QuestionDesign("Q1.1", "ความสะดวกในการติดต่อ", "Ease of contact", number="1.1",
                           points=5, offers_no_opinion=True),
            QuestionDesign("Q1.2", "ความรวดเร็ว", "Speed", number="1.2", points=5),
            QuestionDesign("AGE", "อายุ", "Age", type=QuestionType.NUMBER),
            QuestionDesign("SUGGEST", "ข้อเสนอแนะ", "Suggestions", type=QuestionType.TEXT),
            QuestionDesign("CH", "ช่องทาง", "Channel", type=QuestionType.SINGLE,
                           choices=(ChoiceDesign(1, "โทร", "Phone"), ChoiceDesign(2, "เว็บ", "Web"))),
            QuestionDesign("SV", "บริการ", "Services", type=QuestionType.MULTIPLE,
                           choices=(ChoiceDesign(1, "ก", "A"), ChoiceDesign(2, "ข", "B"))),
        ),
    )).id  # fmt: skip
    yield db, survey_id
    db.dispose()


def _headings(importer: ResponsesImporter) -> list[str]:
    names = [h for c in importer.spec.columns for h in (c.header, c.header_th) if h]
    return [*names, "1.1 ความสะดวกในการติดต่อ", "ข้อ 1.2 ความรวดเร็ว", "Timestamp", "อีเมล"]


def _write(path: Path, rows: list[list[str]], encoding: str) -> None:
    if path.suffix == ".xlsx":
        book = Workbook(write_only=True)
        sheet = book.create_sheet()
        for row in rows:  # openpyxl refuses control characters: they stay in CSV cases
            sheet.append(["".join(ch for ch in c if ch >= " " or ch in "\t\n\r") for c in row])
        book.save(path)
        return
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding, errors="replace"))


def _import_holds(db: Database, survey_id: uuid.UUID, path: Path) -> None:
    before = _row_counts(db)
    tracemalloc.start()
    try:
        import_file(ResponsesImporter(db, survey_id), path)
    except UserError as refused:
        assert refused.message.english().strip()
        assert _row_counts(db) == before, "a refused import wrote rows"
    finally:
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert peak < PEAK_LIMIT, f"{peak / 1e6:.0f} MB traced"
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"


def test_the_responses_importer_is_not_a_registered_kind() -> None:
    """Why it is covered here: the registry's kinds are built without a survey."""
    assert "responses" not in IMPORTERS


@SETTINGS
@given(data=st.data())
def test_a_hostile_responses_file_is_imported_or_refused_never_half_written(
    survey: tuple[Database, uuid.UUID], tmp_path_factory: pytest.TempPathFactory,
    data: st.DataObject,
) -> None:  # fmt: skip
    db, survey_id = survey
    headings = _headings(ResponsesImporter(db, survey_id))
    chosen = data.draw(st.lists(st.sampled_from(headings), min_size=1, max_size=len(headings)))
    extra = data.draw(st.lists(CELL, max_size=3))  # unknown, hostile or duplicated headings
    many = data.draw(st.sampled_from([0, 0, 0, 300]))  # sometimes a very wide sheet
    header = [*chosen, *extra, *(f"col{i}" for i in range(many))]
    rows = data.draw(st.lists(st.lists(CELL, min_size=len(header), max_size=len(header)),
                              min_size=0, max_size=6))  # fmt: skip
    suffix = data.draw(st.sampled_from([".csv", ".xlsx"]))
    encoding = data.draw(st.sampled_from(["utf-8", "utf-8-sig", "cp874", "utf-16"]))
    path = tmp_path_factory.mktemp("responses") / f"hostile{suffix}"
    _write(path, [header, *rows], encoding)

    _import_holds(db, survey_id, path)


@SETTINGS
@given(junk=st.binary(min_size=0, max_size=4096), suffix=st.sampled_from([".csv", ".xlsx"]))
def test_binary_junk_as_responses_is_refused_clearly(
    survey: tuple[Database, uuid.UUID], tmp_path_factory: pytest.TempPathFactory,
    junk: bytes, suffix: str,
) -> None:  # fmt: skip
    db, survey_id = survey
    path = tmp_path_factory.mktemp("responses_junk") / f"junk{suffix}"
    path.write_bytes((b"PK\x03\x04" if suffix == ".xlsx" else b"") + junk)

    _import_holds(db, survey_id, path)


def test_a_good_responses_file_still_imports(
    survey: tuple[Database, uuid.UUID], tmp_path: Path
) -> None:
    """The properties above are not met by refusing everything."""
    db, survey_id = survey
    path = tmp_path / "good.csv"
    _write(path, [["form_number", "Q1.1", "Q1.2", "AGE", "SUGGEST", "CH", "SV"],
                  ["G-1", "5", "มากที่สุด", "42", "=ดีมาก", "เว็บ", "ก; ข"]], "utf-8")  # fmt: skip
    summary = import_file(ResponsesImporter(db, survey_id), path)
    assert summary.total == 1
