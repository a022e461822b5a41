"""Screenshots of Personal data › Retention review… in Thai and English, for docs/pdpa.md
(issue 19): the periods with the counts due, the complaints due, the log of a past review.

    python scripts/screenshots_retention.py [--db FILE] [--out docs/screenshots]

On a new demo database (in a temporary folder) the periods are set shorter than the agency's
defaults so that the demo's few years of data have records due, and one review of activities
is run first so that the log has a line.
"""

from __future__ import annotations

import sys
from datetime import date

from screenshot_kit import screenshot_session, settle

from vocdesk.domain.accounts import Permission, Principal, Role
from vocdesk.domain.pdpa.terms import RetentionAction, RetentionRecordType
from vocdesk.services.pdpa.retention import RetentionService
from vocdesk.ui.pdpa.retention_dialog import KINDS, RetentionDialog

REVIEW_DAY = date(2027, 3, 1)
ADMIN = Principal(
    login="pranee",
    role=Role.ADMINISTRATOR,
    grants=frozenset({Permission.PERSONAL_DATA, Permission.CONFIDENTIAL}),
)


def main(argv: list[str]) -> int:
    with screenshot_session(__doc__, argv) as shot:
        shot.db.actor = ADMIN
        retention = RetentionService(shot.db)
        retention.set_policy(RetentionRecordType.COMPLAINT, 1, RetentionAction.ANONYMISE)
        retention.set_policy(RetentionRecordType.FEEDBACK, 2, RetentionAction.ANONYMISE)
        retention.set_policy(RetentionRecordType.ACTIVITY, 2, RetentionAction.DELETE)
        retention.set_policy(RetentionRecordType.SURVEY_RESPONSE, 3, RetentionAction.ANONYMISE)
        retention.review(RetentionRecordType.ACTIVITY, RetentionAction.DELETE, on=date(2026, 12, 1))
        for lang in ("th", "en"):
            shot.languages.set_language(lang)
            dialog = RetentionDialog(retention, may_edit=True, may_review=True, tasks=shot.runner)
            dialog.day_edit.setDate(REVIEW_DAY)
            dialog.periods.selectRow(KINDS.index(RetentionRecordType.COMPLAINT))
            dialog.show()
            settle(shot.app, shot.runner, 1.0)
            dialog.view.selectRow(2)
            settle(shot.app, None, 0.3)
            path = shot.out / f"pdpa-retention-{lang}.png"
            dialog.grab().save(str(path))
            print(path)
            dialog.close()
            dialog.deleteLater()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
