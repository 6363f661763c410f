"""What the platform stores and who may touch it: the entity table of docs/SYNC.md.

Roles are enforced here, server-side; a desk's own checks are a convenience for its users."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ROLES = ("reception", "mediator", "lawyer", "notary", "head", "admin")
EVERY_ROLE = frozenset(ROLES)
# devices with none of these roles see identity numbers masked
UNMASKED_ROLES = frozenset({"mediator", "lawyer", "notary", "head", "admin"})


@dataclass(frozen=True)
class Entity:
    name: str
    read: frozenset[str]
    write: frozenset[str]
    status_field: str | None = None
    transitions: dict[str, frozenset[str]] = field(default_factory=dict)

    def can_read(self, roles: frozenset[str]) -> bool:
        return bool(self.read & roles)

    def can_write(self, roles: frozenset[str]) -> bool:
        return bool(self.write & roles)

    def allows(self, old: Any, new: Any) -> bool:
        return isinstance(old, str) and isinstance(new, str) and new in self.transitions.get(old, ())


def _moves(table: dict[str, str]) -> dict[str, frozenset[str]]:
    return {state: frozenset(targets.split()) for state, targets in table.items()}


_CASE_ROLES = frozenset({"mediator", "head", "admin"})
_DESK_WRITERS = frozenset({"mediator", "head", "admin", "reception"})

ENTITIES: dict[str, Entity] = {e.name: e for e in (
    Entity("mediation_case", _CASE_ROLES, _CASE_ROLES, "status", _moves({
        "registered": "investigating mediating agreed terminated",
        "investigating": "mediating agreed terminated",
        "mediating": "agreed terminated",
        "agreed": "archived",
        "terminated": "archived",
    })),
    # a case's records (调查记录 / 调解笔录) and its outcome (agreement, signing, termination)
    Entity("mediation_record", _CASE_ROLES, _CASE_ROLES),
    Entity("mediation_outcome", _CASE_ROLES, _CASE_ROLES),
    Entity("police_referral", EVERY_ROLE, _DESK_WRITERS, "state", _moves({
        "received": "accepted declined",
        "accepted": "mediating",
        "mediating": "succeeded failed",
        "succeeded": "feedback_sent",
        "failed": "feedback_sent",
        "transferred": "acknowledged",
        "acknowledged": "concluded",
    })),
    Entity("work_order", EVERY_ROLE, _DESK_WRITERS, "state", _moves({
        "assigned": "signed return_requested",
        "signed": "handling completed return_requested",
        "handling": "handling completed return_requested",
        "return_requested": "returned signed",
    })),
    # queue tickets are shared by the desks (windows) of a center: calling one is a transition, so two
    # windows calling the same waiting ticket cannot both succeed (the second gets a conflict)
    Entity("ticket", EVERY_ROLE, EVERY_ROLE, "state", _moves({
        "waiting": "called cancelled",
        "called": "serving done no_show waiting cancelled",
        "serving": "done waiting",
        "no_show": "waiting called",
    })),
    Entity("rating", EVERY_ROLE, EVERY_ROLE),
)}


def parse_roles(text: str) -> frozenset[str]:
    return frozenset(r for r in text.split(",") if r)


def needs_mask(roles: frozenset[str]) -> bool:
    return not (roles & UNMASKED_ROLES)


def mask_id_number(value: Any) -> Any:
    """``110101********1234`` for the 18-character number; other lengths keep the first and last
    character (as the desk masks them)."""
    if not isinstance(value, str) or not value:
        return value
    if len(value) == 18:
        return value[:6] + "*" * 8 + value[-4:]
    if len(value) <= 2:
        return "*" * len(value)
    return value[0] + "*" * (len(value) - 2) + value[-1]


def mask(value: Any) -> Any:
    """``value`` with every ``id_number`` (at any depth, also inside lists of objects) masked."""
    if isinstance(value, dict):
        return {k: mask_id_number(v) if k == "id_number" else mask(v) for k, v in value.items()}
    if isinstance(value, list):
        return [mask(v) for v in value]
    return value


def unmask(new: Any, old: Any) -> Any:
    """A masking device writing back what it was shown: an ``id_number`` equal to the mask of the
    stored one means "unchanged", so the real number is kept (lists align by position)."""
    if isinstance(new, dict) and isinstance(old, dict):
        out = {}
        for k, v in new.items():
            if k == "id_number" and k in old and v == mask_id_number(old[k]) and v != old[k]:
                out[k] = old[k]
            else:
                out[k] = unmask(v, old.get(k))
        return out
    if isinstance(new, list) and isinstance(old, list):
        return [unmask(v, old[i]) if i < len(old) else v for i, v in enumerate(new)]
    return new
