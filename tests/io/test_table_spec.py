"""Checking a whole sheet against a table spec: heading matching in English and Thai, every problem
with its row and column letter, duplicates within a file, and one capped message for the user."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from vocdesk.domain.enums import Sentiment
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, Message
from vocdesk.io.cells import enum_parser, int_parser, parse_date
from vocdesk.io.sheet import read_sheet
from vocdesk.io.table_spec import (
    MAX_LISTED_PROBLEMS,
    CheckedTable,
    Column,
    Problem,
    TableSpec,
    check_sheet,
    duplicate_problems,
    heading_key,
    match_columns,
    problems_error,
)

SPEC = TableSpec(
    "visits",
    (
        Column("visited_on", "visited on", "วันที่เยี่ยม", "The day.", parse_date, required=True),
        Column("score", "score", "คะแนน", "1-5.", int_parser(1, 5)),
        Column(
            "sentiment",
            "sentiment",
            "ความรู้สึก",
            "positive/neutral/negative.",
            enum_parser(Sentiment),
        ),
        Column("note", "note", "หมายเหตุ", "Free text.", aliases=("remark",)),
    ),
)


def _sheet(tmp_path: Path, text: str):
    source = tmp_path / "visits.csv"
    source.write_text(text, encoding="utf-8")
    return read_sheet(source)


def _english(problems: list[Problem]) -> list[str]:
    return [p.as_message().english() for p in problems]


def test_headings_match_in_english_thai_aliases_any_case_and_spacing() -> None:
    headers = ["\ufeffVisited_On", "คะแนน", "Remark", "other"]

    assert match_columns(SPEC, headers) == {"visited_on": 0, "score": 1, "note": 2}
    assert heading_key("  Visited   ON ") == heading_key("visited_on") == "visited on"


def test_good_rows_are_read_into_values_by_key_with_missing_columns_as_none(tmp_path: Path) -> None:
    sheet = _sheet(tmp_path, "วันที่เยี่ยม,คะแนน,other\n01/03/2569,5,x\n2026-03-02,,y\n")

    table = check_sheet(sheet, SPEC)

    assert table.ok
    assert [row.values for row in table.rows] == [
        {"visited_on": date(2026, 3, 1), "score": 5, "sentiment": None, "note": None},
        {"visited_on": date(2026, 3, 2), "score": None, "sentiment": None, "note": None},
    ]
    assert table.rows[0].letters == {"visited_on": "A", "score": "B"}


def test_every_problem_is_listed_with_its_row_and_letter(tmp_path: Path) -> None:
    sheet = _sheet(tmp_path, "note,sentiment,score,visited on\n"
                             "ok,positive,3,2026-03-01\n"
                             "bad,happy,9,\n"
                             "worse,,x,31/02/2569\n")  # fmt: skip

    table = check_sheet(sheet, SPEC)

    assert _english(table.problems) == [
        "Row 3, column D: “visited on” is required.",
        "Row 3, column C: 9 is outside 1–5.",
        "Row 3, column B: “happy” is not one of: positive, neutral, negative.",
        "Row 4, column D: “31/02/2569” is not a valid date: check the day and month.",
        "Row 4, column C: “x” is not a whole number.",
    ]
    assert len(table.rows) == 3  # every row is still read, so the kind's own checks see them


def test_a_missing_required_column_is_named_in_both_languages_and_no_row_is_read(
    tmp_path: Path,
) -> None:
    table = check_sheet(_sheet(tmp_path, "score\n3\n"), SPEC)

    assert _english(table.problems) == ["Row 1: there is no column “visited on” (or “วันที่เยี่ยม”)."]
    assert table.rows == []


def test_a_heading_row_without_data_is_a_problem_of_the_file(tmp_path: Path) -> None:
    table = check_sheet(_sheet(tmp_path, "visited on\n"), SPEC)

    assert _english(table.problems) == ["The file has a heading row but no data rows."]


def test_a_mapping_chosen_by_the_user_replaces_the_headings(tmp_path: Path) -> None:
    sheet = _sheet(tmp_path, "when,points\n2026-03-01,4\n")

    table = check_sheet(sheet, SPEC, {"visited_on": 0, "score": 1})

    assert table.ok and table.rows[0].values["score"] == 4


def test_progress_is_reported_with_the_total(tmp_path: Path) -> None:
    sheet = _sheet(tmp_path, "visited on\n" + "2026-03-01\n" * 2500)
    calls: list[tuple[int, int]] = []

    check_sheet(sheet, SPEC, progress=lambda done, total: calls.append((done, total)))

    assert calls == [(1000, 2500), (2000, 2500), (2500, 2500)]


def test_duplicate_problems_name_the_first_row_and_skip_empty_values(tmp_path: Path) -> None:
    sheet = _sheet(
        tmp_path, "visited on,note\n2026-03-01,a\n2026-03-02,\n01/03/2569,b\n2026-03-02,c\n"
    )
    table = check_sheet(sheet, SPEC)

    by_day = duplicate_problems(
        table,
        "visited_on",
        QT_TRANSLATE_NOOP("TableCheck", "{value} is already listed on row {first_row}."),
    )
    by_note = duplicate_problems(table, "note", "{value} again, first on row {first_row}.")

    assert _english(by_day) == ["Row 4, column A: 2026-03-01 is already listed on row 2.",
                                "Row 5, column A: 2026-03-02 is already listed on row 3."]  # fmt: skip
    assert by_note == []


def test_duplicate_problems_compare_list_values_too(tmp_path: Path) -> None:
    table = CheckedTable(SPEC, tmp_path / "x.csv")
    from vocdesk.io.table_spec import CheckedRow

    table.rows = [
        CheckedRow(2, {"note": ["a", "b"]}, {"note": "D"}),
        CheckedRow(3, {"note": ["a", "b"]}, {"note": "D"}),
    ]

    assert _english(
        duplicate_problems(table, "note", "{value} again, first on row {first_row}.")
    ) == ["Row 3, column D: ['a', 'b'] again, first on row 2."]


def test_problems_error_sorts_by_row_and_column_and_caps_the_list(tmp_path: Path) -> None:
    message = Message("TableCheck", "bad")
    problems = [Problem(row, letter, message) for row in range(40, 1, -1) for letter in ("AA", "B")]
    problems.append(Problem(None, None, Message("TableCheck", "whole file")))

    error = problems_error(tmp_path / "visits.csv", problems)

    lines = error.message.english().splitlines()
    assert lines[0] == (f"Nothing was imported: {tmp_path / 'visits.csv'} has {len(problems)} problems. "
                        "Correct them and import the whole file again.")  # fmt: skip
    assert lines[1] == "whole file"
    assert lines[2:4] == [
        "Row 2, column B: bad",
        "Row 2, column AA: bad",
    ]  # B before AA, as in the sheet
    assert len(lines) == 1 + MAX_LISTED_PROBLEMS + 1
    assert lines[-1] == f"… and {len(problems) - MAX_LISTED_PROBLEMS} more problems."


def test_problems_error_says_one_problem_and_one_more_in_the_singular(tmp_path: Path) -> None:
    message = Message("TableCheck", "bad")

    one = (
        problems_error(tmp_path / "visits.csv", [Problem(2, "B", message)])
        .message.english()
        .splitlines()
    )
    assert one == [f"Nothing was imported: {tmp_path / 'visits.csv'} has one problem. "
                   "Correct it and import the whole file again.", "Row 2, column B: bad"]  # fmt: skip

    problems = [Problem(row, "B", message) for row in range(2, 3 + MAX_LISTED_PROBLEMS)]
    lines = problems_error(tmp_path / "visits.csv", problems).message.english().splitlines()
    assert lines[-1] == "… and one more problem."


def test_a_problem_without_a_column_names_only_the_row() -> None:
    assert (
        Problem(7, None, Message("TableCheck", "no match")).as_message().english()
        == "Row 7: no match"
    )


@pytest.mark.parametrize("header", ["visited on", "วันที่เยี่ยม", "VISITED_ON"])
def test_a_column_accepts_its_headings(header: str) -> None:
    assert SPEC.column("visited_on").accepts(header)
    assert SPEC.headers == ["visited on", "score", "sentiment", "note"]
