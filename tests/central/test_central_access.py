"""Enrollment, tokens and roles against the real server."""

import subprocess
import sys
from datetime import datetime, timedelta, timezone

import pytest
import requests
from central_server import PROTOCOL_HEADERS, ROOT, make_op
from sqlalchemy import create_engine, text

ID = "110101199003071234"


def _enroll_with(server, code: str) -> requests.Response:
    return requests.post(server.api + "/enroll", headers=PROTOCOL_HEADERS, timeout=10,
                         json={"code": code, "device_name": "desk-x", "client_version": "1"})


def _assert_problem(r: requests.Response, status: int, code: str) -> dict:
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == "application/problem+json"
    body = r.json()
    assert body["code"] == code and body["status"] == status and body["type"] == f"urn:desk:problem:{code}"
    assert body["title"] and body["detail"]
    return body


def test_enroll_gives_a_token_for_the_center_and_roles(shared_central, center):
    device = shared_central.enroll(center, roles=("mediator", "head"), device_name="窗口一")
    assert device["center"] == {"code": center, "name": "测试综治中心"}
    assert device["roles"] == ["head", "mediator"]
    me = shared_central.device_session(device["token"]).get(shared_central.api + "/me").json()
    assert me == {"device_id": device["device_id"], "device_name": "窗口一", "center": device["center"],
                  "roles": ["head", "mediator"]}


def test_enrollment_code_is_one_use_and_forgiving_about_case_and_dashes(shared_central, center):
    code = shared_central.enrollment_code(center)
    assert len(code) == 14 and code.count("-") == 2 and code == code.upper()
    assert _enroll_with(shared_central, code.lower().replace("-", " ")).status_code == 201
    _assert_problem(_enroll_with(shared_central, code), 401, "unauthorized")


def test_unknown_and_expired_codes_are_refused(shared_central, center):
    _assert_problem(_enroll_with(shared_central, "AAAA-BBBB-CCCC"), 401, "unauthorized")
    code = shared_central.enrollment_code(center)
    engine = create_engine(shared_central.db_url)
    with engine.begin() as conn:  # age the code: 7 days is too long to wait
        conn.execute(text("UPDATE enrollment_code SET expires_at = :t "
                          "WHERE center_id = (SELECT id FROM center WHERE code = :c)"),
                     {"t": datetime.now(timezone.utc).replace(tzinfo=None) - timedelta(minutes=1), "c": center})
    engine.dispose()
    _assert_problem(_enroll_with(shared_central, code), 401, "unauthorized")


def test_missing_unknown_and_revoked_tokens_get_401(shared_central, center):
    api = shared_central.api
    _assert_problem(requests.get(api + "/me", headers=PROTOCOL_HEADERS), 401, "unauthorized")
    r = requests.get(api + "/me", headers={**PROTOCOL_HEADERS, "Authorization": "Bearer nope"})
    _assert_problem(r, 401, "unauthorized")
    assert r.headers["www-authenticate"] == "Bearer"
    device = shared_central.enroll(center)
    session = shared_central.device_session(device["token"])
    assert session.get(api + "/me").status_code == 200
    r = shared_central.admin("POST", f"/admin/centers/{center}/devices/{device['device_id']}/revoke")
    assert r.status_code == 200 and r.json()["revoked_at"]
    _assert_problem(session.get(api + "/me"), 401, "unauthorized")
    devices = shared_central.admin("GET", f"/admin/centers/{center}/devices").json()["devices"]
    assert [d["revoked_at"] is not None for d in devices] == [True]


def test_admin_routes_need_an_admin_token_and_init_token_makes_one(shared_central, center):
    api = shared_central.api
    _assert_problem(requests.get(api + f"/admin/centers/{center}/devices"), 401, "unauthorized")
    device = shared_central.enroll(center)
    r = requests.get(api + f"/admin/centers/{center}/devices", headers={"Authorization": f"Bearer {device['token']}"})
    _assert_problem(r, 401, "unauthorized")
    out = subprocess.run([sys.executable, "-m", "central", "--db", shared_central.db_url, "admin", "init-token"],
                         cwd=ROOT, capture_output=True, text=True, check=True)
    token = out.stdout.strip()
    r = requests.get(api + f"/admin/centers/{center}/devices", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 200
    engine = create_engine(shared_central.db_url)
    with engine.connect() as conn:  # only the hash is stored
        assert token not in {row[0] for row in conn.execute(text("SELECT token_hash FROM admin_token"))}
    engine.dispose()


def test_reception_may_not_read_or_write_mediation_cases(shared_central, center):
    reception = shared_central.device_session(shared_central.enroll(center, roles=("reception",))["token"])
    api = shared_central.api
    _assert_problem(reception.get(api + "/pull", params={"entities": "mediation_case"}), 403, "forbidden")
    r = reception.post(api + "/push", json={"ops": [
        make_op("mediation_case", "m1", fields={"status": "registered"}),
        make_op("ticket", "t1", fields={"number": "A001"})]})
    assert r.status_code == 200
    first, second = r.json()["results"]
    assert first["status"] == "rejected" and first["code"] == "forbidden" and "version" not in first
    assert second["status"] == "applied"  # a rejected op never blocks the next
    entities = {rec["entity"] for rec in reception.get(api + "/pull").json()["records"]}
    assert entities == {"ticket"}


@pytest.fixture
def referral(shared_central, center):
    fields = {"state": "received", "incident_no": "J2024-001", "parties": [
        {"role": "applicant", "name": "张三", "id_number": ID},
        {"role": "respondent", "name": "李四", "id_number": "11010119851224567X"}]}
    r = shared_central.admin("POST", f"/admin/centers/{center}/records",
                             {"entity": "police_referral", "fields": fields})
    assert r.status_code == 201, r.text
    return r.json()


def _parties(session, api) -> list[dict]:
    (record,) = session.get(api + "/pull", params={"entities": "police_referral"}).json()["records"]
    return record["fields"]["parties"]


def test_identity_numbers_are_masked_for_reception_only(shared_central, center, referral):
    api = shared_central.api
    reception = shared_central.device_session(shared_central.enroll(center, roles=("reception",))["token"])
    mediator = shared_central.device_session(shared_central.enroll(center, roles=("mediator",))["token"])
    assert [p["id_number"] for p in _parties(reception, api)] == ["110101********1234", "110101********567X"]
    assert [p["id_number"] for p in _parties(mediator, api)] == [ID, "11010119851224567X"]


def test_reception_writing_back_what_it_saw_keeps_the_real_number(shared_central, center, referral):
    api = shared_central.api
    reception = shared_central.device_session(shared_central.enroll(center, roles=("reception",))["token"])
    parties = _parties(reception, api)
    parties[0]["phone"] = "13800000000"
    r = reception.post(api + "/push", json={"ops": [make_op("police_referral", referral["id"], fields={
        "parties": parties}, base_version=referral["version"])]})
    assert r.json()["results"][0]["status"] == "applied", r.text
    stored = shared_central.admin("GET", f"/admin/centers/{center}/records?entity=police_referral").json()
    (party, _) = stored["records"][0]["fields"]["parties"]
    assert party == {"role": "applicant", "name": "张三", "id_number": ID, "phone": "13800000000"}
