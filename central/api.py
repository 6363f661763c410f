"""The routes desks call (all need the Desk-Protocol header; all but /enroll a device token)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Header, Path, Query, Request, Response

from central import audit, auth, centers, dictionaries, pull, push, queue
from central.auth import Device
from central.problems import Problem, responses
from central.schemas import (
    MAX_OPS,
    AuditAnchorIn,
    AuditAnchorOut,
    AuditLatestOut,
    DictionaryName,
    DictionaryOut,
    EnrollIn,
    EnrollOut,
    MeOut,
    PullOut,
    PushOut,
    PushRequest,
    QueueNumbersIn,
    QueueNumbersOut,
)
from central.util import dumps

router = APIRouter(prefix="/api/v1", dependencies=[Depends(auth.require_protocol)], tags=["device"])
JSON = "application/json"


@router.post("/enroll", status_code=201, response_model=EnrollOut, summary="Enroll a desk with a one-use code",
             responses=responses(401, 422, 426))
def enroll(body: EnrollIn, request: Request) -> dict:
    """Trade an enrollment code (one use, 7 days) for a device token. No bearer token needed."""
    return centers.enroll(request.app.state.db, body.code, body.device_name, body.client_version)


@router.get("/me", response_model=MeOut, summary="The device this token belongs to",
            responses=responses(401, 426))
def me(dev: Device) -> dict:
    return dev.as_me()


@router.post("/push", response_model=PushOut, summary="Apply a batch of outbox operations",
             responses=responses(401, 413, 422, 426))
def push_ops(body: PushRequest, dev: Device, request: Request) -> Response:
    """Ops are applied in order, each on its own, in one transaction; the result list is in op order."""
    if len(body.ops) > MAX_OPS:
        raise Problem(413, "too_large", f"At most {MAX_OPS} ops per push; got {len(body.ops)}.")
    results = push.apply_push(request.app.state.db, dev, body.ops)
    return Response(dumps({"results": results}), media_type=JSON)


@router.get("/pull", response_model=PullOut, summary="Changes after a cursor (optionally long-polling)",
            responses=responses(401, 403, 410, 422, 426))
def pull_changes(
    dev: Device,
    request: Request,
    cursor: Annotated[str | None, Query(max_length=100,
                                        description="From the previous page; absent: from the start.")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 500,
    entities: Annotated[str | None, Query(max_length=200, description="Comma-separated; default: all readable.",
                                          examples=["work_order,police_referral"])] = None,
    wait: Annotated[float, Query(ge=0, le=30, description="Long-poll up to this many seconds.")] = 0,
) -> Response:
    body = pull.pull(request.app.state.db, dev, cursor, limit, entities, wait)
    return Response(body, media_type=JSON)


@router.post("/queue/numbers", status_code=201, response_model=QueueNumbersOut,
             summary="Allocate consecutive queue numbers", responses=responses(401, 422, 426))
def queue_numbers(body: QueueNumbersIn, dev: Device, request: Request) -> dict:
    """The next `count` numbers of `service` on `day` in the device's center (any role). Concurrent
    requests, also across server processes, never get overlapping numbers."""
    return queue.allocate(request.app.state.db, dev.center_id, body.service, body.day, body.count)


@router.get("/audit/anchor", response_model=AuditLatestOut, summary="The last anchored head of this desk's audit chain",
            responses=responses(401, 404, 426))
def audit_latest(dev: Device, request: Request) -> dict:
    found = audit.latest(request.app.state.db, dev.device_id)
    if found is None:
        raise Problem(404, "not_found", "Nothing anchored yet for this device.")
    return found


@router.post("/audit/anchor", status_code=201, response_model=AuditAnchorOut,
             summary="Anchor the head of this desk's audit chain", responses=responses(401, 409, 422, 426))
def audit_anchor(body: AuditAnchorIn, dev: Device, request: Request) -> dict:
    """Refused (409 `audit_rewritten`, and an alert for the administrators) when the trail is shorter than
    anchored or the anchored record's hash changed: local history was rewritten."""
    previous = body.previous.model_dump() if body.previous else None
    return audit.anchor(request.app.state.db, dev, body.last_id, body.count, body.head_hash, previous)


@router.get("/dictionaries/{name}", response_model=DictionaryOut, summary="A reference list, with ETag",
            responses={200: {"headers": {"ETag": {"schema": {"type": "string"}, "description": "Strong tag."}}},
                       304: {"description": "Unchanged since the `If-None-Match` tag."},
                       **responses(401, 422, 426)})
def dictionary(
    dev: Device,
    request: Request,
    name: Annotated[DictionaryName, Path()],
    if_none_match: Annotated[str | None, Header(alias="If-None-Match")] = None,
) -> Response:
    etag, body = dictionaries.get(request.app.state.db, dev.center_id, name.value)
    if dictionaries.matches(if_none_match, etag):
        return Response(status_code=304, headers={"ETag": etag})
    return Response(body, media_type=JSON, headers={"ETag": etag})
