"""The indicators panel reads off the GUI thread, drops a stale reading, shows the level with its
rule in words, charts the interactions by kind or channel, and speaks Thai."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from sqlalchemy import select

from vocdesk.db.models import (
    Activity,
    Channel,
    Complaint,
    ComplaintCategory,
    Segment,
    Stakeholder,
)
from vocdesk.domain.enums import ActivityKind, ComplaintStatus, SegmentKind
from vocdesk.services.database import Database, open_database
from vocdesk.services.relationships.indicators import IndicatorsService
from vocdesk.ui.i18n import LanguageManager
from vocdesk.ui.relationships.indicators_panel import IndicatorsPanel
from vocdesk.ui.tasks import TaskRunner

TODAY = date(2025, 11, 14)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "office.sqlite")
    yield database
    database.dispose()


@pytest.fixture
def runner(qapp: Any) -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    assert tasks.wait_all(5000)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _person(db: Database, name: str, calls: int, open_case: bool) -> uuid.UUID:
    """``calls`` phone calls on 1-``calls`` November 2025, and an open complaint if asked."""
    with db.session_scope() as session:
        phone = session.scalar(select(Channel.id).where(Channel.code == "phone"))
        person = Stakeholder(name=name)
        session.add(person)
        session.flush()
        session.add_all(
            Activity(stakeholder_id=person.id, occurred_at=datetime(2025, 11, d, 3, tzinfo=UTC),
                     kind=ActivityKind.CALL, channel_id=phone, subject="โทรติดตาม")
            for d in range(1, calls + 1)
        )  # fmt: skip
        if open_case:
            session.add(
                Complaint(stakeholder_id=person.id, fiscal_year=2569, sequence=1,
                          number="2569/000001", received_at=datetime(2025, 10, 1, 3, tzinfo=UTC),
                          channel_id=phone, subject="รอนาน", status=ComplaintStatus.IN_PROGRESS,
                          category_id=session.scalar(select(ComplaintCategory.id).limit(1)))
            )  # fmt: skip
        return person.id


def _panel(qtbot: Any, db: Database, runner: TaskRunner) -> IndicatorsPanel:
    panel = IndicatorsPanel(IndicatorsService(db, today=lambda: TODAY), runner)
    qtbot.addWidget(panel)
    return panel


def test_the_level_figures_and_chart_of_a_stakeholder(
    qtbot: Any, db: Database, runner: TaskRunner
) -> None:
    pid = _person(db, "สมศักดิ์", calls=7, open_case=True)
    panel = _panel(qtbot, db, runner)
    panel.set_stakeholder(pid)
    assert runner.wait_all(5000)

    # 8 interactions, last on 7 November (7 days ago), an open complaint: Medium.
    assert panel.level_value.text() == "Medium"
    assert panel.next_label.text() == "To reach the next level: no open complaint"
    rule = panel.rule_label.text()
    assert "<b>Medium: 2 or more interactions in 12 months" in rule
    assert "High: 6 or more interactions in 12 months, last contact within 90 days" in rule
    assert panel.figure_values["interactions"].text() == "8 (since 15 Nov 2024)"
    assert panel.figure_values["open_complaints"].text() == "1"
    assert panel.figure_values["last_contact"].text() == "7 days ago (7 Nov 2025)"
    assert panel.figure_values["satisfaction"].text() == "No rated survey response"

    assert panel.chart.categories == ["Phone call", "Complaint"]
    assert list(panel.chart.series[0].values) == [7, 1]
    panel.chart_box.setCurrentIndex(1)  # by channel
    assert panel.chart.categories == ["Telephone"]
    assert list(panel.chart.series[0].values) == [8]

    panel.set_stakeholder(None)
    assert panel.indicators is None and panel.level_value.text() == "–"
    assert not panel.chart.has_data()


def test_a_stale_reading_is_dropped(qtbot: Any, db: Database, runner: TaskRunner) -> None:
    first = _person(db, "คนแรก", calls=1, open_case=False)
    second = _person(db, "คนที่สอง", calls=6, open_case=False)
    panel = _panel(qtbot, db, runner)
    panel.set_stakeholder(first)
    panel.set_stakeholder(second)  # chosen before the first reading arrived
    assert runner.wait_all(5000)
    assert panel.indicators is not None and panel.indicators.stakeholder_id == second
    assert panel.level_value.text() == "High"
    assert panel.next_label.text() == ""

    stale = IndicatorsService(db, today=lambda: TODAY).for_stakeholder(first)
    panel._show(panel._generation - 1, stale)  # a late reading of an earlier choice
    assert panel.indicators.stakeholder_id == second


def test_the_panel_speaks_thai(
    qtbot: Any, qapp: Any, db: Database, runner: TaskRunner, compiled_translations: Path
) -> None:
    pid = _person(db, "สมศรี", calls=1, open_case=False)
    panel = _panel(qtbot, db, runner)
    languages = LanguageManager(qapp, compiled_translations)
    try:
        languages.set_language("th")
        panel.retranslate()
        panel.set_stakeholder(pid)
        assert runner.wait_all(5000)
        assert panel.level_caption.text() == "ระดับความผูกพัน"
        assert panel.level_value.text() == "ต่ำ"
        assert panel.next_label.text().endswith("ติดต่อกัน 2 ครั้งขึ้นไปในรอบ 12 เดือน")
        assert "<b>ต่ำ: ติดต่อกันอย่างน้อย 1 ครั้งในรอบ 12 เดือน</b>" in panel.rule_label.text()
        assert panel.figure_values["last_contact"].text() == "13 วันที่แล้ว (1 พ.ย. 68)"
    finally:
        languages.set_language("en")
        panel.retranslate()
    assert panel.level_value.text() == "Low"


def test_a_segment_shows_its_members_per_level(
    qtbot: Any, db: Database, runner: TaskRunner
) -> None:
    busy = _person(db, "ลูกค้าประจำ", calls=6, open_case=False)
    quiet = _person(db, "นาน ๆ ครั้ง", calls=1, open_case=False)
    with db.session_scope() as session:
        segment = Segment(code="SME", name_th="ผู้ประกอบการ", name_en="SMEs",
                          kind=SegmentKind.SERVICE_RECIPIENT)  # fmt: skip
        session.add(segment)
        session.flush()
        for who in (busy, quiet):
            session.get_one(Stakeholder, who).segment_id = segment.id
        segment_id = segment.id
    panel = _panel(qtbot, db, runner)
    panel.set_segment(segment_id)
    assert runner.wait_all(5000)

    assert panel.stakeholder_id is None
    assert panel.level_caption.text() == "Members by engagement level"
    assert panel.level_value.text() == "High 1 · Medium 0 · Low 1 · None 0"
    assert panel.next_label.text() == "2 of 2 members in touch in 12 months"
    assert panel.figure_values["interactions"].text() == "7 (since 15 Nov 2024)"
    assert "<b>" not in panel.rule_label.text()
    assert list(panel.chart.series[0].values) == [7]

    panel.set_stakeholder(busy)  # back to one person
    assert runner.wait_all(5000)
    assert panel.level_caption.text() == "Engagement level" and panel.level_value.text() == "High"
