"""The double-entry check: two people key the same paper forms, and every difference is listed.

The rules:

- Pass 1 (``entry_pass`` 1) is the data: analysis, the results export and the Surveys tab count
  pass 1 only. Pass 2 is a second person's keying of the same paper forms, kept only to be
  compared with pass 1.
- Forms are paired by their form number (the number on the paper). A form keyed in one pass only
  is listed as such (``first_only``, ``second_only``): the second person has not keyed it yet, or
  one of them mistyped its number.
- For each pair, every question is compared, and the form's date and comment: an answer left
  empty in one pass and given in the other is a difference too; "no opinion" differs from every
  value; a multiple-choice answer compares its set of ticked choices.
- A difference is resolved by choosing the right value, read on the paper form: it is written
  into pass 1 (the data) and into the pass-2 copy as well, so that the pair agrees and the
  difference leaves the list. The second copy is still never analysed.
- A difference carries the versions of the two keyed forms as compared (migration 0016); a
  resolution that names them is refused when either form was saved since (a correction in another
  window, another resolution), and it counts up the version of the form it rewrites.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import delete, insert, select

from vocdesk.db.base import utc_now
from vocdesk.db.models import SurveyAnswer, SurveyResponse
from vocdesk.domain.accounts import Permission
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error
from vocdesk.services.authorization import requires
from vocdesk.services.database import Database, check_version
from vocdesk.services.surveys.answer_scores import refresh_scores
from vocdesk.services.surveys.entry import (
    FIRST_PASS,
    SECOND_PASS,
    EntryAnswer,
    EntryForm,
    answer_rows,
    form_number_order,
    load_layout,
    stored_answers,
)

__all__ = [
    "FIELD_COMMENT",
    "FIELD_DATE",
    "DoubleEntryReport",
    "DoubleEntryService",
    "EntryDifference",
]

CONTEXT = "DoubleEntry"
FIELD_DATE = "submitted_on"  # a difference of the form's date, not of a question
FIELD_COMMENT = "comment"


@dataclass(frozen=True)
class EntryDifference:
    """One question (or the date, or the comment) of one form keyed differently in the two passes.

    ``question_id`` is None for the form's own fields, which ``field`` names (``FIELD_DATE``,
    ``FIELD_COMMENT``); for a question ``field`` is "". ``first`` and ``second`` are the answers
    (None: no answer); for a date or comment difference ``first_text``/``second_text`` hold them.
    """

    form_number: str
    question_id: uuid.UUID | None
    question_code: str
    question_number: str
    field: str
    first: EntryAnswer | None
    second: EntryAnswer | None
    first_text: str = ""
    second_text: str = ""
    first_version: int | None = None  # the two forms' versions when compared
    second_version: int | None = None

    @property
    def versions(self) -> tuple[int | None, int | None]:
        """The forms' versions (pass 1, pass 2) as compared, for ``resolve``."""
        return (self.first_version, self.second_version)


@dataclass(frozen=True)
class DoubleEntryReport:
    differences: tuple[EntryDifference, ...]
    first_only: tuple[str, ...]  # form numbers keyed in pass 1 only
    second_only: tuple[str, ...]  # ... and in pass 2 only
    compared: int  # forms keyed in both passes
    agreeing: int  # of them, those without any difference
    layout: EntryForm | None = None  # the survey's questions, to show the differences by

    @property
    def forms_with_differences(self) -> int:
        return self.compared - self.agreeing


def _same(first: EntryAnswer | None, second: EntryAnswer | None) -> bool:
    if first is None or second is None:
        return first is second
    return (
        first.value, first.importance, first.number, first.text or None, first.no_opinion,
        tuple(sorted(first.choices)),
    ) == (
        second.value, second.importance, second.number, second.text or None, second.no_opinion,
        tuple(sorted(second.choices)),
    )  # fmt: skip


@dataclass
class _Form:
    response_id: uuid.UUID
    submitted_on: date
    comment: str
    answers: dict[uuid.UUID, EntryAnswer]
    version: int | None = None


class DoubleEntryService:
    def __init__(self, db: Database) -> None:
        self._db = db

    @requires(Permission.READ)
    def compare(self, survey_id: uuid.UUID) -> DoubleEntryReport:
        """Every difference between pass 1 and pass 2 of ``survey_id``, by form number."""
        with self._db.session_scope() as session:
            layout = load_layout(session, survey_id)
            first = self._forms(session, layout, FIRST_PASS)
            second = self._forms(session, layout, SECOND_PASS)
        both = sorted(set(first) & set(second), key=form_number_order)
        differences: list[EntryDifference] = []
        agreeing = 0
        for number in both:
            found = _differences(layout, number, first[number], second[number])
            differences.extend(found)
            agreeing += not found
        return DoubleEntryReport(
            tuple(differences),
            tuple(sorted(set(first) - set(second), key=form_number_order)),
            tuple(sorted(set(second) - set(first), key=form_number_order)),
            len(both),
            agreeing,
            layout,
        )

    @requires(Permission.RECORD)
    def resolve(
        self, survey_id: uuid.UUID, difference: EntryDifference, keep: int,
        *, versions: tuple[int | None, int | None] | None = None,
    ) -> None:  # fmt: skip
        """Settle ``difference`` with the value of pass ``keep`` (1 or 2), as read on the paper:
        both passes get it, pass 1 because it is the data, pass 2 so that the pair agrees.
        One transaction. ``versions``: the two forms' as the page compared them
        (``difference.versions``); refused if either was saved since."""
        if keep not in (FIRST_PASS, SECOND_PASS):
            raise ValueError(keep)
        with self._db.session_scope() as session:
            layout = load_layout(session, survey_id)
            responses = {
                r.entry_pass: r
                for r in session.scalars(
                    select(SurveyResponse).where(
                        SurveyResponse.survey_id == survey_id,
                        SurveyResponse.form_number == difference.form_number,
                        SurveyResponse.entry_pass.in_((FIRST_PASS, SECOND_PASS)),
                    )
                )
            }
            if len(responses) != 2:
                raise user_error(CONTEXT, QT_TRANSLATE_NOOP(
                    "DoubleEntry",
                    "Form {number} is no longer keyed in both passes; compare the passes again.",
                ), number=difference.form_number)  # fmt: skip
            if versions is not None:
                check_version(responses[FIRST_PASS], versions[0])
                check_version(responses[SECOND_PASS], versions[1])
            source = responses[keep]
            rewritten = responses[SECOND_PASS if keep == FIRST_PASS else FIRST_PASS]
            rewritten.updated_at = utc_now()  # a save of the form: its version moves on
            if difference.question_id is None:
                if difference.field == FIELD_DATE:
                    rewritten.submitted_on = source.submitted_on
                elif difference.field == FIELD_COMMENT:
                    rewritten.comment = source.comment
                return
            question = layout.question(difference.question_id)
            chosen = stored_answers(
                layout,
                session.scalars(
                    select(SurveyAnswer).where(
                        SurveyAnswer.response_id == source.id,
                        SurveyAnswer.question_id == question.id,
                    )
                ),
            )
            for entry_pass, response in responses.items():
                if entry_pass == keep:
                    continue
                session.execute(
                    delete(SurveyAnswer).where(
                        SurveyAnswer.response_id == response.id,
                        SurveyAnswer.question_id == question.id,
                    )
                )
                rows: list[dict[str, Any]] = []
                for answer in chosen:
                    rows.extend(answer_rows(response.id, answer, question))
                if rows:
                    session.execute(insert(SurveyAnswer), rows)
                if question.profile is not None and entry_pass == FIRST_PASS:
                    response.segment_id = source.segment_id
            refresh_scores(session, [r.id for r in responses.values()])

    @staticmethod
    def _forms(session: Any, layout: EntryForm, entry_pass: int) -> dict[str, _Form]:
        responses = session.execute(
            select(SurveyResponse.id, SurveyResponse.form_number, SurveyResponse.submitted_on,
                   SurveyResponse.comment, SurveyResponse.version)
            .where(SurveyResponse.survey_id == layout.survey_id,
                   SurveyResponse.entry_pass == entry_pass)
        ).all()  # fmt: skip
        by_id = {row.id: row for row in responses}
        rows: dict[uuid.UUID, list[SurveyAnswer]] = {}
        ids = list(by_id)
        for start in range(0, len(ids), 500):
            for answer in session.scalars(
                select(SurveyAnswer).where(SurveyAnswer.response_id.in_(ids[start : start + 500]))
            ):
                rows.setdefault(answer.response_id, []).append(answer)
        forms: dict[str, _Form] = {}
        for response_id, row in by_id.items():
            answers = stored_answers(layout, rows.get(response_id, []))
            forms[row.form_number] = _Form(
                response_id,
                row.submitted_on,
                row.comment,
                {a.question_id: a for a in answers},
                row.version,
            )
        return forms


def _differences(
    layout: EntryForm, number: str, first: _Form, second: _Form
) -> list[EntryDifference]:
    found: list[EntryDifference] = []
    if first.submitted_on != second.submitted_on:
        found.append(EntryDifference(number, None, "", "", FIELD_DATE, None, None,
                                     first.submitted_on.isoformat(), second.submitted_on.isoformat()))  # fmt: skip
    for question in layout.questions:
        one, two = first.answers.get(question.id), second.answers.get(question.id)
        if not _same(one, two):
            found.append(EntryDifference(number, question.id, question.code, question.number, "",
                                         one, two))  # fmt: skip
    if first.comment.strip() != second.comment.strip():
        found.append(EntryDifference(number, None, "", "", FIELD_COMMENT, None, None,
                                     first.comment, second.comment))  # fmt: skip
    return [replace(d, first_version=first.version, second_version=second.version) for d in found]


def differences_of(report: DoubleEntryReport, form_number: str) -> Iterable[EntryDifference]:
    return (d for d in report.differences if d.form_number == form_number)
