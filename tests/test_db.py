"""The local database: pragmas, backups while in use, restore, and upgrades with a copy first."""

import sqlite3

import pytest
from sqlalchemy import text

from desk.db import (
    DatabaseError,
    backup_to,
    check_integrity,
    current_revision,
    head_revision,
    make_engine,
    open_database,
    restore_from,
    upgrade,
)
from desk.services.container import Services
from desk.services.demo import seed_demo


def test_pragmas(services):
    with services.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_new_database_is_at_head(services):
    assert current_revision(services.db.engine) == head_revision()


def test_backup_while_a_transaction_is_open(demo, tmp_path):
    out = tmp_path / "copy.db"
    with demo.db.writer() as s, s.begin():
        s.execute(text("UPDATE center_profile SET phone='1' WHERE id=1"))
        backup_to(demo.db.engine, out)  # the uncommitted change is not in the copy
    assert check_integrity(out) == "ok"
    conn = sqlite3.connect(out)
    assert conn.execute("SELECT phone FROM center_profile").fetchone()[0] == "0371-65951234"
    assert conn.execute("SELECT count(*) FROM user_account").fetchone()[0] == 8
    conn.close()


def test_backup_refuses_to_overwrite_the_live_database(demo):
    with pytest.raises(DatabaseError):
        backup_to(demo.db.engine, demo.db.path)


def test_restore_replaces_and_keeps_the_old_file(demo, tmp_path):
    backup = backup_to(demo.db.engine, tmp_path / "b.db")
    demo.db.dispose()
    target = tmp_path / "other.db"
    other = Services(open_database(target))
    other.db.dispose()
    restore_from(backup, target)
    restored = Services(open_database(target))
    assert restored.center.profile().name == "经八路街道综治中心"
    assert list(tmp_path.glob("other.replaced-*.db"))
    restored.db.dispose()


def test_restore_refuses_a_damaged_backup(tmp_path, db_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x13" * 5000)
    with pytest.raises(DatabaseError):
        restore_from(bad, db_path)
    assert not db_path.exists()


def test_upgrade_takes_a_copy_first(tmp_path):
    path = tmp_path / "old.db"
    engine = make_engine(path)
    upgrade(engine, "0001")
    engine.dispose()
    db = open_database(path)
    assert current_revision(db.engine) == head_revision()
    copies = list(tmp_path.glob("old.before-upgrade-0001-*.db"))
    assert len(copies) == 1 and check_integrity(copies[0]) == "ok"
    db.dispose()


def test_newer_database_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "new.db"
    open_database(path).dispose()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num='9999'")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseError, match="newer version"):
        open_database(path)


def test_a_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database" * 100)
    with pytest.raises(DatabaseError):
        open_database(path)
    assert "my notes" in path.read_text()  # nothing overwritten


def test_seed_demo_is_idempotent(services):
    seed_demo(services)
    seed_demo(services)
    assert len(services.accounts.list_users(services.auth.login("admin", "demo1234"))) == 8
