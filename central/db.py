"""Engine and transactions for SQLite (development) and PostgreSQL (deployments, several processes).

Writes serialise on the center row: on PostgreSQL with ``SELECT … FOR UPDATE``, on SQLite with
``BEGIN IMMEDIATE`` (one writer for the whole file). Everything talks Core, not ORM sessions: the sync
hot paths move thousands of rows per request."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.pool import StaticPool

from central.models import Base


def normalise_url(url: str) -> str:
    # a bare postgresql:// would pick psycopg2, which is not installed
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


class Database:
    def __init__(self, url: str) -> None:
        url = normalise_url(url)
        self.is_sqlite = url.startswith("sqlite")
        if self.is_sqlite:
            # threads of the FastAPI pool share connections one at a time
            args: dict = {"connect_args": {"check_same_thread": False, "timeout": 30}}
            if url.rstrip("/") in ("sqlite:", "sqlite:///:memory:"):
                args["poolclass"] = StaticPool  # one shared connection is the only way to share memory
            else:
                args.update(pool_size=10, max_overflow=40)
            self.engine = create_engine(url, **args)
            _sqlite_setup(self.engine)
        else:
            self.engine = create_engine(url, pool_size=10, max_overflow=40, pool_pre_ping=True)
        self._writer = self.engine.execution_options(central_write=True)

    def create_schema(self) -> None:
        with self.engine.begin() as conn:
            if not self.is_sqlite:
                # several processes starting at once must not race on CREATE TABLE
                conn.execute(text("SELECT pg_advisory_xact_lock(727001)"))
            Base.metadata.create_all(conn)

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            with conn.begin():
                yield conn

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A write transaction; SQLite takes the database lock at BEGIN so it cannot deadlock later."""
        with self._writer.begin() as conn:
            yield conn

    def lock_center(self, conn: Connection, center_id: int) -> int:
        """Take the center's sequence lock for this transaction; returns the current seq."""
        sql = "SELECT seq FROM center WHERE id = :id" + ("" if self.is_sqlite else " FOR UPDATE")
        return conn.execute(text(sql), {"id": center_id}).scalar_one()

    def dispose(self) -> None:
        self.engine.dispose()


def _sqlite_setup(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (pysqlite's own is DEFERRED only)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")  # readers (long polls) never block the writer
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn):
        immediate = conn.get_execution_options().get("central_write")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
