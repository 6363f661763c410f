"""Encryption at rest: SQLCipher files whose key lives in the keyring only, migration of a plain
database, encrypted backups and restores, clear refusals, and the first-run wizard's option."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from desk import encryption
from desk.cli import main
from desk.db import DatabaseError, backup_to, check_integrity, open_database, restore_from
from desk.encryption import (
    SERVICE,
    EncryptionRefused,
    KeyMissing,
    NoKeyringForKey,
    WrongKey,
    encrypt_database,
    is_encrypted,
)
from desk.services.audit import AuditQuery
from desk.services.container import Services
from desk.services.demo import DEMO_PASSWORD, seed_demo
from desk.services.mediation_cases import IntakeInput, PartyInput

NAME, ID_NUMBER, ADDRESS = "欧阳明辉", "11010519491231002X", "郑州市金水区纬五路36号院"


def files_bytes(folder: Path) -> bytes:
    """Every file in ``folder`` (the database, its -wal and -shm, copies) as one byte string."""
    return b"".join(p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file())


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def new_encrypted(path: Path) -> Services:
    """An empty database at ``path``, encrypted before any data goes in (what the wizard does)."""
    open_database(path).dispose()
    encrypt_database(path)
    return Services(open_database(path))


def register(services: Services) -> str:
    actor = services.auth.login("sunli", DEMO_PASSWORD)
    return services.cases.register(actor, IntakeInput(
        category_code="02", summary="楼上漏水导致天花板受损，双方多次协商未果。", received_on=date(2026, 4, 1),
        parties=[PartyInput(role="applicant", name=NAME, id_number=ID_NUMBER, address=ADDRESS),
                 PartyInput(role="respondent", name="李四")])).id


@pytest.fixture
def no_keyring():
    """The ``fail`` backend a headless Linux box gets: nothing can be kept."""
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


def entry(path: Path) -> tuple[str, str]:
    return SERVICE, path.read_bytes()[:16].hex()


def test_a_plain_file_shows_the_record_and_an_encrypted_one_does_not(tmp_path):
    plain_dir, enc_dir = tmp_path / "plain", tmp_path / "enc"
    plain_dir.mkdir(), enc_dir.mkdir()
    plain = Services(open_database(plain_dir / "local.db"))
    seed_demo(plain, demo_cases=0)
    register(plain)
    enc = new_encrypted(enc_dir / "local.db")
    seed_demo(enc, demo_cases=0)
    register(enc)
    try:
        assert (enc_dir / "local.db-wal").exists()  # the WAL is checked while the app has it open
        shown = files_bytes(plain_dir)
        assert NAME.encode() in shown and ID_NUMBER.encode() in shown
        hidden = files_bytes(enc_dir)
        for secret in (NAME, ID_NUMBER, ADDRESS, "经八路街道综治中心", "SQLite format 3"):
            assert secret.encode() not in hidden
        assert is_encrypted(enc_dir / "local.db") and not is_encrypted(plain_dir / "local.db")
    finally:
        plain.db.dispose()
        enc.db.dispose()
    hidden = files_bytes(enc_dir)
    assert NAME.encode() not in hidden and ID_NUMBER.encode() not in hidden


def test_the_services_and_search_work_on_an_encrypted_database(tmp_path):
    path = tmp_path / "local.db"
    services = new_encrypted(path)
    seed_demo(services, demo_cases=0)
    case_id = register(services)
    sunli = services.auth.login("sunli", DEMO_PASSWORD)
    assert [r.id for r in services.cases.search(sunli, NAME).rows] == [case_id]
    assert [r.id for r in services.cases.search(sunli, "欧阳").rows] == [case_id]  # 2 characters: token index
    assert [r.id for r in services.cases.search(sunli, "纬五路36号").rows] == [case_id]  # FTS5 trigram text
    assert [r.id for r in services.cases.search(sunli, ID_NUMBER).rows] == [case_id]
    with services.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA cipher_version").scalar().startswith("4.")
    services.db.dispose()
    again = Services(open_database(path))  # a second start finds the key again
    assert again.cases.search(sunli, NAME).total == 1
    again.db.dispose()


def test_a_missing_key_refuses_to_open_and_leaves_the_file_alone(tmp_path, capfd):
    path = tmp_path / "local.db"
    new_encrypted(path).db.dispose()
    before, listing = digest(path), sorted(p.name for p in tmp_path.iterdir())
    saved = keyring.get_password(*entry(path))
    keyring.delete_password(*entry(path))
    try:
        with pytest.raises(KeyMissing, match="key is not in this computer's keyring") as err:
            open_database(path)
        assert isinstance(err.value, DatabaseError)  # the app and the CLI show it and stop
        assert digest(path) == before and sorted(p.name for p in tmp_path.iterdir()) == listing
        assert main(["--db", str(path), "verify-audit"]) == 1
        assert "key is not in this computer's keyring" in capfd.readouterr().err
    finally:
        keyring.set_password(*entry(path), saved)
    open_database(path).dispose()


def test_a_wrong_key_refuses_to_open_quietly(tmp_path, capfd):
    path = tmp_path / "local.db"
    new_encrypted(path).db.dispose()
    before = digest(path)
    saved = keyring.get_password(*entry(path))
    keyring.set_password(*entry(path), "ab" * 32)
    capfd.readouterr()
    try:
        with pytest.raises(WrongKey, match="does not open"):
            open_database(path)
        with pytest.raises(WrongKey):
            check_integrity(path)
    finally:
        keyring.set_password(*entry(path), saved)
    assert "ERROR CORE" not in capfd.readouterr().err  # SQLCipher's own log stays silent
    assert digest(path) == before


def test_no_keyring_refuses_to_open_an_encrypted_database(tmp_path, no_keyring):
    path = tmp_path / "local.db"
    path.write_bytes(bytes(range(16)) + b"\x07" * 4080)  # looks like SQLCipher: no plain header, whole pages
    with pytest.raises(NoKeyringForKey, match="no usable password store"):
        open_database(path)
    assert path.read_bytes()[:16] == bytes(range(16))


def test_a_text_file_is_still_not_a_database(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database" * 100)
    assert not is_encrypted(path)
    with pytest.raises(DatabaseError, match="not a usable desk database"):
        open_database(path)


def test_encrypting_a_populated_database_keeps_every_row(services, db_path):
    seed_demo(services, scale=300)  # the demo center with its cases, records, search index and history
    sunli = services.auth.login("sunli", DEMO_PASSWORD)
    case_id = register(services)
    services.db.dispose()
    conn = sqlite3.connect(db_path)
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    before = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    conn.close()
    assert before["mediation_case"] > 1 and before["audit_record"] > 10

    result = encrypt_database(db_path)
    assert result.tables == len(tables) and result.rows == sum(before.values())
    assert is_encrypted(db_path)
    assert not db_path.with_name(db_path.name + ".encrypting").exists()
    assert not Path(f"{db_path}-wal").exists()
    key = encryption.key_for(db_path)
    conn = encryption.connect(db_path, key)
    after = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    conn.close()
    assert after == before
    everything = files_bytes(db_path.parent)
    assert key.key_hex.encode() not in everything and bytes.fromhex(key.key_hex) not in everything
    assert NAME.encode() not in everything

    services = Services(open_database(db_path))
    assert [r.id for r in services.cases.search(sunli, NAME).rows] == [case_id]
    assert main(["--db", str(db_path), "verify-audit"]) == 0
    services.db.dispose()
    with pytest.raises(EncryptionRefused, match="already encrypted"):
        encrypt_database(db_path)


def test_encryption_names_the_plain_copies_left_beside_it(tmp_path):
    path = tmp_path / "local.db"
    open_database(path).dispose()
    backup_to(path, tmp_path / "local.before-upgrade-0008-20261101-090000.db")
    result = encrypt_database(path)
    assert [p.name for p in result.plain_copies] == ["local.before-upgrade-0008-20261101-090000.db"]


def test_without_a_keyring_encryption_is_refused_and_the_database_untouched(demo, db_path, no_keyring):
    demo.db.dispose()
    before = digest(db_path)
    with pytest.raises(EncryptionRefused, match="no usable password store"):
        encrypt_database(db_path)
    assert digest(db_path) == before and not is_encrypted(db_path)
    assert not db_path.with_name(db_path.name + ".encrypting").exists()
    Services(open_database(db_path)).db.dispose()


def test_encryption_is_refused_while_another_process_has_it_open(demo, db_path):
    import subprocess
    import sys

    demo.db.dispose()
    keys_before = {k for k in keyring.get_keyring().store if k[0] == SERVICE}
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys, time; c = sqlite3.connect(sys.argv[1]); "
         "c.execute('SELECT count(*) FROM user_account').fetchone(); print('open', flush=True); time.sleep(30)",
         str(db_path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        before = digest(db_path)
        with pytest.raises(EncryptionRefused, match="in use"):
            encrypt_database(db_path)
        assert digest(db_path) == before and not is_encrypted(db_path)
    finally:
        holder.kill()
        holder.wait()
    assert {k for k in keyring.get_keyring().store if k[0] == SERVICE} == keys_before  # the new key forgotten


def test_backups_of_an_encrypted_database_stay_encrypted_and_restore(tmp_path):
    path = tmp_path / "local.db"
    services = new_encrypted(path)
    seed_demo(services, demo_cases=0)
    case_id = register(services)
    out = backup_to(services.db.engine, tmp_path / "backups" / "desk.db")
    assert is_encrypted(out) and NAME.encode() not in out.read_bytes()
    assert check_integrity(out) == "ok"
    assert out.read_bytes()[:16] == path.read_bytes()[:16]  # same key entry: the salt is the id
    services.db.dispose()

    other = tmp_path / "elsewhere" / "restored.db"
    other.parent.mkdir()
    restore_from(out, other)
    assert is_encrypted(other)
    restored = Services(open_database(other))
    sunli = restored.auth.login("sunli", DEMO_PASSWORD)
    assert [r.id for r in restored.cases.search(sunli, NAME).rows] == [case_id]
    restored.db.dispose()

    # restoring over the live encrypted database keeps the old one aside, still encrypted
    restore_from(out, path)
    aside = list(tmp_path.glob("local.replaced-*.db"))
    assert len(aside) == 1 and is_encrypted(aside[0]) and NAME.encode() not in aside[0].read_bytes()


def test_restoring_a_plain_backup_over_an_encrypted_database_keeps_it_encrypted(tmp_path):
    plain = tmp_path / "old-plain.db"
    services = Services(open_database(plain))
    seed_demo(services, demo_cases=0)
    register(services)
    services.db.dispose()
    path = tmp_path / "local.db"
    new_encrypted(path).db.dispose()
    restore_from(plain, path)
    assert is_encrypted(path) and NAME.encode() not in path.read_bytes()
    restored = Services(open_database(path))
    assert restored.cases.search(restored.auth.login("sunli", DEMO_PASSWORD), NAME).total == 1
    restored.db.dispose()


def test_the_cli_encrypts_backs_up_and_restores(tmp_path, capsys):
    db = tmp_path / "local.db"
    assert main(["--db", str(db), "seed-demo"]) == 0
    assert main(["--db", str(db), "encrypt-db"]) == 0
    assert "is encrypted" in capsys.readouterr().out
    assert is_encrypted(db)
    assert main(["--db", str(db), "encrypt-db"]) == 1
    assert "already encrypted" in capsys.readouterr().err
    backup = tmp_path / "b.db"
    assert main(["--db", str(db), "backup", "--out", str(backup)]) == 0
    assert is_encrypted(backup)
    assert main(["--db", str(db), "restore", str(backup)]) == 0
    assert main(["--db", str(db), "verify-audit"]) == 0
    services = Services(open_database(db))
    actions = [r.action for r in services.audit_log.page(
        services.auth.login("admin", DEMO_PASSWORD), AuditQuery(action_prefix="database."), 0, 50)]
    assert set(actions) == {"database.encrypt", "database.restore"}  # the backup was logged after the copy
    services.db.dispose()


def test_the_cli_refuses_without_a_keyring(tmp_path, capsys, no_keyring):
    db = tmp_path / "local.db"
    open_database(db).dispose()
    assert main(["--db", str(db), "encrypt-db"]) == 1
    assert "no usable password store" in capsys.readouterr().err
    assert not is_encrypted(db)


# --- the first-run wizard -----------------------------------------------------------------------

def test_the_wizard_offers_encryption_only_with_a_usable_keyring(gui, services):
    from desk.views.setup_wizard import SetupWizard

    wizard = SetupWizard(services)
    gui.addWidget(wizard)
    assert wizard.encrypt_box is not None and not wizard.encrypt_box.isChecked()
    assert wizard.encrypt_box.parent() is wizard.admin_page
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        bare = SetupWizard(services)
        gui.addWidget(bare)
        assert bare.encrypt_box is None
    finally:
        keyring.set_keyring(before)


def test_the_wizard_encrypts_before_the_center_is_written(gui, services, db_path):
    from desk.views.setup_wizard import SetupWizard

    wizard = SetupWizard(services)
    gui.addWidget(wizard)
    wizard.show()
    profile, area, admin = wizard.profile_page, wizard.area_page, wizard.admin_page
    profile.name.setText("新城街道综治中心")
    profile.committee.setText("新城街道人民调解委员会")
    profile.address.setText("新城路1号")
    area.street_name.setText("新城街道")
    area.street_code.setText("410105009")
    area.communities.setPlainText("410105009001 东社区\n")
    admin.username.setText("boss")
    admin.full_name.setText("刘主任")
    admin.password.setText("start1234")
    admin.repeat.setText("start1234")
    wizard.encrypt_box.setChecked(True)
    assert profile.validatePage() and area.validatePage() and admin.validatePage()
    assert services.center.is_set_up() and services.db.encrypted
    assert "新城街道综治中心".encode() not in files_bytes(db_path.parent)
    services.db.dispose()
    reopened = Services(open_database(db_path))
    assert reopened.center.profile().name == "新城街道综治中心"
    reopened.db.dispose()


def test_the_app_says_why_it_cannot_open_an_encrypted_database(gui, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desk.app import run_gui

    path = tmp_path / "local.db"
    new_encrypted(path).db.dispose()
    saved = keyring.get_password(*entry(path))
    keyring.delete_password(*entry(path))
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    try:  # the app's log set-up is global (handlers, excepthook): not for a test
        from desk import logs
    except ImportError:
        pass
    else:
        monkeypatch.setattr(logs, "setup_logging", lambda *args, **kwargs: None)
    try:
        assert run_gui(path, lang="zh_CN") == 1
    finally:
        keyring.set_password(*entry(path), saved)
    assert shown and str(path) in shown[0] and "desk.database" in shown[0]  # which entry is missing
