"""examination records

Revision ID: 0003_examination
Revises: 0002_documents
Create Date: 2026-11-24 18:14:16.593031
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0003_examination'
down_revision: str | None = '0002_documents'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('examination_drafts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('form_state', sa.JSON(), nullable=False),
    sa.Column('base_version', sa.Integer(), nullable=True),
    sa.Column('saved_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['items.id'], name=op.f('fk_examination_drafts_item_id_items'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_examination_drafts_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_examination_drafts')),
    sa.UniqueConstraint('item_id', 'user_id', 'kind', name='uq_examination_drafts_item_id_user_id_kind')
    )
    with op.batch_alter_table('examination_drafts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_examination_drafts_user_id'), ['user_id'], unique=False)

    op.create_table('examinations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=False),
    sa.Column('originality', sa.String(length=16), nullable=True),
    sa.Column('object_type', sa.String(length=500), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('subject', sa.Text(), nullable=False),
    sa.Column('maker', sa.String(length=500), nullable=False),
    sa.Column('dating', sa.String(length=500), nullable=False),
    sa.Column('year_from', sa.Integer(), nullable=True),
    sa.Column('year_to', sa.Integer(), nullable=True),
    sa.Column('place_of_creation', sa.String(length=500), nullable=False),
    sa.Column('material', sa.String(length=1000), nullable=False),
    sa.Column('technique', sa.String(length=1000), nullable=False),
    sa.Column('weight_value', sa.Float(), nullable=True),
    sa.Column('weight_unit', sa.String(length=4), nullable=True),
    sa.Column('inscriptions', sa.Text(), nullable=False),
    sa.Column('features', sa.Text(), nullable=False),
    sa.Column('condition', sa.String(length=16), nullable=True),
    sa.Column('condition_note', sa.Text(), nullable=False),
    sa.Column('completeness', sa.String(length=16), nullable=True),
    sa.Column('hazards', sa.Text(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('cultural_value', sa.String(length=16), nullable=True),
    sa.Column('recommendation', sa.String(length=24), nullable=True),
    sa.Column('remarks', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['users.id'], name=op.f('fk_examinations_author_id_users')),
    sa.ForeignKeyConstraint(['item_id'], ['items.id'], name=op.f('fk_examinations_item_id_items'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['updated_by_id'], ['users.id'], name=op.f('fk_examinations_updated_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_examinations')),
    sa.UniqueConstraint('item_id', 'kind', 'author_id', name='uq_examinations_item_id_kind_author_id')
    )
    with op.batch_alter_table('examinations', schema=None) as batch_op:
        batch_op.create_index('uq_examinations_agreed_item', ['item_id'], unique=True, sqlite_where=sa.text("kind = 'agreed'"), postgresql_where=sa.text("kind = 'agreed'"))

    op.create_table('examination_measurements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('examination_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('dimension', sa.String(length=16), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('unit', sa.String(length=4), nullable=False),
    sa.Column('note', sa.String(length=500), nullable=False),
    sa.ForeignKeyConstraint(['examination_id'], ['examinations.id'], name=op.f('fk_examination_measurements_examination_id_examinations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_examination_measurements'))
    )
    with op.batch_alter_table('examination_measurements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_examination_measurements_examination_id'), ['examination_id'], unique=False)

    op.create_table('examination_pages',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('examination_id', sa.Integer(), nullable=False),
    sa.Column('page_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('shows_scale', sa.Boolean(), nullable=False),
    sa.Column('for_annex', sa.Boolean(), nullable=False),
    sa.Column('note', sa.String(length=500), nullable=False),
    sa.ForeignKeyConstraint(['examination_id'], ['examinations.id'], name=op.f('fk_examination_pages_examination_id_examinations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['page_id'], ['document_pages.id'], name=op.f('fk_examination_pages_page_id_document_pages'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_examination_pages')),
    sa.UniqueConstraint('examination_id', 'page_id', name='uq_examination_pages_examination_id_page_id')
    )
    with op.batch_alter_table('examination_pages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_examination_pages_page_id'), ['page_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('examination_pages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_examination_pages_page_id'))

    op.drop_table('examination_pages')
    with op.batch_alter_table('examination_measurements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_examination_measurements_examination_id'))

    op.drop_table('examination_measurements')
    with op.batch_alter_table('examinations', schema=None) as batch_op:
        batch_op.drop_index('uq_examinations_agreed_item', sqlite_where=sa.text("kind = 'agreed'"), postgresql_where=sa.text("kind = 'agreed'"))

    op.drop_table('examinations')
    with op.batch_alter_table('examination_drafts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_examination_drafts_user_id'))

    op.drop_table('examination_drafts')
