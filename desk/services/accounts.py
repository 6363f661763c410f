"""Staff accounts, managed by an administrator."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from desk.db import Database
from desk.errors import ConflictError, NotFound, ValidationError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models.accounts import Role, User, UserRole
from desk.services.auth import check_password_policy
from desk.services.passwords import hash_password
from desk.services.permissions import Actor, Perm
from desk.services.uow import UnitOfWork, apply_changes
from desk.timeutil import utcnow
from desk.validation import normalize_text, parse_mobile

USERNAME_RE = re.compile(r"^[a-z0-9_.-]{2,40}$")


@dataclass(frozen=True)
class UserInfo:
    """What the account screen shows: plain data, never an ORM object."""

    id: int
    username: str
    full_name: str
    phone: str
    roles: frozenset[Role]
    active: bool
    locked: bool
    must_change_password: bool
    last_login_at: datetime | None


def _info(user: User) -> UserInfo:
    now = utcnow()
    return UserInfo(
        id=user.id, username=user.username, full_name=user.full_name, phone=user.phone,
        roles=user.role_set, active=user.active,
        locked=user.locked_until is not None and user.locked_until > now,
        must_change_password=user.must_change_password, last_login_at=user.last_login_at,
    )


def clean_username(raw: str) -> str:
    username = raw.strip().lower()
    if not USERNAME_RE.match(username):
        raise ValidationError(
            "username",
            QT_TRANSLATE_NOOP("Errors", "A username is 2 to 40 lowercase letters, digits, dots, dashes or underscores."),
        )
    return username


def clean_roles(roles: Iterable[Role | str]) -> frozenset[Role]:
    cleaned = frozenset(Role(r) for r in roles)
    if not cleaned:
        raise ValidationError("roles", QT_TRANSLATE_NOOP("Errors", "Choose at least one role."))
    return cleaned


def clean_person_fields(full_name: str, phone: str) -> tuple[str, str]:
    name = normalize_text(full_name, 50, "full_name")
    if not name:
        raise ValidationError("full_name", QT_TRANSLATE_NOOP("Errors", "Enter the person's name."))
    return name, (parse_mobile(phone, "phone") if phone.strip() else "")


class AccountService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list_users(self, actor: Actor) -> list[UserInfo]:
        actor.require(Perm.ACCOUNTS_MANAGE)
        with self.db.reader() as s:
            return [_info(u) for u in s.scalars(select(User).order_by(User.username))]

    def get(self, actor: Actor, user_id: int) -> UserInfo:
        actor.require(Perm.ACCOUNTS_MANAGE)
        with self.db.reader() as s:
            return _info(self._load(s, user_id))

    @staticmethod
    def _load(session, user_id: int) -> User:
        user = session.get(User, user_id)
        if user is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This account no longer exists."))
        return user

    def create_user(
        self, actor: Actor, username: str, full_name: str, roles: Iterable[Role | str],
        password: str, phone: str = "", must_change_password: bool = True,
    ) -> UserInfo:
        actor.require(Perm.ACCOUNTS_MANAGE)
        return self._create(actor, username, full_name, roles, password, phone, must_change_password)

    def _create(self, actor, username, full_name, roles, password, phone, must_change_password) -> UserInfo:
        username = clean_username(username)
        name, phone = clean_person_fields(full_name, phone)
        role_set = clean_roles(roles)
        check_password_policy(password, username)
        with UnitOfWork(self.db, actor) as uow:
            if uow.session.scalar(select(User.id).where(User.username == username)) is not None:
                raise ConflictError(QT_TRANSLATE_NOOP("Errors", "The username {username} is taken."), username=username)
            user = User(
                username=username, full_name=name, phone=phone, password_hash=hash_password(password),
                must_change_password=must_change_password,
                roles=[UserRole(role=r.value) for r in sorted(role_set, key=lambda r: r.value)],
            )
            uow.session.add(user)
            uow.session.flush()
            uow.audit("user.create", "user", user.id, summary=username, changes={
                "username": (None, username), "full_name": (None, name), "phone": (None, phone),
                "roles": (None, ",".join(sorted(r.value for r in role_set))),
            })
            return _info(user)

    def update_user(
        self, actor: Actor, user_id: int, full_name: str, phone: str, roles: Iterable[Role | str],
    ) -> UserInfo:
        actor.require(Perm.ACCOUNTS_MANAGE)
        name, phone = clean_person_fields(full_name, phone)
        role_set = clean_roles(roles)
        with UnitOfWork(self.db, actor) as uow:
            user = self._load(uow.session, user_id)
            old_roles = user.role_set
            if Role.ADMIN in old_roles and Role.ADMIN not in role_set:
                self._ensure_other_admin(uow.session, user.id)
            changes = apply_changes(user, {"full_name": name, "phone": phone})
            if old_roles != role_set:
                user.roles = [UserRole(role=r.value) for r in sorted(role_set, key=lambda r: r.value)]
                changes["roles"] = (
                    ",".join(sorted(r.value for r in old_roles)), ",".join(sorted(r.value for r in role_set))
                )
            if changes:
                uow.audit("user.update", "user", user.id, summary=user.username, changes=changes)
            return _info(user)

    def set_active(self, actor: Actor, user_id: int, active: bool) -> UserInfo:
        actor.require(Perm.ACCOUNTS_MANAGE)
        with UnitOfWork(self.db, actor) as uow:
            user = self._load(uow.session, user_id)
            if not active:
                if user.id == actor.user_id:
                    raise ConflictError(QT_TRANSLATE_NOOP("Errors", "You cannot disable your own account."))
                if Role.ADMIN in user.role_set:
                    self._ensure_other_admin(uow.session, user.id)
            changes = apply_changes(user, {"active": active})
            if changes:
                uow.audit("user.enable" if active else "user.disable", "user", user.id,
                          summary=user.username, changes=changes)
            return _info(user)

    def reset_password(self, actor: Actor, user_id: int, new_password: str) -> UserInfo:
        """Set a temporary password; the user must change it at the next sign-in. Also unlocks."""
        actor.require(Perm.ACCOUNTS_MANAGE)
        with UnitOfWork(self.db, actor) as uow:
            user = self._load(uow.session, user_id)
            check_password_policy(new_password, user.username)
            user.password_hash = hash_password(new_password)
            user.must_change_password = True
            user.failed_attempts, user.locked_until = 0, None
            uow.audit("user.password_reset", "user", user.id, summary=user.username)
            return _info(user)

    def unlock(self, actor: Actor, user_id: int) -> UserInfo:
        actor.require(Perm.ACCOUNTS_MANAGE)
        with UnitOfWork(self.db, actor) as uow:
            user = self._load(uow.session, user_id)
            user.failed_attempts, user.locked_until = 0, None
            uow.audit("user.unlock", "user", user.id, summary=user.username)
            return _info(user)

    @staticmethod
    def _ensure_other_admin(session, user_id: int) -> None:
        others = session.scalars(
            select(User).join(UserRole).where(
                UserRole.role == Role.ADMIN.value, User.active.is_(True), User.id != user_id
            )
        ).first()
        if others is None:
            raise ConflictError(QT_TRANSLATE_NOOP("Errors", "The center needs at least one active administrator."))
