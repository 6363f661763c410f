"""Alembic environment: runs on the engine handed over by desk.db (never reads alembic.ini)."""

from alembic import context

from desk.db import not_virtual
from desk.models import Base

config = context.config
engine = config.attributes["engine"]

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
        compare_type=True,
        include_name=not_virtual,
    )
    with context.begin_transaction():
        context.run_migrations()
