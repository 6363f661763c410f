"""core schema: center, grid, dictionaries, settings, accounts, audit

Revision ID: 0001
Revises: -
Create Date: 2026-11-25 18:15:47.374770
"""

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_head',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('last_id', sa.Integer(), nullable=False),
    sa.Column('last_hash', sa.String(length=64), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_head'))
    )
    op.create_table('audit_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('actor_name', sa.String(length=50), nullable=False),
    sa.Column('action', sa.String(length=50), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=40), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('changes', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_record'))
    )
    with op.batch_alter_table('audit_record', schema=None) as batch_op:
        batch_op.create_index('ix_audit_record_actor', ['actor_id', 'at'], unique=False)
        batch_op.create_index('ix_audit_record_at', ['at'], unique=False)
        batch_op.create_index('ix_audit_record_entity', ['entity', 'entity_id'], unique=False)

    op.create_table('center_profile',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('committee_name', sa.String(length=100), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('area_code', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_center_profile'))
    )
    op.create_table('dictionary_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('label', sa.String(length=100), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('source', sa.String(length=10), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dictionary_entry')),
    sa.UniqueConstraint('kind', 'code', name=op.f('uq_dictionary_entry_kind_code'))
    )
    with op.batch_alter_table('dictionary_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dictionary_entry_kind'), ['kind'], unique=False)

    op.create_table('grid_node',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('level', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('source', sa.String(length=10), nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['grid_node.id'], name=op.f('fk_grid_node_parent_id_grid_node')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grid_node')),
    sa.UniqueConstraint('code', name=op.f('uq_grid_node_code'))
    )
    with op.batch_alter_table('grid_node', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grid_node_parent_id'), ['parent_id'], unique=False)

    op.create_table('setting',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('user_account',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=40), nullable=False),
    sa.Column('full_name', sa.String(length=50), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('must_change_password', sa.Boolean(), nullable=False),
    sa.Column('failed_attempts', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('last_login_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user_account')),
    sa.UniqueConstraint('username', name=op.f('uq_user_account_username'))
    )
    op.create_table('user_role',
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_user_role_user_id_user_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('user_id', 'role', name=op.f('pk_user_role'))
    )


def downgrade() -> None:
    op.drop_table('user_role')
    op.drop_table('user_account')
    op.drop_table('setting')
    with op.batch_alter_table('grid_node', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_grid_node_parent_id'))

    op.drop_table('grid_node')
    with op.batch_alter_table('dictionary_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dictionary_entry_kind'))

    op.drop_table('dictionary_entry')
    op.drop_table('center_profile')
    with op.batch_alter_table('audit_record', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_record_entity')
        batch_op.drop_index('ix_audit_record_at')
        batch_op.drop_index('ix_audit_record_actor')

    op.drop_table('audit_record')
    op.drop_table('audit_head')
