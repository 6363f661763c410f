"""Typed errors raised by domain services, each with a message fit to show a clerk.

A message is English source text marked with ``QT_TRANSLATE_NOOP("Errors", ...)`` and may hold
``{name}`` fields filled from ``params``. ``str(error)`` gives the English text; views call
``translated(error, translate)`` with ``QCoreApplication.translate`` to show it in Chinese.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

CONTEXT = "Errors"


class DeskError(Exception):
    """Base of every error a service raises on purpose."""

    def __init__(self, message: str, **params: Any) -> None:
        self.message = message
        self.params = params
        super().__init__(self.format(message))

    def format(self, template: str) -> str:
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return template

    def translated(self, translate: Callable[[str, str], str]) -> str:
        """The message in the UI language, given Qt's ``translate(context, text)``."""
        return self.format(translate(CONTEXT, self.message))


class ValidationError(DeskError):
    """Input that cannot be accepted; ``field`` names the form field it belongs to."""

    def __init__(self, field: str, message: str, **params: Any) -> None:
        self.field = field
        super().__init__(message, **params)


class PermissionDenied(DeskError):
    """The signed-in user's roles do not allow this action."""


class NotFound(DeskError):
    """The record asked for does not exist (or is not visible to this user)."""


class ConflictError(DeskError):
    """The change clashes with the current state (duplicate, wrong state, stale edit)."""


class AuthError(DeskError):
    """Sign-in refused: wrong credentials, locked or disabled account."""


class SetupRequired(DeskError):
    """The center profile and first administrator do not exist yet."""


class DatabaseError(Exception):
    """The database file cannot be opened, migrated or backed up; the message says why.

    Defined here (and re-exported by ``desk.db``) so the encryption errors can be both a
    ``DatabaseError`` and a translatable ``DeskError``.
    """
