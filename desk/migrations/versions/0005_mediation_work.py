"""mediation work: records, outcomes, follow-ups, archive, drafts

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 20:36:34.335194
"""

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('form_draft',
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=120), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('saved_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('user_id', 'key', name=op.f('pk_form_draft'))
    )
    op.create_table('mediation_addendum',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('by_id', sa.Integer(), nullable=True),
    sa.Column('by_name', sa.String(length=50), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['mediation_case.id'], name=op.f('fk_mediation_addendum_case_id_mediation_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mediation_addendum'))
    )
    with op.batch_alter_table('mediation_addendum', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mediation_addendum_case_id'), ['case_id'], unique=False)

    op.create_table('mediation_follow_up',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('method', sa.String(length=20), nullable=False),
    sa.Column('performance', sa.String(length=20), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('by_id', sa.Integer(), nullable=True),
    sa.Column('by_name', sa.String(length=50), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['mediation_case.id'], name=op.f('fk_mediation_follow_up_case_id_mediation_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mediation_follow_up'))
    )
    with op.batch_alter_table('mediation_follow_up', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mediation_follow_up_case_id'), ['case_id'], unique=False)
        batch_op.create_index('ix_mediation_follow_up_due', ['done_on', 'due_on'], unique=False)

    op.create_table('mediation_outcome',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('facts', sa.Text(), nullable=False),
    sa.Column('disputed_matters', sa.Text(), nullable=False),
    sa.Column('responsibility', sa.Text(), nullable=False),
    sa.Column('terms', sa.Text(), nullable=False),
    sa.Column('performance_method', sa.Text(), nullable=False),
    sa.Column('performance_due', sa.Date(), nullable=True),
    sa.Column('termination_reason', sa.String(length=20), nullable=False),
    sa.Column('termination_detail', sa.Text(), nullable=False),
    sa.Column('ended_by', sa.String(length=100), nullable=False),
    sa.Column('signatures', sa.Text(), nullable=False),
    sa.Column('mediator_signed', sa.Boolean(), nullable=False),
    sa.Column('committee_sealed', sa.Boolean(), nullable=False),
    sa.Column('effective_on', sa.Date(), nullable=True),
    sa.Column('judicial_status', sa.String(length=20), nullable=False),
    sa.Column('judicial_applied_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['mediation_case.id'], name=op.f('fk_mediation_outcome_case_id_mediation_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('case_id', name=op.f('pk_mediation_outcome'))
    )
    with op.batch_alter_table('mediation_outcome', schema=None) as batch_op:
        batch_op.create_index('ix_mediation_outcome_effective', ['kind', 'effective_on'], unique=False)

    op.create_table('mediation_record',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('staff', sa.String(length=200), nullable=False),
    sa.Column('recorder', sa.String(length=50), nullable=False),
    sa.Column('attendees', sa.Text(), nullable=False),
    sa.Column('public', sa.Boolean(), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('signed_by', sa.Text(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['mediation_case.id'], name=op.f('fk_mediation_record_case_id_mediation_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mediation_record'))
    )
    with op.batch_alter_table('mediation_record', schema=None) as batch_op:
        batch_op.create_index('ix_mediation_record_case', ['case_id', 'starts_at'], unique=False)
        batch_op.create_index('ix_mediation_record_state', ['state', 'starts_at'], unique=False)

    with op.batch_alter_table('mediation_case', schema=None) as batch_op:
        batch_op.add_column(sa.Column('outcome', sa.String(length=20), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('closed_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('archived_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('retention', sa.String(length=20), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('archived_by', sa.String(length=50), nullable=False, server_default=''))
        batch_op.drop_index(batch_op.f('ix_mediation_case_mediator_id'))
        batch_op.create_index('ix_mediation_case_category', ['category_code', 'received_on', 'seq'], unique=False)
        batch_op.create_index('ix_mediation_case_grid', ['grid_id', 'received_on', 'seq'], unique=False)
        batch_op.create_index('ix_mediation_case_mediator', ['mediator_id', 'received_on', 'seq'], unique=False)

    # Free text (summary, place, addresses) in an FTS5 trigram index: 3 characters or more.
    op.execute("CREATE VIRTUAL TABLE mediation_text USING fts5(case_id UNINDEXED, body, tokenize='trigram')")
    op.execute("""INSERT INTO mediation_text (case_id, body)
                  SELECT c.id, c.place || ' ' || c.summary || ' ' ||
                         coalesce((SELECT group_concat(p.address, ' ') FROM mediation_party p WHERE p.case_id = c.id), '')
                  FROM mediation_case c""")


def downgrade() -> None:
    op.execute("DROP TABLE mediation_text")
    with op.batch_alter_table('mediation_case', schema=None) as batch_op:
        batch_op.drop_index('ix_mediation_case_mediator')
        batch_op.drop_index('ix_mediation_case_grid')
        batch_op.drop_index('ix_mediation_case_category')
        batch_op.create_index(batch_op.f('ix_mediation_case_mediator_id'), ['mediator_id'], unique=False)
        batch_op.drop_column('archived_by')
        batch_op.drop_column('retention')
        batch_op.drop_column('archived_on')
        batch_op.drop_column('closed_on')
        batch_op.drop_column('outcome')

    with op.batch_alter_table('mediation_record', schema=None) as batch_op:
        batch_op.drop_index('ix_mediation_record_state')
        batch_op.drop_index('ix_mediation_record_case')

    op.drop_table('mediation_record')
    with op.batch_alter_table('mediation_outcome', schema=None) as batch_op:
        batch_op.drop_index('ix_mediation_outcome_effective')

    op.drop_table('mediation_outcome')
    with op.batch_alter_table('mediation_follow_up', schema=None) as batch_op:
        batch_op.drop_index('ix_mediation_follow_up_due')
        batch_op.drop_index(batch_op.f('ix_mediation_follow_up_case_id'))

    op.drop_table('mediation_follow_up')
    with op.batch_alter_table('mediation_addendum', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mediation_addendum_case_id'))

    op.drop_table('mediation_addendum')
    op.drop_table('form_draft')
