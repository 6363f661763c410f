"""Display names for codes (roles, audit actions, record kinds) in the UI language."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from desk.labels import ACTION_NAMES, ENTITY_NAMES, ROLE_NAMES, ROLE_ORDER
from desk.models.accounts import Role

__all__ = ["ACTION_NAMES", "ENTITY_NAMES", "ROLE_NAMES", "ROLE_ORDER", "action_name", "entity_name",
           "role_name", "role_names"]


def role_name(role: Role) -> str:
    return QCoreApplication.translate("Roles", ROLE_NAMES[role])


def role_names(roles: Iterable[Role]) -> str:
    chosen = set(roles)
    sep = QCoreApplication.translate("Roles", ", ")
    return sep.join(role_name(r) for r in ROLE_ORDER if r in chosen)


def action_name(action: str) -> str:
    source = ACTION_NAMES.get(action)
    return QCoreApplication.translate("Actions", source) if source else action


def entity_name(entity: str) -> str:
    source = ENTITY_NAMES.get(entity)
    return QCoreApplication.translate("Entities", source) if source else entity
