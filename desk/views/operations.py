"""Run slow work (PDF building, printing, chain checks) off the GUI thread.

``run_op(parent, fn, on_success, on_failure)`` runs ``fn()`` on a pool thread and calls back on
the GUI thread. Workers never touch widgets. Tests and the screenshot command may switch to
synchronous mode so rendering is deterministic.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)
_synchronous = False
_pending: set[_Relay] = set()


def set_synchronous(value: bool) -> None:
    """Run operations inline (tests, screenshots)."""
    global _synchronous
    _synchronous = value


class _Relay(QObject):
    succeeded = Signal(object)
    """The operation returned this value."""
    failed = Signal(object)
    """The operation raised this exception."""


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn, self.relay = fn, relay

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # reported on the GUI thread
            self.relay.failed.emit(exc)
        else:
            self.relay.succeeded.emit(result)


def run_op(
    parent: QObject, fn: Callable[[], Any], on_success: Callable[[Any], None],
    on_failure: Callable[[Exception], None] | None = None,
) -> None:
    def failure(exc: Exception) -> None:
        if on_failure is not None:
            on_failure(exc)
        else:
            from desk.views.messages import show_error

            show_error(parent if hasattr(parent, "window") else None, exc)

    if _synchronous:
        try:
            result = fn()
        except Exception as exc:
            failure(exc)
        else:
            on_success(result)
        return
    relay = _Relay()
    _pending.add(relay)

    def done(callback: Callable[[Any], None], value: Any) -> None:
        _pending.discard(relay)
        relay.deleteLater()
        callback(value)

    relay.succeeded.connect(lambda value: done(on_success, value))
    relay.failed.connect(lambda exc: done(failure, exc))
    QThreadPool.globalInstance().start(_Task(fn, relay))
