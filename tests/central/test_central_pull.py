"""Pull against the real server: paging, cursors (410), entity filters, long polls."""

import threading
import time

import pytest
from central_server import fresh_database, make_op, start_central


@pytest.fixture
def mediator(shared_central, center):
    return shared_central.device_session(shared_central.enroll(center)["token"])


def _pull(server, session, **params):
    r = session.get(server.api + "/pull", params=params, timeout=60)
    assert r.status_code == 200, r.text
    return r.json()


def _bulk(server, center, entity, items):
    r = server.admin("POST", f"/admin/centers/{center}/records:bulk", {"entity": entity, "items": items})
    assert r.status_code == 201, r.text
    return r.json()


def test_paging_through_one_transaction_loses_and_repeats_nothing(shared_central, center, mediator):
    created = _bulk(shared_central, center, "work_order", [{"number": f"W{i:04}"} for i in range(1000)])
    assert created["last_seq"] - created["first_seq"] == 999
    seen, cursor, pages = [], None, 0
    while True:
        page = _pull(shared_central, mediator, limit=100, **({"cursor": cursor} if cursor else {}))
        pages += 1
        seen += page["records"]
        cursor = page["cursor"]
        if not page["has_more"]:
            break
    assert pages in (10, 11) and len(seen) == 1000
    assert [r["id"] for r in seen] == created["ids"]
    assert [r["fields"]["number"] for r in seen] == [f"W{i:04}" for i in range(1000)]
    assert _pull(shared_central, mediator, cursor=cursor) == {"records": [], "cursor": cursor, "has_more": False}


def test_a_changed_record_comes_once_in_its_latest_state(shared_central, center, mediator):
    ids = _bulk(shared_central, center, "ticket", [{"n": 1}, {"n": 2}, {"n": 3}])["ids"]
    first = _pull(shared_central, mediator, limit=2)
    shared_central.admin("PATCH", f"/admin/centers/{center}/records/ticket/{ids[0]}", {"fields": {"n": 10}})
    rest = _pull(shared_central, mediator, cursor=first["cursor"])
    assert [(r["id"], r["version"], r["fields"]["n"]) for r in rest["records"]] == [(ids[2], 1, 3), (ids[0], 2, 10)]
    assert rest["records"][1]["updated_by"] == "platform"


def test_entities_filter_and_default(shared_central, center, mediator):
    _bulk(shared_central, center, "ticket", [{"n": 1}])
    _bulk(shared_central, center, "work_order", [{"n": 2}])
    assert [r["entity"] for r in _pull(shared_central, mediator, entities="work_order")["records"]] == ["work_order"]
    assert len(_pull(shared_central, mediator)["records"]) == 2
    r = mediator.get(shared_central.api + "/pull", params={"entities": "spaceship"})
    assert r.status_code == 422 and r.json()["code"] == "invalid"


def test_cursor_older_than_a_purge_gets_410(shared_central, center, mediator):
    ids = _bulk(shared_central, center, "ticket", [{"n": 1}, {"n": 2}])["ids"]
    old = _pull(shared_central, mediator)["cursor"]
    shared_central.admin("DELETE", f"/admin/centers/{center}/records/ticket/{ids[0]}")
    r = shared_central.admin("POST", f"/admin/centers/{center}/purge", {})
    assert r.json()["purged"] == 1
    r = mediator.get(shared_central.api + "/pull", params={"cursor": old})
    assert r.status_code == 410 and r.json()["code"] == "cursor_expired"
    fresh = _pull(shared_central, mediator)  # the resync from the beginning
    assert [rec["id"] for rec in fresh["records"]] == [ids[1]]
    assert _pull(shared_central, mediator, cursor=fresh["cursor"])["records"] == []


def test_unknown_cursors_get_410(shared_central, center, mediator):
    cursor = _pull(shared_central, mediator)["cursor"]
    for bad in ("garbage", "0000.1", cursor.split(".")[0] + ".999999", ".5"):
        r = mediator.get(shared_central.api + "/pull", params={"cursor": bad})
        assert r.status_code == 410 and r.json()["code"] == "cursor_expired", bad


def test_cursor_from_a_replaced_database_gets_410(central, tmp_path, request):
    central.create_center("C001")
    old = central.device_session(central.enroll("C001")["token"])
    cursor = _pull(central, old)["cursor"]
    with fresh_database(request.node.callspec.params["central"], tmp_path) as db_url:
        replaced = start_central(db_url, tmp_path)
        try:
            replaced.create_center("C001")
            session = replaced.device_session(replaced.enroll("C001")["token"])
            r = session.get(replaced.api + "/pull", params={"cursor": cursor})
            assert r.status_code == 410 and r.json()["code"] == "cursor_expired"
        finally:
            replaced.stop()


def test_long_poll_answers_as_soon_as_another_client_writes(shared_central, center, mediator):
    cursor = _pull(shared_central, mediator)["cursor"]
    answered = {}

    def poll():
        answered["page"] = _pull(shared_central, mediator, cursor=cursor, wait=10)
        answered["at"] = time.monotonic()
    t = threading.Thread(target=poll)
    t.start()
    time.sleep(0.4)
    other = shared_central.device_session(shared_central.enroll(center, device_name="desk-2")["token"])
    written = time.monotonic()
    other.post(shared_central.api + "/push", json={"ops": [make_op("ticket", "t1", fields={"number": "A001"})]})
    t.join(15)
    assert [r["id"] for r in answered["page"]["records"]] == ["t1"]
    assert answered["at"] - written < 0.5


def test_long_poll_times_out_with_an_empty_page(shared_central, center, mediator):
    cursor = _pull(shared_central, mediator)["cursor"]
    started = time.monotonic()
    _bulk(shared_central, center, "ticket", [{"n": 1}])  # not in the filter: keeps waiting
    page = _pull(shared_central, mediator, cursor=cursor, wait=0.5, entities="work_order")
    assert 0.45 < time.monotonic() - started < 2
    assert page["records"] == [] and page["has_more"] is False and page["cursor"] != cursor
