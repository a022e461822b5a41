"""The public-holiday list through the import framework: CSV in UTF-8 or Thai Windows text, XLSX,
B.E. dates, every problem listed with the row and column a spreadsheet shows, all or nothing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pandas as pd
import pytest

from vocdesk.domain.messages import UserError
from vocdesk.io.table_spec import MAX_LISTED_PROBLEMS
from vocdesk.services.database import Database, open_database
from vocdesk.services.holidays import (
    HolidayExporter,
    HolidayImporter,
    HolidayRow,
    HolidaysService,
)
from vocdesk.services.transfer import IMPORTERS, check_file, import_file, importer_for


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "office.sqlite")
    yield database
    database.dispose()


def _rows(db: Database, path: Path) -> list[HolidayRow]:
    table = check_file(HolidayImporter(db), path)
    assert table.ok, [p.as_message().english() for p in table.problems]
    return [HolidayRow(row.values["day"], row.values["name"]) for row in table.rows]


def _problems(error: UserError) -> list[str]:
    return error.message.english().splitlines()[1:]


def test_the_holidays_kind_is_registered_and_built_with_the_database(db: Database) -> None:
    assert "holidays" in IMPORTERS
    assert isinstance(importer_for("holidays", db), HolidayImporter)


def test_a_utf8_csv_with_a_byte_order_mark_and_english_headings(
    db: Database, tmp_path: Path
) -> None:
    source = tmp_path / "holidays.csv"
    source.write_text(
        "date,name,note\n2026-01-01,New Year's Day,fixed\n2026-03-03,Makha Bucha Day,lunar\n",
        encoding="utf-8-sig",
    )

    assert _rows(db, source) == [
        HolidayRow(date(2026, 1, 1), "New Year's Day"),
        HolidayRow(date(2026, 3, 3), "Makha Bucha Day"),
    ]


def test_a_thai_windows_cp874_csv_with_thai_headings_and_be_dates(
    db: Database, tmp_path: Path
) -> None:
    source = tmp_path / "วันหยุด 2569.csv"
    source.write_bytes(
        "วันที่,ชื่อวันหยุด\r\n03/03/2569,วันมาฆบูชา\r\n13/04/2569,วันสงกรานต์\r\n\r\n".encode("cp874")
    )

    assert _rows(db, source) == [
        HolidayRow(date(2026, 3, 3), "วันมาฆบูชา"),
        HolidayRow(date(2026, 4, 13), "วันสงกรานต์"),
    ]


def test_the_heading_วันหยุด_names_the_holiday_and_ce_day_first_dates_are_read(
    db: Database, tmp_path: Path
) -> None:
    source = tmp_path / "holidays.csv"
    source.write_text("วันหยุด,วันที่\nวันแรงงาน,01/05/2026\n", encoding="utf-8")

    assert _rows(db, source) == [HolidayRow(date(2026, 5, 1), "วันแรงงาน")]


def test_an_xlsx_with_real_excel_dates_and_typed_be_dates(db: Database, tmp_path: Path) -> None:
    source = tmp_path / "holidays.xlsx"
    pd.DataFrame({
        "วันที่": [datetime(2026, 5, 31), "28/07/2569", date(2026, 12, 10)],
        "ชื่อวันหยุด": ["วันวิสาขบูชา", "วันเฉลิมพระชนมพรรษา", "วันรัฐธรรมนูญ"],
    }).to_excel(source, index=False)  # fmt: skip

    assert _rows(db, source) == [
        HolidayRow(date(2026, 5, 31), "วันวิสาขบูชา"),
        HolidayRow(date(2026, 7, 28), "วันเฉลิมพระชนมพรรษา"),
        HolidayRow(date(2026, 12, 10), "วันรัฐธรรมนูญ"),
    ]


def test_every_problem_is_listed_with_its_row_and_column_and_nothing_is_imported(
    db: Database, tmp_path: Path
) -> None:
    source = tmp_path / "holidays.csv"
    source.write_text(
        "name,date\n"
        "Good,2031-01-01\n"  # row 2
        "Bad date,31/02/2574\n"  # row 3
        ",2031-01-02\n"  # row 4: no name
        "Twice,2031-01-01\n"  # row 5: the date of row 2 again
        "Words,next monday\n",  # row 6
        encoding="utf-8",
    )
    before = HolidaysService(db).list_holidays()

    with pytest.raises(UserError) as caught:
        import_file(HolidayImporter(db), source)

    assert "Nothing was imported" in caught.value.message.english()
    # The duplicate date is found by the kind's own check, once every cell has been read.
    assert _problems(caught.value) == [
        "Row 3, column B: “31/02/2574” is not a valid date: check the day and month.",
        "Row 4, column A: “name” is required.",
        "Row 6, column B: “next monday” is not a date: type it as dd/mm/yyyy, for example 01/10/2567.",
    ]
    assert HolidaysService(db).list_holidays() == before


def test_a_date_twice_in_the_file_is_named_with_its_first_row(db: Database, tmp_path: Path) -> None:
    source = tmp_path / "holidays.csv"
    source.write_text("date,name\n2031-01-01,a\n2031-01-02,b\n01/01/2574,c\n", encoding="utf-8")

    table = check_file(HolidayImporter(db), source)

    assert [p.as_message().english() for p in table.problems] == [
        "Row 4, column A: 2031-01-01 is already listed on row 2."
    ]


def test_missing_columns_are_both_reported(db: Database, tmp_path: Path) -> None:
    source = tmp_path / "holidays.csv"
    source.write_text("when,what\n2026-01-01,New Year\n", encoding="utf-8")

    with pytest.raises(UserError) as caught:
        import_file(HolidayImporter(db), source)

    problems = _problems(caught.value)
    assert problems == [
        "Row 1: there is no column “date” (or “วันที่”).",
        "Row 1: there is no column “name” (or “ชื่อวันหยุด”).",
    ]


def test_a_long_list_of_problems_is_cut_with_how_many_more(db: Database, tmp_path: Path) -> None:
    source = tmp_path / "holidays.csv"
    source.write_text("date,name\n" + "".join(f"not a date {i},x\n" for i in range(MAX_LISTED_PROBLEMS + 5)),
                      encoding="utf-8")  # fmt: skip

    with pytest.raises(UserError) as caught:
        import_file(HolidayImporter(db), source)

    problems = _problems(caught.value)
    assert len(problems) == MAX_LISTED_PROBLEMS + 1
    assert problems[0].startswith("Row 2, column A:")
    assert problems[-1] == "… and 5 more problems."


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "is empty"),
        (b"\n\n", "is empty"),
        (b"date,name\n", "no data rows"),
        ("date,name\n2026-01-01,ปีใหม่\n".encode("utf-16"), "neither UTF-8 nor Thai Windows"),
    ],
)
def test_empty_and_unreadable_files_are_refused(
    db: Database, tmp_path: Path, content: bytes, expected: str
) -> None:
    source = tmp_path / "holidays.csv"
    source.write_bytes(content)

    with pytest.raises(UserError, match=expected):
        import_file(HolidayImporter(db), source)


def test_a_missing_file_and_a_broken_workbook_are_refused(db: Database, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="could not be read"):
        import_file(HolidayImporter(db), tmp_path / "absent.csv")
    broken = tmp_path / "holidays.xlsx"
    broken.write_bytes(b"not a zip file at all")
    with pytest.raises(UserError, match="could not be read"):
        import_file(HolidayImporter(db), broken)


def test_importing_again_renames_known_dates_instead_of_adding_them(
    db: Database, tmp_path: Path
) -> None:
    source = tmp_path / "holidays.csv"
    source.write_text("date,name\n2031-03-03,Makha Bucha\n", encoding="utf-8")
    assert import_file(HolidayImporter(db), source).added == 1
    source.write_text("date,name\n2031-03-03,วันมาฆบูชา\n2031-05-31,วันวิสาขบูชา\n", encoding="utf-8")

    summary = import_file(HolidayImporter(db), source)

    assert (summary.added, summary.updated) == (1, 1)
    assert HolidayRow(date(2031, 3, 3), "วันมาฆบูชา") in HolidaysService(db).list_holidays(2031)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_export_imports_again_unchanged(db: Database, tmp_path: Path, suffix: str) -> None:
    HolidaysService(db).import_holidays(
        [HolidayRow(date(2031, 3, 3), "=วันมาฆบูชา"), HolidayRow(date(2031, 5, 31), "วันวิสาขบูชา")]
    )
    before = HolidaysService(db).list_holidays()
    exported = tmp_path / f"holidays{suffix}"

    count = HolidayExporter(db).export(exported)
    summary = import_file(HolidayImporter(db), exported)

    assert count == len(before)
    assert (summary.added, summary.updated) == (0, len(before))
    assert HolidaysService(db).list_holidays() == before


def test_an_export_with_search_writes_only_the_matching_holidays(
    db: Database, tmp_path: Path
) -> None:
    HolidaysService(db).import_holidays(
        [HolidayRow(date(2031, 3, 3), "วันมาฆบูชา"), HolidayRow(date(2031, 5, 31), "วันวิสาขบูชา")]
    )
    exported = tmp_path / "bucha.csv"

    assert HolidayExporter(db).export(exported, search="มาฆ") == 1
    assert exported.read_text(encoding="utf-8-sig").splitlines() == [
        "date,name",
        "2031-03-03,วันมาฆบูชา",
    ]


def test_a_failed_export_leaves_the_previous_file_untouched_and_no_partial_file(
    tmp_path: Path,
) -> None:
    from vocdesk.services.transfer import export_file

    database, _ = open_database(tmp_path / "gone.sqlite")
    target = tmp_path / "holidays.csv"
    target.write_text("date,name\n2031-01-01,kept\n", encoding="utf-8")
    database.dispose()
    for leftover in tmp_path.glob("gone.sqlite*"):
        leftover.unlink()  # the database vanished (a network drive, say): the query fails

    with pytest.raises(Exception):  # noqa: B017,PT011 - whatever the driver raises
        export_file(HolidayExporter(database), target)

    assert target.read_text(encoding="utf-8") == "date,name\n2031-01-01,kept\n"
    assert [p.name for p in tmp_path.iterdir() if "partial" in p.name] == []
