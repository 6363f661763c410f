"""Request guards: the protocol header, device tokens and admin tokens (FastAPI dependencies)."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Header, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from central import MIN_PROTOCOL, PROTOCOL, centers
from central.centers import DeviceCtx
from central.problems import Problem
from central.util import sha256

bearer = HTTPBearer(auto_error=False, scheme_name="bearerAuth",
                    description="A device token (from /enroll) or, on /admin routes, an admin token.")
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
_CHALLENGE = {"WWW-Authenticate": "Bearer"}


async def require_protocol(desk_protocol: Annotated[int, Header(
        alias="Desk-Protocol", description=f"The sync protocol the desk speaks (this server: {PROTOCOL}).",
        examples=[PROTOCOL])] = None) -> None:
    # declared optional so a missing header reaches us and gets 426 (not FastAPI's 422); async: no I/O,
    # so no trip through the thread pool
    if desk_protocol is None or desk_protocol < MIN_PROTOCOL:
        raise Problem(426, "client_too_old", f"This platform needs protocol {MIN_PROTOCOL} or later; upgrade the desk.",
                      min_protocol=MIN_PROTOCOL)


def device(request: Request, credentials: Credentials) -> DeviceCtx:
    if credentials is None:
        raise Problem(401, "unauthorized", "A device token is required.", headers=_CHALLENGE)
    dev = centers.device_for_token(request.app.state.db, credentials.credentials)
    if dev is None:
        raise Problem(401, "unauthorized", "Unknown or revoked device token.", headers=_CHALLENGE)
    return dev


def admin(request: Request, credentials: Credentials) -> None:
    if credentials is None:
        raise Problem(401, "unauthorized", "An admin token is required.", headers=_CHALLENGE)
    configured = request.app.state.admin_token_hash
    digest = sha256(credentials.credentials)
    if configured and hmac.compare_digest(configured, digest):
        return
    if not centers.admin_token_known(request.app.state.db, credentials.credentials):
        raise Problem(401, "unauthorized", "Unknown admin token.", headers=_CHALLENGE)


Device = Annotated[DeviceCtx, Depends(device)]
