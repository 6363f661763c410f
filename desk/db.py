"""Engine, SQLite pragmas, Alembic migrations and online backup of ``local.db``.

Pragmas: WAL (readers never block the writer), ``synchronous=FULL`` (a power cut loses no
committed transaction), foreign keys on, and a busy timeout so a second desk process waits
instead of failing. Write transactions begin IMMEDIATE so two writers queue on the lock
instead of deadlocking when a read transaction tries to upgrade.

An encrypted database (SQLCipher, key in the OS keyring: see ``desk.encryption``) is opened the same
way through ``sqlcipher3``, its key set first on every connection; backups of it stay encrypted.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import weakref
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.orm import Session, sessionmaker

from desk import encryption
from desk.encryption import DatabaseKey
from desk.errors import DatabaseError

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
# The newest migration. Checked against Alembic by a test; lets start-up skip importing Alembic
# when the database is already current (the common case, worth ~80 ms).
SCHEMA_HEAD = "0010"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The key each encrypted engine was made with. Code holding an engine takes the key from here rather
# than reading the file's header again: opening and closing a file this process has open as a
# database would drop SQLite's POSIX locks on it (sqlite.org/howtocorrupt.html, 2.2).
_ENGINE_KEYS: weakref.WeakKeyDictionary[Engine, DatabaseKey] = weakref.WeakKeyDictionary()


def _on_connect(dbapi_connection: sqlite3.Connection, _record) -> None:
    # Let SQLAlchemy's "begin" event emit BEGIN itself (pysqlite's implicit BEGIN is broken).
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def _on_begin(conn) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(path: Path | str, key: DatabaseKey | None = None) -> Engine:
    """Engine on the SQLite file at ``path`` with the desk's pragmas (through SQLCipher with ``key``)."""
    if key is None:
        engine = create_engine(
            f"sqlite:///{Path(path)}",
            connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        )
    else:
        import sqlcipher3

        def creator():  # the key pragma is the first statement on every new connection
            return encryption.open_keyed(path, key, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)

        engine = create_engine(f"sqlite:///{Path(path)}", creator=creator, module=sqlcipher3)
        _ENGINE_KEYS[engine] = key
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


@dataclass
class Database:
    """The open database: its file, its engine and the two session factories."""

    path: Path
    engine: Engine
    key: DatabaseKey | None = field(default=None, repr=False)  # None: a plain database

    def __post_init__(self) -> None:
        self.read_session = sessionmaker(self.engine, expire_on_commit=False)
        self.write_session = sessionmaker(
            self.engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False
        )

    def reader(self) -> Session:
        """A session for queries; it never takes the write lock."""
        return self.read_session()

    def writer(self) -> Session:
        """A session whose transaction takes the write lock at BEGIN."""
        return self.write_session()

    def dispose(self) -> None:
        self.engine.dispose()

    def reopen(self) -> None:
        """A fresh engine on the same file, e.g. after ``encrypt_database`` replaced it."""
        self.engine.dispose()
        self.key = encryption.key_for(self.path)
        self.engine = make_engine(self.path, self.key)
        self.__post_init__()

    @property
    def encrypted(self) -> bool:
        return self.key is not None


# --- migrations -------------------------------------------------------------------------------

def not_virtual(name: str | None, type_: str, parent_names) -> bool:
    """Alembic's include_name: the FTS5 text index and its shadow tables live outside the models."""
    return not (type_ == "table" and name and name.startswith(FTS_TABLES))


FTS_TABLES = ("mediation_text",)


def _alembic_config(engine: Engine):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _stored_revision(path: Path, key: DatabaseKey | None = None) -> str | None:
    """The schema revision recorded in the file, read without Alembic (None when unknown).

    With ``key`` this also proves the key opens the file (``WrongKey`` otherwise)."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        conn = encryption.connect(path, key, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except encryption.dbapi_errors(key):
        return None
    return row[0] if row else None


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(_alembic_config(engine), revision)


def open_database(path: Path | str, *, backup_dir: Path | None = None) -> Database:
    """Open (creating if needed) and migrate ``path`` to the current schema.

    Before upgrading a database that already holds a schema, a copy is taken beside it (or in
    ``backup_dir``) so a failed or unwanted upgrade can be undone.

    An encrypted file opens with its key from the keyring; without it (or with a key that does not
    decrypt it) an ``EncryptionError`` says so and the file is not touched.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    key = encryption.key_for(path)
    revision = _stored_revision(path, key)
    engine = make_engine(path, key)
    if revision == SCHEMA_HEAD:
        return Database(path=path, engine=engine, key=key)
    try:
        current = current_revision(engine)
        head = head_revision()
        if current is not None and current != head:
            from alembic.script import ScriptDirectory

            known = {r.revision for r in ScriptDirectory(str(MIGRATIONS_DIR)).walk_revisions()}
            if current not in known:
                raise DatabaseError(
                    f"{path} was written by a newer version of desk (schema {current}); "
                    "install that version or newer to open it."
                )
        if current != head:
            if current is not None or inspect(engine).get_table_names():
                copy = backup_before_upgrade(engine, path, current, backup_dir)
                log.info("backed up database before upgrade to %s", copy)
            upgrade(engine)
    except encryption.dbapi_errors(key) as exc:  # pragma: no cover - message path tested via wrapper
        engine.dispose()
        raise DatabaseError(f"{path} cannot be opened: {exc}") from exc
    except Exception as exc:
        engine.dispose()
        if isinstance(exc, DatabaseError):
            raise
        if "file is not a database" in str(exc) or "malformed" in str(exc):
            raise DatabaseError(f"{path} is not a usable desk database: {exc}") from exc
        raise
    return Database(path=path, engine=engine, key=key)


# --- backup and restore -----------------------------------------------------------------------

def backup_to(engine_or_path: Engine | Path | str, out: Path | str) -> Path:
    """Consistent copy of a live database via SQLite's online backup API (safe while in use).

    The copy of an encrypted database is encrypted with the same key (and salt, so it finds the same
    keyring entry); a plain database's copy is plain."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(engine_or_path, Engine):  # a live database: its key is known, its file stays unread
        src_path, key = Path(engine_or_path.url.database), _ENGINE_KEYS.get(engine_or_path)
    else:
        src_path = Path(engine_or_path)
        key = encryption.key_for(src_path)
    if out.resolve() == src_path.resolve():
        raise DatabaseError("a backup cannot be written over the database it copies")
    tmp = out.with_name(out.name + ".part")
    tmp.unlink(missing_ok=True)
    src = encryption.connect(src_path, key, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        dst = encryption.connect(tmp, key)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    tmp.replace(out)
    return out


def backup_before_upgrade(engine: Engine, path: Path, current: str | None, backup_dir: Path | None) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    folder = backup_dir or path.parent
    name = f"{path.stem}.before-upgrade-{current or 'unversioned'}-{stamp}{path.suffix or '.db'}"
    return backup_to(engine, folder / name)


def check_integrity(path: Path | str) -> str:
    """``PRAGMA quick_check`` result: "ok" or SQLite's description of the damage.

    An encrypted file is checked with its key; ``EncryptionError`` when the key is missing or wrong."""
    key = encryption.key_for(path)
    conn = encryption.connect(path, key)
    try:
        return "; ".join(row[0] for row in conn.execute("PRAGMA quick_check").fetchall())
    except encryption.dbapi_errors(key) as exc:
        return str(exc)
    finally:
        conn.close()


def restore_from(backup: Path | str, target: Path | str) -> Path:
    """Replace ``target`` with a verified copy of ``backup``; the old file is kept aside.

    The app must not have ``target`` open. The backup is checked before anything is replaced.
    An encrypted backup needs its key in this computer's keyring. When ``target`` is encrypted and
    the backup is not, the restored database is encrypted (with a new key) before it replaces
    ``target``: restoring never turns an encrypted database back into a plain one.
    """
    backup, target = Path(backup), Path(target)
    if not backup.exists():
        raise DatabaseError(f"backup file not found: {backup}")
    if backup.resolve() == target.resolve():
        raise DatabaseError("the backup and the database are the same file")
    result = check_integrity(backup)
    if result != "ok":
        raise DatabaseError(f"{backup} is damaged ({result}); nothing was restored")
    if target.exists() and _in_use(target):
        raise DatabaseError(f"{target} is in use by another program (is a desk still open on it?); close it and "
                            "try again. Nothing was restored.")
    staged = target.with_name(target.name + ".restoring")
    backup_to(backup, staged)
    if encryption.is_encrypted(target) and not encryption.is_encrypted(staged):
        try:
            encryption.encrypt_database(staged)
        except DatabaseError:
            staged.unlink(missing_ok=True)
            raise
    if target.exists():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = target.with_name(f"{target.stem}.replaced-{stamp}{target.suffix}")
        try:
            backup_to(target, aside)
        except (encryption.EncryptionError, *_dbapi_errors()):  # its key is gone, or it is damaged: keep its bytes
            Path(f"{aside}.part").unlink(missing_ok=True)
            for suffix in ("", "-wal"):
                if Path(f"{target}{suffix}").exists():
                    os.replace(f"{target}{suffix}", f"{aside}{suffix}")
        for suffix in ("-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
    staged.replace(target)
    return target


def _dbapi_errors() -> tuple[type[Exception], ...]:
    try:
        import sqlcipher3
    except ImportError:  # pragma: no cover - a build without SQLCipher
        return (sqlite3.Error,)
    return (sqlite3.Error, sqlcipher3.Error)


def _in_use(path: Path) -> bool:
    """True when another connection (this or another process) has the database at ``path`` open: an
    exclusive lock cannot be had. A file that cannot be read as a database is not in use as one."""
    try:
        key = encryption.key_for(path)
        conn = encryption.connect(path, key, isolation_level=None, timeout=1.0)
    except (encryption.EncryptionError, *_dbapi_errors()):
        return False
    try:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("ROLLBACK")
        return False
    except _dbapi_errors() as exc:
        return "locked" in str(exc) or "busy" in str(exc)
    finally:
        conn.close()
