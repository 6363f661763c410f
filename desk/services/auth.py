"""Sign-in with lockout, unlocking an idle screen, and changing one's own password."""

from __future__ import annotations

import re
from datetime import timedelta
from functools import lru_cache

from sqlalchemy import select

from desk.db import Database
from desk.errors import AuthError, ValidationError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models.accounts import User
from desk.services.passwords import hash_password, verify_password
from desk.services.permissions import SYSTEM, Actor
from desk.services.settings import SettingsService
from desk.services.uow import UnitOfWork
from desk.timeutil import fmt_local, utcnow


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    """Checked against when the username does not exist, so both paths take the same time.
    Made on first use: hashing is deliberately slow and must not delay start-up."""
    return hash_password("not-a-real-password")


def actor_for(user: User) -> Actor:
    return Actor(user_id=user.id, username=user.username, full_name=user.full_name, roles=user.role_set)


def check_password_policy(password: str, username: str, field: str = "password") -> None:
    if len(password) < 8:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "A password needs at least 8 characters."))
    if not (re.search(r"[A-Za-z]", password) and re.search(r"\d", password)):
        raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "A password needs both letters and digits."))
    if username and username.lower() in password.lower():
        raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "A password must not contain the username."))


class AuthService:
    def __init__(self, db: Database, settings: SettingsService) -> None:
        self.db = db
        self.settings = settings

    def login(self, username: str, password: str) -> Actor:
        """The actor for these credentials; raises AuthError (after auditing the attempt)."""
        return self._authenticate(username.strip().lower(), password, action="login")

    def unlock(self, actor: Actor, password: str) -> Actor:
        """Re-check the password of the user whose idle screen is locked."""
        return self._authenticate(actor.username, password, action="unlock")

    def _authenticate(self, username: str, password: str, action: str) -> Actor:
        max_failed = self.settings.get("security.max_failed_logins")
        lock_minutes = self.settings.get("security.lockout_minutes")
        error: AuthError | None = None
        result: Actor | None = None
        # Audit and counters must be committed even when the sign-in is refused,
        # so the error is raised only after the unit of work has closed.
        with UnitOfWork(self.db, SYSTEM) as uow:
            user = uow.session.scalar(select(User).where(User.username == username))
            now = utcnow()
            if user is None:
                verify_password(password, _dummy_hash())
                uow.audit(f"{action}.failed", "user", "", summary=f"unknown username: {username[:40]}")
                error = AuthError(QT_TRANSLATE_NOOP("Errors", "Wrong username or password."))
            elif not user.active:
                uow.audit(f"{action}.refused", "user", user.id, summary="account disabled")
                error = AuthError(QT_TRANSLATE_NOOP("Errors", "This account is disabled. Ask the administrator."))
            elif user.locked_until is not None and user.locked_until > now:
                uow.audit(f"{action}.refused", "user", user.id, summary="account locked")
                error = AuthError(
                    QT_TRANSLATE_NOOP("Errors", "Too many failed attempts: this account is locked until {until}."),
                    until=fmt_local(user.locked_until),
                )
            elif not verify_password(password, user.password_hash):
                user.failed_attempts += 1
                uow.audit(f"{action}.failed", "user", user.id, summary=f"wrong password ({user.failed_attempts})")
                if user.failed_attempts >= max_failed:
                    user.locked_until = now + timedelta(minutes=lock_minutes)
                    user.failed_attempts = 0
                    uow.audit("user.locked", "user", user.id, summary=f"locked for {lock_minutes} min")
                    error = AuthError(
                        QT_TRANSLATE_NOOP("Errors", "Too many failed attempts: this account is locked until {until}."),
                        until=fmt_local(user.locked_until),
                    )
                else:
                    error = AuthError(
                        QT_TRANSLATE_NOOP("Errors", "Wrong username or password. {left} attempts left before the account is locked."),
                        left=max_failed - user.failed_attempts,
                    )
            else:
                user.failed_attempts = 0
                user.locked_until = None
                user.last_login_at = now
                result = actor_for(user)
                uow.actor = result
                uow.audit(f"{action}.ok", "user", user.id, summary=user.username)
        if error is not None:
            raise error
        assert result is not None
        return result

    def must_change_password(self, actor: Actor) -> bool:
        with self.db.reader() as s:
            user = s.get(User, actor.user_id)
            return bool(user and user.must_change_password)

    def change_password(self, actor: Actor, old: str, new: str) -> None:
        check_password_policy(new, actor.username, field="new_password")
        with UnitOfWork(self.db, actor) as uow:
            user = uow.session.get(User, actor.user_id)
            if user is None or not verify_password(old, user.password_hash):
                raise ValidationError("old_password", QT_TRANSLATE_NOOP("Errors", "The current password is wrong."))
            if verify_password(new, user.password_hash):
                raise ValidationError("new_password", QT_TRANSLATE_NOOP("Errors", "Choose a password different from the current one."))
            user.password_hash = hash_password(new)
            user.must_change_password = False
            uow.audit("user.password_change", "user", user.id, summary="own password changed")

    def record_session_event(self, actor: Actor, action: str) -> None:
        """Audit a sign-out ("logout") or an idle screen lock ("screen.lock")."""
        with UnitOfWork(self.db, actor) as uow:
            uow.audit(action, "user", actor.user_id or "", summary=actor.username)
