"""Encryption at rest: ``local.db`` as a SQLCipher file whose key lives in the OS keyring only.

An encrypted file is told from a plain one by its first 16 bytes: a plain SQLite file starts with
``SQLite format 3\\0``, a SQLCipher file with its random salt. That salt doubles as the database's id:
the keyring entry is ``(SERVICE, salt in hex)`` and holds the random 256-bit key in hex. The key is
given to SQLCipher as a raw key with that salt (``x'<key><salt>'``), so no passphrase derivation
runs on connect, and every copy made with the same key (backups, restores, a moved or renamed
file) carries the same salt and finds the same keyring entry. Nothing secret is written to disk.

Plain databases keep using the standard library's ``sqlite3``; ``sqlcipher3`` (SQLCipher 4 on
SQLite 3.53, FTS5 included) is imported only for encrypted files. Temporary tables and sort files
stay in memory (``temp_store=MEMORY``, SQLCipher's build default) so no plaintext spills to disk.
"""

from __future__ import annotations

import logging
import os
import re
import secrets
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from desk.errors import DatabaseError, DeskError
from desk.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

SERVICE = "desk.database"
PLAIN_MAGIC = b"SQLite format 3\x00"
SALT_BYTES = 16
KEY_BYTES = 32
_HEX_KEY = re.compile(r"[0-9a-f]{64}")


# --- errors -------------------------------------------------------------------------------------

class EncryptionError(DatabaseError, DeskError):
    """An encrypted database cannot be opened, or a database cannot be encrypted; nothing was changed."""


class KeyMissing(EncryptionError):
    """The file is encrypted and this computer's keyring has no key for it."""

    def __init__(self, path: Path, account: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Errors", "{path} is encrypted and its key is not in this computer's keyring (entry \"{service}\" / "
                      "\"{account}\"), so it cannot be opened. Open it on the computer and user account that "
                      "encrypted it. The file was left unchanged."),
            path=str(path), service=SERVICE, account=account)


class NoKeyringForKey(EncryptionError):
    """The file is encrypted and there is no usable keyring to take its key from."""

    def __init__(self, path: Path) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Errors", "{path} is encrypted, but this computer has no usable password store (keyring) to take its "
                      "key from, so it cannot be opened. Unlock or install the keyring that holds the key. "
                      "The file was left unchanged."), path=str(path))


class WrongKey(EncryptionError):
    """The keyring holds a key for this file's id, but it does not decrypt it."""

    def __init__(self, path: Path) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Errors", "The encryption key in this computer's keyring does not open {path}: the key is wrong or the "
                      "file is damaged. The file was left unchanged."), path=str(path))


class EncryptionRefused(EncryptionError):
    """``encrypt_database`` did not encrypt; the plain database is untouched."""


NO_KEYRING = QT_TRANSLATE_NOOP(
    "Errors", "This computer has no usable password store (keyring), so the database cannot be encrypted: its key "
              "would have nowhere safe to live. The database was left as it is.")
ALREADY = QT_TRANSLATE_NOOP("Errors", "{path} is already encrypted.")
NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "There is no database at {path}.")
IN_USE = QT_TRANSLATE_NOOP(
    "Errors", "{path} is in use by another program (is the desk still open?). Close it and try again; the database "
              "was left as it is.")
DAMAGED = QT_TRANSLATE_NOOP(
    "Errors", "{path} is damaged ({detail}); it was not encrypted. Restore a backup first.")
FAILED = QT_TRANSLATE_NOOP(
    "Errors", "{path} could not be encrypted ({detail}); the database was left as it is.")
COPY_DIFFERS = QT_TRANSLATE_NOOP(
    "Errors", "The encrypted copy of {path} did not match the original ({detail}); the database was left as it is.")


# --- keys and the keyring -------------------------------------------------------------------------

@dataclass(frozen=True)
class DatabaseKey:
    """The raw SQLCipher key of one database and its salt (the salt is also the keyring account)."""

    key_hex: str = field(repr=False)
    salt_hex: str

    @classmethod
    def generate(cls) -> DatabaseKey:
        return cls(secrets.token_bytes(KEY_BYTES).hex(), secrets.token_bytes(SALT_BYTES).hex())

    @property
    def account(self) -> str:
        return self.salt_hex

    def literal(self) -> str:
        """The raw-key string SQLCipher understands: ``x'<64 hex key><32 hex salt>'``."""
        return f"x'{self.key_hex}{self.salt_hex}'"


def keyring_usable() -> bool:
    """True when the keyring backend can really keep a secret (not the ``fail`` or ``null`` backend)."""
    import keyring

    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    return not name.startswith(("keyring.backends.fail", "keyring.backends.null")) and backend.priority > 0


def _salt(path: Path) -> bytes | None:
    """The salt of a SQLCipher file: no plain SQLite header, whole pages (a text file is neither).

    Reads the file's first bytes: call it before this process opens the database, never while it
    has it open (closing any descriptor of the file drops SQLite's POSIX locks on it)."""
    try:
        size = path.stat().st_size
        if size < 512 or size % 512:
            return None
        with open(path, "rb") as fh:
            head = fh.read(SALT_BYTES)
    except OSError:
        return None
    return head if len(head) == SALT_BYTES and head != PLAIN_MAGIC else None


def is_encrypted(path: Path | str) -> bool:
    """True for a SQLCipher file (see ``_salt``)."""
    return _salt(Path(path)) is not None


def key_for(path: Path | str) -> DatabaseKey | None:
    """None for a plain (or new) database; the key of an encrypted one, from the keyring.

    Raises ``NoKeyringForKey`` or ``KeyMissing`` when the file is encrypted and its key cannot be had.
    """
    path = Path(path)
    raw = _salt(path)
    if raw is None:
        return None
    salt = raw.hex()
    if not keyring_usable():
        raise NoKeyringForKey(path)
    import keyring
    from keyring.errors import KeyringError

    try:
        stored = keyring.get_password(SERVICE, salt)
    except KeyringError as exc:
        log.warning("keyring lookup failed: %s", exc)
        raise NoKeyringForKey(path) from None
    if stored is None:
        raise KeyMissing(path, salt)
    stored = stored.strip().lower()
    if not _HEX_KEY.fullmatch(stored):
        raise WrongKey(path)
    return DatabaseKey(stored, salt)


def _store_key(key: DatabaseKey) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, key.account, key.key_hex)
        stored = keyring.get_password(SERVICE, key.account)
    except KeyringError as exc:
        raise EncryptionRefused(NO_KEYRING) from exc
    if stored != key.key_hex:
        _forget_key(key)
        raise EncryptionRefused(NO_KEYRING)


def _forget_key(key: DatabaseKey) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.delete_password(SERVICE, key.account)
    except KeyringError:
        pass


# --- connections ----------------------------------------------------------------------------------

def dbapi_errors(key: DatabaseKey | None) -> tuple[type[Exception], ...]:
    """The DB-API error classes of the driver that opens a database with (or without) ``key``."""
    if key is None:
        return (sqlite3.Error,)
    import sqlcipher3

    return (sqlite3.Error, sqlcipher3.Error)


def open_keyed(path: Path | str, key: DatabaseKey, **kwargs):
    """A ``sqlcipher3`` connection to ``path`` with ``key`` set first; ``WrongKey`` if it does not decrypt."""
    import sqlcipher3

    conn = sqlcipher3.connect(str(path), **kwargs)
    try:
        # SQLCipher would log every failed page decryption to stderr; the caller gets WrongKey instead.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f'PRAGMA key = "{key.literal()}"')
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        if "not a database" in str(exc):
            raise WrongKey(Path(path)) from None
        raise
    return conn


def connect(path: Path | str, key: DatabaseKey | None = None, **kwargs):
    """A DB-API connection to ``path``: ``sqlite3`` when ``key`` is None, else ``sqlcipher3`` keyed.

    Use ``connect(path, key_for(path))`` to open a file that may be either.
    """
    if key is None:
        return sqlite3.connect(str(path), **kwargs)
    return open_keyed(path, key, **kwargs)


# --- plain → encrypted --------------------------------------------------------------------------

@dataclass
class EncryptionResult:
    path: Path
    tables: int
    rows: int
    plain_copies: list[Path]


def _counts(conn, schema: str = "main") -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' ORDER BY name").fetchall()]
    return {n: conn.execute(f'SELECT count(*) FROM {schema}."{n}"').fetchone()[0] for n in names}


def _schema(conn) -> set[tuple[str, str]]:
    return set(conn.execute("SELECT type, name FROM sqlite_master").fetchall())


def fsync_path(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY if path.is_dir() else os.O_RDWR)  # Windows syncs writable files only
    except OSError:  # pragma: no cover - Windows cannot open a directory
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


def plain_copies(path: Path) -> list[Path]:
    """Unencrypted copies the desk itself left beside ``path`` (pre-upgrade and replaced-by-restore files)."""
    found = []
    for pattern in (f"{path.stem}.before-upgrade-*", f"{path.stem}.replaced-*"):
        found += [p for p in path.parent.glob(pattern) if p.is_file() and not is_encrypted(p)
                  and not p.name.endswith(("-wal", "-shm", "-journal"))]
    return sorted(found)


def encrypt_database(path: Path | str) -> EncryptionResult:
    """Turn the plain database at ``path`` into an encrypted one, in place; nothing must have it open.

    A new random key goes into the keyring first (refused without a usable keyring). The encrypted
    copy is written beside the file by ``sqlcipher_export`` under an exclusive lock, checked (integrity,
    schema, row count of every table), synced and moved over the original, whose WAL leftovers are
    removed: no plain copy of this file stays behind. On any failure the plain file is untouched and
    the new key is forgotten again.
    """
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        raise EncryptionRefused(NOT_FOUND, path=str(path))
    if is_encrypted(path):
        raise EncryptionRefused(ALREADY, path=str(path))
    if not keyring_usable():
        raise EncryptionRefused(NO_KEYRING)
    import sqlcipher3

    key = DatabaseKey.generate()
    _store_key(key)
    tmp = path.with_name(path.name + ".encrypting")
    for leftover in (tmp, Path(f"{tmp}-journal")):
        leftover.unlink(missing_ok=True)
    try:
        src = sqlcipher3.connect(str(path), isolation_level=None, timeout=2.0)
        try:
            src.execute("PRAGMA cipher_log_level = NONE")
            src.execute("PRAGMA locking_mode = EXCLUSIVE")  # no other process may read or write meanwhile
            src.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(tmp), key.literal()))
            src.execute("BEGIN EXCLUSIVE")
            check = "; ".join(r[0] for r in src.execute("PRAGMA main.quick_check").fetchall())
            if check != "ok":
                raise EncryptionRefused(DAMAGED, path=str(path), detail=check[:200])
            before, schema = _counts(src), _schema(src)
            src.execute("SELECT sqlcipher_export('encrypted')")
            for pragma in ("user_version", "application_id"):
                value = int(src.execute(f"PRAGMA main.{pragma}").fetchone()[0])
                src.execute(f"PRAGMA encrypted.{pragma} = {value}")
            src.execute("COMMIT")
            src.execute("DETACH DATABASE encrypted")
            _verify(tmp, key, before, schema, path)
            fsync_path(tmp)
            src.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            src.close()
        os.replace(tmp, path)
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        fsync_path(path.parent)
    except BaseException as exc:
        if tmp.exists() or not is_encrypted(path):
            tmp.unlink(missing_ok=True)
            Path(f"{tmp}-journal").unlink(missing_ok=True)
            _forget_key(key)
        if isinstance(exc, sqlcipher3.OperationalError) and ("locked" in str(exc) or "busy" in str(exc)):
            raise EncryptionRefused(IN_USE, path=str(path)) from None
        if isinstance(exc, sqlcipher3.DatabaseError):
            raise EncryptionRefused(FAILED, path=str(path), detail=str(exc)) from exc
        raise
    log.info("encrypted %s (%d tables, %d rows)", path, len(before), sum(before.values()))
    return EncryptionResult(path, len(before), sum(before.values()), plain_copies(path))


def _verify(tmp: Path, key: DatabaseKey, before: dict[str, int], schema: set, path: Path) -> None:
    dst = open_keyed(tmp, key)
    try:
        check = "; ".join(r[0] for r in dst.execute("PRAGMA integrity_check").fetchall())
        if check != "ok":
            raise EncryptionRefused(COPY_DIFFERS, path=str(path), detail=check[:200])
        if _schema(dst) != schema:
            raise EncryptionRefused(COPY_DIFFERS, path=str(path), detail="schema")
        after = _counts(dst)
        if after != before:
            differ = sorted(n for n in before.keys() | after.keys() if before.get(n) != after.get(n))
            raise EncryptionRefused(COPY_DIFFERS, path=str(path), detail="rows of " + ", ".join(differ[:5]))
    finally:
        dst.close()
