"""The device token lives in the OS keyring and nowhere else. With no usable keyring backend the
desk says so and keeps no secret at all (never a plaintext fallback)."""

from __future__ import annotations

import keyring
from keyring.errors import KeyringError

from desk.encryption import keyring_usable
from desk.i18n import QT_TRANSLATE_NOOP
from desk.sync.client import SyncError

SERVICE = "desk.platform"


class NoKeyring(SyncError):
    message = QT_TRANSLATE_NOOP("Sync", "This computer has no password store (keyring); the platform token "
                                        "cannot be kept safely, so sync stays off. Install or unlock one.")


def backend_usable() -> bool:
    return keyring_usable()  # the same rule as for the database key


def backend_name() -> str:
    backend = keyring.get_keyring()
    return getattr(backend, "name", type(backend).__name__)


def store_token(device_id: str, token: str) -> None:
    if not backend_usable():
        raise NoKeyring()
    try:
        keyring.set_password(SERVICE, device_id, token)
    except KeyringError as exc:
        raise NoKeyring(str(exc)) from None


def load_token(device_id: str) -> str | None:
    if not device_id or not backend_usable():
        return None
    try:
        return keyring.get_password(SERVICE, device_id)
    except KeyringError:
        return None


def forget_token(device_id: str) -> None:
    try:
        keyring.delete_password(SERVICE, device_id)
    except KeyringError:
        pass
