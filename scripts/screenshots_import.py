"""Screenshots of the import wizard in Thai and English, for README and docs/import-export.md.

    python scripts/screenshots_import.py [--out docs/screenshots]

Writes, for each language, ``import-wizard-{lang}.png`` (the check page listing a file's problems
by row and column), ``import-wizard-columns-{lang}.png`` (the column mapping recognised from Thai
headings) and, when the complaints import is present, ``import-wizard-values-{lang}.png`` (a
complaint platform's own status words mapped to VocDesk's). Everything is drawn offscreen on a new
database in a temporary folder; the files imported are written there too.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from vocdesk.app import _application  # noqa: E402
from vocdesk.paths import translations_dir  # noqa: E402
from vocdesk.services.database import open_database  # noqa: E402
from vocdesk.services.transfer import IMPORTERS, available_kinds  # noqa: E402
from vocdesk.ui.fonts import install_thai_font  # noqa: E402
from vocdesk.ui.i18n import LanguageManager  # noqa: E402
from vocdesk.ui.tasks import TaskRunner  # noqa: E402
from vocdesk.ui.transfer.import_wizard import (  # noqa: E402
    PAGE_CHECK,
    PAGE_COLUMNS,
    PAGE_VALUES,
    ImportWizard,
)

SIZE = (900, 620)

HOLIDAYS_WITH_PROBLEMS = (
    "วันที่,ชื่อวันหยุด,หมายเหตุ\n"
    "01/01/2570,วันขึ้นปีใหม่,\n"
    "31/02/2570,วันมาฆบูชา,ตามจันทรคติ\n"
    "13/04/2570,,วันสงกรานต์\n"
    "01/01/2570,ชดเชยวันขึ้นปีใหม่,\n"
    "วันจันทร์หน้า,วันพืชมงคล,\n"
)

COMPLAINTS_FROM_A_PLATFORM = (
    "เลขที่เรื่อง,วันที่รับเรื่อง,เรื่อง,รายละเอียด,สถานะ,ช่องทาง,จังหวัด\n"
    "T-0001,2026-10-03T02:15:00Z,ไฟฟ้าส่องสว่างดับ,ไฟถนนหน้าโรงเรียนดับมาหนึ่งสัปดาห์,รอรับเรื่อง,Traffy Fondue,เชียงใหม่\n"
    "T-0002,2026-10-04T08:40:00+07,น้ำประปาไม่ไหล,ไม่มีน้ำใช้สองวันแล้ว,กำลังประสานงาน,Traffy Fondue,ลำพูน\n"
    "T-0003,2026-10-05T01:05:00+0000,ถนนชำรุด,หลุมบนถนนทำให้รถล้ม,เสร็จสิ้น,สายด่วน 1111,เชียงใหม่\n"
    "T-0004,2026-10-06T03:30:00Z,ขยะไม่ได้รับการจัดเก็บ,ขยะล้นถังหลายวัน,ส่งต่อหน่วยงานอื่น,Traffy Fondue,ลำปาง\n"
)


def settle(app, runner: TaskRunner, seconds: float = 0.5) -> None:  # noqa: ANN001
    runner.wait_all(20_000)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def step_to(app, runner: TaskRunner, wizard: ImportWizard, page_id: int) -> None:  # noqa: ANN001
    while wizard.currentId() != page_id:
        settle(app, runner, 0.1)
        if not wizard.currentPage().isComplete():
            raise RuntimeError(f"page {wizard.currentId()} did not complete")
        wizard.next()
    settle(app, runner)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args(argv)
    app = _application()
    install_thai_font(app)
    args.out.mkdir(parents=True, exist_ok=True)
    kinds = available_kinds(IMPORTERS)
    with tempfile.TemporaryDirectory(prefix="vocdesk-import-shots-") as scratch:
        folder = Path(scratch)
        holidays = folder / "วันหยุดราชการ 2570.csv"
        holidays.write_text(HOLIDAYS_WITH_PROBLEMS, encoding="utf-8-sig")
        complaints = folder / "traffy-export.csv"
        complaints.write_text(COMPLAINTS_FROM_A_PLATFORM, encoding="utf-8-sig")
        db, _ = open_database(folder / "office.sqlite")
        languages = LanguageManager(app, translations_dir())
        runner = TaskRunner(app)
        written: list[Path] = []
        try:
            for lang in ("th", "en"):
                languages.set_language(lang)
                shots = [("holidays", holidays, PAGE_CHECK, f"import-wizard-{lang}.png")]
                if "complaints" in kinds:
                    shots.append(
                        (
                            "complaints",
                            complaints,
                            PAGE_COLUMNS,
                            f"import-wizard-columns-{lang}.png",
                        )
                    )
                    shots.append(
                        ("complaints", complaints, PAGE_VALUES, f"import-wizard-values-{lang}.png")
                    )
                else:
                    shots.append(
                        ("holidays", holidays, PAGE_COLUMNS, f"import-wizard-columns-{lang}.png")
                    )
                for kind, path, page_id, name in shots:
                    wizard = ImportWizard(kind, db, runner, path=path)
                    wizard.resize(*SIZE)
                    wizard.show()
                    step_to(app, runner, wizard, page_id)
                    if page_id == PAGE_VALUES:  # as a user would: two words given their meaning
                        for (_key, text), combo in wizard.values_page.combos.items():
                            wanted = {"เสร็จสิ้น": "resolved", "ส่งต่อหน่วยงานอื่น": "forwarded"}.get(text)
                            if wanted:
                                combo.setCurrentIndex(combo.findData(wanted))
                    target = args.out / name
                    wizard.grab().save(str(target))
                    written.append(target)
                    wizard.reject()
                    wizard.deleteLater()
                    settle(app, runner, 0.1)
        finally:
            runner.wait_all(10_000)
            languages.set_language("en")
            db.dispose()
    for path in written:
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
