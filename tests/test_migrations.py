"""Migrations: a populated database at the first revision upgrades to head with its data, and
the migrations produce exactly the schema the models describe."""

import sqlite3

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from desk.db import current_revision, head_revision, make_engine, open_database, upgrade
from desk.models import Base
from desk.services.container import Services


def test_first_revision_to_head_keeps_data(tmp_path):
    path = tmp_path / "v1.db"
    engine = make_engine(path)
    upgrade(engine, "0001")
    engine.dispose()
    conn = sqlite3.connect(path)
    conn.executescript("""
        INSERT INTO center_profile (id, name, committee_name, address, phone, area_code, created_at, updated_at)
        VALUES (1, '老中心', '老调委会', '老地址', '', '410105001000', '2025-01-01 00:00:00', '2025-01-01 00:00:00');
        INSERT INTO grid_node (id, code, name, level, parent_id, sort_order, active, source)
        VALUES (1, '410105001000', '经八路街道', 1, NULL, 0, 1, 'local');
        INSERT INTO user_account (id, username, full_name, phone, password_hash, active, must_change_password,
            failed_attempts, created_at) VALUES (1, 'old', '老管理员', '', 'x', 1, 0, 0, '2025-01-01 00:00:00');
        INSERT INTO user_role (user_id, role) VALUES (1, 'admin');
        INSERT INTO dictionary_entry (kind, code, label, sort_order, active, source)
        VALUES ('dispute_category', '01', '婚姻家庭', 0, 1, 'local');
    """)
    conn.commit()
    conn.close()
    db = open_database(path)
    assert current_revision(db.engine) == head_revision() != "0001"
    services = Services(db)
    assert services.center.profile().name == "老中心"
    assert services.center.is_set_up()
    assert [g.name for g in services.grid.tree()] == ["经八路街道"]
    with db.engine.connect() as c:
        assert c.exec_driver_sql("SELECT count(*) FROM issued_document").scalar() == 0
    db.dispose()


def test_migrations_match_the_models(services):
    from desk.db import not_virtual

    with services.db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"include_name": not_virtual}), Base.metadata)
    assert diff == []


def test_schema_head_constant_is_alembics_head():
    from desk.db import SCHEMA_HEAD, head_revision

    assert SCHEMA_HEAD == head_revision()


def test_an_existing_center_gets_the_notary_catalogue_and_consultation_categories(tmp_path):
    path = tmp_path / "v8.db"
    engine = make_engine(path)
    upgrade(engine, "0008")
    engine.dispose()
    conn = sqlite3.connect(path)
    conn.executescript("""
        INSERT INTO center_profile (id, name, committee_name, address, phone, area_code, created_at, updated_at)
        VALUES (1, '老中心', '老调委会', '老地址', '', '410105001000', '2025-01-01 00:00:00', '2025-01-01 00:00:00');
        INSERT INTO queue_service (id, prefix, name, daily_cap, opens_at, closes_at, default_minutes, active, sort_order)
        VALUES (1, 'A', '人民调解', 80, '08:30', '17:30', 10, 1, 0), (2, 'B', '法律咨询', 80, '08:30', '17:30', 10, 1, 1),
               (3, 'C', '公证代办', 80, '08:30', '17:30', 10, 1, 2);
    """)
    conn.commit()
    conn.close()
    db = open_database(path)
    services = Services(db)
    matters = services.notary_catalogue.matters()
    assert len(matters) == 9 and all(any(m.required for m in x.materials) for x in matters)
    assert [label for _, label in services.consultations.categories()][:3] == ["婚姻家庭", "继承赡养", "劳动争议"]
    with db.engine.connect() as c:
        assert dict(c.exec_driver_sql("SELECT prefix, handled_as FROM queue_service").all()) == {
            "A": "", "B": "consultation", "C": "notary"}
    db.dispose()


def test_a_new_database_gets_the_catalogue_from_setup_not_twice(demo):
    assert len(demo.notary_catalogue.matters()) == 9
