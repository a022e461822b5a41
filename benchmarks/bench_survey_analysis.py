"""A survey's whole analysis over 100,000 responses to 30 questions, against a pandas baseline
measured in the same run.

Run: python benchmarks/bench_survey_analysis.py [--responses 100000] [--keep PATH]

Builds a real VocDesk database (migrations, indexes) and fills it with raw executemany in one
transaction: one 5-point survey of 30 questions (26 ratings in three dimensions, 3 importance
questions, 1 NPS question), responses spread over the registry's segments (some in none), 2% of
the rating answers "no opinion", 5% of the forms with a comment, and a second entry pass of 1%
of the forms (to be left out). The responses' kept answers (``scores``/``importances``) are then
filled the way the app keeps them, by ``answer_scores.rebuild_scores`` (timed and printed: what
an import of that many forms adds). Then:
  results    SurveyAnalysisService.results(survey): every figure of the Results page (items,
             dimensions, overall, per segment; Kruskal-Wallis; gaps; NPS; engagement;
             dissatisfaction with its comments)
  trend      SurveyAnalysisService.trend(survey)
  pandas     the baseline: the counted answers with their response's segment read into a
             DataFrame (read_sql), then groupby (segment, question, value) counts and each
             respondent's mean (load and group both timed); only part of what results() gives
Medians of a few runs, in milliseconds, and the ratio pandas / results.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from vocdesk.domain.ids import new_id
from vocdesk.services.database import open_database
from vocdesk.services.surveys.analysis import SurveyAnalysisService
from vocdesk.services.surveys.answer_scores import rebuild_scores

RUNS = 3
STAMP = "2026-06-01 02:00:00.000000"
QUESTIONS = (
    [("rating", f"1.{i}", "process") for i in range(1, 11)]
    + [("rating", f"2.{i}", "staff") for i in range(1, 9)]
    + [("rating", f"3.{i}", "facilities") for i in range(1, 9)]
    + [("importance", f"4.{i}", "service_quality") for i in range(1, 4)]
    + [("nps", "5.1", "loyalty")]
)


def build(path: Path, responses: int) -> tuple[float, str]:
    db, _ = open_database(path)
    db.dispose()
    started = time.perf_counter()
    raw = sqlite3.connect(path)
    segments = [s for (s,) in raw.execute("SELECT id FROM segment")] + [None]
    rng = random.Random(2569)
    survey_id = new_id().hex
    questions = [(new_id().hex, kind, number, dim) for kind, number, dim in QUESTIONS]
    with raw:
        raw.execute(
            "INSERT INTO survey (id, code, title_th, title_en, kind, fiscal_year, round, method,"
            " scale_points, band_convention, target_sample, target_percent, notes, created_at,"
            " updated_at) VALUES (?, 'BENCH-2569', 'แบบสำรวจความพึงพอใจ', 'Satisfaction',"
            " 'satisfaction', 2569, 1, 'paper', 5, 'equal_width', ?, 85.0, '', ?, ?)",
            (survey_id, responses, STAMP, STAMP),
        )
        raw.executemany(
            "INSERT INTO survey_question (id, survey_id, position, code, number, section, text_th,"
            " text_en, dimension, type, points, offers_no_opinion, profile, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, '', ?, '', ?, ?, ?, 1, NULL, ?, ?)",
            [
                (qid, survey_id, n, f"Q{number}", number, f"ข้อ {number}", dim, kind,
                 10 if kind == "nps" else 5, STAMP, STAMP)
                for n, (qid, kind, number, dim) in enumerate(questions)
            ],
        )  # fmt: skip

        def forms():
            for n in range(responses):
                comment = "รอคิวนาน" if rng.random() < 0.05 else ""
                yield (new_id().hex, survey_id, rng.choice(segments), "2026-06-01", comment,
                       STAMP, STAMP, str(n + 1), 1)  # fmt: skip
            for n in range(responses // 100):  # a second pass of 1% of the forms
                yield (new_id().hex, survey_id, rng.choice(segments), "2026-06-01", "",
                       STAMP, STAMP, str(n + 1), 2)  # fmt: skip

        raw.executemany(
            "INSERT INTO survey_response (id, survey_id, segment_id, submitted_on, comment,"
            " created_at, updated_at, form_number, entry_pass) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            forms(),
        )
        response_ids = [r for (r,) in raw.execute("SELECT id FROM survey_response ORDER BY rowid")]

        def answers():
            for response_id in response_ids:
                leaning = rng.gauss(4.0, 0.5)
                for qid, kind, _number, _dim in questions:
                    if kind == "nps":
                        yield (response_id, qid, min(10, max(0, round(leaning * 2 + rng.gauss(0, 1.5)))), None, 0)  # fmt: skip
                        continue
                    if rng.random() < 0.02:
                        yield (response_id, qid, None, None, 1)
                        continue
                    value = min(5, max(1, round(leaning + rng.gauss(0, 0.6))))
                    importance = min(5, max(1, round(4.3 + rng.gauss(0, 0.6))))
                    yield (response_id, qid, value, importance if kind == "importance" else None, 0)  # fmt: skip

        raw.executemany(
            "INSERT INTO survey_answer (response_id, question_id, seq, value, importance,"
            " no_opinion) VALUES (?, ?, 0, ?, ?, ?)",
            answers(),
        )
    raw.close()
    filled = time.perf_counter()
    db, _ = open_database(path)
    with db.session_scope() as session:
        rebuild_scores(session, uuid.UUID(survey_id))
    db.dispose()
    print(f"kept answers (scores, importances) filled in {time.perf_counter() - filled:.1f} s")
    raw = sqlite3.connect(path)
    raw.execute("ANALYZE")
    raw.close()
    return time.perf_counter() - started, survey_id


def timed(work: Callable[[], object]) -> tuple[float, object]:
    times, result = [], None
    for _ in range(RUNS):
        started = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000, result


def pandas_baseline(path: Path, survey_id: str) -> tuple[float, float, int]:
    import pandas as pd

    connection = sqlite3.connect(path)
    began = time.perf_counter()
    frame = pd.read_sql(
        "SELECT r.segment_id, a.response_id, a.question_id, a.value FROM survey_answer a"
        " JOIN survey_response r ON r.id = a.response_id"
        " WHERE r.survey_id = ? AND r.entry_pass = 1 AND a.value IS NOT NULL AND a.no_opinion = 0",
        connection, params=(survey_id,),
    )  # fmt: skip
    loaded = time.perf_counter()
    frame.groupby(["segment_id", "question_id", "value"], dropna=False).size()
    frame.groupby(["response_id"])["value"].mean()
    grouped = time.perf_counter()
    connection.close()
    return (loaded - began) * 1000, (grouped - loaded) * 1000, len(frame)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--responses", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="build (or reuse) the database at this path")
    args = parser.parse_args()
    folder = tempfile.TemporaryDirectory()
    path = args.keep or Path(folder.name) / "surveys.sqlite"
    if path.exists():
        print(f"reusing {path}")
    else:
        seconds, _ = build(path, args.responses)
        print(f"built {args.responses:,} responses x {len(QUESTIONS)} questions in {seconds:.1f} s")
    raw = sqlite3.connect(path)
    survey_id = raw.execute("SELECT id FROM survey WHERE code = 'BENCH-2569'").fetchone()[0]
    answers = raw.execute("SELECT count(*) FROM survey_answer").fetchone()[0]
    raw.close()
    db, _ = open_database(path)
    service = SurveyAnalysisService(db)
    sid = service.find_survey("BENCH-2569")
    print(f"{answers:,} answers; median of {RUNS} runs, ms\n")

    results_ms, results = timed(lambda: service.results(sid))
    trend_ms, _ = timed(lambda: service.trend(sid))
    loads, groups, rows = [], [], 0
    for _ in range(RUNS):
        load_ms, group_ms, rows = pandas_baseline(path, survey_id)
        loads.append(load_ms)
        groups.append(group_ms)
    load_ms, group_ms = statistics.median(loads), statistics.median(groups)
    pandas_ms = load_ms + group_ms
    overall = results.overall  # type: ignore[attr-defined]
    print(f"results   {results_ms:8.0f}  (overall n={overall.n:,} mean={overall.mean:.2f})")
    print(f"trend     {trend_ms:8.0f}")
    print(
        f"pandas    {pandas_ms:8.0f}  (read_sql {load_ms:.0f} + groupby {group_ms:.0f}; {rows:,} rows)"
    )
    print(f"\npandas / results = {pandas_ms / results_ms:.1f}x")
    print("under a second: " + ("yes" if results_ms < 1000 else "NO"))
    db.dispose()


if __name__ == "__main__":
    main()
