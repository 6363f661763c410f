"""Centers, enrollment codes, devices and admin tokens (used by the admin API and the CLI)."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import Connection, func, insert, select, update

from central.db import Database
from central.entities import parse_roles
from central.models import admin_token, center, device, enrollment_code
from central.problems import Problem
from central.util import iso, sha256, utcnow

CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: codes are read out and typed
CODE_VALID = timedelta(days=7)


@dataclass(frozen=True)
class DeviceCtx:
    """The authenticated device of a request."""

    device_id: str
    device_name: str
    center_id: int
    center_code: str
    center_name: str
    roles: frozenset[str]

    def as_me(self) -> dict:
        return {"device_id": self.device_id, "device_name": self.device_name,
                "center": {"code": self.center_code, "name": self.center_name}, "roles": sorted(self.roles)}


def new_token() -> str:
    while True:
        token = secrets.token_urlsafe(32)
        if not token.startswith("-"):  # so it can follow --admin-token on a command line
            return token


def center_id(conn: Connection, code: str) -> int:
    cid = conn.execute(select(center.c.id).where(center.c.code == code)).scalar()
    if cid is None:
        raise Problem(404, "not_found", f"No center {code!r}.")
    return cid


def create_center(db: Database, code: str, name: str) -> dict:
    with db.write() as conn:
        if conn.execute(select(center.c.id).where(center.c.code == code)).scalar() is not None:
            raise Problem(409, "conflict", f"Center {code!r} exists already.")
        conn.execute(insert(center).values(code=code, name=name, epoch=secrets.token_hex(4), seq=0, purge_seq=0,
                                           created_at=utcnow()))
    return {"code": code, "name": name}


def normalise_code(text: str) -> str:
    raw = "".join(ch for ch in text.upper() if ch.isalnum())
    return "-".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def new_enrollment_code(db: Database, code: str, roles: list[str], label: str = "") -> dict:
    plain = "-".join("".join(secrets.choice(CODE_ALPHABET) for _ in range(4)) for _ in range(3))
    now = utcnow()
    roles = sorted(set(roles))
    with db.write() as conn:
        conn.execute(insert(enrollment_code).values(
            center_id=center_id(conn, code), code_hash=sha256(plain), roles=",".join(roles), label=label,
            created_at=now, expires_at=now + CODE_VALID))
    return {"code": plain, "roles": roles, "expires_at": iso(now + CODE_VALID)}


def enroll(db: Database, code: str, device_name: str, client_version: str = "") -> dict:
    code_hash, now = sha256(normalise_code(code)), utcnow()
    device_id, token = str(uuid.uuid4()), new_token()
    with db.write() as conn:
        row = conn.execute(select(enrollment_code.c.id, enrollment_code.c.center_id, enrollment_code.c.roles)
                           .where(enrollment_code.c.code_hash == code_hash)).first()
        # the conditional UPDATE makes "one use" hold even for two desks enrolling at the same instant
        used = row is not None and conn.execute(
            update(enrollment_code).where(enrollment_code.c.id == row.id, enrollment_code.c.used_at.is_(None),
                                          enrollment_code.c.expires_at > now)
            .values(used_at=now, device_id=device_id)).rowcount == 1
        if not used:
            raise Problem(401, "unauthorized", "Unknown, used or expired enrollment code.")
        conn.execute(insert(device).values(id=device_id, center_id=row.center_id, name=device_name, roles=row.roles,
                                           token_hash=sha256(token), client_version=client_version,
                                           created_at=now))
        c = conn.execute(select(center.c.code, center.c.name).where(center.c.id == row.center_id)).one()
    return {"device_id": device_id, "token": token, "center": {"code": c.code, "name": c.name},
            "roles": sorted(parse_roles(row.roles))}


def device_for_token(db: Database, token: str) -> DeviceCtx | None:
    with db.engine.connect() as conn:
        row = conn.execute(
            select(device.c.id, device.c.name, device.c.roles, device.c.revoked_at, center.c.id.label("cid"),
                   center.c.code, center.c.name.label("cname"))
            .join(center, center.c.id == device.c.center_id).where(device.c.token_hash == sha256(token))).first()
    if row is None or row.revoked_at is not None:
        return None
    return DeviceCtx(row.id, row.name, row.cid, row.code, row.cname, parse_roles(row.roles))


def _device_out(r) -> dict:
    return {"device_id": r.id, "device_name": r.name, "roles": sorted(parse_roles(r.roles)),
            "created_at": iso(r.created_at), "revoked_at": iso(r.revoked_at)}


def revoke_device(db: Database, code: str, device_id: str) -> dict:
    with db.write() as conn:
        cid = center_id(conn, code)
        where = (device.c.id == device_id, device.c.center_id == cid)
        conn.execute(update(device).where(*where, device.c.revoked_at.is_(None)).values(revoked_at=utcnow()))
        row = conn.execute(select(device).where(*where)).first()
        if row is None:
            raise Problem(404, "not_found", f"No device {device_id!r} in center {code!r}.")
    return _device_out(row)


def list_devices(db: Database, code: str) -> list[dict]:
    with db.read() as conn:
        rows = conn.execute(select(device).where(device.c.center_id == center_id(conn, code))
                            .order_by(device.c.created_at, device.c.id)).all()
    return [_device_out(r) for r in rows]


def create_admin_token(db: Database) -> str:
    token = new_token()
    with db.write() as conn:
        conn.execute(insert(admin_token).values(token_hash=sha256(token), created_at=utcnow()))
    return token


def admin_token_known(db: Database, token: str) -> bool:
    with db.engine.connect() as conn:
        return bool(conn.execute(select(func.count()).select_from(admin_token)
                                 .where(admin_token.c.token_hash == sha256(token))).scalar())
