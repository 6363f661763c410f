"""Request and response models. Requests are validated with them; hot responses (push, pull) are
built with ``json.dumps`` and these models only describe them in the OpenAPI document."""

from __future__ import annotations

import re
from datetime import date, datetime
from enum import Enum
from typing import Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, WithJsonSchema
from typing_extensions import Annotated

from central.entities import ENTITIES, ROLES

MAX_OPS = 500
MAX_BULK = 10_000
MAX_NUMBERS = 500  # queue numbers per request (a block for offline numbering)

Role = Literal["reception", "mediator", "lawyer", "notary", "head", "admin"]
assert set(Role.__args__) == set(ROLES)  # type: ignore[attr-defined]
EntityName = Literal["mediation_case", "mediation_record", "mediation_outcome", "police_referral", "work_order",
                     "ticket", "rating"]
assert set(EntityName.__args__) == set(ENTITIES)  # type: ignore[attr-defined]
NO_NUL = r"^[^\x00]*$"  # PostgreSQL text cannot hold NUL
CenterCode = Annotated[str, Field(pattern=r"^[A-Za-z0-9_-]{1,32}$", examples=["C001"])]
RecordId = Annotated[str, Field(min_length=1, max_length=200, pattern=NO_NUL)]
Fields = Annotated[dict[str, Any], Field(description="The record's fields (a JSON object).")]


_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _iso_day(value: Any) -> Any:
    # only "YYYY-MM-DD" (pydantic alone would also take timestamps and datetimes at midnight)
    if not (isinstance(value, str) and _ISO_DAY.fullmatch(value)):
        raise ValueError("must be an ISO date, YYYY-MM-DD")
    return value


IsoDay = Annotated[date, BeforeValidator(_iso_day)]


class DictionaryName(str, Enum):
    dispute_categories = "dispute_categories"
    grid = "grid"
    notary_matters = "notary_matters"
    staff = "staff"


class Health(BaseModel):
    status: Literal["ok"]
    protocol: int
    min_protocol: int
    version: str


class CenterIn(BaseModel):
    code: CenterCode
    name: str = Field(min_length=1, max_length=200, pattern=NO_NUL, examples=["朝阳区综治中心"])


class CenterOut(BaseModel):
    code: str
    name: str


class EnrollmentCodeIn(BaseModel):
    roles: list[Role] = Field(min_length=1, max_length=len(ROLES))
    label: str = Field("", max_length=200, pattern=NO_NUL,
                       description="Shown in the device list, e.g. the desk's location.")


class EnrollmentCodeOut(BaseModel):
    code: str = Field(examples=["K7QF-M2XA-9RTC"], description="One use, valid for 7 days.")
    roles: list[Role]
    expires_at: str = Field(description="UTC, ISO 8601.")


class EnrollIn(BaseModel):
    code: str = Field(min_length=1, max_length=40, examples=["K7QF-M2XA-9RTC"])
    device_name: str = Field(min_length=1, max_length=200, pattern=NO_NUL)
    client_version: str = Field("", max_length=50, pattern=NO_NUL)


class EnrollOut(BaseModel):
    device_id: str
    token: str = Field(description="The device's bearer token; shown once, keep it in the OS keyring.")
    center: CenterOut
    roles: list[Role]


class MeOut(BaseModel):
    device_id: str
    device_name: str
    center: CenterOut
    roles: list[Role]


class Command(BaseModel):
    model_config = ConfigDict(populate_by_name=True)
    name: Literal["transition"]
    field: str = Field(examples=["status"])
    from_: str = Field(alias="from", examples=["registered"])
    to: str = Field(examples=["mediating"])


class Op(BaseModel):
    """One change from a desk's outbox."""

    op_id: str = Field(description="A UUID, the idempotency key.", json_schema_extra={"format": "uuid"})
    entity: EntityName
    entity_id: RecordId
    kind: Literal["upsert", "delete", "command"]
    base_version: int | None = Field(None, ge=0, description="The record version the change was made on.")
    fields: dict[str, Any] = Field(default_factory=dict)
    command: Command | None = None


# Ops are parsed loosely and checked one by one (a malformed op is `rejected`, never the whole batch);
# the document shows the strict shape.
OpsList = Annotated[list[dict[str, Any]], WithJsonSchema(
    {"type": "array", "items": {"$ref": "#/components/schemas/Op"}, "maxItems": MAX_OPS})]


class PushRequest(BaseModel):
    ops: OpsList


class Conflict(BaseModel):
    theirs: Any = Field(description="The platform's current value.")


class OpResult(BaseModel):
    op_id: str | None
    status: Literal["applied", "duplicate", "conflict", "rejected"]
    version: int | None = Field(None, description="The record's version after this op (absent when rejected).")
    seq: int | None = None
    applied_fields: list[str] | None = None
    conflicts: dict[str, Conflict] | None = None
    code: Literal["illegal_transition", "forbidden", "invalid", "idempotency_mismatch", "deleted",
                  "unknown_entity"] | None = None
    detail: str | None = None


class PushOut(BaseModel):
    results: list[OpResult]


class QueueNumbersIn(BaseModel):
    service: str = Field(pattern=r"^[A-Za-z0-9]{1,8}$", examples=["A"],
                         description="The service's code (case-sensitive); each has its own sequence.")
    day: IsoDay = Field(examples=["2026-11-25"], description="The local day the numbers are for.")
    count: int = Field(1, ge=1, le=MAX_NUMBERS, strict=True,
                       description="1 when online; a block (e.g. 50) to number tickets while offline.")


class QueueNumbersOut(BaseModel):
    service: str
    day: date
    first: int = Field(description="The first number allocated (numbers start at 1 per service and day).")
    last: int = Field(description="The last one: `first + count - 1`; every number in between is yours.")


class AuditProof(BaseModel):
    id: int = Field(ge=0, description="The record the platform anchored last (`last_id` of GET /audit/anchor).")
    hash: str = Field(max_length=64, description="That record's hash as the desk holds it now.")


class AuditAnchorIn(BaseModel):
    last_id: int = Field(ge=0, description="The id of the newest audit record (0: an empty trail).")
    count: int = Field(ge=0, description="How many records the chain holds.")
    head_hash: str = Field(max_length=64, pattern="^[0-9a-f]{0,64}$", description="The newest record's hash.")
    previous: AuditProof | None = Field(None, description="Required once an anchor exists.")


class AuditAnchorOut(BaseModel):
    last_id: int
    count: int
    verified_against: int | None = Field(description="The anchored record the proof was checked against.")


class AuditLatestOut(BaseModel):
    last_id: int
    count: int
    head_hash: str
    received_at: datetime


class AuditAlertOut(BaseModel):
    device_id: str
    device_name: str
    detail: str
    at: datetime


class AuditAlertsOut(BaseModel):
    alerts: list[AuditAlertOut]


class RecordOut(BaseModel):
    entity: str
    id: str
    version: int
    seq: int
    deleted: bool
    fields: dict[str, Any]
    updated_by: str = Field(description='The device id that wrote the latest version, or "platform".')


class PullOut(BaseModel):
    records: list[RecordOut]
    cursor: str = Field(description="Opaque; pass it to the next pull.")
    has_more: bool


class DictionaryOut(BaseModel):
    name: DictionaryName
    items: list[dict[str, Any]]


class DictionaryIn(BaseModel):
    items: list[dict[str, Any]] = Field(max_length=MAX_BULK)


class DictionarySet(BaseModel):
    name: DictionaryName
    etag: str
    count: int


class RecordIn(BaseModel):
    entity: EntityName
    id: RecordId | None = Field(None, description="A UUID is chosen when absent.")
    fields: Fields


class RecordCreated(BaseModel):
    entity: str
    id: str
    version: int
    seq: int


class RecordPatch(BaseModel):
    fields: Fields


class RecordVersion(BaseModel):
    version: int
    seq: int


class BulkIn(BaseModel):
    entity: EntityName
    items: list[dict[str, Any]] = Field(min_length=1, max_length=MAX_BULK,
                                        description="The fields of each new record (ids are UUIDs).")


class BulkOut(BaseModel):
    entity: str
    ids: list[str]
    first_seq: int
    last_seq: int


class RecordsOut(BaseModel):
    records: list[RecordOut]


class OpsCount(BaseModel):
    ops: int


class PurgeIn(BaseModel):
    pass


class PurgeOut(BaseModel):
    purged: int = Field(description="Tombstones removed.")
    horizon: int = Field(description="Cursors older than this seq now get 410.")


class DeviceOut(BaseModel):
    device_id: str
    device_name: str
    roles: list[Role]
    created_at: str
    revoked_at: str | None


class DevicesOut(BaseModel):
    devices: list[DeviceOut]
