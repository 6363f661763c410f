"""reception queue

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 18:52:48.287472
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('queue_clock',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_queue_clock'))
    )
    op.create_table('queue_service',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('prefix', sa.String(length=1), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('daily_cap', sa.Integer(), nullable=False),
    sa.Column('opens_at', sa.String(length=5), nullable=False),
    sa.Column('closes_at', sa.String(length=5), nullable=False),
    sa.Column('default_minutes', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_queue_service')),
    sa.UniqueConstraint('prefix', name=op.f('uq_queue_service_prefix'))
    )
    op.create_table('queue_window',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('paused', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_queue_window')),
    sa.UniqueConstraint('number', name=op.f('uq_queue_window_number'))
    )
    op.create_table('queue_appointment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=12), nullable=False),
    sa.Column('service_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('slot_start', sa.DateTime(), nullable=False),
    sa.Column('slot_end', sa.DateTime(), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('ticket_id', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['service_id'], ['queue_service.id'], name=op.f('fk_queue_appointment_service_id_queue_service')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_queue_appointment')),
    sa.UniqueConstraint('code', name=op.f('uq_queue_appointment_code'))
    )
    op.create_table('queue_window_service',
    sa.Column('window_id', sa.Integer(), nullable=False),
    sa.Column('service_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['service_id'], ['queue_service.id'], name=op.f('fk_queue_window_service_service_id_queue_service'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['window_id'], ['queue_window.id'], name=op.f('fk_queue_window_service_window_id_queue_window'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('window_id', 'service_id', name=op.f('pk_queue_window_service'))
    )
    op.create_table('queue_ticket',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('service_id', sa.Integer(), nullable=False),
    sa.Column('issued_service_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=8), nullable=False),
    sa.Column('priority', sa.Boolean(), nullable=False),
    sa.Column('priority_reason', sa.String(length=20), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('arrived_at', sa.DateTime(), nullable=False),
    sa.Column('queued_at', sa.DateTime(), nullable=False),
    sa.Column('called_at', sa.DateTime(), nullable=True),
    sa.Column('serving_at', sa.DateTime(), nullable=True),
    sa.Column('finished_at', sa.DateTime(), nullable=True),
    sa.Column('call_count', sa.Integer(), nullable=False),
    sa.Column('window_id', sa.Integer(), nullable=True),
    sa.Column('target_window_id', sa.Integer(), nullable=True),
    sa.Column('clerk_id', sa.Integer(), nullable=True),
    sa.Column('appointment_id', sa.Integer(), nullable=True),
    sa.Column('transferred_from', sa.String(length=50), nullable=False),
    sa.Column('outcome', sa.Text(), nullable=False),
    sa.Column('print_status', sa.String(length=10), nullable=False),
    sa.ForeignKeyConstraint(['appointment_id'], ['queue_appointment.id'], name=op.f('fk_queue_ticket_appointment_id_queue_appointment')),
    sa.ForeignKeyConstraint(['issued_service_id'], ['queue_service.id'], name=op.f('fk_queue_ticket_issued_service_id_queue_service')),
    sa.ForeignKeyConstraint(['service_id'], ['queue_service.id'], name=op.f('fk_queue_ticket_service_id_queue_service')),
    sa.ForeignKeyConstraint(['target_window_id'], ['queue_window.id'], name=op.f('fk_queue_ticket_target_window_id_queue_window')),
    sa.ForeignKeyConstraint(['window_id'], ['queue_window.id'], name=op.f('fk_queue_ticket_window_id_queue_window')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_queue_ticket')),
    sa.UniqueConstraint('issued_service_id', 'day', 'seq', name=op.f('uq_queue_ticket_issued_service_id_day_seq'))
    )
    with op.batch_alter_table('queue_ticket', schema=None) as batch_op:
        batch_op.create_index('ix_queue_ticket_service_done', ['service_id', 'state', 'finished_at'], unique=False)
        batch_op.create_index('ix_queue_ticket_waiting', ['day', 'state', 'priority', 'queued_at'], unique=False)
        batch_op.create_index('ix_queue_ticket_window', ['window_id', 'state'], unique=False)

    op.create_table('queue_rating',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('ticket_id', sa.String(length=36), nullable=False),
    sa.Column('level', sa.Integer(), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('rated_at', sa.DateTime(), nullable=False),
    sa.Column('window_id', sa.Integer(), nullable=True),
    sa.Column('clerk_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['ticket_id'], ['queue_ticket.id'], name=op.f('fk_queue_rating_ticket_id_queue_ticket')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_queue_rating')),
    sa.UniqueConstraint('ticket_id', name=op.f('uq_queue_rating_ticket_id'))
    )
    op.create_table('queue_rectification',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('rating_id', sa.Integer(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('follow_up', sa.Text(), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('closed_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['rating_id'], ['queue_rating.id'], name=op.f('fk_queue_rectification_rating_id_queue_rating')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_queue_rectification')),
    sa.UniqueConstraint('rating_id', name=op.f('uq_queue_rectification_rating_id'))
    )


def downgrade() -> None:
    op.drop_table('queue_rectification')
    op.drop_table('queue_rating')
    with op.batch_alter_table('queue_ticket', schema=None) as batch_op:
        batch_op.drop_index('ix_queue_ticket_window')
        batch_op.drop_index('ix_queue_ticket_waiting')
        batch_op.drop_index('ix_queue_ticket_service_done')

    op.drop_table('queue_ticket')
    op.drop_table('queue_window_service')
    op.drop_table('queue_appointment')
    op.drop_table('queue_window')
    op.drop_table('queue_service')
    op.drop_table('queue_clock')
