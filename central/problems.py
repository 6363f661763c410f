"""RFC 9457 problem details for every error the server returns, including FastAPI's own validation
errors and unexpected exceptions (500 ``internal``, never a traceback in the body)."""

from __future__ import annotations

import json
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from pydantic import BaseModel, Field
from sqlalchemy.exc import DataError, IntegrityError
from starlette.exceptions import HTTPException as StarletteHTTPException

MEDIA_TYPE = "application/problem+json"

TITLES = {
    "unauthorized": "Not authenticated",
    "forbidden": "Not allowed for this device's roles",
    "not_found": "Not found",
    "method_not_allowed": "Method not allowed",
    "conflict": "Already exists",
    "audit_rewritten": "The audit trail no longer matches its anchor",
    "cursor_expired": "Cursor expired: resync from the beginning",
    "too_large": "Request too large",
    "invalid": "Invalid request",
    "client_too_old": "Client too old: upgrade the desk",
    "rate_limited": "Too many requests",
    "internal": "Internal server error",
}
STATUS_CODES = {401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed", 409: "conflict",
                410: "cursor_expired", 413: "too_large", 422: "invalid", 426: "client_too_old", 429: "rate_limited"}


class ProblemDetail(BaseModel):
    """An error (RFC 9457)."""

    type: str = Field(examples=["urn:desk:problem:not_found"])
    title: str
    status: int
    detail: str
    code: str = Field(description="Machine-readable reason, the last part of `type`.")
    errors: list[dict[str, Any]] | None = Field(None, description="Validation errors (code `invalid` only).")
    min_protocol: int | None = Field(None, description="The oldest protocol accepted (code `client_too_old` only).")


class Problem(Exception):
    def __init__(self, status: int, code: str, detail: str = "", headers: dict[str, str] | None = None,
                 **extra: Any) -> None:
        super().__init__(detail or code)
        self.status, self.code, self.detail, self.headers, self.extra = status, code, detail, headers, extra


def problem_response(status: int, code: str, detail: str = "", headers: dict[str, str] | None = None,
                     **extra: Any) -> Response:
    body = {"type": f"urn:desk:problem:{code}", "title": TITLES.get(code, code), "status": status,
            "detail": detail or TITLES.get(code, code), "code": code, **extra}
    return Response(json.dumps(body, ensure_ascii=False), status_code=status, media_type=MEDIA_TYPE, headers=headers)


def _validation_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    # loc/msg/type only: echoing the input could return large or sensitive bodies
    return [{"loc": [str(p) for p in e.get("loc", ())], "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))}
            for e in exc.errors()]


def install(app: FastAPI) -> None:
    @app.exception_handler(Problem)
    async def _problem(_request: Request, exc: Problem) -> Response:
        return problem_response(exc.status, exc.code, exc.detail, exc.headers, **exc.extra)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> Response:
        status = 422 if exc.status_code == 400 else exc.status_code  # an unparsable body is `invalid` too
        code = STATUS_CODES.get(status, "internal" if status >= 500 else "invalid")
        detail = exc.detail if isinstance(exc.detail, str) else ""
        return problem_response(status, code, detail, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> Response:
        errors = _validation_errors(exc)
        first = errors[0] if errors else {"loc": [], "msg": "invalid"}
        detail = f"{'.'.join(first['loc'])}: {first['msg']}" if first["loc"] else first["msg"]
        return problem_response(422, "invalid", detail, errors=errors)

    @app.exception_handler(IntegrityError)
    async def _integrity(_request: Request, _exc: IntegrityError) -> Response:
        # two requests creating the same thing at once: the loser sees what a later request would
        return problem_response(409, "conflict", "It exists already.")

    @app.exception_handler(DataError)
    async def _data(_request: Request, _exc: DataError) -> Response:
        # a value the database refuses (PostgreSQL: too long for its column, NUL in text)
        return problem_response(422, "invalid", "A value cannot be stored (too long or not text).")

    @app.exception_handler(Exception)
    async def _internal(_request: Request, _exc: Exception) -> Response:
        # Starlette re-raises after this response, so the server logs the traceback once
        return problem_response(500, "internal", "The server failed; the error has been logged.")


def responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` entries for the problem statuses a route can answer."""
    out: dict[int | str, dict[str, Any]] = {}
    for status in statuses:
        code = STATUS_CODES.get(status, "internal")
        entry: dict[str, Any] = {"model": ProblemDetail, "description": f"`{code}`: {TITLES[code]}"}
        if status == 429:
            entry["headers"] = {"Retry-After": {"schema": {"type": "integer"}, "description": "Seconds to wait."}}
        out[status] = entry
    return out
