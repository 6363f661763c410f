"""The audit trail: every change leaves a chained record; tampering with the file is detected."""

import json
import sqlite3

from desk.cli import main
from desk.services.audit import verify_chain


def _verify(services):
    with services.db.reader() as s:
        return verify_chain(s)


def _rows(services, sql):
    conn = sqlite3.connect(services.db.path)
    rows = conn.execute(sql).fetchall()
    conn.close()
    return rows


def _tamper(services, sql):
    services.db.dispose()
    conn = sqlite3.connect(services.db.path)
    conn.execute(sql)
    conn.commit()
    conn.close()


def test_changes_are_audited_with_fields(demo, admin):
    user = demo.accounts.create_user(admin, "xiaoli", "李晓", ["mediator"], "abc12345", phone="13812345678")
    demo.accounts.update_user(admin, user.id, "李晓红", "13812345678", ["mediator", "lawyer"])
    action, changes = _rows(demo, "SELECT action, changes FROM audit_record ORDER BY id DESC LIMIT 1")[0]
    assert action == "user.update"
    assert json.loads(changes) == {"full_name": ["李晓", "李晓红"], "roles": ["mediator", "lawyer,mediator"]}
    assert _verify(demo).ok


def test_personal_data_is_masked_in_the_trail(demo, admin):
    demo.accounts.create_user(admin, "xiaoli", "李晓", ["mediator"], "abc12345", phone="13812345678")
    demo.grid.add(admin, demo.grid.tree()[1].id, "41010500100109", "身份证110105194912310021的网格")
    dump = "\n".join(str(r) for r in _rows(demo, "SELECT summary, changes FROM audit_record"))
    assert "13812345678" not in dump and "138****5678" in dump
    assert "110105194912310021" not in dump
    assert "abc12345" not in dump


def test_logins_and_failures_are_audited(demo):
    demo.auth.login("admin", "demo1234")
    try:
        demo.auth.login("admin", "wrong-pass1")
    except Exception:
        pass
    actions = [a for (a,) in _rows(demo, "SELECT action FROM audit_record ORDER BY id")]
    assert actions[-2:] == ["login.ok", "login.failed"]


def test_intact_chain(demo, admin):
    report = _verify(demo)
    assert report.ok and report.checked == len(_rows(demo, "SELECT id FROM audit_record"))


def test_edited_row_is_named(demo, db_path, capsys):
    _tamper(demo, "UPDATE audit_record SET summary='nothing happened' WHERE id=5")
    assert main(["--db", str(db_path), "verify-audit"]) == 1
    out = capsys.readouterr().out
    assert "record 5" in out and "changed" in out


def test_recomputed_hash_still_breaks_the_next_link(demo, db_path, capsys):
    from desk.services.audit import chain_hash, record_content

    row = _rows(demo, "SELECT id, at, actor_id, actor_name, action, entity, entity_id, summary, changes, prev_hash "
                      "FROM audit_record WHERE id=3")[0]
    content = record_content(row[0], __import__("datetime").datetime.fromisoformat(row[1]), *row[2:7], "forged", row[8])
    forged = chain_hash(row[9], content)
    _tamper(demo, f"UPDATE audit_record SET summary='forged', hash='{forged}' WHERE id=3")
    assert main(["--db", str(db_path), "verify-audit"]) == 1
    assert "record 4" in capsys.readouterr().out


def test_deleted_row_is_named(demo, db_path, capsys):
    _tamper(demo, "DELETE FROM audit_record WHERE id=7")
    assert main(["--db", str(db_path), "verify-audit"]) == 1
    assert "record 7 is missing" in capsys.readouterr().out


def test_deleted_newest_rows_are_detected(demo, db_path, capsys):
    last = _rows(demo, "SELECT max(id) FROM audit_record")[0][0]
    _tamper(demo, f"DELETE FROM audit_record WHERE id>={last - 1}")
    assert main(["--db", str(db_path), "verify-audit"]) == 1
    assert "newest records were removed" in capsys.readouterr().out


def test_verify_audit_ok(demo, db_path, capsys):
    demo.db.dispose()
    assert main(["--db", str(db_path), "verify-audit"]) == 0
    assert capsys.readouterr().out.startswith("OK")


def test_failed_change_leaves_no_audit_record(demo, admin):
    before = _rows(demo, "SELECT count(*) FROM audit_record")[0][0]
    try:
        demo.accounts.create_user(admin, "admin", "重复", ["mediator"], "abc12345")
    except Exception:
        pass
    assert _rows(demo, "SELECT count(*) FROM audit_record")[0][0] == before
