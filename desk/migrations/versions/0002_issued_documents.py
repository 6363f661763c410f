"""register of issued documents (verification codes)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 18:20:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('issued_document',
    sa.Column('id', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=40), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('verification_code', sa.String(length=12), nullable=False),
    sa.Column('issued_at', sa.DateTime(), nullable=False),
    sa.Column('issued_by_id', sa.Integer(), nullable=True),
    sa.Column('issued_by_name', sa.String(length=50), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_issued_document'))
    )
    with op.batch_alter_table('issued_document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_issued_document_verification_code'), ['verification_code'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('issued_document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_issued_document_verification_code'))
    op.drop_table('issued_document')
