"""Screenshots of the stakeholder form in Thai and English, for docs/stakeholders.md.

    python scripts/screenshots_registry.py [--db demo.sqlite] [--out docs/screenshots]

Without --db a demo database is made in a temporary folder (demo data, "today" 2026-11-28). The
form opens offscreen on a demo person who has a national ID and consent recorded, with one
field left wrong (a mistyped phone) so that the picture shows the inline check too.
(The tab itself: ``vocdesk screenshot --tab stakeholders``.)
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from vocdesk.app import _application  # noqa: E402
from vocdesk.paths import translations_dir  # noqa: E402
from vocdesk.services.database import open_database  # noqa: E402
from vocdesk.services.demo.generate import generate_demo  # noqa: E402
from vocdesk.services.registry import RegistryFilter, RegistryService, TableQuery  # noqa: E402
from vocdesk.services.registry_edit import RegistryEditService  # noqa: E402
from vocdesk.ui.dialogs.stakeholder_form import StakeholderForm  # noqa: E402
from vocdesk.ui.fonts import install_thai_font  # noqa: E402
from vocdesk.ui.i18n import LanguageManager  # noqa: E402

TODAY = date(2026, 11, 28)
SIZE = (1180, 640)


def settle(app, seconds: float = 0.4) -> None:  # noqa: ANN001
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a database with data (default: a new demo database)")
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args(argv)
    app = _application()
    install_thai_font(app)
    with tempfile.TemporaryDirectory(prefix="vocdesk-r-shots-") as scratch:
        location = args.db
        if location is None:
            location = Path(scratch) / "demo.sqlite"
            db, _ = open_database(location)
            generate_demo(db, today=TODAY)
            db.dispose()
        db, _ = open_database(location, create=False)
        languages = LanguageManager(app, translations_dir())
        registry = RegistryService(db)
        edit = RegistryEditService(db, today=lambda: TODAY)
        person = next(
            row for row in registry.list_stakeholders(TableQuery(search="นางสาว"), 0, 500, RegistryFilter())
            if row.national_id and edit.load(row.id).draft.consent_follow_up
        )
        try:
            for lang in ("th", "en"):
                languages.set_language(lang)
                form = StakeholderForm(edit, registry, person.id)
                form.resize(*SIZE)
                form.show()
                form.phone2_edit.setText("02 123 45")  # one digit short: the check shows under the field
                form.phone2_edit.editingFinished.emit()
                settle(app)
                out = args.out / f"stakeholder-form-{lang}.png"
                out.parent.mkdir(parents=True, exist_ok=True)
                if not form.grab().save(str(out)):
                    print(f"could not save {out}", file=sys.stderr)
                    return 1
                print(out)
                form.close()
                form.deleteLater()
                app.processEvents()
        finally:
            languages.set_language("en")
            db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
