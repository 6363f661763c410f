"""The outbox: each change to a synced record is queued in the transaction that made it, state
changes as commands, and nothing is queued before the desk is enrolled or while applying the
platform's own changes."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from sqlalchemy import select

from desk.models.sync import SyncOutbox, SyncState
from desk.services.mediation_cases import IntakeInput, PartyInput
from desk.services.permissions import SYSTEM
from desk.services.sync_outbox import enqueue_all
from desk.services.uow import UnitOfWork
from desk.services.work_orders import WorkOrderInput


def enable_sync(services) -> None:
    with UnitOfWork(services.db, SYSTEM) as uow:
        uow.session.add(SyncState(key="device_id", value="dev-1"))


def outbox(services) -> list[SyncOutbox]:
    with services.db.reader() as s:
        return list(s.scalars(select(SyncOutbox).order_by(SyncOutbox.id)))


def intake(summary="邻里之间因漏水问题发生纠纷，双方多次争吵。") -> IntakeInput:
    return IntakeInput(source="application", category_code="02", summary=summary, place="纬五路12号院",
                       received_on=date(2026, 11, 20),
                       parties=[PartyInput(role="applicant", name="张三明", phone="13812345678"),
                                PartyInput(role="respondent", name="王芳", phone="13987654321")])


@pytest.fixture
def mediator(demo):
    return demo.auth.login("sunli", "demo1234")


def test_nothing_is_queued_before_enrollment(demo, mediator):
    demo.cases.register(mediator, intake())
    assert outbox(demo) == []


def test_a_new_case_is_one_upsert_with_every_field_and_its_parties(demo, mediator):
    enable_sync(demo)
    case_id = demo.cases.register(mediator, intake()).id
    [op] = outbox(demo)
    fields = json.loads(op.fields)
    assert (op.entity, op.entity_id, op.kind, op.base_version) == ("mediation_case", case_id, "upsert", None)
    assert fields["number"] == "(2026)金调字第001号" and fields["mediator"] == "sunli"
    assert [p["name"] for p in fields["parties"]] == ["张三明", "王芳"]
    assert fields["received_on"] == "2026-11-20" and "mediator_id" not in fields


def test_a_correction_queues_only_the_changed_fields(demo, mediator):
    enable_sync(demo)
    case_id = demo.cases.register(mediator, intake()).id
    data = intake(summary="邻里之间因楼上漏水发生纠纷，已多次协商未果。")
    demo.cases.update(mediator, case_id, data)
    ops = outbox(demo)
    assert len(ops) == 2
    assert ops[1].kind == "upsert" and set(json.loads(ops[1].fields)) == {"summary"}
    assert ops[1].base_version == 0  # not on the platform yet: version 0


def test_a_state_change_is_a_command_carrying_its_fields(demo, mediator):
    enable_sync(demo)
    order_id = demo.work_orders.receive_work_order(SYSTEM, WorkOrderInput(
        number="GD1", source="hotline_12345", description="夜间装修噪音扰民，请核实处理。",
        assigned_at=datetime(2026, 11, 20, 9, 30), limit_days=5), origin="platform")
    before = len(outbox(demo))
    demo.work_orders.sign(mediator, order_id)
    ops = outbox(demo)[before:]
    assert len(ops) == 1 and ops[0].kind == "command"
    assert json.loads(ops[0].command) == {"name": "transition", "field": "state", "from": "assigned", "to": "signed"}
    fields = json.loads(ops[0].fields)
    assert fields["signed_by"] and "notes" in fields  # the sign note travels with it


def test_a_work_order_typed_from_paper_waits_for_the_platform_record(demo, mediator):
    enable_sync(demo)
    demo.work_orders.receive_work_order(mediator, WorkOrderInput(
        number="GD2", source="hotline_12345", description="夜间装修噪音扰民，请核实处理。",
        assigned_at=datetime(2026, 11, 20, 9, 30), limit_days=5), origin="paper")
    assert outbox(demo) == []


def test_a_failed_transaction_queues_nothing(demo, mediator):
    enable_sync(demo)
    with pytest.raises(RuntimeError):
        with UnitOfWork(demo.db, mediator) as uow:
            demo.cases.register(mediator, intake(), uow=uow)
            raise RuntimeError("power cut")
    assert outbox(demo) == []


def test_enrolling_queues_what_exists(demo, mediator):
    demo.cases.register(mediator, intake())
    enable_sync(demo)
    with UnitOfWork(demo.db, SYSTEM) as uow:
        assert enqueue_all(uow.session) >= 1
    assert [o.entity for o in outbox(demo)].count("mediation_case") == 1
    assert all(o.kind == "upsert" and o.base_version is None for o in outbox(demo))
    with UnitOfWork(demo.db, SYSTEM) as uow:
        assert enqueue_all(uow.session) == 0  # known records are not queued twice
