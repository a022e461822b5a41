"""Screenshots of the stakeholder form in Thai and English, for docs/stakeholders.md.

    python scripts/screenshots_registry.py [--db demo.sqlite] [--out docs/screenshots]

Without --db a demo database is made in a temporary folder (demo data, "today" 2026-11-28). The
form opens offscreen on a demo person who has a national ID and consent recorded, with one
field left wrong (a mistyped phone) so that the picture shows the inline check too.
(The tab itself: ``vocdesk screenshot --tab stakeholders``.)
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from screenshot_kit import DEMO_TODAY, screenshot_session, settle  # noqa: E402

from vocdesk.domain.tables import TableQuery
from vocdesk.services.registry.edit import RegistryEditService  # noqa: E402
from vocdesk.services.registry.stakeholders import RegistryFilter, RegistryService  # noqa: E402
from vocdesk.ui.registry.stakeholder_form import StakeholderForm  # noqa: E402

SIZE = (1180, 640)


def main(argv: list[str] | None = None) -> int:
    with screenshot_session(__doc__, argv) as shot:
        app, db, languages = shot.app, shot.db, shot.languages
        registry = RegistryService(db)
        edit = RegistryEditService(db, today=lambda: DEMO_TODAY)
        person = next(
            row
            for row in registry.list_stakeholders(
                TableQuery(search="นางสาว"), 0, 500, RegistryFilter()
            )
            if row.national_id and edit.load(row.id).draft.consent_follow_up
        )
        for lang in ("th", "en"):
            languages.set_language(lang)
            form = StakeholderForm(edit, registry, person.id)
            form.resize(*SIZE)
            form.show()
            form.phone2_edit.setText(
                "02 123 45"
            )  # one digit short: the check shows under the field
            form.phone2_edit.editingFinished.emit()
            settle(app)
            out = shot.out / f"stakeholder-form-{lang}.png"
            out.parent.mkdir(parents=True, exist_ok=True)
            if not form.grab().save(str(out)):
                print(f"could not save {out}", file=sys.stderr)
                return 1
            print(out)
            form.close()
            form.deleteLater()
            app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
