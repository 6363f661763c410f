"""people's mediation cases

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 20:06:21.342236
"""

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('mediation_number_counter',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last_seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('year', name=op.f('pk_mediation_number_counter'))
    )
    op.create_table('mediation_case',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('category_code', sa.String(length=40), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('grid_id', sa.Integer(), nullable=True),
    sa.Column('amount_cents', sa.Integer(), nullable=False),
    sa.Column('people_count', sa.Integer(), nullable=False),
    sa.Column('mass_dispute', sa.Boolean(), nullable=False),
    sa.Column('escalation_risk', sa.Boolean(), nullable=False),
    sa.Column('escalation_note', sa.Text(), nullable=False),
    sa.Column('mediator_id', sa.Integer(), nullable=True),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('ticket_id', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['grid_id'], ['grid_node.id'], name=op.f('fk_mediation_case_grid_id_grid_node')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mediation_case')),
    sa.UniqueConstraint('number', name=op.f('uq_mediation_case_number')),
    sa.UniqueConstraint('year', 'seq', name=op.f('uq_mediation_case_year_seq'))
    )
    with op.batch_alter_table('mediation_case', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mediation_case_mediator_id'), ['mediator_id'], unique=False)
        batch_op.create_index('ix_mediation_case_received', ['received_on', 'seq'], unique=False)
        batch_op.create_index('ix_mediation_case_status', ['status', 'received_on'], unique=False)

    op.create_table('mediation_party',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('sex', sa.String(length=1), nullable=False),
    sa.Column('ethnicity', sa.String(length=20), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('id_number', sa.String(length=18), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('credit_code', sa.String(length=18), nullable=False),
    sa.Column('legal_representative', sa.String(length=50), nullable=False),
    sa.Column('agent_for', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['mediation_case.id'], name=op.f('fk_mediation_party_case_id_mediation_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mediation_party'))
    )
    with op.batch_alter_table('mediation_party', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mediation_party_case_id'), ['case_id'], unique=False)
        batch_op.create_index('ix_mediation_party_id_number', ['id_number'], unique=False)
        batch_op.create_index('ix_mediation_party_phone', ['phone'], unique=False)

    op.create_table('mediation_search',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('token', sa.String(length=40), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['mediation_case.id'], name=op.f('fk_mediation_search_case_id_mediation_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('case_id', 'token', name=op.f('pk_mediation_search'))
    )
    with op.batch_alter_table('mediation_search', schema=None) as batch_op:
        batch_op.create_index('ix_mediation_search_token', ['token', 'received_on', 'seq'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('mediation_search', schema=None) as batch_op:
        batch_op.drop_index('ix_mediation_search_token')

    op.drop_table('mediation_search')
    with op.batch_alter_table('mediation_party', schema=None) as batch_op:
        batch_op.drop_index('ix_mediation_party_phone')
        batch_op.drop_index('ix_mediation_party_id_number')
        batch_op.drop_index(batch_op.f('ix_mediation_party_case_id'))

    op.drop_table('mediation_party')
    with op.batch_alter_table('mediation_case', schema=None) as batch_op:
        batch_op.drop_index('ix_mediation_case_status')
        batch_op.drop_index('ix_mediation_case_received')
        batch_op.drop_index(batch_op.f('ix_mediation_case_mediator_id'))

    op.drop_table('mediation_case')
    op.drop_table('mediation_number_counter')
