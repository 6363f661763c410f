"""Queue against the real server: numbers per (center, service, day), allocated without overlaps even
under concurrency across server processes, and the ticket state machine shared by the windows."""

import threading

import pytest
from central_server import make_op, start_central, transition

DAY = "2026-11-25"


@pytest.fixture
def numbers(shared_central, center):
    """A reception desk of the test's center: numbers(service, day, count) -> the 201 body."""
    session = shared_central.device_session(shared_central.enroll(center, roles=("reception",))["token"])

    def take(service="A", day=DAY, count=None):
        body = {"service": service, "day": day} | ({} if count is None else {"count": count})
        r = session.post(shared_central.api + "/queue/numbers", json=body)
        assert r.status_code == 201, r.text
        return r.json()
    take.session = session
    return take


def _span(body):
    return body["first"], body["last"]


def test_single_numbers_are_sequential(numbers):
    assert numbers() == {"service": "A", "day": DAY, "first": 1, "last": 1}
    assert [_span(numbers(count=1)) for _ in range(4)] == [(2, 2), (3, 3), (4, 4), (5, 5)]


def test_a_block_is_consecutive_and_the_next_number_follows_it(numbers):
    assert _span(numbers()) == (1, 1)
    assert numbers(count=50) == {"service": "A", "day": DAY, "first": 2, "last": 51}
    assert _span(numbers()) == (52, 52)
    assert _span(numbers(count=500)) == (53, 552)


def test_each_service_and_day_counts_on_its_own(numbers):
    assert _span(numbers("A", count=3)) == (1, 3)
    assert _span(numbers("B")) == (1, 1)
    assert _span(numbers("a")) == (1, 1)  # service codes are case-sensitive
    assert _span(numbers("A", "2026-11-26")) == (1, 1)
    assert _span(numbers("Q2024x7")) == (1, 1)
    assert _span(numbers("A")) == (4, 4)
    assert _span(numbers("B")) == (2, 2)


def test_each_center_counts_on_its_own(shared_central, center, numbers):
    other = center + "X"
    shared_central.create_center(other)
    elsewhere = shared_central.device_session(shared_central.enroll(other, roles=("head",))["token"])
    assert _span(numbers(count=10)) == (1, 10)
    r = elsewhere.post(shared_central.api + "/queue/numbers", json={"service": "A", "day": DAY})
    assert (r.status_code, _span(r.json())) == (201, (1, 1))
    assert _span(numbers()) == (11, 11)


def test_concurrent_requests_from_two_processes_never_overlap(shared_central, center, tmp_path):
    """2 devices (each on its own server process, one database) × 4 threads × 25 requests."""
    second = start_central(shared_central.db_url, tmp_path)
    try:
        servers = (shared_central, second)
        tokens = [shared_central.enroll(center, device_name=f"window-{i}")["token"] for i in range(2)]
        got, failures, barrier = [], [], threading.Barrier(8)

        def work(server, token):
            session = server.device_session(token)
            barrier.wait()
            for _ in range(25):
                r = session.post(server.api + "/queue/numbers", json={"service": "A", "day": DAY})
                if r.status_code != 201:
                    failures.append(r.text)
                    return
                body = r.json()
                got.append(body["first"])
                if body["last"] != body["first"]:
                    failures.append(r.text)
            session.close()
        threads = [threading.Thread(target=work, args=(servers[i % 2], tokens[i % 2])) for i in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        second.stop()
    assert failures == []
    assert sorted(got) == list(range(1, 201))


@pytest.mark.parametrize("body", [
    {},
    {"day": DAY},
    {"service": "A"},
    {"service": "", "day": DAY},
    {"service": "ABCDEFGHI", "day": DAY},
    {"service": "A-1", "day": DAY},
    {"service": "号", "day": DAY},
    {"service": 1, "day": DAY},
    {"service": "A", "day": "2026-02-30"},
    {"service": "A", "day": "25.11.2026"},
    {"service": "A", "day": "2026-11-25T08:00:00"},
    {"service": "A", "day": 1764028800},
    {"service": "A", "day": DAY, "count": 0},
    {"service": "A", "day": DAY, "count": 501},
    {"service": "A", "day": DAY, "count": 1.5},
    {"service": "A", "day": DAY, "count": "2"},
    {"service": "A", "day": DAY, "count": True},
    {"service": "A", "day": DAY, "count": None},
    [],
    "A",
])
def test_invalid_bodies_are_422_problems(shared_central, numbers, body):
    r = numbers.session.post(shared_central.api + "/queue/numbers", json=body)
    assert r.status_code == 422, r.text
    assert r.headers["content-type"] == "application/problem+json"
    assert r.json()["code"] == "invalid" and r.json()["errors"]


def test_numbers_need_a_token_and_the_protocol(shared_central, numbers):
    url, body = shared_central.api + "/queue/numbers", {"service": "A", "day": DAY}
    r = shared_central.session.post(url, json=body, headers={"Desk-Protocol": "1"})
    assert (r.status_code, r.json()["code"]) == (401, "unauthorized")
    r = shared_central.session.post(url, json=body, headers={"Authorization": numbers.session.headers["Authorization"]})
    assert (r.status_code, r.json()["code"]) == (426, "client_too_old")
    r = numbers.session.post(url, data=b"{not json", headers={"content-type": "application/json"})
    assert (r.status_code, r.json()["code"]) == (422, "invalid")
    assert _span(numbers()) == (1, 1)  # none of those used a number


@pytest.fixture
def windows(shared_central, center):
    """Two reception desks (windows) of one center: push(*ops) -> results."""
    def desk(name):
        session = shared_central.device_session(
            shared_central.enroll(center, roles=("reception",), device_name=name)["token"])

        def push(*ops):
            r = session.post(shared_central.api + "/push", json={"ops": list(ops)})
            assert r.status_code == 200, r.text
            return r.json()["results"]
        return push
    return desk("window-1"), desk("window-2")


def _ticket(server, center, tid):
    (rec,) = [r for r in server.admin("GET", f"/admin/centers/{center}/records?entity=ticket").json()["records"]
              if r["id"] == tid]
    return rec


def _call(base_version, window):
    return make_op("ticket", "t1", "command", base_version=base_version, fields={"window": window},
                   command=transition("state", "waiting", "called"))


def test_two_windows_can_never_call_the_same_ticket(shared_central, center, windows):
    a, b = windows
    (created,) = a(make_op("ticket", "t1", fields={"number": "A001", "service": "A", "day": DAY, "state": "waiting"}))
    assert created["status"] == "applied" and created["version"] == 1
    (first,) = a(_call(1, 1))
    assert first["status"] == "applied" and first["version"] == 2
    assert sorted(first["applied_fields"]) == ["state", "window"]
    (second,) = b(_call(1, 2))
    assert second["status"] == "conflict" and second["conflicts"] == {"state": {"theirs": "called"}}
    assert second["version"] == 2  # nothing written
    rec = _ticket(shared_central, center, "t1")
    assert rec["fields"]["state"] == "called" and rec["fields"]["window"] == 1 and rec["version"] == 2


def test_two_windows_calling_at_once_one_wins(shared_central, center, windows):
    a, b = windows
    a(make_op("ticket", "t1", fields={"number": "A001", "state": "waiting"}))
    results, barrier = {}, threading.Barrier(2)

    def call(push, window):
        barrier.wait()
        (results[window],) = push(_call(1, window))
    threads = [threading.Thread(target=call, args=(push, w)) for w, push in enumerate((a, b), 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(r["status"] for r in results.values()) == ["applied", "conflict"]
    (winner,) = [w for w, r in results.items() if r["status"] == "applied"]
    loser = results[3 - winner]
    assert loser["conflicts"] == {"state": {"theirs": "called"}}
    assert _ticket(shared_central, center, "t1")["fields"]["window"] == winner


def test_ticket_states_follow_the_table(shared_central, center, windows):
    a, _ = windows
    a(make_op("ticket", "t1", fields={"number": "A001", "state": "waiting"}))
    steps = [("waiting", "called"), ("called", "no_show"), ("no_show", "waiting"), ("waiting", "called"),
             ("called", "serving"), ("serving", "waiting"), ("waiting", "called"), ("called", "serving"),
             ("serving", "done")]
    for version, (old, new) in enumerate(steps, 1):
        (r,) = a(make_op("ticket", "t1", "command", base_version=version, command=transition("state", old, new)))
        assert r["status"] == "applied", (old, new, r)
    for old, new in (("done", "waiting"), ("cancelled", "waiting"), ("waiting", "serving"), ("waiting", "done")):
        (r,) = a(make_op("ticket", "t1", "command", base_version=len(steps) + 1,
                         command=transition("state", old, new)))
        assert r["status"] == "rejected" and r["code"] == "illegal_transition", (old, new, r)
    # nor may a plain field write move it
    (r,) = a(make_op("ticket", "t1", fields={"state": "waiting"}, base_version=len(steps) + 1))
    assert r["status"] == "rejected" and r["code"] == "illegal_transition"
    rec = _ticket(shared_central, center, "t1")
    assert rec["fields"]["state"] == "done" and rec["version"] == len(steps) + 1


def test_ratings_have_no_state_machine(shared_central, center, windows):
    a, _ = windows
    a(make_op("rating", "r1", fields={"ticket_id": "t1", "level": 5, "state": "new"}))
    (r,) = a(make_op("rating", "r1", fields={"state": "final"}, base_version=1))
    assert r["status"] == "applied"
    (r,) = a(make_op("rating", "r1", "command", command=transition("state", "final", "x")))
    assert r["status"] == "rejected" and r["code"] == "invalid"
