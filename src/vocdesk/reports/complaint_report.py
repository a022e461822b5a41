"""The complaint report's layout: the period's KPIs, the breakdowns by category, channel and
month with their charts, and the register of cases.

Landscape A4: the register has eight columns, one of them the complaint's subject in Thai; on a
portrait page (174 mm of text) the subject wrapped to two or three lines in most rows, while at
261 mm most rows keep to one line, so a register of hundreds of cases takes about half the pages.
The summary tables and the charts sit side by side in the same width.

Given plain data (names already masked, confidential cases already reduced to their number by
the service), this module only lays them out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import Flowable, Table, TableStyle

from vocdesk.domain.complaints.kpis import KpiFigures
from vocdesk.domain.complaints.workflow import OPEN_STATUSES
from vocdesk.domain.enums import ComplaintStatus
from vocdesk.domain.fiscal import Period
from vocdesk.domain.messages import QT_TRANSLATE_NOOP
from vocdesk.domain.tables import Named
from vocdesk.reports.charts import BarChart, GroupedBarChart, LineChart
from vocdesk.reports.contents import Contents
from vocdesk.reports.document import MARGIN, PageFurniture, PdfMetadata, build_pdf
from vocdesk.reports.kit import DASH, Heading, Wording, gap, no_data, paragraph, styles
from vocdesk.reports.tables import thai_table

C = "ComplaintReport"
BODY_WIDTH = landscape(A4)[0] - 2 * MARGIN

# The labels of the Complaints tab (ui/labels.py, context "ComplaintStatus"): same texts, same
# translations.
STATUS_LABELS: dict[ComplaintStatus, str] = {
    ComplaintStatus.RECEIVED: QT_TRANSLATE_NOOP("ComplaintStatus", "Received"),
    ComplaintStatus.SCREENING: QT_TRANSLATE_NOOP("ComplaintStatus", "Screening"),
    ComplaintStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("ComplaintStatus", "In progress"),
    ComplaintStatus.FORWARDED: QT_TRANSLATE_NOOP("ComplaintStatus", "Forwarded"),
    ComplaintStatus.CO_HANDLED: QT_TRANSLATE_NOOP("ComplaintStatus", "Co-handled"),
    ComplaintStatus.WAITING: QT_TRANSLATE_NOOP("ComplaintStatus", "Waiting for the complainant"),
    ComplaintStatus.RESOLVED: QT_TRANSLATE_NOOP("ComplaintStatus", "Resolved, result notified"),
    ComplaintStatus.CLOSED: QT_TRANSLATE_NOOP("ComplaintStatus", "Closed"),
    ComplaintStatus.REJECTED: QT_TRANSLATE_NOOP("ComplaintStatus", "Rejected / not relevant"),
    ComplaintStatus.WITHDRAWN: QT_TRANSLATE_NOOP("ComplaintStatus", "Withdrawn"),
    ComplaintStatus.REOPENED: QT_TRANSLATE_NOOP("ComplaintStatus", "Reopened"),
}


@dataclass(frozen=True)
class GroupRow:
    name: Named  # empty for cases without one
    figures: KpiFigures


@dataclass(frozen=True)
class MonthRow:
    month: date  # its first day
    received: int  # cases received in the month
    resolved: int  # cases resolved in the month, whenever received
    resolved_pct: float | None  # of the month's cases: resolved within standard


@dataclass(frozen=True)
class RegisterRow:
    number: str
    confidential: bool = False
    """Printed as its number only: every other field is empty."""
    received_on: date | None = None
    complainant: str = ""  # masked unless the report reveals names
    anonymous: bool = False
    subject: str = ""
    category: Named = field(default_factory=lambda: Named("", ""))
    status: ComplaintStatus | None = None
    working_days: int | None = None  # from receipt to result, pauses left out, if resolved
    within_standard: bool | None = None  # None: not decided (still within its time, or ended)


@dataclass(frozen=True)
class ComplaintReportData:
    period: Period
    today: date
    total: KpiFigures
    categories: list[GroupRow]
    channels: list[GroupRow]
    months: list[MonthRow]
    register: list[RegisterRow]
    register_total: int  # cases received in the period (the register may print fewer)
    names_revealed: bool = False


def render(
    data: ComplaintReportData, words: Wording, furniture: PageFurniture, metadata: PdfMetadata
) -> bytes:
    return build_pdf(lambda: _story(data, words), furniture, metadata, landscape_pages=True)


def _story(data: ComplaintReportData, words: Wording) -> list[Flowable]:
    say = words.say
    story: list[Flowable] = [
        paragraph(
            say(
                C,
                QT_TRANSLATE_NOOP(
                    "ComplaintReport",
                    "Complaints received {start} – {end}, as they stand on {today}.",
                ),
                start=words.date(data.period.start),
                end=words.date(data.period.end),
                today=words.date(data.today),
            )  # fmt: skip
        )
    ]
    if data.total.received == 0:
        story += [
            Heading(say(C, QT_TRANSLATE_NOOP("ComplaintReport", "Key figures")), 0),
            no_data(
                say(
                    C,
                    QT_TRANSLATE_NOOP(
                        "ComplaintReport", "No complaint was received in this period."
                    ),
                )
            ),
        ]
        return story
    # The register makes the report long: its contents, with the page of each section.
    story.append(Contents(say(C, QT_TRANSLATE_NOOP("ComplaintReport", "Contents")), words.number))
    story += _key_figures(data, words)
    story += _breakdown(
        say(C, QT_TRANSLATE_NOOP("ComplaintReport", "By category")),
        say(C, QT_TRANSLATE_NOOP("ComplaintReport", "Category")),
        data.categories,
        words,
        charts=True,
    )
    story += _breakdown(
        say(C, QT_TRANSLATE_NOOP("ComplaintReport", "By channel")),
        say(C, QT_TRANSLATE_NOOP("ComplaintReport", "Channel")),
        data.channels,
        words,
        charts=False,
    )
    story += _by_month(data, words)
    story += _register(data, words)
    return story


# --- key figures -----------------------------------------------------------------------------
def _key_figures(data: ComplaintReportData, words: Wording) -> list[Flowable]:
    say, t = words.say, data.total
    rows: list[tuple[str, str]] = [
        (QT_TRANSLATE_NOOP("ComplaintReport", "Cases received"), words.number(t.received)),
        (QT_TRANSLATE_NOOP("ComplaintReport", "Cases resolved"), words.number(t.resolved)),
        (QT_TRANSLATE_NOOP("ComplaintReport", "Acknowledged within standard"), words.percent(t.acknowledged_pct)),
        (QT_TRANSLATE_NOOP("ComplaintReport", "First response within standard"), words.percent(t.first_response_pct)),
        (QT_TRANSLATE_NOOP("ComplaintReport", "Resolved within standard"), words.percent(t.resolved_pct)),
        (QT_TRANSLATE_NOOP("ComplaintReport", "Result notified within standard"), words.percent(t.notified_pct)),
        (QT_TRANSLATE_NOOP("ComplaintReport", "Median working days to resolve"), words.number(t.median_days, 1)),
        (QT_TRANSLATE_NOOP("ComplaintReport", "Mean working days to resolve"), words.number(t.mean_days, 1)),
        (QT_TRANSLATE_NOOP("ComplaintReport", "Open today"), words.number(t.open)),
        (QT_TRANSLATE_NOOP("ComplaintReport", "Overdue today"), words.number(t.overdue)),
        (QT_TRANSLATE_NOOP("ComplaintReport", "Reopen rate"), words.percent(t.reopen_rate)),
        (QT_TRANSLATE_NOOP("ComplaintReport", "Satisfaction with handling (1–5)"), words.number(t.satisfaction_mean, 2)),
        (QT_TRANSLATE_NOOP("ComplaintReport", "Complainants satisfied (4–5)"), words.percent(t.satisfied_pct)),
        (QT_TRANSLATE_NOOP("ComplaintReport", "Trust restored"), words.percent(t.trust_restored_pct)),
    ]  # fmt: skip
    kit = styles()
    half = len(rows) // 2
    header = [
        say(C, QT_TRANSLATE_NOOP("ComplaintReport", "Indicator")),
        say(C, QT_TRANSLATE_NOOP("ComplaintReport", "Value")),
    ]
    width = (BODY_WIDTH - 12) / 2

    def table(part: Sequence[tuple[str, str]]) -> Table:
        return _right_aligned(
            thai_table(
                header,
                [[say(C, label), value] for label, value in part],
                [width - 80, 80],
                kit.table_header,
                kit.table_body,
            ),
            [1],
        )

    return [
        Heading(say(C, QT_TRANSLATE_NOOP("ComplaintReport", "Key figures")), 0),
        _side_by_side(table(rows[:half]), table(rows[half:])),
        paragraph(
            say(
                C,
                QT_TRANSLATE_NOOP(
                    "ComplaintReport",
                    "Percentages are of the cases whose outcome is decided: done, or still open and past"
                    " the limit. Working days leave out weekends, public holidays and the days a case"
                    " waited for the complainant.",
                ),
            ),  # fmt: skip
            kit.caption,
        ),
    ]


def _side_by_side(left: Flowable, right: Flowable) -> Table:
    """Two flowables next to each other across the page (ReportLab lays a table's cells out)."""
    width = BODY_WIDTH / 2
    table = Table([[left, right]], colWidths=[width, width])
    table.setStyle(
        TableStyle(
            [
                # A table sets its cells' font even when they hold flowables: keep it Sarabun.
                ("FONTNAME", (0, 0), (-1, -1), styles().body.fontName),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (1, 0), (1, 0), 12),
            ]
        )
    )
    return table


# --- by category and by channel --------------------------------------------------------------
def _breakdown(
    title: str, key: str, groups: Sequence[GroupRow], words: Wording, *, charts: bool
) -> list[Flowable]:
    say, kit = words.say, styles()
    not_recorded = say(C, QT_TRANSLATE_NOOP("ComplaintReport", "Not recorded"))

    def name(group: GroupRow) -> str:
        return words.name(group.name.th, group.name.en) or not_recorded

    header = [
        key,
        say(C, QT_TRANSLATE_NOOP("ComplaintReport", "Received")),
        say(C, QT_TRANSLATE_NOOP("ComplaintReport", "Resolved")),
        say(C, QT_TRANSLATE_NOOP("ComplaintReport", "Resolved within standard")),
        say(C, QT_TRANSLATE_NOOP("ComplaintReport", "Open")),
        say(C, QT_TRANSLATE_NOOP("ComplaintReport", "Overdue")),
        say(C, QT_TRANSLATE_NOOP("ComplaintReport", "Median working days")),
        say(C, QT_TRANSLATE_NOOP("ComplaintReport", "Mean working days")),
    ]
    rows = [
        [
            name(g), words.number(g.figures.received), words.number(g.figures.resolved),
            words.percent(g.figures.resolved_pct), words.number(g.figures.open),
            words.number(g.figures.overdue), words.number(g.figures.median_days, 1),
            words.number(g.figures.mean_days, 1),
        ]
        for g in groups
    ]  # fmt: skip
    figure_width = 72.0
    widths = [BODY_WIDTH - 7 * figure_width, *[figure_width] * 7]
    story: list[Flowable] = [
        Heading(title, 0),
        _right_aligned(
            thai_table(header, rows, widths, kit.table_header, kit.table_body), range(1, 8)
        ),
    ]
    if charts and groups:
        half = BODY_WIDTH / 2 - 6
        received = BarChart(
            [(name(g), g.figures.received) for g in groups],
            width=half,
            value_label=lambda v: words.number(v),
            title=say(C, QT_TRANSLATE_NOOP("ComplaintReport", "Cases received by category")),
        )
        in_time = BarChart(
            [(name(g), g.figures.resolved_pct or 0.0) for g in groups],
            width=half,
            maximum=100,
            bar_colour=2,
            value_label=lambda v: words.percent(v, 0),
            title=say(
                C, QT_TRANSLATE_NOOP("ComplaintReport", "Resolved within standard (%) by category")
            ),
        )
        story += [gap(10), _side_by_side(received, in_time)]
    return story


# --- by month --------------------------------------------------------------------------------
def _month_label(day: date, words: Wording) -> str:
    """ "ต.ค. 68" / "Oct 2025": the short date without its day."""
    return words.date(day, "short").split(" ", 1)[1]


def _by_month(data: ComplaintReportData, words: Wording) -> list[Flowable]:
    say = words.say
    return [
        Heading(say(C, QT_TRANSLATE_NOOP("ComplaintReport", "By month")), 0),
        GroupedBarChart(
            [_month_label(m.month, words) for m in data.months],
            [
                (say(C, QT_TRANSLATE_NOOP("ComplaintReport", "Received")), [m.received for m in data.months]),
                (say(C, QT_TRANSLATE_NOOP("ComplaintReport", "Resolved")), [m.resolved for m in data.months]),
            ],
            width=BODY_WIDTH,
            height=230,
            value_label=lambda v: words.number(v),
            title=say(C, QT_TRANSLATE_NOOP("ComplaintReport", "Cases received and cases resolved each month")),
        ),
        gap(10),
        LineChart(
            [_month_label(m.month, words) for m in data.months],
            [(say(C, QT_TRANSLATE_NOOP("ComplaintReport", "Resolved within standard")), [m.resolved_pct for m in data.months])],
            width=BODY_WIDTH,
            height=200,
            minimum=0,
            maximum=100,
            value_label=lambda v: words.percent(v, 0),
            title=say(C, QT_TRANSLATE_NOOP("ComplaintReport", "Resolved within standard (%), by the month the case was received")),
        ),
    ]  # fmt: skip


# --- the register ----------------------------------------------------------------------------
_REGISTER_SHARES = (9.5, 8, 16, 23, 19, 10.5, 6.5, 7.5)  # per cent of the page's width


def _register(data: ComplaintReportData, words: Wording) -> list[Flowable]:
    say, kit = words.say, styles()
    header = [
        say(C, QT_TRANSLATE_NOOP("ComplaintReport", "Case number")),
        say(C, QT_TRANSLATE_NOOP("ComplaintReport", "Received")),
        say(C, QT_TRANSLATE_NOOP("ComplaintReport", "Complainant")),
        say(C, QT_TRANSLATE_NOOP("ComplaintReport", "Subject")),
        say(C, QT_TRANSLATE_NOOP("ComplaintReport", "Category")),
        say(C, QT_TRANSLATE_NOOP("ComplaintReport", "Status")),
        say(C, QT_TRANSLATE_NOOP("ComplaintReport", "Working days")),
        say(C, QT_TRANSLATE_NOOP("ComplaintReport", "Within standard")),
    ]
    if data.names_revealed:
        note = QT_TRANSLATE_NOOP("ComplaintReport",
            "Complainants' names are printed in full, as asked: keep this copy as personal data."
            " A confidential case shows its number only.")  # fmt: skip
    else:
        note = QT_TRANSLATE_NOOP("ComplaintReport",
            "Complainants' names are masked (the first name and the initial of the surname)."
            " A confidential case shows its number only.")  # fmt: skip
    story: list[Flowable] = [
        Heading(say(C, QT_TRANSLATE_NOOP("ComplaintReport", "Register of cases")), 0),
        paragraph(say(C, note), kit.caption),
    ]
    if len(data.register) < data.register_total:
        story.append(paragraph(say(C, QT_TRANSLATE_NOOP("ComplaintReport",
            "The first {shown} of the {total} cases are listed; the complaints export holds them all."),
            shown=words.number(len(data.register)), total=words.number(data.register_total))))  # fmt: skip
    widths = [BODY_WIDTH * share / 100 for share in _REGISTER_SHARES]
    rows = [_register_row(row, words) for row in data.register]
    table = thai_table(header, rows, widths, kit.table_header, kit.table_body)
    story.append(_right_aligned(table, [6]))
    return story


def _right_aligned(table: Table, columns: Sequence[int]) -> Table:
    """``table`` with its figures in ``columns`` set flush right, so digits line up."""
    for row in table._cellvalues:
        for column in columns:
            row[column].align = "right"
    return table


def _register_row(row: RegisterRow, words: Wording) -> list[str]:
    say = words.say
    if row.confidential:
        withheld = say(
            C, QT_TRANSLATE_NOOP("ComplaintReport", "Confidential case: details withheld")
        )
        return [words.digits(row.number), DASH, DASH, withheld, DASH, DASH, DASH, DASH]
    complainant = row.complainant or say(C, QT_TRANSLATE_NOOP("ComplaintReport", "Anonymous"))
    return [
        words.digits(row.number),
        words.date(row.received_on, "short"),
        complainant,
        row.subject,
        words.name(row.category.th, row.category.en),
        say("ComplaintStatus", STATUS_LABELS[row.status]) if row.status else DASH,
        words.number(row.working_days),
        _within(row, words),
    ]


def _within(row: RegisterRow, words: Wording) -> str:
    say = words.say
    if row.within_standard is True:
        return say(C, QT_TRANSLATE_NOOP("ComplaintReport", "Yes"))
    if row.within_standard is False:
        return say(C, QT_TRANSLATE_NOOP("ComplaintReport", "No"))
    if row.status in OPEN_STATUSES:
        return say(C, QT_TRANSLATE_NOOP("ComplaintReport", "Not yet due"))
    return DASH
