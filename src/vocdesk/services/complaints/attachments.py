"""Files kept with a complaint case (photos, letters), stored in the database so a backup carries
them; only those allowed to read the case may open them, add them to a case they work on
(``CaseAccess.workable``), and those who manage cases remove them. Adding or removing one is a
save of the case: it names the case's version the view showed, and counts it up."""

from __future__ import annotations

import mimetypes
import uuid

from vocdesk.db.base import utc_now
from vocdesk.db.models import ComplaintAttachment
from vocdesk.domain.enums import AuditAction
from vocdesk.services.complaints.access import CaseAccess, case_gone
from vocdesk.services.complaints.case_records import AttachmentFile, check_attachment
from vocdesk.services.database import Database, check_version


class CaseAttachments:
    def __init__(self, db: Database, access: CaseAccess) -> None:
        self._db = db
        self._access = access

    def add_attachment(
        self, case_id: uuid.UUID, attachment: AttachmentFile, *, version: int | None = None
    ) -> uuid.UUID:
        check_attachment(attachment)
        with self._db.session_scope() as session:
            case = self._access.workable(session, case_id)
            check_version(case, version)
            row = attachment_row(case.id, attachment, self._access.user())
            session.add(row)
            case.updated_at = utc_now()  # the case's files changed: its version moves on
            session.flush()
            return row.id

    def attachment_content(self, attachment_id: uuid.UUID) -> tuple[str, bytes]:
        """The file name and bytes of an attachment (only for those allowed to read the case)."""
        with self._db.session_scope() as session:
            row = session.get(ComplaintAttachment, attachment_id)
            if row is None:
                raise case_gone()
            self._access.writable(session, row.complaint_id)
            return row.file_name, row.content

    def remove_attachment(self, attachment_id: uuid.UUID, *, version: int | None = None) -> None:
        with self._db.session_scope() as session:
            row = session.get(ComplaintAttachment, attachment_id)
            if row is None:
                raise case_gone()
            case = self._access.managed(session, row.complaint_id)
            check_version(case, version)
            session.delete(row)
            case.updated_at = utc_now()  # the case's files changed: its version moves on
            self._access.audit(
                session, row.complaint_id, AuditAction.DELETE, {"attachment": row.file_name}
            )


def attachment_row(
    case_id: uuid.UUID, attachment: AttachmentFile, user: str
) -> ComplaintAttachment:
    """A checked file (``check_attachment``) as the row that keeps it with case ``case_id``."""
    name = attachment.file_name.strip()[-255:]
    media_type = (
        attachment.media_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
    )
    return ComplaintAttachment(complaint_id=case_id, file_name=name, media_type=media_type,
                               size=len(attachment.content), content=attachment.content, added_by=user)  # fmt: skip
