"""The agency's privacy notice, in versions (issue 19, PDPA section 23).

A notice is never edited in place: a new text is published as the next version, and the old
ones stay, so that what a person was shown at collection can be read again years later. Each
time a form records that the notice was shown to a person, a ``PrivacyNoticeShown`` row names
the version, the place and the officer.

The session-level functions (``current_notice``, ``publish_notice``, ``record_notice_shown``)
let another service do the same inside its own transaction (the Settings dialog's save, a
stakeholder saved from a form).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vocdesk.db.base import utc_now
from vocdesk.db.models import AuditEntry, PrivacyNotice, PrivacyNoticeShown, Stakeholder
from vocdesk.domain.accounts import Permission
from vocdesk.domain.enums import AuditAction
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error
from vocdesk.domain.pdpa.terms import NoticePlace
from vocdesk.services.authorization import acting, requires
from vocdesk.services.database import Database

CONTEXT = "PrivacyNotice"
NOTICE_MAX_LENGTH = 20_000  # characters per language: a few printed pages


@dataclass(frozen=True)
class NoticeVersion:
    id: uuid.UUID
    version: int
    text_th: str
    text_en: str
    published_at: datetime
    published_by: str

    def text(self, lang: str) -> str:
        """The notice in ``lang`` ("th" or "en"), else in the other language."""
        first, second = (
            (self.text_th, self.text_en) if lang == "th" else (self.text_en, self.text_th)
        )
        return first or second

    def first_line(self, lang: str) -> str:
        """The notice's first non-empty line in ``lang``: the short line a form shows."""
        return next((line.strip() for line in self.text(lang).splitlines() if line.strip()), "")


@dataclass(frozen=True)
class NoticeShown:
    """A person was shown a notice version: when, where, by whom."""

    version: int
    shown_at: datetime
    place: NoticePlace
    shown_by: str


def notice_text(value: str) -> str:
    """A notice's text: its lines kept, trailing spaces and blank lines at either end dropped."""
    return "\n".join(line.rstrip() for line in value.strip().splitlines())


def _version(row: PrivacyNotice) -> NoticeVersion:
    return NoticeVersion(row.id, row.version, row.text_th, row.text_en, row.published_at,
                         row.published_by)  # fmt: skip


def current_notice(session: Session) -> NoticeVersion | None:
    """The latest published version, or None when the agency has published none."""
    row = session.scalars(select(PrivacyNotice).order_by(PrivacyNotice.version.desc())).first()
    return _version(row) if row is not None else None


def publish_notice(session: Session, text_th: str, text_en: str, user: str) -> NoticeVersion | None:
    """Publish the texts as the next version, in the caller's transaction; nothing when they are
    the current version's texts (or both empty with no version yet). Returns the current version."""
    text_th, text_en = notice_text(text_th), notice_text(text_en)
    for text in (text_th, text_en):
        if len(text) > NOTICE_MAX_LENGTH:
            raise user_error(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "PrivacyNotice",
                    "The privacy notice is {length} characters long; at most {limit} are allowed.",
                ),
                length=len(text), limit=NOTICE_MAX_LENGTH,
            )  # fmt: skip
    current = current_notice(session)
    if current is None and not (text_th or text_en):
        return None
    if current is not None and (current.text_th, current.text_en) == (text_th, text_en):
        return current
    number = (session.scalar(select(func.max(PrivacyNotice.version))) or 0) + 1
    row = PrivacyNotice(version=number, text_th=text_th, text_en=text_en,
                        published_at=utc_now(), published_by=user)  # fmt: skip
    session.add(row)
    session.flush()
    session.add(AuditEntry(at=row.published_at, user=user, action=AuditAction.CREATE,
                           entity="privacy_notice", entity_id=row.id,
                           changes={"version": number, "text_th": text_th, "text_en": text_en}))  # fmt: skip
    return _version(row)


def record_notice_shown(
    session: Session,
    stakeholder_id: uuid.UUID,
    place: NoticePlace,
    user: str,
    notice_id: uuid.UUID | None = None,
) -> NoticeVersion | None:
    """Record that the person was shown ``notice_id`` (else the current version) at ``place``,
    in the caller's transaction. None (nothing recorded) when no notice was ever published."""
    if notice_id is not None:
        row = session.get(PrivacyNotice, notice_id)
        if row is None:
            raise user_error(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "PrivacyNotice", "That version of the privacy notice does not exist."
                ),
            )
        notice: NoticeVersion | None = _version(row)
    else:
        notice = current_notice(session)
    if notice is None:
        return None
    now = utc_now()
    session.add(PrivacyNoticeShown(stakeholder_id=stakeholder_id, notice_id=notice.id,
                                   shown_at=now, place=place, shown_by=user))  # fmt: skip
    session.add(AuditEntry(at=now, user=user, action=AuditAction.UPDATE, entity="stakeholder",
                           entity_id=stakeholder_id,
                           changes={"privacy_notice_shown": {"version": notice.version,
                                                             "place": place.value}}))  # fmt: skip
    return notice


class PrivacyNoticeService:
    def __init__(self, db: Database) -> None:
        self._db = db

    @requires(Permission.READ)
    def current(self) -> NoticeVersion | None:
        """The notice in force, or None when none was published."""
        with self._db.session_scope() as session:
            return current_notice(session)

    @requires(Permission.READ)
    def versions(self) -> list[NoticeVersion]:
        """Every published version, the latest first."""
        with self._db.session_scope() as session:
            rows = session.scalars(select(PrivacyNotice).order_by(PrivacyNotice.version.desc()))
            return [_version(row) for row in rows]

    @requires(Permission.MANAGE_CATALOGUES)
    def publish(self, text_th: str, text_en: str) -> NoticeVersion | None:
        """Publish a new version when the texts differ from the current one's; audited."""
        user = acting(self._db).login
        with self._db.session_scope() as session:
            return publish_notice(session, text_th, text_en, user)

    @requires(Permission.RECORD)
    def record_shown(
        self, stakeholder_id: uuid.UUID, place: NoticePlace, notice_id: uuid.UUID | None = None
    ) -> NoticeVersion | None:
        """Record that the person was shown the notice (the current version unless named)."""
        user = acting(self._db).login
        with self._db.session_scope() as session:
            if session.get(Stakeholder, stakeholder_id) is None:
                raise user_error(
                    CONTEXT,
                    QT_TRANSLATE_NOOP("PrivacyNotice", "The person no longer exists; it may have been merged or deleted."),
                )  # fmt: skip
            return record_notice_shown(session, stakeholder_id, place, user, notice_id)

    @requires(Permission.READ)
    def shown_to(self, stakeholder_id: uuid.UUID) -> list[NoticeShown]:
        """The notice versions the person was shown, the latest first."""
        stmt = (
            select(PrivacyNotice.version, PrivacyNoticeShown.shown_at, PrivacyNoticeShown.place,
                   PrivacyNoticeShown.shown_by)
            .join(PrivacyNotice, PrivacyNotice.id == PrivacyNoticeShown.notice_id)
            .where(PrivacyNoticeShown.stakeholder_id == stakeholder_id)
            .order_by(PrivacyNoticeShown.shown_at.desc())
        )  # fmt: skip
        with self._db.session_scope() as session:
            return [
                NoticeShown(r.version, r.shown_at, r.place, r.shown_by)
                for r in session.execute(stmt)
            ]


__all__ = [
    "NOTICE_MAX_LENGTH", "NoticeShown", "NoticeVersion", "PrivacyNoticeService", "current_notice",
    "notice_text", "publish_notice", "record_notice_shown",
]  # fmt: skip
