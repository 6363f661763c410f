"""Administrator routes: stand-ins for 12345, 110 and the platform's back office (admin token)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request

from central import audit, auth, backoffice, centers, dictionaries
from central.problems import responses
from central.schemas import (
    NO_NUL,
    AuditAlertsOut,
    BulkIn,
    BulkOut,
    CenterCode,
    CenterIn,
    CenterOut,
    DeviceOut,
    DevicesOut,
    DictionaryIn,
    DictionaryName,
    DictionarySet,
    EnrollmentCodeIn,
    EnrollmentCodeOut,
    OpsCount,
    PurgeIn,
    PurgeOut,
    RecordCreated,
    RecordId,
    RecordIn,
    RecordPatch,
    RecordsOut,
    RecordVersion,
)

router = APIRouter(prefix="/api/v1/admin", dependencies=[Depends(auth.admin)], tags=["admin"])
Code = Annotated[CenterCode, Path(description="The center's code.")]
EntityPath = Annotated[str, Path(max_length=40, pattern=NO_NUL)]
IdPath = Annotated[RecordId, Path()]


def _db(request: Request):
    return request.app.state.db


@router.post("/centers", status_code=201, response_model=CenterOut, summary="Create a center",
             responses=responses(401, 409, 422))
def create_center(body: CenterIn, request: Request) -> dict:
    return centers.create_center(_db(request), body.code, body.name)


@router.post("/centers/{code}/enrollment-codes", status_code=201, response_model=EnrollmentCodeOut,
             summary="Issue a one-use enrollment code", responses=responses(401, 404, 422))
def enrollment_code(code: Code, body: EnrollmentCodeIn, request: Request) -> dict:
    return centers.new_enrollment_code(_db(request), code, list(body.roles), body.label)


@router.get("/centers/{code}/devices", response_model=DevicesOut, summary="List a center's devices",
            responses=responses(401, 404, 422))
def devices(code: Code, request: Request) -> dict:
    return {"devices": centers.list_devices(_db(request), code)}


@router.get("/centers/{code}/audit-alerts", response_model=AuditAlertsOut,
            summary="Devices whose audit history no longer matches its anchor", responses=responses(401, 404, 422))
def audit_alerts(code: Code, request: Request) -> dict:
    with _db(request).read() as conn:
        cid = centers.center_id(conn, code)
    return {"alerts": audit.alerts(_db(request), cid)}


@router.post("/centers/{code}/devices/{device_id}/revoke", response_model=DeviceOut,
             summary="Revoke a device's token", responses=responses(401, 404, 422))
def revoke(code: Code, device_id: Annotated[str, Path(max_length=36, pattern=NO_NUL)], request: Request) -> dict:
    return centers.revoke_device(_db(request), code, device_id)


@router.post("/centers/{code}/records", status_code=201, response_model=RecordCreated,
             summary="Create a record as the platform", responses=responses(401, 404, 409, 422))
def create_record(code: Code, body: RecordIn, request: Request) -> dict:
    return backoffice.create_record(_db(request), code, body.entity, body.fields, body.id)


@router.post("/centers/{code}/records:bulk", status_code=201, response_model=BulkOut,
             summary="Create many records in one transaction", responses=responses(401, 404, 422))
def bulk_create(code: Code, body: BulkIn, request: Request) -> dict:
    return backoffice.bulk_create(_db(request), code, body.entity, body.items)


@router.get("/centers/{code}/records", response_model=RecordsOut, summary="Every record of a center (unmasked)",
            responses=responses(401, 404, 422))
def list_records(code: Code, request: Request,
                 entity: Annotated[str | None, Query(max_length=40, pattern=NO_NUL)] = None,
                 include_deleted: bool = False) -> dict:
    return {"records": backoffice.list_records(_db(request), code, entity, include_deleted)}


@router.patch("/centers/{code}/records/{entity}/{id}", response_model=RecordVersion,
              summary="Change fields as the platform", responses=responses(401, 404, 409, 422))
def patch_record(code: Code, entity: EntityPath, id: IdPath, body: RecordPatch, request: Request) -> dict:
    return backoffice.patch_record(_db(request), code, entity, id, body.fields)


@router.delete("/centers/{code}/records/{entity}/{id}", response_model=RecordVersion,
               summary="Delete a record (tombstone)", responses=responses(401, 404, 422))
def delete_record(code: Code, entity: EntityPath, id: IdPath, request: Request) -> dict:
    return backoffice.delete_record(_db(request), code, entity, id)


@router.get("/centers/{code}/ops/count", response_model=OpsCount, summary="How many ops are stored",
            responses=responses(401, 404, 422))
def ops_count(code: Code, request: Request) -> dict:
    return {"ops": backoffice.ops_count(_db(request), code)}


@router.post("/centers/{code}/purge", response_model=PurgeOut, summary="Purge tombstones, raise the horizon",
             responses=responses(401, 404, 422))
def purge(code: Code, request: Request, body: PurgeIn | None = None) -> dict:
    return backoffice.purge(_db(request), code)


@router.put("/centers/{code}/dictionaries/{name}", response_model=DictionarySet, summary="Replace a reference list",
            responses=responses(401, 404, 422))
def set_dictionary(code: Code, name: DictionaryName, body: DictionaryIn, request: Request) -> dict:
    return dictionaries.put(_db(request), code, name.value, body.items)
