"""Property-based requests from the committed OpenAPI document against the live server (SQLite):
no 5xx, and status codes, content types and bodies as documented. Bounded to stay well under a minute."""

import pytest
import schemathesis
from central_server import PROTOCOL_HEADERS, ROOT, start_central
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

CENTER = "C001"
ROLES = ("reception", "mediator", "lawyer", "notary", "head", "admin")
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]

schema = schemathesis.openapi.from_path(ROOT / "docs" / "openapi.json")


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    server = start_central(tmp_path=tmp_path_factory.mktemp("schemathesis"))
    server.create_center(CENTER)
    device = server.enroll(CENTER, roles=ROLES)
    yield server, device
    server.stop()


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_and_never_fails(case, live):
    server, device = live
    if case.path_parameters and "code" in case.path_parameters:
        case.path_parameters["code"] = CENTER  # a real center, so routes get past the 404
    admin_route = case.path.startswith("/api/v1/admin")
    headers = {"Authorization": f"Bearer {server.admin_token if admin_route else device['token']}"}
    if not admin_route and "Desk-Protocol" not in (case.headers or {}):
        headers.update(PROTOCOL_HEADERS)  # a generated value (0, -3, …) is kept: it must get 426
    case.call_and_validate(base_url=server.url, headers=headers, checks=CHECKS, timeout=30)
