"""The platform's permission matrix (issue 11): every role against every entity, reading (pull) and
writing (push), checked against the table of docs/SYNC.md — written out here, not read from the code."""

import uuid

import pytest
from central_server import make_op

ROLES = ("reception", "mediator", "lawyer", "notary", "head", "admin")
CASE = {"mediator", "head", "admin"}
EVERYONE = set(ROLES)
HANDOVER_WRITERS = {"mediator", "head", "admin", "reception"}
# entity: (roles that may read, roles that may write)
MATRIX = {
    "mediation_case": (CASE, CASE),
    "mediation_record": (CASE, CASE),
    "mediation_outcome": (CASE, CASE),
    "police_referral": (EVERYONE, HANDOVER_WRITERS),
    "work_order": (EVERYONE, HANDOVER_WRITERS),
    "ticket": (EVERYONE, EVERYONE),
    "rating": (EVERYONE, EVERYONE),
}


@pytest.mark.parametrize("role", ROLES)
def test_every_role_against_every_entity(shared_central, center, role):
    api = shared_central.device_session(shared_central.enroll(center, roles=(role,))["token"])
    for entity, (readers, writers) in MATRIX.items():
        pulled = api.get(shared_central.api + "/pull", params={"entities": entity}, timeout=30)
        assert pulled.status_code == (200 if role in readers else 403), (role, entity, pulled.text)
        [result] = api.post(shared_central.api + "/push", timeout=30, json={"ops": [
            make_op(entity, str(uuid.uuid4()), fields={"note": "矩阵测试"})]}).json()["results"]
        if role in writers:
            assert result["status"] == "applied", (role, entity, result)
        else:
            assert (result["status"], result["code"]) == ("rejected", "forbidden"), (role, entity, result)
