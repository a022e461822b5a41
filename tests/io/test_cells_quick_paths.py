"""The quick paths of the cell parsers (issue 18: the complaint import) read exactly what the long
way reads: an enum cell already in its compared form, and an ISO moment with or without a
fraction of a second."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from vocdesk.domain.enums import ComplaintStatus
from vocdesk.io.cells import CellError, enum_parser, parse_datetime
from vocdesk.services.complaints.transfer_columns import STATUS_WORDS, complaint_spec


def test_enum_cells_read_the_same_in_any_form() -> None:
    parse = enum_parser(ComplaintStatus, STATUS_WORDS | {"Done  Here": ComplaintStatus.CLOSED})
    assert parse("in_progress") is ComplaintStatus.IN_PROGRESS
    assert parse("  IN_PROGRESS ") is ComplaintStatus.IN_PROGRESS
    assert parse("in progress") is ComplaintStatus.IN_PROGRESS
    assert parse("ยุติเรื่อง") is ComplaintStatus.CLOSED
    # A word of the map with two spaces is compared as "done here" after the cell is tidied,
    # so the cell typed exactly as the map has it is not read, the quick path or not.
    with pytest.raises(CellError):
        parse("done  here")
    with pytest.raises(CellError):
        parse("'received")  # a guard quote is taken off only before = + - @


def test_iso_moments_keep_whole_seconds() -> None:
    assert parse_datetime("2026-01-05T09:00:00+07:00") == datetime(2026, 1, 5, 2, tzinfo=UTC)
    assert parse_datetime("2026-01-05T09:00:00.75+07:00") == datetime(2026, 1, 5, 2, tzinfo=UTC)
    assert parse_datetime("2026-01-05 09:00:30") == datetime(2026, 1, 5, 2, 0, 30, tzinfo=UTC)


def test_history_lines_read_as_before() -> None:
    parse = complaint_spec().column("history").parse
    lines = parse("2026-01-05T09:00+07:00 | received | รับเรื่อง\n\n   \n"
                  "2026-01-06 10:00 |  In Progress  \n2026-01-07T08:00:00Z|closed| a | b ")  # fmt: skip
    assert [(line.changed_at.hour, line.status, line.note) for line in lines] == [
        (2, ComplaintStatus.RECEIVED, "รับเรื่อง"),
        (3, ComplaintStatus.IN_PROGRESS, ""),
        (8, ComplaintStatus.CLOSED, "a | b"),
    ]
    with pytest.raises(CellError):
        parse("2026-01-05T09:00+07:00 received")


def test_whole_numbers_read_the_same_the_quick_way() -> None:
    from vocdesk.io.cells import parse_int

    for text in ("0", "7", "007", "123456789012345", "๑๒", " 12 ", "1,200", "12.0", "-3"):
        assert parse_int(text) == int(float(text.strip().replace(",", "").replace("๑", "1")
                                            .replace("๒", "2")))  # fmt: skip
    for bad in ("²", "1.5", "12a"):
        with pytest.raises(CellError):
            parse_int(bad)


def test_a_moment_read_again_is_the_same_moment() -> None:
    first = parse_datetime("2026-03-01T08:15:00+07:00")
    assert (
        parse_datetime("2026-03-01T08:15:00+07:00")
        == first
        == datetime(2026, 3, 1, 1, 15, tzinfo=UTC)
    )
    # A Buddhist-era year goes the long way every time (it is not kept with the ISO texts).
    assert parse_datetime("2569-03-01 08:15") == first
    assert parse_datetime("2569-03-01 08:15") == first
