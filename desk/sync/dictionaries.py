"""The platform's dictionaries, fetched with ETag (304 when unchanged). Dispute categories, the grid
tree and the notary matters are merged into the local lists (added or renamed, never deleted: old
records still use them); the staff list is kept as the platform sent it."""

from __future__ import annotations

import json

from sqlalchemy import select

from desk.models.center import DictionaryEntry, GridNode
from desk.models.notary import NotaryMaterial, NotaryMatter
from desk.services.permissions import SYSTEM
from desk.services.uow import UnitOfWork
from desk.sync.client import PlatformGarbage

NAMES = ("dispute_categories", "grid", "notary_matters", "staff")


def refresh_dictionaries(engine, client) -> list[str]:
    changed: list[str] = []
    for name in NAMES:
        try:
            body, etag = client.dictionary(name, engine.state(f"etag:{name}") or None)
        except PlatformGarbage as exc:
            if exc.status == 404:
                continue  # the platform keeps no such list for this center
            raise
        if body is None:
            continue
        items = body.get("items") if isinstance(body, dict) else None
        if not isinstance(items, list):
            raise PlatformGarbage(f"dictionary {name}: no items")
        with UnitOfWork(engine.db, SYSTEM) as uow:
            s = uow.session
            if name == "dispute_categories":
                _categories(s, items)
            elif name == "grid":
                _grid(s, items)
            elif name == "notary_matters":
                _notary_matters(s, items)
            engine._set(s, **{f"dict:{name}": json.dumps(items, ensure_ascii=False), f"etag:{name}": etag or ""})
            uow.audit("sync.dictionary", "dictionary", name, summary=f"{len(items)}")
        changed.append(name)
    return changed


def _categories(s, items: list[dict]) -> None:
    rows = {r.code: r for r in s.scalars(select(DictionaryEntry).where(DictionaryEntry.kind == "dispute_category"))}
    for order, item in enumerate(items):
        code, label = str(item.get("code", ""))[:40], str(item.get("name", ""))[:100]
        if not code or not label:
            continue
        row = rows.get(code)
        if row is None:
            s.add(DictionaryEntry(kind="dispute_category", code=code, label=label, sort_order=order, source="platform"))
        elif row.label != label:
            row.label = label


def _grid(s, items: list[dict]) -> None:
    nodes = {n.code: n for n in s.scalars(select(GridNode))}
    pending = [i for i in items if i.get("code") and i.get("name")]
    for _ in range(8):  # parents first; the tree is at most a few levels deep
        rest = []
        for item in pending:
            parent_code = item.get("parent_code") or None
            parent = nodes.get(parent_code) if parent_code else None
            if parent_code and parent is None:
                rest.append(item)
                continue
            node = nodes.get(item["code"])
            if node is None:
                node = GridNode(code=str(item["code"])[:20], name=str(item["name"])[:100],
                                level=(parent.level + 1) if parent else 1, parent_id=None, source="platform")
                s.add(node)
                nodes[node.code] = node
            node.name = str(item["name"])[:100]
            s.flush()
            node.parent_id = parent.id if parent else None
        if not rest:
            return
        pending = rest


def _notary_matters(s, items: list[dict]) -> None:
    """Matters by code: new ones added, names updated. A matter's materials (``required``/``optional``
    lists of names, docs/SYNC.md) replace only the list of a matter that came from the platform;
    a new matter without a list asks for the ID card, which every notarisation needs."""
    matters = {m.code: m for m in s.scalars(select(NotaryMatter))}
    for order, item in enumerate(items):
        code, name = str(item.get("code", ""))[:20], str(item.get("name", ""))[:50]
        if not code or not name:
            continue
        materials = [(str(m)[:100], required) for key, required in (("required", True), ("optional", False))
                     if isinstance(item.get(key), list) for m in item[key] if isinstance(m, str) and m.strip()]
        matter = matters.get(code)
        if matter is None:
            matter = NotaryMatter(code=code, name=name, sort_order=100 + order, source="platform",
                                  materials=[NotaryMaterial(position=i, name=n, required=r) for i, (n, r)
                                             in enumerate(materials or [("申请人居民身份证", True)])])
            s.add(matter)
            matters[code] = matter
            continue
        matter.name = name
        if materials and matter.source == "platform" and [(m.name, m.required) for m in matter.materials] != materials:
            matter.materials.clear()
            s.flush()
            matter.materials.extend(NotaryMaterial(position=i, name=n, required=r) for i, (n, r) in enumerate(materials))
