"""Where the desk writes its log and crash reports, with personal data masked on the way out.

``setup_logging(directory)`` (called by the GUI entry points) sends log records to
``directory/desk.log`` (rotated, 1 MB × 5) and warnings to stderr, both through
:class:`MaskingFormatter`: ID numbers and mobile numbers in a message or a traceback are masked
(``desk.validation.mask_personal_text``), and the values of a failed SQL statement that
SQLAlchemy puts in its error text (names, addresses) are left out, before anything is written. An exception nobody caught
(in a Qt slot, a thread) is logged and written to ``crash-<time>-<pid>.txt`` in the same folder,
masked the same way, and the GUI's notifier (``set_crash_notifier``) shows a calm message instead of a
traceback; a hard crash of the interpreter (a segfault in Qt) leaves a traceback of code
locations only, no values, in ``fatal.log``. The folder is ``logs/`` beside the database.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import platform
import re
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from desk.validation import mask_personal_text

LOG_NAME = "desk.log"
FATAL_NAME = "fatal.log"
CRASH_PREFIX = "crash-"
KEEP_CRASH_REPORTS = 20
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger(__name__)
_state: dict = {}
# SQLAlchemy's error text repeats the statement's values on one line: "[parameters: ('张三', '410105…')]".
_SQL_PARAMETERS = re.compile(r"\[parameters: [^\n]*\]")


def scrub(text: str) -> str:
    """``text`` fit for a log or crash report: SQL values left out, ID and mobile numbers masked."""
    return mask_personal_text(_SQL_PARAMETERS.sub("[parameters: not logged]", text))


def log_dir(db_path: Path | str) -> Path:
    """The folder for logs and crash reports of the desk whose database is ``db_path``."""
    return Path(db_path).resolve().parent / "logs"


class MaskingFormatter(logging.Formatter):
    """A formatter whose output (message, arguments, traceback) goes through :func:`scrub`."""

    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


def crash_report_text(exc_type, exc, tb) -> str:
    from desk import __version__

    lines = [f"desk {__version__} crash report", f"time: {datetime.now().isoformat(timespec='seconds')}",
             f"python: {platform.python_version()} on {platform.platform()}",
             f"thread: {threading.current_thread().name}", "",
             *traceback.format_exception(exc_type, exc, tb)]
    return scrub("\n".join(line.rstrip("\n") for line in lines) + "\n")


def write_crash_report(exc_type, exc, tb, directory: Path | None = None) -> Path | None:
    """Write one masked crash report; keep the newest ``KEEP_CRASH_REPORTS``. None when it cannot be written."""
    directory = directory or _state.get("directory")
    if directory is None:
        return None
    try:
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / f"{CRASH_PREFIX}{datetime.now():%Y%m%d-%H%M%S-%f}-{os.getpid()}.txt"
        path.write_text(crash_report_text(exc_type, exc, tb), encoding="utf-8")
        for old in sorted(directory.glob(f"{CRASH_PREFIX}*.txt"))[:-KEEP_CRASH_REPORTS]:
            old.unlink(missing_ok=True)
        return path
    except OSError:
        return None


def _excepthook(exc_type, exc, tb) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    report = write_crash_report(exc_type, exc, tb)
    log.critical("uncaught exception (crash report: %s)", report or "not written", exc_info=(exc_type, exc, tb))
    notify = _state.get("notify")
    if notify is not None:
        try:
            notify(report)
        except Exception:  # telling the user must never raise from the hook itself
            log.warning("the crash notice could not be shown", exc_info=True)


def set_crash_notifier(notify: Callable[[Path | None], None] | None) -> None:
    """``notify(report_path)`` is called after an uncaught exception was logged and its report written
    (on the thread that raised it): the GUI shows a calm message (``desk.views.crash_notice``)."""
    _state["notify"] = notify


def _thread_excepthook(args) -> None:
    if args.exc_type is SystemExit:
        return
    _excepthook(args.exc_type, args.exc_value, args.exc_traceback)


def setup_logging(directory: Path, level: int = logging.INFO, console: bool = True) -> Path:
    """Log to ``directory/desk.log`` (and warnings to stderr), masked; catch uncaught exceptions.

    Calling it again replaces what the previous call installed. Returns the log file's path.
    """
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for handler in _state.get("handlers", []):
        root.removeHandler(handler)
        handler.close()
    formatter = MaskingFormatter(FORMAT)
    file_handler = logging.handlers.RotatingFileHandler(directory / LOG_NAME, maxBytes=1_000_000, backupCount=5,
                                                        encoding="utf-8")
    file_handler.setFormatter(formatter)
    handlers: list[logging.Handler] = [file_handler]
    if console:
        stream = logging.StreamHandler()
        stream.setLevel(logging.WARNING)
        stream.setFormatter(formatter)
        handlers.append(stream)
    for handler in handlers:
        root.addHandler(handler)
    root.setLevel(level)
    _state.update(directory=directory, handlers=handlers)
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    fatal = _state.get("fatal")
    if fatal is None or Path(fatal.name).parent != directory:
        if fatal is not None:
            faulthandler.disable()
            fatal.close()
        _state["fatal"] = open(directory / FATAL_NAME, "a", encoding="utf-8")  # noqa: SIM115 - open for the process
        faulthandler.enable(_state["fatal"])
    return directory / LOG_NAME
