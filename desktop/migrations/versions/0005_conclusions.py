"""conclusions

Revision ID: 0005_conclusions
Revises: 0004_registry_search
Create Date: 2026-11-24 19:14:00.113234
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0005_conclusions'
down_revision: str | None = '0004_registry_search'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('conclusions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('number', sa.String(length=32), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('agreed', sa.Boolean(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('corrects_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('reasons', sa.JSON(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('issued_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('signatures', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_conclusions_application_id_applications')),
    sa.ForeignKeyConstraint(['corrects_id'], ['conclusions.id'], name=op.f('fk_conclusions_corrects_id_conclusions')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_conclusions_created_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conclusions')),
    sa.UniqueConstraint('number', name=op.f('uq_conclusions_number'))
    )
    with op.batch_alter_table('conclusions', schema=None) as batch_op:
        batch_op.create_index('ix_conclusions_application', ['application_id'], unique=False)
        batch_op.create_index('ix_conclusions_year_seq', ['kind', 'year', 'sequence'], unique=False)

    op.create_table('conclusion_documents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('conclusion_id', sa.Integer(), nullable=False),
    sa.Column('lang', sa.String(length=2), nullable=False),
    sa.Column('unsigned_sha256', sa.String(length=64), nullable=False),
    sa.Column('current_sha256', sa.String(length=64), nullable=False),
    sa.Column('content_digest', sa.String(length=64), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['conclusion_id'], ['conclusions.id'], name=op.f('fk_conclusion_documents_conclusion_id_conclusions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['current_sha256'], ['blobs.sha256'], name=op.f('fk_conclusion_documents_current_sha256_blobs')),
    sa.ForeignKeyConstraint(['unsigned_sha256'], ['blobs.sha256'], name=op.f('fk_conclusion_documents_unsigned_sha256_blobs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conclusion_documents'))
    )
    with op.batch_alter_table('conclusion_documents', schema=None) as batch_op:
        batch_op.create_index('ix_conclusion_documents_lang', ['conclusion_id', 'lang'], unique=True)

    op.create_table('conclusion_signers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('conclusion_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('seat', sa.String(length=16), nullable=False),
    sa.Column('field_name', sa.String(length=64), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('full_name', sa.String(length=300), nullable=False),
    sa.Column('signed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('certificate_subject', sa.Text(), nullable=True),
    sa.Column('certificate_serial', sa.String(length=100), nullable=True),
    sa.ForeignKeyConstraint(['conclusion_id'], ['conclusions.id'], name=op.f('fk_conclusion_signers_conclusion_id_conclusions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_conclusion_signers_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conclusion_signers'))
    )


def downgrade() -> None:
    op.drop_table('conclusion_signers')
    with op.batch_alter_table('conclusion_documents', schema=None) as batch_op:
        batch_op.drop_index('ix_conclusion_documents_lang')

    op.drop_table('conclusion_documents')
    with op.batch_alter_table('conclusions', schema=None) as batch_op:
        batch_op.drop_index('ix_conclusions_year_seq')
        batch_op.drop_index('ix_conclusions_application')

    op.drop_table('conclusions')
