"""dashboard indexes and daily counts

The case list's source and outcome filters get index paths, the monthly report its closings and
judicial confirmations, and the dashboard three tables of daily counts kept by triggers (see
desk/models/stats.py), filled here from the rows that exist.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-26 05:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

# Each trigger adds (sign +1) or removes (-1) a row's contribution; an UPDATE removes the old row's and
# adds the new one's. "WHERE true" keeps SQLite from reading ON CONFLICT as part of the SELECT's join.
_UPSERT = "ON CONFLICT DO UPDATE SET n = n + excluded.n"


RECEIVED_KINDS = (("category", "category_code"), ("source", "source"), ("status", "status"), ("outcome", "outcome"))
ALL_GRIDS = -1  # desk.models.stats.ALL_GRIDS: every case is also counted under the whole center


def _case_rows(row: str, sign: int) -> str:
    statements = []
    for grid in (f"coalesce({row}.grid_id, 0)", str(ALL_GRIDS)):
        received = ", ".join(f"('{kind}', {grid}, {row}.received_on, {row}.{column}, {sign})"
                             for kind, column in RECEIVED_KINDS)
        statements += [
            f"INSERT INTO stats_case_day (kind, grid_id, day, code, n) VALUES {received} {_UPSERT};",
            f"INSERT INTO stats_case_day (kind, grid_id, day, code, n) SELECT 'closed', {grid}, {row}.closed_on, "
            f"{row}.outcome, {sign} WHERE {row}.closed_on IS NOT NULL AND {row}.outcome != '' {_UPSERT};"]
    return "\n".join(statements)


def _ticket_rows(row: str, sign: int) -> str:
    return (f"INSERT INTO stats_ticket_day (day, service_id, state, n) VALUES ({row}.day, {row}.service_id, "
            f"{row}.state, {sign}) {_UPSERT};")


def _rating_rows(row: str, sign: int) -> str:
    return (f"INSERT INTO stats_rating_day (day, level, n) SELECT t.day, {row}.level, {sign} FROM queue_ticket t "
            f"WHERE t.id = {row}.ticket_id {_UPSERT};")


TRIGGERS = {
    "mediation_case": (_case_rows, "received_on, grid_id, category_code, source, status, outcome, closed_on"),
    "queue_ticket": (_ticket_rows, "day, service_id, state"),
    "queue_rating": (_rating_rows, "ticket_id, level"),
}


def create_triggers() -> None:
    for table, (rows, columns) in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER stats_{table}_insert AFTER INSERT ON {table} BEGIN\n{rows('NEW', 1)}\nEND")
        op.execute(f"CREATE TRIGGER stats_{table}_delete AFTER DELETE ON {table} BEGIN\n{rows('OLD', -1)}\nEND")
        op.execute(f"CREATE TRIGGER stats_{table}_update AFTER UPDATE OF {columns} ON {table} BEGIN\n"
                   f"{rows('OLD', -1)}\n{rows('NEW', 1)}\nEND")


def upgrade() -> None:
    op.create_table('stats_case_day',
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('grid_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('n', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('kind', 'grid_id', 'day', 'code', name=op.f('pk_stats_case_day')),
    sqlite_with_rowid=False
    )
    op.create_table('stats_rating_day',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('level', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('n', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('day', 'level', name=op.f('pk_stats_rating_day')),
    sqlite_with_rowid=False
    )
    op.create_table('stats_ticket_day',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('service_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('n', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('day', 'service_id', 'state', name=op.f('pk_stats_ticket_day')),
    sqlite_with_rowid=False
    )
    with op.batch_alter_table('mediation_case', schema=None) as batch_op:
        batch_op.create_index('ix_mediation_case_closed', ['closed_on', 'outcome'], unique=False)
        batch_op.create_index('ix_mediation_case_outcome', ['outcome', 'received_on', 'seq'], unique=False)
        batch_op.create_index('ix_mediation_case_source', ['source', 'received_on', 'seq'], unique=False)
    with op.batch_alter_table('mediation_outcome', schema=None) as batch_op:
        batch_op.create_index('ix_mediation_outcome_judicial', ['judicial_applied_on'], unique=False)

    # the counts of the rows that exist, then the triggers that keep them
    for grid in ("coalesce(grid_id, 0)", str(ALL_GRIDS)):
        for kind, column in RECEIVED_KINDS:
            op.execute(f"INSERT INTO stats_case_day (kind, grid_id, day, code, n) SELECT '{kind}', {grid}, "
                       f"received_on, {column}, count(*) FROM mediation_case GROUP BY 2, 3, 4")
        op.execute(f"INSERT INTO stats_case_day (kind, grid_id, day, code, n) SELECT 'closed', {grid}, closed_on, "
                   f"outcome, count(*) FROM mediation_case WHERE closed_on IS NOT NULL AND outcome != '' "
                   f"GROUP BY 2, 3, 4")
    op.execute("INSERT INTO stats_ticket_day (day, service_id, state, n) "
               "SELECT day, service_id, state, count(*) FROM queue_ticket GROUP BY 1, 2, 3")
    op.execute("INSERT INTO stats_rating_day (day, level, n) SELECT t.day, r.level, count(*) "
               "FROM queue_rating r JOIN queue_ticket t ON t.id = r.ticket_id GROUP BY 1, 2")
    create_triggers()


def downgrade() -> None:
    for table in TRIGGERS:
        for event in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS stats_{table}_{event}")
    with op.batch_alter_table('mediation_outcome', schema=None) as batch_op:
        batch_op.drop_index('ix_mediation_outcome_judicial')
    with op.batch_alter_table('mediation_case', schema=None) as batch_op:
        batch_op.drop_index('ix_mediation_case_source')
        batch_op.drop_index('ix_mediation_case_outcome')
        batch_op.drop_index('ix_mediation_case_closed')
    op.drop_table('stats_ticket_day')
    op.drop_table('stats_rating_day')
    op.drop_table('stats_case_day')
