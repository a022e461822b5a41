"""survey responses keep their answers ready for the analysis (issue 10's speed check)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04 23:50:00

``survey_response`` gains ``scores`` and ``importances``: one character per question (per
importance question) of the survey, in the order the analysis reads the questions, ``chr(48 +
value)`` for a counted value and ``.`` for none, trailing ``.`` left out
(services/surveys/answer_scores.py keeps them up to date; the rule is frozen here). Existing
responses are filled survey by survey from their answers.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_SINGLE_VALUE_TYPES = ("rating", "importance", "nps", "single", "profile")


def _packed(column: str, keys: list[str | None], name: str) -> tuple[str, dict[str, Any]]:
    params = {f"{name}_{i}": key for i, key in enumerate(keys)}
    if not keys:
        return "''", {}
    values = ", ".join(f"(:{p})" for p in params)
    return (
        f"coalesce((SELECT rtrim(group_concat(CASE WHEN a.no_opinion = 0"
        f" AND a.{column} BETWEEN 0 AND 79 THEN char(48 + a.{column}) ELSE '.' END, ''), '.')"
        f" FROM (VALUES {values}) AS q"
        " LEFT JOIN survey_answer AS a ON a.response_id = survey_response.id"
        " AND a.question_id = q.column1 AND a.seq = 0), '')"
    ), params


def upgrade() -> None:
    with op.batch_alter_table("survey_response") as batch_op:
        batch_op.add_column(sa.Column("scores", sa.String(), nullable=False, server_default=""))
        batch_op.add_column(
            sa.Column("importances", sa.String(), nullable=False, server_default="")
        )
    bind = op.get_bind()
    surveys = [
        row[0] for row in bind.execute(sa.text("SELECT DISTINCT survey_id FROM survey_response"))
    ]
    for survey_id in surveys:
        questions = bind.execute(
            sa.text(
                "SELECT id, type FROM survey_question WHERE survey_id = :survey"
                " ORDER BY position, code"
            ),
            {"survey": survey_id},
        ).all()
        scores, params = _packed(
            "value", [key if kind in _SINGLE_VALUE_TYPES else None for key, kind in questions], "qs"
        )
        importances, more = _packed(
            "importance", [key for key, kind in questions if kind == "importance"], "qi"
        )
        bind.execute(
            sa.text(
                f"UPDATE survey_response SET scores = {scores}, importances = {importances}"
                " WHERE survey_id = :survey"
            ),
            {**params, **more, "survey": survey_id},
        )


def downgrade() -> None:
    with op.batch_alter_table("survey_response") as batch_op:
        batch_op.drop_column("importances")
        batch_op.drop_column("scores")
