"""Protocol header, problem details, dictionaries, the command line and the committed OpenAPI document."""

import json
import subprocess
import sys

import pytest
import requests
from central_server import PROTOCOL_HEADERS, ROOT


@pytest.fixture
def device(shared_central, center):
    return shared_central.enroll(center, roles=("reception",))


def _problem(r, status, code):
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == "application/problem+json"
    body = r.json()
    assert {"type", "title", "status", "detail", "code"} <= set(body)
    assert (body["status"], body["code"], body["type"]) == (status, code, f"urn:desk:problem:{code}")
    assert "Traceback" not in r.text
    return body


@pytest.mark.parametrize("protocol", [None, "0"])
def test_device_routes_need_the_protocol_header(shared_central, device, protocol):
    headers = {"Authorization": f"Bearer {device['token']}"} | ({"Desk-Protocol": protocol} if protocol else {})
    api = shared_central.api
    for method, path, body in (("GET", "/me", None), ("GET", "/pull", None), ("POST", "/push", {"ops": []}),
                               ("GET", "/dictionaries/grid", None),
                               ("POST", "/enroll", {"code": "X", "device_name": "d"})):
        r = requests.request(method, api + path, json=body, headers=headers, timeout=10)
        assert _problem(r, 426, "client_too_old")["min_protocol"] == 1, path
    # no header needed: health and the admin routes
    assert requests.get(api + "/health").json() == {"status": "ok", "protocol": 1, "min_protocol": 1,
                                                    "version": "1.0.0"}
    assert shared_central.admin("GET", f"/admin/centers/{device['center']['code']}/devices").status_code == 200


def test_errors_are_problem_details(shared_central, device):
    session = shared_central.device_session(device["token"])
    api = shared_central.api
    _problem(session.get(api + "/no-such-route"), 404, "not_found")
    _problem(shared_central.admin("GET", "/admin/centers/NOPE/devices"), 404, "not_found")
    _problem(shared_central.admin("DELETE", f"/admin/centers/{device['center']['code']}/records/ticket/x"),
             404, "not_found")
    body = _problem(session.get(api + "/pull", params={"limit": 5000}), 422, "invalid")
    assert body["errors"][0]["loc"] == ["query", "limit"]
    _problem(session.post(api + "/push", data=b"{not json", headers={"content-type": "application/json"}),
             422, "invalid")
    _problem(session.post(api + "/push", json={"nope": []}), 422, "invalid")
    _problem(shared_central.admin("POST", "/admin/centers", {"code": device["center"]["code"], "name": "again"}),
             409, "conflict")
    _problem(session.delete(api + "/me"), 405, "method_not_allowed")


def test_dictionaries_have_etags_and_answer_304(shared_central, device):
    code, api = device["center"]["code"], shared_central.api
    session = shared_central.device_session(device["token"])
    empty = session.get(api + "/dictionaries/grid")
    assert empty.json() == {"name": "grid", "items": []}
    items = [{"code": "G01", "name": "一网格", "parent_code": ""},
             {"code": "G02", "name": "二网格", "parent_code": "G01"}]
    r = shared_central.admin("PUT", f"/admin/centers/{code}/dictionaries/grid", {"items": items})
    assert r.status_code == 200 and r.json()["count"] == 2
    full = session.get(api + "/dictionaries/grid")
    etag = full.headers["etag"]
    assert full.json() == {"name": "grid", "items": items} and etag.startswith('"') and etag != empty.headers["etag"]
    assert etag == r.json()["etag"]
    again = session.get(api + "/dictionaries/grid", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == etag
    assert session.get(api + "/dictionaries/grid", headers={"If-None-Match": '"other"'}).status_code == 200
    r = shared_central.admin("PUT", f"/admin/centers/{code}/dictionaries/grid", {"items": [{"code": "G03"}]})
    _problem(r, 422, "invalid")
    _problem(session.get(api + "/dictionaries/weather"), 422, "invalid")


def _cli(server, *args) -> str:
    out = subprocess.run([sys.executable, "-m", "central", "--db", server.db_url, "admin", *args],
                         cwd=ROOT, capture_output=True, text=True, check=True)
    return out.stdout.strip()


def test_command_line_creates_what_the_desk_adapters_read(shared_central, center):
    order_id = _cli(shared_central, "work-order", center, "--number", "12345-0001", "--source", "hotline_12345",
                    "--description", "小区路灯不亮", "--type", "投诉", "--place", "纬五路", "--limit-days", "3",
                    "--reporter", "赵六", "--reporter-phone", "13800000000")
    referral_id = _cli(shared_central, "referral", center, "--incident-no", "J110-7", "--station", "城关派出所",
                       "--summary", "邻里噪音纠纷", "--officer", "民警甲", "--party", "张三", "--party", "李四")
    code = _cli(shared_central, "enrollment-code", center, "--roles", "mediator")
    r = requests.post(shared_central.api + "/enroll", headers=PROTOCOL_HEADERS,
                      json={"code": code, "device_name": "cli"})
    session = shared_central.device_session(r.json()["token"])
    records = {rec["id"]: rec for rec in session.get(shared_central.api + "/pull").json()["records"]}
    order, referral = records[order_id]["fields"], records[referral_id]["fields"]
    assert records[order_id]["updated_by"] == "platform"
    assert set(order) == {"number", "source", "order_type", "description", "place", "grid_code", "reporter",
                          "reporter_phone", "assigned_at", "limit_days", "state"}
    assert (order["number"], order["order_type"], order["limit_days"], order["state"]) == ("12345-0001", "投诉", 3,
                                                                                           "assigned")
    assert len(order["assigned_at"]) == 19 and order["assigned_at"][10] == "T"
    assert set(referral) == {"direction", "state", "incident_no", "station", "officer", "officer_phone",
                             "referred_on", "category_code", "summary", "police_opinion", "place", "parties"}
    assert (referral["direction"], referral["state"], len(referral["referred_on"])) == ("inbound", "received", 10)
    assert [(p["role"], p["name"]) for p in referral["parties"]] == [("applicant", "张三"), ("respondent", "李四")]
    assert set(referral["parties"][0]) == {"role", "kind", "name", "sex", "id_number", "phone", "address"}


def test_committed_openapi_document_is_current(tmp_path):
    fresh = tmp_path / "openapi.json"
    subprocess.run([sys.executable, "-m", "central", "admin", "export-openapi", str(fresh)], cwd=ROOT, check=True)
    committed = ROOT / "docs" / "openapi.json"
    assert committed.read_text(encoding="utf-8") == fresh.read_text(encoding="utf-8"), (
        "docs/openapi.json is stale: python -m central admin export-openapi docs/openapi.json")
    doc = json.loads(committed.read_text(encoding="utf-8"))
    assert doc["components"]["securitySchemes"]["bearerAuth"] == {
        "type": "http", "scheme": "bearer", "description": doc["components"]["securitySchemes"]["bearerAuth"][
            "description"]}
    for path, item in doc["paths"].items():
        for method, op in item.items():
            assert op.get("summary"), (method, path)
            errors = [s for s in op["responses"] if s[0] in "45"]
            for status in errors:
                assert list(op["responses"][status]["content"]) == ["application/problem+json"], (method, path)
            device_route = not path.startswith(("/api/v1/admin", "/api/v1/health"))
            headers = {p["name"] for p in op.get("parameters", []) if p["in"] == "header"}
            assert ("Desk-Protocol" in headers) == device_route, (method, path)
