"""Send ESC/POS bytes (see :mod:`desk.print.escpos`) to a receipt printer, never hanging.

A printer is named by a *target* string:

- ``tcp://host:9100`` (the port defaults to 9100): a network printer in raw / JetDirect mode.
- a device path, ``/dev/usb/lp0`` (USB printer class) or ``/dev/ttyUSB0`` / ``/dev/ttyS0`` (serial).
  The file is opened and written; the serial line settings (baud rate, flow control) are the
  operating system's, e.g. ``stty -F /dev/ttyUSB0 9600 raw -echo`` in a udev rule. The user needs
  write access to the device (on most Linux systems: the ``lp`` or ``dialout`` group).
- on Windows a port ``COM3`` or ``\\\\.\\COM3`` (set it up with ``mode COM3 BAUD=9600 ...``).

Each step (name lookup, connect, send, open, write) is bounded by ``timeout`` seconds in total;
any failure is raised as :class:`PrinterUnavailable` naming the target. A device write that does
not finish in time is left to a background thread: if the printer wakes up it may still print.
"""

from __future__ import annotations

import errno
import os
import re
import socket
import threading
import time
from urllib.parse import urlsplit

from desk.errors import DeskError
from desk.i18n import QT_TRANSLATE_NOOP

DEFAULT_PORT = 9100
UNREACHABLE = QT_TRANSLATE_NOOP(
    "Errors",
    "The ticket printer {target} cannot be reached ({reason}). "
    "The ticket is kept: reprint it when the printer is back.")
BAD_TARGET = QT_TRANSLATE_NOOP(
    "Errors",
    "The ticket printer address {target} is not understood. Use tcp://host:9100, "
    "a device path such as /dev/usb/lp0, or a port such as COM3.")
_COM_PORT = re.compile(r"^(?:\\\\\.\\)?(COM[1-9][0-9]*)$", re.IGNORECASE)


class PrinterUnavailable(DeskError):
    """The receipt printer could not take the job (unreachable, timed out, missing, forbidden)."""


def send_to_printer(target: str, data: bytes, timeout: float = 5.0) -> None:
    """Deliver ``data`` to the printer named by ``target`` within about ``timeout`` seconds.

    Raises :class:`PrinterUnavailable` (with ``params["target"]`` and ``params["reason"]``) when it
    cannot: connection refused, no answer in time, unknown host, missing device, no permission.
    """
    target = str(target or "").strip()
    data = bytes(data)
    deadline = time.monotonic() + max(0.05, float(timeout))
    if target.lower().startswith("tcp://"):
        try:
            parts = urlsplit(target)
            host, port = parts.hostname, parts.port or DEFAULT_PORT
        except ValueError:  # a port that is not a number or out of range
            host, port = None, 0
        if not host:
            raise PrinterUnavailable(BAD_TARGET, target=target, reason="bad address")
        _send_tcp(target, host, port, data, deadline, timeout)
    elif target.startswith("/") or target.startswith("\\\\.\\") or _COM_PORT.match(target):
        com = _COM_PORT.match(target)
        path = "\\\\.\\" + com.group(1).upper() if com else target  # COM10+ need the \\.\ prefix
        _write_device(target, path, data, deadline, timeout)
    else:
        raise PrinterUnavailable(BAD_TARGET, target=target, reason="bad address")


def _unavailable(target: str, reason: str) -> PrinterUnavailable:
    return PrinterUnavailable(UNREACHABLE, target=target, reason=reason)


def _reason(error: BaseException, timeout: float) -> str:
    """A short English reason for an OS error (shown inside the translated message)."""
    if isinstance(error, (TimeoutError, socket.timeout)):
        return f"no answer within {timeout:g} s"
    if isinstance(error, socket.gaierror):
        return "host name not found"
    if isinstance(error, ConnectionRefusedError):
        return "connection refused"
    if isinstance(error, FileNotFoundError):
        return "no such device"
    if isinstance(error, PermissionError):
        return "permission denied"
    code = getattr(error, "errno", None)
    if code in (errno.ENXIO, errno.ENODEV):
        return "device not connected"
    if code in (errno.EHOSTUNREACH, errno.ENETUNREACH):
        return "host unreachable"
    return (getattr(error, "strerror", None) or str(error) or type(error).__name__).strip()


def _remaining(target: str, deadline: float, timeout: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise _unavailable(target, f"no answer within {timeout:g} s")
    return left


def _in_thread(target: str, work, deadline: float, timeout: float):
    """Run ``work()`` in a daemon thread; its result, its error as PrinterUnavailable, or a timeout."""
    box: dict = {}

    def run() -> None:
        try:
            box["result"] = work()
        except BaseException as error:  # noqa: BLE001 - handed to the caller
            box["error"] = error

    thread = threading.Thread(target=run, name="desk-printer-io", daemon=True)
    thread.start()
    thread.join(max(0.0, deadline - time.monotonic()))
    if thread.is_alive():
        raise _unavailable(target, f"no answer within {timeout:g} s")
    if "error" in box:
        raise _unavailable(target, _reason(box["error"], timeout)) from box["error"]
    return box.get("result")


def _addresses(target: str, host: str, port: int, deadline: float, timeout: float) -> list:
    """getaddrinfo for ``host``; a name lookup (which has no timeout of its own) runs in a thread."""
    try:
        return socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_NUMERICHOST)
    except (socket.gaierror, UnicodeError):
        pass
    return _in_thread(target, lambda: socket.getaddrinfo(host, port, type=socket.SOCK_STREAM),
                      deadline, timeout)


def _send_tcp(target: str, host: str, port: int, data: bytes, deadline: float, timeout: float) -> None:
    error: BaseException | None = None
    for family, kind, proto, _, address in _addresses(target, host, port, deadline, timeout):
        sock = socket.socket(family, kind, proto)
        try:
            sock.settimeout(_remaining(target, deadline, timeout))
            sock.connect(address)
            sock.settimeout(_remaining(target, deadline, timeout))
            sock.sendall(data)  # the timeout bounds the whole sendall (Python >= 3.5)
            return
        except OSError as exc:
            error = exc
        finally:
            sock.close()
    raise _unavailable(target, _reason(error, timeout) if error else "host name not found")


def _write_device(target: str, path: str, data: bytes, deadline: float, timeout: float) -> None:
    """Open and write the device in a thread: a blocked serial port or printer cannot hang the caller."""

    def work() -> None:
        # O_NONBLOCK: a serial port without carrier (DCD) would otherwise block the open forever.
        flags = (os.O_WRONLY | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_NONBLOCK", 0)
                 | getattr(os, "O_BINARY", 0))
        fd = os.open(path, flags)
        try:
            if os.name == "posix":
                os.set_blocking(fd, True)  # writes then wait for room (bounded by the thread join)
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
        finally:
            os.close(fd)

    _in_thread(target, work, deadline, timeout)
