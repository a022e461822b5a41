"""Migration 0008 on a real file made at 0007: each response's answers are filled into
``scores`` and ``importances`` in question order, and the way back drops them."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from vocdesk.db.engine import make_engine, sqlite_url
from vocdesk.db.migrate import run_migrations

NOW = "2026-06-01 02:00:00.000000"


def _migrate(path: Path, revision: str, *, down: bool = False) -> None:
    engine = make_engine(sqlite_url(path))
    try:
        run_migrations(engine, revision, downgrade=down)
    finally:
        engine.dispose()


def _survey_at_0007(path: Path) -> dict[str, str]:
    """Questions entered out of order: Q2 (position 2, rating), Q1 (1, importance), CH (3,
    multiple), NPS (4), TXT (5); three responses, one in the second pass."""
    _migrate(path, "0007")
    ids = {name: uuid.uuid4().hex for name in ("survey", "q1", "q2", "ch", "nps", "txt", "r1",
                                              "r2", "r3")}  # fmt: skip
    con = sqlite3.connect(path)
    try:
        con.execute(
            "INSERT INTO survey (id, code, title_th, title_en, kind, fiscal_year, round, method,"
            " scale_points, band_convention, notes, created_at, updated_at) VALUES (?, 'S-1',"
            " 'แบบสำรวจ', '', 'satisfaction', 2569, 1, 'paper', 5, 'equal_width', '', ?, ?)",
            (ids["survey"], NOW, NOW),
        )
        questions = (("q2", 2, "Q2", "rating"), ("q1", 1, "Q1", "importance"),
                     ("ch", 3, "CH", "multiple"), ("nps", 4, "NPS", "nps"), ("txt", 5, "TXT", "text"))  # fmt: skip
        for key, position, code, kind in questions:
            con.execute(
                "INSERT INTO survey_question (id, survey_id, position, code, number, section,"
                " text_th, text_en, dimension, type, points, offers_no_opinion, created_at,"
                " updated_at) VALUES (?, ?, ?, ?, '', '', ?, '', '', ?, 5, 1, ?, ?)",
                (ids[key], ids["survey"], position, code, code, kind, NOW, NOW),
            )
        for response, entry_pass in (("r1", 1), ("r2", 1), ("r3", 2)):
            con.execute(
                "INSERT INTO survey_response (id, survey_id, submitted_on, form_number,"
                " entry_pass, comment, created_at, updated_at) VALUES (?, ?, '2026-06-01', ?, ?,"
                " '', ?, ?)",
                (ids[response], ids["survey"], response, entry_pass, NOW, NOW),
            )
        answers = (
            ("r1", "q1", 0, 4, 5, None, 0), ("r1", "q2", 0, 3, None, None, 0),
            ("r1", "ch", 0, 1, None, None, 0), ("r1", "ch", 1, 2, None, None, 0),
            ("r1", "nps", 0, 10, None, None, 0), ("r1", "txt", 0, None, None, "ดี", 0),
            ("r2", "q1", 0, None, 3, None, 0), ("r2", "q2", 0, None, None, None, 1),
            ("r3", "q2", 0, 5, None, None, 0),
        )  # fmt: skip
        con.executemany(
            "INSERT INTO survey_answer (response_id, question_id, seq, value, importance, text,"
            " no_opinion) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(ids[r], ids[q], *rest) for r, q, *rest in answers],
        )
        con.commit()
    finally:
        con.close()
    return ids


def test_existing_answers_are_filled_in_question_order(tmp_path: Path) -> None:
    path = tmp_path / "agency.sqlite"
    ids = _survey_at_0007(path)

    _migrate(path, "0008")

    con = sqlite3.connect(path)
    try:
        found = dict(
            (row[0], row[1:])
            for row in con.execute("SELECT id, scores, importances FROM survey_response")
        )
    finally:
        con.close()
    # Q1 (importance 4, weight 5), Q2 3, CH (multiple: none), NPS 10 (":"), TXT none
    assert found[ids["r1"]] == ("43.:", "5")
    assert found[ids["r2"]] == ("", "3")  # no satisfaction value; Q2 "no opinion"
    assert found[ids["r3"]] == (".5", "")


def test_the_way_back_drops_the_columns(tmp_path: Path) -> None:
    path = tmp_path / "agency.sqlite"
    _survey_at_0007(path)
    _migrate(path, "0008")

    _migrate(path, "0007", down=True)

    con = sqlite3.connect(path)
    try:
        columns = {row[1] for row in con.execute("PRAGMA table_info(survey_response)")}
        assert "scores" not in columns and "importances" not in columns
        assert con.execute("SELECT count(*) FROM survey_answer").fetchone() == (9,)
    finally:
        con.close()
