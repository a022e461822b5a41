"""Migration 0007 on a real file made at 0006: an older agency's surveys, questions and answers
come through, "not applicable" answers become "no opinion", and the way back keeps them too."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from vocdesk.db.engine import make_engine, sqlite_url
from vocdesk.db.migrate import run_migrations
from vocdesk.services.database import open_database

NOW = "2025-06-01 02:00:00.000000"


def _migrate(path: Path, revision: str, *, down: bool = False) -> None:
    engine = make_engine(sqlite_url(path))
    try:
        run_migrations(engine, revision, downgrade=down)
    finally:
        engine.dispose()


def _hex() -> str:
    return uuid.uuid4().hex


def _survey_at_0006(path: Path) -> dict[str, str]:
    """A satisfaction survey of segment general_public with questions 1.2 and 1.10 (entered in
    that order) and two responses, one with a "not applicable" (NULL) answer."""
    _migrate(path, "0006")
    ids = {name: _hex() for name in ("survey", "q2", "q10", "r1", "r2")}
    con = sqlite3.connect(path)
    try:
        segment = con.execute("SELECT id FROM segment WHERE code = 'general_public'").fetchone()[0]
        ids["segment"] = segment
        con.execute(
            "INSERT INTO survey (id, title, kind, fiscal_year, scale_points, target_percent,"
            " segment_id, created_at, updated_at) VALUES (?, 'ความพึงพอใจ 2568', 'satisfaction',"
            " 2568, 5, 85.0, ?, ?, ?)",
            (ids["survey"], segment, NOW, NOW),
        )
        for key, number in (("q10", "1.10"), ("q2", "1.2")):
            con.execute(
                "INSERT INTO survey_question (id, survey_id, number, section, text, dimension,"
                " created_at, updated_at) VALUES (?, ?, ?, '', ?, 'process', ?, ?)",
                (ids[key], ids["survey"], number, f"ข้อ {number}", NOW, NOW),
            )
        for response in ("r1", "r2"):
            con.execute(
                "INSERT INTO survey_response (id, survey_id, submitted_on, comment, created_at,"
                " updated_at) VALUES (?, ?, '2025-06-01', '', ?, ?)",
                (ids[response], ids["survey"], NOW, NOW),
            )
        answers = (("r1", "q2", 5), ("r1", "q10", 4), ("r2", "q2", None), ("r2", "q10", 3))
        for response, question, value in answers:
            con.execute(
                "INSERT INTO survey_answer (id, response_id, question_id, value, created_at,"
                " updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                (_hex(), ids[response], ids[question], value, NOW, NOW),
            )
        con.commit()
    finally:
        con.close()
    return ids


def test_an_older_survey_is_carried_into_the_new_shape(tmp_path: Path) -> None:
    path = tmp_path / "agency.sqlite"
    ids = _survey_at_0006(path)

    db, result = open_database(path)
    db.dispose()

    assert result.from_revision == "0006"
    con = sqlite3.connect(path)
    try:
        survey = con.execute(
            "SELECT code, title_th, title_en, round, method, band_convention FROM survey"
        ).fetchone()
        assert survey == ("S2568-1", "ความพึงพอใจ 2568", "", 1, "paper", "equal_width")
        assert con.execute("SELECT segment_id FROM survey_target_segment").fetchall() == [
            (ids["segment"],)
        ]
        questions = con.execute(
            "SELECT code, position, type, points, offers_no_opinion, text_th FROM survey_question"
            " ORDER BY position"
        ).fetchall()
        # 1.2 before 1.10: printed numbers sort by their parts
        assert questions == [
            ("Q1.2", 1, "rating", 5, 1, "ข้อ 1.2"),
            ("Q1.10", 2, "rating", 5, 1, "ข้อ 1.10"),
        ]
        labels = con.execute(
            "SELECT value, label_th FROM survey_choice WHERE question_id = ? ORDER BY value",
            (ids["q2"],),
        ).fetchall()
        assert labels == [(1, "น้อยที่สุด"), (2, "น้อย"), (3, "ปานกลาง"), (4, "มาก"), (5, "มากที่สุด")]
        answers = con.execute(
            "SELECT value, no_opinion, seq FROM survey_answer ORDER BY value IS NULL, value"
        ).fetchall()
        assert answers == [(3, 0, 0), (4, 0, 0), (5, 0, 0), (None, 1, 0)]
        assert {row[0] for row in con.execute("SELECT code FROM survey_dimension")} >= {
            "process", "staff", "facilities", "service_quality", "channels", "overall",
        }  # fmt: skip
    finally:
        con.close()


def test_the_way_back_to_0006_keeps_the_rating_answers(tmp_path: Path) -> None:
    path = tmp_path / "agency.sqlite"
    ids = _survey_at_0006(path)
    _migrate(path, "0007")

    _migrate(path, "0006", down=True)

    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT title, segment_id FROM survey").fetchone() == (
            "ความพึงพอใจ 2568",
            ids["segment"],
        )
        assert sorted(
            con.execute("SELECT value FROM survey_answer").fetchall(), key=lambda r: r[0] or 0
        ) == [(None,), (3,), (4,), (5,)]
    finally:
        con.close()
