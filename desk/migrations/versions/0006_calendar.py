"""working-day calendar

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25 21:24:04.323832
"""

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('calendar_day',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('working', sa.Boolean(), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('day', name=op.f('pk_calendar_day'))
    )
    # the official arrangement of the years this version knows (an administrator edits the rest)
    from desk.services.workdays import official_days

    table = sa.table("calendar_day", sa.column("day", sa.Date), sa.column("working", sa.Boolean),
                     sa.column("name", sa.String))
    rows = [{"day": d.day, "working": d.working, "name": d.name} for d in official_days(2026)]
    op.bulk_insert(table, rows)


def downgrade() -> None:
    op.drop_table('calendar_day')
