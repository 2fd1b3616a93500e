"""the quality survey of annex 6: two answers per request

Revision ID: 0006_survey
Revises: 0005_conclusions
Create Date: 2026-11-25 00:20:23.801343
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0006_survey'
down_revision: str | None = '0005_conclusions'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('survey_answers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('quality', sa.Integer(), nullable=False),
    sa.Column('information', sa.Integer(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=False),
    sa.CheckConstraint('information BETWEEN 1 AND 3', name=op.f('ck_survey_answers_information_answer')),
    sa.CheckConstraint('quality BETWEEN 1 AND 3', name=op.f('ck_survey_answers_quality_answer')),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_survey_answers_application_id_applications'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_survey_answers_recorded_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_survey_answers')),
    sa.UniqueConstraint('application_id', name=op.f('uq_survey_answers_application_id'))
    )


def downgrade() -> None:
    op.drop_table('survey_answers')
