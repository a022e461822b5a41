"""Columns are sized from their content and header, the last one stretches, and the widths the
user drags are kept per table (in the settings file) and come back in a new window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QFontMetrics, QMouseEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView

from vocdesk.ui.settings import Settings
from vocdesk.ui.widgets.column_sizing import ColumnSizer, hide_when_empty

HEADERS = ["เลขที่", "ระดับความสำคัญ", "ประเภท", "หมายเหตุ"]
ROWS = [
    ["2569/000287", "ปานกลาง", "พฤติกรรมการให้บริการของเจ้าหน้าที่", "—"],
    ["2569/000001", "สูง", "ค่าธรรมเนียม", "—"],
]


def _table() -> QTableView:
    model = QStandardItemModel(0, len(HEADERS))
    model.setHorizontalHeaderLabels(HEADERS)
    for row in ROWS:
        model.appendRow([QStandardItem(text) for text in row])
    view = QTableView()
    view.setModel(model)
    return view


def _view(qtbot, store: Settings | None = None) -> QTableView:
    view = _table()
    view.setWordWrap(True)
    qtbot.addWidget(view)
    sizer = ColumnSizer(view)
    if store is not None:
        sizer.remember(store.qsettings, "CasesModel")
    view.resize(900, 300)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(20)  # the fitting timer
    return view


def _drag(view: QTableView, column: int, width: int) -> None:
    """What a drag on the header's handle does: press, the section resized, release."""
    viewport = view.horizontalHeader().viewport()
    at = QPointF(view.horizontalHeader().sectionViewportPosition(column) + 2, 5)
    press = QMouseEvent(QEvent.Type.MouseButtonPress, at, at, Qt.MouseButton.LeftButton,
                        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    release = QMouseEvent(QEvent.Type.MouseButtonRelease, at, at, Qt.MouseButton.LeftButton,
                          Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(viewport, press)
    view.horizontalHeader().resizeSection(column, width)
    QApplication.sendEvent(viewport, release)


def test_columns_are_as_wide_as_their_widest_text_and_header_and_the_last_stretches(qtbot):
    view = _view(qtbot)
    metrics = QFontMetrics(view.font())
    header = view.horizontalHeader()

    for column in range(3):
        widest = max(metrics.horizontalAdvance(r[column]) for r in ROWS)
        assert view.columnWidth(column) >= widest, HEADERS[column]
        assert view.columnWidth(column) >= header.sectionSizeHint(column), HEADERS[column]
    assert header.stretchLastSection()
    assert sum(view.columnWidth(c) for c in range(4)) >= view.viewport().width() - 1


def test_the_widths_the_user_drags_are_kept_per_table_and_come_back(qtbot, tmp_path: Path):
    settings = Settings(tmp_path / "settings.ini")
    first = _view(qtbot, settings)
    _drag(first, 2, 123)
    assert settings.table_widths("CasesModel")[2] == 123

    settings.sync()
    again = _view(qtbot, Settings(tmp_path / "settings.ini"))

    assert again.columnWidth(2) == 123
    assert again.columnWidth(0) == first.columnWidth(0)


def test_the_programs_own_resizing_is_not_kept_as_the_users(qtbot, tmp_path: Path):
    settings = Settings(tmp_path / "settings.ini")
    view = _view(qtbot, settings)

    view.horizontalHeader().resizeSection(1, 40)  # no drag on the header

    assert settings.table_widths("CasesModel") == []


def test_widths_in_a_hand_edited_file_that_are_not_numbers_are_ignored(tmp_path: Path):
    settings = Settings(tmp_path / "settings.ini")
    settings.qsettings.setValue("tables/CasesModel/widths", "wide,narrow")
    assert settings.table_widths("CasesModel") == []
    settings.set_table_widths("CasesModel", [100, 80])
    assert settings.table_widths("CasesModel") == [100, 80]


def test_a_column_empty_on_every_row_is_hidden_until_a_row_has_a_value(qtbot):
    model = QStandardItemModel(0, 2)
    model.setHorizontalHeaderLabels(["ความคิดเห็น", "แบบสอบถาม"])
    model.appendRow([QStandardItem("รอนาน"), QStandardItem("–")])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    hide_when_empty(view, [1])
    assert view.isColumnHidden(1)

    model.appendRow([QStandardItem("ดีมาก"), QStandardItem("17")])

    assert not view.isColumnHidden(1)


def test_a_table_on_a_tab_not_shown_yet_is_fitted_when_its_tab_is(qtbot):
    """Tables on hidden tabs wait: at start-up only the tab in sight measures its cells."""
    from PySide6.QtWidgets import QTabWidget

    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    views = []
    for name in ("first", "second"):
        view = _table()
        ColumnSizer(view)
        tabs.addTab(view, name)
        views.append(view)
    tabs.resize(900, 300)
    tabs.show()
    qtbot.waitExposed(tabs)
    qtbot.wait(20)
    widest = QFontMetrics(views[1].font()).horizontalAdvance(ROWS[0][2])
    assert views[0].columnWidth(2) >= widest
    assert views[1].columnWidth(2) < widest  # not measured while hidden

    tabs.setCurrentIndex(1)

    qtbot.waitUntil(lambda: views[1].columnWidth(2) >= widest, timeout=2000)
