"""The grid tree of the center's area (street → communities → grids) and its codes.

Codes follow the statistical division codes: a street is 12 digits (county 6 + street 3 + 000),
a community 12 digits under its street's first 9, a grid its community's code + 2–3 digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select

from desk.db import Database
from desk.errors import ConflictError, NotFound, ValidationError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models.center import LEVEL_COMMUNITY, LEVEL_GRID, LEVEL_STREET, GridNode
from desk.services.permissions import Actor, Perm
from desk.services.uow import UnitOfWork, apply_changes
from desk.validation import normalize_text


@dataclass(frozen=True)
class GridInfo:
    id: int
    code: str
    name: str
    level: int
    parent_id: int | None
    active: bool
    source: str


def check_grid_code(level: int, raw: str, parent_code: str | None, field: str = "code") -> str:
    code = raw.strip()
    if level == LEVEL_STREET:
        if re.fullmatch(r"\d{9}", code):
            code += "000"
        if not re.fullmatch(r"\d{9}000", code):
            raise ValidationError(field, QT_TRANSLATE_NOOP(
                "Errors", "A street code has 9 digits, or 12 digits ending in 000 (e.g. 410105001000)."))
    elif level == LEVEL_COMMUNITY:
        if not re.fullmatch(r"\d{12}", code):
            raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "A community code has 12 digits (e.g. 410105001001)."))
        if parent_code and code[:9] != parent_code[:9]:
            raise ValidationError(field, QT_TRANSLATE_NOOP(
                "Errors", "A community code must begin with its street's code {prefix}."), prefix=parent_code[:9])
        if code.endswith("000"):
            raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "A community code cannot end in 000."))
    else:
        if not re.fullmatch(r"\d{14,15}", code):
            raise ValidationError(field, QT_TRANSLATE_NOOP(
                "Errors", "A grid code is its community's 12-digit code followed by 2 or 3 digits."))
        if parent_code and not code.startswith(parent_code):
            raise ValidationError(field, QT_TRANSLATE_NOOP(
                "Errors", "A grid code must begin with its community's code {prefix}."), prefix=parent_code)
    return code


def depth_first(nodes: list[GridInfo]) -> list[GridInfo]:
    """The grid tree as it reads: each node followed by its children (street, its communities, each with
    its grids); a node whose parent is not in ``nodes`` starts a tree of its own."""
    children: dict[int | None, list[GridInfo]] = {}
    for node in nodes:
        children.setdefault(node.parent_id, []).append(node)
    ids = {n.id for n in nodes}
    out, todo = [], [n for n in nodes if n.parent_id not in ids][::-1]
    while todo:
        node = todo.pop()
        out.append(node)
        todo += children.get(node.id, [])[::-1]
    return out


def _info(n: GridNode) -> GridInfo:
    return GridInfo(n.id, n.code, n.name, n.level, n.parent_id, n.active, n.source)


class GridService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def tree(self, include_inactive: bool = True) -> list[GridInfo]:
        """All nodes, parents before children, in display order."""
        with self.db.reader() as s:
            stmt = select(GridNode).order_by(GridNode.level, GridNode.sort_order, GridNode.code)
            if not include_inactive:
                stmt = stmt.where(GridNode.active.is_(True))
            return [_info(n) for n in s.scalars(stmt)]

    def add(self, actor: Actor, parent_id: int, code: str, name: str) -> GridInfo:
        actor.require(Perm.DICTIONARIES_EDIT)
        name = normalize_text(name, 100, "name")
        if not name:
            raise ValidationError("name", QT_TRANSLATE_NOOP("Errors", "This field is required."))
        with UnitOfWork(self.db, actor) as uow:
            parent = uow.session.get(GridNode, parent_id)
            if parent is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "The parent area no longer exists."))
            if parent.level >= LEVEL_GRID:
                raise ValidationError("parent", QT_TRANSLATE_NOOP("Errors", "A grid cannot contain other areas."))
            level = parent.level + 1
            code = check_grid_code(level, code, parent.code)
            if uow.session.scalar(select(GridNode.id).where(GridNode.code == code)) is not None:
                raise ConflictError(QT_TRANSLATE_NOOP("Errors", "The code {code} is already used."), code=code)
            siblings = uow.session.scalars(select(GridNode).where(GridNode.parent_id == parent.id)).all()
            node = GridNode(code=code, name=name, level=level, parent_id=parent.id, sort_order=len(siblings))
            uow.session.add(node)
            uow.session.flush()
            uow.audit("grid.create", "grid", node.id, summary=f"{code} {name}")
            return _info(node)

    def update(self, actor: Actor, node_id: int, name: str, active: bool) -> GridInfo:
        actor.require(Perm.DICTIONARIES_EDIT)
        name = normalize_text(name, 100, "name")
        if not name:
            raise ValidationError("name", QT_TRANSLATE_NOOP("Errors", "This field is required."))
        with UnitOfWork(self.db, actor) as uow:
            node = uow.session.get(GridNode, node_id)
            if node is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This area no longer exists."))
            if not active and node.level == LEVEL_STREET:
                raise ConflictError(QT_TRANSLATE_NOOP("Errors", "The center's own street cannot be deactivated."))
            changes = apply_changes(node, {"name": name, "active": active})
            if changes:
                uow.audit("grid.update", "grid", node.id, summary=node.code, changes=changes)
            return _info(node)

    def replace_tree(self, actor: Actor, nodes: list[tuple[str, str, str | None]]) -> int:
        """Platform sync: make the tree equal ``[(code, name, parent_code)]``; missing nodes are
        deactivated, never deleted (records keep pointing at them). Returns nodes changed."""
        actor.require(Perm.DICTIONARIES_EDIT)
        changed = 0
        with UnitOfWork(self.db, actor) as uow:
            s = uow.session
            existing = {n.code: n for n in s.scalars(select(GridNode))}
            wanted = {code for code, _, _ in nodes}
            for code, name, parent_code in sorted(nodes, key=lambda n: (n[2] is not None, len(n[0]))):
                parent = existing.get(parent_code) if parent_code else None
                level = parent.level + 1 if parent else LEVEL_STREET
                node = existing.get(code)
                if node is None:
                    node = GridNode(code=code, name=name, level=level, parent_id=parent.id if parent else None,
                                    source="platform")
                    s.add(node)
                    s.flush()
                    existing[code] = node
                    changed += 1
                elif apply_changes(node, {"name": name, "active": True, "source": "platform",
                                          "parent_id": parent.id if parent else None}):
                    changed += 1
            for code, node in existing.items():
                if code not in wanted and node.active:
                    node.active = False
                    changed += 1
            uow.audit("grid.replace", "grid", "", summary=f"{len(nodes)} nodes from platform, {changed} changed")
        return changed


__all__ = ["LEVEL_COMMUNITY", "LEVEL_GRID", "LEVEL_STREET", "GridInfo", "GridService", "check_grid_code"]
