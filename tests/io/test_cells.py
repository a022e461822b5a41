"""Cell parsers: each turns one imported cell into a value, or a translatable problem."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from vocdesk.domain.enums import LifecycleStage
from vocdesk.io.cells import (
    CellError,
    be_year_of,
    enum_parser,
    format_bool,
    format_date,
    format_datetime,
    int_parser,
    parse_bool,
    parse_date,
    parse_datetime,
    parse_int,
    parse_list,
    text_parser,
)


def _problem(parse, value) -> str:
    with pytest.raises(CellError) as caught:
        parse(value)
    assert caught.value.message.context in {"CellCheck", "Dates"}
    return caught.value.message.english()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-03-01", date(2026, 3, 1)),  # ISO
        ("01/03/2569", date(2026, 3, 1)),  # B.E.
        ("01/03/2026", date(2026, 3, 1)),  # C.E.
        ("1.3.2569", date(2026, 3, 1)),
        ("๐๑/๐๓/๒๕๖๙", date(2026, 3, 1)),  # Thai digits
        ("1/3/2026 0:00", date(2026, 3, 1)),  # Excel's CSV of a date cell
        ("2026-03-01 00:00:00", date(2026, 3, 1)),
        ("01/03/2569 14.30", date(2026, 3, 1)),
        ("46082", date(2026, 3, 1)),  # an Excel serial number typed or read as text
        (46082.0, date(2026, 3, 1)),
        (datetime(2026, 3, 1, 15, 0), date(2026, 3, 1)),
        (date(2026, 3, 1), date(2026, 3, 1)),
    ],
)
def test_dates_are_read_in_every_form_offices_write(value, expected) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("31/02/2569", "not a valid date"),
        ("next monday", "is not a date"),
        ("123", "is not a date"),
    ],
)
def test_impossible_or_unreadable_dates_say_what_is_wrong(value, words) -> None:
    assert words in _problem(parse_date, value)


THAI = timezone(timedelta(hours=7))


@pytest.mark.parametrize(
    ("value", "expected_utc"),
    [
        ("2026-03-01T09:30:00+07:00", datetime(2026, 3, 1, 2, 30, tzinfo=UTC)),
        ("2026-03-01T02:30:00Z", datetime(2026, 3, 1, 2, 30, tzinfo=UTC)),
        ("2026-03-01 09:30+07", datetime(2026, 3, 1, 2, 30, tzinfo=UTC)),
        ("2026-03-01 09:30:15+0700", datetime(2026, 3, 1, 2, 30, 15, tzinfo=UTC)),
        ("2026-03-01T02:30:00.123+00:00", datetime(2026, 3, 1, 2, 30, tzinfo=UTC)),
        ("2026-02-28T21:30:00-05:00", datetime(2026, 3, 1, 2, 30, tzinfo=UTC)),
        ("01/03/2569 09:30", datetime(2026, 3, 1, 2, 30, tzinfo=UTC)),  # no offset: Thai time
        ("01/03/2569 09.30 น.", datetime(2026, 3, 1, 2, 30, tzinfo=UTC)),
        ("01/03/2569", datetime(2026, 2, 28, 17, 0, tzinfo=UTC)),  # a bare date: Thai midnight
        (datetime(2026, 3, 1, 9, 30), datetime(2026, 3, 1, 2, 30, tzinfo=UTC)),  # a workbook's time
        (datetime(2026, 3, 1, 9, 30, tzinfo=THAI), datetime(2026, 3, 1, 2, 30, tzinfo=UTC)),
    ],
)
def test_datetimes_keep_their_offset_and_are_thai_time_without_one(value, expected_utc) -> None:
    moment = parse_datetime(value)

    assert moment == expected_utc
    assert moment.utcoffset() == timedelta(0)


def test_datetimes_that_cannot_be_read_say_how_to_write_them() -> None:
    assert "yyyy-mm-ddThh:mm+07:00" in _problem(parse_datetime, "yesterday at noon")
    assert "impossible time of day" in _problem(parse_datetime, "01/03/2569 25:10")


def test_enums_by_value_name_or_the_agencys_words_in_thai_and_english() -> None:
    parse = enum_parser(
        LifecycleStage, {"ก่อนรับบริการ": LifecycleStage.BEFORE, "After Service": LifecycleStage.AFTER}
    )

    assert parse("before") is LifecycleStage.BEFORE
    assert parse("  DURING ") is LifecycleStage.DURING
    assert parse("ก่อนรับบริการ") is LifecycleStage.BEFORE
    assert parse("after   service") is LifecycleStage.AFTER
    problem = _problem(parse, "sometime")
    assert "“sometime” is not one of: before, during, after" in problem


def test_yes_and_no_in_thai_and_english() -> None:
    assert [parse_bool(v) for v in ("yes", "Y", "ใช่", "1", True, "ยินยอม")] == [True] * 6
    assert [parse_bool(v) for v in ("no", "N", "ไม่ใช่", "0", False, "-")] == [False] * 6
    assert "is not yes or no" in _problem(parse_bool, "maybe")


def test_whole_numbers_with_thai_digits_grouping_and_ranges() -> None:
    assert (
        parse_int("1,234") == 1234
        and parse_int("๕") == 5
        and parse_int(3.0) == 3
        and parse_int("7.0") == 7
    )
    assert "is not a whole number" in _problem(parse_int, "3.5")
    assert "is outside 1–5" in _problem(int_parser(1, 5), "6")


def test_text_longer_than_its_column_is_refused_with_both_lengths() -> None:
    assert text_parser(5)("  abcde ") == "abcde"
    assert _problem(text_parser(5), "ก" * 8) == "the text has 8 characters; at most 5 fit."


def test_a_long_value_is_shortened_in_the_problem() -> None:
    problem = _problem(parse_bool, "x" * 100)
    assert "x" * 39 + "…" in problem and "x" * 41 not in problem


def test_lists_split_on_lines_and_semicolons() -> None:
    assert parse_list("ก; ข\nค;;") == ["ก", "ข", "ค"]


def test_years_typed_either_way_become_buddhist_era() -> None:
    assert be_year_of(2569) == 2569 and be_year_of(2026) == 2569


def test_iso_texts_with_buddhist_era_years_are_converted_not_taken_as_common_era() -> None:
    assert parse_date("2569-03-01") == date(2026, 3, 1)
    assert parse_datetime("2569-03-01T09:30:00+07:00") == datetime(2026, 3, 1, 2, 30, tzinfo=UTC)
    assert parse_datetime("2569-03-01 09:30") == datetime(2026, 3, 1, 2, 30, tzinfo=UTC)


def test_formatted_cells_are_what_the_parsers_read_back() -> None:
    moment = datetime(2026, 2, 28, 17, 30, 5, tzinfo=UTC)  # 1 March 00:30:05 in Thailand
    assert format_datetime(moment) == "2026-03-01T00:30:05+07:00"
    assert parse_datetime(format_datetime(moment)) == moment
    assert format_date(date(2026, 3, 1)) == "2026-03-01"
    assert parse_date(format_date(date(2026, 3, 1))) == date(2026, 3, 1)
    assert [format_bool(v) for v in (True, False, None)] == ["yes", "no", ""]
    assert [parse_bool(format_bool(v)) for v in (True, False)] == [True, False]
    assert format_date(None) == format_datetime(None) == ""  # nothing stored, an empty cell
