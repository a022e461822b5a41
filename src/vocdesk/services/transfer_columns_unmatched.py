"""The file's columns an import does not know, so that none is dropped without the user knowing.

A heading that matches no column of the kind (a misspelt "phnoe", a platform's "Timestamp") used
to be skipped without a word. ``unmatched_columns`` lists them for the import wizard, which asks
the user to map or skip each one, and for the command line, which names them. Online form
exports (Google Forms, Microsoft Forms) always carry a time stamp and often the respondent's
e-mail: those are ``expected`` and offered as skipped, still listed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from vocdesk.domain.messages import QT_TRANSLATE_NOOP, Message
from vocdesk.io.sheet import column_letter
from vocdesk.io.table_spec import TableSpec, match_columns

CONTEXT = "UnmatchedColumns"

# Headings that online form services add to every export (English and Thai interfaces),
# compared without case, spaces or punctuation.
FORM_EXPORT_HEADINGS = frozenset(
    {
        "timestamp",
        "email",
        "emailaddress",
        "email_address",
        "starttime",
        "completiontime",
        "lastmodifiedtime",
        "name",
        "id",
        "ประทับเวลา",
        "ที่อยู่อีเมล",
        "อีเมล",
        "เวลาเริ่มต้น",
        "เวลาที่เสร็จสมบูรณ์",
        "เวลาที่แก้ไขล่าสุด",
    }
)


@dataclass(frozen=True)
class UnmatchedColumn:
    """A column of the file that no column of the import takes."""

    index: int  # 0-based position in the file
    heading: str  # as the file writes it
    expected: bool  # an online form's own column (time stamp, e-mail), skipped on purpose

    @property
    def letter(self) -> str:
        return column_letter(self.index)


def _heading_key(heading: str) -> str:
    return re.sub(r"[\s\W_]+", "", heading.casefold())


def unmatched_columns(
    spec: TableSpec, headers: Sequence[str], mapping: Mapping[str, int] | None = None
) -> list[UnmatchedColumn]:
    """The file's columns (with a heading) that ``mapping`` (default: the headings' own match)
    gives to no column of ``spec``, in the file's order."""
    used = set((match_columns(spec, list(headers)) if mapping is None else mapping).values())
    return [
        UnmatchedColumn(
            index, heading, _heading_key(heading) in {_heading_key(h) for h in FORM_EXPORT_HEADINGS}
        )
        for index, heading in enumerate(headers)
        if index not in used and heading.strip()
    ]


def unmatched_notice(columns: Sequence[UnmatchedColumn]) -> Message | None:
    """ "2 columns of the file were not imported: C “phnoe”, F “Timestamp”." or None."""
    if not columns:
        return None
    listed = ", ".join(f"{column.letter} “{column.heading}”" for column in columns)
    return Message(
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "UnmatchedColumns",
            "%n column(s) of the file matched no column of VocDesk and were not imported: "
            "{columns}.",
            None,
            len(columns),
        ),
        {"columns": listed},
        len(columns),
    )
