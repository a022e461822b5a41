"""The printable paper questionnaire: a survey's design as the form people fill in by hand.

It follows the keyed-entry screen (``ui/surveys/entry_page.py``) item for item, so the person
keying a returned form finds the same numbers, order and sections on paper and on screen: the
form number box at the top (the screen asks for it first), then each section's heading and its
items with answer boxes:

- a rating: one box per level, labelled with the level's number and label, and a "no opinion"
  box where the question offers it (keyed as 0);
- importance and satisfaction: two such rows;
- NPS: eleven boxes 0–10;
- single, multiple and profile questions: a box before each choice, numbered as keyed;
- number and text: lines to write on.

Boxes are vector squares; every text is a shaped ``ThaiParagraph``. An item is kept whole on one
page (``KeepTogether``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from vocdesk.domain.enums import QuestionType
from vocdesk.domain.messages import QT_TRANSLATE_NOOP
from vocdesk.reports.document import PageFurniture, PdfMetadata, build_pdf
from vocdesk.reports.kit import Heading, Wording, gap, paragraph, styles
from vocdesk.reports.shaped_text import ThaiParagraph

CONTEXT = "QuestionnaireForm"
BODY_WIDTH = 174 * mm
BOX = 3.6 * mm
NUMBER_COLUMN = 12 * mm
_RULE = colors.HexColor("#333333")
_LIGHT = colors.HexColor("#888888")
_BOX_GAP = 4.0  # points between a box and the Thai upper marks of the label under it


@dataclass(frozen=True)
class FormChoice:
    value: int
    label: str  # already in the report's language


@dataclass(frozen=True)
class FormItem:
    number: str
    section: str
    text: str
    type: QuestionType
    points: int | None
    no_opinion: bool
    choices: tuple[FormChoice, ...]  # choices; for a rating, its levels with their labels


@dataclass(frozen=True)
class QuestionnaireData:
    code: str
    title: str
    privacy_notice: str  # the agency's notice in the report's language; "" when none is set
    items: tuple[FormItem, ...]
    privacy_notice_version: int | None = None  # its published version (issue 19), printed


def questionnaire_form(
    data: QuestionnaireData, wording: Wording, furniture: PageFurniture, metadata: PdfMetadata
) -> bytes:
    """The PDF of the paper form."""
    return build_pdf(lambda: _Form(data, wording).flowables(), furniture, metadata)


class Box(Flowable):
    """An empty square to tick or write a digit in."""

    def __init__(self, size: float = BOX, align: str = "left") -> None:
        super().__init__()
        self.size = size
        self.hAlign = align.upper() if align != "centre" else "CENTER"
        self.width = self.height = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size + _BOX_GAP

    def draw(self) -> None:
        self.canv.setStrokeColor(_RULE)
        self.canv.setLineWidth(0.7)
        self.canv.rect(0, _BOX_GAP, self.size, self.size, stroke=1, fill=0)


class Ticked(Flowable):
    """A box followed by its label, the label wrapping beside (never under) the box."""

    def __init__(self, label: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.label = ThaiParagraph(label, style)
        self.style = style
        self.indent = BOX + 2 * mm

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        width, height = self.label.wrap(available_width - self.indent, available_height)
        self.width, self.height = available_width, height
        return available_width, height

    def draw(self) -> None:
        top = self.height
        first_baseline = top - self.style.fontSize
        self.canv.setStrokeColor(_RULE)
        self.canv.setLineWidth(0.7)
        self.canv.rect(0, first_baseline - 0.6, BOX, BOX, stroke=1, fill=0)
        self.label.drawOn(self.canv, self.indent, 0)


class WritingLines(Flowable):
    """Dotted lines to write an answer on."""

    def __init__(self, lines: int, width: float | None = None, spacing: float = 8 * mm) -> None:
        super().__init__()
        self.lines = lines
        self.line_width = width
        self.spacing = spacing

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = self.line_width or available_width
        self.height = self.lines * self.spacing
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setStrokeColor(_LIGHT)
        self.canv.setLineWidth(0.5)
        self.canv.setDash(1, 2)
        for index in range(self.lines):
            y = self.height - (index + 1) * self.spacing + 1
            self.canv.line(0, y, self.width, y)
        self.canv.setDash()


class _Form:
    def __init__(self, data: QuestionnaireData, wording: Wording) -> None:
        self.data = data
        self.w = wording
        kit = styles()
        self.text = kit.body
        self.small = ParagraphStyle("form-small", parent=kit.small, fontSize=9, leading=12)

    def say(self, text: str, **params: object) -> str:
        return self.w.say(CONTEXT, text, **params)

    def flowables(self) -> list[Flowable]:
        kit = styles()
        out: list[Flowable] = [self._form_number(), gap(4)]
        out.append(paragraph(self.data.title, kit.title, "centre"))
        out.append(
            paragraph(
                self.say(
                    QT_TRANSLATE_NOOP(
                        "QuestionnaireForm",
                        "Please answer every item by ticking one box, unless the item says"
                        " otherwise, or by writing in the space given.",
                    )
                )
            )
        )
        out.append(self._privacy())
        out.append(gap(6))
        section: str | None = None
        for item in self.data.items:
            whole = self._item(item)
            if item.section and item.section != section:
                # The heading goes with its first item: never alone at a page's foot.
                whole.insert(0, Heading(item.section, 0))
            section = item.section
            out.append(KeepTogether(whole))
        if not self.data.items:
            out.append(
                paragraph(
                    self.say(
                        QT_TRANSLATE_NOOP("QuestionnaireForm", "This survey has no questions yet.")
                    ),
                    kit.caption,
                )
            )
        out += [
            gap(10),
            paragraph(
                self.say(QT_TRANSLATE_NOOP("QuestionnaireForm", "Thank you for your answers.")),
                kit.bold,
                "centre",
            ),
        ]
        return out

    def _form_number(self) -> Flowable:
        label = ThaiParagraph(
            self.say(QT_TRANSLATE_NOOP("QuestionnaireForm", "Form number")), self.small, "right"
        )
        box = Table([[""]], colWidths=[30 * mm], rowHeights=[8 * mm])
        box.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), self.text.fontName),
                    ("BOX", (0, 0), (-1, -1), 0.8, _RULE),
                ]
            )
        )
        table = Table([[label, box]], colWidths=[BODY_WIDTH - 32 * mm, 32 * mm])
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), self.text.fontName),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
                    ("RIGHTPADDING", (1, 0), (1, 0), 0),
                ]
            )
        )
        return table

    def _privacy(self) -> Flowable:
        kit = styles()
        notice = self.data.privacy_notice.strip() or self.say(
            QT_TRANSLATE_NOOP(
                "QuestionnaireForm",
                "Your answers are used only to improve our services and are reported only as"
                " totals; no one is identified.",
            )
        )
        version = self.data.privacy_notice_version
        heading = (
            self.say(
                QT_TRANSLATE_NOOP("QuestionnaireForm", "Privacy notice, version {version}"),
                version=self.w.number(version),
            )
            if version is not None and self.data.privacy_notice.strip()
            else self.say(QT_TRANSLATE_NOOP("QuestionnaireForm", "Privacy notice"))
        )
        cell = [
            ThaiParagraph(heading, kit.table_header),
            ThaiParagraph(notice, self.small),
        ]
        table = Table([[cell]], colWidths=[BODY_WIDTH])
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), self.text.fontName),
                    ("BOX", (0, 0), (-1, -1), 0.6, _LIGHT),
                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F4F4F4")),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ]
            )
        )
        return table

    # -- items ----------------------------------------------------------------------------------
    def _item(self, item: FormItem) -> list[Flowable]:
        answer_width = BODY_WIDTH - NUMBER_COLUMN
        parts: list[Flowable] = [ThaiParagraph(item.text, self.text)]
        parts += self._answers(item, answer_width)
        row = Table(
            [[ThaiParagraph(self.w.digits(item.number), styles().bold, "right"), parts]],
            colWidths=[NUMBER_COLUMN, answer_width],
        )
        row.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), self.text.fontName),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (0, 0), 0),
                    ("RIGHTPADDING", (0, 0), (0, 0), 2 * mm),
                    ("LEFTPADDING", (1, 0), (1, 0), 0),
                    ("RIGHTPADDING", (1, 0), (1, 0), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#CCCCCC")),
                ]
            )
        )
        return [row]

    def _answers(self, item: FormItem, width: float) -> list[Flowable]:
        kind = item.type
        if kind is QuestionType.RATING:
            return [self._scale(item.choices, item.no_opinion, width)]
        if kind is QuestionType.IMPORTANCE:
            return [
                self._scale(
                    item.choices,
                    False,
                    width,
                    self.say(QT_TRANSLATE_NOOP("QuestionnaireForm", "Importance")),
                ),
                self._scale(
                    item.choices,
                    item.no_opinion,
                    width,
                    self.say(QT_TRANSLATE_NOOP("QuestionnaireForm", "Satisfaction")),
                ),
            ]
        if kind is QuestionType.NPS:
            levels = tuple(FormChoice(v, "") for v in range(0, 11))
            return [
                self._scale(levels, item.no_opinion, width),
                paragraph(
                    self.say(
                        QT_TRANSLATE_NOOP(
                            "QuestionnaireForm", "0 = not at all likely, 10 = extremely likely"
                        )
                    ),
                    self.small,
                ),
            ]
        if kind in (QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.PROFILE):
            out: list[Flowable] = []
            if kind is QuestionType.MULTIPLE:
                out.append(
                    paragraph(
                        self.say(
                            QT_TRANSLATE_NOOP(
                                "QuestionnaireForm", "(tick every answer that applies)"
                            )
                        ),
                        self.small,
                    )
                )
            out.append(self._choices(item, width))
            return out
        if kind is QuestionType.NUMBER:
            return [WritingLines(1, width=50 * mm)]
        return [WritingLines(3)]

    def _scale(
        self,
        levels: Sequence[FormChoice],
        no_opinion: bool,
        width: float,
        caption: str = "",
    ) -> Flowable:
        """A row of boxes, each above its value and label; "no opinion" last where offered."""
        cells: list[list[Flowable]] = [
            [Box(align="centre"), ThaiParagraph(self._level_text(level), self.small, "centre")]
            for level in levels
        ]
        if no_opinion:
            cells.append(
                [
                    Box(align="centre"),
                    ThaiParagraph(
                        self.say(
                            QT_TRANSLATE_NOOP("QuestionnaireForm", "No opinion / not applicable")
                        ),
                        self.small,
                        "centre",
                    ),
                ]
            )
        caption_width = 26 * mm if caption else 0
        cell_width = min((width - caption_width) / max(len(cells), 1), 26 * mm)
        row: list[object] = [ThaiParagraph(caption, self.small)] if caption else []
        row += cells
        widths = ([caption_width] if caption else []) + [cell_width] * len(cells)
        table = Table([row], colWidths=widths, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), self.text.fontName),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("ALIGN", (1 if caption else 0, 0), (-1, -1), "CENTER"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 1),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 1),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return table

    def _level_text(self, level: FormChoice) -> str:
        number = self.w.digits(str(level.value))
        return (
            f"{number} {level.label}" if level.label and level.label != str(level.value) else number
        )

    def _choices(self, item: FormItem, width: float) -> Flowable:
        """The choices in two columns when their labels are short, else one a line."""
        labels = [f"{self.w.digits(str(c.value))}. {c.label}" for c in item.choices]
        if item.no_opinion:
            labels.append(
                self.say(QT_TRANSLATE_NOOP("QuestionnaireForm", "No opinion / not applicable"))
            )
        longest = max((len(label) for label in labels), default=0)
        columns = 3 if longest <= 18 else 2 if longest <= 40 else 1
        rows_needed = -(-len(labels) // columns)
        # Down the first column, then the next: the order reads as the entry screen numbers it.
        grid: list[list[object]] = [
            [
                Ticked(labels[c * rows_needed + r], self.text)
                if c * rows_needed + r < len(labels)
                else ""
                for c in range(columns)
            ]
            for r in range(rows_needed)
        ]
        table = Table(grid, colWidths=[width / columns] * columns, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), self.text.fontName),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        return table
