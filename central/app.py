"""The FastAPI application: ``create_app(db_url, admin_token)``."""

from __future__ import annotations

import json
from contextlib import asynccontextmanager
from typing import Any

import anyio.to_thread
from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from central import MIN_PROTOCOL, PROTOCOL, __version__, admin, api, problems
from central.db import Database
from central.schemas import Health, Op
from central.util import sha256

MAX_BODY = 32 * 1024 * 1024  # a full push of 500 ops stays far below this
THREADS = 200  # long polls park a worker thread each (sync endpoints run in the thread pool)

DESCRIPTION = """The reference central platform for desks (protocol described in docs/SYNC.md).

Desk routes need the `Desk-Protocol` header and, except `/enroll`, a device bearer token; `/admin`
routes need an admin bearer token. Errors are RFC 9457 `application/problem+json`."""


class BodyLimit:
    """413 ``too_large`` as problem+json for a body over the limit: refused up front when its length is
    declared, else once the bytes read pass the limit (chunked uploads). FastAPI's own ``max_body_size``
    answers a declared length in plain text, hence this."""

    def __init__(self, app, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope["headers"]:
            if name == b"content-length" and value.isdigit() and int(value) > self.limit:
                await self._refuse()(scope, receive, send)
                return
        seen = 0

        async def counted():
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                # an HTTPException passes FastAPI's body parsing untouched (anything else becomes a 400)
                raise HTTPException(413, self._detail())
            return message

        await self.app(scope, counted, send)

    def _detail(self) -> str:
        return f"Request bodies are limited to {self.limit} bytes."

    def _refuse(self):
        return problems.problem_response(413, "too_large", self._detail())


def create_app(db_url: str, admin_token: str | None = None) -> FastAPI:
    db = Database(db_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        await run_in_threadpool(db.create_schema)
        anyio.to_thread.current_default_thread_limiter().total_tokens = THREADS
        yield
        db.dispose()

    app = FastAPI(title="desk central platform", version=__version__, description=DESCRIPTION, lifespan=lifespan,
                  openapi_url="/api/v1/openapi.json", docs_url="/api/v1/docs", redoc_url=None,
                  generate_unique_id_function=lambda route: route.name)
    app.state.db = db
    app.state.admin_token_hash = sha256(admin_token) if admin_token else None
    problems.install(app)
    app.add_middleware(BodyLimit, limit=MAX_BODY)

    @app.get("/api/v1/health", response_model=Health, summary="Liveness and protocol (no authentication)",
             tags=["meta"])
    async def health() -> dict:
        return {"status": "ok", "protocol": PROTOCOL, "min_protocol": MIN_PROTOCOL, "version": __version__}

    app.include_router(api.router)
    app.include_router(admin.router)
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    return app


def _openapi(app: FastAPI) -> dict[str, Any]:
    if app.openapi_schema:
        return app.openapi_schema
    doc = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
    components = doc["components"]["schemas"]
    # the push body is parsed loosely (one bad op must not fail the batch) but documented strictly
    op = Op.model_json_schema(ref_template="#/components/schemas/{model}")
    components.update(op.pop("$defs", {}))
    components["Op"] = op
    problem_ref = {"schema": {"$ref": "#/components/schemas/ProblemDetail"}}
    for item in doc["paths"].values():
        for operation in item.values():
            for status, response in operation.get("responses", {}).items():
                if status.isdigit() and int(status) >= 400:
                    response["content"] = {problems.MEDIA_TYPE: problem_ref}
                    if status == "422":
                        response["description"] = "`invalid`: " + problems.TITLES["invalid"]
    components.pop("HTTPValidationError", None)
    components.pop("ValidationError", None)
    doc["info"]["x-protocol"] = {"protocol": PROTOCOL, "min_protocol": MIN_PROTOCOL}
    app.openapi_schema = doc
    return doc


def openapi_json(app: FastAPI) -> str:
    """The committed form of the document (docs/openapi.json)."""
    return json.dumps(app.openapi(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
