"""personal data protection (issue 19): notices, consents, requests, retention, restrictions

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-05 07:40:00

The PDPA's duties as records: each published version of the privacy notice and who was shown
which; consents per person and purpose (given and withdrawn, with dates and channels); the data
subject's requests with their 30-day deadline; retention periods per kind of record and the log
of their reviews. A stakeholder gains ``restricted`` (an objection or restriction: kept and
counted, left out of processing), ``sensitive`` (special-category data, section 26) and
``anonymised_at``; the other records that hold personal data gain ``anonymised_at``. A survey
response gains the record ``version`` the others got in 0012, for its corrections.

What was there carries over: the agency's privacy notice (kept in ``app_setting`` until now)
becomes version 1 and leaves ``app_setting``; each stakeholder's follow-up consent becomes a
consent row for the follow-up-survey purpose, given on its consent date (else the day the record
was made). Two retention periods are set as a starting point for the administrator to change:
complaints 5 years after closing, feedback 2 years after it was received. Nothing is anonymised
until a person reviews what is due.

Plain ADD COLUMN, not batch mode: batch mode rebuilds a table and loses what hangs on it, such
as the listening entries' search triggers (0012 says the same).
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from vocdesk.db.base import UtcDateTime
from vocdesk.domain.ids import new_id

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def _enum(*values: str, name: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=False, length=32)


def _entity() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UtcDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", UtcDateTime(timezone=True), nullable=False),
    ]


_RECORD_TYPES = ("stakeholder", "feedback", "complaint", "survey_response", "activity")
_ACTIONS = ("anonymise", "delete")
ANONYMISABLE = ("activity", "complaint", "feedback_entry", "survey_response")


def upgrade() -> None:
    op.create_table(
        "privacy_notice",
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("text_th", sa.String(), nullable=False),
        sa.Column("text_en", sa.String(), nullable=False),
        sa.Column("published_at", UtcDateTime(timezone=True), nullable=False),
        sa.Column("published_by", sa.String(length=200), nullable=False),
        *_entity(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_privacy_notice")),
        sa.UniqueConstraint("version", name=op.f("uq_privacy_notice_version")),
    )
    op.create_table(
        "retention_policy",
        sa.Column("record_type", _enum(*_RECORD_TYPES, name="retentionrecordtype"), nullable=False),
        sa.Column("keep_years", sa.Integer(), nullable=False),
        sa.Column("action", _enum(*_ACTIONS, name="retentionaction"), nullable=False),
        *_entity(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retention_policy")),
        sa.UniqueConstraint("record_type", name=op.f("uq_retention_policy_record_type")),
    )
    op.create_table(
        "retention_run",
        sa.Column("at", UtcDateTime(timezone=True), nullable=False),
        sa.Column("user", sa.String(length=200), nullable=False),
        sa.Column("record_type", _enum(*_RECORD_TYPES, name="retentionrecordtype"), nullable=False),
        sa.Column("action", _enum(*_ACTIONS, name="retentionaction"), nullable=False),
        sa.Column("due_before", sa.Date(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        *_entity(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retention_run")),
    )
    op.create_table(
        "consent",
        sa.Column("stakeholder_id", sa.Uuid(), nullable=False),
        sa.Column(
            "purpose",
            _enum("service", "follow_up_survey", "news", name="consentpurpose"),
            nullable=False,
        ),  # fmt: skip
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("given_channel_id", sa.Uuid(), nullable=True),
        sa.Column("notice_id", sa.Uuid(), nullable=True),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("withdrawn_channel_id", sa.Uuid(), nullable=True),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        *_entity(),
        sa.ForeignKeyConstraint(
            ["given_channel_id"], ["channel.id"], name=op.f("fk_consent_given_channel_id_channel")
        ),
        sa.ForeignKeyConstraint(
            ["notice_id"], ["privacy_notice.id"], name=op.f("fk_consent_notice_id_privacy_notice")
        ),
        sa.ForeignKeyConstraint(
            ["stakeholder_id"],
            ["stakeholder.id"],
            name=op.f("fk_consent_stakeholder_id_stakeholder"),
            ondelete="CASCADE",
        ),  # fmt: skip
        sa.ForeignKeyConstraint(
            ["withdrawn_channel_id"],
            ["channel.id"],
            name=op.f("fk_consent_withdrawn_channel_id_channel"),
        ),  # fmt: skip
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent")),
    )
    op.create_index("ix_consent_person_purpose", "consent", ["stakeholder_id", "purpose"])
    op.create_table(
        "data_subject_request",
        sa.Column("stakeholder_id", sa.Uuid(), nullable=True),
        sa.Column(
            "kind",
            _enum(
                "access",
                "portability",
                "correction",
                "objection",
                "restriction",
                "erasure",
                "withdraw_consent",
                name="requestkind",
            ),
            nullable=False,
        ),  # fmt: skip
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("channel_id", sa.Uuid(), nullable=True),
        sa.Column("requester", sa.String(length=300), nullable=False),
        sa.Column("details", sa.String(), nullable=False),
        sa.Column("officer", sa.String(length=200), nullable=False),
        sa.Column("status", _enum("open", "done", "refused", name="requeststatus"), nullable=False),
        sa.Column("outcome", sa.String(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        *_entity(),
        sa.ForeignKeyConstraint(
            ["channel_id"], ["channel.id"], name=op.f("fk_data_subject_request_channel_id_channel")
        ),
        sa.ForeignKeyConstraint(
            ["stakeholder_id"],
            ["stakeholder.id"],
            name=op.f("fk_data_subject_request_stakeholder_id_stakeholder"),
        ),  # fmt: skip
        sa.PrimaryKeyConstraint("id", name=op.f("pk_data_subject_request")),
    )
    op.create_index("ix_data_subject_request_person", "data_subject_request", ["stakeholder_id"])
    op.create_index(
        "ix_data_subject_request_status_due", "data_subject_request", ["status", "due_on"]
    )
    op.create_table(
        "privacy_notice_shown",
        sa.Column("stakeholder_id", sa.Uuid(), nullable=False),
        sa.Column("notice_id", sa.Uuid(), nullable=False),
        sa.Column("shown_at", UtcDateTime(timezone=True), nullable=False),
        sa.Column(
            "place",
            _enum(
                "stakeholder_form",
                "quick_entry",
                "complaint_form",
                "questionnaire",
                name="noticeplace",
            ),
            nullable=False,
        ),  # fmt: skip
        sa.Column("shown_by", sa.String(length=200), nullable=False),
        *_entity(),
        sa.ForeignKeyConstraint(
            ["notice_id"],
            ["privacy_notice.id"],
            name=op.f("fk_privacy_notice_shown_notice_id_privacy_notice"),
        ),  # fmt: skip
        sa.ForeignKeyConstraint(
            ["stakeholder_id"],
            ["stakeholder.id"],
            name=op.f("fk_privacy_notice_shown_stakeholder_id_stakeholder"),
            ondelete="CASCADE",
        ),  # fmt: skip
        sa.PrimaryKeyConstraint("id", name=op.f("pk_privacy_notice_shown")),
    )
    op.create_index(
        "ix_privacy_notice_shown_person", "privacy_notice_shown", ["stakeholder_id", "shown_at"]
    )
    op.add_column(
        "stakeholder", sa.Column("restricted", sa.Boolean(), server_default="0", nullable=False)
    )
    op.add_column("stakeholder", sa.Column("restricted_on", sa.Date(), nullable=True))
    op.add_column(
        "stakeholder", sa.Column("sensitive", sa.Boolean(), server_default="0", nullable=False)
    )
    for table in ("stakeholder", *ANONYMISABLE):
        op.add_column(table, sa.Column("anonymised_at", UtcDateTime(timezone=True), nullable=True))
    # A keyed survey form is corrected in a window too (issue 17's record versions, 0012).
    op.add_column(
        "survey_response",
        sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1")),
    )
    _carry_over()


def _carry_over() -> None:
    """The notice kept in the settings becomes version 1; follow-up consents become rows (with
    no notice version: which one the person was shown before versions were kept is unknown)."""
    bind = op.get_bind()
    now = datetime.now(UTC)
    texts = dict(
        bind.execute(
            sa.text(
                "SELECT key, value FROM app_setting"
                " WHERE key IN ('privacy_notice_th', 'privacy_notice_en')"
            )
        ).all()
    )
    if any(texts.values()):
        bind.execute(
            sa.text(
                "INSERT INTO privacy_notice (id, version, text_th, text_en, published_at,"
                " published_by, created_at, updated_at)"
                " VALUES (:id, 1, :th, :en, :now, '', :now, :now)"
            ).bindparams(
                sa.bindparam("id", type_=sa.Uuid()), sa.bindparam("now", type_=UtcDateTime())
            ),
            {
                "id": new_id(), "th": texts.get("privacy_notice_th", "") or "",
                "en": texts.get("privacy_notice_en", "") or "", "now": now,
            },
        )  # fmt: skip
    # Versions are kept in privacy_notice from now on (services.pdpa.notices): one place.
    bind.execute(
        sa.text("DELETE FROM app_setting WHERE key IN ('privacy_notice_th', 'privacy_notice_en')")
    )
    people = bind.execute(
        sa.text(
            "SELECT id, consent_date, date(created_at) FROM stakeholder WHERE consent_follow_up"
        ).columns(
            sa.column("id", sa.Uuid()),
            sa.column("consent_date", sa.Date()),
            sa.column("made", sa.Date()),
        )  # fmt: skip
    ).all()
    rows = [
        {"id": new_id(), "person": person, "given": given or made, "now": now}
        for person, given, made in people
    ]
    if rows:
        bind.execute(
            sa.text(
                "INSERT INTO consent (id, stakeholder_id, purpose, given_on, notice_id,"
                " recorded_by, note, created_at, updated_at)"
                " VALUES (:id, :person, 'follow_up_survey', :given, NULL, '', '', :now, :now)"
            ).bindparams(
                sa.bindparam("id", type_=sa.Uuid()), sa.bindparam("person", type_=sa.Uuid()),
                sa.bindparam("given", type_=sa.Date()),
                sa.bindparam("now", type_=UtcDateTime()),
            ),
            rows,
        )  # fmt: skip
    policy = sa.text(
        "INSERT INTO retention_policy (id, record_type, keep_years, action, created_at,"
        " updated_at) VALUES (:id, :kind, :years, 'anonymise', :now, :now)"
    ).bindparams(sa.bindparam("id", type_=sa.Uuid()), sa.bindparam("now", type_=UtcDateTime()))
    bind.execute(
        policy,
        [
            {"id": new_id(), "kind": "complaint", "years": 5, "now": now},
            {"id": new_id(), "kind": "feedback", "years": 2, "now": now},
        ],
    )


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    _drop_column("survey_response", "version", sqlite)
    for table in ("stakeholder", *ANONYMISABLE):
        _drop_column(table, "anonymised_at", sqlite)
    for column in ("sensitive", "restricted_on", "restricted"):
        _drop_column("stakeholder", column, sqlite)
    op.drop_table("privacy_notice_shown")
    op.drop_table("data_subject_request")
    op.drop_table("consent")
    op.drop_table("retention_run")
    op.drop_table("retention_policy")
    op.drop_table("privacy_notice")


def _drop_column(table: str, column: str, sqlite: bool) -> None:
    if sqlite:  # SQLite 3.35+ drops a column in place
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    else:
        op.drop_column(table, column)
