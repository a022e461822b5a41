"""surveys designed, entered, analysed and benchmarked (issue 10): schema changes

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04 23:00:00

A survey gains a unique code, titles in both languages, a round, a method, target segments (a
link table instead of one segment), a target sample and the band convention it is read with.
Questions gain a code, a type, their own scale, a "no opinion" answer and a profile field, and
labelled choices. Responses gain the paper form's number and the entry pass (double entry).
Answers become a lean table (no key or timestamps of their own: there may be millions) that
holds every question type. Comparators' results get a table, dimensions a catalogue.

Existing rows are carried over: a survey's code is ``S<year>-<n>``, a question's ``Q<number>``,
every old question is a rating on its survey's scale with "no opinion" offered (the old NULL
answer meant "not applicable"), and its levels get the standard Thai labels, frozen here.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_NAMESPACE = uuid.UUID("5d0c7a52-4f3e-4c8e-9a4b-0c1d2e3f4a5b")  # the same as 0002's

_KINDS = ("satisfaction", "engagement", "dissatisfaction", "other")
_METHODS = ("paper", "face_to_face", "phone", "online")
_CONVENTIONS = ("equal_width", "rounding")
_TYPES = ("rating", "importance", "nps", "single", "multiple", "number", "text", "profile")
_PROFILES = ("respondent_kind", "segment", "sex", "age_band", "education", "occupation")
_SCALES = ("four_point", "five_point", "percent")

# (code, Thai, English)
DIMENSIONS = [
    ("process", "ด้านกระบวนการ/ขั้นตอนการให้บริการ", "Process and procedure"),
    ("staff", "ด้านเจ้าหน้าที่/บุคลากรผู้ให้บริการ", "Staff"),
    ("facilities", "ด้านสิ่งอำนวยความสะดวก", "Facilities"),
    ("service_quality", "ด้านคุณภาพการให้บริการ", "Service quality"),
    ("channels", "ด้านช่องทางการให้บริการ", "Service channels"),
    ("overall", "ภาพรวม", "Overall"),
    ("trust", "ความเชื่อมั่น", "Trust"),
    ("loyalty", "ความภักดี", "Loyalty"),
]

# Level labels, lowest first, for the scales the old rows can have.
_LEVELS = {
    4: [("น้อย", "Low"), ("ปานกลาง", "Moderate"), ("มาก", "High"), ("มากที่สุด", "Very high")],
    5: [
        ("น้อยที่สุด", "Very low"),
        ("น้อย", "Low"),
        ("ปานกลาง", "Moderate"),
        ("มาก", "High"),
        ("มากที่สุด", "Very high"),
    ],
}


def _entity_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    ]


def _enum(values: tuple[str, ...], name: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, length=32)


def upgrade() -> None:
    bind = op.get_bind()
    now = datetime.now(UTC)

    op.create_table(
        "survey_dimension",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name_th", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        *_entity_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_dimension")),
        sa.UniqueConstraint("code", name=op.f("uq_survey_dimension_code")),
    )
    used = [
        row[0]
        for row in bind.execute(
            sa.text("SELECT DISTINCT dimension FROM survey_question WHERE dimension != ''")
        )
    ]
    known = {code for code, _, _ in DIMENSIONS}
    rows = DIMENSIONS + [(code, code, code) for code in sorted(set(used) - known)]
    dimension = sa.table(
        "survey_dimension",
        sa.column("id", sa.Uuid()), sa.column("code", sa.String()), sa.column("name_th", sa.String()),
        sa.column("name_en", sa.String()), sa.column("sort_order", sa.Integer()),
        sa.column("active", sa.Boolean()), sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("updated_at", sa.DateTime(timezone=True)),
    )  # fmt: skip
    op.bulk_insert(
        dimension,
        [
            {
                "id": uuid.uuid5(_NAMESPACE, f"survey_dimension:{code}"),
                "code": code, "name_th": th, "name_en": en, "sort_order": (i + 1) * 10,
                "active": True, "created_at": now, "updated_at": now,
            }  # fmt: skip
            for i, (code, th, en) in enumerate(rows)
        ],
    )

    # Surveys: codes first (nullable), filled in, then made required and unique.
    with op.batch_alter_table("survey") as batch_op:
        batch_op.alter_column("title", new_column_name="title_th", existing_type=sa.String(300))
        batch_op.add_column(sa.Column("code", sa.String(length=40), nullable=True))
        batch_op.add_column(
            sa.Column("title_en", sa.String(length=300), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("round", sa.Integer(), nullable=False, server_default="1"))
        batch_op.add_column(
            sa.Column(
                "method", _enum(_METHODS, "surveymethod"), nullable=False, server_default="paper"
            )
        )
        batch_op.add_column(
            sa.Column(
                "band_convention", _enum(_CONVENTIONS, "bandconvention"), nullable=False,
                server_default="equal_width",
            )
        )  # fmt: skip
        batch_op.add_column(sa.Column("target_sample", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("notes", sa.String(), nullable=False, server_default=""))
        batch_op.alter_column(
            "kind",
            existing_type=_enum(_KINDS[:3], "surveykind"),
            type_=_enum(_KINDS, "surveykind"),
            existing_nullable=False,
        )
    op.create_table(
        "survey_target_segment",
        sa.Column("survey_id", sa.Uuid(), nullable=False),
        sa.Column("segment_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["survey_id"], ["survey.id"],
            name=op.f("fk_survey_target_segment_survey_id_survey"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["segment_id"], ["segment.id"],
            name=op.f("fk_survey_target_segment_segment_id_segment"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("survey_id", "segment_id", name=op.f("pk_survey_target_segment")),
    )  # fmt: skip
    bind.execute(
        sa.text(
            "INSERT INTO survey_target_segment (survey_id, segment_id) "
            "SELECT id, segment_id FROM survey WHERE segment_id IS NOT NULL"
        )
    )
    per_year: dict[int, int] = {}
    for survey_id, year in bind.execute(
        sa.text("SELECT id, fiscal_year FROM survey ORDER BY fiscal_year, created_at, id")
    ):
        per_year[year] = per_year.get(year, 0) + 1
        bind.execute(
            sa.text("UPDATE survey SET code = :code WHERE id = :id"),
            {"code": f"S{year}-{per_year[year]}", "id": survey_id},
        )
    with op.batch_alter_table("survey") as batch_op:
        batch_op.alter_column("code", existing_type=sa.String(40), nullable=False)
        batch_op.create_unique_constraint(op.f("uq_survey_code"), ["code"])
        batch_op.drop_constraint("fk_survey_segment_id_segment", type_="foreignkey")
        batch_op.drop_column("segment_id")
    with op.batch_alter_table("survey") as batch_op:  # server defaults were for the old rows only
        for column in ("title_en", "round", "method", "band_convention", "notes"):
            batch_op.alter_column(column, server_default=None)

    # Questions.
    with op.batch_alter_table("survey_question") as batch_op:
        batch_op.alter_column("text", new_column_name="text_th", existing_type=sa.String())
        batch_op.add_column(sa.Column("position", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("code", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("text_en", sa.String(), nullable=False, server_default=""))
        batch_op.add_column(
            sa.Column("type", _enum(_TYPES, "questiontype"), nullable=False, server_default="rating")
        )
        batch_op.add_column(sa.Column("points", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("offers_no_opinion", sa.Boolean(), nullable=False, server_default=sa.true())
        )
        batch_op.add_column(sa.Column("profile", _enum(_PROFILES, "profilefield"), nullable=True))
        batch_op.drop_constraint("uq_survey_question_survey_id_number", type_="unique")
        batch_op.alter_column(
            "dimension", existing_type=sa.String(100), type_=sa.String(40), existing_nullable=False
        )
    questions = bind.execute(
        sa.text(
            "SELECT q.id, q.survey_id, q.number, s.scale_points FROM survey_question q "
            "JOIN survey s ON s.id = q.survey_id ORDER BY q.survey_id, q.created_at, q.id"
        )
    ).all()
    position: dict[object, int] = {}
    choices = []
    for question_id, survey_id, number, points in sorted(
        questions, key=lambda q: (str(q[1]), _number_key(q[2]))
    ):
        position[survey_id] = position.get(survey_id, 0) + 1
        bind.execute(
            sa.text(
                "UPDATE survey_question SET code = :code, position = :position, points = :points "
                "WHERE id = :id"
            ),
            {"code": f"Q{number}", "position": position[survey_id], "points": points,
             "id": question_id},
        )  # fmt: skip
        for value, (th, en) in enumerate(_LEVELS.get(points, []), start=1):
            choices.append({
                "id": uuid.uuid4(), "question_id": _uuid(question_id), "value": value, "label_th": th,
                "label_en": en, "segment_id": None, "created_at": now, "updated_at": now,
            })  # fmt: skip
    with op.batch_alter_table("survey_question") as batch_op:
        batch_op.alter_column("code", existing_type=sa.String(40), nullable=False)
        batch_op.create_unique_constraint(
            op.f("uq_survey_question_survey_id_code"), ["survey_id", "code"]
        )
    with op.batch_alter_table("survey_question") as batch_op:
        for column in ("position", "text_en", "type", "offers_no_opinion"):
            batch_op.alter_column(column, server_default=None)

    choice = op.create_table(
        "survey_choice",
        sa.Column("question_id", sa.Uuid(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("label_th", sa.String(length=300), nullable=False),
        sa.Column("label_en", sa.String(length=300), nullable=False),
        sa.Column("segment_id", sa.Uuid(), nullable=True),
        *_entity_columns(),
        sa.ForeignKeyConstraint(
            ["question_id"], ["survey_question.id"],
            name=op.f("fk_survey_choice_question_id_survey_question"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["segment_id"], ["segment.id"], name=op.f("fk_survey_choice_segment_id_segment")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_choice")),
        sa.UniqueConstraint("question_id", "value", name=op.f("uq_survey_choice_question_id_value")),
    )  # fmt: skip
    if choices:
        op.bulk_insert(choice, choices)

    # Responses.
    with op.batch_alter_table("survey_response") as batch_op:
        batch_op.add_column(
            sa.Column("form_number", sa.String(length=40), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("entry_pass", sa.Integer(), nullable=False, server_default="1"))
        batch_op.create_index(
            "ix_survey_response_form", ["survey_id", "entry_pass", "form_number"]
        )
    with op.batch_alter_table("survey_response") as batch_op:
        batch_op.alter_column("form_number", server_default=None)
        batch_op.alter_column("entry_pass", server_default=None)

    # Answers: rebuilt lean, the old NULL ("not applicable") kept as no_opinion.
    _free_primary_key_name("survey_answer")
    op.create_table(
        "survey_answer_new",
        sa.Column("response_id", sa.Uuid(), nullable=False),
        sa.Column("question_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=True),
        sa.Column("importance", sa.Integer(), nullable=True),
        sa.Column("number", sa.Double(), nullable=True),
        sa.Column("text", sa.String(), nullable=True),
        sa.Column("no_opinion", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["question_id"], ["survey_question.id"],
            name=op.f("fk_survey_answer_question_id_survey_question"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["response_id"], ["survey_response.id"],
            name=op.f("fk_survey_answer_response_id_survey_response"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("response_id", "question_id", "seq", name=op.f("pk_survey_answer")),
    )  # fmt: skip
    bind.execute(
        sa.text(
            "INSERT INTO survey_answer_new (response_id, question_id, seq, value, no_opinion) "
            "SELECT response_id, question_id, 0, value, value IS NULL FROM survey_answer"
        )
    )
    op.drop_table("survey_answer")
    op.rename_table("survey_answer_new", "survey_answer")
    with op.batch_alter_table("survey_answer") as batch_op:
        batch_op.create_index("ix_survey_answer_question_value", ["question_id", "value"])

    op.create_table(
        "survey_benchmark",
        sa.Column("survey_id", sa.Uuid(), nullable=False),
        sa.Column("organisation", sa.String(length=300), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("dimension", sa.String(length=40), nullable=False),
        sa.Column("question_code", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Double(), nullable=False),
        sa.Column("scale", _enum(_SCALES, "benchmarkscale"), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        *_entity_columns(),
        sa.ForeignKeyConstraint(
            ["survey_id"], ["survey.id"],
            name=op.f("fk_survey_benchmark_survey_id_survey"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_benchmark")),
    )  # fmt: skip
    with op.batch_alter_table("survey_benchmark") as batch_op:
        batch_op.create_index("ix_survey_benchmark_survey_id", ["survey_id"])


def _free_primary_key_name(table: str) -> None:
    """PostgreSQL: a primary key's index is a relation of the schema, its name unique in it, so
    the table about to be replaced gives its key's name up to the one replacing it."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"ALTER TABLE {table} RENAME CONSTRAINT pk_{table} TO pk_{table}_replaced")


def _uuid(value: object) -> uuid.UUID:
    """A key read with plain SQL (SQLite gives the stored hex text) as the Uuid type wants it."""
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _number_key(number: str) -> tuple[int | str, ...]:
    """"1.10" after "1.9": printed numbers sort by their parts."""
    return tuple(int(part) if part.isdigit() else part for part in number.split("."))


def downgrade() -> None:
    """Back to 0006's shape. What 0006 cannot hold is lost: the second entry pass, answers
    other than one scale value per question, choices, comparators and target segments beyond
    the first."""
    bind = op.get_bind()
    op.drop_table("survey_benchmark")
    bind.execute(sa.text("DELETE FROM survey_response WHERE entry_pass != 1"))
    _free_primary_key_name("survey_answer")
    op.create_table(
        "survey_answer_old",
        sa.Column("response_id", sa.Uuid(), nullable=False),
        sa.Column("question_id", sa.Uuid(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=True),
        *_entity_columns(),
        sa.ForeignKeyConstraint(
            ["question_id"], ["survey_question.id"],
            name=op.f("fk_survey_answer_question_id_survey_question"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["response_id"], ["survey_response.id"],
            name=op.f("fk_survey_answer_response_id_survey_response"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_answer")),
        sa.UniqueConstraint(
            "response_id", "question_id", name=op.f("uq_survey_answer_response_id_question_id")
        ),
    )  # fmt: skip
    now = datetime.now(UTC)
    rows = bind.execute(
        sa.text(
            "SELECT a.response_id, a.question_id, a.value FROM survey_answer a "
            "JOIN survey_question q ON q.id = a.question_id "
            "WHERE a.seq = 0 AND q.type IN ('rating', 'importance')"
        )
    ).all()
    old = sa.table(
        "survey_answer_old",
        sa.column("id", sa.Uuid()), sa.column("response_id", sa.Uuid()),
        sa.column("question_id", sa.Uuid()), sa.column("value", sa.Integer()),
        sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("updated_at", sa.DateTime(timezone=True)),
    )  # fmt: skip
    if rows:
        op.bulk_insert(
            old,
            [
                {"id": uuid.uuid4(), "response_id": _uuid(r), "question_id": _uuid(q), "value": v,
                 "created_at": now, "updated_at": now}  # fmt: skip
                for r, q, v in rows
            ],
        )
    op.drop_table("survey_answer")
    op.rename_table("survey_answer_old", "survey_answer")
    with op.batch_alter_table("survey_answer") as batch_op:
        batch_op.create_index("ix_survey_answer_question_id", ["question_id"])

    with op.batch_alter_table("survey_response") as batch_op:
        batch_op.drop_index("ix_survey_response_form")
        batch_op.drop_column("entry_pass")
        batch_op.drop_column("form_number")

    op.drop_table("survey_choice")
    bind.execute(sa.text("DELETE FROM survey_question WHERE type NOT IN ('rating', 'importance')"))
    with op.batch_alter_table("survey_question") as batch_op:
        batch_op.drop_constraint("uq_survey_question_survey_id_code", type_="unique")
        for column in ("profile", "offers_no_opinion", "points", "type", "text_en", "code",
                       "position"):  # fmt: skip
            batch_op.drop_column(column)
        batch_op.alter_column("text_th", new_column_name="text", existing_type=sa.String())
        batch_op.create_unique_constraint(
            "uq_survey_question_survey_id_number", ["survey_id", "number"]
        )

    with op.batch_alter_table("survey") as batch_op:
        batch_op.add_column(sa.Column("segment_id", sa.Uuid(), nullable=True))
        batch_op.create_foreign_key(
            "fk_survey_segment_id_segment", "segment", ["segment_id"], ["id"]
        )
    first = "min(segment_id)" if bind.dialect.name == "sqlite" else "min(segment_id::text)::uuid"
    bind.execute(
        sa.text(
            f"UPDATE survey SET segment_id = (SELECT {first} FROM survey_target_segment t "
            "WHERE t.survey_id = survey.id)"
        )
    )
    op.drop_table("survey_target_segment")
    bind.execute(sa.text("UPDATE survey SET kind = 'satisfaction' WHERE kind = 'other'"))
    with op.batch_alter_table("survey") as batch_op:
        batch_op.drop_constraint("uq_survey_code", type_="unique")
        for column in ("notes", "target_sample", "band_convention", "method", "round",
                       "title_en", "code"):  # fmt: skip
            batch_op.drop_column(column)
        batch_op.alter_column("title_th", new_column_name="title", existing_type=sa.String(300))
    op.drop_table("survey_dimension")
