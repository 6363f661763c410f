"""Nothing lost, nothing twice: the platform's answer lost after it committed, and the desk process
killed (SIGKILL) at random moments during push, 50 times."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import keyring
from fault_proxy import FaultProxy
from sqlalchemy import func, select

from desk.models.mediation import MediationCase
from desk.models.sync import SyncOutbox
from desk.services.mediation_cases import IntakeInput, PartyInput
from desk.services.permissions import SYSTEM
from desk.sync.credentials import SERVICE

ROOT = Path(__file__).resolve().parents[2]


def intake(i: int) -> IntakeInput:
    return IntakeInput(source="application", category_code="02", summary=f"第{i}件：邻里之间因漏水问题发生纠纷。",
                       place="纬五路12号院", received_on=date(2026, 11, 20),
                       parties=[PartyInput(role="applicant", name="张三明", phone="13812345678"),
                                PartyInput(role="respondent", name="王芳", phone="13987654321")])


def platform_cases(central) -> dict[str, dict]:
    resp = central.admin("GET", "/admin/centers/C001/records?entity=mediation_case")
    recs = resp.json()["records"]
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids))
    return {r["id"]: r for r in recs}


def local_cases(desk) -> dict[str, str]:
    with desk.svc.db.reader() as s:
        return dict(s.execute(select(MediationCase.id, MediationCase.summary)).all())


def test_a_lost_answer_is_replayed_without_duplicates(central, make_desk):
    proxy = FaultProxy(central.url)
    try:
        desk = make_desk(central, enroll=False)
        desk.engine.enroll(SYSTEM, proxy.url, central.enrollment_code("C001", ("mediator",)), "desk-1")
        mediator = desk.svc.auth.login("sunli", "demo1234")
        for i in range(10):
            desk.svc.cases.register(mediator, intake(i))
        proxy.drop_push_answers = 1
        report = desk.sync()  # the first answer is lost; the retry replays the same op ids
        assert proxy.dropped == 1 and report.duplicates == 10 and report.applied == 0
        cases = platform_cases(central)
        assert len(cases) == 10 and {r["version"] for r in cases.values()} == {1}
        assert central.admin("GET", "/admin/centers/C001/ops/count").json()["ops"] == 10
    finally:
        proxy.stop()


def test_killing_the_desk_during_push_50_times_loses_and_doubles_nothing(sqlite_central, make_desk, tmp_path):
    central = sqlite_central
    desk = make_desk(central, roles=("mediator",))
    device_id = desk.engine.state("device_id")
    keyfile = tmp_path / "keyring.json"
    keyfile.write_text(json.dumps({f"{SERVICE}|{device_id}": keyring.get_password(SERVICE, device_id)}))
    env = os.environ | {"PYTHON_KEYRING_BACKEND": "file_keyring.FileKeyring", "DESK_TEST_KEYRING": str(keyfile),
                        "PYTHONPATH": os.pathsep.join([str(ROOT / "tests" / "sync"), str(ROOT)])}
    mediator = desk.svc.auth.login("sunli", "demo1234")
    rng = random.Random(7)
    ids = [desk.svc.cases.register(mediator, intake(i)).id for i in range(10)]
    n = 0
    mid_push = 0
    for _ in range(50):
        for case_id in ids:  # 20 new operations each time: creations would do, corrections are quicker
            for _ in range(2):
                n += 1
                desk.svc.cases.update(mediator, case_id, intake(n))
        before = _pending(desk)
        proc = subprocess.Popen([sys.executable, "main.py", "--db", str(desk.svc.db.path), "sync", "--once",
                                 "--batch", "1"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while proc.poll() is None and _pending(desk) == before and time.monotonic() < deadline:
            time.sleep(0.005)  # wait for the push to begin, then kill at a random moment of it
        time.sleep(rng.uniform(0, 0.12))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.wait()
        after = _pending(desk)
        if 0 < after < before:
            mid_push += 1
    done = subprocess.run([sys.executable, "main.py", "--db", str(desk.svc.db.path), "sync", "--once"], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert _pending(desk) == 0
    local = local_cases(desk)
    remote = platform_cases(central)
    assert len(local) == 10 == len(remote)
    assert {k: r["fields"]["summary"] for k, r in remote.items()} == local
    assert mid_push >= 35, f"only {mid_push} of 50 kills landed mid-push"


def _pending(desk) -> int:
    with desk.svc.db.reader() as s:
        return s.scalar(select(func.count()).select_from(SyncOutbox))
