"""Reading the public-holiday list: CSV in UTF-8 or Thai Windows text, XLSX, B.E. dates, and
every problem of a file listed with the row and column a spreadsheet shows."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pandas as pd
import pytest

from vocdesk.domain.messages import UserError
from vocdesk.io.holidays_file import MAX_LISTED_PROBLEMS, HolidayRow, read_holidays


def _problems(error: UserError) -> list[str]:
    return error.message.english().splitlines()[1:]


def test_a_utf8_csv_with_a_byte_order_mark_and_english_headings(tmp_path: Path) -> None:
    source = tmp_path / "holidays.csv"
    source.write_text(
        "date,name,note\n2026-01-01,New Year's Day,fixed\n2026-03-03,Makha Bucha Day,lunar\n",
        encoding="utf-8-sig",
    )

    assert read_holidays(source) == [
        HolidayRow(date(2026, 1, 1), "New Year's Day"),
        HolidayRow(date(2026, 3, 3), "Makha Bucha Day"),
    ]


def test_a_thai_windows_cp874_csv_with_thai_headings_and_be_dates(tmp_path: Path) -> None:
    source = tmp_path / "วันหยุด 2569.csv"
    source.write_bytes(
        "วันที่,ชื่อวันหยุด\r\n03/03/2569,วันมาฆบูชา\r\n13/04/2569,วันสงกรานต์\r\n\r\n".encode("cp874")
    )

    assert read_holidays(source) == [
        HolidayRow(date(2026, 3, 3), "วันมาฆบูชา"),
        HolidayRow(date(2026, 4, 13), "วันสงกรานต์"),
    ]


def test_the_heading_วันหยุด_names_the_holiday_and_ce_day_first_dates_are_read(tmp_path: Path) -> None:
    source = tmp_path / "holidays.csv"
    source.write_text("วันหยุด,วันที่\nวันแรงงาน,01/05/2026\n", encoding="utf-8")

    assert read_holidays(source) == [HolidayRow(date(2026, 5, 1), "วันแรงงาน")]


def test_an_xlsx_with_real_excel_dates_and_typed_be_dates(tmp_path: Path) -> None:
    source = tmp_path / "holidays.xlsx"
    pd.DataFrame({
        "วันที่": [datetime(2026, 5, 31), "28/07/2569", date(2026, 12, 10)],
        "ชื่อวันหยุด": ["วันวิสาขบูชา", "วันเฉลิมพระชนมพรรษา", "วันรัฐธรรมนูญ"],
    }).to_excel(source, index=False)  # fmt: skip

    assert read_holidays(source) == [
        HolidayRow(date(2026, 5, 31), "วันวิสาขบูชา"),
        HolidayRow(date(2026, 7, 28), "วันเฉลิมพระชนมพรรษา"),
        HolidayRow(date(2026, 12, 10), "วันรัฐธรรมนูญ"),
    ]


def test_every_problem_is_listed_with_its_row_and_column_and_nothing_is_returned(tmp_path: Path) -> None:
    source = tmp_path / "holidays.csv"
    source.write_text(
        "name,date\n"
        "Good,2026-01-01\n"  # row 2
        "Bad date,31/02/2569\n"  # row 3
        ",2026-01-02\n"  # row 4: no name
        "Twice,2026-01-01\n"  # row 5: the date of row 2 again
        "Words,next monday\n",  # row 6
        encoding="utf-8",
    )

    with pytest.raises(UserError) as caught:
        read_holidays(source)

    assert caught.value.message.context == "HolidayImport"
    assert "4 problems" in caught.value.message.english()
    assert _problems(caught.value) == [
        "Row 3, column B: “31/02/2569” is not a valid date: check the day and month.",
        "Row 4, column A: the holiday has no name.",
        "Row 5, column B: 2026-01-01 is already listed on row 2.",
        "Row 6, column B: “next monday” is not a date: type it as dd/mm/yyyy, for example 01/10/2567.",
    ]


def test_missing_columns_are_both_reported(tmp_path: Path) -> None:
    source = tmp_path / "holidays.csv"
    source.write_text("when,what\n2026-01-01,New Year\n", encoding="utf-8")

    with pytest.raises(UserError) as caught:
        read_holidays(source)

    problems = _problems(caught.value)
    assert len(problems) == 2
    assert "no date column" in problems[0]
    assert "no holiday name column" in problems[1]


def test_a_long_list_of_problems_is_cut_at_twenty_with_how_many_more(tmp_path: Path) -> None:
    source = tmp_path / "holidays.csv"
    source.write_text("date,name\n" + "".join(f"not a date {i},x\n" for i in range(25)), encoding="utf-8")

    with pytest.raises(UserError) as caught:
        read_holidays(source)

    problems = _problems(caught.value)
    assert len(problems) == MAX_LISTED_PROBLEMS + 1
    assert problems[0].startswith("Row 2, column A:")
    assert problems[-1] == "… and 5 more problems."
    assert "25 problems" in caught.value.message.english()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "is empty"),
        (b"\n\n", "is empty"),
        (b"date,name\n", "no holidays"),
        ("date,name\n2026-01-01,ปีใหม่\n".encode("utf-16"), "neither UTF-8 nor Thai Windows"),
    ],
)
def test_empty_and_unreadable_files_are_refused(tmp_path: Path, content: bytes, expected: str) -> None:
    source = tmp_path / "holidays.csv"
    source.write_bytes(content)

    with pytest.raises(UserError, match=expected):
        read_holidays(source)


def test_a_missing_file_and_a_broken_workbook_are_refused(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="could not be read"):
        read_holidays(tmp_path / "absent.csv")
    broken = tmp_path / "holidays.xlsx"
    broken.write_bytes(b"not a zip file at all")
    with pytest.raises(UserError, match="could not be read"):
        read_holidays(broken)
