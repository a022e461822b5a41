"""Report charts read back with poppler: vectors, Sarabun only, every Thai label exact."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from pdf_tools import requires_poppler, run, text_of
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, Spacer, Table
from test_thai_lines import word_boundaries
from test_thai_typesetting import FURNITURE

from vocdesk.reports.charts import (
    PALETTE,
    BarChart,
    GroupedBarChart,
    LineChart,
    fit_label,
    nice_ticks,
)
from vocdesk.reports.document import MARGIN, PdfMetadata, build_pdf
from vocdesk.reports.fonts import register_fonts
from vocdesk.reports.thai_lines import clusters

PRIVATE_OR_REPLACEMENT = re.compile("[\ue000-\uf8ff\ufffd]")
WIDTH = A4[0] - 2 * MARGIN
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
CHANNELS = [
    ("ศูนย์ดำรงธรรม", 42.0),
    ("สายด่วน ๑๑๑๑", 17.0),
    ("เว็บไซต์ของหน่วยงาน", 31.0),
    ("ผู้ใช้น้ำที่มาติดต่อด้วยตนเองที่สำนักงานเขตพื้นที่", 9.0),
]
LONG_LABEL = CHANNELS[3][0]
OVERLONG_LABEL = "การร้องเรียนผ่านระบบสารบรรณอิเล็กทรอนิกส์ของหน่วยงานราชการส่วนภูมิภาคและท้องถิ่นทั้งหมด"
STAGES = ["รับเรื่อง", "ตรวจสอบ", "ดำเนินการ", "แจ้งผล"]
SERIES = [("ทันเวลา", [12.0, 30.0, 18.0, 25.0]), ("เกินกำหนด", [3.0, 8.0, 1.0, 6.0])]
YEARS = ["2567", "2568", "2569"]
MONTHS = [
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
]
SATISFIED = [78.0, 81.0, 80.0, 84.0, None, 86.0, 85.0, 83.0, 88.0, 90.0, 87.0, 91.0]
ANSWERED = [64.0, 70.0, 72.0, 69.0, 75.0, 81.0, 79.0, 80.0, 77.0, 82.0, 85.0, 84.0]


def thai_number(value: float) -> str:
    return f"{value:.0f}".translate(THAI_DIGITS)


def whole(value: float) -> str:
    return f"{value:.0f}"


def percent(value: float) -> str:
    return f"{value:.0f}%"


def charts() -> list[Flowable]:
    return [
        BarChart(
            [*CHANNELS, (OVERLONG_LABEL, 5.0)],
            width=WIDTH,
            value_label=thai_number,
            title="เรื่องร้องเรียนตามช่องทาง",
            reference=35,
            reference_label="ค่าเป้าหมาย ๓๕",
        ),
        Spacer(1, 12),
        GroupedBarChart(
            STAGES,
            SERIES,
            width=WIDTH / 2 - 6,
            height=190,
            value_label=thai_number,
            title="ขั้นตอนที่ทันเวลาและเกินกำหนด",
        ),
        GroupedBarChart(
            STAGES, SERIES, width=WIDTH / 2 - 6, height=190, value_label=whole, stacked=True
        ),
        Spacer(1, 12),
        LineChart(
            MONTHS,
            [("ความพึงพอใจ", SATISFIED), ("ผู้ใช้น้ำที่ตอบแบบสอบถาม", ANSWERED)],
            width=WIDTH,
            height=170,
            value_label=percent,
            minimum=50,
            maximum=100,
            title="ความพึงพอใจรายเดือน ปีงบประมาณ ๒๕๖๙",
        ),
    ]


def side_by_side(items: list[Flowable]) -> list[Flowable]:
    table = Table([[items[2], items[3]]], colWidths=[WIDTH / 2, WIDTH / 2])
    table.setStyle(
        [
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            # A table names Helvetica for its cells unless told, and the PDF would list it.
            ("FONTNAME", (0, 0), (-1, -1), register_fonts().regular),
        ]
    )
    return [items[0], items[1], table, *items[4:]]


def build(tmp_path: Path, story: Callable[[], list[Flowable]], name: str = "charts") -> Path:
    metadata = PdfMetadata(title="แผนภูมิ", author="สมชาย", language="th-TH")
    pdf = tmp_path / f"{name}.pdf"
    pdf.write_bytes(build_pdf(story, FURNITURE["th"], metadata))
    return pdf


def test_ticks_are_round_steps() -> None:
    assert nice_ticks(0, 42) == [0, 10, 20, 30, 40, 50]
    assert nice_ticks(50, 100, 5) == [50, 60, 70, 80, 90, 100]
    assert nice_ticks(0, 0.7) == [0, 0.2, 0.4, 0.6, 0.8]
    assert nice_ticks(0, 3, 5, whole=True) == [0, 1, 2, 3]
    assert nice_ticks(0, 0) == [0, 0.2, 0.4, 0.6, 0.8, 1.0]


def test_a_label_too_long_for_two_lines_ends_in_an_ellipsis_between_clusters() -> None:
    font = register_fonts().regular
    lines = fit_label(OVERLONG_LABEL, font, 10, 90)
    assert len(lines) == 2
    assert lines[1].endswith("…")
    kept = lines[0] + lines[1][:-1]
    assert OVERLONG_LABEL.startswith(kept)
    # The cut falls before a new cluster: no vowel or tone mark is left without its letter.
    assert OVERLONG_LABEL[len(kept)] == clusters(OVERLONG_LABEL[len(kept) :])[0][0]
    assert unicodedata.category(OVERLONG_LABEL[len(kept)]) != "Mn"


def test_palette_is_the_windows_okabe_ito_order() -> None:
    assert PALETTE[:3] == ("#0072B2", "#E69F00", "#009E73")


@requires_poppler
def test_charts_embed_only_sarabun_and_give_back_every_thai_label(tmp_path: Path) -> None:
    pdf = build(tmp_path, lambda: side_by_side(charts()))
    fonts = run("pdffonts", pdf).splitlines()[2:]
    assert fonts and all("Sarabun" in line and " yes yes " in line for line in fonts)
    text = text_of(pdf)
    assert not PRIVATE_OR_REPLACEMENT.search(text)
    lines = {line.strip() for line in text.splitlines() if line.strip()}
    labels = [name for name, _ in CHANNELS[:3]] + STAGES + ["ทันเวลา", "เกินกำหนด"]
    labels += ["ความพึงพอใจ", "ผู้ใช้น้ำที่ตอบแบบสอบถาม", *MONTHS, "ค่าเป้าหมาย ๓๕"]
    labels += ["เรื่องร้องเรียนตามช่องทาง", "๔๒", "๑๗", "86%", "ความพึงพอใจรายเดือน ปีงบประมาณ ๒๕๖๙"]
    for label in labels:
        assert label in lines, f"{label!r} not read back"


@requires_poppler
def test_a_long_category_label_wraps_at_a_word_boundary(tmp_path: Path) -> None:
    pdf = build(tmp_path, lambda: side_by_side(charts()))
    lines = [line.strip() for line in text_of(pdf).splitlines() if line.strip()]
    firsts = [line for line in lines if LONG_LABEL.startswith(line) and line != LONG_LABEL]
    assert firsts, "the long label was not wrapped"
    first = max(firsts, key=len)
    assert LONG_LABEL[len(first) :].strip() in lines
    assert len(first.replace(" ", "")) in word_boundaries(LONG_LABEL)


@requires_poppler
def test_bars_and_lines_are_vectors(tmp_path: Path) -> None:
    pdf = build(tmp_path, lambda: side_by_side(charts()))
    assert len(run("pdfimages", "-list", pdf).splitlines()) == 2  # the header lines only


@requires_poppler
@pytest.mark.parametrize(
    "chart",
    [
        lambda: BarChart([], width=300, value_label=str),
        lambda: BarChart([("ศูนย์ดำรงธรรม", 0), ("สายด่วน", -4)], width=300, value_label=str),
        lambda: GroupedBarChart([], [], width=300, height=150, value_label=str),
        lambda: GroupedBarChart(
            STAGES, [("ทันเวลา", [0, 0])], width=300, height=150, value_label=str, stacked=True
        ),
        lambda: LineChart(
            YEARS, [("ความพึงพอใจ", [None, None])], width=300, height=150, value_label=str
        ),  # fmt: skip
        lambda: LineChart([], [], width=60, height=40, value_label=str),
        lambda: LineChart(
            YEARS,
            [("ก", [1, float("nan"), 3, 4])],
            width=300,
            height=150,
            value_label=str,
            minimum=float("nan"),
            maximum=float("inf"),
        ),
        lambda: GroupedBarChart(STAGES, SERIES, width=300, height=150, value_label=str, maximum=10),
    ],
)
def test_empty_or_odd_data_draws_an_empty_axis(
    tmp_path: Path, chart: Callable[[], Flowable]
) -> None:
    pdf = build(tmp_path, lambda: [chart()], "empty")
    assert "0" in text_of(pdf)


@requires_poppler
def test_two_series_stay_apart_in_a_grey_print(tmp_path: Path) -> None:
    chart = GroupedBarChart(["ศูนย์ดำรงธรรม"], SERIES, width=300, height=200, value_label=thai_number)
    pdf = build(tmp_path, lambda: [chart], "grey")
    run("pdftoppm", "-r", "100", "-gray", pdf, tmp_path / "grey")
    page = Image.open(next(tmp_path.glob("grey*.pgm")))
    width, height = page.size
    pixels = page.load()
    rows = [[pixels[x, y] for x in range(width)] for y in range(height)]
    # A row just above the axis crosses both bars: the first series' is a run of solid dark
    # grey (rows with a longer run are the header's rule and the axis).
    bar_rows = [r for r in rows if 30 <= _longest_dark_run(r) < 250]
    assert bar_rows, "no solid bar in the grey rendering"
    row = bar_rows[-3]
    end = max(x for x in range(width) if row[x] < 120)
    rest = row[end + 1 :]
    # The second series, hatched, alternates light and mid grey across the same row.
    changes = sum(1 for a, b in zip(rest, rest[1:], strict=False) if (a > 200) != (b > 200))
    assert changes >= 10


def _longest_dark_run(row: list[int]) -> int:
    best = current = 0
    for value in row:
        current = current + 1 if value < 120 else 0
        best = max(best, current)
    return best
