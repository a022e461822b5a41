"""Screenshots of the offices' exchange dialogs, in Thai and English, for docs/ (issue 20): this
office's code and name, File › Send…, File › Receive… (the bundle's header, then the summary)
and the conflicts between offices.

    python scripts/screenshots_offices.py [--out docs/screenshots]

Two office files are made in a temporary folder (Bangkok and Chiang Mai) with a few people;
Chiang Mai sends them to Bangkok, both then change the same fields, and the bundle back leaves
conflicts to review.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from sqlalchemy import select  # noqa: E402

from vocdesk.app import _application  # noqa: E402
from vocdesk.db import models as m  # noqa: E402
from vocdesk.paths import translations_dir  # noqa: E402
from vocdesk.services.database import Database, open_database  # noqa: E402
from vocdesk.services.exchange.office import InstallationOffice  # noqa: E402
from vocdesk.services.exchange.service import ExchangeService  # noqa: E402
from vocdesk.ui.exchange.conflicts_dialog import ConflictsDialog  # noqa: E402
from vocdesk.ui.exchange.office_dialog import OfficeDialog  # noqa: E402
from vocdesk.ui.exchange.receive_dialog import ReceiveDialog  # noqa: E402
from vocdesk.ui.exchange.send_dialog import SendDialog  # noqa: E402
from vocdesk.ui.fonts import install_thai_font  # noqa: E402
from vocdesk.ui.i18n import LanguageManager  # noqa: E402
from vocdesk.ui.tasks import TaskRunner  # noqa: E402

PASSPHRASE = "ช้างเผือก-2569-CNX"
PEOPLE = [
    ("สมศรี มีสุข", "เชียงใหม่", "ขอรับข่าวสารทางไลน์"),
    ("บริษัท ล้านนาขนส่ง จำกัด", "ลำพูน", "คู่ค้ารายปี"),
    ("นายวิชัย แก้วมณี", "เชียงราย", ""),
]


def settle(app: QApplication, runner: TaskRunner | None = None, seconds: float = 0.3) -> None:
    if runner is not None:
        runner.wait_all(20_000)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def save(app: QApplication, widget: QWidget, path: Path) -> None:
    widget.show()
    settle(app)
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not save {path}")
    print(path)
    widget.close()
    widget.deleteLater()
    settle(app, seconds=0.05)


def offices(folder: Path) -> tuple[Database, Database, Path]:
    """Bangkok and Chiang Mai, the people sent from Chiang Mai, then changed in both offices
    and sent back: conflicts in Chiang Mai. Returns the databases and a fresh bundle for BKK."""
    bkk, _ = open_database(folder / "bkk.sqlite")
    cnx, _ = open_database(folder / "cnx.sqlite")
    InstallationOffice(bkk).set("BKK", "สำนักงานใหญ่ กรุงเทพฯ")
    InstallationOffice(cnx).set("CNX", "สำนักงานเขตเชียงใหม่")
    with cnx.session_scope() as session:
        for name, province, notes in PEOPLE:
            session.add(m.Stakeholder(name=name, province=province, notes=notes))
    ExchangeService(cnx).send(folder / "1.vocbundle", PASSPHRASE, to_office="BKK")
    ExchangeService(bkk).receive(folder / "1.vocbundle", PASSPHRASE)
    edits = {
        bkk: {"notes": "นัดประชุมผู้มีส่วนได้ส่วนเสีย ม.ค. 2570", "province": "ลำพูน"},
        cnx: {"notes": "ขอรับข่าวสารทางอีเมลแทนไลน์", "province": "เชียงใหม่ (อ.สันทราย)"},
    }
    for db, fields in edits.items():
        with db.session_scope() as session:
            person = session.scalars(
                select(m.Stakeholder).where(m.Stakeholder.name == PEOPLE[0][0])
            ).one()
            for field, value in fields.items():
                setattr(person, field, value)
    ExchangeService(bkk).send(folder / "2.vocbundle", PASSPHRASE, to_office="CNX")
    ExchangeService(cnx).receive(folder / "2.vocbundle", PASSPHRASE)
    with cnx.session_scope() as session:
        session.add(m.Stakeholder(name="สหกรณ์การเกษตรแม่ริม จำกัด", province="เชียงใหม่"))
    ExchangeService(cnx).send(folder / "3.vocbundle", PASSPHRASE, to_office="BKK")
    return bkk, cnx, folder / "3.vocbundle"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    app = _application()
    install_thai_font(app)
    languages = LanguageManager(app, translations_dir())
    runner = TaskRunner(app)
    with tempfile.TemporaryDirectory(prefix="vocdesk-offices-") as scratch:
        folder = Path(scratch)
        new, _ = open_database(folder / "new.sqlite")
        bkk, cnx, bundle = offices(folder)
        try:
            for lang in ("th", "en"):
                languages.set_language(lang)
                office = OfficeDialog(InstallationOffice(new), first_start=True)
                office.code_edit.setText("CNX-2")
                office.name_edit.setText("สำนักงานสาขาแม่ริม")
                save(app, office, args.out / f"office-{lang}.png")

                send = SendDialog(ExchangeService(cnx), "CNX", runner)
                send.office_box.setCurrentIndex(0)
                send.passphrase_edit.setText(PASSPHRASE)
                send.repeat_edit.setText(PASSPHRASE)
                save(app, send, args.out / f"send-bundle-{lang}.png")

                # Receiving into a copy each time, so that the second language shows a merge too.
                target = folder / f"bkk-{lang}.sqlite"
                bkk.backup_to(target)
                copy, _ = open_database(target)
                receive = ReceiveDialog(ExchangeService(copy), runner)
                receive.use_file(bundle)
                settle(app, runner)
                receive.passphrase_edit.setText(PASSPHRASE)
                save(app, receive, args.out / f"receive-bundle-{lang}.png")
                receive = ReceiveDialog(ExchangeService(copy), runner)
                receive.use_file(bundle)
                settle(app, runner)
                receive.passphrase_edit.setText(PASSPHRASE)
                receive.receive()
                settle(app, runner)
                save(app, receive, args.out / f"receive-bundle-done-{lang}.png")
                copy.dispose()

                conflicts = ConflictsDialog(ExchangeService(cnx), "CNX")
                save(app, conflicts, args.out / f"office-conflicts-{lang}.png")
            languages.set_language("en")
        finally:
            runner.wait_all(20_000)
            for db in (new, bkk, cnx):
                db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
