"""The harness's figures for what closes the loop (issue 18's "also measured"): start-up on the
large database, a survey's whole analysis, the PMQA evidence pack, and the exports of the kinds
the other groups leave out (relationship activities, the contact list). Each against a baseline
measured in the same run, as every other row of the table.

Used by ``harness.py`` (``--only loop``); kept apart so the harness stays one screen per group.
"""

from __future__ import annotations

import os
import re
import sqlite3
import statistics
import sys
import uuid
from pathlib import Path

import bench_startup
from harness import TODAY, Figure, _raw_csv, signed_in, timed

from vocdesk.domain.fiscal import fiscal_year_period
from vocdesk.reports.kit import untranslated
from vocdesk.services.database import open_database
from vocdesk.services.overview.figures import OverviewService
from vocdesk.services.pdpa.contacts import ContactListExporter
from vocdesk.services.relationships.activity_transfer import ActivityExporter
from vocdesk.services.reports.catalogue import ReportService
from vocdesk.services.reports.request import ReportKind, ReportRequest
from vocdesk.services.surveys.analysis import SurveyAnalysisService

FISCAL_YEAR = 2569


def startup_figure(path: Path, folder: Path, runs: int) -> Figure:
    """Start to window shown with its first rows, in a fresh interpreter each time (imports
    count, as at a double-click), on the large database; baseline: a bare PySide6 window."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        VOCDESK_DATA_DIR=str(folder),
        VOCDESK_SETTINGS=str(folder / "startup-settings.ini"),
    )
    # As installed: pip and the bundle keep compiled bytecode, which PYTHONDONTWRITEBYTECODE (set
    # on some development machines) would leave out, compiling ~400 modules at every start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    bench_startup._time(bench_startup.VOCDESK, str(path), env=env)  # writes the bytecode
    bare = statistics.median(
        bench_startup._time(bench_startup.BARE_QT, env=env) for _ in range(runs)
    )
    ours = statistics.median(
        bench_startup._time(bench_startup.VOCDESK, str(path), env=env) for _ in range(runs)
    )
    return Figure("start to window shown", ours, bare, "bare Qt window", "max_s", 1.5)


def survey_analysis_figure(path: Path, runs: int) -> Figure:
    """Every figure of the Results page for the survey with the most responses; baseline: raw
    sqlite3 counting its answers by question and value (a small part of what results() gives)."""
    db, _ = open_database(path, create=False)
    signed_in(db, path)
    raw = sqlite3.connect(path)
    try:
        survey_id, responses = raw.execute(
            "SELECT survey_id, count(*) FROM survey_response GROUP BY survey_id "
            "ORDER BY count(*) DESC, survey_id LIMIT 1"
        ).fetchone()
        service = SurveyAnalysisService(db)
        seconds, _ = timed(lambda: service.results(uuid.UUID(survey_id)), runs)  # stored as hex
        raw_seconds, _ = timed(
            lambda: raw.execute(
                "SELECT a.question_id, a.value, count(*) FROM survey_answer a "
                "JOIN survey_response r ON r.id = a.response_id WHERE r.survey_id = ? "
                "GROUP BY a.question_id, a.value",
                (survey_id,),
            ).fetchall(),
            runs,
        )
    finally:
        raw.close()
        db.dispose()
    return Figure(f"survey analysis, {responses:,} responses", seconds, raw_seconds,
                  "raw GROUP BY answers", "max_s", 1.0)  # fmt: skip


def pmqa_report_figure(path: Path, runs: int) -> Figure:
    """The PMQA category 3 pack for a fiscal year, Thai, as a PDF; baseline: the Overview's own
    figures for the same period (what the tabs already show)."""
    db, _ = open_database(path, create=False)
    signed_in(db, path)
    try:
        request = ReportRequest(ReportKind.PMQA, "th", FISCAL_YEAR)
        service = ReportService(db)
        seconds, pdf = timed(lambda: service.build(request, untranslated), runs)
        overview = OverviewService(db, today=lambda: TODAY)
        period = fiscal_year_period(FISCAL_YEAR)
        base, _ = timed(lambda: overview.listening_figures(period), runs)
    finally:
        db.dispose()
    pages = len(re.findall(rb"/Type\s*/Page(?![a-z])", pdf))
    name = f"PMQA report FY {FISCAL_YEAR} (PDF, {pages} pages)"
    return Figure(name, seconds, base, "Overview figures", "max_s", 10.0)


def other_export_figures(path: Path, folder: Path, runs: int) -> list[Figure]:
    """The relationship activities and the contact list exported whole, against raw sqlite3
    writing the rows they come from to CSV; target as every export's (<= 2x raw)."""
    db, _ = open_database(path, create=False)
    signed_in(db, path)
    raw = sqlite3.connect(path)
    try:
        figures = []
        for name, exporter, sql in (
            ("relationship activities", lambda: ActivityExporter(db), "SELECT * FROM activity"),
            ("contact list", lambda: ContactListExporter(db),
             "SELECT s.* FROM stakeholder s WHERE s.id IN (SELECT stakeholder_id FROM consent)"),
        ):  # fmt: skip
            target = folder / f"export-{name.split()[0]}.csv"
            seconds, count = timed(lambda e=exporter, t=target: e().export(t), runs)
            raw_seconds, _ = timed(lambda s=sql: _raw_csv(raw, s, folder / "raw-export.csv"), runs)
            figures.append(Figure(f"{name} export, {count:,} rows", seconds, raw_seconds,
                                  "raw SELECT to CSV", "max_ratio", 2.0))  # fmt: skip
        return figures
    finally:
        raw.close()
        db.dispose()


def loop_figures(path: Path, folder: Path, runs: int) -> list[Figure]:
    return [
        startup_figure(path, folder, runs),
        survey_analysis_figure(path, runs),
        pmqa_report_figure(path, runs),
        *other_export_figures(path, folder, runs),
    ]


if __name__ == "__main__":
    sys.exit("run through harness.py --only loop")
