"""Reference lists the platform hands to desks (categories, grid, notary matters, staff), each with a
strong ETag so an unchanged list costs a 304 and no body."""

from __future__ import annotations

from sqlalchemy import delete, insert, select

from central.centers import center_id
from central.db import Database
from central.models import dictionary
from central.problems import Problem
from central.util import dumps, sha256, utcnow

# keys every item of each list must have
REQUIRED = {
    "dispute_categories": ("code", "name"),
    "grid": ("code", "name", "parent_code"),
    "notary_matters": ("code", "name"),
    "staff": ("username",),
}


def etag_of(items_json: str) -> str:
    return '"' + sha256(items_json)[:32] + '"'


def get(db: Database, cid: int, name: str) -> tuple[str, str]:
    """(etag, body) of one list; a list never set is empty."""
    with db.read() as conn:
        row = conn.execute(select(dictionary.c["items"], dictionary.c.etag)  # .c.items is the mapping method
                           .where(dictionary.c.center_id == cid, dictionary.c.name == name)).first()
    items, etag = (row[0], row[1]) if row else ("[]", etag_of("[]"))
    return etag, f'{{"name":{dumps(name)},"items":{items}}}'


def matches(if_none_match: str | None, etag: str) -> bool:
    """RFC 9110 If-None-Match: a list of tags (weak comparison) or ``*``."""
    if not if_none_match:
        return False
    tags = [t.strip() for t in if_none_match.split(",")]
    return "*" in tags or etag in (t.removeprefix("W/") for t in tags)


def put(db: Database, code: str, name: str, items: list[dict]) -> dict:
    need = REQUIRED[name]
    for i, item in enumerate(items):
        missing = [k for k in need if k not in item]
        if missing:
            raise Problem(422, "invalid", f"items[{i}] lacks {', '.join(missing)}.")
    text = dumps(items)
    etag = etag_of(text)
    with db.write() as conn:
        cid = center_id(conn, code)
        conn.execute(delete(dictionary).where(dictionary.c.center_id == cid, dictionary.c.name == name))
        conn.execute(insert(dictionary).values(center_id=cid, name=name, items=text, etag=etag, updated_at=utcnow()))
    return {"name": name, "etag": etag, "count": len(items)}
