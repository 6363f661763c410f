"""Push against the real server: idempotency, field merge, conflicts, commands, tombstones."""

import threading
import uuid

import pytest
from central_server import make_op, transition


@pytest.fixture
def desks(shared_central, center):
    """Two mediator desks of one center: (push(ops) -> results, …) and the center code."""
    def desk(name):
        session = shared_central.device_session(shared_central.enroll(center, device_name=name)["token"])

        def push(*ops):
            r = session.post(shared_central.api + "/push", json={"ops": list(ops)})
            assert r.status_code == 200, r.text
            return r.json()["results"]
        push.session = session
        return push
    return desk("desk-a"), desk("desk-b")


def _records(server, center, entity=None):
    path = f"/admin/centers/{center}/records?include_deleted=1" + (f"&entity={entity}" if entity else "")
    return server.admin("GET", path).json()["records"]


def test_replay_is_a_duplicate_with_the_first_result_and_one_effect(shared_central, center, desks):
    a, _ = desks
    op = make_op("ticket", "t1", fields={"number": "A001"})
    (first,) = a(op)
    assert first["status"] == "applied" and first["version"] == 1 and first["applied_fields"] == ["number"]
    (again,) = a(op)
    assert again == {**first, "status": "duplicate"}
    (upper,) = a(op | {"op_id": op["op_id"].upper()})  # the same UUID spelled otherwise; echoed as sent
    assert upper == {**first, "status": "duplicate", "op_id": op["op_id"].upper()}
    a(op | {"op_id": str(uuid.uuid4()), "entity_id": "t2"}, op | {"op_id": str(uuid.uuid4()), "entity_id": "t2"})
    assert len(_records(shared_central, center)) == 2
    assert shared_central.admin("GET", f"/admin/centers/{center}/ops/count").json() == {"ops": 3}


def test_same_op_id_with_another_payload_is_rejected(shared_central, center, desks):
    a, _ = desks
    op = make_op("ticket", "t1", fields={"number": "A001"})
    a(op)
    (r,) = a(op | {"fields": {"number": "A002"}})
    assert r["status"] == "rejected" and r["code"] == "idempotency_mismatch"
    assert _records(shared_central, center)[0]["fields"] == {"number": "A001"}


def test_duplicate_op_ids_in_one_batch_apply_once(shared_central, center, desks):
    a, _ = desks
    op = make_op("ticket", "t1", fields={"number": "A001"})
    first, second = a(op, op)
    assert first["status"] == "applied" and second == {**first, "status": "duplicate"}


def test_concurrent_replays_of_one_op_apply_once(shared_central, center, desks):
    a, b = desks
    op = make_op("ticket", "t1", fields={"number": "A001"})
    results, barrier = [], threading.Barrier(6)

    def send(push):
        barrier.wait()
        results.extend(push(op))
    threads = [threading.Thread(target=send, args=(push,)) for push in (a, b) * 3]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(r["status"] for r in results) == ["applied"] + ["duplicate"] * 5
    assert {(r["version"], r["seq"]) for r in results} == {(1, results[0]["seq"])}
    assert shared_central.admin("GET", f"/admin/centers/{center}/ops/count").json() == {"ops": 1}


def test_concurrent_pushes_take_distinct_increasing_seqs(shared_central, center, desks):
    a, b = desks
    seqs = []

    def send(push, prefix):
        for i in range(5):
            seqs.extend(r["seq"] for r in push(*[make_op("ticket", f"{prefix}{i}-{j}") for j in range(20)]))
    threads = [threading.Thread(target=send, args=(p, n)) for p, n in ((a, "a"), (b, "b"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(seqs)) == 200
    pulled = a.session.get(shared_central.api + "/pull", params={"limit": 1000}).json()["records"]
    assert [r["seq"] for r in pulled] == sorted(seqs)


def test_different_fields_from_two_devices_merge(shared_central, center, desks):
    a, b = desks
    a(make_op("work_order", "w1", fields={"state": "assigned", "note": "", "place": ""}))
    (ra,) = a(make_op("work_order", "w1", fields={"note": "来电复核"}, base_version=1))
    (rb,) = b(make_op("work_order", "w1", fields={"place": "纬五路"}, base_version=1))
    assert (ra["status"], ra["version"]) == ("applied", 2)
    assert (rb["status"], rb["version"], rb["applied_fields"]) == ("applied", 3, ["place"])
    (record,) = _records(shared_central, center)
    assert record["fields"] == {"state": "assigned", "note": "来电复核", "place": "纬五路"}
    assert record["version"] == 3 and record["updated_by"] != "platform"


def test_same_field_from_two_devices_conflicts_and_keeps_theirs(shared_central, center, desks):
    a, b = desks
    a(make_op("work_order", "w1", fields={"note": "", "place": ""}))
    a(make_op("work_order", "w1", fields={"note": "A 的备注"}, base_version=1))
    (r,) = b(make_op("work_order", "w1", fields={"note": "B 的备注", "place": "纬五路"}, base_version=1))
    assert r["status"] == "conflict" and r["version"] == 3
    assert r["conflicts"] == {"note": {"theirs": "A 的备注"}} and r["applied_fields"] == ["place"]
    assert _records(shared_central, center)[0]["fields"] == {"note": "A 的备注", "place": "纬五路"}
    # "keep mine" is a new op on the platform's version
    (mine,) = b(make_op("work_order", "w1", fields={"note": "B 的备注"}, base_version=3))
    assert mine["status"] == "applied" and mine["version"] == 4
    # the same value written on both sides is no conflict; the device's own earlier write neither
    (same,) = a(make_op("work_order", "w1", fields={"note": "B 的备注"}, base_version=1))
    assert same["status"] == "applied" and same["version"] == 4
    (own,) = b(make_op("work_order", "w1", fields={"note": "B 改"}, base_version=3))
    assert own["status"] == "applied" and own["version"] == 5


def test_platform_writes_conflict_with_stale_desks(shared_central, center, desks):
    a, _ = desks
    a(make_op("work_order", "w1", fields={"note": "x"}))
    shared_central.admin("PATCH", f"/admin/centers/{center}/records/work_order/w1", {"fields": {"note": "平台"}})
    (r,) = a(make_op("work_order", "w1", fields={"note": "y"}, base_version=1))
    assert r["status"] == "conflict" and r["conflicts"] == {"note": {"theirs": "平台"}}


def test_transition_commands(shared_central, center, desks):
    a, b = desks
    a(make_op("mediation_case", "m1", fields={"status": "registered", "title": "邻里纠纷"}))
    (ok,) = a(make_op("mediation_case", "m1", "command", {"mediator": "王五"}, 1,
                      transition("status", "registered", "mediating")))
    assert ok["status"] == "applied" and ok["version"] == 2 and set(ok["applied_fields"]) == {"status", "mediator"}
    (illegal,) = b(make_op("mediation_case", "m1", "command", base_version=2,
                           command=transition("status", "mediating", "archived")))
    assert illegal["status"] == "rejected" and illegal["code"] == "illegal_transition"
    (stale,) = b(make_op("mediation_case", "m1", "command", base_version=1,
                         command=transition("status", "registered", "terminated")))
    assert stale["status"] == "conflict" and stale["conflicts"] == {"status": {"theirs": "mediating"}}
    (wrong_field,) = b(make_op("mediation_case", "m1", "command", command=transition("title", "a", "b")))
    assert wrong_field["code"] == "invalid"
    (by_write,) = b(make_op("mediation_case", "m1", fields={"status": "agreed"}, base_version=2))
    assert by_write["status"] == "rejected" and by_write["code"] == "illegal_transition"
    (record,) = _records(shared_central, center)
    assert record["fields"] == {"status": "mediating", "title": "邻里纠纷", "mediator": "王五"}
    assert record["version"] == 2


def test_delete_is_a_tombstone_seen_by_pull(shared_central, center, desks):
    a, b = desks
    a(make_op("ticket", "t1", fields={"number": "A001"}))
    (deleted,) = a(make_op("ticket", "t1", "delete", base_version=1))
    assert deleted["status"] == "applied" and deleted["version"] == 2
    (upsert,) = b(make_op("ticket", "t1", fields={"number": "A002"}, base_version=2))
    assert upsert["status"] == "rejected" and upsert["code"] == "deleted"
    (record,) = b.session.get(shared_central.api + "/pull").json()["records"]
    assert record["deleted"] is True and record["fields"] == {"number": "A001"} and record["version"] == 2


def test_bad_ops_are_rejected_one_by_one(shared_central, center, desks):
    a, _ = desks
    good = make_op("ticket", "t1")
    results = a({"op_id": "not-a-uuid", "entity": "ticket", "entity_id": "x", "kind": "upsert"},
                make_op("nonsense", "x"), make_op("ticket", "x", kind="rename"),
                make_op("ticket", "x", base_version=-1), make_op("ticket", "x") | {"fields": [1]},
                make_op("ticket", "x", "command"),
                make_op("ticket", "t2", "command", command=transition("s", "a", "b")),
                good)
    assert [r.get("code") for r in results] == ["invalid", "unknown_entity", "invalid", "invalid", "invalid",
                                                "invalid", "invalid", None]
    assert results[-1]["status"] == "applied"


def test_too_many_ops_is_413(shared_central, center, desks):
    a, _ = desks
    r = a.session.post(shared_central.api + "/push", json={"ops": [make_op("ticket", f"t{i}") for i in range(501)]})
    assert r.status_code == 413 and r.json()["code"] == "too_large"
    assert shared_central.admin("GET", f"/admin/centers/{center}/ops/count").json() == {"ops": 0}
