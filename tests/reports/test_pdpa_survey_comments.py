"""The survey report leaves out the comment of a respondent marked sensitive (PDPA s.26,
issue 19) unless printed with personal data shown; the figures stay the same."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import select

from vocdesk.db.models import Stakeholder, SurveyResponse
from vocdesk.services.database import Database, open_database
from vocdesk.services.reports.survey import without_sensitive_comments
from vocdesk.services.surveys.analysis import SurveyAnalysisService

CODE = "SAT-2569"


def test_a_sensitive_respondents_comment_is_left_out(report_demo: Database, tmp_path: Path) -> None:
    # Given a copy of the demo, with the first dissatisfied comment's respondent marked sensitive
    copy = tmp_path / "demo.sqlite"
    source = sqlite3.connect(str(report_demo.path))
    target = sqlite3.connect(str(copy))
    source.backup(target)
    source.close()
    target.close()
    db, _ = open_database(copy)
    try:
        analysis = SurveyAnalysisService(db)
        results = analysis.results(analysis.find_survey(CODE))
        comments = results.dissatisfaction.comments
        assert comments
        first = comments[0]
        with db.session_scope() as session:
            response = session.get(SurveyResponse, first.response_id)
            person = session.scalars(select(Stakeholder)).first()
            if response.stakeholder_id is None:
                response.stakeholder_id = person.id
            session.get(Stakeholder, response.stakeholder_id).sensitive = True
        # When the report's data is read without personal data shown
        kept = without_sensitive_comments(db, results)
        # Then that respondent's comments are gone, the others and the figures stay
        left = kept.dissatisfaction.comments
        assert first.response_id not in {c.response_id for c in left}
        assert len(left) == len([c for c in comments if c.response_id != first.response_id])
        assert kept.dissatisfaction.respondents == results.dissatisfaction.respondents
        assert kept.rows == results.rows
    finally:
        db.dispose()
