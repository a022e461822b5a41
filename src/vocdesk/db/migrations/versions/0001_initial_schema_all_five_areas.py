"""initial schema: all five areas

Revision ID: 0001
Revises: 
Create Date: 2026-11-29 04:50:30.081384
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_entry',
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user', sa.String(length=200), nullable=False),
    sa.Column('action', sa.Enum('create', 'update', 'delete', 'merge', 'archive', name='auditaction', native_enum=False, length=32), nullable=False),
    sa.Column('entity', sa.String(length=60), nullable=False),
    sa.Column('entity_id', sa.Uuid(), nullable=False),
    sa.Column('changes', sa.JSON(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entry'))
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index('ix_audit_entry_entity', ['entity', 'entity_id'], unique=False)

    op.create_table('channel',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name_th', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('is_digital', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_channel')),
    sa.UniqueConstraint('code', name=op.f('uq_channel_code'))
    )
    op.create_table('complaint_category',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name_th', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('acknowledge_days', sa.Integer(), nullable=False),
    sa.Column('first_response_days', sa.Integer(), nullable=False),
    sa.Column('resolve_days', sa.Integer(), nullable=False),
    sa.Column('notify_days', sa.Integer(), nullable=False),
    sa.Column('warn_days_before', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_complaint_category')),
    sa.UniqueConstraint('code', name=op.f('uq_complaint_category_code'))
    )
    op.create_table('holiday',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_holiday')),
    sa.UniqueConstraint('day', name=op.f('uq_holiday_day'))
    )
    op.create_table('office',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name_th', sa.String(length=300), nullable=False),
    sa.Column('name_en', sa.String(length=300), nullable=False),
    sa.Column('province', sa.String(length=100), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_office')),
    sa.UniqueConstraint('code', name=op.f('uq_office_code'))
    )
    op.create_table('segment',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name_th', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.Enum('service_recipient', 'stakeholder', name='segmentkind', native_enum=False, length=32), nullable=False),
    sa.Column('priority', sa.Enum('high', 'medium', 'low', name='priority', native_enum=False, length=32), nullable=False),
    sa.Column('description', sa.String(), nullable=False),
    sa.Column('requirements', sa.JSON(), nullable=False),
    sa.Column('expectations', sa.JSON(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_segment')),
    sa.UniqueConstraint('code', name=op.f('uq_segment_code'))
    )
    op.create_table('service',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name_th', sa.String(length=300), nullable=False),
    sa.Column('name_en', sa.String(length=300), nullable=False),
    sa.Column('description', sa.String(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service')),
    sa.UniqueConstraint('code', name=op.f('uq_service_code'))
    )
    op.create_table('segment_service',
    sa.Column('segment_id', sa.Uuid(), nullable=False),
    sa.Column('service_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['segment_id'], ['segment.id'], name=op.f('fk_segment_service_segment_id_segment'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], name=op.f('fk_segment_service_service_id_service'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('segment_id', 'service_id', name=op.f('pk_segment_service'))
    )
    op.create_table('stakeholder',
    sa.Column('party_type', sa.Enum('person', 'organisation', name='partytype', native_enum=False, length=32), nullable=False),
    sa.Column('kind', sa.Enum('service_recipient', 'stakeholder', 'partner', 'comparator', name='stakeholderkind', native_enum=False, length=32), nullable=False),
    sa.Column('status', sa.Enum('current', 'potential', 'former', name='stakeholderstatus', native_enum=False, length=32), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('organisation', sa.String(length=300), nullable=False),
    sa.Column('segment_id', sa.Uuid(), nullable=True),
    sa.Column('national_id', sa.String(length=13), nullable=True),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('line_id', sa.String(length=100), nullable=False),
    sa.Column('address', sa.String(), nullable=False),
    sa.Column('province', sa.String(length=100), nullable=False),
    sa.Column('preferred_channel_id', sa.Uuid(), nullable=True),
    sa.Column('external_ref', sa.String(length=100), nullable=True),
    sa.Column('tags', sa.JSON(), nullable=False),
    sa.Column('notes', sa.String(), nullable=False),
    sa.Column('lawful_basis', sa.String(length=40), nullable=False),
    sa.Column('consent_follow_up', sa.Boolean(), nullable=False),
    sa.Column('consent_date', sa.Date(), nullable=True),
    sa.Column('retention_until', sa.Date(), nullable=True),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['preferred_channel_id'], ['channel.id'], name=op.f('fk_stakeholder_preferred_channel_id_channel')),
    sa.ForeignKeyConstraint(['segment_id'], ['segment.id'], name=op.f('fk_stakeholder_segment_id_segment')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stakeholder')),
    sa.UniqueConstraint('external_ref', name=op.f('uq_stakeholder_external_ref'))
    )
    with op.batch_alter_table('stakeholder', schema=None) as batch_op:
        batch_op.create_index('ix_stakeholder_name', ['name'], unique=False)
        batch_op.create_index('ix_stakeholder_national_id', ['national_id'], unique=False)
        batch_op.create_index('ix_stakeholder_phone', ['phone'], unique=False)
        batch_op.create_index('ix_stakeholder_province', ['province'], unique=False)
        batch_op.create_index('ix_stakeholder_segment_status', ['segment_id', 'status'], unique=False)

    op.create_table('survey',
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.Enum('satisfaction', 'engagement', 'dissatisfaction', name='surveykind', native_enum=False, length=32), nullable=False),
    sa.Column('fiscal_year', sa.Integer(), nullable=False),
    sa.Column('scale_points', sa.Integer(), nullable=False),
    sa.Column('target_percent', sa.Double(), nullable=True),
    sa.Column('segment_id', sa.Uuid(), nullable=True),
    sa.Column('opens_on', sa.Date(), nullable=True),
    sa.Column('closes_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['segment_id'], ['segment.id'], name=op.f('fk_survey_segment_id_segment')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_survey'))
    )
    op.create_table('activity',
    sa.Column('stakeholder_id', sa.Uuid(), nullable=False),
    sa.Column('occurred_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('kind', sa.Enum('meeting', 'call', 'visit', 'email', 'event', 'note', name='activitykind', native_enum=False, length=32), nullable=False),
    sa.Column('subject', sa.String(length=500), nullable=False),
    sa.Column('notes', sa.String(), nullable=False),
    sa.Column('staff', sa.String(length=200), nullable=False),
    sa.Column('next_contact_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['stakeholder_id'], ['stakeholder.id'], name=op.f('fk_activity_stakeholder_id_stakeholder')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity'))
    )
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.create_index('ix_activity_stakeholder_at', ['stakeholder_id', 'occurred_at'], unique=False)

    op.create_table('feedback_entry',
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('channel_id', sa.Uuid(), nullable=False),
    sa.Column('stage', sa.Enum('before', 'during', 'after', name='lifecyclestage', native_enum=False, length=32), nullable=False),
    sa.Column('type', sa.Enum('need', 'expectation', 'suggestion', 'compliment', 'inquiry', 'complaint', 'other', name='feedbacktype', native_enum=False, length=32), nullable=False),
    sa.Column('sentiment', sa.Enum('positive', 'neutral', 'negative', name='sentiment', native_enum=False, length=32), nullable=False),
    sa.Column('text', sa.String(), nullable=False),
    sa.Column('stakeholder_id', sa.Uuid(), nullable=True),
    sa.Column('segment_id', sa.Uuid(), nullable=True),
    sa.Column('service_id', sa.Uuid(), nullable=True),
    sa.Column('office_id', sa.Uuid(), nullable=True),
    sa.Column('staff', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['channel_id'], ['channel.id'], name=op.f('fk_feedback_entry_channel_id_channel')),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_feedback_entry_office_id_office')),
    sa.ForeignKeyConstraint(['segment_id'], ['segment.id'], name=op.f('fk_feedback_entry_segment_id_segment')),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], name=op.f('fk_feedback_entry_service_id_service')),
    sa.ForeignKeyConstraint(['stakeholder_id'], ['stakeholder.id'], name=op.f('fk_feedback_entry_stakeholder_id_stakeholder')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_feedback_entry'))
    )
    with op.batch_alter_table('feedback_entry', schema=None) as batch_op:
        batch_op.create_index('ix_feedback_entry_channel_stage', ['channel_id', 'stage'], unique=False)
        batch_op.create_index('ix_feedback_entry_received_at', ['received_at'], unique=False)
        batch_op.create_index('ix_feedback_entry_segment', ['segment_id'], unique=False)
        batch_op.create_index('ix_feedback_entry_stakeholder', ['stakeholder_id'], unique=False)

    op.create_table('survey_question',
    sa.Column('survey_id', sa.Uuid(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('section', sa.String(length=300), nullable=False),
    sa.Column('text', sa.String(), nullable=False),
    sa.Column('dimension', sa.String(length=100), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['survey_id'], ['survey.id'], name=op.f('fk_survey_question_survey_id_survey'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_survey_question')),
    sa.UniqueConstraint('survey_id', 'number', name=op.f('uq_survey_question_survey_id_number'))
    )
    op.create_table('survey_response',
    sa.Column('survey_id', sa.Uuid(), nullable=False),
    sa.Column('stakeholder_id', sa.Uuid(), nullable=True),
    sa.Column('segment_id', sa.Uuid(), nullable=True),
    sa.Column('submitted_on', sa.Date(), nullable=False),
    sa.Column('comment', sa.String(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['segment_id'], ['segment.id'], name=op.f('fk_survey_response_segment_id_segment')),
    sa.ForeignKeyConstraint(['stakeholder_id'], ['stakeholder.id'], name=op.f('fk_survey_response_stakeholder_id_stakeholder')),
    sa.ForeignKeyConstraint(['survey_id'], ['survey.id'], name=op.f('fk_survey_response_survey_id_survey'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_survey_response'))
    )
    with op.batch_alter_table('survey_response', schema=None) as batch_op:
        batch_op.create_index('ix_survey_response_survey_segment', ['survey_id', 'segment_id'], unique=False)
        batch_op.create_index('ix_survey_response_stakeholder', ['stakeholder_id'], unique=False)

    op.create_table('complaint',
    sa.Column('fiscal_year', sa.Integer(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('channel_id', sa.Uuid(), nullable=False),
    sa.Column('stakeholder_id', sa.Uuid(), nullable=True),
    sa.Column('anonymous', sa.Boolean(), nullable=False),
    sa.Column('subject', sa.String(length=500), nullable=False),
    sa.Column('details', sa.String(), nullable=False),
    sa.Column('category_id', sa.Uuid(), nullable=False),
    sa.Column('service_id', sa.Uuid(), nullable=True),
    sa.Column('province', sa.String(length=100), nullable=False),
    sa.Column('district', sa.String(length=100), nullable=False),
    sa.Column('priority', sa.Enum('high', 'medium', 'low', name='priority', native_enum=False, length=32), nullable=False),
    sa.Column('confidential', sa.Boolean(), nullable=False),
    sa.Column('status', sa.Enum('received', 'screening', 'in_progress', 'forwarded', 'co_handled', 'waiting', 'resolved', 'closed', 'rejected', 'withdrawn', 'reopened', name='complaintstatus', native_enum=False, length=32), nullable=False),
    sa.Column('office_id', sa.Uuid(), nullable=True),
    sa.Column('assigned_to', sa.String(length=200), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('reopen_count', sa.Integer(), nullable=False),
    sa.Column('feedback_entry_id', sa.Uuid(), nullable=True),
    sa.Column('resolution', sa.String(), nullable=False),
    sa.Column('follow_up_score', sa.Integer(), nullable=True),
    sa.Column('trust_restored', sa.Boolean(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['category_id'], ['complaint_category.id'], name=op.f('fk_complaint_category_id_complaint_category')),
    sa.ForeignKeyConstraint(['channel_id'], ['channel.id'], name=op.f('fk_complaint_channel_id_channel')),
    sa.ForeignKeyConstraint(['feedback_entry_id'], ['feedback_entry.id'], name=op.f('fk_complaint_feedback_entry_id_feedback_entry')),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_complaint_office_id_office')),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], name=op.f('fk_complaint_service_id_service')),
    sa.ForeignKeyConstraint(['stakeholder_id'], ['stakeholder.id'], name=op.f('fk_complaint_stakeholder_id_stakeholder')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_complaint')),
    sa.UniqueConstraint('fiscal_year', 'sequence', name=op.f('uq_complaint_fiscal_year_sequence')),
    sa.UniqueConstraint('number', name=op.f('uq_complaint_number'))
    )
    with op.batch_alter_table('complaint', schema=None) as batch_op:
        batch_op.create_index('ix_complaint_category', ['category_id'], unique=False)
        batch_op.create_index('ix_complaint_received_at', ['received_at'], unique=False)
        batch_op.create_index('ix_complaint_stakeholder', ['stakeholder_id'], unique=False)
        batch_op.create_index('ix_complaint_status_due', ['status', 'due_on'], unique=False)

    op.create_table('survey_answer',
    sa.Column('response_id', sa.Uuid(), nullable=False),
    sa.Column('question_id', sa.Uuid(), nullable=False),
    sa.Column('value', sa.Integer(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['question_id'], ['survey_question.id'], name=op.f('fk_survey_answer_question_id_survey_question'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['response_id'], ['survey_response.id'], name=op.f('fk_survey_answer_response_id_survey_response'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_survey_answer')),
    sa.UniqueConstraint('response_id', 'question_id', name=op.f('uq_survey_answer_response_id_question_id'))
    )
    with op.batch_alter_table('survey_answer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_survey_answer_question_id'), ['question_id'], unique=False)

    op.create_table('complaint_status_change',
    sa.Column('complaint_id', sa.Uuid(), nullable=False),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('changed_by', sa.String(length=200), nullable=False),
    sa.Column('from_status', sa.Enum('received', 'screening', 'in_progress', 'forwarded', 'co_handled', 'waiting', 'resolved', 'closed', 'rejected', 'withdrawn', 'reopened', name='complaintstatus', native_enum=False, length=32), nullable=True),
    sa.Column('to_status', sa.Enum('received', 'screening', 'in_progress', 'forwarded', 'co_handled', 'waiting', 'resolved', 'closed', 'rejected', 'withdrawn', 'reopened', name='complaintstatus', native_enum=False, length=32), nullable=False),
    sa.Column('note', sa.String(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['complaint_id'], ['complaint.id'], name=op.f('fk_complaint_status_change_complaint_id_complaint'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_complaint_status_change'))
    )
    with op.batch_alter_table('complaint_status_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_complaint_status_change_complaint_id'), ['complaint_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('complaint_status_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_complaint_status_change_complaint_id'))

    op.drop_table('complaint_status_change')
    with op.batch_alter_table('survey_answer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_survey_answer_question_id'))

    op.drop_table('survey_answer')
    with op.batch_alter_table('complaint', schema=None) as batch_op:
        batch_op.drop_index('ix_complaint_status_due')
        batch_op.drop_index('ix_complaint_stakeholder')
        batch_op.drop_index('ix_complaint_received_at')
        batch_op.drop_index('ix_complaint_category')

    op.drop_table('complaint')
    with op.batch_alter_table('survey_response', schema=None) as batch_op:
        batch_op.drop_index('ix_survey_response_stakeholder')
        batch_op.drop_index('ix_survey_response_survey_segment')

    op.drop_table('survey_response')
    op.drop_table('survey_question')
    with op.batch_alter_table('feedback_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_feedback_entry_stakeholder')
        batch_op.drop_index('ix_feedback_entry_segment')
        batch_op.drop_index('ix_feedback_entry_received_at')
        batch_op.drop_index('ix_feedback_entry_channel_stage')

    op.drop_table('feedback_entry')
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.drop_index('ix_activity_stakeholder_at')

    op.drop_table('activity')
    op.drop_table('survey')
    with op.batch_alter_table('stakeholder', schema=None) as batch_op:
        batch_op.drop_index('ix_stakeholder_segment_status')
        batch_op.drop_index('ix_stakeholder_province')
        batch_op.drop_index('ix_stakeholder_phone')
        batch_op.drop_index('ix_stakeholder_national_id')
        batch_op.drop_index('ix_stakeholder_name')

    op.drop_table('stakeholder')
    op.drop_table('segment_service')
    op.drop_table('service')
    op.drop_table('segment')
    op.drop_table('office')
    op.drop_table('holiday')
    op.drop_table('complaint_category')
    op.drop_table('channel')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_entry_entity')

    op.drop_table('audit_entry')
