"""What the complaint case dialog writes about a case, in the current language.

Pure functions of a ``CaseDetails`` (and the language for numbers and dates): the header, the
details, the service standard's rows, the history's rows, the resolution. The texts are the
dialog's: they are translated in its context, "ComplaintCaseDialog".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vocdesk.domain.clock import thai_date
from vocdesk.domain.complaints.service_standard import Milestone
from vocdesk.domain.enums import ComplaintStatus
from vocdesk.services.complaints.cases import CaseDetails
from vocdesk.ui.labels import enum_label
from vocdesk.ui.models.display import contact_text, date_text, name_text, number_text, yes_no

S = ComplaintStatus


def header_text(c: CaseDetails, lang: str) -> str:
    """Number, status and due date, then what stands out (overdue, clock stopped, confidential)."""
    flags = []
    if c.milestones[Milestone.RESOLVE].overdue and c.status is not S.WAITING:
        flags.append(QCoreApplication.translate("ComplaintCaseDialog", "OVERDUE"))
    if c.paused:
        flags.append(QCoreApplication.translate("ComplaintCaseDialog", "clock stopped"))
    if c.confidential:
        flags.append(QCoreApplication.translate("ComplaintCaseDialog", "confidential"))
    return QCoreApplication.translate("ComplaintCaseDialog", "Case {number} · {status} · due {due}").format(
        number=c.number, status=enum_label(c.status), due=date_text(c.due_on, lang) or "–",
    ) + (f" · {' · '.join(flags)}" if flags else "")  # fmt: skip


def subject_text(c: CaseDetails) -> str:
    if c.hidden:
        return QCoreApplication.translate(
            "ComplaintCaseDialog", "(confidential: you are not allowed to read this case)"
        )
    return c.subject


def sensitive_text(c: CaseDetails, text: str) -> str:
    """``text``, or what stands for it when the complainant's record holds sensitive data the
    reader may not see (PDPA s.26)."""
    if c.sensitive_withheld:
        return QCoreApplication.translate(
            "ComplaintCaseDialog",
            "(sensitive personal data: shown only to users with the personal-data permission)",
        )
    return text


def detail_texts(c: CaseDetails, lang: str) -> dict[str, str]:
    """The Details page's values, by the key of their row."""
    place = " ".join(p for p in (c.district, c.province) if p)
    complainant = QCoreApplication.translate("ComplaintCaseDialog", "Anonymous") if c.anonymous else " · ".join(
        p for p in (c.complainant, contact_text(c.complainant_contact)) if p)  # fmt: skip
    forwarded = ""
    if c.forwarded_agency:
        forwarded = f"{c.forwarded_agency} · {date_text(c.forwarded_on, lang)} · {c.forwarded_reference}".strip(
            " ·"
        )
    duplicate = ""
    if c.duplicate_of is not None:
        duplicate = QCoreApplication.translate("ComplaintCaseDialog", "duplicate of {number}").format(
            number=c.duplicate_of.number
        )  # fmt: skip
    if c.duplicates:
        duplicate = " · ".join(filter(None, [duplicate, QCoreApplication.translate(
            "ComplaintCaseDialog", "duplicates: {numbers}").format(
            numbers=", ".join(d.number for d in c.duplicates))]))  # fmt: skip
    return {
        "received": date_text(c.received_at, lang), "channel": name_text(c.channel, lang),
        "category": name_text(c.category, lang), "complainant": complainant, "place": place,
        "service": name_text(c.service, lang), "priority": enum_label(c.priority),
        "handling": " · ".join(p for p in (c.unit, c.assigned_to) if p),
        "forwarded": forwarded, "duplicate": duplicate, "details": sensitive_text(c, c.details),
        "access": ", ".join(c.access) if c.confidential else "",
    }  # fmt: skip


def milestone_names() -> dict[Milestone, str]:
    return {
        Milestone.ACKNOWLEDGE: QCoreApplication.translate("ComplaintCaseDialog", "Acknowledge"),
        Milestone.FIRST_RESPONSE: QCoreApplication.translate("ComplaintCaseDialog", "First response"),
        Milestone.RESOLVE: QCoreApplication.translate("ComplaintCaseDialog", "Resolve"),
        Milestone.NOTIFY: QCoreApplication.translate("ComplaintCaseDialog", "Notify the complainant"),
    }  # fmt: skip


def standard_rows(c: CaseDetails, lang: str) -> list[tuple[str, ...]]:
    """One row per milestone: step, standard, due, done, working days taken, met."""
    names = milestone_names()
    rows: list[tuple[str, ...]] = []
    for milestone in Milestone:
        check = c.milestones[milestone]
        met = "" if check.met is None else yes_no(check.met)
        if check.overdue and c.status is not S.WAITING:
            met = QCoreApplication.translate("ComplaintCaseDialog", "overdue")
        rows.append((names[milestone], number_text(check.days, lang), date_text(check.due_on, lang),
                     date_text(check.done_on, lang), number_text(check.working_days, lang), met))  # fmt: skip
    return rows


def history_rows(c: CaseDetails, lang: str) -> list[tuple[str, ...]]:
    """One row per move: when, by whom, from, to, note."""
    return [
        (date_text(entry.changed_at, lang), entry.changed_by,
         enum_label(entry.from_status) if entry.from_status else "", enum_label(entry.to_status),
         entry.note)
        for entry in c.history
    ]  # fmt: skip


def resolution_texts(c: CaseDetails, lang: str) -> dict[str, str]:
    """The Resolution page's values, by the key of their row (improvement actions aside)."""
    trust = "" if c.trust_restored is None else yes_no(c.trust_restored)
    follow = ""
    if c.follow_up_score is not None:
        follow = f"{number_text(c.follow_up_score, lang)}/5 {c.follow_up_comment}".strip()
    notified = ""
    if c.notified_at is not None:
        notified = (
            f"{date_text(thai_date(c.notified_at), lang)} · {name_text(c.notify_channel, lang)}"
        )
    return {"resolution": c.resolution, "root_cause": name_text(c.root_cause, lang),
            "corrective": c.corrective_action, "notified": notified, "follow_up": follow,
            "trust": trust, "reopened": number_text(c.reopen_count, lang)}  # fmt: skip
