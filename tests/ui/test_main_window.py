"""The main window on a real temporary database: tabs, menus, language switch, search, status
bar, export, backup, opening another database, and the composition root around it."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt, QTimer, QTranslator
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPlainTextEdit
from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from sample_data import SampleData, fill  # noqa: E402

from vocdesk import paths  # noqa: E402
from vocdesk.app import build_main_window, render_screenshot, run_gui  # noqa: E402
from vocdesk.db.models import Complaint  # noqa: E402
from vocdesk.services.database import Database, open_database  # noqa: E402
from vocdesk.ui.i18n import LanguageManager  # noqa: E402
from vocdesk.ui.main_window import TAB_NAMES, MainWindow  # noqa: E402
from vocdesk.ui.settings import Settings  # noqa: E402
from vocdesk.ui.tasks import TaskRunner  # noqa: E402

# A few Thai texts of our own, so the language test does not depend on how far the real
# translation has got (another test checks the real one).
TINY_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context><name>MainWindow</name>
<message><source>&amp;File</source><translation>แ&amp;ฟ้ม</translation></message>
<message><source>&amp;Help</source><translation>&amp;วิธีใช้</translation></message>
</context>
<context><name>OverviewTab</name>
<message><source>Overview</source><translation>ภาพรวม</translation></message>
</context>
<context><name>ListeningTab</name>
<message><source>Listening</source><translation>การรับฟัง</translation></message>
</context>
<context><name>ListeningModel</name>
<message><source>Received</source><translation>วันที่รับ</translation></message>
</context>
</TS>
"""


@pytest.fixture
def database(tmp_path: Path) -> Iterator[tuple[Database, SampleData]]:
    db, _ = open_database(tmp_path / "office.sqlite")
    data = fill(db, stakeholders=30, feedback=260, complaints=40, surveys=2, responses_per_survey=5)
    yield db, data
    db.dispose()


@pytest.fixture
def tiny_translations(tmp_path: Path) -> Path:
    folder = tmp_path / "translations"
    folder.mkdir()
    ts = folder / "vocdesk_th.ts"
    ts.write_text(TINY_TS, encoding="utf-8")
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert lrelease, "pyside6-lrelease is missing from the virtualenv"
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(folder / "vocdesk_th.qm")], check=True)
    return folder


def _window(
    qtbot, db: Database, tmp_path: Path, translations: Path
) -> tuple[MainWindow, LanguageManager, TaskRunner]:
    app = QApplication.instance()
    languages = LanguageManager(app, translations)
    languages.set_language("en")
    runner = TaskRunner()
    window = build_main_window(db, Settings(tmp_path / "settings.ini"), languages, runner)
    qtbot.addWidget(window)
    window.show()
    return window, languages, runner


@pytest.fixture
def window(qtbot, database, tmp_path: Path, tiny_translations: Path) -> Iterator[MainWindow]:
    win, languages, runner = _window(qtbot, database[0], tmp_path, tiny_translations)
    yield win
    runner.wait_all(5000)
    languages.set_language("en")  # the application outlives the test: take our translators out


def _tab_titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_the_window_opens_on_the_database_with_all_six_tabs(window: MainWindow) -> None:
    names = [window.tabs.widget(i).objectName() for i in range(window.tabs.count())]

    assert names == list(TAB_NAMES)
    assert _tab_titles(window) == [
        "Overview",
        "Stakeholders",
        "Listening",
        "Surveys",
        "Complaints",
        "Timeline",
    ]
    assert window.tab("listening").model.rowCount() > 0
    assert [menu.title() for menu in (window.file_menu, window.view_menu, window.help_menu)] == [
        "&File", "&View", "&Help",
    ]  # fmt: skip


def test_switching_language_changes_tab_menu_and_header_texts_both_ways(
    window: MainWindow, qtbot
) -> None:
    listening = window.tab("listening").model
    header = listening.column_of("received")

    window.language_actions["th"].trigger()
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "ภาพรวม")
    assert window.tabs.tabText(2) == "การรับฟัง"
    assert window.file_menu.title() == "แ&ฟ้ม"
    assert listening.headerData(header, Qt.Orientation.Horizontal) == "วันที่รับ"
    assert window.language_actions["th"].isChecked()

    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Overview")
    assert window.file_menu.title() == "&File"
    assert listening.headerData(header, Qt.Orientation.Horizontal) == "Received"
    assert window.language_actions["en"].isChecked()


def test_the_real_thai_translation_is_shown(
    qtbot, database, tmp_path: Path, compiled_translations: Path
) -> None:
    # translations/vocdesk_th.ts, compiled for this run: never skipped for want of a .qm file.
    probe = QTranslator()
    assert probe.load("vocdesk_th.qm", str(compiled_translations))
    window, languages, runner = _window(qtbot, database[0], tmp_path, compiled_translations)
    try:
        english = _tab_titles(window)
        thai = [  # each tab translates its title in its own class's context (self.tr)
            probe.translate(type(window.tabs.widget(i)).__name__, title)
            for i, title in enumerate(english)
        ]
        assert all(thai) and not set(thai) & set(english), thai

        languages.set_language("th")

        qtbot.waitUntil(lambda: _tab_titles(window) == thai)
    finally:
        languages.set_language("en")
        runner.wait_all(5000)


def test_typing_in_the_search_box_filters_the_rows(window: MainWindow, qtbot) -> None:
    tab = window.tab("stakeholders")
    before = tab.model.total

    tab.table.search_box.insert("สมชาย")  # as typed (QTest cannot type Thai letters)

    qtbot.waitUntil(lambda: tab.model.total < before)
    names = [tab.model.index(r, 0).data() for r in range(tab.model.rowCount())]
    assert names and all("สมชาย" in name for name in names)
    assert tab.table.count_label.text() == f"Rows: {len(names)}"


def test_the_status_bar_shows_the_database_and_the_record_counts(
    window: MainWindow, database, qtbot
) -> None:
    db, _ = database

    assert str(db.path) in window.location_label.text()
    # The counts are read on a worker thread: they arrive a moment later.
    counts = "Stakeholders: 30  ·  Feedback: 260  ·  Surveys: 2  ·  Complaints: 40"
    qtbot.waitUntil(lambda: window.counts_label.text() == counts, timeout=20_000)


def test_export_writes_the_whole_current_table(window: MainWindow, tmp_path: Path) -> None:
    window.select_tab("listening")
    stem, work = window.tabs.currentWidget().export_job()
    target = tmp_path / f"{stem}.xlsx"

    window.export_to(target, work)
    window._tasks.wait_all(10_000)

    exported = pd.read_excel(target)
    assert len(exported) == 260  # every row, not only the first batch on screen
    assert "Exported to" in window.statusBar().currentMessage()


def test_backup_writes_a_complete_copy(window: MainWindow, tmp_path: Path) -> None:
    target = tmp_path / "backups" / "copy.sqlite"

    window.backup_to(target)
    window._tasks.wait_all(10_000)

    connection = sqlite3.connect(target)
    try:
        assert connection.execute("SELECT count(*) FROM stakeholder").fetchone() == (30,)
    finally:
        connection.close()


def test_opening_another_database_replaces_the_tabs_and_is_remembered(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    other = tmp_path / "new office.sqlite"

    window.open_location(str(other), create=True)
    window._tasks.wait_all(10_000)

    assert window.services.database.path == other.resolve()
    assert window.tab("stakeholders").model.total == 0
    qtbot.waitUntil(lambda: "Stakeholders: 0" in window.counts_label.text(), timeout=20_000)
    assert window._settings.last_database == str(other.resolve())
    assert "new office.sqlite" in window.windowTitle()
    window.services.database.dispose()


def test_a_file_that_is_not_a_database_is_reported_and_the_open_one_stays(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    junk = tmp_path / "notes.sqlite"
    junk.write_bytes(b"this is not a database" * 100)
    before = window.services.database

    window.open_location(str(junk))
    window._tasks.wait_all(10_000)

    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "vocdesk_error_box") is not None)
    box = window.findChild(QMessageBox, "vocdesk_error_box")
    assert "not a VocDesk database" in box.text()
    assert window.services.database is before
    box.close()


def test_the_timeline_action_of_a_stakeholder_opens_their_timeline(
    window: MainWindow, database
) -> None:
    stakeholders = window.tab("stakeholders")
    person = stakeholders.model.row_at(3)
    stakeholders.table.view.setCurrentIndex(stakeholders.model.index(3, 0))

    stakeholders.show_timeline()  # activating a row opens the record's form since issue 3

    assert window.tabs.currentWidget().objectName() == "timeline"
    timeline = window.tab("timeline")
    assert timeline.stakeholder_id == person.id
    assert person.name in timeline.heading.text()
    assert timeline.model.total > 0


def test_a_figure_of_the_overview_opens_its_list_in_the_window(window: MainWindow) -> None:
    window.select_tab("overview")

    window.tab("overview").open_list.emit("reminders", {})

    assert window.tabs.currentWidget().objectName() == "timeline"


def test_closing_remembers_the_window_and_the_language(window: MainWindow) -> None:
    window.close()

    assert window._settings.window_geometry
    assert window._settings.language == "en"


def _differing_pixels(first: QImage, second: QImage) -> int:
    assert first.size() == second.size()
    return sum(
        first.pixel(x, y) != second.pixel(x, y)
        for y in range(first.height())
        for x in range(first.width())
    )


def test_render_screenshot_saves_the_chosen_tab(
    window: MainWindow, database, tmp_path: Path
) -> None:
    db, _ = database
    out = tmp_path / "shots" / "complaints-en.png"

    render_screenshot(str(db.path), "complaints", "en", out, size=(1024, 700))

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 700)
    assert len({image.pixel(x, 300) for x in range(0, 1024, 8)}) > 2  # text, not a blank window
    # The picture's tab bar is the window's tab bar with Complaints chosen, and no other: each
    # tab chosen in turn in a window of the same size and language gives the tab bar to compare.
    window.resize(1024, 700)
    bar = window.tabs.tabBar()
    where = QRect(bar.mapTo(window, QPoint(0, 0)), bar.size())
    shot = image.convertToFormat(QImage.Format.Format_RGB32).copy(where)
    differences = {}
    for index, name in enumerate(TAB_NAMES):
        window.tabs.setCurrentIndex(index)
        chosen = bar.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        differences[name] = _differing_pixels(shot, chosen)
    closest = min(differences, key=differences.__getitem__)
    assert closest == "complaints", differences
    assert sorted(differences.values())[1] > 0  # the tab bars with other tabs chosen differ


def test_render_screenshot_refuses_an_unknown_tab(database, tmp_path: Path, qapp) -> None:
    from vocdesk.domain.messages import UserError

    with pytest.raises(UserError):
        render_screenshot(str(database[0].path), "reports", "en", tmp_path / "x.png")


def test_run_gui_creates_the_default_database_on_first_start_and_remembers_it(qapp) -> None:
    from vocdesk.ui.accounts.first_admin_dialog import FirstAdministratorDialog

    def close_windows() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, FirstAdministratorDialog) and widget.isVisible():
                # A new database's first start makes its administrator (issue 16).
                widget.login_edit.setText("admin")
                widget.password_edit.setText("correct horse battery")
                widget.again_edit.setText("correct horse battery")
                widget.create_administrator()
                QTimer.singleShot(300, close_windows)
                return
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                widget.close()

    QTimer.singleShot(300, close_windows)

    code = run_gui(None, language="en")

    assert code == 0
    assert paths.default_database_path().is_file()
    settings = Settings(paths.settings_path())
    assert settings.last_database == str(paths.default_database_path().resolve())
    assert settings.language == "en"
    assert QCoreApplication.translate("OverviewTab", "Overview") == "Overview"


def test_ctrl_f_puts_the_cursor_in_the_search_box_of_the_current_tab(
    window: MainWindow, qtbot
) -> None:
    window.select_tab("complaints")
    window.activateWindow()

    window.search_action.trigger()

    qtbot.waitUntil(lambda: window.tab("complaints").table.search_box.hasFocus())


def test_about_shows_the_version_the_database_and_the_font_licence(
    window: MainWindow, database, qtbot
) -> None:
    from vocdesk import __version__
    from vocdesk.ui.about_dialog import AboutDialog

    window.show_about()

    qtbot.waitUntil(lambda: window.findChild(AboutDialog) is not None)
    dialog = window.findChild(AboutDialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert __version__ in texts and str(database[0].path) in texts
    assert "SIL Open Font License" in dialog.findChild(QPlainTextEdit, "font_licence").toPlainText()
    dialog.close()


def test_the_file_menu_offers_an_import_and_an_export_for_every_kind(window: MainWindow) -> None:
    from vocdesk.services.transfer import EXPORTERS, IMPORTERS, kind_present

    assert window.import_menu.menuAction() in window.file_menu.actions()
    assert window.export_menu.menuAction() in window.file_menu.actions()
    assert [a.objectName() for a in window.import_menu.actions()] == [
        f"import_{k}" for k in IMPORTERS
    ]
    assert [a.objectName() for a in window.export_menu.actions()] == [
        f"export_{k}" for k in EXPORTERS
    ]
    assert window.import_actions["holidays"].text() == "Public holidays…"
    assert window.import_actions["holidays"].isEnabled()
    for kind, action in window.import_actions.items():
        assert action.isEnabled() == kind_present(IMPORTERS, kind)


def test_importing_public_holidays_through_the_wizard_refreshes_and_reports(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    source = tmp_path / "holidays.csv"
    source.write_text(
        "วันที่,ชื่อวันหยุด\n03/03/2569,วันมาฆบูชา\n2026-05-31,วันวิสาขบูชา\n", encoding="utf-8-sig"
    )

    wizard = window.open_import_wizard("holidays", source)
    assert wizard is not None and wizard.isVisible()
    for _step in ("preview", "columns", "check"):
        qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=10_000)
        wizard.next()
    qtbot.waitUntil(wizard.check_page.isComplete, timeout=10_000)
    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        wizard.next()

    days = [row.day.isoformat() for row in window.services.holidays.list_holidays(2026)]
    assert {"2026-03-03", "2026-05-31"} <= set(days)
    assert "Imported 2 rows from holidays.csv" in window.statusBar().currentMessage()
    wizard.accept()


def test_exporting_a_whole_area_writes_a_file_that_imports_again(
    window: MainWindow, tmp_path: Path
) -> None:
    target = tmp_path / "holidays.xlsx"

    window.export_kind_to("holidays", target)
    window._tasks.wait_all(10_000)

    frame = pd.read_excel(target)
    assert list(frame.columns) == ["date", "name"]
    assert len(frame) == len(window.services.holidays.list_holidays())
    assert "Exported" in window.statusBar().currentMessage()


def test_exporting_complaints_says_when_confidential_cases_went_out_blank(
    window: MainWindow, database, tmp_path: Path, qtbot
) -> None:
    db, _data = database
    with db.session_scope() as session:  # a case only its (other) officer may read
        case = session.scalars(select(Complaint).order_by(Complaint.number)).first()
        case.confidential, case.assigned_to = True, "someone-else-entirely"
    target = tmp_path / "complaints.csv"

    window.export_kind_to("complaints", target)
    window._tasks.wait_all(20_000)

    box = window.findChild(QMessageBox, "export_notices")
    assert box is not None and box.isVisible()
    assert "One confidential case you may not read" in box.text()
    assert target.exists()
    box.close()
