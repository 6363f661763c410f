"""police referrals and work orders

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25 21:27:26.643161
"""

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('work_order',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('origin', sa.String(length=10), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('order_type', sa.String(length=60), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('grid_id', sa.Integer(), nullable=True),
    sa.Column('reporter', sa.String(length=50), nullable=False),
    sa.Column('reporter_phone', sa.String(length=20), nullable=False),
    sa.Column('assigned_at', sa.DateTime(), nullable=False),
    sa.Column('assigned_on', sa.Date(), nullable=False),
    sa.Column('limit_days', sa.Integer(), nullable=False),
    sa.Column('sign_due', sa.Date(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.Column('signed_by', sa.String(length=50), nullable=False),
    sa.Column('return_reason', sa.Text(), nullable=False),
    sa.Column('extension_state', sa.String(length=20), nullable=False),
    sa.Column('extension_days', sa.Integer(), nullable=False),
    sa.Column('extension_reason', sa.Text(), nullable=False),
    sa.Column('result', sa.Text(), nullable=False),
    sa.Column('completed_on', sa.Date(), nullable=True),
    sa.Column('on_time', sa.Boolean(), nullable=True),
    sa.Column('linked_entity', sa.String(length=30), nullable=False),
    sa.Column('linked_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['grid_id'], ['grid_node.id'], name=op.f('fk_work_order_grid_id_grid_node')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_work_order')),
    sa.UniqueConstraint('number', name=op.f('uq_work_order_number'))
    )
    with op.batch_alter_table('work_order', schema=None) as batch_op:
        batch_op.create_index('ix_work_order_assigned', ['assigned_on'], unique=False)
        batch_op.create_index('ix_work_order_state_due', ['state', 'due_on'], unique=False)

    op.create_table('police_referral',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('direction', sa.String(length=10), nullable=False),
    sa.Column('origin', sa.String(length=10), nullable=False),
    sa.Column('platform_id', sa.String(length=64), nullable=True),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('incident_no', sa.String(length=40), nullable=False),
    sa.Column('station', sa.String(length=100), nullable=False),
    sa.Column('officer', sa.String(length=50), nullable=False),
    sa.Column('officer_phone', sa.String(length=20), nullable=False),
    sa.Column('referred_on', sa.Date(), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('category_code', sa.String(length=40), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('police_opinion', sa.Text(), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('ack_due', sa.Date(), nullable=False),
    sa.Column('feedback_due', sa.Date(), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=True),
    sa.Column('accepted_on', sa.Date(), nullable=True),
    sa.Column('decline_reason', sa.Text(), nullable=False),
    sa.Column('result_note', sa.Text(), nullable=False),
    sa.Column('concluded_on', sa.Date(), nullable=True),
    sa.Column('feedback_on', sa.Date(), nullable=True),
    sa.Column('feedback_method', sa.String(length=40), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['mediation_case.id'], name=op.f('fk_police_referral_case_id_mediation_case')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_police_referral')),
    sa.UniqueConstraint('platform_id', name=op.f('uq_police_referral_platform_id'))
    )
    with op.batch_alter_table('police_referral', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_police_referral_case_id'), ['case_id'], unique=False)
        batch_op.create_index('ix_police_referral_incident', ['incident_no'], unique=False)
        batch_op.create_index('ix_police_referral_received', ['received_on'], unique=False)
        batch_op.create_index('ix_police_referral_state', ['direction', 'state', 'received_on'], unique=False)

    op.create_table('work_order_attachment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.String(length=36), nullable=False),
    sa.Column('file_name', sa.String(length=200), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.Column('added_by', sa.String(length=50), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['work_order.id'], name=op.f('fk_work_order_attachment_order_id_work_order'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_work_order_attachment'))
    )
    with op.batch_alter_table('work_order_attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_work_order_attachment_order_id'), ['order_id'], unique=False)

    op.create_table('work_order_note',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('by_id', sa.Integer(), nullable=True),
    sa.Column('by_name', sa.String(length=50), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['work_order.id'], name=op.f('fk_work_order_note_order_id_work_order'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_work_order_note'))
    )
    with op.batch_alter_table('work_order_note', schema=None) as batch_op:
        batch_op.create_index('ix_work_order_note_order', ['order_id', 'at'], unique=False)

    op.create_table('police_referral_party',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('referral_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('sex', sa.String(length=1), nullable=False),
    sa.Column('id_number', sa.String(length=18), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['referral_id'], ['police_referral.id'], name=op.f('fk_police_referral_party_referral_id_police_referral'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_police_referral_party'))
    )
    with op.batch_alter_table('police_referral_party', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_police_referral_party_referral_id'), ['referral_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('police_referral_party', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_police_referral_party_referral_id'))

    op.drop_table('police_referral_party')
    with op.batch_alter_table('work_order_note', schema=None) as batch_op:
        batch_op.drop_index('ix_work_order_note_order')

    op.drop_table('work_order_note')
    with op.batch_alter_table('work_order_attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_work_order_attachment_order_id'))

    op.drop_table('work_order_attachment')
    with op.batch_alter_table('police_referral', schema=None) as batch_op:
        batch_op.drop_index('ix_police_referral_state')
        batch_op.drop_index('ix_police_referral_received')
        batch_op.drop_index('ix_police_referral_incident')
        batch_op.drop_index(batch_op.f('ix_police_referral_case_id'))

    op.drop_table('police_referral')
    with op.batch_alter_table('work_order', schema=None) as batch_op:
        batch_op.drop_index('ix_work_order_state_due')
        batch_op.drop_index('ix_work_order_assigned')

    op.drop_table('work_order')
