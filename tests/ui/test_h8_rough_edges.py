"""Everyday use, the rough edges left open (issue 14): the period picker's year in the reader's
era, Qt's plugin noise kept off the terminal, plural forms, the Timeline at a small window."""

from __future__ import annotations

import logging
import sys
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import qWarning

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))

from sample_data import fill  # noqa: E402

from vocdesk.domain.listening.improvement import ImprovementStatus  # noqa: E402
from vocdesk.services.database import Database, open_database  # noqa: E402
from vocdesk.services.holidays import HolidaysService, Recounted  # noqa: E402
from vocdesk.services.listening.improvement import ImprovementRow  # noqa: E402
from vocdesk.services.registry.stakeholders import RegistryService  # noqa: E402
from vocdesk.services.relationships.indicators import IndicatorsService  # noqa: E402
from vocdesk.services.relationships.timeline import TimelineService  # noqa: E402
from vocdesk.ui.holidays.holidays_dialog import HolidaysDialog  # noqa: E402
from vocdesk.ui.i18n import LanguageManager  # noqa: E402
from vocdesk.ui.listening.improvement_model import sources_text  # noqa: E402
from vocdesk.ui.qt_messages import (  # noqa: E402
    QT_LOGGER,
    install_qt_messages_to_log,
    qt_messages_to_log,
)
from vocdesk.ui.relationships.tab import TimelineServices, TimelineTab  # noqa: E402
from vocdesk.ui.widgets.period_picker import PeriodPicker  # noqa: E402

TODAY = date(2026, 12, 5)  # fiscal year 2570 (B.E.) = 2027 (C.E.)


@pytest.fixture
def languages(qapp, compiled_translations: Path) -> Iterator[LanguageManager]:
    manager = LanguageManager(qapp, compiled_translations)
    yield manager
    manager.set_language("en")
    manager.uninstall()
    manager.deleteLater()


def test_the_period_pickers_year_is_in_common_era_in_english_and_buddhist_era_in_thai(
    qtbot, languages: LanguageManager
) -> None:
    languages.set_language("en")
    picker = PeriodPicker(today=TODAY)
    qtbot.addWidget(picker)
    assert picker.year_box.text() == "FY 2027"
    assert picker.fiscal_year() == 2570  # stored as VocDesk counts it

    picker.year_box.lineEdit().selectAll()
    qtbot.keyClicks(picker.year_box.lineEdit(), "2026")  # typed in C.E.
    picker.year_box.interpretText()
    assert picker.fiscal_year() == 2569

    languages.set_language("th")
    qtbot.waitUntil(lambda: picker.year_box.text() == "ปีงบประมาณ 2569", timeout=2000)
    assert picker.fiscal_year() == 2569


def test_qts_plugin_noise_goes_to_the_log_at_debug_and_real_warnings_as_warnings(
    caplog: pytest.LogCaptureFixture,
) -> None:
    restore = install_qt_messages_to_log()
    try:
        with caplog.at_level(logging.DEBUG, logger=QT_LOGGER):
            qWarning("This plugin does not support propagateSizeHints()")
            qWarning("QPainter::begin: Paint device returned engine == 0")
    finally:
        restore()
    levels = {record.getMessage(): record.levelno for record in caplog.records}
    assert levels == {
        "Qt: This plugin does not support propagateSizeHints()": logging.DEBUG,
        "Qt: QPainter::begin: Paint device returned engine == 0": logging.WARNING,
    }


def test_while_pictures_are_drawn_qts_messages_reach_neither_terminal_nor_log_handlers(
    capfd: pytest.CaptureFixture[str],
) -> None:
    with qt_messages_to_log():
        qWarning("This plugin does not support propagateSizeHints()")
        qWarning("a real warning")
    assert logging.getLogger(QT_LOGGER).propagate  # put back as it was
    out, err = capfd.readouterr()
    assert "propagateSizeHints" not in err and "real warning" not in err


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "h8.sqlite")
    fill(database, today=date(2025, 11, 14))
    yield database
    database.dispose()


def _timeline(qtbot, db: Database) -> TimelineTab:  # noqa: ANN001
    tab = TimelineTab(
        TimelineServices(
            registry=RegistryService(db),
            timeline=TimelineService(db),
            indicators=IndicatorsService(db, today=lambda: date(2025, 11, 14)),
        )
    )
    qtbot.addWidget(tab)
    richest = TimelineService(db).richest_stakeholder()
    assert richest is not None
    tab.show_stakeholder(richest)
    return tab


def _columns_on_screen(tab: TimelineTab) -> tuple[int, int, int]:
    """(the visible columns' total width, the table's width, the Summary column's width)"""
    view = tab.events.view
    shown = [c for c in range(view.model().columnCount()) if not view.isColumnHidden(c)]
    summary = next(c for c, spec in enumerate(tab.model.COLUMNS) if spec.stretch)
    total = sum(view.columnWidth(c) for c in shown)
    return total, view.viewport().width(), view.columnWidth(summary)


@pytest.mark.parametrize(("width", "height", "beside"), [(1200, 800, False), (1920, 1080, True)])
def test_the_timeline_cuts_no_column_at_the_usual_window_sizes(
    qtbot, db: Database, width: int, height: int, beside: bool
) -> None:
    # Given the Timeline tab of the stakeholder with the longest history, at a window's size
    tab = _timeline(qtbot, db)
    tab.resize(width - 10, height - 80)  # the window's frame, menu, tabs and status bar
    tab.show()
    qtbot.waitExposed(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=5000)
    qtbot.wait(50)  # the column fitting timer

    # Then the indicators sit beside the table only where there is room for three panes,
    assert tab.indicators_beside() is beside
    assert tab.indicators_side is not None and tab.indicators_side.isVisible()
    # and every column of the table, the Summary with room for a sentence, is on screen.
    total, room, summary = _columns_on_screen(tab)
    assert total <= room + 1
    assert summary >= 200
    assert not tab.events.view.horizontalScrollBar().isVisible()


def test_the_indicators_move_back_beside_the_timeline_when_the_window_grows(
    qtbot, db: Database
) -> None:
    tab = _timeline(qtbot, db)
    tab.resize(1190, 720)
    tab.show()
    qtbot.waitExposed(tab)
    assert not tab.indicators_beside()
    assert tab.indicators_side is not None
    assert tab.indicators_side.parent() is tab.left_splitter

    tab.resize(1910, 1000)
    qtbot.waitUntil(tab.indicators_beside, timeout=2000)
    assert tab.indicators_side.parent() is tab.splitter
    assert tab.splitter.count() == 3


def _improvement(entries: int, complaints: int, findings: int) -> ImprovementRow:
    return ImprovementRow(
        id=uuid.uuid4(), title="", reason="", owner="", due_on=None,
        status=ImprovementStatus.PLANNED, outcome="", completed_on=None,
        entries=entries, complaints=complaints, findings=findings, overdue=False,
    )  # fmt: skip


def test_counts_in_the_improvement_sources_take_the_plural_form_of_each_language(
    languages: LanguageManager,
) -> None:
    languages.set_language("en")
    assert sources_text(_improvement(1, 1, 1), "en") == "1 entry, 1 complaint, 1 survey finding"
    assert sources_text(_improvement(1234, 2, 3), "en") == (
        "1,234 entries, 2 complaints, 3 survey findings"
    )
    languages.set_language("th")
    assert sources_text(_improvement(1, 2, 0), "th") == ("บันทึกการรับฟัง 1 รายการ เรื่องร้องเรียน 2 เรื่อง")


def test_the_holidays_dialog_says_each_recounted_number_in_its_plural_form(
    qtbot, db: Database, languages: LanguageManager
) -> None:
    languages.set_language("en")
    dialog = HolidaysDialog(HolidaysService(db), year=2026)
    qtbot.addWidget(dialog)
    dialog.show_recounted(Recounted(cases=1, reminders=3))
    assert dialog.result_label.text() == (
        "Saved. Due dates counted again: 1 case and 3 follow-up reminders."
    )
    languages.set_language("th")
    dialog.show_recounted(Recounted(cases=1, reminders=3))
    assert dialog.result_label.text() == (
        "บันทึกแล้ว คำนวณวันครบกำหนดใหม่ให้เรื่องร้องเรียน 1 เรื่อง และการแจ้งเตือนติดตามผล 3 รายการ"
    )


def _thai_entries() -> list[tuple[str, str, str]]:
    """(context, source, Thai text) of every finished entry of vocdesk_th.ts."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(Path(__file__).resolve().parents[2] / "translations" / "vocdesk_th.ts")
    found = []
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type"):
                continue
            forms = [form.text or "" for form in translation.findall("numerusform")]
            for text in forms or [translation.text or ""]:
                found.append(
                    (context.findtext("name") or "", message.findtext("source") or "", text)
                )
    return found


def test_a_counted_complaint_is_a_case_in_thai_and_the_reader_is_tan() -> None:
    # docs/glossary.md: cases counted in เรื่อง are เรื่องร้องเรียน (ข้อร้องเรียน is the field of
    # work), and the reader is ท่าน, never คุณ.
    import re

    counted_as_topic = re.compile(r"ข้อร้องเรียน\s*(%L?n|\{[a-z_]+\}|\d[\d,]*)\s*เรื่อง")
    you = re.compile(r"(?<!ขอบ)คุณ(?!ภาพ|ค่า|สมบัติ|ลักษณะ|วุฒิ|ประโยชน์|ธรรม)")
    wrong = [
        (context, source, text)
        for context, source, text in _thai_entries()
        if counted_as_topic.search(text) or you.search(text)
    ]
    assert wrong == []


def test_wrapped_columns_wrap_more_before_a_table_scrolls_sideways(qtbot) -> None:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from vocdesk.ui import layout
    from vocdesk.ui.widgets.column_sizing import ColumnSizer

    # Given a table whose columns, sized from their text, are wider than the view
    long = "มีศักยภาพ (ในอนาคต) ผู้ประกอบการ/ภาคธุรกิจ หน่วยงานภาครัฐส่วนภูมิภาค"
    model = QStandardItemModel(0, 5)
    model.setHorizontalHeaderLabels(["เลขที่", "หน่วยงาน", "กลุ่ม", "สถานะ", "แก้ไขล่าสุด"])
    model.appendRow([QStandardItem(t) for t in ("2569/000287", long, long, long, "5 ธ.ค. 69")])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setWordWrap(True)
    ColumnSizer(view, wrapped=[1, 2, 3])
    view.resize(700, 300)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(20)

    # Then the wrapped ones give up room and every column is on screen
    total = sum(view.columnWidth(c) for c in range(5))
    assert total <= view.viewport().width() + 1
    assert all(view.columnWidth(c) >= layout.WRAP_COLUMN_MIN_WIDTH for c in (1, 2, 3))

    # and a wider view gives them their room back.
    view.resize(1600, 300)
    qtbot.waitUntil(lambda: view.columnWidth(1) > 300, timeout=2000)


def test_a_chart_of_counts_never_marks_fractions_on_its_axis() -> None:
    from vocdesk.ui.widgets.charts import nice_ticks

    assert nice_ticks(1, whole=True) == [0, 1]  # one interaction: not 0.0, 0.2 … 1.0
    for top in (2, 3, 7, 12, 37, 160):
        ticks = nice_ticks(top, whole=True)
        assert ticks[-1] >= top
        assert all(float(tick).is_integer() for tick in ticks), ticks
    assert nice_ticks(0.8)[1] == pytest.approx(0.2)  # a score keeps its fractions


def test_a_small_tables_headings_are_aligned_as_their_cells() -> None:
    from PySide6.QtCore import Qt

    from vocdesk.ui.surveys.results_models import DissatisfiedCommentsModel

    model = DissatisfiedCommentsModel()
    role = Qt.ItemDataRole.TextAlignmentRole
    for column in range(model.columnCount()):
        heading = model.headerData(column, Qt.Orientation.Horizontal, role)
        assert heading == model.alignment(column)
    left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    assert model.headerData(1, Qt.Orientation.Horizontal, role) == left  # Segment: words
