"""Issue 17's fault table, the file rows: what the reader and the writer do with hostile files,
each fault reproduced as the probe found it.

Full disks are made real with RLIMIT_FSIZE in a child process (the kernel refuses the write
that would pass the limit; SIGXFSZ ignored so the write fails instead of killing), kills with a
real SIGKILL of a child in the middle of an export.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
import tracemalloc
from pathlib import Path

import pytest
from openpyxl import Workbook

from vocdesk.domain.messages import UserError
from vocdesk.io.cells import parse_date
from vocdesk.io.sheet import CSV_CELL_LIMIT, read_sheet
from vocdesk.io.table_file import partial_path
from vocdesk.io.table_spec import (
    MAX_KEPT_PROBLEMS,
    Column,
    TableSpec,
    check_sheet,
    match_columns,
    problems_error,
)

SPEC = TableSpec(
    "probe",
    (
        Column("day", "date", "วันที่รับเรื่อง", "", parse=parse_date, required=True),
        Column("national_id", "national id", "เลขประจำตัวประชาชน", ""),
        Column("name", "name", "ชื่อ", ""),
    ),
)


# -- reading ----------------------------------------------------------------------------------


def test_an_xlsx_with_a_stray_cell_in_column_xfd_is_read_within_the_headings_width(
    tmp_path: Path,
) -> None:
    # Before: every row came back 16,384 cells wide (20,000 rows took 2.8 GB and 29 s).
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["date", "name"])
    for row in range(2, 5002):
        sheet.cell(row, 1, "2026-01-05")
        sheet.cell(row, 2, f"ชื่อ {row}")
        sheet.cell(row, 16384, "x")  # column XFD
    source = tmp_path / "wide.xlsx"
    book.save(source)

    tracemalloc.start()
    try:
        read = read_sheet(source)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert read.headers == ["date", "name"]
    assert len(read.rows) == 5000
    assert {len(row.cells) for row in read.rows} == {2}
    assert peak < 60_000_000  # was about 700 MB for these 5,000 rows


def test_a_sheet_of_blank_rows_with_only_stray_cells_has_no_data_rows(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["date", "name"])
    for row in range(2, 2002):
        sheet.cell(row, 16384, "x")
    source = tmp_path / "stray.xlsx"
    book.save(source)

    read = read_sheet(source)

    assert read.rows == []


def test_problems_past_the_cap_are_counted_not_kept_and_the_message_says_how_many_more(
    tmp_path: Path,
) -> None:
    source = tmp_path / "bad-dates.csv"
    source.write_text(
        "date,name\n" + "".join(f"31/02/2569,row {i}\n" for i in range(15_000)), encoding="utf-8"
    )

    table = check_sheet(read_sheet(source), SPEC)
    error = problems_error(source, table.problems, table.more_problems)

    assert len(table.problems) == MAX_KEPT_PROBLEMS
    assert table.more_problems == 15_000 - MAX_KEPT_PROBLEMS
    assert len(table.rows) == MAX_KEPT_PROBLEMS  # no row is kept past the cap
    assert not table.ok
    assert "has 15000 problems" in error.message.english()
    assert error.message.english().endswith("… and 14970 more problems.")


def _mixed_csv(path: Path) -> Path:
    rows = [
        b"name,date",
        "สมชาย ใจดี,2026-01-05".encode(),
        "สมศรี มีสุข,2026-01-06".encode("cp874"),  # one row saved by another program
        "มานี รักเรียน,2026-01-07".encode(),
    ]
    path.write_bytes(b"\r\n".join(rows) + b"\r\n")
    return path


def test_a_csv_mixing_utf8_and_cp874_is_refused_naming_the_row_and_both_readings(
    tmp_path: Path,
) -> None:
    # Before: read as cp874 without a word, "สมศรี" stored as "เธชเธกเธจเธฃเธต".
    source = _mixed_csv(tmp_path / "mixed.csv")

    with pytest.raises(UserError) as refused:
        read_sheet(source)

    text = refused.value.message.english()
    assert "mixes two text encodings" in text
    assert "row 3 is not" in text
    assert "“สมศรี มีสุข" in text  # as Thai Windows text: what was meant
    assert "\ufffd" in text  # as UTF-8: the bytes that do not decode


def test_a_csv_wholly_in_cp874_or_wholly_in_utf8_is_still_read(tmp_path: Path) -> None:
    thai = "name,date\r\nสมศรี มีสุข,2026-01-06\r\nเนตร ดี,2026-01-07\r\n"
    windows = tmp_path / "windows.csv"
    windows.write_bytes(thai.encode("cp874"))
    utf8 = tmp_path / "utf8.csv"
    utf8.write_bytes(thai.encode("utf-8-sig"))

    for source, encoding in ((windows, "cp874"), (utf8, "utf-8-sig")):
        read = read_sheet(source)
        assert read.encoding == encoding
        assert [row.cells[0] for row in read.rows] == ["สมศรี มีสุข", "เนตร ดี"]


def test_a_50_mb_cell_is_named_by_row_and_column_in_a_translatable_message(
    tmp_path: Path,
) -> None:
    # Before: "field larger than field limit (1000000)", no row, no column, not translated.
    source = tmp_path / "huge.csv"
    with source.open("w", encoding="utf-8") as out:
        out.write("date,name,notes\n2026-01-05,ก,short\n2026-01-06,ข,")
        out.write("x" * 50_000_000)
        out.write("\n")

    with pytest.raises(UserError) as refused:
        read_sheet(source)

    message = refused.value.message
    assert message.context == "SheetReader"
    assert "row 3, column C holds 50000000 characters" in message.english()
    assert f"at most {CSV_CELL_LIMIT}" in message.english()


# -- headings ---------------------------------------------------------------------------------


def test_headings_match_after_normalisation_without_invisible_characters_or_extra_spaces() -> None:
    headers = [
        "da\u200bte",  # a zero-width space copied from a web page
        "เลขประจ\u0e4d\u0e32ตัว  ประชาชน",  # sara am typed as nikhahit + sara aa, two spaces
        "\ufeffชื่อ\u200d",
    ]

    assert match_columns(SPEC, headers) == {"day": 0, "national_id": 1, "name": 2}


def test_a_duplicated_heading_is_a_problem_of_row_1_at_the_second_column(tmp_path: Path) -> None:
    # Before: the second "date" column was silently ignored.
    source = tmp_path / "twice.csv"
    source.write_text("date,name,Date\n2026-01-05,ก,2026-02-05\n", encoding="utf-8")

    table = check_sheet(read_sheet(source), SPEC)

    assert not table.ok
    [problem] = table.problems
    assert (problem.row, problem.column) == (1, "C")
    assert problem.as_message().english() == (
        "Row 1, column C: the heading “Date” repeats column A (“date”): only one column may "
        "hold “date”. Remove or rename one of them."
    )


# -- writing ----------------------------------------------------------------------------------

_CHILD_PRELUDE = """
import resource, signal, sys
from pathlib import Path
from vocdesk.domain.messages import UserError
from vocdesk.io.table_file import write_rows, write_through_partial
target = Path(sys.argv[1])
rows = ([f"2026-01-{1 + i % 28:02d}", f"แถวที่ {i} " + "ก" * 40] for i in range(int(sys.argv[2])))
"""


def _child(script: str, *args: object, tmpdir: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "TMPDIR": str(tmpdir), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(_CHILD_PRELUDE + script), *map(str, args)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip


def test_a_killed_xlsx_export_leaves_only_plainly_named_files_beside_the_target_and_the_next_export_removes_them(
    tmp_path: Path,
) -> None:
    # Before: openpyxl's 180 MB sheet was left in the system temp folder, a CSV's partial hidden.
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    target = out / "complaints.xlsx"
    child = _child(
        "write_through_partial(target, lambda p: write_rows(['date', 'name'], rows, p))",
        target, 5_000_000, tmpdir=system_temp,
    )  # fmt: skip
    scratch = out / "complaints.vocdesk-partial.xlsx.sheet.xml"
    deadline = time.monotonic() + 60
    while not (scratch.exists() and scratch.stat().st_size > 1_000_000):
        assert time.monotonic() < deadline and child.poll() is None, child.communicate()
        time.sleep(0.05)
    child.send_signal(signal.SIGKILL)
    child.communicate()

    assert list(system_temp.iterdir()) == []
    assert sorted(p.name for p in out.iterdir()) == [scratch.name]
    assert partial_path(target).name == "complaints.vocdesk-partial.xlsx"

    again = _child(
        "print(write_through_partial(target, lambda p: write_rows(['date', 'name'], rows, p)))",
        target, 10, tmpdir=system_temp,
    )  # fmt: skip
    stdout, stderr = again.communicate(timeout=60)

    assert again.returncode == 0, stderr
    assert stdout.strip() == "10"
    assert sorted(p.name for p in out.iterdir()) == ["complaints.xlsx"]


_FULL_DISK_EXPORT = """
from vocdesk.io import table_file
limit = int(sys.argv[3])
real_save = table_file._save_book
def save_on_a_nearly_full_disk(book, path):
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
    real_save(book, path)
table_file._save_book = save_on_a_nearly_full_disk
try:
    write_through_partial(target, lambda p: write_rows(["date", "name"], rows, p))
except UserError as error:
    print(error.message.english())
"""


@pytest.mark.parametrize("limit", [2_000, 200_000])  # the zip's first part; its directory
def test_an_xlsx_export_to_a_full_disk_fails_quietly_with_nothing_left(
    tmp_path: Path, limit: int
) -> None:
    # Before: exit 2, but "Exception ignored in ZipFile.__del__ … Traceback" on stderr.
    target = tmp_path / "full.xlsx"
    child = _child(_FULL_DISK_EXPORT, target, 20_000, limit, tmpdir=tmp_path)
    stdout, stderr = child.communicate(timeout=120)

    assert child.returncode == 0, stderr
    assert stdout.startswith(f"The file {target} could not be written: File too large")
    assert stderr == ""
    assert list(tmp_path.iterdir()) == []


def test_a_csv_export_to_a_full_disk_fails_quietly_with_nothing_left(tmp_path: Path) -> None:
    target = tmp_path / "full.csv"
    script = """
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (100_000, resource.RLIM_INFINITY))
    try:
        write_through_partial(target, lambda p: write_rows(["date", "name"], rows, p))
    except UserError as error:
        print(error.message.english())
    """
    child = _child(textwrap.dedent(script), target, 20_000, tmpdir=tmp_path)
    stdout, stderr = child.communicate(timeout=120)

    assert child.returncode == 0, stderr
    assert stdout.startswith(f"The file {target} could not be written: File too large")
    assert stderr == ""
    assert list(tmp_path.iterdir()) == []
