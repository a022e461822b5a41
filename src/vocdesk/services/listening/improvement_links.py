"""What an improvement action is linked to: the listening entries, complaints and survey
findings that caused it. How links are checked and stored, and how the linked records are read
back, each within the caller's transaction (``ImprovementActionsService`` owns it).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import case, delete, insert, select
from sqlalchemy.orm import Session

from vocdesk.db.models import (
    Channel,
    Complaint,
    FeedbackEntry,
    ImprovementSurveyFinding,
    Stakeholder,
    Survey,
    SurveyQuestion,
    improvement_complaint,
    improvement_feedback,
)
from vocdesk.domain.accounts import Principal
from vocdesk.domain.enums import ComplaintStatus
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, counted_error, user_error
from vocdesk.domain.tables import Named
from vocdesk.services.confidentiality import readable_condition


@dataclass(frozen=True)
class SurveyFindingLink:
    """A survey, or one of its questions, and what its result showed."""

    survey_id: uuid.UUID
    question_id: uuid.UUID | None = None
    finding: str = ""


@dataclass(frozen=True)
class ImprovementLinks:
    entry_ids: tuple[uuid.UUID, ...] = ()
    complaint_ids: tuple[uuid.UUID, ...] = ()
    findings: tuple[SurveyFindingLink, ...] = ()


NO_LINKS = ImprovementLinks()


@dataclass(frozen=True)
class LinkedEntry:
    id: uuid.UUID
    received_at: datetime
    channel: Named
    text: str
    withheld: bool = False  # PDPA s.26: a sensitive person's words, for a reader without the grant


@dataclass(frozen=True)
class LinkedComplaint:
    id: uuid.UUID
    number: str
    subject: str
    status: ComplaintStatus


@dataclass(frozen=True)
class LinkedFinding:
    survey_id: uuid.UUID
    survey: str  # the survey's title
    fiscal_year: int
    question_id: uuid.UUID | None
    question: str  # "2.1 ความรวดเร็ว..." or "" for the survey as a whole
    finding: str

    @property
    def link(self) -> SurveyFindingLink:
        return SurveyFindingLink(self.survey_id, self.question_id, self.finding)


@dataclass(frozen=True)
class SurveyChoice:
    id: uuid.UUID
    title: str
    fiscal_year: int
    questions: tuple[tuple[uuid.UUID, str], ...]  # (id, "number text")


_ENTRY_COLUMNS = (FeedbackEntry.id, FeedbackEntry.received_at, Channel.name_th, Channel.name_en,
                  FeedbackEntry.text, Stakeholder.sensitive)  # fmt: skip


def _entries(rows: Iterable[Any], withhold: bool) -> list[LinkedEntry]:
    """The entries as shown: a sensitive person's words left out when ``withhold`` (the reader
    lacks the personal-data grant, ``services.pdpa.masking.sees_sensitive``), as the log does."""
    found = []
    for i, at, th, en, text, sensitive in rows:
        withheld = withhold and bool(sensitive)
        found.append(LinkedEntry(i, at, Named(th, en), "" if withheld else text, withheld))
    return found


def linked_entries(
    session: Session, action_id: uuid.UUID, withhold: bool = False
) -> tuple[LinkedEntry, ...]:
    rows = session.execute(
        select(*_ENTRY_COLUMNS)
        .join(improvement_feedback, improvement_feedback.c.feedback_entry_id == FeedbackEntry.id)
        .join(Channel, FeedbackEntry.channel_id == Channel.id)
        .outerjoin(Stakeholder, Stakeholder.id == FeedbackEntry.stakeholder_id)
        .where(improvement_feedback.c.action_id == action_id)
        .order_by(FeedbackEntry.received_at, FeedbackEntry.id)
    ).all()  # fmt: skip
    return tuple(_entries(rows, withhold))


def linked_complaints(
    session: Session, action_id: uuid.UUID, reader: Principal
) -> tuple[LinkedComplaint, ...]:
    """The complaints linked to the action; a confidential one ``reader`` may not read comes
    with its number and status only (``services.confidentiality``)."""
    shown = case((readable_condition(reader), Complaint.subject), else_="")
    rows = session.execute(
        select(Complaint.id, Complaint.number, shown, Complaint.status)
        .join(improvement_complaint, improvement_complaint.c.complaint_id == Complaint.id)
        .where(improvement_complaint.c.action_id == action_id)
        .order_by(Complaint.received_at, Complaint.id)
    ).all()  # fmt: skip
    return tuple(LinkedComplaint(*c) for c in rows)


def linked_findings(session: Session, action_id: uuid.UUID) -> tuple[LinkedFinding, ...]:
    rows = session.execute(
        select(
            ImprovementSurveyFinding.survey_id, Survey.title_th, Survey.fiscal_year,
            ImprovementSurveyFinding.question_id, SurveyQuestion.number, SurveyQuestion.text_th,
            ImprovementSurveyFinding.finding,
        )
        .join(Survey, ImprovementSurveyFinding.survey_id == Survey.id)
        .outerjoin(SurveyQuestion, ImprovementSurveyFinding.question_id == SurveyQuestion.id)
        .where(ImprovementSurveyFinding.action_id == action_id)
        .order_by(ImprovementSurveyFinding.created_at, ImprovementSurveyFinding.id)
    ).all()  # fmt: skip
    return tuple(
        LinkedFinding(s, title, fy, q, f"{number} {text}" if q else "", finding)
        for s, title, fy, q, number, text, finding in rows
    )


def entries_with_ids(
    session: Session, entry_ids: Sequence[uuid.UUID], withhold: bool = False
) -> list[LinkedEntry]:
    """The entries with these ids, oldest first."""
    rows = session.execute(
        select(*_ENTRY_COLUMNS)
        .join(Channel, FeedbackEntry.channel_id == Channel.id)
        .outerjoin(Stakeholder, Stakeholder.id == FeedbackEntry.stakeholder_id)
        .where(FeedbackEntry.id.in_(list(entry_ids)))
        .order_by(FeedbackEntry.received_at, FeedbackEntry.id)
    ).all()  # fmt: skip
    return _entries(rows, withhold)


def survey_choices(session: Session) -> list[SurveyChoice]:
    """Every survey, newest fiscal year first, with its questions: what a finding may name."""
    surveys = session.execute(
        select(Survey.id, Survey.title_th, Survey.fiscal_year).order_by(
            Survey.fiscal_year.desc(), Survey.title_th
        )
    ).all()
    questions: dict[uuid.UUID, list[tuple[uuid.UUID, str]]] = {}
    for survey_id, qid, number, text in session.execute(
        select(SurveyQuestion.survey_id, SurveyQuestion.id, SurveyQuestion.number, SurveyQuestion.text_th)
        .order_by(SurveyQuestion.survey_id, SurveyQuestion.position)
    ):  # fmt: skip
        questions.setdefault(survey_id, []).append((qid, f"{number} {text}"))
    return [SurveyChoice(i, t, fy, tuple(questions.get(i, ()))) for i, t, fy in surveys]


def clear_links(session: Session, action_id: uuid.UUID) -> None:
    """Remove every link of the action (before its links are stored anew)."""
    for table in (improvement_feedback, improvement_complaint):
        session.execute(delete(table).where(table.c.action_id == action_id))
    session.execute(
        delete(ImprovementSurveyFinding).where(ImprovementSurveyFinding.action_id == action_id)
    )


def store_links(session: Session, action_id: uuid.UUID, links: ImprovementLinks) -> None:
    entry_ids = list(dict.fromkeys(links.entry_ids))
    complaint_ids = list(dict.fromkeys(links.complaint_ids))
    check_all_exist(session, FeedbackEntry, entry_ids)
    check_all_exist(session, Complaint, complaint_ids)
    check_all_exist(session, Survey, [f.survey_id for f in links.findings])
    if entry_ids:
        session.execute(
            insert(improvement_feedback),
            [{"action_id": action_id, "feedback_entry_id": e} for e in entry_ids],
        )
    if complaint_ids:
        session.execute(
            insert(improvement_complaint),
            [{"action_id": action_id, "complaint_id": c} for c in complaint_ids],
        )
    for link in links.findings:
        if link.question_id is not None:
            survey_of_question = session.scalar(
                select(SurveyQuestion.survey_id).where(SurveyQuestion.id == link.question_id)
            )
            if survey_of_question != link.survey_id:
                raise user_error(
                    "ImprovementRules",
                    QT_TRANSLATE_NOOP(
                        "ImprovementRules", "The chosen question is not part of the chosen survey."
                    ),
                )
        session.add(
            ImprovementSurveyFinding(
                action_id=action_id, survey_id=link.survey_id, question_id=link.question_id,
                finding=link.finding.strip(),
            )
        )  # fmt: skip


def check_all_exist(session: Session, entity: Any, ids: Iterable[uuid.UUID]) -> None:
    wanted = set(ids)
    if not wanted:
        return
    found = set(session.scalars(select(entity.id).where(entity.id.in_(wanted))))
    missing = len(wanted - found)
    if not missing:
        return
    if entity is Complaint:
        raise counted_error("ImprovementRules", QT_TRANSLATE_NOOP(
            "ImprovementRules", "%n of the chosen complaints no longer exist.", None, missing
        ), missing)  # fmt: skip
    if entity is FeedbackEntry:
        raise counted_error("ImprovementRules", QT_TRANSLATE_NOOP(
            "ImprovementRules", "%n of the chosen listening entries no longer exist.", None, missing
        ), missing)  # fmt: skip
    raise counted_error("ImprovementRules", QT_TRANSLATE_NOOP(
        "ImprovementRules", "%n of the chosen surveys no longer exist.", None, missing
    ), missing)  # fmt: skip
