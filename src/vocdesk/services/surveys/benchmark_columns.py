"""The columns of a comparators' file (kind ``benchmarks``) and how each cell is read."""

from __future__ import annotations

import math
import re
from enum import StrEnum
from typing import Any

from vocdesk.domain.enums import BenchmarkScale
from vocdesk.domain.messages import QT_TRANSLATE_NOOP
from vocdesk.domain.surveys.benchmark import (
    CODE_MAX_LENGTH,
    FISCAL_YEARS,
    ORGANISATION_MAX_LENGTH,
    SCALE_WORDS,
)
from vocdesk.domain.thai_dates import from_thai_digits
from vocdesk.io.cells import Parser, be_year_of, enum_parser, parse_int, problem, text_parser
from vocdesk.io.sheet import cell_text
from vocdesk.io.table_spec import Column, TableSpec

__all__ = [
    "SPEC",
    "VALUE_COLUMNS",
    "build_spec",
    "format_value",
    "parse_fiscal_year",
    "parse_value",
]

VALUE_COLUMNS: dict[str, type[StrEnum]] = {"scale": BenchmarkScale}
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")


def parse_value(value: Any) -> float:
    """A number as written in a report: "4.21", "84.2%", "๘๔.๒", or a spreadsheet number."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = float(value)
    else:
        text = from_thai_digits(cell_text(value)).replace(",", "").replace(" ", "")
        text = text.removesuffix("%")
        if not _NUMBER.fullmatch(text):
            raise problem(
                QT_TRANSLATE_NOOP("CellCheck", "“{value}” is not a number."), value=cell_text(value)
            )
        number = float(text)
    if not math.isfinite(number):
        raise problem(QT_TRANSLATE_NOOP("CellCheck", "“{value}” is not a number."), value=value)
    return number


def parse_fiscal_year(value: Any) -> int:
    """A fiscal year in B.E. (2568); a C.E. year (2025) is taken as its B.E. year."""
    year = be_year_of(parse_int(value))
    if year not in FISCAL_YEARS:
        raise problem(
            QT_TRANSLATE_NOOP("CellCheck", "{value} is outside {low}–{high}."),
            value=year,
            low=FISCAL_YEARS.start,
            high=FISCAL_YEARS.stop - 1,
        )
    return year


def format_value(value: float) -> str:
    """A value as the file writes it: no trailing zeros, no rounding a reader would notice."""
    return f"{value:.10g}"


def _scale_parser(value_maps: dict[str, dict[str, str]] | None) -> Parser:
    words: dict[str, BenchmarkScale] = dict(SCALE_WORDS)
    for text, stored in ((value_maps or {}).get("scale") or {}).items():
        words[text] = BenchmarkScale(stored)
    return enum_parser(BenchmarkScale, words)


def build_spec(value_maps: dict[str, dict[str, str]] | None = None) -> TableSpec:
    """The file's columns; ``value_maps`` adds the file's own words for a scale."""
    return TableSpec(
        "benchmarks",
        (
            Column(
                "survey", "survey", "แบบสำรวจ",
                "Our survey's code (e.g. SAT-2568): the comparator's result is set beside it.",
                parse=text_parser(40), required=True, aliases=("survey code", "รหัสแบบสำรวจ"),
            ),
            Column(
                "organisation", "organisation", "หน่วยงานคู่เทียบ",
                f"The comparator: a peer agency or competitor, at most {ORGANISATION_MAX_LENGTH} characters.",
                parse=text_parser(ORGANISATION_MAX_LENGTH), required=True,
                aliases=("organization", "comparator", "คู่เทียบ", "หน่วยงาน"),
            ),
            Column(
                "fiscal_year", "fiscal_year", "ปีงบประมาณ",
                "The fiscal year of the comparator's result, in B.E. (2568); a C.E. year is converted.",
                parse=parse_fiscal_year, required=True, aliases=("year", "fiscal year", "ปี", "ปี พ.ศ."),
            ),
            Column(
                "dimension", "dimension", "ด้าน",
                "A dimension's code (process, staff, facilities, ...) or its Thai or English name; "
                "empty with an empty question: the overall result.",
                parse=text_parser(CODE_MAX_LENGTH), aliases=("มิติ",),
            ),
            Column(
                "question", "question", "ข้อคำถาม",
                "The code of one of our survey's rating items (e.g. Q1.1), when the result is an item's.",
                parse=text_parser(CODE_MAX_LENGTH), aliases=("question code", "item", "รหัสข้อคำถาม"),
            ),
            Column(
                "value", "value", "ค่า",
                "The published result: a mean (1–4 or 1–5) or a percent (0–100); \"84.2%\" and Thai digits are read.",
                parse=parse_value, required=True, aliases=("score", "result", "คะแนน", "ผลการสำรวจ"),
            ),
            Column(
                "scale", "scale", "มาตรวัด",
                "four_point, five_point or percent; also 4, 5, %, \"5 ระดับ\", ร้อยละ, เปอร์เซ็นต์.",
                parse=_scale_parser(value_maps), required=True, aliases=("มาตราส่วน", "ระดับคะแนน"),
            ),
            Column(
                "source", "source", "แหล่งที่มา",
                "Where the result was published (report, web page), for the reader of the comparison.",
                aliases=("reference", "ที่มา", "แหล่งข้อมูล"),
            ),
        ),
    )  # fmt: skip


SPEC = build_spec()
