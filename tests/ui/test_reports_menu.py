"""The Reports menu and its options dialog on a real demo database: the PDF is made off the GUI
thread, written whole and handed to the viewer; a refused request is said in the dialog and
writes nothing; the menu speaks Thai."""

from __future__ import annotations

import sys
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QListWidgetItem,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reports"))
from pdf_tools import page_count, requires_poppler, text_of  # noqa: E402
from sqlalchemy import select  # noqa: E402

from vocdesk.app import build_main_window  # noqa: E402
from vocdesk.db.models import Complaint  # noqa: E402
from vocdesk.domain.clock import THAI_TIME  # noqa: E402
from vocdesk.services.database import Database, open_database  # noqa: E402
from vocdesk.services.demo import DEMO_TODAY, generate_demo  # noqa: E402
from vocdesk.services.overview.figures import OverviewService  # noqa: E402
from vocdesk.services.registry.stakeholders import RegistryService  # noqa: E402
from vocdesk.services.reports.catalogue import ReportService  # noqa: E402
from vocdesk.services.reports.request import ReportKind  # noqa: E402
from vocdesk.services.surveys.rounds import SurveysService  # noqa: E402
from vocdesk.ui.errors import ERROR_BOX_NAME  # noqa: E402
from vocdesk.ui.i18n import LanguageManager  # noqa: E402
from vocdesk.ui.reports.kinds import ReportSources, default_file_name  # noqa: E402
from vocdesk.ui.reports.options_dialog import ReportOptionsDialog  # noqa: E402
from vocdesk.ui.settings import Settings  # noqa: E402
from vocdesk.ui.tasks import TaskRunner  # noqa: E402

PRINTED_AT = datetime(DEMO_TODAY.year, DEMO_TODAY.month, DEMO_TODAY.day, 9, 30, tzinfo=THAI_TIME)
REPORT_WAIT_MS = 120_000  # a busy 2-CPU machine: generous, and no test sleeps
LOAD_WAIT_MS = 30_000


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A scale-1 demo database; the tests only read it."""
    database, _ = open_database(tmp_path_factory.mktemp("reports-menu") / "demo.sqlite")
    generate_demo(database)
    yield database
    database.dispose()


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    assert runner.wait_all(REPORT_WAIT_MS)


@pytest.fixture
def sources(demo: Database) -> ReportSources:
    return ReportSources(
        reports=ReportService(demo, now=lambda: PRINTED_AT),
        overview=OverviewService(demo, today=lambda: DEMO_TODAY),
        surveys=SurveysService(demo),
        registry=RegistryService(demo),
    )


def options(
    kind: ReportKind,
    sources: ReportSources,
    tasks: TaskRunner,
    translations: Path,
    folder: Path,
    opened: list[Path],
    qtbot,
    subject: str = "",
) -> ReportOptionsDialog:
    dialog = ReportOptionsDialog(
        kind, sources, tasks, translations, language="th", folder=folder, subject=subject,
        opener=opened.append,
    )  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@requires_poppler
def test_the_pmqa_pack_is_written_whole_and_opened_in_the_viewer(
    sources: ReportSources, tasks: TaskRunner, compiled_translations: Path, tmp_path: Path, qtbot
) -> None:
    # Given the PMQA pack's options for the first half of fiscal year 2569, in English
    opened: list[Path] = []
    dialog = options(
        ReportKind.PMQA, sources, tasks, compiled_translations, tmp_path, opened, qtbot
    )
    assert dialog.year_box.currentData() == 2570  # the current fiscal year first
    dialog.year_box.setCurrentIndex(dialog.year_box.findData(2569))
    dialog.period_box.setCurrentIndex(dialog.period_box.findData("h1"))
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("en"))
    target = tmp_path / "PMQA-2569-h1.pdf"
    assert dialog.path() == target  # the suggested name follows the options
    request = dialog.request()
    assert (request.lang, request.fiscal_year, request.period) == ("en", 2569, "h1")
    assert not dialog.reveal_box.isVisible()  # aggregates only: nothing personal to reveal

    # When the PDF is made
    assert dialog.make() is not None
    assert not dialog.buttons.isEnabled()  # no second run while this one works
    qtbot.waitUntil(lambda: bool(opened), timeout=REPORT_WAIT_MS)

    # Then it is a whole PDF at the chosen path, handed to the viewer, and the dialog closed
    assert opened == [target]
    assert target.read_bytes().startswith(b"%PDF")
    assert page_count(target) >= 1
    assert "31 Mar 2026" in text_of(target, 1)  # in English: C.E. dates
    assert sorted(path.name for path in tmp_path.iterdir()) == [target.name]  # no temp file
    assert dialog.result() == QDialog.DialogCode.Accepted


@requires_poppler
def test_a_stakeholder_gone_since_the_search_is_said_in_the_dialog_and_nothing_is_written(
    sources: ReportSources, tasks: TaskRunner, compiled_translations: Path, tmp_path: Path, qtbot
) -> None:
    # Given the profile of a stakeholder that is no longer in the registry (merged or deleted
    # after the search listed it)
    opened: list[Path] = []
    dialog = options(
        ReportKind.STAKEHOLDER, sources, tasks, compiled_translations, tmp_path, opened, qtbot
    )
    gone = str(uuid.uuid4())
    item = QListWidgetItem("Somebody")
    item.setData(Qt.ItemDataRole.UserRole, gone)
    dialog.matches.addItem(item)
    dialog.matches.setCurrentItem(item)
    assert dialog.request().subject == gone

    # When it is made
    dialog.make()
    qtbot.waitUntil(lambda: dialog.problem_label.isVisible(), timeout=REPORT_WAIT_MS)

    # Then the refusal is shown in the dialog, nothing is written or opened, and it can be retried
    assert dialog.problem_label.text()
    assert opened == []
    assert list(tmp_path.iterdir()) == []
    assert dialog.isVisible() and dialog.buttons.isEnabled()
    assert not [w for w in QApplication.topLevelWidgets() if w.objectName() == ERROR_BOX_NAME]


def test_a_case_number_that_does_not_exist_is_named_in_the_dialog_and_can_be_corrected(
    demo: Database,
    sources: ReportSources,
    tasks: TaskRunner,
    compiled_translations: Path,
    tmp_path: Path,
    qtbot,
) -> None:
    # Given the acknowledgement letter asked for a case number that is not there
    opened: list[Path] = []
    dialog = options(
        ReportKind.RECEIPT, sources, tasks, compiled_translations, tmp_path, opened, qtbot,
        subject="NO-SUCH-CASE",
    )  # fmt: skip
    assert dialog.request().subject == "NO-SUCH-CASE"  # the selected case is prefilled

    # When it is made, the refusal names the number, and nothing is written or opened
    dialog.make()
    qtbot.waitUntil(lambda: dialog.problem_label.isVisible(), timeout=REPORT_WAIT_MS)
    assert "NO-SUCH-CASE" in dialog.problem_label.text()
    assert opened == [] and list(tmp_path.iterdir()) == []
    assert dialog.isVisible() and dialog.buttons.isEnabled()

    # Then, with a real case number typed over it, the letter is made
    with demo.session_scope() as session:
        number = session.scalars(select(Complaint.number).order_by(Complaint.number)).first()
    assert number
    dialog.subject_edit.setText(number)
    dialog.make()
    qtbot.waitUntil(lambda: bool(opened), timeout=REPORT_WAIT_MS)
    assert opened == [tmp_path / default_file_name(ReportKind.RECEIPT, 0, "full", number)]
    assert opened[0].read_bytes().startswith(b"%PDF")


def test_a_report_about_one_thing_asks_for_it_before_running(
    sources: ReportSources, tasks: TaskRunner, compiled_translations: Path, tmp_path: Path, qtbot
) -> None:
    opened: list[Path] = []
    dialog = options(
        ReportKind.STAKEHOLDER, sources, tasks, compiled_translations, tmp_path, opened, qtbot
    )
    assert dialog.make() is None  # nobody chosen: nothing runs
    assert dialog.problem_label.isVisible() and dialog.problem_label.text()
    assert dialog.reveal_box.isVisible() and not dialog.reveal_box.isChecked()
    dialog.reveal_box.setChecked(True)
    assert dialog.request().reveal_personal  # asked for: names and identifiers in full


def test_searching_the_registry_lists_matches_and_the_chosen_one_is_the_subject(
    demo: Database,
    sources: ReportSources,
    tasks: TaskRunner,
    compiled_translations: Path,
    tmp_path: Path,
    qtbot,
) -> None:
    # Given a stakeholder of the demo, searched by name
    from vocdesk.domain.tables import TableQuery

    someone = RegistryService(demo).list_stakeholders(TableQuery(sort_key="name"), limit=1)[0]
    dialog = options(
        ReportKind.STAKEHOLDER, sources, tasks, compiled_translations, tmp_path, [], qtbot
    )
    dialog.search_edit.setText(someone.name)
    # Then the matches appear, the first chosen, and it becomes the request's subject
    qtbot.waitUntil(lambda: dialog.matches.count() > 0, timeout=LOAD_WAIT_MS)
    ids = [
        dialog.matches.item(row).data(Qt.ItemDataRole.UserRole)
        for row in range(dialog.matches.count())
    ]
    assert str(someone.id) in ids
    dialog.matches.setCurrentRow(ids.index(str(someone.id)))
    assert dialog.request().subject == str(someone.id)

    # And a search that finds nobody says so, and leaves nothing to choose
    dialog.search_edit.setText("ไม่มีใครชื่อนี้แน่นอน")

    def nobody_said() -> bool:
        first = dialog.matches.item(0)
        return first is not None and "ไม่มีใครชื่อนี้แน่นอน" in first.text()

    qtbot.waitUntil(nobody_said, timeout=LOAD_WAIT_MS)
    assert dialog.matches.count() == 1 and dialog.request().subject == ""


@requires_poppler
def test_the_paper_questionnaire_of_the_chosen_survey_is_printed_in_thai(
    sources: ReportSources, tasks: TaskRunner, compiled_translations: Path, tmp_path: Path, qtbot
) -> None:
    # Given the surveys offered by code and title (the newest first)
    opened: list[Path] = []
    dialog = options(
        ReportKind.QUESTIONNAIRE, sources, tasks, compiled_translations, tmp_path, opened, qtbot
    )
    assert dialog.survey_box.placeholderText() == "Reading the surveys…"  # read off the GUI thread
    qtbot.waitUntil(lambda: dialog.survey_box.count() > 0, timeout=LOAD_WAIT_MS)
    code = dialog.survey_box.currentData()
    title = dialog.survey_box.currentText().removeprefix(f"{code} — ")
    assert title != dialog.survey_box.currentText()
    assert dialog.request().subject == code and dialog.request().lang == "th"
    assert dialog.path() == tmp_path / f"Questionnaire-{code}.pdf"
    assert not dialog.year_box.isVisible() and not dialog.reveal_box.isVisible()

    # When its paper questionnaire is made
    dialog.make()
    qtbot.waitUntil(lambda: bool(opened), timeout=REPORT_WAIT_MS)

    # Then the PDF carries the survey's Thai title
    assert opened == [tmp_path / f"Questionnaire-{code}.pdf"]
    assert opened[0].read_bytes().startswith(b"%PDF")
    printed = "".join(text_of(opened[0]).split())  # lines break between Thai words
    assert "".join(title.split()) in printed and f"แบบสอบถาม{code}" in printed


@requires_poppler
def test_a_file_that_cannot_be_written_is_said_in_the_dialog_which_stays_to_retry(
    sources: ReportSources, tasks: TaskRunner, compiled_translations: Path, tmp_path: Path, qtbot
) -> None:
    # Given a target inside a "folder" that is a file
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    opened: list[Path] = []
    dialog = options(
        ReportKind.PMQA, sources, tasks, compiled_translations, tmp_path, opened, qtbot
    )
    dialog.year_box.setCurrentIndex(dialog.year_box.findData(2569))
    dialog.set_path(blocker / "report")
    assert dialog.path() == blocker / "report.pdf"
    # When the PDF is made, the dialog names the file it could not write, and stays to retry
    dialog.make()

    qtbot.waitUntil(lambda: dialog.problem_label.isVisible(), timeout=REPORT_WAIT_MS)
    assert str(blocker / "report.pdf") in dialog.problem_label.text()
    assert "Traceback" not in dialog.problem_label.text()
    assert opened == [] and dialog.buttons.isEnabled()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["not-a-folder"]


def test_the_window_has_a_reports_menu_between_view_and_help_with_six_thai_actions(
    demo: Database, tasks: TaskRunner, compiled_translations: Path, tmp_path: Path, qapp, qtbot
) -> None:
    # Given the window on the demo database
    languages = LanguageManager(qapp, compiled_translations)
    languages.set_language("en")
    window = build_main_window(demo, Settings(tmp_path / "settings.ini"), languages, tasks)
    qtbot.addWidget(window)
    menu = window.reports_menu
    menus = [action.menu().objectName() for action in window.menuBar().actions()]
    assert (
        menus.index("view_menu") + 1 == menus.index("reports_menu") == menus.index("help_menu") - 1
    )
    assert [action.objectName() for action in menu.actions()] == [
        f"report_{kind.value}" for kind in ReportKind
    ]
    english = [action.text() for action in menu.actions()]
    pmqa = menu.open_options(ReportKind.PMQA)
    assert pmqa is not None and pmqa.language_box.currentData() == "en"  # the window's
    fy2569 = pmqa.year_box.findData(2569)
    assert pmqa.year_box.itemText(fy2569) == "2026"  # C.E. in an English window
    try:
        # When it switches to Thai, the menu and its six actions speak Thai, years are B.E.
        languages.set_language("th")
        qtbot.waitUntil(lambda: menu.title() != "&Reports", timeout=LOAD_WAIT_MS)
        qtbot.waitUntil(lambda: pmqa.year_box.itemText(fy2569) == "2569", timeout=LOAD_WAIT_MS)
        assert pmqa.windowTitle() == "หลักฐานประกอบการประเมิน PMQA หมวด 3"
        pmqa.reject()
        assert menu.title() == "รายงาน(&R)"
        thai = [action.text() for action in menu.actions()]
        assert len(set(thai)) == 6 and not set(thai) & set(english)
        assert all(any("\u0e00" <= ch <= "\u0e7f" for ch in text) for text in thai), thai

        # And the acknowledgement letter starts from the case selected in the Complaints tab
        cases = window.tab("complaints").cases_page
        qtbot.waitUntil(lambda: cases.model.rowCount() > 0, timeout=LOAD_WAIT_MS)
        cases.table.view.setCurrentIndex(cases.model.index(0, 0))
        number = cases.selected_row().number
        menu.opener = lambda _path: None
        dialog = menu.open_options(ReportKind.RECEIPT)
        assert dialog is not None  # a child of the window, deleted when it closes
        assert dialog.request().subject == number
        assert dialog.windowTitle() == "หนังสือตอบรับเรื่องร้องเรียน"
        dialog.reject()
    finally:
        languages.set_language("en")  # the application outlives the test
